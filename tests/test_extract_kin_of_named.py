"""Kin counted with the one they are kin of named after 'of', a person of one state the
lexicon knows ('three cousins of Mali's defence minister'), are that state's people
(mention_parts.kin_of_named); kin with no such owner ('two relatives of one of the crew')
count no one of their own."""

from __future__ import annotations

import pytest
from extract_helpers import lows, sided_rows


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Armenia handed back four nephews of Azerbaijan's former foreign minister in a deal "
            "that also freed six Armenian soldiers.",
            ("AZ", "AM", 4),
        ),
        (
            "Colombia released two brothers of Venezuela's oil minister, according to officials "
            "in Bogota.",
            ("VE", "CO", 2),
        ),
        (
            "Tehran freed two sons of the Saudi ambassador after talks in Muscat, officials said.",
            ("SA", "IR", 2),
        ),
    ],
)
def test_kin_of_a_named_person_are_that_state_s_people(
    text: str, want: tuple[str, str | None, int | None]
) -> None:
    assert want in {(p, h, n) for _, p, h, n in sided_rows(text)}


def test_kin_with_no_named_owner_count_no_one() -> None:
    assert 2 not in lows("The freed soldiers came home with two relatives of one of the crew.")
