"""Russian and Ukrainian stories of other conflicts than Russia's war on Ukraine: their
parties named (lexicon actors, as actors.yaml knows them in English), no home side the
story does not have, and a clause after a contrast kept apart. Sentences of our own."""

from __future__ import annotations

from construction_harness import slavic_rows as facts
from swaptally.slavic.lexicon import load_lexicon
from swaptally.slavic.morph import tokens

# ACTORS: the parties of conflicts the English lexicon knows, in their ru/uk forms; an armed
# group holds people where its state is (the Philippines' for Abu Sayyaf); a state whose
# armed groups fight its government frees its own (civil_war).


def test_uk_an_armed_group_of_the_philippines_holds_foreign_sailors():
    text = "Угруповання Абу Сайяф звільнило чотирьох індонезійських моряків."
    assert facts(text, "uk") == [("release", "reported", "ID", "PH", "military", 4)]


def test_ru_an_armed_group_of_the_philippines_holds_foreign_sailors():
    text = "Группировка Абу Сайяф отпустила четырёх индонезийских моряков."
    assert facts(text, "ru") == [("release", "reported", "ID", "PH", "military", 4)]


def test_ru_malis_government_frees_its_own_prisoners():
    text = "Правительство Мали освободило 40 заключённых."
    assert facts(text, "ru") == [("release", "reported", "ML", "ML", "unspecified", 40)]


def test_uk_malis_government_frees_its_own_prisoners():
    text = "Уряд Малі звільнив 40 ув'язнених."
    assert facts(text, "uk") == [("release", "reported", "ML", "ML", "unspecified", 40)]


def test_uk_a_mediator_named_before_the_doer_is_no_side():
    text = "За посередництва Оману Іран звільнив трьох американців."
    assert facts(text, "uk") == [("release", "reported", "US", "IR", "unspecified", 3)]


# A COMMON WORD'S FORM: a lower-case word is a name only when every reading the dictionary
# knows is a name's ("малі", small, is no Mali; "хуситами" has only guessed other readings).


def test_uk_a_lower_case_adjective_spelled_as_a_state_is_no_actor():
    lex = load_lexicon("uk")
    assert [t.w.actor for t in tokens("уряд Малі і малі групи", lex)] == [
        None, "ML", None, None, None,
    ]  # fmt: skip


def test_ru_a_name_with_only_guessed_other_readings_stays_an_actor():
    lex = load_lexicon("ru")
    assert [t.w.actor for t in tokens("освобождённых хуситами", lex)] == [None, "YE"]


def test_uk_small_groups_name_no_state_of_the_story():
    text = "Навіть малі групи полонених важливі: 15 українців повернулися додому."
    assert facts(text, "uk") == [("exchange", "reported", "UA", "RU", "unspecified", 15)]


# HOME: the language's home side (Ukraine's, for "додому" in Ukrainian) only in a story it
# is a side of; in a story of other parties home is where the people told before belong.


def test_uk_home_in_a_story_of_iran_is_the_freed_americans():
    text = "Іран звільнив п'ятьох американців. Додому повернулися ще двоє людей."
    assert facts(text, "uk")[1] == ("release", "reported", "US", "IR", "unspecified", 2)


def test_uk_home_in_a_story_of_the_war_stays_ukraines():
    text = "Вчора додому повернулися ще 40 людей."
    assert facts(text, "uk") == [("exchange", "reported", "UA", "RU", "unspecified", 40)]


# CONTRAST: a verb after a contrast set off by a clause mark (", — а Ізраїль випустив") has
# a subject of its own; a figure before it keeps its list's verb, not that one.


def test_uk_the_last_of_a_list_before_a_contrast_keeps_the_lists_holder():
    text = (
        "ХАМАС звільнив 30 заручників — 25 ізраїльтян, чотирьох громадян Таїланду і одного "
        "філіппінця, — а Ізраїль випустив 90 палестинців."
    )
    got = facts(text, "uk")
    assert ("release", "reported", "PH", "PS", "unspecified", 1) in got
    assert ("exchange", "reported", "PS", "IL", "unspecified", 90) in got


def test_ru_the_last_of_a_list_before_a_contrast_keeps_the_lists_holder():
    text = (
        "ХАМАС освободил 30 заложников — 25 израильтян, четырёх граждан Таиланда и одного "
        "филиппинца, — а Израиль выпустил 90 палестинцев."
    )
    assert ("release", "reported", "PH", "PS", "unspecified", 1) in facts(text, "ru")


def test_ru_an_addition_after_a_comma_keeps_the_verb():
    text = "Украина вернула 90 военных, а также 10 гражданских, сообщили в Киеве."
    assert facts(text, "ru") == [
        ("exchange", "reported", "UA", "RU", "military", 90),
        ("exchange", "reported", "UA", "RU", "civilian", 10),
    ]


# POLITICAL PRISONERS: a people's political prisoners are held by their own state, unless
# the clause names who else holds or frees them.


def test_ru_a_states_own_political_prisoners_freed_in_a_deal_were_its_own():
    text = "По сделке Минск выпускает на свободу 30 белорусских политзаключённых."
    assert [g[2:4] for g in facts(text, "ru")] == [("BY", "BY")]


def test_uk_a_states_own_political_prisoners_freed_in_a_deal_were_its_own():
    text = "За угодою Мінськ звільняє 30 білоруських політв'язнів."
    assert [g[2:4] for g in facts(text, "uk")] == [("BY", "BY")]


def test_uk_political_prisoners_named_by_a_dash_apposition_were_held_at_home():
    text = "Москва звільнила 12 людей, зокрема трьох німців і п'ятьох росіян — політв'язнів."
    got = [(*g[2:4], g[5]) for g in facts(text, "uk")]
    assert ("DE", "RU", 3) in got and ("RU", "RU", 5) in got


def test_ru_another_peoples_political_prisoners_are_held_by_who_frees_them():
    text = "Россия освободила пятерых украинских политзаключённых."
    assert [g[2:4] for g in facts(text, "ru")] == [("UA", "RU")]


# PLACED BY A CLAUSE: a participle or relative clause set off by a comma right after the group
# that places the people in one state ("осуждённых в Иране", "яких утримували в Баку") names
# their holder; a state named after the clause (where they are now) does not.


def test_ru_foreigners_sentenced_in_a_state_were_held_by_it():
    text = "Кроме того, на свободу выйдут 40 иностранцев, осуждённых в Иране."
    assert facts(text, "ru") == [("release", "planned", "XX", "IR", "unspecified", 40)]


def test_uk_foreigners_sentenced_in_a_state_were_held_by_it():
    text = "Також на волю вийдуть 40 іноземців, засуджених в Ірані."
    assert facts(text, "uk") == [("release", "planned", "XX", "IR", "unspecified", 40)]


def test_ru_detained_in_a_venue_state_were_held_by_it():
    text = "Освобождены 12 граждан Литвы, задержанных в Белоруссии."
    assert [g[2:4] for g in facts(text, "ru")] == [("LT", "BY")]


def test_uk_where_the_freed_are_now_is_not_who_held_them():
    text = (
        "Троє вірменських військових, яких тримали в Баку понад рік, повернулися і тепер "
        "лікуються у Вірменії."
    )
    assert [g[2:4] for g in facts(text, "uk")] == [("AM", "AZ")]
