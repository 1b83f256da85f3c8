"""Russian and Ukrainian totals and restatements: a verbless running total, a formula told
again in words, a total since the war began, a total's cue anywhere in its phrase.
Sentences of our own, in several wordings."""

from __future__ import annotations

from construction_harness import slavic_rows as facts

# RUNNING_ON: a sentence's verbless total after a swap's one-sided figure is that side's
# running total, undated (a total spans the days it names).


def test_ru_a_verbless_total_after_a_return_is_the_same_sides():
    text = "Сегодня в Россию вернулись ещё 200 российских военных. Всего за два дня — 500 человек."
    got = [g for g in facts(text, "ru") if g[5] == 500]
    assert got == [("exchange", "reported", "RU", "UA", "unspecified", 500)]


def test_uk_a_verbless_total_after_a_return_is_the_same_sides():
    text = (
        "Сьогодні додому повернулися ще 200 українських військових. Загалом за два дні — 500 людей."
    )
    got = [g for g in facts(text, "uk") if g[5] == 500]
    assert got == [("exchange", "reported", "UA", "RU", "unspecified", 500)]


def test_ru_a_verbless_total_is_undated():
    from construction_harness import THU
    from swaptally.slavic import extract_slavic

    text = "Сегодня в Россию вернулись ещё 200 российских военных. Всего за два дня — 500 человек."
    got = [f.date for f in extract_slavic(text, THU, "ru") if f.low == 500]
    assert got == [None]


# RESTATED: a formula's sides told again in words in the next sentences are one handover.


def test_ru_a_formula_told_again_in_words_counts_once():
    text = (
        "Москва и Киев в субботу обменялись пленными по формуле 150 на 150. С подконтрольной Киеву "
        "территории возвращены 150 российских военнослужащих, взамен переданы 150 "
        "военнопленных ВСУ."
    )
    assert sorted(g[2:5] for g in facts(text, "ru")) == [
        ("RU", "UA", "military"),
        ("UA", "RU", "military"),
    ]


def test_ru_a_formula_alone_counts_each_side():
    got = facts("Москва и Киев в субботу обменялись пленными по формуле 150 на 150.", "ru")
    assert sorted(g[2:4] for g in got) == [("RU", "UA"), ("UA", "RU")]


def test_uk_a_formula_with_other_figures_keeps_its_sides():
    text = "Україна та Росія провели обмін за формулою 150 на 150. Серед повернутих — 20 цивільних."
    assert len([g for g in facts(text, "uk") if g[5] == 150]) == 2


# SINCE THE WAR: a total counted since the war began, told in any wording, by lemmas: "с"
# + "начало" or a "since" clause's "начать", and a noun of the war within three words.


def _period(text: str, lang: str) -> list[tuple]:
    from construction_harness import THU
    from swaptally.slavic import extract_slavic

    return [(f.period_start, f.date) for f in extract_slavic(text, THU, lang)]


def test_uk_since_the_start_of_the_full_scale_russian_invasion():
    text = "Україна повернула 2100 бранців від початку великого вторгнення Росії."
    assert [str(p) for p, _ in _period(text, "uk")] == ["2022-02-24"]


def test_uk_since_russia_began_the_war():
    text = "Відколи Росія почала велику війну проти нас, із неволі визволили 3100 людей."
    assert [str(p) for p, _ in _period(text, "uk")] == ["2022-02-24"]


def test_ru_since_the_start_of_the_aggression():
    text = "С начала российской агрессии из плена вернулись 3100 украинцев."
    assert [str(p) for p, _ in _period(text, "ru")] == ["2022-02-24"]


def test_ru_the_start_of_a_swap_operation_is_no_war():
    text = "С начала операции по обмену на родину вернулись 300 российских военных."
    assert [p for p, _ in _period(text, "ru")] == [None]


# A TOTAL'S CUE GOVERNS ITS PHRASE: "в общей сложности", "загалом" anywhere before the figure
# in its own phrase make a two-sided total, unless the text's home side tells a one-way
# total of its own people or a formula ("500 на 500") says each side's.


def test_ru_a_total_cue_before_the_verb_makes_a_two_sided_total():
    text = (
        "Россия и Украина завершили обмен, в рамках которого в общей сложности "
        "были освобождены 300 человек."
    )
    assert [g[:4] for g in facts(text, "ru")] == [("exchange", "reported", "XX", "XX")]


def test_uk_a_total_of_both_sides_is_two_sided():
    text = "Загалом з обох сторін в обміні взяли участь понад 40 в'язнів."
    assert [g[2:4] for g in facts(text, "uk")] == [("XX", "XX")]


def test_uk_a_one_way_total_in_a_text_with_a_home_side_is_its_own():
    text = "За словами Лубінця, загалом визволено 120 військовослужбовців."
    assert [g[2:4] for g in facts(text, "uk")] == [("UA", "RU")]


def test_ru_a_formula_after_a_total_cue_stays_each_sides():
    text = "Всего по итогам обмена «500 на 500» Россия вернула 400 военных и 100 мирных жителей."
    got = facts(text, "ru")
    assert sorted(g[2:4] for g in got if g[5] == 500) == [("RU", "UA"), ("UA", "RU")]
