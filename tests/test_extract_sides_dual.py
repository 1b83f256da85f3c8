"""People who each hold two nationalities ('Spanish-Venezuelan journalists', 'Yemeni-American
aid workers'): no group of two sides. Held by one of the two, they are the other's
people; held by neither, the first named's (sides_mixed._dual_nationals). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import sided_rows


def sides_of(text: str, low: int) -> set[tuple[str, str | None]]:
    return {(p, h) for _, p, h, n in sided_rows(text) if n == low}


@pytest.mark.parametrize(
    ("text", "low", "want"),
    [
        # freed by the state of one of the two: the other's people
        (
            "Venezuela freed three Spanish-Venezuelan journalists on Tuesday, Madrid said.",
            3,
            {("ES", "VE")},
        ),
        # the holder's nationality named first
        (
            "The Houthis freed four hostages on Sunday, among them two Yemeni-American aid "
            "workers.",
            2,
            {("US", "YE")},
        ),
        # the two nationalities joined by a space, not a hyphen
        ("Kyrgyzstan freed five Kazakh Kyrgyz herders on Friday.", 5, {("KZ", "KG")}),
        # held by an armed group of neither nationality: the first named's
        (
            "The ELN freed two Spanish-Italian engineers in Arauca on Monday, the ombudsman said.",
            2,
            {("ES", "CO")},
        ),
    ],
)
def test_dual_nationals_are_the_other_sides_people(
    text: str, low: int, want: set[tuple[str, str | None]]
) -> None:
    assert sides_of(text, low) == want


def test_two_groups_of_two_nationalities_stay_two_sides() -> None:
    got = sides_of("Russia and Ukraine freed 40 Ukrainian and Russian prisoners in all.", 40)
    assert got == {("RU", "UA"), ("UA", "RU")}


def test_dual_nationals_told_apart_are_held_by_the_state_that_frees_them() -> None:
    # the freeing state is named in the sentence before: its own nationals are the
    # other nationality's people, held by it (not held by their own state)
    text = (
        "Nicaragua released 40 inmates on Saturday. Among them were two Nicaraguan-Mexican priests."
    )
    assert sides_of(text, 2) == {("MX", "NI")}


@pytest.mark.parametrize(
    "text",
    [
        # a noun the lexicon does not know after the two nationalities: the figure's phrase
        # stops at the number, and both states are the text's parties; one reading, not two
        "China freed two Canadian-Chinese scholars on Friday, Ottawa said.",
        "China freed two Canadian Chinese scholars on Friday, Ottawa said.",
    ],
)
def test_dual_nationals_before_an_unknown_noun_are_one_reading(text: str) -> None:
    assert sides_of(text, 2) == {("CA", "CN")}


def test_two_nationalities_joined_by_and_before_an_unknown_noun_are_no_dual_nationals() -> None:
    # two groups, not one of dual nationals: a mixed group the freeing state held
    got = sides_of("China freed two Canadian and Chinese scholars on Friday, Ottawa said.", 2)
    assert got == {("XX", "CN")}
