"""A figure the text counts as a swap's total over both sides (persons and holder XX) is no
count of one side's people: a reading of the same figure as one side's exchange goes
(extract/readings_restated.total_restated). Each text is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from swaptally.extract import extract_facts

DAY = dt.date(2024, 8, 3)  # a Saturday


def readings(text: str) -> set[tuple[int | None, str, str, str | None]]:
    return {(f.low, f.kind, f.persons_of, f.held_by) for f in extract_facts(text, DAY)}


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "Anglophone separatists free 48 in trade with Cameroon's army\n"
            "The swap of 48 prisoners between the two camps took place in Bamenda on Friday, "
            "church mediators said.",
            48,
        ),
        (
            "Colombia's ELN trades 18 captives with the army\n"
            "In all, 18 prisoners of the two sides went home in Arauca on Sunday, church "
            "mediators said.",
            18,
        ),
    ],
)
def test_one_sides_reading_of_a_two_sided_total_goes(text: str, total: int) -> None:
    assert readings(text) == {(total, "exchange", "XX", "XX")}


def test_a_sides_share_of_another_size_stays() -> None:
    text = "Kyiv and Moscow each handed over 150 prisoners on Friday, 300 in all, officials said."
    assert {r for r in readings(text) if r[0] == 150} == {
        (150, "exchange", "RU", "UA"),
        (150, "exchange", "UA", "RU"),
    }
