"""Stage 5 over a sentence (assemble): a list that spells out a whole's parts, opened by a
colon or a make-up verb, gives its parts the whole's reading when they add up to it."""

from __future__ import annotations

import pytest
from extract_helpers import kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stock's parts after a colon, the first part with a participle of its own
        (
            "Kyrgyzstan and Tajikistan swapped detainees in March. Bishkek says Dushanbe still "
            "holds 30 of its citizens: four border guards seized in the clash near Batken, 20 "
            "soldiers and six civilians.",
            {("held", 30), ("held", 4), ("held", 20), ("held", 6)},
        ),
        # a planned handover's parts after a colon, its predicate before the colon
        (
            "Colombia and the ELN agreed a truce in May. Under it, Bogota was to free 45 ELN "
            "prisoners on Monday: 30 fighters captured in Arauca and 15 civilians.",
            {("planned", 45), ("planned", 30), ("planned", 15)},
        ),
        # a make-up verb after a pronoun group that points back to the whole
        (
            "India and Pakistan swapped prisoner lists in January. Islamabad agreed in May to "
            "free 220 Indian prisoners; officials said the group, made up of 200 fishermen and "
            "20 civilians, would cross at Wagah in two batches.",
            {("planned", 220), ("planned", 200), ("planned", 20)},
        ),
    ],
)
def test_listed_parts_share_the_wholes_reading(text: str, expected: set) -> None:
    got = {(k if k == "held" else s, n) for k, s, _, _, n in kinds(text)}
    assert got == expected


def test_listed_parts_keep_their_own_sides_when_named() -> None:
    # parts named by nationality keep their own people; only their kind follows the whole
    text = (
        "Hamas let 9 Israeli captives go on Monday. A day later it let 15 more captives go: "
        "11 Israelis, three Thais and a Russian."
    )
    got = {(p, n) for _, _, p, _, n in kinds(text) if n in (11, 3)}
    assert got == {("IL", 11), ("TH", 3)}
