"""A return or freeing in a text that tells no swap, with nothing going the other way: a
release, unless the people are the soldiers of a war of swaps or, between its two sides,
people of no category (stages._returned_outside_swap)."""

from __future__ import annotations

import datetime

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
