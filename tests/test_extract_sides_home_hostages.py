"""Hostages insurgents took at home, of no stated nationality: their country's people,
unless the text tells of foreigners or a go-between's count. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from extract_helpers import SAT
from swaptally.extract import extract_facts


def sides_of(text: str) -> set[tuple[str, str | None, int | None]]:
    return {(f.persons_of, f.held_by, f.low) for f in extract_facts(text, SAT)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # rescued by the state's troops, or let go by no one named: the country's own
        ("Colombian troops rescued 14 hostages from an ELN camp on Tuesday.", {("CO", "CO", 14)}),
        (
            "Boko Haram stormed a market in Borno in May. "
            "Soldiers have now freed 26 hostages, the army said.",
            {("NG", "NG", 26)},
        ),
    ],
)
def test_hostages_taken_at_home_are_the_countrys_people(
    text: str, want: set[tuple[str, str | None, int | None]]
) -> None:
    assert sides_of(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # a go-between's count, and a text about missionaries: of no one country
        "Boko Haram stormed a market in Borno in May. "
        "By the Red Cross's count, 26 hostages have gone free since then.",
        "Boko Haram kidnapped a group of aid workers and missionaries in May. "
        "Soldiers have now freed 26 hostages, the army said.",
    ],
)
def test_foreigners_or_a_go_betweens_count_stay_of_many(text: str) -> None:
    assert sides_of(text) == {("XX", "NG", 26)}
