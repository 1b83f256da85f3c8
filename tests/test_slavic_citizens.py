"""Citizens of a state the lexicon knows as a mediator or venue are still its people:
"граждан Саудовской Аравии", "громадян Катару" (a mediator is never a side, but its
citizens can be the people counted)."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

SAT = datetime.date(2025, 6, 14)  # a Saturday


def sides(text: str, lang: str) -> list[tuple]:
    return [(f.persons_of, f.held_by, f.low) for f in extract_slavic(text, SAT, lang)]


def test_ru_citizens_of_a_mediating_state():
    assert sides("Хуситы освободили 9 граждан Саудовской Аравии.", "ru") == [("SA", "YE", 9)]


def test_uk_citizens_of_a_mediating_state():
    assert sides("ХАМАС звільнив двох громадян Катару.", "uk") == [("QA", "PS", 2)]
