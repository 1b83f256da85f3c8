"""A part named among a group already counted, by gender or age ('nine women were among
those who came home') or by a unit or place of its own ('among them were 15 members of a
local militia'): a breakdown the group's figure already holds, no fact of its own
(part_traps.among_part); a part by nationality or by soldiers and civilians still
counts. Read whole by extract_facts."""

from __future__ import annotations

import pytest
from extract_helpers import lows


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        ("Nine women were among the 70 prisoners Georgia received on Monday.", 9, 70),
        ("Moldova freed 40 detainees on Friday; among them were 15 members of a local militia.",
         15, 40),
        ("The rebels let 62 hostages go on Tuesday, and among those freed were 17 miners from "
         "a northern province.", 17, 62),
    ],
)  # fmt: skip
def test_a_part_among_a_group_by_gender_unit_or_place_gives_no_fact(
    text: str, part: int, whole: int
) -> None:
    got = lows(text)
    assert part not in got
    assert whole in got


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("Belarus freed 20 prisoners on Friday, among them three Latvian citizens.", 3),
        ("Two civilians and 30 soldiers were among those who came home on Sunday.", 30),
        # a part named by its state after "of"
        ("Minsk freed 25 prisoners on Monday; among them were four citizens of Estonia.", 4),
        # a part named by its demonym, with a place of its own
        ("The militia let 33 detainees go; among them were six Canadians from one aid group.", 6),
    ],
)
def test_a_part_among_a_group_by_nationality_or_category_still_counts(text: str, low: int) -> None:
    assert low in lows(text)
