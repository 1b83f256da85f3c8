"""Russian and Ukrainian sides of other conflicts: a nation at war with itself, an armed
group's hostages, a state freeing its own inmates, the actors as the corpus conventions code
them. Sentences of our own, in several wordings and conflicts."""

from __future__ import annotations

from construction_harness import slavic_rows as facts

# CIVIL: two sides of one nation at war with itself exchanged N: a two-sided total.


def test_ru_a_civil_wars_sides_exchanging_are_a_two_sided_total():
    text = "Хуситы и правительство Йемена в пятницу, 7 ноября, обменялись 420 пленными."
    assert facts(text, "ru") == [("exchange", "reported", "XX", "XX", "unspecified", 420)]


def test_uk_a_civil_wars_sides_exchanging_are_a_two_sided_total():
    text = "Хусити та уряд Ємену обміняли 420 полонених."
    assert facts(text, "uk") == [("exchange", "reported", "XX", "XX", "unspecified", 420)]


def test_ru_two_states_exchanging_stay_each_sides():
    got = facts("Армения и Азербайджан обменялись 12 пленными.", "ru")
    assert sorted(g[2:4] for g in got) == [("AM", "AZ"), ("AZ", "AM")]


# ACTORS: Myanmar, Syria's SDF and Sudan's RSF as the corpus conventions code them.


def test_ru_a_junta_pardoning_in_myanmar_frees_its_own():
    got = facts("В Мьянме хунта помиловала более 2000 заключённых.", "ru")
    assert [g[:4] for g in got] == [("release", "reported", "MM", "MM")]


def test_ru_syrias_government_and_the_sdf_exchanging_are_a_two_sided_total():
    got = facts("Правительство Сирии и СДС обменялись 300 пленными.", "ru")
    assert [g[2:4] for g in got] == [("XX", "XX")]


# INMATES: a state that frees inmates of no stated nationality, outside a swap, frees its
# own (as it pardons its own convicts); foreigners named after them, or a swap's other side,
# say otherwise.


def test_ru_a_state_letting_inmates_go_frees_its_own():
    got = facts("Минск выпустил на свободу 75 заключённых.", "ru")
    assert got == [("release", "reported", "BY", "BY", "unspecified", 75)]


def test_uk_a_state_freeing_inmates_frees_its_own():
    got = facts("Влада Білорусі звільнила 75 ув'язнених.", "uk")
    assert got == [("release", "reported", "BY", "BY", "unspecified", 75)]


def test_ru_inmates_with_foreigners_among_them_are_mixed():
    got = facts("Минск освободил 75 заключённых, среди освобождённых — 6 иностранцев.", "ru")
    assert got[0][2:4] == ("XX", "BY")


def test_ru_inmates_freed_in_return_for_hostages_are_the_other_sides():
    text = "ХАМАС освободил пятерых заложников, а Израиль выпустил 150 заключенных."
    assert [g[2:4] for g in facts(text, "ru")] == [("IL", "PS"), ("PS", "IL")]


# HOSTAGES' ENEMY: an armed group's hostages are the people of the state it fights, though
# the text names a third state more often (a story told from Moscow).


def test_ru_hostages_freed_by_an_armed_group_are_its_enemys_people():
    text = "Кремль сообщил, что Россия ждёт новостей из Москвы. ХАМАС отпустил 11 заложников."
    assert [g[2:4] for g in facts(text, "ru")] == [("IL", "PS")]


def test_uk_hostages_freed_by_an_armed_group_are_its_enemys_people():
    text = "Кремль повідомив, що Росія чекає новин із Москви. ХАМАС звільнив 11 заручників."
    assert [g[2:4] for g in facts(text, "uk")] == [("IL", "PS")]


# CIVIL SUBJECT: a side of a nation at war with itself that frees people of its own
# nationality frees the other side's, which it held, though the text names a third state.


def test_uk_a_civil_wars_side_freeing_its_nations_people_holds_them():
    text = (
        "США сприяють домовленості Кабула з талібами. Кабул випустив 1500 полонених талібів, "
        "а таліби звільнили 300 бійців афганських сил безпеки."
    )
    got = [(g[2], g[3], g[4], g[5]) for g in facts(text, "uk")]
    assert got == [("AF", "AF", "unspecified", 1500), ("AF", "AF", "military", 300)]


def test_ru_a_civil_wars_side_freeing_its_nations_people_holds_them():
    text = "США поддержали договорённость Кабула с талибами. Кабул выпустил 1500 пленных талибов."
    assert [g[2:4] for g in facts(text, "ru")] == [("AF", "AF")]


def test_ru_a_state_freeing_its_own_from_captivity_still_gets_them_back():
    got = facts("Россия освободила 20 российских военных из украинского плена.", "ru")
    assert [g[2:4] for g in got] == [("RU", "UA")]


# TAKEN, FREED IN A STATE: people told as abducted or detained by no one named, freed in a
# state, are its own, held there (as inmates freed there are); pupils are people counted.


def test_ru_abducted_pupils_freed_in_a_state_are_its_own():
    got = facts("В Нигерии освобождены 80 похищенных школьниц.", "ru")
    assert got == [("release", "reported", "NG", "NG", "unspecified", 80)]


def test_uk_abducted_pupils_freed_in_a_state_are_its_own():
    got = facts("У Нігерії звільнили 80 викрадених учнів.", "uk")
    assert got == [("release", "reported", "NG", "NG", "unspecified", 80)]


def test_ru_pupils_of_a_school_are_no_captives_without_a_handover():
    assert facts("В школе в Нигерии учатся 500 учеников.", "ru") == []


# HOSTAGES' HOLDER: hostages of the nation an armed group of the text fights (its lexicon
# opponent), with no holder named in their clause, are held by that group, whichever other
# state the text names more; other people of that nation are not.


def test_ru_hostages_of_an_armed_groups_enemy_are_held_by_it():
    text = (
        "ХАМАС поблагодарил Москву. Накануне из Газы вышли на свободу четыре израильские заложницы."
    )
    assert [g[2:4] for g in facts(text, "ru")] == [("IL", "PS")]


def test_uk_hostages_of_an_armed_groups_enemy_are_held_by_it():
    text = "ХАМАС подякував Москві. Напередодні на волю вийшли чотири ізраїльські заручниці."
    assert [g[2:4] for g in facts(text, "uk")] == [("IL", "PS")]


def test_ru_citizens_of_that_nation_are_not_taken_for_hostages():
    text = "ХАМАС поблагодарил Москву. Накануне на свободу вышли четыре израильских гражданина."
    assert [g[2:4] for g in facts(text, "ru")] == [("IL", None)]
