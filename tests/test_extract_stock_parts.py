"""Two parts that add up to a stock counted right before them ('a roll of 312 foreigners in
its prisons, 240 of them seamen and 72 traders') break it down: no stock of their own
(part_traps.stock_part); read whole by extract_facts."""

from __future__ import annotations

import datetime as dt

import pytest
from swaptally.extract import extract_facts, load_lexicon

LEX = load_lexicon()
SUN = dt.date(2024, 6, 16)


def lows(text: str) -> set[int | None]:
    return {f.low for f in extract_facts(text, SUN, LEX)}


@pytest.mark.parametrize(
    ("text", "stock", "parts"),
    [
        # 'N of them X and M Y' after a roll of people in prison
        (
            "The ministry's roll showed 312 foreigners in its prisons, 240 of them seamen and 72 "
            "traders, the embassy said on Monday.",
            312,
            {240, 72},
        ),
        # two parts right after a state's stock
        (
            "Under the registers swapped in July, Kenya held 150 Somali nationals, 35 students "
            "and 115 herders.",
            150,
            {35, 115},
        ),
        # a present stock told by a minister
        (
            "Turkey says it is holding 64 Greek citizens, 20 tourists and 44 sailors, a minister "
            "said.",
            64,
            {20, 44},
        ),
    ],
)
def test_parts_of_a_stock_are_no_stock_of_their_own(text: str, stock: int, parts: set[int]) -> None:
    got = lows(text)
    assert stock in got
    assert not parts & got


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # parts of a release, not of a stock
        (
            "The rebels freed 30 prisoners, 18 soldiers and 12 police officers, on Tuesday.",
            {18, 12},
        ),
        # a group handed over, told held before: the parts of a handover
        (
            "Ukraine got back 90 people held in Russian prisons, 60 soldiers and 30 civilians, "
            "on Monday.",
            {60, 30},
        ),
        (
            "Russia freed 90 prisoners from its list on Monday, 60 soldiers and 30 civilians.",
            {60, 30},
        ),
        (
            "Kyiv said 90 prisoners held by Russia came home, 60 soldiers and 30 civilians.",
            {60, 30},
        ),
        # parts that do not add up to the stock
        (
            "Kenya held 150 Somali nationals in its jails, 35 students and 90 herders, the list "
            "showed.",
            {35, 90},
        ),
    ],
)
def test_other_parts_are_kept(text: str, kept: set[int]) -> None:
    assert kept <= lows(text)
