"""Stage 5: a whole counted when its people were taken, with a part told freed, is no stock."""

from __future__ import annotations

import datetime as dt

import pytest
from swaptally.extract import extract_facts

DAY = dt.date(2024, 8, 1)


def counted(text: str) -> list[tuple[str, str, int | None]]:
    return sorted((f.kind, f.status, f.low) for f in extract_facts(text, DAY))


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # "N of the M <taken>": the M were seized long before; some are free now
        (
            "Nine of the 30 fishermen seized by pirates off Somalia in June were freed on "
            "Tuesday, the navy said.",
            30,
            9,
        ),
        (
            "Militants have let go 14 of the 40 engineers who were kidnapped at a dam site "
            "in March, their employer said.",
            40,
            14,
        ),
        # "<took> M … N of them": the take verb right before the whole, a part freed after it
        (
            "Bandits who kidnapped 64 worshippers from a church in Zamfara have released 40 "
            "of them, police said on Sunday.",
            64,
            40,
        ),
    ],
)
def test_whole_counted_at_its_taking_is_no_stock(text: str, gone: int, kept: int) -> None:
    lows = [low for _, _, low in counted(text)]
    assert gone not in lows
    assert kept in lows


def test_whole_with_a_part_by_age_counted_at_its_taking_is_no_stock() -> None:
    # the part by age is no figure of its own, yet tells the group was counted when taken
    text = "Police are still talking to the gunmen who took 61 people, 19 of them minors, in May."
    assert counted(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the part's handover is still to come: all of the whole are held today
        "At least 50 of the 240 hostages taken in the raid are expected to be freed next week.",
        # a whole said held, not taken: it may be a stock
        "Thirty of the 300 prisoners held in the camp were freed on Tuesday.",
        # a taking with no part freed: a stock at its taking
        "Gunmen who abducted 64 worshippers from a church are demanding a ransom.",
    ],
)
def test_whole_kept_when_no_part_is_told_done(text: str) -> None:
    assert any(low in (240, 300, 64) for _, _, low in counted(text))
