"""A second verb with no subject of its own shares the first verb's subject: "X передала Y
N, а получила M своих" — X got its own back, not Y. The party in the dative the first verb
handed people to is that verb's recipient, never the subject of the verb after it."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

MON = datetime.date(2025, 3, 10)


def sides(text: str, lang: str) -> list[tuple]:
    return [(f.low, f.persons_of, f.held_by) for f in extract_slavic(text, MON, lang)]


def test_ru_the_giver_gets_its_own_back_after_a():
    text = "Армения передала Азербайджану 10 пленных, а получила 12 своих военных."
    assert sides(text, "ru") == [(10, "AZ", "AM"), (12, "AM", "AZ")]


def test_uk_the_giver_gets_its_own_back_after_and():
    text = "Україна передала Росії 27 полонених і отримала 33 своїх військових."
    assert sides(text, "uk") == [(27, "RU", "UA"), (33, "UA", "RU")]


def test_ru_a_second_subject_named_still_gives_back():
    # (the recipient named in the nominative is the second verb's own subject)
    text = "Армения передала Азербайджану 10 пленных, а Азербайджан вернул 40."
    assert sides(text, "ru") == [(10, "AZ", "AM"), (40, "AM", "AZ")]


# (a party whose case its form does not show, a quoted abbreviation, is the first verb's
# object all the same: the verb after it with no party of its own is the giver's)


def test_uk_an_uninflected_object_is_no_subject_of_the_verb_after_it():
    text = "Україна передала «ЛНР» 14 полонених і отримала 16 своїх військових."
    assert sides(text, "uk") == [(14, "RU", "UA"), (16, "UA", "RU")]


def test_ru_an_uninflected_object_is_no_subject_of_the_verb_after_it():
    text = "Киев передал «ДНР» 12 пленных и забрал 15 своих бойцов."
    assert sides(text, "ru") == [(12, "RU", "UA"), (15, "UA", "RU")]
