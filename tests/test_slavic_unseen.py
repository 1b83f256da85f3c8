"""Constructions of Russian and Ukrainian news that held no rule before unseen texts showed
them (session 12), each tested on sentences of our own, in other wordings and conflicts."""

from __future__ import annotations

from construction_harness import slavic_rows as facts

# MEASURES: a figure followed by a unit of time or measure counts it, never people borrowed
# from the figure before it ("держали в Газе более 15 месяцев").


def test_uk_a_duration_after_a_place_is_no_stock():
    text = "Угрупування передало Ізраїлю трьох солдатів, яких утримували в Газі понад 20 місяців."
    assert [g[5] for g in facts(text, "uk")] == [3]


def test_ru_a_duration_after_a_place_is_no_stock():
    text = "Боевики передали Израилю пятерых военных, которых держали в Газе почти 14 месяцев."
    assert [g[5] for g in facts(text, "ru")] == [5]


def test_ru_years_of_a_sentence_are_no_people():
    text = "Россия освободила 12 украинцев, осуждённых в Крыму на 8 лет."
    assert [g[5] for g in facts(text, "ru")] == [12]


# SPEAKER_HOME: people said to come home in a party's own quoted words are that party's,
# though the text quoted no one before it.


def test_ru_home_in_a_quoted_officials_words_is_his_sides():
    text = 'Буданов: "Это важный день – сегодня 57 человек возвращаются домой".'
    assert facts(text, "ru") == [("exchange", "reported", "UA", "RU", "unspecified", 57)]


def test_ru_home_in_a_russian_officials_words_is_russias():
    text = "Песков: «Сегодня домой возвращаются 64 человека»."
    assert facts(text, "ru") == [("exchange", "reported", "RU", "UA", "unspecified", 64)]


# CHANNEL_COLON: an official's name, where he posts, then a colon: what follows is his word
# ("X в Telegram: …", "X у своєму телеграм-каналі: …").


def test_ru_a_post_in_telegram_is_the_posters_word():
    text = "Ермак в Telegram: «Сегодня 41 человек возвращается домой»."
    assert facts(text, "ru") == [("exchange", "reported", "UA", "RU", "unspecified", 41)]


def test_ru_a_post_in_ones_own_channel_is_the_posters_word():
    text = "Песков в своём телеграм-канале: «Сегодня домой вернулись 41 человек»."
    assert facts(text, "ru") == [("exchange", "reported", "RU", "UA", "unspecified", 41)]


def test_uk_a_post_names_its_author():
    from swaptally.slavic import extract_slavic

    text = "Лубінець у телеграм-каналі: «Додому повернулися 33 наші захисники»."
    got = extract_slavic(text, None, "uk")
    assert [(f.persons_of, f.low, f.said_by) for f in got] == [("UA", 33, "Лубінець")]


# SENT: verbs of carrying or bringing people somewhere hand over captives only where the
# clause or the text tells of captives or a swap; else a deployment.


def test_ru_troops_brought_to_a_country_are_no_captives():
    assert facts("Россия привезла 300 военных в Сирию.", "ru") == []


def test_uk_troops_brought_to_a_country_are_no_captives():
    assert facts("Росія привезла 400 військових до Сирії.", "uk") == []


def test_uk_people_brought_home_in_a_swap_are_handed_over():
    got = facts("У межах обміну в Україну привезли 12 цивільних.", "uk")
    assert got == [("exchange", "reported", "UA", "RU", "civilian", 12)]


# VENUE_DOER: a state that mediates elsewhere is a side where it frees people itself.


def test_ru_a_mediating_state_that_frees_people_holds_them():
    got = facts("Эр-Рияд освободил 20 пленных хуситов.", "ru")
    assert got == [("release", "reported", "YE", "SA", "unspecified", 20)]


def test_ru_a_venue_freeing_captives_of_the_texts_one_party():
    got = facts("Эр-Рияд освободил 20 пленных. Об этом сообщили хуситы.", "ru")
    assert [g[2:4] for g in got] == [("YE", "SA")]


def test_ru_a_mediator_named_as_such_is_still_no_side():
    text = "При посредничестве Саудовской Аравии Россия передала Украине 50 военнопленных."
    assert [g[2:4] for g in facts(text, "ru")] == [("UA", "RU")]


# QUALIFIER_BEFORE_NA: "в обмен как минимум на 10": the qualifier before "на" is the figure's.


def test_ru_a_qualifier_before_na_bounds_the_figure():
    from swaptally.slavic import extract_slavic

    got = extract_slavic(
        "США отпустили россиянина в обмен по меньшей мере на 12 американцев.", None, "ru"
    )
    assert [(f.persons_of, f.low, f.high, f.qualifier) for f in got] == [
        ("US", 12, None, "at_least")
    ]


def test_uk_a_qualifier_before_na_bounds_the_figure():
    from swaptally.slavic import extract_slavic

    got = extract_slavic(
        "Росія відпустила американця в обмін щонайменше на трьох росіян.", None, "uk"
    )
    assert [(f.persons_of, f.low, f.high) for f in got] == [("RU", 3, None)]


# GOES_FREE: "выйти на свободу", "вийти на волю": the people are freed.


def test_uk_people_out_free_in_a_swap_come_home():
    got = facts("У межах обміну на волю вийшли 40 людей.", "uk")
    assert got == [("exchange", "reported", "UA", "RU", "unspecified", 40)]


def test_ru_political_prisoners_out_free_by_a_states_word_are_its_own():
    text = "Правительство Ирана сообщило, что на свободу вышли 30 политзаключённых."
    assert facts(text, "ru") == [("release", "reported", "IR", "IR", "unspecified", 30)]


def test_ru_going_out_with_no_freedom_beside_it_frees_no_one():
    assert facts("На улицу вышли 300 человек.", "ru") == []


# ONE_SIDED_CLAUSE: "окремо", "отдельно" after a semicolon makes only its own clause one-sided.


def test_uk_separately_after_a_semicolon_is_the_next_clauses():
    text = "З 2022 року в межах обмінів з полону повернулися 3000 людей;"
    text += " окремо повернули ще 200 цивільних."
    assert [(*g[:2], g[5]) for g in facts(text, "uk")] == [
        ("exchange", "reported", 3000),
        ("release", "reported", 200),
    ]


# CHILDREN: children brought back with no swap told are released, not exchanged.


def test_uk_children_brought_back_are_released():
    text = "Ще 9 дітей, незаконно вивезених до Росії, повернулися в Україну."
    assert facts(text, "uk") == [("release", "reported", "UA", "RU", "unspecified", 9)]


def test_uk_children_in_a_swap_are_exchanged():
    text = "У межах обміну в Україну повернулися 9 дітей."
    assert [g[:3] for g in facts(text, "uk")] == [("exchange", "reported", "UA")]


# PARTICIPLE_AGENT: an actor in the instrumental after a participle is its doer, not the
# subject of the clause's verb; the noun after it heads the group.


def test_uk_the_taker_after_a_participle_does_not_return_them():
    text = "Ще 7 викрадених Росією дітей повернули додому."
    assert facts(text, "uk") == [("release", "reported", "UA", "RU", "unspecified", 7)]


def test_ru_a_participles_noun_after_its_doer_heads_the_group():
    from swaptally.slavic.groups import find_group
    from swaptally.slavic.lexicon import load_lexicon
    from swaptally.slavic.morph import tokens
    from swaptally.slavic.numbers import find_figures

    lex = load_lexicon("ru")
    text = "Вернули 15 похищенных Россией детей."
    toks = tokens(text, lex)
    group = find_group(toks, find_figures(text, toks, lex)[0], lex)
    assert group is not None and toks[group.noun].low == "детей"


# BETWEEN_CLAUSE: "между X и Y" makes a two-sided total only in the figure's own clause.


def test_uk_between_in_a_clause_before_a_dash_is_not_the_figures():
    text = "Відбувся обмін полоненими між Україною та Росією — додому повернулися 150 військових."
    assert facts(text, "uk") == [("exchange", "reported", "UA", "RU", "military", 150)]


def test_ru_between_in_the_figures_clause_is_a_two_sided_total():
    text = "ОАЭ помогли вызволить свыше 3 тысяч пленных за время обменов между Россией и Украиной."
    assert [g[2:4] for g in facts(text, "ru")] == [("XX", "XX")]


# HAPPENED: a verb of happening in the past before the figure makes agreed figures done.


def test_ru_a_swap_that_took_place_by_agreement_is_reported():
    text = "По договорённостям, достигнутым в Стамбуле, прошёл обмен по формуле «90 на 90»."
    assert {g[1] for g in facts(text, "ru")} == {"reported"}


def test_uk_a_swap_that_took_place_by_agreement_is_reported():
    assert {g[1] for g in facts("Згідно з домовленостями відбувся обмін «90 на 90».", "uk")} == {
        "reported"
    }


def test_ru_a_swap_to_take_place_stays_planned():
    text = "Обмен «90 на 90» пройдёт по договорённостям в субботу."
    assert {g[1] for g in facts(text, "ru")} == {"planned"}


# DESCRIBED_CONJUNCT: a conjunct after a handover, described by a participle or a relative
# clause ("… и шесть мирных жителей, находившихся в плену"), was handed over too.


def test_ru_a_described_conjunct_shares_the_handover():
    text = "Домой вернулись 95 российских военнослужащих и шесть мирных жителей, находившихся в"
    text += " украинском плену."
    assert [g[:5] for g in facts(text, "ru")][1] == ("exchange", "reported", "RU", "UA", "civilian")


def test_uk_a_conjunct_with_a_relative_clause_shares_the_handover():
    text = "Додому повернулися 95 військових і шестеро цивільних, які перебували в полоні."
    assert [g[4:] for g in facts(text, "uk")] == [("military", 95), ("civilian", 6)]


# ELIDED_AFTER_CONTRAST: ", а ещё N — …": the noun of the figure before is left out.


def test_ru_more_after_a_contrast_shares_the_noun_and_outside_is_one_sided():
    text = "В Украину вернулись 150 военных: 120 человек освобождены в рамках обмена,"
    text += " а ещё 30 — вне этой договорённости."
    assert [(g[0], g[5]) for g in facts(text, "ru")][-1] == ("release", 30)


def test_uk_more_after_a_contrast_shares_the_noun():
    text = (
        "Додому повернулися 150 військових: 120 людей звільнено в межах обміну, а ще 30 — окремо."
    )
    assert [(g[0], g[5]) for g in facts(text, "uk")][-1] == ("release", 30)


# PARDON_OWN: a pardon is of the pardoning state's own convicts.


def test_ru_a_pardon_frees_the_states_own():
    assert facts("Лукашенко помиловал 18 человек.", "ru") == [
        ("release", "reported", "BY", "BY", "unspecified", 18)
    ]


def test_ru_inmates_freed_by_a_state_are_its_own_unless_others_are_named_among_them():
    # (as the English extractor reads "Belarusian authorities freed 14 prisoners")
    got = facts("Белорусские власти освободили 14 заключённых.", "ru")
    assert [g[2:4] for g in got] == [("BY", "BY")]
    text = "Белорусские власти освободили 14 заключённых. Среди освобождённых — граждане Японии."
    assert [g[2:4] for g in facts(text, "ru")] == [("XX", "BY")]


# MORE_STATES: peoples of more states are named among freed people.


def test_uk_lithuanians_among_the_freed_are_lithuanias():
    text = "Білорусь звільнила 52 політв'язнів, серед них шестеро литовців."
    assert ("LT", 6) in [(g[2], g[5]) for g in facts(text, "uk")]


def test_ru_latvias_citizens_are_its_people():
    text = "Россия освободила трёх граждан Латвии."
    assert [g[2] for g in facts(text, "ru")] == ["LV"]


# PLAN_PAST_RELATIVE: a relative clause on a fronted group stands between it and its verb.


def test_uk_a_plan_after_a_relative_clause_is_a_plan():
    # (Israel's people freed by Hamas: a swap's half, slavic.traded)
    text = "Дев'ятьох заручників, яких утримують у Хан-Юнісі, ХАМАС планує звільнити в середу."
    assert facts(text, "uk") == [("exchange", "planned", "IL", "PS", "unspecified", 9)]
    # a relative clause that tells no holding ("чиї імена …"), the plan after it: the same
    # reading, a plan, and Israel's people freed by Hamas are a swap's half
    text = "Останніх 14 заручників, чиї імена вже оприлюднено, ХАМАС планує передати в п'ятницю."
    assert facts(text, "uk") == [("exchange", "planned", "IL", "PS", "unspecified", 14)]


def test_ru_hostages_of_an_armed_group_are_its_enemys_people():
    text = "20 заложников ХАМАС собирается отпустить на выходных."
    assert [g[2:4] for g in facts(text, "ru")] == [("IL", "PS")]


# INTO_CUSTODY: people moved into a prison are no handover.


def test_uk_soldiers_taken_to_a_prison_are_no_handover():
    assert (
        facts("Після обміну 300 військових вивезли до колишньої колонії на Донеччині.", "uk") == []
    )


def test_ru_people_handed_over_out_of_a_prison_still_are():
    got = facts("Из колонии в Украину передали 20 пленных.", "ru")
    assert [g[2] for g in got] == ["UA"]
