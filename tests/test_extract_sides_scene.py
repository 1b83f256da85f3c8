"""Where people were taken is no holder of theirs, and a clause opened by ', and' after a
holder is no list of holders. Sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import SAT
from swaptally.extract import extract_facts


def sides_of(text: str) -> set[tuple[str, str | None, int | None]]:
    return {(f.persons_of, f.held_by, f.low) for f in extract_facts(text, SAT)}


@pytest.mark.parametrize(
    "text",
    [
        # 'seized in Eritrea during the border war': taken there, held by the other side
        "Eritrea says 40 villagers seized in Eritrea during the border war are still held "
        "by Ethiopia.",
        "Relatives want news of the 40 farmers abducted in Eritrea after the 1998 clashes, "
        "whom Ethiopia never listed as prisoners.",
    ],
)
def test_the_scene_of_a_taking_is_no_holder(text: str) -> None:
    assert ("ER", "ET", 40) in sides_of(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # no time of a taking after the place: held there
        ("Six Canadians detained in China for a year were freed.", {("CA", "CN", 6)}),
        ("Nine Georgians remain detained in Russia, officials said.", {("GE", "RU", 9)}),
        # 'since' after the place tells how long they have been held there
        (
            "Twelve fishermen detained in Ethiopia since May were released on Friday, "
            "Nairobi said.",
            {("KE", "ET", 12)},
        ),
        (
            "Twelve fishermen detained in Eritrea since 2021 came home to Ethiopia on Friday.",
            {("ET", "ER", 12)},
        ),
    ],
)
def test_a_place_people_are_detained_in_holds_them(
    text: str, want: set[tuple[str, str | None, int | None]]
) -> None:
    assert sides_of(text) == want


def test_a_clause_after_a_holder_is_no_list_of_holders() -> None:
    text = (
        "Peru says 11 Peruvian fishermen remain detained in Ecuador, "
        "and Chile has offered to mediate."
    )
    assert ("PE", "EC", 11) in sides_of(text)


def test_a_list_of_holders_is_many() -> None:
    text = "Eight Russians held in Poland, Norway and Germany were freed."
    assert sides_of(text) == {("RU", "XX", 8)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # taken there, and nobody else in the sentence who could hold them (the speaker
        # only tells): the place of the taking is the one holder reading
        (
            "Fifteen herders detained in Mali after a cattle raid went home on Tuesday, "
            "Niamey said.",
            ("NE", "ML", 15),
        ),
    ],
)
def test_the_scene_of_a_taking_holds_when_no_one_else_can(text: str, want: tuple) -> None:
    assert want in sides_of(text)
