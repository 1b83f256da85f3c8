"""A group whose clause goes on to say it died, past a conjunct with no count or a
coordinated verb, counts the dead, no captives (casualty_traps.dies_in_clause); a death verb
that belongs to a relative clause, takes an object, or follows a handover is another's."""

from __future__ import annotations

import pytest
from extract_helpers import lows


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "Pirates who seized the tanker in a night raid that left nine sailors and a cook "
            "dead let the rest of the crew go on Sunday, the owners said.",
            9,
        ),
        (
            "Two nurses and an orderly died in the blaze at the camp where the militia keeps "
            "30 hostages, aid workers said.",
            2,
        ),
        (
            "In the militia's camp, eight farmers fell ill with cholera and died before the "
            "talks on the hostages began.",
            8,
        ),
    ],
)
def test_a_group_whose_clause_says_it_died_counts_no_captives(text: str, dead: int) -> None:
    assert dead not in lows(text)


def test_a_death_verb_of_another_keeps_the_group() -> None:
    text = (
        "Police said the bandits still hold at least 25 farmers seized during a raid that killed "
        "four people."
    )
    assert 25 in lows(text)
    # captives named so keep their count: their death ends no tally of them
    text = (
        "A bus taking 40 detainees to the crossing for the swap overturned and everyone on "
        "board died, the ministry said."
    )
    assert 40 in lows(text)
