"""A release answered "in return" ("в ответ", "натомість") is a swap: both halves are
exchanged, the answer planned or done."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

SAT = datetime.date(2025, 6, 14)  # a Saturday


def facts(text: str, lang: str) -> list[tuple]:
    got = extract_slavic(text, SAT, lang)
    return [(f.kind, f.status, f.persons_of, f.held_by, f.low, f.rule) for f in got]


def test_ru_a_planned_answer_makes_the_done_release_a_swap():
    text = (
        "Талибы в среду освободили двух американцев. Вашингтон в ответ должен освободить "
        "пятерых афганцев."
    )
    assert facts(text, "ru") == [
        ("exchange", "reported", "US", "AF", 2, "slavic.demonym+mirrored"),
        ("exchange", "planned", "AF", "US", 5, "slavic.demonym+in_return"),
    ]


def test_uk_an_answer_in_the_same_sentence():
    text = (
        "Азербайджан звільнив чотирьох вірменських полонених, натомість Вірменія має повернути "
        "двох азербайджанців."
    )
    got = facts(text, "uk")
    assert [g[:5] for g in got] == [
        ("exchange", "reported", "AM", "AZ", 4),
        ("exchange", "planned", "AZ", "AM", 2),
    ]


def test_ru_a_release_with_no_answer_stays_a_release():
    got = facts("Талибы в среду освободили двух американцев.", "ru")
    assert got[0][0] == "release"


# THE HALF AFTER "в обмен на" / "в обмін на" has no verb of its own: the verb that governs
# the first half gives it its status, a future or a modal as a past ("вернёт 7 … в обмен на
# 3": both to come). The noun of the phrase is no verb that could tell its own tense.


def test_ru_the_half_after_in_exchange_for_takes_the_futures_status():
    text = "Азербайджан вернёт семерых армянских солдат в обмен на троих азербайджанцев."
    got = facts(text, "ru")
    assert [g[:5] for g in got] == [
        ("exchange", "planned", "AM", "AZ", 7),
        ("exchange", "planned", "AZ", "AM", 3),
    ]


def test_uk_the_half_after_in_exchange_for_takes_the_futures_status():
    got = facts("Вірменія поверне 11 азербайджанських військових в обмін на 4 вірмен.", "uk")
    assert [g[:2] for g in got] == [("exchange", "planned"), ("exchange", "planned")]


def test_uk_the_half_after_in_exchange_for_takes_a_modals_status():
    got = facts("Баку має передати Єревану 9 полонених в обмін на 6 азербайджанців.", "uk")
    assert [g[:2] for g in got] == [("exchange", "planned"), ("exchange", "planned")]


def test_ru_a_done_handover_keeps_its_half_after_in_exchange_for_done():
    got = facts("Ереван передал Баку 9 пленных в обмен на 6 армян.", "ru")
    assert [g[:2] for g in got] == [("exchange", "reported"), ("exchange", "reported")]


# WHO HELD THE HALF GIVEN IN RETURN: the state whose people the half before it were. A state
# frees another's people "в обмен на" its own: those were held by the other state, never by
# itself (no state swaps its people with itself).


def test_ru_the_half_in_return_is_held_by_the_first_halfs_state():
    text = "Польша освободила восьмерых белорусов в обмен на пятерых поляков."
    assert [g[2:5] for g in facts(text, "ru")] == [("BY", "PL", 8), ("PL", "BY", 5)]


def test_uk_the_half_in_return_is_held_by_the_first_halfs_state():
    text = "Польща звільнить 13 білорусів в обмін на 4 поляків."
    assert [g[2:5] for g in facts(text, "uk")] == [("BY", "PL", 13), ("PL", "BY", 4)]
