"""A headline's figure told round ('more than 200', 'over 500', a round '40') where the
body tells the count itself (236, 'at least 540'): the same group told short, no fact of
its own (extract/headline_restated.py). Each text is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from swaptally.extract import extract_facts

DAY = dt.date(2024, 8, 3)  # a Saturday


def lows(text: str) -> list[int | None]:
    return sorted(f.low or 0 for f in extract_facts(text, DAY))


@pytest.mark.parametrize(
    ("text", "left"),
    [
        # a bound in the headline, an exact count in the body
        (
            "Army frees more than 200 conscripts after mutiny trial\n"
            "The defence ministry let 227 jailed soldiers walk free from military prisons on "
            "Monday, the army radio said.",
            [227],
        ),
        # a bound in both, a stock
        (
            "Over 500 soldiers held by rebels, army says\n"
            "The rebels hold at least 540 government troops in camps in the north, an army "
            "spokesman said on Friday.",
            [540],
        ),
        # a round number in the headline, a bound in the body
        (
            "Kidnappers free 30 hostages in the south\n"
            "The kidnappers let at least 30 of the hostages go on Monday, the state police "
            "said.",
            [30],
        ),
    ],
)
def test_rounded_headline_figure_goes(text: str, left: list[int]) -> None:
    assert lows(text) == left


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the body's count lies past the rounding: another group
        (
            "Army frees more than 200 conscripts after mutiny trial\n"
            "The defence ministry let 460 jailed soldiers walk free from military prisons on "
            "Monday, the army radio said.",
            201,
        ),
        # a stock in the body beside a handover in the headline: two groups
        (
            "Rebels free more than 100 soldiers\n"
            "The rebels still hold about 120 government soldiers in the hills, the army said "
            "on Friday.",
            101,
        ),
        # two counts told exactly: the headline's is no rounding of the body's
        (
            "Militia frees 300 prisoners\n"
            "The militia freed 312 prisoners from its camps on Friday, a monitor said.",
            300,
        ),
        # a swap: the headline counts one side's people, the body the other side's
        # (REVIEW R15)
        (
            "Ukraine gets back over 100 soldiers in swap\n"
            "Ukraine handed 120 Russian soldiers to Moscow on Friday in return for its own "
            "men, officials said.",
            101,
        ),
    ],
)
def test_headline_figure_no_rounding_of_the_body_stays(text: str, kept: int) -> None:
    assert kept in lows(text)
