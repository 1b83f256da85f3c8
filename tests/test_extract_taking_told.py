"""A group whose own predicate, past and finite, is its taking ('Eleven herders from Kano
were kidnapped near a river', 'some 90 pilgrims were abducted into the hills'): a count at
the taking, no stock held now nor a handover (mention_takings.taking_told); read whole by
extract_facts."""

from __future__ import annotations

import pytest
from extract_helpers import lows


@pytest.mark.parametrize(
    ("text", "taken", "freed"),
    [
        # words that place the group between it and its predicate
        (
            "Separatists in the south handed 14 miners back to their company on Tuesday. "
            "Last autumn, eleven herders from Kano were kidnapped near the river by the same "
            "faction.",
            11,
            14,
        ),
        # the taking's clause after a strong break, a handover told before it
        (
            "The army freed 80 militia fighters on Monday; in the first raid of the year, 90 "
            "pilgrims were abducted into the hills.",
            90,
            80,
        ),
        # a handover noun naming the time of the taking
        (
            "The junta let 700 inmates out of the central jail on Friday. "
            "Rights monitors said 41 students were arrested on the eve of the amnesty.",
            41,
            700,
        ),
    ],
)
def test_a_taking_told_as_the_groups_predicate_counts_no_one_held_now(
    text: str, taken: int, freed: int
) -> None:
    got = lows(text)
    assert taken not in got
    assert freed in got


@pytest.mark.parametrize(
    ("text", "low"),
    [
        # the taken group is handed over in the same clause
        ("Police said 27 farmers were kidnapped in May and freed on Sunday in Niger state.", 27),
        (
            "The rebels freed 14 miners on Tuesday. Six other miners were abducted in May and "
            "handed over to the army on Sunday.",
            6,
        ),
        # still held: a stock
        (
            "The gang freed 14 miners on Tuesday. Another 19 miners were abducted at the pit "
            "in May and are still being held by the gang.",
            19,
        ),
    ],
)
def test_a_taking_with_its_handover_or_still_held_still_counts(text: str, low: int) -> None:
    assert low in lows(text)
