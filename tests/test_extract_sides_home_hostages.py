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
            "Government forces freed 11 hostages on Sunday, a year after Houthi fighters "
            "raided their village near Marib.",
            {("YE", "YE", 11)},
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
        "Boko Haram raided a village in Yobe in May. "
        "By the Red Cross's count, 26 hostages have gone free since then.",
        "Boko Haram kidnapped a group of aid workers and missionaries in Yobe in May. "
        "By Sunday soldiers had freed 26 hostages.",
    ],
)
def test_foreigners_or_a_go_betweens_count_stay_of_many(text: str) -> None:
    assert sides_of(text) == {("XX", "NG", 26)}


@pytest.mark.parametrize(
    "text",
    [
        # everyday words that hold a cue's letters inside them: 'immediately' (mediat),
        # 'woman' (Oman, a go-between), 'screwed' (crew): no go-between, no foreigner
        "Colombian troops rescued 14 hostages from an ELN camp on Tuesday and "
        "immediately flew them to Bogota.",
        "Colombian troops, led by a woman colonel, rescued 14 hostages from an ELN camp "
        "on Tuesday.",
        "Colombian troops rescued 14 hostages from an ELN camp on Tuesday. "
        "Rebels had screwed the doors shut.",
    ],
)
def test_cues_are_whole_words(text: str) -> None:
    assert sides_of(text) == {("CO", "CO", 14)}
