"""A figure whose clause has no verb of the lexicon's classes, no word of freedom, no
participle for the freed and nothing borrowed from a figure before tells of no release,
though the text around it tells of a handover: what is said of those people (a fate
unknown, a belief that they may be hostages) frees no one."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

FRI = datetime.date(2024, 5, 17)  # a Friday


def facts(text: str, lang: str) -> list[tuple]:
    got = extract_slavic(text, FRI, lang)
    return [(f.kind, f.status, f.persons_of, f.held_by, f.category, f.low, f.high) for f in got]


def test_ru_people_of_unknown_fate_are_freed_by_no_one():
    text = (
        "Армения в среду передала Азербайджану пятерых пленных. Омбудсмен назвал судьбу ещё "
        "30 азербайджанцев неизвестной."
    )
    assert facts(text, "ru") == [("release", "reported", "AZ", "AM", "unspecified", 5, 5)]


def test_uk_people_who_may_be_hostages_are_no_release():
    text = (
        "Суданська армія звільнила 40 полонених. За даними місцевих активістів, до 3 тисяч "
        "людей можуть бути заручниками угруповання."
    )
    assert facts(text, "uk") == [("release", "reported", "SD", "SD", "unspecified", 40, 40)]


def test_ru_at_liberty_and_also_keep_the_release():
    text = (
        "Пираты у берегов Сомали отпустили 12 филиппинских моряков. На свободе также трое "
        "индийских журналистов."
    )
    assert [g[0] for g in facts(text, "ru")] == ["release", "release"]


def test_ru_an_addition_without_a_verb_keeps_the_release():
    text = "Пираты у берегов Сомали отпустили 12 филиппинских моряков. Также трое индийцев."
    assert [g[0] for g in facts(text, "ru")] == ["release", "release"]


def test_uk_a_part_named_after_among_stays_with_the_swap():
    text = "Додому повернулися 70 військових. Серед них — четверо медиків."
    got = facts(text, "uk")
    assert ("exchange", "reported", "UA", "RU", "unspecified", 4, 4) in got
