"""People of several countries (foreigners, an international body's staff) whom no one is
named as holding, in a text about an armed group: held by that group's country, not of
'many holders' (sides_holder._armed_holder). Sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import SAT, sided_rows


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the group named only as the one the police blame, after the stock
        (
            "Fourteen foreign nationals taken from a bus in March are still held, police "
            "said, blaming Boko Haram.",
            ("held", "XX", "NG", 14),
        ),
        # an international body's staff, the group named in a clause of its own after them
        (
            "Ten UN workers are still captive, the agency said on Friday, and Boko Haram has "
            "made no demands.",
            ("held", "XX", "NG", 10),
        ),
        # another group, another land
        (
            "Six foreign nationals are still captive in Arauca, their firm said; the ELN has "
            "made no demands.",
            ("held", "XX", "CO", 6),
        ),
    ],
)
def test_foreigners_no_one_is_named_holding_are_the_armed_groups(
    text: str, want: tuple[str, str, str | None, int | None]
) -> None:
    assert want in sided_rows(text)


def test_a_holder_named_for_the_foreigners_stays() -> None:
    # the state that says it holds them, though the text is about an armed group
    got = sided_rows(
        "Boko Haram freed two Chadian traders on Friday. Niger's army says it holds "
        "12 foreign fighters of the group."
    )
    assert ("held", "XX", "NE", 12) in got


def test_foreigners_in_a_text_about_no_armed_group_are_left_alone() -> None:
    got = sided_rows("Belarus pardoned 20 prisoners on Friday, among them five foreign nationals.")
    assert all(held == "BY" for _, _, held, _ in got)


def _holders(text: str) -> set[tuple[str, str | None, int | None]]:
    return {(persons, held, low) for _, persons, held, low in sided_rows(text)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # insurgents at war with their own state give up a group from the state's camp, of
        # several countries: theirs to give, held in their country (sides_mixed)
        (
            "Under the deal the M23 rebels are to free 70 people captured from the army's "
            "side, including five Burundians and three Ugandans, in exchange for 150 of their "
            "own fighters.",
            {("XX", "CD", 70), ("BI", "CD", 5), ("UG", "CD", 3)},
        ),
        (
            "In a deal with Ankara the PKK were to give up 25 prisoners from the army, "
            "including three Iraqis and a Syrian, the mediators said.",
            {("XX", "TR", 25), ("IQ", "TR", 3)},
        ),
    ],
)
def test_a_mixed_group_from_the_states_camp_is_held_by_its_insurgents(
    text: str, want: set[tuple[str, str | None, int | None]]
) -> None:
    assert want <= _holders(text)


def test_a_mixed_whole_of_a_swap_naming_no_insurgents_is_left_alone() -> None:
    # the sentence tells the whole of a swap, both sides', and names neither side
    got = _holders(
        "The TPLF and the federal government met in Nairobi. The agreement they signed "
        "covers 410 prisoners, five Eritreans among them."
    )
    assert all(held != "ET" for persons, held, low in got if low == 410)


def test_explain_names_the_insurgents_camp_holder() -> None:
    """The rule that gave a mixed group to the insurgents has its own name (explain)."""
    from swaptally.extract import Side, extract_facts

    facts = extract_facts(
        "Under a deal with Baghdad's mediators the PKK were to hand over 32 prisoners from "
        "the army, including four Iraqis and two Syrians.",
        SAT,
    )
    assert {f.how.side for f in facts if f.low == 32 and f.held_by == "TR"} == {
        Side.INSURGENTS_CAMP
    }
