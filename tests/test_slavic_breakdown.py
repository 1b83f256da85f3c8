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


def test_uk_a_handover_of_its_own_after_an_opening_zokrema_is_counted():
    text = "Зокрема, у четвер з полону повернулися 18 прикордонників."
    assert counted(text, "uk") == [("military", 18)]


def test_uk_both_halves_of_a_swap_after_an_opening_among_word_are_counted():
    text = (
        "Серед іншого, у середу Україна передала Росії 14 десантників в обмін на 14 "
        "українських солдатів."
    )
    assert counted(text, "uk") == [("military", 14), ("military", 14)]


def test_ru_a_return_of_its_own_after_an_opening_among_word_is_counted():
    text = "Среди прочего, Россия во вторник вернула из плена 22 пограничника."
    assert counted(text, "ru") == [("military", 22)]


def test_uk_a_handover_whose_verb_follows_the_figure_after_zokrema_is_counted():
    text = "Зокрема, 16 прикордонників у вівторок повернулися додому з полону."
    assert counted(text, "uk") == [("military", 16)]


def test_uk_a_swap_half_told_figure_first_after_an_opening_among_word_is_counted():
    text = (
        "Серед іншого, 22 десантників Росія в неділю передала Україні в обмін на 22 "
        "російських солдатів."
    )
    assert counted(text, "uk") == [("military", 22), ("military", 22)]


def test_ru_a_verb_in_a_relative_clause_after_the_part_keeps_it_a_breakdown():
    text = "Россия вернула 70 военных, среди них 18 пограничников, которые вернулись домой."
    assert counted(text, "ru") == [("military", 70)]


def dated(text: str, lang: str) -> list[tuple]:
    """(category, low, date) of each fact."""
    return [(f.category, f.low, f.date) for f in extract_slavic(text, THU, lang)]


MON = datetime.date(2024, 5, 6)  # the Monday before THU


def test_ru_a_breakdown_gives_no_fact_but_still_dates_the_swap_told_before():
    # the whole names no day; its parts' sentence does ("в понедельник"): the whole takes it
    text = (
        "Россия вернула из плена 73 военнослужащих. Среди возвращённых в понедельник — 9 "
        "десантников и 12 пограничников."
    )
    assert dated(text, "ru") == [("military", 73, MON)]


def test_uk_a_breakdown_by_branch_and_sex_still_dates_the_whole():
    text = (
        "Україна повернула з полону 73 військовослужбовців. Серед звільнених у понеділок — 9 "
        "десантників і 12 жінок."
    )
    assert dated(text, "uk") == [("military", 73, MON)]
