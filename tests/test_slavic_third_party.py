"""A state named as a third party of a handover, in a phrase of mediation, request or help
("при посредничестве", "по просьбе", "на прохання", "за допомоги", a helping verb with it as
subject), is no side of its sentence: not when a chain of genitives names it ("по запросу
канцлера Германии Олафа Шольца"), nor when "и"/"і"/"та" joins it to another third party."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

WED = datetime.date(2024, 7, 3)  # a Wednesday


def sides(text: str, lang: str) -> list[tuple]:
    got = extract_slavic(text, WED, lang)
    return [(f.kind, f.persons_of, f.held_by, f.low) for f in got]


def test_ru_a_requester_is_no_holder():
    text = "Саудовская Аравия по просьбе Вашингтона освободила трёх пакистанцев."
    assert sides(text, "ru") == [("release", "PK", "SA", 3)]


def test_ru_a_requester_named_by_title_country_and_name():
    # an aside between the holder and the request; the state inside a chain of genitives
    text = (
        "Тегеран, как сообщает агентство, по запросу канцлера Германии Олафа Шольца отпустил "
        "четырёх японцев."
    )
    assert sides(text, "ru") == [("release", "JP", "IR", 4)]


def test_uk_helpers_joined_by_and_are_both_third_parties():
    text = "Дев'ятнадцятьом українським медикам вийти з полону допомогли Естонія і Туреччина."
    assert sides(text, "uk") == [("exchange", "UA", "RU", 19)]


def test_ru_the_party_a_helping_verb_helps_stays_a_side():
    text = "Египет помог Индонезии вернуть из Ливии 17 заложников."
    got = sides(text, "ru")
    assert got and all(persons == "ID" for _, persons, _, _ in got)


def test_ru_the_party_a_noun_of_help_is_given_to_stays_a_side():
    # "помощь" governs its helper in the genitive; the dative after it is the party helped
    text = "В помощь Мексике Оман вывез из Венесуэлы 23 заключённых."
    assert sides(text, "ru") == [("release", "MX", "VE", 23)]
