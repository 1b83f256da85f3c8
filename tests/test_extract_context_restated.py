"""A figure the text counts twice, once with sides its own words name and once with sides
read from the text's context alone, the two disagreeing: the context's reading is the
same group read without its words and goes (extract/readings_restated.context_restated).
Not a swap's other half of the same size. Each text is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from swaptally.extract import extract_facts

DAY = dt.date(2024, 8, 3)  # a Saturday


def readings(text: str) -> set[tuple[int | None, str, str, str | None]]:
    return {(f.low, f.kind, f.persons_of, f.held_by) for f in extract_facts(text, DAY)}


@pytest.mark.parametrize(
    ("text", "left"),
    [
        # the mediator speaks of the same group: its sides are no reading of their own
        (
            "Tajikistan hands back 11 Kyrgyz border guards\n"
            "Tajikistan handed 11 Kyrgyz border guards back on Tuesday. Russia, which "
            "mediated, said 11 prisoners had crossed at the Batken checkpoint under its "
            "observers' watch.",
            {(11, "release", "KG", "TJ")},
        ),
        (
            "Kazakhstan hands back 6 Uzbek border guards\n"
            "Kazakhstan handed 6 Uzbek border guards back on Tuesday. Russia, which mediated, "
            "said 6 prisoners had crossed at the Zhibek Zholy checkpoint.",
            {(6, "release", "UZ", "KZ")},
        ),
    ],
)
def test_context_reading_beside_a_named_one_goes(text: str, left: set[tuple]) -> None:
    assert readings(text) == left


def test_a_swaps_other_half_of_the_same_size_stays() -> None:
    text = (
        "Moscow announced on Friday that 90 Russian soldiers had come home from Ukraine "
        "under a trade the UAE brokered. Kyiv said 90 prisoners had been returned, "
        "officials added."
    )
    assert readings(text) == {(90, "exchange", "RU", "UA"), (90, "exchange", "UA", "RU")}


def test_a_context_reading_with_no_named_one_stays() -> None:
    text = (
        "Gunmen freed four nurses kidnapped in June, the police said on Thursday. Four more "
        "were released near the market on Friday, officials said."
    )
    # both facts: readings() would fold the two equal readings into one (REVIEW R3)
    assert [f.sentence_no for f in extract_facts(text, DAY) if f.low == 4] == [0, 1]
