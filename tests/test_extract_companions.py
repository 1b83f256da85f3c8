"""Children who go along with captives ('returned 30 detainees and three children', 'along
with four children', 'the two sons of a jailed couple'): they left with the people handed
over and are no captives themselves, so their figure gives no fact
(part_traps.companion_children); read whole by extract_facts."""

from __future__ import annotations

import datetime as dt

import pytest
from swaptally.extract import extract_facts, load_lexicon

LEX = load_lexicon()
SUN = dt.date(2024, 6, 16)


def lows(text: str) -> set[int | None]:
    return {f.low for f in extract_facts(text, SUN, LEX)}


@pytest.mark.parametrize(
    ("text", "children", "captives"),
    [
        ("On Tuesday Armenia handed Azerbaijan 30 detainees and three children.", 3, 30),
        (
            "Abkhazia let eleven Georgian detainees go on Sunday, together with four children.",
            4,
            11,
        ),
        (
            "Kenya freed nine Somali prisoners in the swap, and three children of an "
            "imprisoned trader were put on the same flight.",
            3,
            9,
        ),
    ],
)
def test_children_beside_captives_are_no_captives(text: str, children: int, captives: int) -> None:
    got = lows(text)
    assert children not in got
    assert captives in got


@pytest.mark.parametrize(
    ("text", "low"),
    [
        # children who are the captives themselves
        ("The gunmen freed 14 children on Monday, police said.", 14),
        ("Rebels released 20 women and 12 children held since May.", 12),
    ],
)
def test_children_who_are_the_captives_still_count(text: str, low: int) -> None:
    assert low in lows(text)
