"""Sides as news words them (issue 11: right figure, wrong sides): who gives and who gets
when the text names only one of them, two-sided totals in the passive, holders named by a
captor's hands, actors carried into the next sentence. Sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import SAT
from swaptally.extract import extract_facts


def sides_of(text: str) -> set[tuple[str, str | None, int | None]]:
    return {(f.persons_of, f.held_by, f.low) for f in extract_facts(text, SAT)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # soldiers a state frees are ones it captured: never its own (no other side named)
        ("Azerbaijan freed 15 soldiers on Friday.", {("XX", "AZ", 15)}),
        ("Thailand handed back 18 troops on Monday.", {("XX", "TH", 18)}),
        # the one other party the text names is theirs
        ("Baku released 12 servicemen. Armenia welcomed the move.", {("AM", "AZ", 12)}),
        # a round-up: a side of another war the text tells is no side of this release
        (
            "Azerbaijan freed 15 soldiers on Friday. "
            "Russia and Ukraine exchanged 200 prisoners each on Saturday.",
            {("XX", "AZ", 15), ("RU", "UA", 200), ("UA", "RU", 200)},
        ),
    ],
)
def test_a_state_freeing_soldiers_does_not_hold_its_own(
    text: str, want: set[tuple[str, str | None, int | None]]
) -> None:
    assert sides_of(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Belarus pardoned 16 people on Friday.",  # clemency: its own nationals
        "Russia pardoned 50 soldiers convicted of desertion.",  # a pardon of its own soldiers
    ],
)
def test_a_state_pardoning_alone_still_frees_its_own(text: str) -> None:
    ((persons, holder, _),) = sides_of(text)
    assert persons == holder


@pytest.mark.parametrize(
    "text",
    [
        "In all, 26 people were exchanged by Russia and Ukraine.",
        "A total of 190 prisoners were swapped by Armenia and Azerbaijan.",
        "Some 300 captives were exchanged by Israel and Hamas on Friday.",
    ],
)
def test_a_total_swapped_by_two_named_sides_is_both_sides(text: str) -> None:
    assert {(p, h) for p, h, _ in sides_of(text)} == {("XX", "XX")}


def test_one_side_swapped_by_one_state_keeps_its_sides() -> None:
    text = "The 26 Ukrainians were exchanged by Russia for 20 Russians."
    assert sides_of(text) == {("UA", "RU", 26), ("RU", "UA", 20)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # hostages insurgents hold at home are their country's (as 'held by the ELN')
        ("25 hostages remain in the hands of the ELN.", ("CO", "CO", 25)),
        ("About 40 Israelis are still in the hands of Hamas.", ("IL", "PS", 40)),
        ("Some 1,200 Ukrainians are in the prisons of Russia.", ("UA", "RU", 1200)),
    ],
)
def test_a_captors_hands_or_jails_name_the_holder(
    text: str, want: tuple[str, str | None, int | None]
) -> None:
    assert sides_of(text) == {want}


def test_the_strip_is_gaza_whoever_spoke_before() -> None:
    # the speaker of the sentence before is not the hostages' side (catalogue M25)
    text = (
        "American officials think as few as 30 of the hostages still in Gaza are alive. "
        "Israel believes 80 hostages remain in the Strip."
    )
    assert ("IL", "PS", 80) in sides_of(text)
