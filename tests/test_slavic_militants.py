"""Captives in the hands of an armed group's fighters, no state named as their holder ("в
полоні бойовиків", "у боевиков … в плену", "в руках бандитов"): held by the side those
fighters are of (in the default parties' war the lexicon's militants_side, in a story of a
nation at war with itself that nation), and let go by them with no swap told, released
(slavic/sides.py militants, slavic/stages.py _returned_outside_swap)."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

FRI = datetime.date(2015, 3, 13)  # a Friday


def facts(text: str, lang: str) -> list[tuple]:
    """(kind, status, persons_of, held_by, category, low) of each fact."""
    got = extract_slavic(text, FRI, lang)
    return [(f.kind, f.status, f.persons_of, f.held_by, f.category, f.low) for f in got]


def test_uk_fighters_still_in_the_militants_captivity_are_a_stock():
    text = "Станом на березень у полоні бойовиків лишалися 37 прикордонників, повідомив штаб."
    assert facts(text, "uk") == [("held", "estimated", "UA", "RU", "military", 37)]


def test_ru_people_held_by_the_militants_named_before_the_captivity_noun():
    text = "По данным правозащитников, у боевиков в Луганской области в плену остаются 64 человека."
    assert facts(text, "ru") == [("held", "estimated", "UA", "RU", "unspecified", 64)]


def test_ru_people_let_go_from_the_militants_captivity_with_no_swap_told_are_released():
    text = "Из плена боевиков в пятницу освобождены трое украинских медиков, сообщил штаб."
    assert facts(text, "ru") == [("release", "reported", "UA", "RU", "unspecified", 3)]


def test_uk_a_swap_told_keeps_the_return_from_the_militants_a_swap_half():
    text = (
        "У межах обміну з полону бойовиків повернулися 16 українських військових, а "
        "Київ передав 20 затриманих."
    )
    assert ("exchange", "reported", "UA", "RU", "military", 16) in facts(text, "uk")


def test_ru_villagers_in_the_bandits_hands_in_a_story_of_a_nation_at_war_with_itself():
    text = (
        "Власти Нигерии сообщили об освобождении 20 заложников. В руках бандитов всё ещё "
        "остаются 48 жителей деревни."
    )
    assert ("held", "estimated", "NG", "NG", "unspecified", 48) in facts(text, "ru")


def test_ru_none_left_in_the_kidnappers_hands_counts_no_one():
    text = (
        "Власти Нигерии сообщили об освобождении 20 заложников. В руках похитителей не "
        "осталось ни одного жителя деревни."
    )
    assert all(low != 1 for *_, low in facts(text, "ru"))
