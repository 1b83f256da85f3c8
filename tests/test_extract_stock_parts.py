"""Two parts that add up to a stock counted right before them ('58 men in the militia's
jail, 41 of them fishermen and 17 dockworkers') break it down: no stock of their own
(part_traps.stock_part); read whole by extract_facts."""

from __future__ import annotations

import pytest
from extract_helpers import lows


@pytest.mark.parametrize(
    ("text", "stock", "parts"),
    [
        # 'N of them X and M Y' after a count of people in a jail
        (
            "A Red Cross register counts 58 men in the militia's jail at the port, 41 of them "
            "fishermen and 17 dockworkers.",
            58,
            {41, 17},
        ),
        # two parts right after an armed group's count of captives in its custody
        (
            "A separatist militia in the hills still keeps 45 captives in custody, 30 road "
            "engineers and 15 border guards, a monitoring group's count shows.",
            45,
            {30, 15},
        ),
        # the cue of holding before the count, the source told last
        (
            "In its jails the junta keeps 212 detained opposition members, 150 party activists "
            "and 62 journalists, a rights group says.",
            212,
            {150, 62},
        ),
    ],
)
def test_parts_of_a_stock_are_no_stock_of_their_own(text: str, stock: int, parts: set[int]) -> None:
    got = lows(text)
    assert stock in got
    assert not parts & got


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # parts of a release, not of a stock
        (
            "The rebels freed 30 prisoners, 18 soldiers and 12 police officers, on Tuesday.",
            {18, 12},
        ),
        # a group handed over, told held before: the parts of a handover
        (
            "Ukraine got back 90 people held in Russian prisons, 60 soldiers and 30 civilians, "
            "on Monday.",
            {60, 30},
        ),
        (
            "Russia freed 90 prisoners from its list on Monday, 60 soldiers and 30 civilians.",
            {60, 30},
        ),
        (
            "Kyiv said 90 prisoners held by Russia came home, 60 soldiers and 30 civilians.",
            {60, 30},
        ),
        # parts that do not add up to the stock
        (
            "Kenya held 150 Somali nationals in its jails, 35 students and 90 herders, the list "
            "showed.",
            {35, 90},
        ),
    ],
)
def test_other_parts_are_kept(text: str, kept: set[int]) -> None:
    assert kept <= lows(text)
