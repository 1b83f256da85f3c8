"""Insurgents at war with their own state free (or hold) that country's people, whatever
frame names them the freer: the clause's subject though a bloc of states or a group's land
of origin is named beside them, a relative clause on the group, a 'held by' or 'freed by'
after it (sides_releaser.at_home, sides_clause). Sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import SAT
from swaptally.extract import extract_facts


def sides_of(text: str) -> set[tuple[str, str | None, int | None]]:
    return {(f.persons_of, f.held_by, f.low) for f in extract_facts(text, SAT)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the subject, with a bloc of states named as the one asked for something
        (
            "The Taliban freed 60 inmates for Eid and called on Western countries to "
            "unfreeze Afghan assets.",
            ("AF", "AF", 60),
        ),
        # a relative clause names the insurgents; a neighbour named beside them is no side
        (
            "Tigray forces said the 40 prisoners they captured near Mekelle would walk free "
            "on Monday, a move Eritrea did not comment on.",
            ("ET", "ET", 40),
        ),
        # the insurgents named as holder after the group; a state thanked is no side
        (
            "Sudan's army said 70 soldiers held by the RSF since June were freed in Darfur, "
            "and thanked Chad.",
            ("SD", "SD", 70),
        ),
    ],
)
def test_insurgents_at_home_free_their_own_countrys_people(
    text: str, want: tuple[str, str | None, int | None]
) -> None:
    assert want in sides_of(text)


def test_a_group_of_several_countries_they_free_stays_mixed() -> None:
    got = sides_of("The ELN released 14 hostages, two nurses from Venezuela among them, on Friday.")
    assert ("XX", "CO", 14) in got
