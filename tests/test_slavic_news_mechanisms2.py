"""More constructions of real Russian and Ukrainian news (the news-drawn catalogue's open
mechanisms, and bugs found reading the extractor's output), each tested on sentences of our
own, in other wordings and other conflicts than the catalogue's."""

from __future__ import annotations

import datetime

from construction_harness import THU
from construction_harness import slavic_rows as facts
from swaptally.slavic import extract_slavic

# N_OF_M: "N из M …" counts the N done; the M (a promise, a list) is no second fact.


def test_ru_part_of_a_promised_whole_counts_the_part():
    got = facts("Россия уже передала Украине 12 из 20 обещанных военнопленных.", "ru")
    assert got == [("exchange", "reported", "UA", "RU", "military", 12)]


def test_uk_part_of_a_whole_takes_the_wholes_noun():
    got = facts("Вірменія повернула Азербайджану двох із п'яти затриманих військових.", "uk")
    assert [g[2:] for g in got] == [("AZ", "AM", "military", 2)]


def test_ru_a_civil_wars_side_freeing_its_nationals_in_a_swap_held_them():
    text = "В рамках обмена правительство Йемена освободило 85 из 120 пленных хуситов."
    assert facts(text, "ru") == [("exchange", "reported", "YE", "YE", "unspecified", 85)]


# OUR_THEIR: our captives and theirs counted in one party's words are a swap's halves.


def test_ru_ours_and_theirs_in_a_spokesmans_words_are_a_planned_swap():
    text = "Мы вернём 300 наших военнопленных и отдадим 250 их пленных, сказал Песков."
    assert facts(text, "ru") == [
        ("exchange", "planned", "RU", "UA", "military", 300),
        ("exchange", "planned", "UA", "RU", "unspecified", 250),
    ]


def test_uk_ours_and_theirs_in_a_quote_are_a_swap():
    text = "«Завтра повернуться"
    text += " 120 наших військовополонених, а ми віддамо 90 їхніх», — сказав Буданов."
    got = facts(text, "uk")
    assert got[0] == ("exchange", "planned", "UA", "RU", "military", 120)


def test_uk_a_civil_wars_ours_and_theirs_are_both_its_people():
    text = "«Буде звільнено 700 наших полонених і 400 їхніх полонених», — сказав речник хуситів."
    assert [g[2:4] for g in facts(text, "uk")] == [("YE", "YE"), ("YE", "YE")]


def test_ru_theirs_of_an_unknown_other_side_is_left_unknown():
    text = "«Освобождены 40 наших пленных и 35 их пленных», – сказал глава МИД Азербайджана."
    assert [g[2:4] for g in facts(text, "ru")] == [("AZ", None), (None, "AZ")]


# DEAL_LABEL: both parties the subject, one gets its own back in a relative clause: the
# text's own side when it is one of the two, else the one named first.


def test_ru_joint_subject_then_managed_return_is_the_first_named_sides():
    text = "Армения и Азербайджан провели обмен, в ходе которого удалось вернуть пятерых военных."
    assert facts(text, "ru") == [("exchange", "reported", "AM", "AZ", "military", 5)]


def test_uk_joint_subject_the_ukrainian_texts_own_side_wins_whatever_the_order():
    text = "Росія та Україна провели обмін, під час якого вдалося повернути 84 військових."
    assert facts(text, "uk") == [("exchange", "reported", "UA", "RU", "military", 84)]


# PLAN_DAY: a plan's named day is its date: a stage still to come, a day with no year.


def dated(text: str, lang: str) -> list[tuple]:
    """(kind, status, low, date) of each fact."""
    return [(f.kind, f.status, f.low, f.date) for f in extract_slavic(text, THU, lang)]


def test_ru_a_stage_still_to_come_is_dated_by_its_day():
    text = "Ожидается, что в воскресенье, 16 ноября, пройдёт третий этап обмена 200 на 200."
    assert {d[3] for d in dated(text, "ru")} == {datetime.date(2025, 11, 16)}


def test_uk_a_stage_done_is_not_the_whole_plans_day():
    text = "У суботу Вірменія та Азербайджан провели другий етап обміну за формулою 50 на 50."
    assert {d[3] for d in dated(text, "uk")} == {None}


def test_ru_a_plans_day_with_no_year_is_the_next_one():
    text = "Стороны договорились, что 2 декабря Баку передаст Еревану 4 пленных."
    assert dated(text, "ru")[0][1:] == ("planned", 4, datetime.date(2025, 12, 2))


def test_uk_a_plans_day_with_no_year_is_the_next_one_a_done_day_last_years():
    text = "Сторони домовилися, що 2 грудня Росія передасть Україні 40 полонених."
    assert dated(text, "uk")[0][1:] == ("planned", 40, datetime.date(2025, 12, 2))
    done = "2 грудня Росія передала Україні 40 полонених."
    assert dated(done, "uk")[0][1:] == ("reported", 40, datetime.date(2024, 12, 2))


# ORIGIN: where people come from after a dash or a list of adjectives ("— из Донецкой и
# Луганской народных республик"): the republics are coded RU; "из общего числа" is a part.


def test_ru_origin_after_a_dash_gives_the_side():
    text = "Россия вернула 120 военных. Из общего числа вернувшихся 15 человек — из ЛНР."
    assert facts(text, "ru")[1][2:4] == ("RU", "UA")


def test_uk_peoples_republics_named_in_full_are_russias():
    text = "Серед звільнених 9 бійців з Луганської та Донецької народних республік."
    assert facts(text, "uk") == [("exchange", "reported", "RU", "UA", "military", 9)]


def test_ru_a_region_after_from_keeps_its_own_state():
    text = "Среди освобождённых — двое военных из Сумской области."
    assert facts(text, "ru")[0][2:4] == ("UA", "RU")


# THEN: "Тогда/Тоді" opening a sentence right after one that recalls an earlier swap and
# names its day carries that day (and the recall); a day further back does not.


def test_ru_then_after_a_recalled_swap_takes_its_day():
    text = "Прошлый обмен между Арменией и Азербайджаном прошёл 5 сентября. "
    text += "Тогда Баку вернул Еревану 6 военных."
    assert {d[3] for d in dated(text, "ru")} == {datetime.date(2025, 9, 5)}


def test_uk_then_after_a_recalled_swap_takes_its_day():
    text = "Попередній обмін відбувся 12 серпня. Тоді Росія передала Україні 84 полонених."
    assert {d[3] for d in dated(text, "uk")} == {datetime.date(2025, 8, 12)}


def test_uk_then_after_a_sentence_of_the_news_carries_no_day():
    text = "Про це 12 листопада заявив Лубінець. Тоді Росія передала Україні 84 полонених."
    assert {d[3] for d in dated(text, "uk")} != {datetime.date(2025, 11, 12)}


# Known bugs: verbs of sending, a future in a clause on the people, "2023-м году", two
# states freeing together, compatriots in Ukrainian, "має N полонених".


def test_ru_sent_to_a_side_is_a_handover_to_it():
    got = facts("В Москву отправлены 45 освобождённых из плена военнослужащих.", "ru")
    assert got == [("exchange", "reported", "RU", "UA", "military", 45)]


def test_uk_sent_to_a_side_is_a_handover_to_it():
    got = facts("До України направлено 73 звільнених з полону захисників.", "uk")
    assert got == [("exchange", "reported", "UA", "RU", "military", 73)]


def test_uk_a_future_in_a_clause_on_the_people_is_no_plan():
    got = facts("З полону звільнено 57 військових, які пройдуть реабілітацію.", "uk")
    assert got[0][:2] == ("exchange", "reported")
    got = facts("Додому повернуто 31 захисника, вони отримають допомогу держави.", "uk")
    assert got[0][:2] == ("exchange", "reported")


def test_ru_a_future_in_the_figures_own_clause_still_plans():
    got = facts("Обмен 200 на 200, как ожидается, пройдёт в пятницу.", "ru")
    assert {g[1] for g in got} == {"planned"}


def test_a_year_with_its_ordinal_ending_is_that_years_span():
    for text, lang in (
        ("В 2024-м году Россия вернула 1 750 человек.", "ru"),
        ("У 2024-му році Україна повернула 1 358 людей.", "uk"),
    ):
        got = extract_slavic(text, THU, lang)
        assert (got[0].period_start, got[0].period_end) == (
            datetime.date(2024, 1, 1),
            datetime.date(2024, 12, 31),
        )


def test_two_states_freeing_together_hold_jointly():
    got = facts("Росія та Білорусь звільнили 22 громадян Польщі.", "uk")
    assert got[0][2:4] == ("PL", "XX")
    got = facts("Украина и Россия освободили 16 украинцев.", "ru")
    assert got[0][3] != "XX"  # a side freeing its own people: not two holders


def test_uk_compatriots_met_by_an_official_are_her_sides():
    got = facts("У Гомелі Москалькова зустріла 61 співвітчизника, що повернулися з полону.", "uk")
    assert got[0][2:4] == ("RU", "UA")


def test_uk_a_party_that_has_captives_holds_a_stock():
    got = facts("Нині Україна має понад 400 полонених росіян.", "uk")
    assert got[0][:4] == ("held", "estimated", "RU", "UA")
    got = facts("Россия имеет около 8 тысяч украинских пленных.", "ru")
    assert got[0][:4] == ("held", "estimated", "UA", "RU")


# Studied real-like news (real_news2): verbs of carrying people, agreed plans, "отдельно",
# "<nationality> власти", foreigners and mixed nationalities, "N из них — …", a label.


def test_ru_people_brought_home_are_a_return_not_a_stock():
    text = "В Россию привезли пятерых жителей Брянской области, которых держали в Сумах."
    got = facts(text, "ru")
    assert [g[:4] for g in got] == [("exchange", "reported", "RU", "UA")]


def test_uk_people_taken_out_separately_are_a_release():
    text = "Росія повернула 90 військових. Окремо з Росії вивезли 6 іноземців."
    got = facts(text, "uk")
    assert got[1] == ("release", "reported", "XX", "RU", "unspecified", 6)


def test_ru_agreed_is_a_plan_for_every_object_it_governs():
    text = (
        "Делегации условились об обмене 500 на 500, а также о передаче тяжелораненых — "
        "не менее 200 человек с каждой стороны."
    )
    assert {g[1] for g in facts(text, "ru")} == {"planned"}


def test_uk_agreed_is_a_plan():
    got = facts("Делегації умовилися про обмін 300 на 300.", "uk")
    assert {g[1] for g in got} == {"planned"}


def test_ru_a_states_authorities_are_the_state():
    got = facts("Грузинские власти освободили 11 российских граждан.", "ru")
    assert got[0][2:4] == ("RU", "GE")


def test_ru_coordinated_nationalities_are_mixed_held_by_whom_they_are_swapped_for():
    text = "В ходе обмена 40 украинских и иностранных добровольцев отпущены в обмен на "
    text += "35 российских военных."
    got = facts(text, "ru")
    assert got[0][2:4] == ("XX", "RU")


def test_uk_a_part_of_them_after_a_dash_names_its_category():
    text = "Додому повернулися 120 людей, і понад 40 з них — цивільні."
    got = facts(text, "uk")
    assert got[1][4:] == ("civilian", 41)


def test_ru_a_label_repeated_after_a_colon_is_no_fact_of_its_own():
    text = "Стороны обменялись «64 на 64»: 64 российских военных возвращаются домой."
    assert facts(text, "ru") == [("exchange", "reported", "RU", "UA", "military", 64)]
    # not a figure repeated further on, of another group
    text = "Стороны условились об обмене 64 на 64, а также о передаче 64 тяжелораненых пленных."
    assert len(facts(text, "ru")) == 3


# An inclusion of figures right after a group ("…, среди них пятерых …") does not cut the
# whole off from the verb after the parts.


def test_ru_the_verb_after_an_inclusion_is_the_wholes():
    text = (
        "Восьмерых иностранцев, находившихся в российском плену, среди них троих французов, "
        "передали Украине."
    )
    assert facts(text, "ru")[0][:5] == ("exchange", "reported", "XX", "RU", "unspecified")


def test_uk_the_verb_after_an_inclusion_is_the_wholes():
    text = "Окремо 12 іноземців, що були в російському полоні, зокрема трьох німців, вивезли."
    assert facts(text, "uk")[0] == ("release", "reported", "XX", "RU", "unspecified", 12)


# From the studied fresh_news sets: an armed force's captives are military; a figure restated
# after a dash is one group; "своих" are the named party's; a civil war's side frees its own.


def test_ru_captives_of_an_armed_force_are_military():
    got = facts("Россия передала Украине 48 пленных ВСУ.", "ru")
    assert got[0][4] == "military"


def test_uk_captives_of_an_armed_force_are_military():
    got = facts("Росія повернула Україні 52 полонених НГУ.", "uk")
    assert got[0][2:5] == ("UA", "RU", "military")


def test_ru_a_figure_restated_after_a_dash_is_one_group():
    text = "Сегодня из плена вернули 64 наших парня — 64 военнослужащих, сообщил Пушилин."
    assert facts(text, "ru") == [("exchange", "reported", "RU", "UA", "military", 64)]


def test_uk_a_figure_restated_after_a_dash_is_one_group():
    text = "Україна повернула 37 наших людей — 37 цивільних."  # (no swap told: a release)
    assert facts(text, "uk") == [("release", "reported", "UA", "RU", "civilian", 37)]


def test_ru_the_reflexive_names_the_party_named_before_it_not_the_texts_home():
    text = "Минобороны России сообщило об обмене. "
    text += "Украинская сторона заявила о возвращении 95 своих бойцов."
    assert facts(text, "ru")[0][2:4] == ("UA", "RU")


def test_uk_a_civil_wars_side_freeing_alone_frees_its_own_nation():
    got = facts("Талібан в односторонньому порядку звільнив 45 полонених.", "uk")
    assert got == [("release", "reported", "AF", "AF", "unspecified", 45)]
