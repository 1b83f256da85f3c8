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


# ---------------------------------------------------------------- the reading's name in explain
# (frames of our own: Ethiopia at war with itself, Norway beside it)


def rules(text: str, lang: str) -> list[tuple[str, str | None, int | None, str]]:
    return [(f.persons_of, f.held_by, f.low, f.rule) for f in extract_slavic(text, SAT, lang)]


def test_ru_no_captor_named_the_rule_names_the_war_at_home():
    text = (
        "Эфиопия и повстанцы договорились о перемирии, Норвегия предложила площадку для "
        "переговоров. Повстанцы отпустили 23 эфиопских пограничника."
    )
    assert rules(text, "ru") == [("ET", "ET", 23, "slavic.demonym+war_at_home")]


def test_uk_the_nation_frees_its_own_the_rule_names_the_war_at_home():
    text = (
        "Ефіопія оголосила перемир'я з повстанцями. Аддис-Абеба звільнила 40 полонених "
        "ополченців, Норвегія назвала це кроком до миру."
    )
    assert rules(text, "uk") == [("ET", "ET", 40, "slavic.subject+war_at_home")]


def test_ru_a_text_of_that_nation_alone_reads_the_same_without_it():
    text = (
        "Эфиопия объявила перемирие с повстанцами. Повстанцы отпустили 23 эфиопских пограничника."
    )
    assert rules(text, "ru") == [("ET", "ET", 23, "slavic.demonym")]


def test_uk_foreign_hostages_carry_no_such_name():
    text = (
        "Ефіопія оголосила перемир'я з повстанцями. Повстанці відпустили п'ятьох норвезьких "
        "заручників, Норвегія подякувала Аддис-Абебі."
    )
    assert rules(text, "uk") == [("NO", "ET", 5, "slavic.demonym")]


# ---------------------------------------------------------------- handed TO that nation
# (frames of our own: Colombia at war with itself, Venezuela hands its soldiers back)


def test_ru_people_handed_to_the_nation_were_held_by_the_giver():
    text = (
        "Колумбия начала переговоры с повстанцами. Правительство Венесуэлы вернуло Колумбии "
        "7 колумбийских солдат."
    )
    assert sides(text, "ru") == [("CO", "VE", 7)]


def test_uk_people_handed_to_the_nation_were_held_by_the_giver():
    text = (
        "Колумбія почала переговори з повстанцями. Уряд Венесуели повернув Колумбії сімох "
        "колумбійських солдатів."
    )
    assert sides(text, "uk") == [("CO", "VE", 7)]


# ---------------------------------------------------------------- a state named by its government
# (frames of our own: Syria at war with itself, Jordan hosts the talks): a nationality word on
# an authority noun ("иорданские власти", "йорданський уряд") names the state, no people the
# text counts, so the state stays a bystander (lexicon grammar.authority_nouns)


def test_ru_a_government_named_by_its_adjective_is_still_a_bystander():
    text = (
        "Иорданские власти предложили площадку для переговоров. Повстанцы отпустили "
        "11 сирийских полицейских, сообщили в Дамаске."
    )
    assert sides(text, "ru") == [("SY", "SY", 11)]


def test_uk_a_government_named_by_its_adjective_is_still_a_bystander():
    text = (
        "Йорданський уряд запропонував майданчик для переговорів. Повстанці відпустили "
        "11 сирійських поліцейських, повідомили в Дамаску."
    )
    assert sides(text, "uk") == [("SY", "SY", 11)]
