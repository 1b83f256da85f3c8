"""The story's group whose make-up another sentence tells by a reference to the freed
(demonyms after it, a list of countries opening with 'from', or many nationalities): of
several nationalities, XX, wherever it is counted (sides_text._told_elsewhere). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import SAT
from swaptally.extract import extract_facts


def persons(text: str, low: int) -> set[str]:
    return {f.persons_of for f in extract_facts(text, SAT) if f.low == low}


@pytest.mark.parametrize(
    ("text", "low"),
    [
        # demonyms in an apposition on the reference, the object of another verb
        (
            "Niger's army freed 23 hostages near the Malian border on Friday. The army flew "
            "those freed, Beninese and Togolese drivers, to Niamey.",
            23,
        ),
        # where they come from, a list set off after the reference, the sentence's object
        (
            "Rebels handed 41 hostages to the Red Cross in the east on Saturday. Officials "
            "named the freed, from Burundi, Rwanda and Uganda, on Sunday.",
            41,
        ),
        # of many nationalities, none named, a speaker set off between
        (
            "Mauritania freed 63 prisoners for Eid. Among the pardoned, the interior ministry "
            "said, are people of nine nationalities.",
            63,
        ),
    ],
)
def test_a_group_told_mixed_elsewhere_is_of_many(text: str, low: int) -> None:
    assert persons(text, low) == {"XX"}


def test_who_freed_them_and_where_they_went_tell_no_nationality() -> None:
    text = (
        "Hamas freed four hostages on Saturday, and Israel let 120 prisoners go. Most of "
        "those released by Israel rode buses to Ramallah and Gaza City."
    )
    assert persons(text, 4) == {"IL"}
    assert persons(text, 120) == {"PS"}
