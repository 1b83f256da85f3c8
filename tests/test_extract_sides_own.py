"""Whose people a state frees when the text names another party that is no enemy of it,
and what a pronoun in a relative clause on a group refers to. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from extract_helpers import SAT
from swaptally.extract import extract_facts


def sides_of(text: str) -> set[tuple[str, str | None, int | None]]:
    return {(f.persons_of, f.held_by, f.low) for f in extract_facts(text, SAT)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # 'it' in the relative clause is the clause's own subject, not the last sentence's
        (
            "Ukraine said on Monday that talks had stalled. "
            "Russia handed back 20 of the soldiers it captured in March.",
            {("UA", "RU", 20)},
        ),
        (
            "Armenia said the talks would resume. "
            "Azerbaijan returned 12 of the border guards it detained last year.",
            {("AM", "AZ", 12)},
        ),
    ],
)
def test_a_pronoun_in_a_relative_clause_is_the_sentence_subject(
    text: str, want: set[tuple[str, str | None, int | None]]
) -> None:
    assert sides_of(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a deal's partner that is no enemy and whose people the text never counts
        (
            "Nicaragua and the United States signed an agreement last month. "
            "Nicaragua said it had let 135 inmates out of jail.",
            {("NI", "NI", 135)},
        ),
        (
            "Talks with Washington ended in a deal, and Caracas has since set free 25 inmates.",
            {("VE", "VE", 25)},
        ),
    ],
)
def test_a_state_freeing_prisoners_under_a_deal_frees_its_own(
    text: str, want: set[tuple[str, str | None, int | None]]
) -> None:
    assert sides_of(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an enemy in a war gets its people back
        ("Russia said it had freed 60 prisoners.", {("UA", "RU", 60)}),
        # a swap, whose other side's people the text counts
        (
            "The US and Iran swapped prisoners. Five Americans came home. "
            "Iran released five prisoners.",
            {("US", "IR", 5)},
        ),
    ],
)
def test_a_state_freeing_prisoners_of_an_enemy_or_in_a_swap_frees_the_other_side(
    text: str, want: set[tuple[str, str | None, int | None]]
) -> None:
    assert sides_of(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a state tied to the insurgents by a pact or a deal, at war with no one here and
        # its people not counted, in another clause than the release: no side of it
        (
            "Seventy Ethiopian soldiers were freed by Tigray forces on Sunday; "
            "Kenya had signed an aid deal with the group in May.",
            {("ET", "ET", 70)},
        ),
        (
            "Norway, which signed a pact with the ELN in March, welcomed news that "
            "12 Colombian soldiers had been let go by the guerrillas.",
            {("CO", "CO", 12)},
        ),
        (
            "With Venezuela's blessing, the ELN let 7 Colombian soldiers go on Friday.",
            {("CO", "CO", 7)},
        ),
    ],
)
def test_a_state_outside_a_war_at_home_is_no_side_of_its_prisoners(
    text: str, want: set[tuple[str, str | None, int | None]]
) -> None:
    assert sides_of(text) == want


def test_a_state_the_insurgents_get_their_people_back_from_stays_a_side() -> None:
    text = (
        "The ELN freed 15 Colombian soldiers this week, "
        "and got back 40 of its fighters from Venezuela."
    )
    assert ("CO", "VE", 40) in sides_of(text)
