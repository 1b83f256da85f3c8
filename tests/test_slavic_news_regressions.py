"""Sentences a rule drawn from real Russian and Ukrainian news must leave alone (a reviewer's
findings on this session's rules, and our own sentences unlike them): people told where they
are from, sent somewhere or named in a plan whose day has passed are no captives handed over
unless their clause says so."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

THU = datetime.date(2025, 11, 13)  # a Thursday


def facts(text: str, lang: str, published: datetime.date = THU) -> list[tuple]:
    """(kind, status, persons_of, held_by, category, low) of each fact, in order."""
    got = extract_slavic(text, published, lang)
    return [(f.kind, f.status, f.persons_of, f.held_by, f.category, f.low) for f in got]


# ORIGIN: "N человек — из ДНР" gives the people's side only in a clause about captives.


def test_ru_the_dead_from_a_republic_are_no_captives():
    assert facts("В результате удара погибли 12 человек, 5 человек — из ДНР.", "ru") == []


def test_uk_the_wounded_from_the_republics_are_no_captives():
    text = "Поранено 20 людей, 8 людей — з Донецької та Луганської народних республік."
    assert facts(text, "uk") == []


def test_ru_uk_people_enrolled_on_a_course_are_no_captives():
    ru = "На курсы переподготовки записались 40 человек, 15 человек — из ЛНР."
    uk = "На курси перепідготовки записалися 40 людей, 15 людей — з ЛНР."
    assert facts(ru, "ru") == [] and facts(uk, "uk") == []


def test_uk_a_part_of_the_freed_from_a_republic_is_russias():
    text = "Із загальної кількості звільнених 20 людей — з ДНР."
    assert [f[2:4] for f in facts(text, "uk")] == [("RU", "UA")]
