"""A place named after a noun of place that a preposition governs ("в секторе Газа", "у
місті Газа") stands in that preposition's phrase: where something happened, never the
subject of the verb after it. "Работники МККК в секторе Газа приняли пятерых заложников":
the Red Cross got the hostages, Gaza did not."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

FRI = datetime.date(2025, 2, 14)


def sides(text: str, lang: str) -> list[tuple]:
    return [(f.low, f.persons_of, f.held_by) for f in extract_slavic(text, FRI, lang)]


def test_ru_a_sector_named_before_the_verb_is_no_subject():
    text = "В ночь на вторник сотрудники ООН в секторе Газа забрали у похитителей троих заложников."
    assert sides(text, "ru") == [(3, "IL", "PS")]


def test_uk_an_enclave_named_before_the_verb_is_no_subject():
    text = "Після перемовин волонтери ООН в анклаві Газа забрали в бойовиків чотирьох заручників."
    assert sides(text, "uk") == [(4, "IL", "PS")]


def test_ru_the_named_doer_before_the_place_still_frees():
    text = "ХАМАС в анклаве Газа отпустил двоих заложников."
    assert sides(text, "ru") == [(2, "IL", "PS")]
