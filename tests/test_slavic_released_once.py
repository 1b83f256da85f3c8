"""One handover told twice in a text that tells no swap: a sentence reads it a release (a
state hands people over, no swap named) and another tells the same people coming back, which
the return verb alone would read as a swap's half (slavic/whole_text.py released_once)."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

THU = datetime.date(2024, 3, 14)


def kinds(text: str, lang: str) -> list[tuple]:
    """(kind, persons_of, held_by, low) of each fact."""
    return [(f.kind, f.persons_of, f.held_by, f.low) for f in extract_slavic(text, THU, lang)]


def test_ru_soldiers_handed_over_then_back_home_are_one_release():
    text = (
        "Пакистан передал Индии двух индийских военных. В среду двое индийских военнослужащих "
        "вернулись на родину."
    )
    assert kinds(text, "ru") == [("release", "IN", "PK", 2), ("release", "IN", "PK", 2)]


def test_uk_a_third_state_hands_over_and_the_same_soldiers_come_home():
    text = (
        "Угорщина передала Україні 11 українських військових. Увечері 11 військових "
        "повернулися додому."
    )
    assert kinds(text, "uk") == [("release", "UA", "HU", 11), ("release", "UA", "HU", 11)]


def test_uk_a_relative_clause_of_return_after_the_handover_is_the_same_release():
    text = (
        "Таїланд передав Камбоджі 18 камбоджійських військових. Згодом у Пномпені "
        "підтвердили, що 18 камбоджійських військових повернули."
    )
    assert [k[0] for k in kinds(text, "uk")] == ["release", "release"]


def test_ru_a_swap_told_keeps_the_return_a_swap_half():
    text = (
        "Таиланд передал Камбодже 18 камбоджийских военных в обмен на 18 таиландских. "
        "Вечером 18 камбоджийских военных вернулись домой."
    )
    assert {k[0] for k in kinds(text, "ru")} == {"exchange"}


def test_uk_two_groups_of_one_number_in_one_sentence_are_not_one_handover():
    # "двох …, а ще двоє …": one sentence counts two groups of one number, nothing told twice
    text = (
        "Польща відпустила двох українських військових, а ще двоє українських військових "
        "повернулися з полону."
    )
    assert [k[0] for k in kinds(text, "uk")] == ["release", "exchange"]
