"""People brought out of a venue state of a war's swaps ("з Білорусі", "из Белоруссии"): it
held them itself and freed them, outside any swap (slavic.frame, stages.venue_held)."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

SAT = datetime.date(2025, 6, 14)  # a Saturday


def facts(text: str, lang: str) -> list[tuple]:
    """(kind, persons_of, held_by, category, low) of each fact."""
    got = extract_slavic(text, SAT, lang)
    return [(f.kind, f.persons_of, f.held_by, f.category, f.low) for f in got]


def test_uk_civilians_brought_home_out_of_belarus_were_freed_by_it():
    text = "Уранці з Білорусі додому повернули 12 цивільних громадян України."
    assert facts(text, "uk") == [("release", "UA", "BY", "civilian", 12)]


def test_ru_people_come_out_of_belarus_were_held_there():
    text = "Из Белоруссии на родину вернулись семеро литовцев, помилованных на прошлой неделе."
    assert facts(text, "ru") == [("release", "LT", "BY", "unspecified", 7)]


def test_ru_soldiers_out_of_belarus_came_through_it_from_a_swap():
    # a venue is at war with no one: soldiers who leave it were swapped
    text = "Из Белоруссии в Россию вернулись 84 российских военных."
    got = facts(text, "ru")
    assert got and all(kind == "exchange" and held != "BY" for kind, _, held, *_ in got)


def test_uk_a_sentence_of_exchange_names_the_venue_only_as_the_way():
    text = "Після обміну з Білорусі в Україну повернули 40 цивільних."
    assert all(held != "BY" for _, _, held, *_ in facts(text, "uk"))
