"""A part of a group told before, counted by its branch, rank or sex after "серед"/"среди" or
"з них"/"из них" ("серед них 12 прикордонників", "из них 12 женщин"): a breakdown, which the
corpus counts as no fact of its own (slavic/extract.py _breakdown_part); the group's
civilians are a fact, and a branch noun that is the group itself is counted."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

THU = datetime.date(2024, 5, 9)  # a Thursday


def counted(text: str, lang: str) -> list[tuple]:
    """(category, low) of each fact."""
    return [(f.category, f.low) for f in extract_slavic(text, THU, lang)]


def test_uk_border_guards_and_police_among_the_freed_are_a_breakdown():
    text = (
        "Додому повернулися 54 захисники. Серед звільнених — 40 військових ЗСУ, 12 "
        "прикордонників і двоє поліцейських."
    )
    assert counted(text, "uk") == [("military", 54), ("military", 40)]


def test_uk_the_women_among_the_returned_are_a_breakdown():
    assert counted("Загалом повернулися 90 українців, серед них 14 жінок.", "uk") == [
        ("unspecified", 90)
    ]


def test_ru_branches_and_sex_of_the_returned_soldiers_are_breakdowns():
    assert counted("Россия вернула 60 военных, среди них 20 пограничников и 8 морпехов.", "ru") == [
        ("military", 60)
    ]
    assert counted("Россия вернула 60 военных, из них 12 женщин.", "ru") == [("military", 60)]


def test_ru_civilians_among_the_returned_stay_a_fact():
    text = "Россия вернула 40 человек, среди них 35 военных и пять мирных жителей."
    assert ("civilian", 5) in counted(text, "ru")


def test_uk_border_guards_that_are_the_group_itself_are_counted():
    assert counted("Додому повернулися 25 прикордонників.", "uk") == [("military", 25)]
