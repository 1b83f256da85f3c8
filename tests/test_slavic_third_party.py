"""A state named as a third party of a handover, in a phrase of mediation, request or help
("при посредничестве", "по просьбе", "на прохання", "за допомоги", a helping verb with it as
subject), is no side of its sentence: not when a chain of genitives names it ("по просьбе
президента США Джо Байдена"), nor when "и"/"та" joins it to another third party."""

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
    text = "Эр-Рияд по просьбе президента США Джо Байдена освободил двух пакистанцев."
    assert sides(text, "ru") == [("release", "PK", "SA", 2)]


def test_uk_helpers_joined_by_and_are_both_third_parties():
    text = "Повернутися додому 35 українським морякам допомогли Норвегія та США."
    assert sides(text, "uk") == [("exchange", "UA", "RU", 35)]


def test_ru_the_party_a_helping_verb_helps_stays_a_side():
    text = "Катар помог Украине вернуть 12 детей."
    got = sides(text, "ru")
    assert got and all(persons == "UA" for _, persons, _, _ in got)


def test_ru_the_party_a_noun_of_help_is_given_to_stays_a_side():
    # "помощь" governs its helper in the genitive; the dative after it is the party helped
    text = "В помощь Украине Катар забрал из России 12 детей."
    assert sides(text, "ru") == [("release", "UA", "RU", 12)]
