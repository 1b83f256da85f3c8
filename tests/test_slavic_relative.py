"""A relative clause on the counted group names its own subject after its verb:
"…, которых удерживает Россия" — Russia holds them, whoever counted them."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

SAT = datetime.date(2025, 6, 14)  # a Saturday


def facts(text: str, lang: str) -> list[tuple]:
    got = extract_slavic(text, SAT, lang)
    return [(f.kind, f.persons_of, f.held_by, f.category, f.low) for f in got]


def test_ru_the_holder_of_a_relative_clause_not_who_counted():
    text = "Киев насчитал около 150 мирных жителей, которых удерживает Россия."
    assert facts(text, "ru") == [("held", "UA", "RU", "civilian", 150)]


def test_uk_the_holder_of_a_relative_clause_with_an_adverb():
    text = "Вірменія назвала 23 цивільних, яких досі утримує Азербайджан."
    assert facts(text, "uk") == [("held", "AM", "AZ", "civilian", 23)]


def test_uk_a_main_verb_before_the_figure_keeps_its_subject():
    text = "Україна повернула 50 цивільних, яких утримувала Росія."  # (no swap told: a release)
    assert facts(text, "uk") == [("release", "UA", "RU", "civilian", 50)]


# A relative clause closed by its comma is done: the finite verb after it is the group's
# own predicate ("…, которых держали в Крыму, вернулись"), not the clause's verb of holding.


def test_ru_the_predicate_after_a_closed_relative_clause_is_the_groups():
    text = "Шестеро украинских моряков, которых удерживали в Крыму, вернулись домой."
    assert facts(text, "ru") == [("exchange", "UA", "RU", "military", 6)]


def test_uk_the_predicate_after_a_closed_relative_clause_is_the_groups():
    text = "Семеро українських військових, яких утримували в Донецьку, повернулися додому."
    assert facts(text, "uk") == [("exchange", "UA", "RU", "military", 7)]


def test_ru_an_infinitive_governed_after_a_closed_relative_clause_is_a_plan():
    got = extract_slavic(
        "Около 1800 украинцев, которых удерживает Россия, должны вернуться домой.", SAT, "ru"
    )
    assert [(f.kind, f.status, f.persons_of, f.held_by) for f in got] == [
        ("exchange", "planned", "UA", "RU")
    ]


def test_uk_an_unclosed_relative_clause_still_tells_a_stock():
    text = "За даними омбудсмана, в Росії залишаються 900 українців, яких утримують з 2022 року."
    assert [f[0] for f in facts(text, "uk")] == ["held"]
