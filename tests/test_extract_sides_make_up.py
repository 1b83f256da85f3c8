"""A group's make-up told in an apposition right after it, naming foreigners or people of
several lands, makes the group mixed (XX), held by whoever frees it (sides_make_up.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import SAT
from swaptally.extract import extract_facts


def sides_of(text: str) -> set[tuple[str, str | None, int | None]]:
    return {(f.persons_of, f.held_by, f.low) for f in extract_facts(text, SAT)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a phrase of many lands, closed by 'among them'
        (
            "Kazakhstan pardoned 64 inmates, nationals of several states among them, on "
            "Independence Day.",
            ("XX", "KZ", 64),
        ),
        # a list of nationalities before a people noun, opened by 'with'
        (
            "Nicaragua freed 40 prisoners, with Spanish, Mexican and Costa Rican citizens "
            "among them.",
            ("XX", "NI", 40),
        ),
        # a part of foreigners, 'N of them'
        (
            "Laos pardoned 1,200 prisoners, 40 of them foreign nationals, to mark the "
            "national day.",
            ("XX", "LA", 1200),
        ),
        # 'both' its own people and foreigners
        (
            "Cuba let 31 political prisoners, both Cubans and foreigners, walk free on Sunday.",
            ("XX", "CU", 31),
        ),
    ],
)
def test_a_make_up_of_many_lands_told_after_the_group_makes_it_mixed(
    text: str, want: tuple[str, str | None, int | None]
) -> None:
    assert want in sides_of(text)


def test_nationalities_of_speakers_after_a_group_are_no_make_up() -> None:
    text = "Russia handed over 95 prisoners, Ukrainian and Belarusian officials said."
    assert sides_of(text) == {("UA", "RU", 95)}
