"""Captors of no state (a gang, kidnappers) hold their captives in the land the text names
them taken or freed in, not in the captives' home (sided.captors_land): for people whose
work takes them abroad (crew_nouns: missionaries) and for a group of a nationality the
lexicon does not know. Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import SAT
from swaptally.extract import extract_facts


def sides_of(text: str) -> set[tuple[str, str | None, int | None]]:
    return {(f.persons_of, f.held_by, f.low) for f in extract_facts(text, SAT)}


def test_missionaries_freed_by_a_gang_were_held_where_they_were_taken() -> None:
    text = (
        "Ecuador gang frees three of nine kidnapped missionaries, a US charity says. "
        "The nine were abducted in Ecuador in June on their way to a clinic the charity runs."
    )
    assert sides_of(text) == {("XX", "EC", 3)}


def test_a_group_of_unknown_nationality_held_by_a_gang_is_held_in_its_land() -> None:
    text = (
        "Five Nordic volunteers held by a gang since March were let go on Friday, a US aid "
        "group said. The volunteers had been kidnapped in Honduras while building a school."
    )
    assert sides_of(text) == {("XX", "HN", 5)}
