"""Where people were taken is no holder of theirs, and a clause opened by ', and' after a
holder is no list of holders. Sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import SAT
from swaptally.extract import extract_facts


def sides_of(text: str) -> set[tuple[str, str | None, int | None]]:
    return {(f.persons_of, f.held_by, f.low) for f in extract_facts(text, SAT)}


def test_the_scene_of_a_taking_is_no_holder() -> None:
    # 'seized in Eritrea during the border war': taken there, held by the other side
    text = (
        "Ethiopia freed 120 Eritreans; 40 people seized in Eritrea during "
        "the border war were among them."
    )
    assert ("ER", "ET", 40) in sides_of(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # no time of a taking after the place: held there
        ("Ten Americans detained in Venezuela for a year were freed.", {("US", "VE", 10)}),
        ("Forty Ukrainians remain detained in Russia, officials said.", {("UA", "RU", 40)}),
    ],
)
def test_a_place_people_are_detained_in_holds_them(
    text: str, want: set[tuple[str, str | None, int | None]]
) -> None:
    assert sides_of(text) == want


def test_a_clause_after_a_holder_is_no_list_of_holders() -> None:
    text = (
        "Two Thai workers came home after a year held in Myanmar, "
        "and Thailand then freed 12 Burmese fishermen."
    )
    assert ("TH", "MM", 2) in sides_of(text)


def test_a_list_of_holders_is_many() -> None:
    text = "Eight Russians held in Poland, Norway and Germany were freed."
    assert sides_of(text) == {("RU", "XX", 8)}
