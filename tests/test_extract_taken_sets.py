"""A group named as the set its people were taken in ('among the 37 patients kidnapped from
a clinic in March'): a count at the taking, long past, no stock held now nor a handover
(mention_takings.set_of_the_taken); read whole by extract_facts."""

from __future__ import annotations

import pytest
from extract_helpers import lows


@pytest.mark.parametrize(
    ("text", "taken", "freed"),
    [
        (
            "The four nurses freed on Sunday were among the 37 villagers and nurses kidnapped "
            "from a clinic near Jos in March.",
            37,
            4,
        ),
        (
            "Nine miners released by the militia on Monday are part of a group of 52 workers "
            "kidnapped at a gold mine last year, the company said.",
            52,
            9,
        ),
        (
            "Police said the six engineers who walked free late on Friday came from some 80 "
            "passengers snatched off a coach near the border in May.",
            80,
            6,
        ),
    ],
)
def test_the_set_a_group_was_taken_in_counts_no_one_held_now(
    text: str, taken: int, freed: int
) -> None:
    got = lows(text)
    assert taken not in got
    assert freed in got


@pytest.mark.parametrize(
    ("text", "low"),
    [
        # a set named by its handover, not its taking
        ("Among the 210 detainees freed on Thursday were 14 women, the agency said.", 210),
        # a group a verb hands over, named by its taking
        ("The rebels freed a group of 16 engineers kidnapped in May, the governor said.", 16),
        # the set's people are still held: a stock
        (
            "Two doctors are among the 45 aid workers abducted in the north in April who are "
            "still held by the group.",
            45,
        ),
    ],
)
def test_a_set_freed_or_still_held_still_counts(text: str, low: int) -> None:
    assert low in lows(text)
