"""Captives of Islamic State: the Yazidis it took are Iraq's people (actors.yaml); the group
held them across two countries, so their holder is the group's own code (XX), unless the
text says in which country a group of them was kept; a count of all freed since it took
them stays XX; those of them still missing are no captives counted. Sentences written for
these tests."""

from __future__ import annotations

from extract_helpers import SAT
from swaptally.extract import extract_facts


def sides_of(text: str) -> set[tuple[str, str | None, int | None]]:
    return {(f.persons_of, f.held_by, f.low) for f in extract_facts(text, SAT)}


def test_islamic_state_captives_told_nowhere_are_iraqis_held_by_the_group() -> None:
    text = (
        "Nine Yazidi teenagers abducted by Islamic State fighters as children were "
        "reunited with their families in Zakho on Monday, a camp official said."
    )
    assert sides_of(text) == {("IQ", "XX", 9)}


def test_a_group_freed_after_captivity_in_a_named_country_was_held_there() -> None:
    text = (
        "Yazidi families return after Islamic State captivity in Syria. "
        "Eleven Yazidi women and children were freed on Sunday, relatives said."
    )
    assert sides_of(text) == {("IQ", "SY", 11)}


def test_a_running_total_of_the_freed_stays_held_by_the_group() -> None:
    # the text names Syria as a place of captivity, but the count runs over every release
    text = (
        "Yezidi children come home after Islamic State captivity in Syria. "
        "Since the group's defeat, 740 Yezidis have been freed, the rescue office said."
    )
    assert ("IQ", "XX", 740) in sides_of(text)


def test_abducted_people_still_missing_are_no_captives_counted() -> None:
    # a guard: the Yazidis are counted people now, but those still missing are not held
    text = (
        "Islamic State fighters overran the district in the summer of 2015. "
        "Nearly 1,300 Yazidis seized by the militants remain missing, according to the office."
    )
    assert sides_of(text) == set()
