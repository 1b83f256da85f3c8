"""Russian and Ukrainian: Nigeria is a nation at war with itself (lexicon civil_war): the
Boko Haram and ISWAP insurgency in its north-east and the armed bandit gangs of its
north-west fight its own state inside its borders. A state named beside a Nigerian story
(one that comments, one that hosts talks) is no side of its prisoners: Nigerians freed with
no captor named, or freed by Nigeria itself, were held at home. Sentences of our own
(pardoned fighters, released fishermen, a commenting European state)."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

TUE = datetime.date(2025, 6, 10)


def sides(text: str, lang: str) -> list[tuple[str, str | None, int | None]]:
    return [(f.persons_of, f.held_by, f.low) for f in extract_slavic(text, TUE, lang)]


def test_uk_nigeria_pardons_fighters_of_its_own_nation():
    text = (
        "Нігерія оголосила амністію. Уряд Нігерії помилував 45 полонених бойовиків, "
        "а Франція схвалила це рішення."
    )
    assert sides(text, "uk") == [("NG", "NG", 45)]


def test_ru_nigeria_pardons_fighters_of_its_own_nation():
    text = (
        "Нигерия объявила амнистию. Власти Нигерии помиловали 45 пленных боевиков, "
        "Франция одобрила это решение."
    )
    assert sides(text, "ru") == [("NG", "NG", 45)]


def test_ru_fishermen_freed_no_captor_named_the_commenting_state_held_none():
    text = (
        "Нигерия сообщила о перемирии на озере. На свободу вышли 17 нигерийских рыбаков, "
        "а Франция приветствовала этот шаг."
    )
    assert sides(text, "ru") == [("NG", "NG", 17)]


def test_uk_fishermen_freed_no_captor_named_the_commenting_state_held_none():
    text = (
        "Нігерія повідомила про перемир'я на озері. На волю вийшли 17 нігерійських рибалок, "
        "а Франція привітала цей крок."
    )
    assert sides(text, "uk") == [("NG", "NG", 17)]
