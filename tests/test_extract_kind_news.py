"""English news shapes of kind, status, category and traps, read whole by extract_facts:
a figure with no people noun after a handover verb (headlines, second mentions), a
headline's infinitive, numbers that count things, not people."""

from __future__ import annotations

import pytest
from extract_helpers import fact_rows as facts
from extract_helpers import kind_rows as kinds


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a headline or second mention: the verb's bare figure, no people noun after it
        ("Azerbaijan frees 12 after border talks", ("release", "reported", 12)),
        ("The Houthis released 64 on Thursday, the ICRC said.", ("release", "reported", 64)),
        ("Minsk pardoned 18 ahead of the holiday.", ("release", "reported", 18)),
    ],
)
def test_a_handover_verbs_bare_figure_counts_people(text: str, want: tuple) -> None:
    assert want in kinds(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Belarus to pardon 31 in holiday amnesty", ("release", "planned", 31)),
        ("Sudan junta to free nearly 900 detainees", ("release", "planned", 900)),
        ("Eritrean government to release 75 more under new decree", ("release", "planned", 75)),
    ],
)
def test_a_headlines_infinitive_is_planned_also_after_a_body(text: str, want: tuple) -> None:
    assert want in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ruling party received 270 votes in the runoff.",
        "The brigade returned 5 tanks to the depot for repairs.",
        "The ministry released 3 reports on prison conditions on Friday.",
        "Kyiv received 40 missiles from its allies last month.",
    ],
)
def test_a_handover_verbs_figure_with_a_thing_noun_counts_no_people(text: str) -> None:
    assert facts(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # a noun of things after a name or with a people noun's ending is still a thing's
        "Ukraine has received 31 Abrams tanks from the United States.",
        "Germany handed over 18 Leopard tanks to Ukraine.",
        "Russia returned 20 computers seized in the raid.",
        "The army freed 40 containers stuck at the port.",
        "Warsaw received 12 Patriot launchers and 30 Rosomak vehicles from its partners.",
    ],
)
def test_a_thing_noun_after_a_name_or_ending_in_ers_counts_no_people(text: str) -> None:
    assert facts(text) == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a word after the figure that is no noun of its own leaves it a count of people
        ("Hamas freed three hostages and Israel released 90 afterwards.", 90),
        ("Kyiv freed 45 rather than the 60 it had announced, the ombudsman said.", 45),
    ],
)
def test_a_bare_figure_before_an_adverb_still_counts_people(text: str, want: int) -> None:
    assert want in {n for _, _, n in kinds(text)}


def test_a_figure_named_by_a_capitalised_people_word_stays() -> None:
    # "three Europeans": a name, no thing, though the lexicon does not list it
    assert ("release", "reported", 3) in kinds("Tehran freed three Europeans on Friday.")


def test_a_count_in_a_relative_clause_after_a_swap_noun_is_no_group() -> None:
    # "a swap the two governments arranged": the governments, no people handed over
    got = kinds(
        "Baku handed over 21 Armenian soldiers in exchange for four Azerbaijani soldiers, "
        "a swap the two governments arranged without mediators."
    )
    assert {n for _, _, n in got} == {21, 4}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen released nine herdsmen near the border on Tuesday.",
        "The coast guard said the militia freed 31 migrants it had held for weeks.",
    ],
)
def test_a_word_with_a_people_nouns_ending_counts_people(text: str) -> None:
    assert any(k == "release" for k, _, _ in kinds(text))


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a side's members are its people; members of an armed force are soldiers
        ("The rebels said 56 of their members were freed by the army, not 70.", "unspecified"),
        ("Insurgents released 212 members of the Malian Armed Forces on Monday.", "military"),
        ("The militia freed 48 members of the national army after talks.", "military"),
    ],
)
def test_members_count_people_and_members_of_a_force_soldiers(text: str, category: str) -> None:
    assert category in {c for _, _, _, _, c, _ in facts(text)}


@pytest.mark.parametrize(
    "text",
    [
        # a count of swaps, or of the dead, is no count of captives
        "The handover was the 48th of the war, bringing the number of exchanges to 48.",
        "Officials put the number of POW swaps held since 2022 at 58.",
        "Kyiv puts the number of enemy soldiers killed since February at 92,000.",
    ],
)
def test_the_number_of_events_or_of_the_dead_counts_no_captives(text: str) -> None:
    assert facts(text) == set()


def test_the_number_of_people_freed_still_counts() -> None:
    got = kinds("The swap brought the number of Armenians freed from Azerbaijani jails to 62.")
    assert ("exchange", "reported", 62) in got or ("release", "reported", 62) in got


@pytest.mark.parametrize(
    "text",
    [
        "Some 300 Ukrainian soldiers have not yet been released.",
        "Twelve hostages have still not been returned by the militants.",
        "About 70 Georgian detainees are not yet freed, the ombudsman said.",
    ],
)
def test_a_group_not_yet_handed_over_is_still_held(text: str) -> None:
    (got,) = kinds(text)
    assert got[:2] == ("held", "estimated")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Russia and Ukraine each freed 95 prisoners, 190 in total, on Friday.", "unspecified"),
        ("Baku and Yerevan handed over 12 soldiers each, for a total of 24.", "military"),
        ("Israel and Hamas freed 40 detainees each; 80 people in all went home.", "unspecified"),
    ],
)
def test_a_total_beside_a_figure_for_each_side_is_both_sides(text: str, category: str) -> None:
    got = facts(text)
    totals = {f for f in got if f[5] in (190, 24, 80)}
    assert totals == {("exchange", "reported", "XX", "XX", category, next(iter(totals))[5])}


def test_students_are_no_civilian_noun() -> None:
    got = facts("Gunmen freed 42 students abducted from a college in Zamfara last month.")
    assert {c for *_, c, _ in got} == {"unspecified"}


@pytest.mark.parametrize("plan", ["due", "slated", "going"])
def test_a_passives_plan_word_is_lexicon_data(plan: str) -> None:
    # held_stock reads "are <plan> to be flown to <place>" as a handover to come
    got = kinds(f"Thirty detainees held in Marib are {plan} to be flown to Sanaa on Monday.")
    assert got == {("release", "planned", 30)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a consular list names the other country's nationals the list's state holds
        (
            "Yerevan gave Baku a list of 19 detainees who are Azerbaijani, officials said.",
            {("held", "estimated", "AZ", "AM", "unspecified", 19)},
        ),
        (
            "Pakistan's list named 412 civilian prisoners and 77 fishermen thought to be Indian.",
            {
                ("held", "estimated", "IN", "PK", "civilian", 412),
                ("held", "estimated", "IN", "PK", "unspecified", 77),
            },
        ),
    ],
)
def test_a_list_of_nationals_a_state_holds_is_a_stock(text: str, want: set) -> None:
    assert facts(text) == want


def test_a_list_of_people_to_be_freed_still_counts_no_one() -> None:
    assert facts("Hamas sent Israel a list of 33 hostages to be freed on Sunday.") == set()


@pytest.mark.parametrize(
    "text",
    [
        # what is swapped is lists, or the swap is only hoped for, or denied: no swap told
        "Yerevan urged Baku to free 30 Armenians as detainee lists were exchanged. "
        "Azerbaijan freed 12 Armenian soldiers last year.",
        "Gunmen released 40 hostages on Monday, which officials called a step toward a "
        "prisoner exchange.",
        "The militia freed 25 soldiers, which could pave the way for a prisoner swap.",
        "Minsk freed 16 political prisoners on Friday; they were not freed in return for any "
        "easing of sanctions, Vilnius said.",
    ],
)
def test_a_release_beside_a_swap_word_that_tells_no_swap_stays_a_release(text: str) -> None:
    # (a holder urged to free people still holds them: 'urged Baku to free 30' is a stock)
    got = kinds(text)
    assert got and {k for k, _, _ in got} - {"held"} == {"release"}


def test_a_swap_told_in_the_same_text_still_makes_exchanges() -> None:
    got = kinds(
        "Kyiv got back 90 soldiers in a prisoner swap on Sunday. Officials called it a step "
        "toward a larger prisoner exchange."
    )
    assert ("exchange", "reported", 90) in got


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # the parts of a stock, set off after a colon, are held as it is
        ("Azerbaijan holds 23 Armenians: 19 soldiers and four civilians.", {19, 4}),
        ("The Houthis still hold 60 Saudis: 45 troops and 15 civilians.", {45, 15}),
    ],
)
def test_the_parts_of_a_stock_after_a_colon_are_held(text: str, parts: set) -> None:
    got = kinds(text)
    assert {n for k, s, n in got if (k, s) == ("held", "estimated")} >= parts
    assert all(k == "held" for k, _, _ in got)


def test_the_parts_of_a_release_after_a_colon_stay_releases() -> None:
    got = kinds("Belarus freed 31 prisoners on Friday: 20 men and 11 women.")
    assert ("release", "reported", 31) in got and all(k == "release" for k, _, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        # a handover hedged as possible is still to come: planned, not done
        "Up to 900 Eritrean detainees could be freed under the amnesty, a monitor said.",
        "About 300 Houthi prisoners may be released next week, officials said.",
    ],
)
def test_a_hedged_handover_is_planned(text: str) -> None:
    assert {s for _, s, _ in kinds(text)} == {"planned"}


def test_a_hedged_stock_stays_a_stock() -> None:
    assert {k for k, _, _ in kinds("Some 40 hostages may be held by other groups.")} == {"held"}


@pytest.mark.parametrize(
    "text",
    [
        # a bare figure right after a sentence about bodies takes their noun: no captives
        "Ukraine has received the bodies of 1,000 fallen soldiers, Kyiv said. "
        "Russia received 24 in return.",
        "Israel handed back the remains of 15 Palestinians on Tuesday. "
        "Hamas returned 2 a day earlier.",
        "Armenia handed over the remains of 40 soldiers on Monday. The ceremony was brief. "
        "Baku received 6 in exchange.",
    ],
)
def test_a_bare_figure_after_a_sentence_about_bodies_counts_the_dead(text: str) -> None:
    assert facts(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # a verb only the living take, or a people noun of its own: captives again
        "Ukraine received the bodies of 500 soldiers on Friday. Russia freed 20 the same day.",
        "Kyiv got back the remains of 60 soldiers. Moscow handed over 20 prisoners as well.",
    ],
)
def test_after_a_sentence_about_bodies_the_living_still_count(text: str) -> None:
    assert 20 in {n for _, _, n in kinds(text)}


def test_after_a_sentence_about_bodies_a_figure_after_a_people_noun_still_counts() -> None:
    got = kinds(
        "Armenia received the bodies of 12 soldiers on Monday. "
        "Of the detainees Baku freed, 30 had been held since 2020."
    )
    assert 30 in {n for _, _, n in got}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # a nationality before a noun the lexicon lacks: the people are that state's
        ("Turkey freed 20 Syrian refugees detained in Gaziantep.", ("SY", "TR")),
        ("Dominican police freed 12 Haitian migrants.", ("HT", "DO")),
        ("Greek coastguards returned 35 Afghan asylum-seekers to Turkey.", ("AF", "GR")),
    ],
)
def test_a_nationality_before_an_unlisted_noun_names_the_persons_side(
    text: str, sides: tuple
) -> None:
    assert {(p, h) for _, _, p, h, _, _ in facts(text)} == {sides}
