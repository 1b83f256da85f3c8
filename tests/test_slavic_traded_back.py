"""The people of the state an armed group fights (the lexicon's opponent: Israel for Hamas),
freed by that group, are a swap's half, though the text names no swap: such a group gives its
enemy's people back only in a trade (slavic.traded.traded_back). Not a release the text calls
one-sided, nor the freeing of people of other states."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

WED = datetime.date(2024, 7, 3)  # a Wednesday


def facts(text: str, lang: str) -> list[tuple]:
    got = extract_slavic(text, WED, lang)
    return [(f.kind, f.status, f.persons_of, f.held_by, f.low) for f in got]


def test_ru_the_enemys_people_freed_by_the_group_are_exchanged():
    text = (
        "Шестерых израильских заложников, удерживавшихся в Рафахе, ХАМАС отпустил в четверг утром."
    )
    assert facts(text, "ru") == [("exchange", "reported", "IL", "PS", 6)]


def test_uk_the_enemys_people_freed_by_the_group_are_exchanged():
    text = "У п'ятницю бойовики ХАМАС відпустили чотирьох ізраїльтянок, яких утримували в тунелях."
    assert facts(text, "uk") == [("exchange", "reported", "IL", "PS", 4)]


def test_uk_a_plan_to_free_them_is_a_planned_exchange():
    text = "ХАМАС має відпустити ще дев'ятьох ізраїльських заручників до неділі."
    assert facts(text, "uk") == [("exchange", "planned", "IL", "PS", 9)]


def test_ru_a_release_told_as_outside_a_swap_stays_a_release():
    text = "Помимо обмена ХАМАС отпустил двух пожилых израильтянок по состоянию здоровья."
    assert facts(text, "ru") == [("release", "reported", "IL", "PS", 2)]


def test_uk_people_of_another_state_stay_released():
    text = "ХАМАС відпустив трьох громадян Таїланду, які працювали на фермах."
    assert facts(text, "uk") == [("release", "reported", "TH", "PS", 3)]
