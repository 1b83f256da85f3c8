"""The whole of a partitive named by its taking ('four of its 31 abducted road workers',
'none of the 40 pupils taken from the school'): a count at the taking, the part's predicate
is what is told (mention_takings.whole_of_the_taken); read whole by extract_facts."""

from __future__ import annotations

import pytest
from extract_helpers import lows


@pytest.mark.parametrize(
    ("text", "whole", "part"),
    [
        # the participle before the whole's noun
        ("The militia freed four of its 31 abducted road workers after talks with elders.", 31, 4),
        # past the whole's noun and a place, 'none of'
        (
            "Bandits released 12 farmers in Zamfara on Monday. None of the 40 pupils taken "
            "from the school in Kebbi in May was among them, police said.",
            40,
            12,
        ),
    ],
)
def test_a_partitive_whole_named_by_its_taking_is_no_fact(text: str, whole: int, part: int) -> None:
    got = lows(text)
    assert whole not in got
    assert part in got


def test_a_whole_taken_captive_is_still_a_stock() -> None:
    # made captives: a stock held, as any group taken hostage
    got = lows(
        "The rebels are expected to free 20 of the 90 aid workers taken captive in the raid."
    )
    assert {20, 90} <= got
