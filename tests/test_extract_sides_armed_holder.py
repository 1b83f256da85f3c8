"""People of several countries (foreigners, an international body's staff) whom no one is
named as holding, in a text about an armed group: held by that group's country, not of
'many holders' (sides_holder._armed_holder). Sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import SAT
from swaptally.extract import extract_facts


def sides_of(text: str) -> set[tuple[str, str, str | None, int | None]]:
    return {(f.kind, f.persons_of, f.held_by, f.low) for f in extract_facts(text, SAT)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the group named as the subject of a belief about who holds them, after a release
        # of another state's people that a third capital announced
        (
            "Three Kenyan road engineers seized in Somalia were released on Wednesday, "
            "Nairobi said. Al-Shabaab is thought to hold at least eight other foreigners, "
            "among them a Turkish pilot.",
            ("held", "XX", "SO", 8),
        ),
        # no holder in the clause at all: the group is named only in a time clause after it
        (
            "A week after Boko Haram stormed an aid hub near Maiduguri, 11 UN employees are "
            "still being held, a spokesman said.",
            ("held", "XX", "NG", 11),
        ),
    ],
)
def test_foreigners_no_one_is_named_holding_are_the_armed_groups(
    text: str, want: tuple[str, str, str | None, int | None]
) -> None:
    assert want in sides_of(text)


def test_a_holder_named_for_the_foreigners_stays() -> None:
    # the state that says it holds them, though the text is about an armed group
    got = sides_of(
        "Boko Haram freed two Chadian traders on Friday. Niger's army says it holds "
        "12 foreign fighters of the group."
    )
    assert ("held", "XX", "NE", 12) in got


def test_foreigners_in_a_text_about_no_armed_group_are_left_alone() -> None:
    got = sides_of("Belarus pardoned 20 prisoners on Friday, among them five foreign nationals.")
    assert all(held == "BY" for _, _, held, _ in got)
