"""The story's group whose make-up another sentence tells by a reference to the freed
('those freed, a spokesman added, are Turkish and Egyptian', 'among the captives, from A
and B', 'the pardoned are nationals of several countries'): of several nationalities, XX,
wherever it is counted (sides_text._told_elsewhere). Sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import SAT
from swaptally.extract import extract_facts


def persons(text: str, low: int) -> set[str]:
    return {f.persons_of for f in extract_facts(text, SAT) if f.low == low}


@pytest.mark.parametrize(
    ("text", "low"),
    [
        # two demonyms in a sentence of its own after the release
        (
            "Gunmen in the Niger Delta freed 14 oil workers on Sunday, the company said. "
            "Those freed, a spokesman added, are Turkish and Egyptian engineers.",
            14,
        ),
        # where they come from, a list set off after the reference, in a sentence that
        # counts a part of them by age
        (
            "The army said it had rescued 60 people from a rebel camp in the Central African "
            "Republic. Among the captives, from Chad and Sudan, were 12 children.",
            60,
        ),
        # of many countries, no country named
        (
            "Turkmenistan pardoned 85 prisoners on Friday. State television said the pardoned "
            "are nationals of several countries.",
            85,
        ),
    ],
)
def test_a_group_told_mixed_elsewhere_is_of_many(text: str, low: int) -> None:
    assert persons(text, low) == {"XX"}


def test_who_freed_them_and_where_they_went_tell_no_nationality() -> None:
    text = (
        "Hamas freed four hostages on Saturday, and Israel let 120 prisoners go. Most of "
        "those released by Israel rode buses to Ramallah and Gaza City."
    )
    assert persons(text, 4) == {"IL"}
    assert persons(text, 120) == {"PS"}
