"""A part of a group already counted, told by where it went ('six of them were flown to a
military hospital', '19 of those freed were then bussed to a clinic'): a share by
destination or a health detail, no fact of its own (part_traps.part_gone_to); read whole by
extract_facts."""

from __future__ import annotations

import pytest
from extract_helpers import lows


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        ("The rebels handed 54 captives to the Red Cross at dawn; 19 of those freed were "
         "then bussed to a clinic in the capital.", 19, 54),
        ("The militia let 40 hostages go, and six of the hostages were flown to a hospital.",
         6, 40),
        ("Caracas released 11 Spaniards this week; by Tuesday, four of the Spaniards had "
         "touched down in Madrid.", 4, 11),
    ],
)  # fmt: skip
def test_a_part_told_by_where_it_went_gives_no_fact(text: str, part: int, whole: int) -> None:
    got = lows(text)
    assert part not in got
    assert whole in got


def test_a_part_of_captives_moved_while_held_still_counts() -> None:
    assert 30 in lows("The army said 30 of the hostages had been taken to a camp in the south.")


def test_a_part_told_handed_over_still_counts() -> None:
    assert 12 in lows("Twelve of the 40 hostages were freed and taken to a hospital on Sunday.")
