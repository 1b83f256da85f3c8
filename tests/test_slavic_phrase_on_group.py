"""Russian and Ukrainian: a phrase set off by commas on a group (a relative clause, a
participle's phrase) describes that group; the next group's verb is the clause's, never the
phrase's. Sentences of our own."""

from __future__ import annotations

from construction_harness import slavic_rows as facts


def test_ru_a_relative_clause_on_the_first_group_lends_the_second_no_holding():
    text = (
        "Азербайджан передал 5 армянских солдат, которых удерживали в Баку, и 11 армянских "
        "гражданских."
    )
    assert facts(text, "ru") == [
        ("release", "reported", "AM", "AZ", "military", 5),
        ("release", "reported", "AM", "AZ", "civilian", 11),
    ]


def test_uk_a_relative_clause_on_the_first_group_lends_the_second_no_holding():
    text = (
        "Азербайджан передав 5 вірменських солдатів, яких утримували в Баку, та 11 вірменських "
        "цивільних."
    )
    assert facts(text, "uk") == [
        ("release", "reported", "AM", "AZ", "military", 5),
        ("release", "reported", "AM", "AZ", "civilian", 11),
    ]


def test_ru_a_participles_phrase_on_the_first_group_is_skipped_too():
    text = (
        "Азербайджан передал 5 армянских солдат, задержанных на границе, и 11 армянских "
        "гражданских."
    )
    assert [row[:2] for row in facts(text, "ru")] == [("release", "reported")] * 2


def test_uk_a_group_still_held_keeps_its_own_holding_verb():
    text = "У Баку досі утримують 11 вірменських цивільних, повідомили в Єревані."
    assert facts(text, "uk")[0][:2] == ("held", "estimated")
