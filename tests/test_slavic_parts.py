"""Wholes and their parts in Russian and Ukrainian: a part ("з них", "в том числе") takes
its whole's sides; a whole whose part names other nationalities is mixed (XX)."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

SAT = datetime.date(2025, 6, 14)  # a Saturday


def sides(text: str, lang: str) -> list[tuple]:
    """(persons_of, held_by, category, low, rule) of each fact, in order."""
    got = extract_slavic(text, SAT, lang)
    return [(f.persons_of, f.held_by, f.category, f.low, f.rule) for f in got]


def test_ru_part_of_a_stock_takes_the_whole_sides_not_the_source():
    # the source ("По информации Баку") is no subject the part inherits
    text = (
        "По информации Баку, в армянском плену по-прежнему находятся 40 азербайджанцев, "
        "в том числе 12 гражданских."
    )
    assert sides(text, "ru") == [
        ("AZ", "AM", "unspecified", 40, "slavic.demonym"),
        ("AZ", "AM", "civilian", 12, "slavic.part_of"),
    ]


def test_uk_part_after_z_nykh_takes_the_whole_sides():
    text = (
        "Як повідомляє Київ, у російських колоніях перебувають понад 3 тисячі українців, "
        "з них щонайменше 400 — цивільні."
    )
    assert sides(text, "uk") == [
        ("UA", "RU", "unspecified", 3001, "slavic.demonym"),
        ("UA", "RU", "civilian", 400, "slavic.part_of"),
    ]


def test_a_part_with_a_party_of_its_own_is_not_the_whole():
    # "з них Росія повернула 50": the part names its own subject
    got = sides("Україна передала 90 полонених, з них Росія повернула 50 своїх.", "uk")
    assert all(rule != "slavic.part_of" for *_, rule in got)


def test_ru_an_inclusion_of_foreign_citizens_makes_the_group_mixed():
    # Britons named only among the freed are no side of the story: not "12 Britons"
    got = sides("Талибы освободили 12 заключённых, в том числе двух граждан Великобритании.", "ru")
    assert got[0][:4] == ("XX", "AF", "unspecified", 12)
    assert got[1][:4] == ("GB", "AF", "unspecified", 2)


def test_uk_a_people_named_among_the_freed_mixes_the_whole():
    text = "Азербайджан передав Вірменії 15 полонених, зокрема трьох громадян Франції."
    assert sides(text, "uk") == [
        ("XX", "AZ", "unspecified", 15, "slavic.subject+mixed"),
        ("FR", "AZ", "unspecified", 3, "slavic.demonym"),
    ]


def test_ru_two_peoples_in_an_apposition_and_the_swap_back():
    text = (
        "Венесуэла освободила 10 заключённых — американцев и колумбийцев, а США вернули ей "
        "250 венесуэльцев."
    )
    got = extract_slavic(text, SAT, "ru")
    assert [(f.kind, f.persons_of, f.held_by, f.low) for f in got] == [
        ("exchange", "XX", "VE", 10),
        ("exchange", "VE", "US", 250),
    ]
    assert "+mixed" in got[0].rule


def test_an_inclusion_of_the_group_own_people_changes_nothing():
    got = sides("Украина вернула домой 120 человек, в том числе 15 бойцов ВСУ.", "ru")
    assert got[0][:2] == ("UA", "RU")
    # a list that a verb ends: the ministry after the dash is a source, not a people included
    got = sides("Україна повернула 120 людей — про це повідомили в Міноборони Росії.", "uk")
    assert got[0][:2] == ("UA", "RU")
