"""Whose people a group is when its words say where it comes from: a region or town of
one country inside its noun phrase, or 'from' a country or region right after its noun
(sides_group.place_people). Sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import SAT
from swaptally.extract import extract_facts


def sides_of(text: str) -> set[tuple[str, str | None, int | None]]:
    return {(f.persons_of, f.held_by, f.low) for f in extract_facts(text, SAT)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a county of Kenya inside the group, freed by the state that held them
        (
            "Ethiopia freed 14 Turkana herders who had strayed across its border with their "
            "cattle, a police chief said.",
            ("KE", "ET", 14),
        ),
        # 'from' a region right after the group, held by the rebels of another country
        (
            "Nepal said 9 workers from Bihar, held by Maoist rebels since May, were freed.",
            ("IN", "NP", 9),
        ),
        # 'from' a country right after the group, freed by the state where they were held
        (
            "Mali's junta said that 6 miners from Ghana, taken by jihadists in March, had "
            "been released.",
            ("GH", "ML", 6),
        ),
    ],
)
def test_a_group_is_the_people_of_where_it_comes_from(
    text: str, want: tuple[str, str | None, int | None]
) -> None:
    assert want in sides_of(text)


def test_where_a_handover_brought_a_group_from_is_no_origin() -> None:
    # 'from' after a verb of getting back names the side that held them, not their land
    assert sides_of("Russia got back 40 soldiers from Ukraine on Sunday.") == {("RU", "UA", 40)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a department written as its country writes it: its plain spelling is also another
        # country's accented name stripped (Angola's Huíla), which yields to it
        ("Guerrillas freed 12 Huila farmers they had seized in April, a bishop said on Tuesday.",
         "CO"),
        # a name written without its diacritics, of one country only (Nariño)
        ("Rebels freed 4 Narino farmers they had held since June, the police said on Sunday.",
         "CO"),
    ],
)  # fmt: skip
def test_a_place_written_plain_is_its_own_countrys(text: str, want: str) -> None:
    got = sides_of(text)
    assert got and all(persons == want for persons, _, _ in got)
