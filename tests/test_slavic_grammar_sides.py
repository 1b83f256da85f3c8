"""Russian and Ukrainian sides read from case and clause: the dative receives and the
nominative gives, a subordinate clause's party is no subject, a participle's doer held the
people, a gapped clause's party plays its role. Sentences of our own, in several wordings."""

from __future__ import annotations

from construction_harness import slavic_rows as facts

# CASE: the dative receives and the nominative gives, in any order of the two.


def test_ru_a_dative_before_the_nominative_subject_receives():
    got = facts("Украине Россия вернула 58 военнопленных.", "ru")
    assert got == [("exchange", "reported", "UA", "RU", "military", 58)]


def test_uk_a_dative_before_the_nominative_subject_receives():
    got = facts("Вірменії Азербайджан повернув 5 військовополонених.", "uk")
    assert [g[2:4] for g in got] == [("AM", "AZ")]


def test_ru_a_dative_alone_before_a_verb_of_success_is_the_one_who_got_them():
    got = facts("Армении удалось вернуть 5 военнопленных.", "ru")
    assert [g[2] for g in got] == ["AM"]


# FREED_BY: the doer of a participle of freeing in the instrumental held the people.


def test_ru_the_doer_of_the_freed_participle_held_the_part():
    text = (
        "Хуситы и правительство Йемена обменялись 420 пленными. Среди освобождённых "
        "хуситами — 9 граждан Саудовской Аравии."
    )
    assert facts(text, "ru")[1][2:4] == ("SA", "YE")


# SUBORDINATE: a party in a clause of time, cause or concession closed by a comma before
# the verb is no subject of that verb.


def test_uk_a_party_of_a_since_clause_is_no_subject():
    text = "Відколи Росія почала війну, з полону загалом повернули 3100 військових."
    assert [g[2:4] for g in facts(text, "uk")] == [("UA", "RU")]


def test_ru_a_party_of_a_when_clause_is_no_subject():
    text = "Когда Азербайджан закрыл границу, Армения вернула 7 военнопленных."
    assert [g[2] for g in facts(text, "ru")] == ["AM"]


def test_ru_a_parenthetical_source_leaves_the_subject():
    text = "Армения, как уточнил Пашинян, получает 7 своих военнослужащих от Азербайджана."
    assert [g[2:4] for g in facts(text, "ru")] == [("AM", "AZ")]


# A PLACE PASSED BY: a state named only as where something happened, in a sentence that
# counts no one, is no side of the story.


def test_ru_a_place_in_a_background_sentence_is_no_side():
    text = (
        "Хуситы в одностороннем порядке освободили 70 военнопленных. Шаг сделан после "
        "перемирия в Газе."
    )
    assert [g[2:4] for g in facts(text, "ru")] == [("YE", "YE")]


# GIVES BACK: the side just handed people in the sentence that "returns" N in its turn
# gives them back; one that returns its own ("своих") still gets them.


def test_ru_the_receiver_returning_in_its_turn_gives_back():
    got = facts("Армения передала Азербайджану 10 пленных, а Азербайджан вернул 40.", "ru")
    assert [g[2:4] for g in got] == [("AZ", "AM"), ("AM", "AZ")]


def test_ru_the_receiver_returning_its_own_gets_them():
    got = facts("Россия передала Украине 100 пленных, а Украина вернула 90 своих военных.", "ru")
    assert [g[2:4] for g in got] == [("UA", "RU"), ("UA", "RU")]


# THE FREED AS A NOUN: "серед звільнених N" has no doer; a party named before it is no
# subject that freed them.


def test_uk_among_the_freed_after_a_headline_keeps_the_wholes_sides():
    got = facts("Ще 73 українці вже вдома: серед звільнених 40 цивільних", "uk")
    assert [g[2:5] for g in got] == [("UA", "RU", "unspecified"), ("UA", "RU", "civilian")]


# THE SIDE'S GENITIVE: a nationality adjective and a side noun ("армия", "сторона") in the
# genitive after the counted noun own the people, as "бойцов ВСУ" does; in a story of one
# nation at war with itself, its own sides hold them.


def test_ru_soldiers_of_a_nations_army_are_its_people():
    got = facts("Повстанцы отпустили 60 солдат суданской армии.", "ru")
    assert got == [("release", "reported", "SD", "SD", "military", 60)]


def test_uk_soldiers_of_a_nations_army_are_its_people():
    got = facts("Бойовики звільнили 60 солдатів суданської армії.", "uk")
    assert got == [("release", "reported", "SD", "SD", "military", 60)]


def test_ru_fighters_of_the_ukrainian_army_come_back_as_ukraines():
    got = facts("Из плена вернулись 35 бойцов украинской армии.", "ru")
    assert got == [("exchange", "reported", "UA", "RU", "military", 35)]


# PLACES LISTED: a list of states the group is placed in runs on from state to state (", ",
# "и"); a state named in the next clause ("; содействие оказали ОАЭ и США") is none.


def test_ru_a_state_in_the_next_clause_is_no_place_of_the_group():
    text = (
        "Домой доставили 150 российских военных, находившихся на подконтрольной Киеву "
        "территории; содействие оказали ОАЭ и США."
    )
    assert [g[2:4] for g in facts(text, "ru")] == [("RU", "UA")]


def test_uk_a_state_in_the_next_clause_is_no_place_of_the_group():
    text = (
        "Додому доставили 150 російських військових, які перебували на підконтрольній Києву "
        "території; посередниками були ОАЕ та США."
    )
    assert [g[2:4] for g in facts(text, "uk")] == [("RU", "UA")]


def test_ru_a_list_of_states_the_group_was_sentenced_in_holds_it_together():
    got = facts("Освобождены восемь россиян, осуждённых в США, Германии и Польше.", "ru")
    assert [g[2:4] for g in got] == [("RU", "XX")]


# HOME IS ONE SIDE: a total of people going home ("домой … всего 200 человек") counts the
# speaker's own side, not both sides together.


def test_ru_a_total_going_home_is_the_speakers_side():
    text = "Москалькова сообщила, что домой возвращаются наши ребята, всего 90 человек."
    assert [g[2:4] for g in facts(text, "ru")] == [("RU", "UA")]
    text = "Москалькова сообщила, что сегодня домой едут многие бойцы, всего 90 человек."
    assert [g[2:4] for g in facts(text, "ru")][-1] == ("RU", "UA")


def test_uk_a_total_going_home_is_the_speakers_side():
    text = "Лубінець повідомив, що сьогодні додому їдуть багато бійців, загалом 90 людей."
    assert [g[2:4] for g in facts(text, "uk")][-1] == ("UA", "RU")


def test_ru_a_total_of_a_swap_both_ways_stays_two_sided():
    text = "Россия и Украина провели обмен, в общей сложности освобождены 180 человек."
    assert [g[2:4] for g in facts(text, "ru")] == [("XX", "XX")]


# GAPPED CLAUSE OF CONTRAST: "…, а X — …" leaves the verb out; X, in the nominative before
# the dash, is its subject and the owner of "своих", whatever objects stand before the figure.


def test_ru_the_party_before_the_dash_owns_its_people_past_another_object():
    got = facts("Украина получила 100 военных, а Россия — политика и 50 своих бойцов.", "ru")
    assert [g[2:4] for g in got] == [("UA", "RU"), ("RU", "UA")]


def test_uk_the_party_before_the_dash_owns_its_people_past_another_object():
    got = facts("Україна отримала 100 військових, а Росія — політика та 50 своїх бійців.", "uk")
    assert [g[2:4] for g in got] == [("UA", "RU"), ("RU", "UA")]
