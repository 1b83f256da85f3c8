"""A headline's figure that the body counts again under another category: the headline's
reading goes, the body's stays (slavic/headline.py headline_category, the counterpart of
English extract/headline_restated.py); a body that counts it only as persons restates no
category."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

TUE = datetime.date(2025, 3, 11)  # a Tuesday


def readings(text: str, lang: str) -> set[tuple]:
    """(category, low) of each fact."""
    return {(f.category, f.low) for f in extract_slavic(text, TUE, lang)}


def test_ru_body_names_the_headline_soldiers_as_citizens():
    text = (
        "Москва вернула из плена 64 военных\n"
        "Во вторник на родину вернулись 64 российских гражданина, среди них и военные, и "
        "гражданские, сообщило ведомство."
    )
    assert readings(text, "ru") == {("unspecified", 64)}


def test_uk_body_names_the_headline_people_as_civilians():
    text = (
        "Додому повернулися 37 українців\n"
        "У вівторок з російської неволі вдалося визволити 37 цивільних, яких окупанти "
        "тримали в Херсонській області, повідомив омбудсман."
    )
    assert readings(text, "uk") == {("civilian", 37)}


def test_ru_body_counting_only_persons_keeps_the_headline_noun():
    text = (
        "Талибы отпустили 12 солдат афганской армии\n"
        "Во вторник талибы освободили 12 человек в провинции Газни, сообщил представитель движения."
    )
    assert ("military", 12) in readings(text, "ru")


def test_uk_headline_noun_the_body_repeats_stays():
    text = (
        "Україна повернула 58 захисників\n"
        "У вівторок з полону повернулися 58 захисників, серед них офіцери, повідомив штаб."
    )
    assert readings(text, "uk") == {("military", 58)}
