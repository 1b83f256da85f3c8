"""A text that calls its handover an act of goodwill in a sentence of its own, and tells of
no exchange, tells of one-sided releases: a truce or a deal named beside it, or a release
the other way in the same text, makes no swap of them."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

TUE = datetime.date(2024, 3, 12)  # a Tuesday


def facts(text: str, lang: str) -> list[tuple]:
    got = extract_slavic(text, TUE, lang)
    return [(f.kind, f.status, f.persons_of, f.held_by, f.low) for f in got]


def test_ru_goodwill_told_after_a_deal_makes_the_release_one_sided():
    text = (
        "По условиям соглашения с Багдадом Иран в понедельник освободил 14 иракских граждан, "
        "задержанных на границе. В Тегеране назвали этот шаг проявлением доброй воли."
    )
    assert facts(text, "ru") == [("release", "reported", "IQ", "IR", 14)]


def test_ru_a_stock_in_a_goodwill_text_stays_held():
    text = (
        "Иран в понедельник освободил 14 иракских граждан. Ещё около 30 иракцев по-прежнему "
        "содержатся в иранских тюрьмах. В Тегеране назвали этот шаг проявлением доброй воли."
    )
    got = facts(text, "ru")
    assert ("held", "estimated", "IQ", "IR", 30) in got
    assert ("release", "reported", "IQ", "IR", 14) in got


def test_uk_two_releases_called_goodwill_are_no_swap():
    text = (
        "Азербайджан у вівторок передав Вірменії п'ятьох затриманих військових, а Вірменія "
        "наступного дня звільнила двох азербайджанців. У Баку та Єревані ці кроки назвали "
        "виявом доброї волі."
    )
    assert facts(text, "uk") == [
        ("release", "reported", "AM", "AZ", 5),
        ("release", "reported", "AZ", "AM", 2),
    ]


def test_ru_an_exchange_called_goodwill_stays_an_exchange():
    text = (
        "Россия и Украина в субботу обменялись пленными: каждая сторона вернула по 90 "
        "военных. Стороны назвали обмен проявлением доброй воли."
    )
    got = facts(text, "ru")
    assert got and all(kind == "exchange" for kind, *_ in got)
