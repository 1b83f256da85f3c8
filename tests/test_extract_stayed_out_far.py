"""A group whose own predicate tells it stayed out of any handover, past a long phrase that
qualifies the group ('eleven fishermen held by the island's coast guard since early March
escaped'): up to ten words between the group and its predicate
(mention_traps._stayed_out); read whole by extract_facts."""

from __future__ import annotations

import datetime as dt

import pytest
from swaptally.extract import extract_facts, load_lexicon

LEX = load_lexicon()
SUN = dt.date(2024, 6, 16)


def lows(text: str) -> set[int | None]:
    return {f.low for f in extract_facts(text, SUN, LEX)}


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Eleven fishermen held by the island's coast guard since early March escaped on "
         "Sunday.", 11),
        ("Fourteen hostages held by the gang in a camp outside the capital got away on "
         "Friday.", 14),
    ],
)  # fmt: skip
def test_a_group_that_stayed_out_past_a_long_qualifier_is_no_fact(text: str, gone: int) -> None:
    assert gone not in lows(text)


def test_a_handover_before_the_stayed_out_predicate_is_the_groups_own() -> None:
    got = lows(
        "Thirty prisoners held at a camp near the border since the spring were freed, and "
        "four others escaped."
    )
    assert 30 in got
