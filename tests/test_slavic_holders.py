"""Russian and Ukrainian: who held the people a figure counts when its own clause names no
captor. People freed out of a state named before the figure ("із Венесуели відпустили 9") were
held by it; a group whose holder no construction names takes the holder of the group told
before it, in its sentence or, else, in the text (someone held every captive a text counts).
Sentences of our own."""

from __future__ import annotations

from construction_harness import slavic_rows as facts

# FREED OUT OF A STATE: "из"/"з" + a state before the figure, with a verb of freeing; after
# the group the phrase tells where the people are from, not who held them.


def test_uk_people_freed_out_of_a_state_were_held_by_it():
    text = "Із Венесуели на волю відпустили 9 іноземців."
    assert facts(text, "uk") == [("release", "reported", "XX", "VE", "unspecified", 9)]


def test_ru_people_freed_out_of_a_state_were_held_by_it():
    text = "Из Венесуэлы на волю отпустили 9 иностранцев."
    assert facts(text, "ru") == [("release", "reported", "XX", "VE", "unspecified", 9)]


def test_uk_a_state_after_the_group_is_where_the_people_are_from():
    text = "Уряд Колумбії звільнив двох заручників з Італії."
    assert facts(text, "uk") == [("release", "reported", "IT", "CO", "unspecified", 2)]


# THE HOLDER OF THE GROUP BEFORE: a group joined to one whose captor is named, or told in the
# next sentence of the same freeing, came out of the same captivity.


def test_ru_foreigners_joined_to_a_group_freed_from_captivity_share_its_holder():
    text = (
        "В ходе обмена из плена освобождены 40 украинских бойцов "
        "и шестеро иностранных добровольцев."
    )
    assert facts(text, "ru") == [
        ("exchange", "reported", "UA", "RU", "military", 40),
        ("exchange", "reported", "XX", "RU", "military", 6),
    ]


def test_uk_foreigners_joined_to_a_group_freed_from_captivity_share_its_holder():
    text = (
        "Під час обміну з полону звільнено 40 українських бійців і шістьох іноземних добровольців."
    )
    assert facts(text, "uk") == [
        ("exchange", "reported", "UA", "RU", "military", 40),
        ("exchange", "reported", "XX", "RU", "military", 6),
    ]


def test_ru_a_later_sentence_of_the_same_freeing_keeps_its_holder():
    text = (
        "Венесуэла освободила 9 американских заключённых. "
        "Кроме того, на свободу вышли трое граждан Канады."
    )
    assert facts(text, "ru") == [
        ("release", "reported", "US", "VE", "unspecified", 9),
        ("release", "reported", "CA", "VE", "unspecified", 3),
    ]


def test_uk_a_later_sentence_of_the_same_freeing_keeps_its_holder():
    text = (
        "Венесуела звільнила 9 американських ув'язнених. "
        "Крім того, на волю вийшли троє громадян Канади."
    )
    assert facts(text, "uk") == [
        ("release", "reported", "US", "VE", "unspecified", 9),
        ("release", "reported", "CA", "VE", "unspecified", 3),
    ]
