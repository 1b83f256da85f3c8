"""Captives of captors with no state (gunmen, a gang, militants) in a text that counts
foreigners among them: of many sides (XX), held in the country the captors act in
(sides_captors.py). Sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import SAT
from swaptally.extract import extract_facts


def sides_of(text: str) -> set[tuple[str, str | None, int | None]]:
    return {(f.persons_of, f.held_by, f.low) for f in extract_facts(text, SAT)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a captor verb after a group named by a noun of release, the foreigners among it
        # in an apposition after it
        (
            "Their employer confirmed on Friday the release of seven geologists kidnapped from "
            "a road camp in Nigeria in March, two Italians and a Turk among them.",
            ("XX", "NG", 7),
        ),
        # hostages 'held by' a gang, rescued by the police of the country they were held in
        (
            "Police in Honduras said 11 hostages held by a criminal gang were rescued overnight. "
            "The group included three Dutch tourists and a German.",
            ("XX", "HN", 11),
        ),
        # the foreigners told after a semicolon, the captors as 'armed men'
        (
            "Eleven engineers abducted by armed men in Niger last month are free, a company "
            "spokesman said; four of them are Chinese nationals.",
            ("XX", "NE", 11),
        ),
    ],
)
def test_foreign_captives_of_stateless_captors_are_of_many_sides(
    text: str, want: tuple[str, str | None, int | None]
) -> None:
    assert want in sides_of(text)


def test_captives_of_no_other_state_are_left_to_the_other_rules() -> None:
    # no foreigners counted: the villagers are the country's own, not of many sides
    got = sides_of("Gunmen in Burkina Faso freed 30 villagers seized last week.")
    assert all(p != "XX" for p, _, _ in got)
