"""A clause whose noun and verb are left out after a dash ("…, а Ереван на втором — девять"):
the figure takes the group of the figure before and the sides its own clause tells."""

from __future__ import annotations

import datetime

import pytest
from swaptally.slavic import extract_slavic

SAT = datetime.date(2025, 6, 14)  # a Saturday


def sides(text: str, lang: str) -> list[tuple]:
    """(persons_of, held_by, low) of each fact, in order."""
    return [(f.persons_of, f.held_by, f.low) for f in extract_slavic(text, SAT, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # the party that held the people before gets its own back: the other way
        ("На первом этапе Баку вернул себе 12 пленных, а Ереван на втором — девять.", "ru",
         [("AZ", "AM", 12), ("AM", "AZ", 9)]),
        ("У суботу Москва повернула 64 військових, а Київ на тому ж етапі — 58.", "uk",
         [("RU", "UA", 64), ("UA", "RU", 58)]),
        # "the other way" says so in words
        ("Вірменія передала Азербайджану п'ятьох полонених, у зворотному напрямку — трьох.",
         "uk", [("AZ", "AM", 5), ("AM", "AZ", 3)]),
        # "ещё", "ще": more of the same
        ("Першого дня обміну додому повернулися 120 військових, другого — ще 85.", "uk",
         [("UA", "RU", 120), ("UA", "RU", 85)]),
    ],
)  # fmt: skip
def test_an_elided_clause_tells_its_sides(text, lang, want):
    assert sides(text, lang) == want


def test_an_elided_clause_naming_only_a_time_tells_no_sides():
    # whose the later people were, the words do not say: no fact (a guard)
    text = "Весной в Россию вернулись 40 военных, а летом — больше 65."
    assert sides(text, "ru") == [("RU", "UA", 40)]
