"""Captors of no state (kidnappers, bandits) hold their captives in the land the text names
them taken or freed in, not in the land of another party the text counts or names
(sided.captors_land): for a ship's crew (crew_nouns) and for a group of a nationality the
lexicon does not know. Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import SAT
from swaptally.extract import extract_facts


def sides_of(text: str) -> set[tuple[str, str | None, int | None]]:
    return {(f.persons_of, f.held_by, f.low) for f in extract_facts(text, SAT)}


def test_sailors_freed_by_kidnappers_were_held_where_they_were_taken() -> None:
    # the crew's make-up is told first (two other parties counted); its part freed later
    text = (
        "Seven Filipinos and two Greeks were taken from a tanker in Cameroon in July. "
        "On Monday police in Cameroon said kidnappers had freed four sailors of the crew."
    )
    assert sides_of(text) == {("XX", "CM", 4)}


def test_a_group_of_unknown_nationality_freed_by_bandits_was_held_in_their_land() -> None:
    text = (
        "Two Flemish engineers seized at a quarry in Niger in May have been released by "
        "bandits, a Belgian mining firm said."
    )
    assert sides_of(text) == {("XX", "NE", 2)}
