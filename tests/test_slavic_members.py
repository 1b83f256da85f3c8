"""Members of a party named right after the noun ("членов ХАМАС", "членів «ЛНР»") are that
party's people, as a nationality noun's are; members of anything else ("членов экипажа")
name no side, and the noun alone counts no one."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

MON = datetime.date(2025, 6, 2)


def facts(text: str, lang: str) -> list[tuple]:
    got = extract_slavic(text, MON, lang)
    return [(f.low, f.kind, f.persons_of, f.held_by) for f in got]


def test_ru_members_of_an_armed_group_freed_by_its_enemy_are_its_people():
    assert facts("Израиль освободил 30 членов ХАМАС.", "ru") == [(30, "release", "PS", "IL")]


def test_uk_members_of_a_quoted_republic_handed_over_are_its_people():
    text = (
        "Після перемовин у Стамбулі українська сторона передала 23 членів «ДНР» в обмін на 17 "
        "своїх захисників."
    )
    assert [g[2:] for g in facts(text, "uk")] == [("RU", "UA"), ("UA", "RU")]


def test_ru_members_of_a_crew_name_no_side():
    assert facts("Пираты освободили 17 членов экипажа танкера.", "ru") == []
