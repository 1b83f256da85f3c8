"""A two-party figure with no 'each' ('Armenia and Azerbaijan traded 64 captives': per side
or in all?) is the swap's whole when the text tells its halves: the figures of one other
sentence (or the rest of its own, of two states) add up to it. Then it is both sides' total, XX
held by XX; halves of one side's people leave it per side or uncounted.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import SAT, sided_rows
from swaptally.extract import extract_facts


@pytest.mark.parametrize(
    ("text", "low"),
    [
        # the halves after the figure, each named by its holder, an unequal split
        (
            "Armenia and Azerbaijan traded 64 captives near the border on Tuesday.\n\n"
            "Baku handed over 40 Armenians, and Yerevan returned 24 Azerbaijanis, the "
            "foreign ministries said.",
            64,
        ),
        # the halves first, with 'apiece'; the whole in a later summary sentence
        (
            "Kinshasa and Kigali handed back 35 detainees apiece at the Rubavu crossing, "
            "officials said on Monday.\n\n"
            "Rwanda and Congo swapped 70 prisoners in a deal the African Union had pressed "
            "for since spring.",
            70,
        ),
        # the halves in the figure's own sentence, set off by dashes; a plan
        (
            "Under the accord signed in Brussels, Serbia and Kosovo will swap 30 detainees "
            "- 15 from each side - before the end of May.",
            30,
        ),
    ],
)
def test_a_two_party_figure_whose_halves_are_told_is_the_whole(text: str, low: int) -> None:
    assert ("exchange", "XX", "XX", low) in sided_rows(text)


def test_parts_of_one_side_leave_the_figure_per_side() -> None:
    # 90 = 60 + 30, but both parts are Ethiopians: a breakdown of one side, not two halves
    text = (
        "Ethiopia and Eritrea exchanged 90 prisoners at Zalambessa on Friday.\n\n"
        "Addis Ababa said 60 Ethiopian soldiers and 30 Ethiopian civilians came home."
    )
    assert ("exchange", "XX", "XX", 90) not in sided_rows(text)
    # parts of no side in the figure's own clause: its breakdown, uncounted as it is
    text = "Serbia and Kosovo swapped 21 detainees on Monday: 14 men and 7 women."
    assert ("exchange", "XX", "XX", 21) not in sided_rows(text)


def test_explain_names_the_halves_told_rule() -> None:
    """The whole made of its told halves is named as such, not as assemble's parts."""
    text = (
        "Chad and Sudan swapped 50 soldiers at a desert post on Sunday.\n\n"
        "N'Djamena handed over 30 Sudanese, and Khartoum returned 20 Chadians."
    )
    rules = {f.rule for f in extract_facts(text, SAT) if f.low == 50}
    assert rules == {"two_sided_total+halves_told"}


@pytest.mark.parametrize(
    "text",
    [
        # the halves of a swap still to come: another event than the one done
        "Peru and Bolivia exchanged 50 detainees at the Desaguadero bridge on Thursday.\n\n"
        "La Paz will return 30 Peruvians and Lima 20 Bolivians in March, officials said.",
        # the halves of a swap years before: a year of its own
        "Peru and Bolivia exchanged 50 detainees at the Desaguadero bridge on Thursday.\n\n"
        "Back in 2019, La Paz sent home 30 Peruvians and Lima freed 20 Bolivians.",
    ],
)
def test_halves_of_another_swap_make_no_whole(text: str) -> None:
    """Only halves of the whole's own status, with no other day or period, tell it."""
    assert ("exchange", "XX", "XX", 50) not in sided_rows(text)
