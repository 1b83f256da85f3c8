"""Captives in the hands of an armed group's fighters, no state named as their holder ("в
полоні бойовиків", "у боевиков … в плену", "в руках бандитов"): held by the side those
fighters are of (in the default parties' war the lexicon's militants_side, in a story of a
nation at war with itself that nation), and let go by them with no swap told, released
(slavic/sides.py militants, slavic/stages.py _returned_outside_swap)."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

FRI = datetime.date(2015, 3, 13)  # a Friday


def facts(text: str, lang: str) -> list[tuple]:
    """(kind, status, persons_of, held_by, category, low) of each fact."""
    got = extract_slavic(text, FRI, lang)
    return [(f.kind, f.status, f.persons_of, f.held_by, f.category, f.low) for f in got]


def test_uk_volunteers_in_the_militants_captivity_are_a_stock():
    text = "Омбудсман заявив, що 29 волонтерів досі перебувають у полоні бойовиків на сході країни."
    assert facts(text, "uk") == [("held", "estimated", "UA", "RU", "unspecified", 29)]


def test_ru_medics_held_by_the_militants_named_before_the_captivity_noun():
    text = "Волонтеры сообщили, что 11 медиков до сих пор находятся у боевиков в плену."
    assert facts(text, "ru") == [("held", "estimated", "UA", "RU", "unspecified", 11)]


def test_ru_journalists_freed_from_the_separatists_captivity_with_no_swap_told_are_released():
    text = "Двое украинских журналистов вышли на свободу из плена сепаратистов, сообщил МИД."
    assert facts(text, "ru") == [("release", "reported", "UA", "RU", "unspecified", 2)]


def test_uk_a_swap_told_keeps_the_return_from_the_militants_a_swap_half():
    text = (
        "У межах обміну з полону бойовиків повернулися 16 українських військових, а "
        "Київ передав 20 затриманих."
    )
    assert ("exchange", "reported", "UA", "RU", "military", 16) in facts(text, "uk")


def test_ru_villagers_in_the_kidnappers_hands_in_a_story_of_a_nation_at_war_with_itself():
    text = (
        "Власти Колумбии добились освобождения 9 солдат. Еще 31 житель деревни остается в "
        "руках похитителей."
    )
    assert ("held", "estimated", "CO", "CO", "unspecified", 31) in facts(text, "ru")


def test_ru_guard_none_left_with_the_kidnappers_counts_no_one():
    text = (
        "Власти Сомали добились освобождения 7 моряков. По их словам, у похитителей не "
        "осталось ни одного заложника."
    )
    assert all(low != 1 for *_, low in facts(text, "ru"))
