"""Russian and Ukrainian clause frames: who holds, who gets, and what kind a figure is.

Sentences of our own, two unlike ones per construction (another conflict, another wording).
"""

from __future__ import annotations

import datetime

import pytest
from swaptally.slavic import extract_slavic

D = datetime.date
SAT = D(2025, 6, 14)  # a Saturday


def facts(text: str, lang: str, published: D = SAT) -> set[tuple]:
    """(kind, persons_of, held_by, category, low) of each fact."""
    return {
        (f.kind, f.persons_of, f.held_by, f.category, f.low)
        for f in extract_slavic(text, published, lang)
    }


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Як повідомив Коордштаб, у п'ятницю з полону звільнено 60 українців.", "uk",
         {("exchange", "UA", "RU", "unspecified", 60)}),
        ("Минобороны Армении сообщило: из азербайджанского плена освобождены четверо "
         "армянских военных.", "ru", {("exchange", "AM", "AZ", "military", 4)}),
    ],
)  # fmt: skip
def test_the_source_of_a_statement_is_no_subject_of_a_passive(text, lang, want):
    assert facts(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Украине удалось освободить из плена 49 военных.", "ru",
         {("exchange", "UA", "RU", "military", 49)}),
        ("Єрмак заявив, що вдалося звільнити 35 українців.", "uk",
         {("exchange", "UA", "RU", "unspecified", 35)}),
    ],
)  # fmt: skip
def test_people_a_side_managed_to_free_are_its_own_even_with_a_subject(text, lang, want):
    assert facts(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Омбудсмен сообщила, что в среду из Украины вернулись 12 мирных жителей.", "ru",
         {("release", "RU", "UA", "civilian", 12)}),
        ("З Азербайджану повернулися троє вірменських полонених.", "uk",
         {("release", "AM", "AZ", "unspecified", 3)}),
    ],
)  # fmt: skip
def test_people_come_back_from_the_party_that_held_them(text, lang, want):
    assert facts(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Уполномоченный по правам человека в РФ заявила, что на Украине удерживаются 300 "
         "мирных жителей.", "ru", {("held", "RU", "UA", "civilian", 300)}),
        ("Омбудсман в Україні заявив, що в Росії досі утримуються 8 000 цивільних.", "uk",
         {("held", "UA", "RU", "civilian", 8000)}),
    ],
)  # fmt: skip
def test_a_stock_is_held_in_the_place_nearest_before_it(text, lang, want):
    assert facts(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "cat"),
    [
        ("Сегодня Россия вернула из плена 90 военнослужащих. Также освобождены 5 мирных "
         "жителей.", "ru", "civilian"),
        ("Росія повернула Україні чотирьох полонених. Крім того, звільнено двох українських "
         "цивільних.", "uk", "civilian"),
    ],
)  # fmt: skip
def test_people_also_freed_after_a_swap_are_more_of_it(text, lang, cat):
    got = [f for f in extract_slavic(text, SAT, lang) if f.category == cat]
    assert len(got) == 1 and got[0].kind == "exchange" and "+also" in got[0].rule


def test_people_also_freed_outside_a_swap_stay_a_release():
    got = extract_slavic(
        "Сегодня Россия вернула из плена 90 военнослужащих. Также вне обмена освобождены 5 "
        "мирных жителей.",
        SAT,
        "ru",
    )
    assert {(f.kind, f.low) for f in got} == {("exchange", 90), ("release", 5)}


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("С начала этого года из них удалось вернуть домой 26 человек.", "ru", "exchange"),
        ("З початку року з них вдалося повернути 40 людей.", "uk", "exchange"),
    ],
)  # fmt: skip
def test_a_part_returned_by_an_infinitive_is_not_of_the_stock_before(text, lang, want):
    stock = "Лубинец заявил, что в России удерживаются 2 000 украинцев. "
    if lang == "uk":
        stock = "Лубінець заявив, що в Росії утримуються 2 000 українців. "
    got = {f.low: f.kind for f in extract_slavic(stock + text, SAT, lang)}
    assert got[2000] == "held" and got[26 if lang == "ru" else 40] == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Взамен украинской стороне переданы 150 военнопленных ВСУ и 12 гражданских лиц.", "ru",
         {("UA", "RU", "military", 150), ("UA", "RU", "civilian", 12)}),
        ("Росії передано 90 військовослужбовців РФ та 10 цивільних.", "uk",
         {("RU", "UA", "military", 90), ("RU", "UA", "civilian", 10)}),
    ],
)  # fmt: skip
def test_a_group_ends_past_its_owner_in_the_genitive(text, lang, want):
    got = {(f.persons_of, f.held_by, f.category, f.low) for f in extract_slavic(text, SAT, lang)}
    assert got == want


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("В ходе обмена «500 на 500» Россия вернула 450 военнослужащих и 50 мирных жителей.",
         "ru"),
        ("Під час обміну «300 на 300» Україна повернула 280 військових і 20 цивільних.", "uk"),
    ],
)  # fmt: skip
def test_a_formula_label_takes_no_noun_of_the_figures_after_it(text, lang):
    labels = [f for f in extract_slavic(text, SAT, lang) if f.low in (500, 300)]
    assert labels and {f.category for f in labels} == {"unspecified"}


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("В пятницу стороны обменялись пленными по формуле 84 на 84, а также возвращены шесть "
         "жителей Курской области.", "ru", ("RU", "UA", "unspecified", 6)),
        ("Із полону також повернулися 12 мешканців Харківщини.", "uk",
         ("UA", "RU", "unspecified", 12)),
    ],
)  # fmt: skip
def test_a_regions_people_are_its_states(text, lang, want):
    got = [f for f in extract_slavic(text, SAT, lang) if f.low in (6, 12)]
    assert [(f.persons_of, f.held_by, f.category, f.low) for f in got] == [want]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Понад обмін російська сторона передала ще 15 українських цивільних.", "uk"),
        ("В дополнение к обмену Армения освободила двух азербайджанских военных.", "ru"),
    ],
)  # fmt: skip
def test_people_handed_over_on_top_of_a_swap_are_a_release(text, lang):
    assert {f.kind for f in extract_slavic(text, SAT, lang)} == {"release"}


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Стороны передали друг другу 146 российских и 146 украинских военнопленных.", "ru",
         {("RU", "UA", "military", 146), ("UA", "RU", "military", 146)}),
        ("У четвер із полону повернулися 84 українських захисники та 84 російських.", "uk",
         {("UA", "RU", "military", 84), ("RU", "UA", "military", 84)}),
    ],
)  # fmt: skip
def test_a_nationality_adjective_shares_its_conjuncts_noun(text, lang, want):
    got = extract_slavic(text, SAT, lang)
    assert {(f.persons_of, f.held_by, f.category, f.low) for f in got} == want
    assert any(f.rule.endswith("+shared") for f in got)


@pytest.mark.parametrize(
    ("text", "lang", "state", "low"),
    [
        ("Лукашенко помиловал ещё 18 человек, осуждённых по политическим статьям.", "ru", "BY",
         18),
        ("Білорусь звільнила 14 політв'язнів після переговорів.", "uk", "BY", 14),
    ],
)  # fmt: skip
def test_a_state_freeing_political_prisoners_frees_its_own(text, lang, state, low):
    got = extract_slavic(text, SAT, lang)
    assert [(f.kind, f.persons_of, f.held_by, f.low, f.rule) for f in got] == [
        ("release", state, state, low, "slavic.frees_own")
    ]


def test_political_prisoners_of_a_stated_nationality_are_that_nations():
    got = extract_slavic("Белоруссия освободила 16 осуждённых украинцев.", SAT, "ru")
    assert [(f.persons_of, f.held_by) for f in got] == [("UA", "BY")]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a place of custody with no nationality: political prisoners held by the state named
        ("По оценке правозащитников, в Азербайджане за решёткой находятся не менее 350 "
         "политзаключённых.", "ru", ("AZ", "AZ", 350)),
        ("Як зазначають правозахисники, в Росії з політичних мотивів позбавлені волі понад "
         "900 людей.", "uk", ("RU", "RU", 901)),
        # a stock of political prisoners with no verb, held by the state freeing its own
        ("Белоруссия в пятницу освободила 12 политзаключённых. Правозащитники считают "
         "политическими заключёнными ещё около 1150 человек.", "ru", ("BY", "BY", 1150)),
    ],
)  # fmt: skip
def test_political_prisoners_in_custody_are_a_stock_of_the_states_own(text, lang, want):
    got = [f for f in extract_slavic(text, SAT, lang) if f.kind == "held"]
    assert [(f.persons_of, f.held_by, f.low, f.status, f.rule) for f in got] == [
        (*want, "estimated", "slavic.own_held")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("У білоруських колоніях досі утримують щонайменше 40 українців.", "uk", ("UA", "BY")),
        ("В азербайджанских тюрьмах остаются 23 армянина.", "ru", ("AM", "AZ")),
    ],
)  # fmt: skip
def test_the_nationality_of_a_prison_names_the_holder(text, lang, want):
    got = extract_slavic(text, SAT, lang)
    assert [(f.kind, f.persons_of, f.held_by) for f in got] == [("held", *want)]


def test_people_freed_from_prisons_are_no_stock():
    got = extract_slavic("Израиль выпустил из тюрем 45 палестинцев.", SAT, "ru")
    assert [(f.kind, f.persons_of, f.held_by) for f in got] == [("release", "PS", "IL")]


def test_a_swap_after_a_states_own_stock_takes_no_sides_from_it():
    text = (
        "В России по политическим мотивам лишены свободы около 700 человек. "
        "В рамках обмена на свободу вышли 12 человек."
    )
    got = extract_slavic(text, SAT, "ru")
    assert [(f.kind, f.persons_of, f.held_by) for f in got] == [("held", "RU", "RU")]


MON = datetime.date(2025, 6, 16)


@pytest.mark.parametrize(
    ("text", "lang", "pub", "want"),
    [
        ("В воскресенье Армения и Азербайджан провели первый этап обмена по формуле 40 на 40: "
         "домой вернулись 15 армянских военнослужащих.", "ru", MON,
         {("planned", "AM", 40, None), ("planned", "AZ", 40, None),
          ("reported", "AM", 15, datetime.date(2025, 6, 15))}),
        ("Третій день обміну 600 на 600: у п'ятницю з полону повернулися 200 українців.", "uk",
         SAT, {("planned", "UA", 600, None), ("planned", "RU", 600, None),
               ("reported", "UA", 200, datetime.date(2025, 6, 13))}),
        # a stage said to be done: the formula is what was exchanged
        ("У п'ятницю завершено другий етап обміну 300 на 300.", "uk", SAT,
         {("reported", "UA", 300, datetime.date(2025, 6, 13)),
          ("reported", "RU", 300, datetime.date(2025, 6, 13))}),
    ],
)  # fmt: skip
def test_a_formula_named_with_a_numbered_stage_is_the_operations_plan(text, lang, pub, want):
    got = extract_slavic(text, pub, lang)
    assert {(f.status, f.persons_of, f.low, f.date) for f in got} == want


def test_a_stage_dates_the_swap_its_undated_figures_belong_to():
    text = (
        "В субботу Россия и Украина провели второй этап обмена по формуле 500 на 500. "
        "Из украинского плена возвращены 210 российских военнослужащих."
    )
    got = [f for f in extract_slavic(text, MON, "ru") if f.low == 210]
    assert [(f.status, f.date) for f in got] == [("reported", datetime.date(2025, 6, 14))]


@pytest.mark.parametrize(
    ("text", "lang", "low"),
    [
        ("ХАМАС в четверг освободил двух израильских заложниц. По условиям сделки в ближайшие "
         "недели должны быть освобождены ещё 25 заложников.", "ru", 25),
        ("ХАМАС у четвер передав Червоному Хресту двох ізраїльських заручниць. Загалом за угодою "
         "до кінця місяця мають звільнити ще 20 заручників.", "uk", 20),
    ],
)  # fmt: skip
def test_a_deals_hostages_are_the_armed_groups_enemys_people_and_a_swaps_half(text, lang, low):
    got = [f for f in extract_slavic(text, SAT, lang) if f.low == low]
    assert [(f.kind, f.status, f.persons_of, f.held_by, f.rule) for f in got] == [
        ("exchange", "planned", "IL", "PS", "slavic.hostages")
    ]


def test_hostages_freed_outside_the_deal_are_a_release():
    text = "ХАМАС освободил трёх таиландских заложников вне рамок сделки с Израилем."
    got = extract_slavic(text, SAT, "ru")
    assert [(f.kind, f.persons_of, f.held_by) for f in got] == [("release", "TH", "PS")]


@pytest.mark.parametrize(
    ("text", "lang", "low"),
    [
        # the West as one side: several states
        ("В пятницу Запад передал Москве пятерых россиян.", "ru", 5),
        ("У п'ятницю Захід повернув Москві шістьох росіян.", "uk", 6),
        # a group placed in several states after it: held by many
        ("В ходе обмена домой вернулись семеро россиян, осуждённых в Германии, Франции и "
         "Польше.", "ru", 7),
        ("Під час обміну додому повернулися п'ятеро росіян, засуджених у Німеччині та Польщі.",
         "uk", 5),
        # an inclusion before a contrast belongs to the clause before it
        ("Россия освободила 10 заключённых, среди них двух журналистов, а в Россию вернулись "
         "шестеро россиян, осуждённых в Германии и Польше.", "ru", 6),
    ],
)  # fmt: skip
def test_people_held_by_several_states_are_held_by_many(text, lang, low):
    got = [f for f in extract_slavic(text, SAT, lang) if f.low == low]
    assert [(f.persons_of, f.held_by) for f in got] == [("RU", "XX")]
