"""Sides, session 24: 'has', 'have' and 'had' right after an actor tell that it holds the
people counted ("Ankara has 40 prisoners"), but not when the word is the auxiliary of
another verb ('had regained', 'have won the release'): that actor neither frees nor
holds the group; it got its own people back. Sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import SAT
from swaptally.extract import extract_facts

SWAP = "Russia and Ukraine swapped prisoners on Friday. "
TRADE = "Armenia and Azerbaijan traded detainees across the border this week. "


def sides_of(text: str) -> set[tuple[str, str | None, int | None]]:
    return {(f.persons_of, f.held_by, f.low) for f in extract_facts(text, SAT)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a verb of getting back after the auxiliary: the actor's own came home
        (TRADE + "By Thursday Baku had regained 23 border guards.", ("AZ", "AM", 23)),
        (SWAP + "Kyiv has obtained the release of 64 marines.", ("UA", "RU", 64)),
        (SWAP + "Moscow had won the release of 58 paratroopers.", ("RU", "UA", 58)),
    ],
)
def test_an_auxiliary_have_is_no_holding(
    text: str, want: tuple[str, str | None, int | None]
) -> None:
    assert sides_of(text) == {want}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the actor holds the group: possession, a holding or a taking verb after 'has'
        (SWAP + "Kyiv has been holding 52 soldiers since the spring.", ("RU", "UA", 52)),
        (SWAP + "Kyiv had taken 52 soldiers prisoner near the river.", ("RU", "UA", 52)),
        (SWAP + "Kyiv has finished freeing 52 soldiers.", ("RU", "UA", 52)),
        (TRADE + "Baku has been keeping 23 soldiers at a base.", ("AM", "AZ", 23)),
    ],
)
def test_a_have_of_holding_still_names_the_holder(
    text: str, want: tuple[str, str | None, int | None]
) -> None:
    assert sides_of(text) == {want}
