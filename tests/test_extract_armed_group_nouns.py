"""Members of an armed group out of uniform ('rebels', 'jihadists', 'militants',
'separatists', 'insurgents', 'guerrillas', 'Islamists') are people a figure counts when they
are held or handed over, of category unspecified as the annotation reads them; soldiers and
fighters stay military (lexicon/categories.yaml). Each sentence is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from swaptally.extract import extract_facts

DAY = dt.date(2024, 8, 3)  # a Saturday


def counted(text: str) -> set[tuple[int | None, str]]:
    return {(f.low, f.category) for f in extract_facts(text, DAY)}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # a handover's object
        (
            "The army handed 40 captured rebels to a church mediation team on Tuesday, the "
            "bishop's office said.",
            (40, "unspecified"),
        ),
        (
            "Kurdish forces handed 35 Islamists to Iraqi officials at the Rabia crossing on "
            "Tuesday, a border official said.",
            (35, "unspecified"),
        ),
        # a stock to be freed
        (
            "Some 150 guerrillas held in state prisons will be freed under the peace accord, "
            "the ministry said.",
            (150, "unspecified"),
        ),
        # a release's object, a noun that was no figure's before (REVIEW R3)
        (
            "Niger's government released 33 insurgents from a desert jail on Wednesday as "
            "part of a truce, state radio said.",
            (33, "unspecified"),
        ),
    ],
)
def test_armed_group_members_are_counted_unspecified(text: str, fact: tuple[int, str]) -> None:
    assert fact in counted(text)


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # soldiers and fighters stay military
        (
            "Under the truce, the government freed 60 militants from a desert prison and the "
            "insurgents released 15 soldiers.",
            {(60, "unspecified"), (15, "military")},
        ),
        ("The militia released 30 fighters of the rival faction on Monday.", {(30, "military")}),
        # no captivity told: an attack's strength counts no captives
        ("About 300 insurgents attacked the army base on Sunday, the governor said.", set()),
        # the members are the captors: the doers of holding, guarding, freeing (REVIEW R19)
        (
            "Some 2,000 rebels still hold the town and its 30 hostages, the army said.",
            {(30, "unspecified")},
        ),
        (
            "About 500 separatists guarding the prison released 12 soldiers on Friday.",
            {(12, "military")},
        ),
        ("The army said 150 insurgents holding the hostages had fled by Sunday.", set()),
    ],
)
def test_other_groups_keep_their_reading(text: str, facts: set[tuple[int, str]]) -> None:
    assert counted(text) == facts
