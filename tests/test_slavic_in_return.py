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
