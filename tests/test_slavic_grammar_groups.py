"""Russian and Ukrainian groups read by their grammar: what a figure with no noun borrows,
what an apposition or a genitive says of the category, which conjunct is a group of its own.
Sentences of our own, in several wordings and conflicts."""

from __future__ import annotations

from construction_harness import slavic_rows as facts

# HALF: "пів тисячі", "полутысячи": half of the scale word.


def test_uk_half_a_thousand_written_apart():
    got = facts("Понад пів тисячі українців цього року вдалося визволити з неволі.", "uk")
    assert [g[5] for g in got] == [501]


def test_ru_half_a_thousand_in_one_word():
    got = facts("Более полутысячи украинцев за год удалось вызволить из плена.", "ru")
    assert [g[5] for g in got] == [501]


# ORIGIN: a figure with no noun beside "из <region>" (after it, or before it and a dash)
# counts the group of the figure before, from there.


def test_ru_a_bare_figure_after_its_origin_and_a_dash_borrows_the_group():
    text = (
        "Накануне стороны провели очередной обмен. В Россию вернулись 14 военных из ДНР, "
        "а из ЛНР — девять."
    )
    assert facts(text, "ru")[-1] == ("exchange", "reported", "RU", "UA", "military", 9)


def test_ru_a_bare_figure_before_its_origin_borrows_the_group():
    text = "Москва и Киев обменялись пленными. Среди них 14 бойцов из ДНР и 9 из ЛНР."
    assert facts(text, "ru")[-1] == ("exchange", "reported", "RU", "UA", "military", 9)


# APPOSED CATEGORY: a military noun that a genitive modifier or a dash apposition calls
# civilian counts civilians.


def test_ru_sailors_of_the_civil_fleet_are_civilians():
    got = facts("Россия получает 70 моряков гражданского флота.", "ru")
    assert [g[4] for g in got] == ["civilian"]


def test_ru_a_dash_apposition_names_the_category():
    got = facts("Россия получит 70 российских моряков — гражданских лиц.", "ru")
    assert [g[4] for g in got] == ["civilian"]


def test_uk_sailors_of_the_civil_fleet_are_civilians():
    got = facts("Росія отримує 70 моряків цивільного флоту.", "uk")
    assert [g[4] for g in got] == ["civilian"]


def test_ru_a_military_noun_joined_to_civilians_stays_military():
    got = facts("Россия получит 70 военнослужащих и 10 гражданских.", "ru")
    assert [g[4] for g in got] == ["military", "civilian"]


# OTHERS COUNTED: "X — N человек" with no verb, no captivity and no captives' noun counts
# other people, though a swap was told before it.


def test_ru_a_verbless_count_of_other_people_is_no_fact():
    text = "Иран передал Ираку 14 пленных. Наблюдателей ООН на границе — 260 человек."
    assert [g[5] for g in facts(text, "ru")] == [14]


def test_uk_a_verbless_part_after_among_still_counts():
    text = "Україна повернула 200 військових. Серед них — 12 цивільних."
    assert [g[5] for g in facts(text, "uk")] == [200, 12]


def test_ru_a_verbless_total_still_counts():
    text = "Россия вернула 200 военных. Всего за два дня — 500 человек."
    assert [g[5] for g in facts(text, "ru")] == [200, 500]


# AMONG, IN A SENTENCE OF ITS OWN: "Среди освобождённых — граждане X и Y" right after a
# group lists other peoples among it: the group is mixed, its holder stays.


def test_ru_peoples_listed_in_the_next_sentence_make_the_group_mixed():
    text = "Минск освободил 18 заключённых. Среди освобождённых — граждане Латвии и Эстонии."
    assert facts(text, "ru") == [("release", "reported", "XX", "BY", "unspecified", 18)]


def test_uk_peoples_listed_in_the_next_sentence_make_the_group_mixed():
    text = "Мінськ звільнив 18 ув'язнених. Серед звільнених — громадяни Латвії та Естонії."
    assert facts(text, "uk") == [("release", "reported", "XX", "BY", "unspecified", 18)]


def test_ru_the_groups_own_people_listed_next_leave_it_as_it_was():
    text = "Минск освободил 18 заключённых. Среди освобождённых — граждане Беларуси."
    assert facts(text, "ru") == [("release", "reported", "BY", "BY", "unspecified", 18)]


# AMONG, AFTER A DASH OR IN A RELATIVE CLAUSE: an inclusion may open with its own words
# after the group's dash ("— среди них граждане X и Y") or be a relative ("в числе
# которых", "серед яких"): other peoples named there make the group mixed, its holder stays.


def test_ru_an_inclusion_opened_after_a_dash_makes_the_group_mixed():
    text = (
        "Баку и Ереван завершили очередной обмен. Из азербайджанского плена освобождены "
        "9 человек — среди них граждане Армении и Ливана."
    )
    assert facts(text, "ru") == [("exchange", "reported", "XX", "AZ", "unspecified", 9)]


def test_uk_an_inclusion_opened_after_a_dash_makes_the_group_mixed():
    text = (
        "Баку та Єреван завершили черговий обмін. З азербайджанського полону звільнено "
        "9 осіб — серед них громадяни Вірменії та Лівану."
    )
    assert facts(text, "uk") == [("exchange", "reported", "XX", "AZ", "unspecified", 9)]


def test_ru_another_people_named_in_a_relative_inclusion_makes_the_group_mixed():
    text = (
        "Вашингтон и Каракас договорились об освобождении заключённых. Власти Венесуэлы "
        "отпустили 23 заключённых, в числе которых шестеро граждан Колумбии."
    )
    assert facts(text, "ru")[0] == ("release", "reported", "XX", "VE", "unspecified", 23)


def test_uk_another_people_named_in_a_relative_inclusion_makes_the_group_mixed():
    text = (
        "Вашингтон і Каракас домовилися про звільнення ув'язнених. Влада Венесуели "
        "відпустила 23 ув'язнених, серед яких шестеро громадян Колумбії."
    )
    assert facts(text, "uk")[0] == ("release", "reported", "XX", "VE", "unspecified", 23)


# A CONJUNCT OF BODIES: "… и тела N погибших" after a group is a group of its own; the
# dead in it do not make the living before it no captives.


def test_ru_bodies_joined_after_the_living_leave_them_counted():
    got = facts("Россия получила 40 военнослужащих и тела 20 погибших.", "ru")
    assert got == [("exchange", "reported", "RU", "UA", "military", 40)]


def test_uk_bodies_joined_after_the_living_leave_them_counted():
    got = facts("Україна отримала 40 військових і тіла 20 загиблих.", "uk")
    assert got == [("exchange", "reported", "UA", "RU", "military", 40)]


def test_ru_people_who_died_in_captivity_stay_uncounted():
    assert facts("Россия вернула 5 человек, погибших в плену.", "ru") == []


# EXCHANGE OF N: the noun of exchange governing the group in the instrumental counts both
# sides' people together, as English "an exchange of 30 prisoners", whoever is named.


def test_ru_the_noun_of_exchange_with_an_instrumental_is_a_two_sided_total():
    got = facts("Вчера в Анкаре состоялся обмен 30 заключенными.", "ru")
    assert [g[:6] for g in got] == [("exchange", "reported", "XX", "XX", "unspecified", 30)]


def test_uk_an_agreed_exchange_of_n_is_a_planned_two_sided_total():
    got = facts("Делегації домовилися про обмін понад 400 полоненими.", "uk")
    assert [g[:4] for g in got] == [("exchange", "planned", "XX", "XX")]


def test_ru_an_exchange_of_a_sides_own_people_stays_that_sides():
    got = facts("Россия и Украина провели обмен 40 российскими военными.", "ru")
    assert [g[2:4] for g in got] == [("RU", "UA")]


def test_ru_an_exchange_of_n_for_n_stays_each_sides():
    got = facts("Стороны провели обмен пленными по формуле 40 на 40.", "ru")
    assert sorted(g[2:4] for g in got) == [("RU", "UA"), ("UA", "RU")]


# ELIDED NOUN: a nationality adjective right after a figure that ends its clause agrees with
# the noun of the figure before, left out ("а в азербайджанских — 40 армянских").


def test_ru_a_nationality_adjective_with_its_noun_left_out_counts_that_nations_people():
    text = (
        "В армянских тюрьмах остаются 20 азербайджанских военных, "
        "а в азербайджанских — около 40 армянских."
    )
    got = facts(text, "ru")
    assert [g[:6] for g in got] == [
        ("held", "estimated", "AZ", "AM", "military", 20),
        ("held", "estimated", "AM", "AZ", "military", 40),
    ]


def test_uk_a_nationality_adjective_with_its_noun_left_out_counts_that_nations_people():
    text = (
        "У російських в'язницях перебувають 300 українських цивільних, "
        "а в українських — 50 російських."
    )
    got = facts(text, "uk")
    assert [g[2:6] for g in got] == [("UA", "RU", "civilian", 300), ("RU", "UA", "civilian", 50)]


# RELATIVES: a noun of kin counts people (relatives freed in a swap), unless a captive noun
# in the genitive after it says whose relatives they are (a family's count, no captives).


def test_uk_relatives_given_in_return_are_the_other_sides_people():
    got = facts("Венесуела звільнила шістьох американців в обмін на трьох родичів міністра.", "uk")
    assert [g[2:6] for g in got] == [("US", "VE", "unspecified", 6), ("VE", "US", "unspecified", 3)]


def test_ru_relatives_given_in_return_are_the_other_sides_people():
    text = "Каракас освободил шестерых американцев в обмен на трех родственников министра."
    assert [g[2:4] for g in facts(text, "ru")] == [("US", "VE"), ("VE", "US")]


def test_ru_relatives_of_captives_are_no_captives():
    assert facts("В Киеве на акцию вышли 300 родственников пленных.", "ru") == []


def test_uk_relatives_of_captives_are_no_captives():
    text = "До Офісу омбудсмана звернулися 300 родичів українських полонених."
    assert facts(text, "uk") == []
