"""Figures as a reader reads them: stored ranges worded the way sources say them."""

from __future__ import annotations

import pytest
from swaptally import wording


@pytest.mark.parametrize(
    ("low", "high", "text"),
    [
        (95, 95, "95"),
        (1200, 1200, "1,200"),
        (8000, 10000, "8,000–10,000"),
        (4001, None, "more than 4,000"),  # "more than 4,000" is stored as 4,001
        (51, None, "more than 50"),
        (300, None, "at least 300"),  # "at least 300", "hundreds" (300 is not 1 over round)
        (None, 250, "up to 250"),
        (None, None, "–"),
    ],
)
def test_a_stored_range_is_worded_as_said(low, high, text):
    assert wording.figure(low, high) == text


def test_the_wording_never_changes_the_range():
    """'more than N' and 'at least N+1' are one range of whole numbers."""
    for low in range(1, 3000, 7):
        text = wording.figure(low, None)
        floor = int(text.split()[-1].replace(",", ""))
        assert floor + (1 if text.startswith("more than") else 0) == low


def test_shares_collapse_when_both_ends_read_alike():
    assert wording.share(0.3, 0.45) == "30.0% to 45.0%"
    assert wording.share(0.80851, 0.80852) == "80.9%"
    assert wording.share(None, 0.2) == "at most 20.0%"
    assert wording.count(1, "source") == "1 source" and wording.count(4, "source") == "4 sources"
