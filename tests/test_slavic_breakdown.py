"""Breakdowns of a freed group by branch, rank or gender (slavic.breakdown): parts the
corpus conventions never require, so no facts; civilians among soldiers, peoples listed
and a lone part stay."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

MON = datetime.date(2025, 3, 10)  # a Monday


def counted(text: str, lang: str) -> list[tuple[str, int]]:
    """(category, low) of each fact, in order."""
    return [(f.category, f.low) for f in extract_slavic(text, MON, lang)]


def test_uk_branches_listed_after_sered_are_no_facts_civilians_are():
    text = (
        "У неділю з полону вдалося повернути 64 українців. Серед визволених 31 десантник, "
        "17 морпіхів, дев'ятеро прикордонників і троє цивільних."
    )
    assert counted(text, "uk") == [("unspecified", 64), ("civilian", 3)]


def test_ru_branches_and_ranks_listed_after_sredi_are_no_facts():
    text = (
        "Из украинского плена вернулись 47 российских военнослужащих; среди вернувшихся "
        "21 пограничник, 15 десантников, восемь моряков и трое полицейских."
    )
    assert counted(text, "ru") == [("military", 47)]


def test_ru_peoples_listed_after_sredi_stay():
    text = "Минск помиловал 20 иностранцев, среди них 11 литовцев, шестеро поляков и трое латышей."
    assert [low for _, low in counted(text, "ru")] == [20, 11, 6, 3]


def test_uk_soldiers_and_civilians_as_two_parts_stay():
    text = "Додому повернулися 150 людей, серед них 110 військових і 40 цивільних."
    assert counted(text, "uk") == [("unspecified", 150), ("military", 110), ("civilian", 40)]
