"""Islamic State held territory in several states: its captives' holder is no one state
(XX, actors.yaml), and Iraq's Yazidi minority are Iraqis. A bare figure that got its
freedom back ('have since regained their freedom') counts people freed; a part of a group
taken long ago that is still missing counts no captives (gone.py)."""

from __future__ import annotations

from extract_helpers import lows, sided_rows


def test_yazidis_freed_from_islamic_state_are_iraqis_held_by_no_one_state() -> None:
    text = (
        "A Kurdish team at the Rabia crossing received 14 Yezidi girls on Monday after they "
        "had spent six years in the hands of ISIS, a regional official said."
    )
    assert ("release", "IQ", "XX", 14) in sided_rows(text)


def test_a_bare_figure_that_regained_its_freedom_counts_people_freed() -> None:
    text = (
        "The militia rounded up 900 herders during the raid; 512 have since regained their "
        "freedom, the governor's office said."
    )
    assert 512 in lows(text)


def test_a_part_of_a_group_taken_long_ago_still_missing_is_no_captive_count() -> None:
    text = (
        "Nine years on, more than 40 of the 300 herders abducted in the raid are still "
        "missing, a local council said."
    )
    assert not any(n == 41 for n in lows(text))
