"""The whole of a part told freed, a group taken by kidnappers ('villagers freed two of five
abductees'): the count at the taking, no fact of its own (part_traps.freed_part_whole); a
whole told held now, or one whose freeing is still to come, keeps its reading."""

from __future__ import annotations

import pytest
from extract_helpers import lows


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "Police said four of nine kidnapped pilgrims are now free after elders paid the "
            "gang, and the search goes on.",
            9,
        ),
        (
            "Villagers freed two of five abductees when the gunmen fled the forest camp on Sunday.",
            5,
        ),
        (
            "Seven of 11 abducted nurses walked free near Bamenda on Tuesday, their hospital said.",
            11,
        ),
        (
            "The gang released one of four kidnapped engineers in Port Harcourt on Monday to press "
            "its demand for money.",
            4,
        ),
    ],
)
def test_the_whole_of_a_part_freed_from_kidnappers_is_no_figure(text: str, whole: int) -> None:
    assert whole not in lows(text)


def test_a_whole_still_held_or_to_be_freed_keeps_its_reading() -> None:
    text = "The gang released two of the nine hostages it seized, and seven are still held."
    assert 7 in lows(text)
    text = "The militia freed three of the 40 hostages it holds in its mountain camps."
    assert 40 in lows(text)
    text = "The rebels pledged to free 30 of the 120 hostages they seized in March."
    assert 120 in lows(text)
