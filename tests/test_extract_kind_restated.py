"""A definite group that names again a group the text told done keeps that telling's kind,
status and sides (kind_restated.py): its later clause tells more about the same people."""

from __future__ import annotations

from extract_helpers import fact_rows


def test_how_freed_people_were_taken_is_no_stock() -> None:
    got = fact_rows(
        "Insurgents in Niger freed six Beninese soldiers on Sunday. A regional official said "
        "the six soldiers had been captured during a raid on an outpost in March."
    )
    assert got == {("release", "reported", "BJ", "NE", "military", 6)}


def test_a_plan_that_names_people_already_freed_does_not_plan_them_again() -> None:
    got = fact_rows(
        "The Houthis freed 14 Saudi soldiers on Monday. Riyadh has promised to release 40 "
        "Yemeni fighters in exchange for the 14 soldiers."
    )
    assert ("exchange", "reported", "SA", "YE", "military", 14) in got
    assert not any(row[5] == 14 and row[1] == "planned" for row in got)


def test_a_bare_definite_group_takes_the_category_told_before() -> None:
    got = fact_rows(
        "Militants in Burkina Faso freed eight Ivorian soldiers on Thursday. The eight men had "
        "been captured in an ambush in January, the army said."
    )
    assert got == {("release", "reported", "CI", "BF", "military", 8)}


def test_a_captive_noun_keeps_its_own_category() -> None:
    got = fact_rows(
        "Militants in Burkina Faso freed eight Ivorian soldiers on Thursday. The army said the "
        "eight prisoners had been captured in an ambush in January."
    )
    assert ("release", "reported", "CI", "BF", "unspecified", 8) in got
    assert not any(row[0] == "held" for row in got)


def test_a_group_told_only_as_planned_is_not_restated() -> None:
    # the plan is no group the reader knows as freed: the later clause reads alone
    got = fact_rows(
        "Rebels are to free 12 Congolese soldiers next week. The 12 soldiers were captured in May."
    )
    assert ("held", "estimated", "CD", "CD", "military", 12) in got


def test_a_swaps_two_halves_of_one_figure_are_not_one_reading() -> None:
    # 7 for 7: 'the 7' may be either half, so the later clause reads alone
    got = fact_rows(
        "At the border on Monday, Baku and Yerevan swapped 7 captured soldiers each. The 7 "
        "Armenians had been captured near Lachin in 2021."
    )
    assert ("held", "estimated", "AM", "AZ", "unspecified", 7) in got
