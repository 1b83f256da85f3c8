"""Russian and Ukrainian: a story of a nation at war with itself (lexicon civil_war), with
another state named beside it that is no side of that war (a neighbour that hosts talks,
one that welcomes a truce). People of that nation, freed with no captor named, or freed
by it, were held at home by its own sides, not by the state beside it. A state whose
people the text names by nationality (foreign hostages' home) is not such a bystander.
Sentences of our own (Myanmar, Thailand)."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

SAT = datetime.date(2025, 3, 1)


def sides(text: str, lang: str) -> list[tuple[str, str | None, int | None]]:
    return [(f.persons_of, f.held_by, f.low) for f in extract_slavic(text, SAT, lang)]


def test_uk_rebels_free_the_nations_soldiers_the_host_of_talks_held_none():
    text = (
        "Таїланд прийняв переговори. Повстанці звільнили 15 м'янманських солдатів, "
        "ідеться в заяві уряду М'янми."
    )
    assert sides(text, "uk") == [("MM", "MM", 15)]


def test_ru_rebels_free_the_nations_soldiers_a_welcoming_state_held_none():
    text = (
        "Власти Мьянмы сообщили о перемирии. Повстанцы отпустили 12 мьянманских военных, "
        "а Таиланд приветствовал этот шаг."
    )
    assert sides(text, "ru") == [("MM", "MM", 12)]


def test_uk_the_government_frees_rebels_of_its_own_nation():
    text = (
        "М'янма оголосила перемир'я. Уряд М'янми відпустив 30 полонених повстанців, "
        "а Таїланд привітав цей крок."
    )
    assert sides(text, "uk") == [("MM", "MM", 30)]


def test_ru_the_government_frees_rebels_of_its_own_nation():
    text = (
        "Мьянма объявила перемирие. Власти Мьянмы отпустили 30 пленных повстанцев, "
        "Таиланд приветствовал это."
    )
    assert sides(text, "ru") == [("MM", "MM", 30)]


def test_uk_foreign_hostages_home_state_is_no_bystander():
    text = (
        "Повстанці М'янми відпустили чотирьох таїландських заручників. "
        "Уряд М'янми підтвердив це; Таїланд подякував."
    )
    assert sides(text, "uk") == [("TH", "MM", 4)]


def test_ru_a_state_the_hostages_come_from_is_no_bystander():
    text = "Мьянма объявила перемирие. Власти Мьянмы отпустили пятерых заложников из Таиланда."
    assert sides(text, "ru") == [("TH", "MM", 5)]
