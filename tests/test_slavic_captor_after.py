"""The holder named after the noun of captivity ("в плену у ХАМАС", "в плену у ВСУ"), as
before it ("у ВСУ в плену"), holds the stock the clause counts."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

FRI = datetime.date(2025, 3, 7)


def facts(text: str) -> list[tuple]:
    got = extract_slavic(text, FRI, "ru")
    return [(f.low, f.kind, f.persons_of, f.held_by) for f in got]


def test_ru_an_armed_group_named_after_captivity_holds_its_enemys_people():
    text = "По словам омбудсмена, в плену у ХАМАС всё ещё находятся 17 человек."
    assert facts(text) == [(17, "held", "IL", "PS")]


def test_ru_an_army_named_after_captivity_holds_the_other_sides_people():
    assert facts("В плену у ВСУ находятся 400 человек.") == [(400, "held", "RU", "UA")]


def test_ru_people_in_an_armed_groups_hands_are_its_stock():
    text = "По оценке военных, в руках у ХАМАС остаются 35 человек."
    assert facts(text) == [(35, "held", "IL", "PS")]


def test_uk_people_in_an_armed_groups_hands_stay_its_stock():
    # (a guard: the Ukrainian order already read so)
    got = extract_slavic("Як і раніше, у руках ХАМАС перебувають 41 людина.", FRI, "uk")
    assert [(f.low, f.kind, f.persons_of, f.held_by) for f in got] == [(41, "held", "IL", "PS")]
