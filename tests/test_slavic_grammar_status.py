"""Russian and Ukrainian kind and status read from the verb's grammar: tense, aspect, the
form of a governing word (intent, success), the verb's class and what a swap asks in return.
Each mechanism is tested on sentences of our own, in several wordings and conflicts."""

from __future__ import annotations

from construction_harness import slavic_rows as facts

# INTENT: an infinitive of handing over governed by a word of intent in the present tense
# or a short adjective is a plan, whatever the word (no list of such words needed).


def test_ru_a_short_adjective_of_intent_makes_a_plan():
    got = facts("Россия намерена передать Украине 58 военнопленных.", "ru")
    assert got == [("exchange", "planned", "UA", "RU", "military", 58)]


def test_ru_a_present_verb_of_intent_makes_a_plan():
    got = facts("Азербайджан обещает вернуть Армении 6 военнопленных.", "ru")
    assert [g[:2] for g in got] == [("release", "planned")]


def test_uk_a_present_verb_with_a_noun_of_intent_makes_a_plan():
    got = facts("Росія має намір передати Україні 58 полонених.", "uk")
    assert got == [("exchange", "planned", "UA", "RU", "unspecified", 58)]


def test_ru_a_verb_of_success_stays_done():
    got = facts("России удалось вернуть 58 военнослужащих.", "ru")
    assert [g[:2] for g in got] == [("exchange", "reported")]


def test_ru_a_past_governor_is_left_to_the_lexicon():
    got = facts("Катар помог вернуть на Украину 4 детей.", "ru")
    assert all(g[1] == "reported" for g in got)


# ASPECT: a verb of handing over in the imperfective (a handover under way, in the
# present) is its perfective partner's class; taken into captivity it takes, not hands over.


def test_ru_an_imperfective_of_getting_back_gets():
    got = facts("Армения получает от Азербайджана 12 своих военнослужащих.", "ru")
    assert [g[2:4] for g in got] == [("AM", "AZ")]


def test_ru_an_imperfective_of_handing_over_hands_over():
    got = facts("Сегодня Киеву отдают 40 пленных.", "ru")
    assert [g[2:4] for g in got] == [("UA", "RU")]


def test_uk_an_imperfective_of_getting_back_gets():
    got = facts("Україна отримує 40 своїх військових.", "uk")
    assert [g[2:4] for g in got] == [("UA", "RU")]


def test_ru_taking_into_captivity_is_no_handover():
    got = facts("Российские военные забрали в плен 30 украинских солдат.", "ru")
    assert [g[:2] for g in got] in ([], [("held", "estimated")])


# OUT OF CAPTIVITY: a verb of going out with "из плена" beside it brings people back.


def test_uk_going_out_of_captivity_is_a_return():
    got = facts("Ще 64 українських військових вийшли з російського полону.", "uk")
    assert got == [("exchange", "reported", "UA", "RU", "military", 64)]


def test_ru_going_out_of_captivity_is_a_return():
    got = facts("Из плена вышли 40 российских военных.", "ru")
    assert got == [("exchange", "reported", "RU", "UA", "military", 40)]


# NOTHING ASKED: "без" and what a swap asks in return (a condition, an exchange): freed
# one-sidedly, though the text tells swaps too.


def test_ru_freed_without_conditions_in_return_is_a_release():
    text = (
        "Стороны обменялись пленными. Позже хуситы без встречных условий освободили 70 "
        "военнопленных."
    )
    assert [g[:2] for g in facts(text, "ru")][-1] == ("release", "reported")


def test_uk_freed_without_any_conditions_is_a_release():
    text = (
        "Сторони обмінялися полоненими. Згодом хусити без будь-яких умов звільнили 70 "
        "військовополонених."
    )
    assert [g[:2] for g in facts(text, "uk")][-1] == ("release", "reported")


# THE SWAP ITSELF: a goodwill cue that names the exchange itself (the figure's own verb,
# in its clause) leaves it a swap; past a contrast it still marks a release.


def test_uk_a_swap_called_a_goodwill_gesture_stays_a_swap():
    got = facts("Обмін двох росіян на сімох американців став жестом доброї волі.", "uk")
    assert [g[0] for g in got] == ["exchange", "exchange"]


def test_ru_a_goodwill_release_past_a_contrast_stays_a_release():
    text = "Россия освободила 90 военных в рамках обмена, а ещё 12 — жестом доброй воли."
    assert [g[0] for g in facts(text, "ru")][-1] == "release"


# THIRD STATE: a state that is no side of the war handing the war's people over, with no
# swap told, frees them; one of the war's sides handing them over is a swap's half.


def test_uk_a_third_state_handing_over_frees():
    got = facts("Мінськ передав Україні 9 громадян, які відбували покарання в колоніях.", "uk")
    assert [g[:4] for g in got] == [("release", "reported", "UA", "BY")]


def test_ru_a_side_of_the_war_handing_over_is_a_swaps_half():
    got = facts("Россия передала Украине 9 граждан.", "ru")
    assert [g[:4] for g in got] == [("exchange", "reported", "UA", "RU")]


# FOR THINGS: an exchange "for" a common noun that names no people (maps, goods) trades
# things: the people handed over are freed one-sidedly; for people or a name it is a swap.


def _kinds(text: str, lang: str) -> list[str]:
    return [g[0] for g in facts(text, lang)]


def test_uk_handed_over_in_exchange_for_maps_is_a_release():
    text = "Баку передав Єревану 12 полонених солдатів в обмін на схеми замінованих ділянок."
    assert _kinds(text, "uk") == ["release"]


def test_ru_handed_over_in_exchange_for_a_named_man_is_a_swap():
    assert _kinds("Россия передала Украине 10 пленных в обмен на Медведчука.", "ru") == ["exchange"]


def test_ru_handed_over_in_exchange_for_people_is_a_swap():
    text = "Азербайджан передал Армении 10 пленных в обмен на 5 азербайджанцев."
    assert _kinds(text, "ru") == ["exchange", "exchange"]


# AMNESTY: an amnesty, as a verb or a noun, frees a state's own inmates one-sidedly.


def test_ru_an_amnesty_as_a_noun_frees_the_states_own():
    got = facts("Хунта Мьянмы подписала указ об амнистии 4000 узников.", "ru")
    assert got == [("release", "reported", "MM", "MM", "unspecified", 4000)]


def test_uk_an_amnesty_as_a_verb_frees_the_states_own():
    got = facts("Влада М'янми амністувала 4000 ув'язнених.", "uk")
    assert got == [("release", "reported", "MM", "MM", "unspecified", 4000)]


# GOING HOME: a verb of travel with a word of home beside it ("домой едут", "летять
# додому") brings the people it counts back, as "вернулись"; without it, no return.


def test_ru_travelling_home_is_coming_back():
    got = facts("Лубинец сообщил, что домой едут 120 украинских военных.", "ru")
    assert got == [("exchange", "reported", "UA", "RU", "military", 120)]


def test_uk_travelling_home_is_coming_back():
    got = facts("Лубінець повідомив, що додому їдуть 120 українських військових.", "uk")
    assert got == [("exchange", "reported", "UA", "RU", "military", 120)]


def test_ru_travelling_elsewhere_is_no_return():
    assert facts("Сегодня 120 российских военных едут на фронт.", "ru") == []


# A PLAN GOVERNS ITS INFINITIVE'S OBJECTS: Ukrainian's dictionary tags an infinitive VERB; it
# is no finite verb of its own between a plan verb and the figures it governs.


def test_uk_a_plan_verb_governs_past_its_infinitive():
    got = facts("Київ запропонував віддати 40 людей в обмін на 30 полонених.", "uk")
    assert [g[:4] for g in got] == [
        ("exchange", "planned", "RU", "UA"),
        ("exchange", "planned", "UA", "RU"),
    ]


def test_ru_a_plan_verb_governs_past_its_infinitive():
    got = facts("Киев предложил отдать 40 человек в обмен на 30 пленных.", "ru")
    assert [g[1] for g in got] == ["planned", "planned"]


# NOT DONE YET: a deal's terms, talks about a handover and a wait for it tell of one still
# to come, as a plan does (lexicon planned: "предусматривать", "обговорювати", "чекати").


def test_a_deals_terms_talks_and_a_wait_make_a_plan():
    # (civilians brought back under a document that tells no swap: a release)
    for text, lang, kind in [
        (
            "Договор между Баку и Ереваном предусматривает возвращение 30 армянских военных.",
            "ru",
            "exchange",
        ),
        ("Підписаний у Досі документ передбачає повернення Україні 60 цивільних.", "uk", "release"),
        (
            "Делегації в Абу-Дабі обговорили повернення 250 українських військових.",
            "uk",
            "exchange",
        ),
        ("Семьи в Курске ждут возвращения 75 российских военных к лету.", "ru", "exchange"),
    ]:
        assert [g[:2] for g in facts(text, lang)] == [(kind, "planned")], text
