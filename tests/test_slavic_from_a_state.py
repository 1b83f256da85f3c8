"""People who are no soldiers, brought or come back out of a state with no captivity named
("из Ирана вернулись", "з іранських в'язниць повернули"), in a text that tells no swap, were
freed one-sidedly: a release, not a swap's half. Soldiers so returned, or a text that tells
an exchange, keep the swap's reading."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

MON = datetime.date(2024, 2, 19)  # a Monday


def facts(text: str, lang: str) -> list[tuple]:
    got = extract_slavic(text, MON, lang)
    return [(f.kind, f.persons_of, f.held_by, f.low) for f in got]


def test_ru_fishermen_come_back_from_a_state_are_released():
    text = "Из Ирана на родину вернулись пятеро азербайджанских рыбаков."
    assert facts(text, "ru") == [("release", "AZ", "IR", 5)]


def test_uk_students_come_home_from_a_state_are_released():
    text = "У понеділок із Грузії додому повернулися шестеро вірменських студентів."
    assert facts(text, "uk") == [("release", "AM", "GE", 6)]


def test_uk_people_brought_back_from_a_states_prisons_are_released():
    text = "З іранських в'язниць повернули трьох українських журналістів."
    assert facts(text, "uk") == [("release", "UA", "IR", 3)]


def test_ru_soldiers_come_back_from_a_state_stay_a_swaps_half():
    text = "Из Азербайджана вернулись четверо армянских военнослужащих."
    assert facts(text, "ru") == [("exchange", "AM", "AZ", 4)]


def test_ru_a_text_that_tells_an_exchange_keeps_it():
    text = "В ходе обмена из Ирана вернулись пятеро азербайджанских рыбаков."
    assert facts(text, "ru") == [("exchange", "AZ", "IR", 5)]
