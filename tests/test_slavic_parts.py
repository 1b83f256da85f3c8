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


def test_uk_a_breakdown_by_branch_after_an_inclusion_is_no_facts_but_its_civilians():
    # the corpus counts a split by branch as optional at most; the civilians named in the
    # same list are counted
    text = (
        "У п'ятницю Україна повернула з полону 120 захисників. Серед тих, хто повернувся, — "
        "33 прикордонники, 21 нацгвардієць і семеро моряків, а також 12 цивільних."
    )
    assert [f[2:4] for f in sides(text, "uk")] == [("military", 120), ("civilian", 12)]


def test_ru_a_breakdown_by_branch_after_sredi_nikh_is_no_facts():
    text = (
        "Россия получила 150 военнослужащих, среди них 60 пограничников, 45 морпехов "
        "и 11 десантников."
    )
    assert [f[3] for f in sides(text, "ru")] == [150]


def test_ru_one_noun_split_by_where_the_people_are_from_stays():
    # the same noun twice: no branch's split ("бойцов из Брянска и … бойцов из Орла")
    text = (
        "Россия получила 150 военнослужащих. Среди освобождённых 30 бойцов из Брянска "
        "и 9 бойцов из Орла."
    )
    assert [f[3] for f in sides(text, "ru")] == [150, 30, 9]


def test_uk_soldiers_and_civilians_after_an_inclusion_both_stay():
    text = "Додому повернулися 88 українців, серед них 70 військових і 18 цивільних."
    assert [f[2:4] for f in sides(text, "uk")] == [
        ("unspecified", 88),
        ("military", 70),
        ("civilian", 18),
    ]
