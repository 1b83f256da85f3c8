"""A clause that only describes a group that is handed over or freed — where or by whom its
people were held or taken, or the plane that carries them — is no predicate of its own: the
figures it touches are the handover's, never a held stock (slavic/stages.py figure_kind_status
and _aboard, slavic/kind_status.py taken, slavic/frame_verb.py _phrase_opened)."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

THU = datetime.date(2024, 3, 14)


def kinds(text: str, lang: str) -> list[tuple]:
    """(kind, persons_of, low) of each fact."""
    return [(f.kind, f.persons_of, f.low) for f in extract_slavic(text, THU, lang)]


def test_ru_a_part_described_by_where_it_was_held_is_the_handovers():
    text = (
        "Баку передал Еревану 15 армян, среди них шестеро военных, которых удерживали с 2020 года."
    )
    assert kinds(text, "ru") == [("release", "AM", 15), ("release", "AM", 6)]


def test_uk_a_part_described_by_where_it_was_held_is_the_handovers():
    text = (
        "Баку передав Єревану 15 вірмен, серед них шестеро військових, яких утримували з 2020 року."
    )
    assert kinds(text, "uk") == [("release", "AM", 15), ("release", "AM", 6)]


def test_ru_the_make_up_after_a_clause_of_taking_is_freed_with_the_whole():
    text = (
        "Хуситы освободили восемь моряков, которых они захватили в прошлом году: пятерых "
        "филиппинцев и трех болгар."
    )
    assert ("release", "PH", 5) in kinds(text, "ru")
    assert ("release", "BG", 3) in kinds(text, "ru")


def test_uk_the_make_up_after_a_clause_of_taking_is_freed_with_the_whole():
    text = (
        "Хусити звільнили вісім моряків, яких вони захопили торік: п'ятьох філіппінців і трьох "
        "болгар."
    )
    assert {k[0] for k in kinds(text, "uk")} == {"release"}


def test_ru_people_aboard_a_plane_that_landed_are_no_stock():
    text = "В Ереване приземлился самолет, на борту которого находились 12 армянских пленных."
    assert kinds(text, "ru") == []


def test_uk_people_aboard_a_plane_that_landed_are_no_stock():
    text = "У Єревані приземлився літак, на борту якого перебували 12 вірменських полонених."
    assert kinds(text, "uk") == []


def test_ru_people_held_aboard_a_captured_ship_stay_a_stock():
    text = "На борту захваченного судна по-прежнему остаются 20 филиппинских моряков."
    assert [k[0] for k in kinds(text, "ru")] == ["held"]


def test_ru_a_part_of_a_stock_stays_held():
    text = "В плену у Азербайджана остаются 23 армянина, среди них шестеро военных."
    assert [k[0] for k in kinds(text, "ru")] == ["held", "held"]
