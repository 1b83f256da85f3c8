"""Wholes and their parts in Russian and Ukrainian: a part ("з них", "в том числе") takes
its whole's sides; a whole whose part names other nationalities is mixed (XX)."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

SAT = datetime.date(2025, 6, 14)  # a Saturday


def sides(text: str, lang: str) -> list[tuple]:
    """(persons_of, held_by, category, low, rule) of each fact, in order."""
    got = extract_slavic(text, SAT, lang)
    return [(f.persons_of, f.held_by, f.category, f.low, f.rule) for f in got]


def test_ru_part_of_a_stock_takes_the_whole_sides_not_the_source():
    # the source ("По информации Баку") is no subject the part inherits
    text = (
        "По информации Баку, в армянском плену по-прежнему находятся 40 азербайджанцев, "
        "в том числе 12 гражданских."
    )
    assert sides(text, "ru") == [
        ("AZ", "AM", "unspecified", 40, "slavic.demonym"),
        ("AZ", "AM", "civilian", 12, "slavic.part_of"),
    ]


def test_uk_part_after_z_nykh_takes_the_whole_sides():
    text = (
        "Як повідомляє Київ, у російських колоніях перебувають понад 3 тисячі українців, "
        "з них щонайменше 400 — цивільні."
    )
    assert sides(text, "uk") == [
        ("UA", "RU", "unspecified", 3001, "slavic.demonym"),
        ("UA", "RU", "civilian", 400, "slavic.part_of"),
    ]


def test_a_part_with_a_party_of_its_own_is_not_the_whole():
    # "з них Росія повернула 50": the part names its own subject
    got = sides("Україна передала 90 полонених, з них Росія повернула 50 своїх.", "uk")
    assert all(rule != "slavic.part_of" for *_, rule in got)
