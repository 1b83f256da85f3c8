"""A return or freeing in a text that tells no swap, with nothing going the other way: a
release, unless the people are the soldiers of a war of swaps or, between its two sides,
people of no category (stages._returned_outside_swap)."""

from __future__ import annotations

import datetime

from swaptally.cli import main
from swaptally.slavic import extract_slavic

SAT = datetime.date(2025, 6, 14)  # a Saturday


def kinds(text: str, lang: str) -> list[tuple]:
    """(kind, persons_of, category, low) of each fact."""
    got = extract_slavic(text, SAT, lang)
    return [(f.kind, f.persons_of, f.category, f.low) for f in got]


def test_uk_civilians_back_with_no_swap_told_were_released():
    text = (
        "Вісьмох цивільних з Генічеська в четвер вдалося повернути на підконтрольну Україні "
        "територію, розповіли волонтери."
    )
    assert kinds(text, "uk") == [("release", "UA", "civilian", 8)]


def test_ru_captives_of_another_war_back_with_no_swap_told_were_released():
    text = "Пятеро эритрейских рыбаков вернулись из эфиопского плена, рассказал их адвокат."
    assert kinds(text, "ru") == [("release", "ER", "unspecified", 5)]


def test_uk_people_of_no_category_back_between_the_war_sides_are_a_swap_half():
    text = "Додому повернулися 90 українців, повідомив президент."
    assert kinds(text, "uk") == [("exchange", "UA", "unspecified", 90)]


def test_ru_a_handover_the_other_way_in_the_sentence_keeps_the_swap():
    text = "Россия вернула 12 мирных жителей, а Украина передала России 12 военных."
    assert {k for k, *_ in kinds(text, "ru")} == {"exchange"}


# ---------------------------------------------------------------- the rule's name in explain


def test_uk_the_release_names_the_no_swap_rule():
    text = "Суданські військові повернули до Омдурмана 14 цивільних, яких утримували бойовики СШР."
    (got,) = extract_slavic(text, SAT, "uk")
    assert (got.kind, got.low) == ("release", 14)
    assert got.rule.endswith("+no_swap_return")


def test_ru_explain_shows_the_no_swap_rule(tmp_path, capsys):
    doc = tmp_path / "deti.md"
    doc.write_text(
        "---\npublished: 2025-06-14\nlang: ru\n---\n\n"
        "В четверг на родину вернули 6 колумбийских детей, которых удерживали повстанцы.\n",
        encoding="utf-8",
    )
    assert main(["explain", str(doc)]) == 0
    shown = capsys.readouterr().out
    assert "+no_swap_return] '6'" in shown


def test_uk_a_swap_half_between_the_war_sides_carries_no_such_name():
    (got,) = extract_slavic("Ще 45 українців повернулися додому, заявили в штабі.", SAT, "uk")
    assert got.kind == "exchange" and "no_swap_return" not in got.rule
