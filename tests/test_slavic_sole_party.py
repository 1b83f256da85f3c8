"""A text that names one party only, a nation at war with itself (lexicon civil_war: its
government and the armed groups that fight it are the story), counts, when no construction
of the clause names whose people a figure counts, that nation's own people held there
(resolver sole_party); not a text whose one party is any other state (one that comments or
that people cross into names no holder), not a figure a verb of exchanging counts unless it
is the people got in return ("обменяли 46 человек" may be both sides together), nor a figure
after a participle standing for the freed."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

WED = datetime.date(2024, 7, 3)  # a Wednesday


def facts(text: str, lang: str) -> list[tuple]:
    got = extract_slavic(text, WED, lang)
    return [(f.rule, f.kind, f.persons_of, f.held_by, f.low) for f in got]


def test_ru_people_freed_by_rebels_of_the_one_state_named_are_its_own():
    text = (
        "Колумбия ведёт переговоры с повстанцами. Во вторник партизаны отпустили 14 человек, "
        "которых удерживали в горах."
    )
    assert facts(text, "ru") == [("slavic.sole_party", "release", "CO", "CO", 14)]


def test_uk_inmates_gone_free_in_the_one_state_named_are_its_own():
    text = "Сомалі веде переговори з повстанцями. Минулого тижня на волю вийшли 27 в'язнів."
    assert facts(text, "uk") == [("slavic.sole_party", "release", "SO", "SO", 27)]


def test_ru_both_halves_of_a_swap_inside_one_state():
    text = (
        "Ливия ведёт переговоры с ополченцами. Ополченцы отпустили 30 рыбаков в обмен на 12 "
        "задержанных."
    )
    got = {(kind, persons, holder, low) for _, kind, persons, holder, low in facts(text, "ru")}
    assert got == {("exchange", "LY", "LY", 30), ("exchange", "LY", "LY", 12)}


def test_ru_a_figure_a_verb_of_exchanging_counts_is_no_one_sides():
    # both sides' people together, or one side's: the clause does not say
    text = "Сомали ведёт переговоры с повстанцами. Позавчера повстанцы обменяли 46 человек."
    assert facts(text, "ru") == []


def test_uk_a_figure_a_verb_of_exchanging_counts_is_no_one_sides():
    text = "Сомалі веде переговори з повстанцями. Позавчора повстанці обміняли 46 людей."
    assert facts(text, "uk") == []


def test_uk_a_figure_after_a_participle_for_the_freed_is_no_handover():
    # the participle names the freed; the figure after it counts those once taken
    text = (
        "Сомалі веде переговори з повстанцями. Серед звільнених торік із 60 викрадених досі "
        "немає жодного вчителя."
    )
    assert facts(text, "uk") == []


def test_ru_a_text_of_two_parties_is_not_read_so():
    text = (
        "Колумбия ведёт переговоры с Венесуэлой. Во вторник партизаны отпустили 14 человек, "
        "которых удерживали в горах."
    )
    # no fact at all: with two parties named, nothing says whose the 14 are or who held them
    # (a sole-party reading would give Colombia's people held by Colombia)
    assert facts(text, "ru") == []


def test_ru_a_state_that_only_comments_is_no_holder():
    text = (
        "В Госдепе США приветствовали решение властей Гаити. На свободу вышли 30 заложников, "
        "похищенных бандами."
    )
    # no fact at all: the one state named only comments, and the text names no holder (a
    # sole-party reading would make the 30 Americans held by the United States)
    assert facts(text, "ru") == []


def test_uk_a_state_people_cross_into_is_no_holder():
    text = "Лукашенко помилував ще групу в'язнів. На кордоні з Литвою на волю вийшли 14 людей."
    # no fact at all: Lithuania is where the 14 crossed, not who held them (a sole-party
    # reading would make them Lithuanians held by Lithuania)
    assert facts(text, "uk") == []
