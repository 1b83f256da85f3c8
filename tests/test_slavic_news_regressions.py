"""Sentences a rule drawn from real Russian and Ukrainian news must leave alone (a reviewer's
findings on this session's rules, and our own sentences unlike them): people told where they
are from, sent somewhere or named in a plan whose day has passed are no captives handed over
unless their clause says so."""

from __future__ import annotations

import datetime

from construction_harness import slavic_rows as facts
from swaptally.slavic import extract_slavic

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


# Verbs of sending (отправить, направить, відправити, направити) hand over only captives:
# people freed, from captivity, named as captives, or sent in a swap's clause.


def test_ru_uk_troops_sent_abroad_are_no_handover():
    assert facts("Россия направила 500 военных в Сирию.", "ru") == []
    assert facts("Україна направила 200 військових до Польщі на навчання.", "uk") == []


def test_ru_uk_medics_and_children_sent_are_no_handover():
    assert facts("Белоруссия направила 40 медиков в Курскую область.", "ru") == []
    assert facts("Україна направила 20 дітей на оздоровлення до Італії.", "uk") == []


def test_ru_uk_mercenaries_and_trainees_sent_are_no_handover():
    assert facts("Украина направила в Польшу 25 военных медиков на стажировку.", "ru") == []
    assert facts("Росія направила 300 найманців до Малі.", "uk") == []


def test_ru_uk_captives_sent_are_handed_over():
    got = facts("Россия отправила на Украину 30 военнопленных.", "ru")
    assert got == [("exchange", "reported", "UA", "RU", "military", 30)]
    got = facts("Росія відправила в Україну 30 полонених.", "uk")
    assert [g[2:4] + g[5:] for g in got] == [("UA", "RU", 30)]


def test_ru_uk_people_sent_after_a_swap_are_handed_over():
    got = facts("После обмена в Москву отправлены 45 военнослужащих.", "ru")
    assert [g[2:4] + g[5:] for g in got] == [("RU", "UA", 45)]
    got = facts("Після обміну до Києва відправлено 45 військових.", "uk")
    assert [g[2:4] + g[5:] for g in got] == [("UA", "RU", 45)]


def test_ru_uk_people_sent_in_a_text_telling_a_swap_are_handed_over():
    text = "Россия и Украина обменялись пленными. Самолётами ВКС 90 военных отправлены в Москву."
    assert [g[2:4] + g[5:] for g in facts(text, "ru")] == [("RU", "UA", 90)]
    text = "Україна та Росія провели обмін полоненими. До Києва направлено 90 військових."
    assert [g[2:4] + g[5:] for g in facts(text, "uk")] == [("UA", "RU", 90)]


# PLAN_DAY: a plan's day named with no year is the next such day only when that is at most a
# few months away; a day just passed is no plan's day a year on.


def dated(text: str, lang: str, published: datetime.date) -> list[tuple]:
    """(status, low, date, period start) of each fact, in order."""
    got = extract_slavic(text, published, lang)
    return [(f.status, f.low, f.date, f.period_start) for f in got]


def test_ru_uk_a_plans_day_just_passed_is_not_rolled_a_year_ahead():
    jan3 = datetime.date(2026, 1, 3)
    ru = "Стороны договорились, что 30 декабря Россия передаст Украине 150 пленных."
    uk = "Сторони домовилися, що 30 грудня Україна передасть Росії 150 полонених."
    assert dated(ru, "ru", jan3) == [("planned", 150, None, None)]
    assert dated(uk, "uk", jan3) == [("planned", 150, None, None)]


def test_ru_uk_a_plans_day_across_the_new_year_is_next_januarys():
    dec20 = datetime.date(2025, 12, 20)
    ru = "Договорились, что 10 января Армения освободит 12 азербайджанских пленных."
    uk = "Домовилися, що 10 січня Вірменія звільнить 12 азербайджанських полонених."
    assert dated(ru, "ru", dec20) == [("planned", 12, datetime.date(2026, 1, 10), None)]
    assert dated(uk, "uk", dec20) == [("planned", 12, datetime.date(2026, 1, 10), None)]


def test_ru_a_plans_span_just_passed_is_not_rolled_a_year_ahead():
    text = "Обмен по формуле 600 на 600 пройдёт 20–21 декабря."
    got = dated(text, "ru", datetime.date(2026, 1, 3))
    assert got == [("planned", 600, None, None)] * 2
