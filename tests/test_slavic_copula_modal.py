"""A modal before the copula's infinitive ("мають бути звільнені", "має бути передано") is
a plan of the handover the participle after it names, not the verb мати (to have) holding
a stock: Ukrainian's dictionary reads "бути" first as a noun, so the infinitive is known by
its verb reading."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

TUE = datetime.date(2025, 4, 8)


def facts(text: str) -> list[tuple]:
    got = extract_slavic(text, TUE, "uk")
    return [(f.low, f.kind, f.status, f.persons_of, f.held_by) for f in got]


def test_uk_people_that_are_to_be_freed_are_no_stock():
    text = (
        "Бойовики Хамасу відпустили двох заручників. Ще 17 заручників мають бути звільнені "
        "до кінця місяця."
    )
    assert facts(text)[-1] == (17, "exchange", "planned", "IL", "PS")


def test_uk_soldiers_that_are_to_be_handed_over_are_planned():
    text = "Усі 64 полонених мають бути передані Україні протягом тижня."
    assert [g[:3] for g in facts(text)] == [(64, "exchange", "planned")]


def test_uk_a_state_that_has_captives_still_holds_them():
    text = "Україна має 600 полонених російських військових."
    assert [g[:3] for g in facts(text)] == [(600, "held", "estimated")]
