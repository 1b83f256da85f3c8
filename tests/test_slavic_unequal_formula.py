"""An unequal formula ("по формуле «41 на 58»", "обмін 17 на 23") names both halves of a
swap but not whose each is: the order of the numbers varies from writer to writer. When the
text tells one half in words with its sides, the other number is the other side's people,
held by the first, of the same handover."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

WED = datetime.date(2025, 9, 17)


def facts(text: str, lang: str) -> list[tuple]:
    got = extract_slavic(text, WED, lang)
    return sorted((f.low, f.kind, f.status, f.persons_of, f.held_by) for f in got)


def test_ru_the_formulas_other_number_is_the_other_sides_people():
    text = "Обмен прошёл по формуле «41 на 58». На Украину вернулись 58 украинских военных."
    assert facts(text, "ru") == [
        (41, "exchange", "reported", "RU", "UA"),
        (58, "exchange", "reported", "UA", "RU"),
    ]


def test_uk_the_first_number_told_gives_the_second_its_sides():
    text = "Україна і Росія провели обмін 17 на 23. В Україну повернулися 17 військових."
    assert facts(text, "uk") == [
        (17, "exchange", "reported", "UA", "RU"),
        (23, "exchange", "reported", "RU", "UA"),
    ]


def test_ru_a_planned_half_makes_the_other_planned():
    text = (
        "Стороны обсуждают схему «52 на 47». Россия передаст Украине 47 военнопленных уже "
        "в пятницу."
    )
    assert facts(text, "ru") == [
        (47, "exchange", "planned", "UA", "RU"),
        (52, "exchange", "planned", "RU", "UA"),
    ]


def test_ru_a_formula_with_no_half_told_adds_nothing():
    assert facts("Стороны договорились об обмене по формуле «41 на 58».", "ru") == []


def test_uk_both_halves_told_add_no_third_reading():
    text = (
        "Обмін за формулою «12 на 9» завершено: Росія передала Україні 12 українців, а "
        "Україна передала Росії 9 росіян."
    )
    assert facts(text, "uk") == [
        (9, "exchange", "reported", "RU", "UA"),
        (12, "exchange", "reported", "UA", "RU"),
    ]
