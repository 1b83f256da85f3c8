"""The make-up of a group counted at its taking ('raiders abducted 30 people, nine of them
nurses'): its parts are shares of a count at the taking, no stock held now nor a handover
(mention_takings.part_of_the_taken); read whole by extract_facts."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import SUN, lows, user_lexicon
from swaptally.extract import extract_facts


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # the make-up between dashes, past the verb of taking, its count and a time
        (
            "Pirates who boarded the tanker seized 23 crew on Thursday \u2013 14 Filipinos, six "
            "Indians and three Ukrainians \u2013 the owner said.",
            {14, 6, 3},
        ),
        # a make-up of an arrest count, three parts after a colon
        (
            "The militia detained 70 protesters at the rally: 52 students, 15 teachers and "
            "three journalists, and let them go two days later.",
            {52, 15, 3},
        ),
        # the make-up set off by commas, the group's participle of taking after it
        (
            "The 64 miners, seven of them foreigners, arrested at a protest in May were freed on "
            "bail on Friday.",
            {7},
        ),
        # every verb of taking the lexicon lists is read, not only a few in code
        (
            "The junta imprisoned 40 people in March: 25 students and 15 monks, a rights group "
            "said.",
            {25, 15},
        ),
    ],
)
def test_parts_of_a_group_counted_at_its_taking_are_no_facts(text: str, parts: set[int]) -> None:
    assert not parts & lows(text)


@pytest.mark.parametrize(
    ("text", "low"),
    [
        # a part told still held: a stock of its own
        ("Gunmen abducted 40 villagers in May, 12 of whom are still held in the forest.", 12),
        # a part with its own handover
        ("The gang kidnapped 20 tourists last month: 14 were freed on Monday, police said.", 14),
        # a handover between the taking and the figure
        (
            "Militants seized 50 sailors in March, freed them in July and on Friday released "
            "another 11 crew members they had taken in a separate raid.",
            11,
        ),
    ],
)
def test_a_part_held_or_freed_on_its_own_is_kept(text: str, low: int) -> None:
    assert low in lows(text)


def test_a_verb_of_taking_a_users_lexicon_adds_is_read(tmp_path: Path) -> None:
    text = "Soldiers corralled 30 traders at the market: 18 women and 12 boys, witnesses said."
    lex = user_lexicon(tmp_path, "triggers:\n  capture_count_verb: [corralled]\n")
    assert not {18, 12} & {f.low for f in extract_facts(text, SUN, lex)}
