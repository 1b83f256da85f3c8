"""Constructions the news-drawn Slavic catalogue found broken (tests/constructions_news_slavic.py),
each fixed as a mechanism and tested here on sentences of our own in Russian and Ukrainian,
other wordings and other conflicts than the catalogue's."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

THU = datetime.date(2025, 11, 13)  # a Thursday


def facts(text: str, lang: str) -> list[tuple]:
    """(kind, status, persons_of, held_by, category, low) of each fact, in order."""
    got = extract_slavic(text, THU, lang)
    return [(f.kind, f.status, f.persons_of, f.held_by, f.category, f.low) for f in got]


# A party that frees its own nationals outside a swap held them (the Taliban, a pardon).


def test_ru_armed_group_freeing_its_own_country_people_holds_them():
    got = facts("Талибы отпустили восемь афганских журналистов, задержанных в Кандагаре.", "ru")
    assert got == [("release", "reported", "AF", "AF", "unspecified", 8)]


def test_uk_armed_group_freeing_its_own_country_people_holds_them():
    got = facts("Хусити відпустили 9 єменських рибалок, затриманих у морі.", "uk")
    assert got == [("release", "reported", "YE", "YE", "unspecified", 9)]


def test_ru_a_pardon_of_own_nationals_is_held_by_the_pardoning_state():
    got = facts("Беларусь помиловала 16 белорусов, осуждённых за протесты.", "ru")
    assert got == [("release", "reported", "BY", "BY", "unspecified", 16)]


def test_a_party_freeing_its_own_from_captivity_did_not_hold_them():
    got = facts("Україна звільнила з полону 49 українців.", "uk")
    assert got[0][2:4] == ("UA", "RU")
