"""A bare figure whose predicate says its people are still held: in the captors' hands,
behind bars, or remaining in a named place once the sentence has told their captivity
(extract/bare_figures.py, lexicon held_place, held_state). Each sentence is written for the
test."""

from __future__ import annotations

import datetime as dt

import pytest
from swaptally.extract import extract_facts

DAY = dt.date(2024, 8, 3)  # a Saturday


def held(text: str) -> set[int | None]:
    return {f.low for f in extract_facts(text, DAY) if f.kind == "held"}


def lows(text: str) -> set[int | None]:
    return {f.low for f in extract_facts(text, DAY)}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a part of a taken group, still in the captors' hands
        (
            "Gunmen seized 40 passengers from a bus in May, and 12 remain in the gang's hands, "
            "police said.",
            12,
        ),
        # behind bars
        (
            "Since the protests began, some 9,000 people have been arrested and about 2,500 "
            "remain behind bars, a monitor said.",
            2500,
        ),
        # remaining in a named place once captivity is told
        (
            "Kidnappers still hold part of the group: 14 remain in Kaduna's forests, police said.",
            14,
        ),
    ],
)
def test_a_bare_figure_still_held_is_a_stock(text: str, count: int) -> None:
    assert count in held(text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # remaining somewhere with no captivity told: no captives
        (
            "The army pulled most units out of the region; about 1,000 remain in Kursk, the "
            "general said.",
            1000,
        ),
        # missing is no state of being held
        (
            "Of the 300 villagers who fled the raid, more than 120 are still missing, "
            "officials said.",
            121,
        ),
    ],
)
def test_other_states_count_no_stock(text: str, count: int) -> None:
    assert count not in lows(text)
