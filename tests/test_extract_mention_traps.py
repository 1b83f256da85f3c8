"""Stage 1, traps: figures with people near them that count no captives (the dead, the hurt,
the missing, ages, rates and loads, a force's strength, lists, people with no captivity
told, the arrested at a scene), and what keeps a group captive beside them."""

from __future__ import annotations

import pytest
from swaptally.extract import extract_facts, load_lexicon
from swaptally.extract.mentions import figures_of

LEX = load_lexicon()


def figures(text: str):
    return figures_of(LEX, text, text.lower())[0]


@pytest.mark.parametrize(
    "text",
    [
        "The shelling killed 14 soldiers near the port.",
        "Three prisoners were freed for every 10 hostages.",
        "Officials published a list of 339 prisoners.",
        "The talks lasted 12 hours in a hotel.",
    ],
)
def test_numbers_that_count_no_captives(text: str) -> None:
    counted = [f.q.value for f in figures(text)]
    assert 14 not in counted and 10 not in counted and 339 not in counted and 12 not in counted


@pytest.mark.parametrize(
    "text",
    [
        "The freed sailors, aged 19 and 23, were flown home.",
        "Aid reached the 2.3 million people of the region.",
        "Shelling caused injuries to more than 80 others.",
        "A 45-year-old farmer and 3 soldiers were freed.",
        "Monitors logged 45 hostage deaths and 80 POW executions last year.",
        "After the swap, 45 of the freed soldiers were hospitalised with wounds.",
        "Doctors said 23 of the hostages were hospitalized in serious condition.",
        "In the swap, 80 prisoners were hospitalised on arrival.",
    ],
)
def test_ages_populations_and_casualties_are_no_captives(text: str) -> None:
    counted = {f.q.value for f in figures(text)}
    assert not counted & {19, 23, 2_300_000, 80, 45}


def test_casualty_words_are_lexicon_data(tmp_path) -> None:
    extra = tmp_path / "more.yaml"
    extra.write_text("triggers:\n  not_captive_after: [stranded]\n", encoding="utf-8")
    text = "Officials said 40 sailors stranded at sea."
    assert [f.q.value for f in figures(text)] == [40]
    lex = load_lexicon([extra])
    assert figures_of(lex, text, text.lower())[0] == []


@pytest.mark.parametrize(
    "text",
    [
        "The emir invited 600 Sudanese to attend the ceremony.",
        "Lithuania deported 35 Belarusian nationals last month.",
        "Rights groups condemned the deportation of 120 Afghan prisoners.",
    ],
)
def test_invited_or_deported_people_are_no_captives(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A team of 12 doctors examined the men at a clinic in Sumy.",
        "Some 40 Venezuelans waited at the airport for news of the talks.",
    ],
)
def test_people_named_without_captivity_count_none(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Under the truce, each hostage was exchanged for three Palestinian prisoners.",
        "Each captured pilot will be swapped for 40 soldiers, the rebels said.",
    ],
)
def test_a_ratio_told_from_its_each_side_first_counts_no_group(text: str) -> None:
    assert not figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two planes carrying 60 freed detainees each landed in Sanaa.",
        "Buses with 40 prisoners each left the jail at dawn.",
    ],
)
def test_a_load_per_vehicle_is_no_side_s_count(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "In the swap, Russia also handed over 909 fallen soldiers.",
        "The militants returned the coffins of 4 hostages on Thursday.",
        "The rebels handed over 12 slain fighters to the Red Cross.",
    ],
)
def test_the_dead_named_in_the_group_or_their_coffins_are_no_captives(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "two_sided"),
    [
        # 'each' with a unit of time is a rate, not a count for each side
        ("The army said it freed 12 prisoners each week in January.", False),
        ("The militia let 30 hostages go each morning of the truce.", False),
        # guards: a count for each side
        ("The two sides released 120 prisoners each on Sunday.", True),
        ("Kyiv and Moscow handed over 95 soldiers each at the border.", True),
    ],
)
def test_each_with_a_unit_of_time_is_a_rate(text: str, two_sided: bool) -> None:
    assert figures(text)[0].two_sided is two_sided


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # 'whose' opens a clause about others: their deaths say nothing of the group's
        ("Hamas released 13 hostages whose relatives were killed on Oct. 7.", 13),
        ("The rebels freed 25 soldiers whose comrades died in the siege.", 25),
    ],
)
def test_others_dead_in_a_whose_clause_leave_the_group_captive(text: str, value: int) -> None:
    assert [f.q.value for f in figures(text)] == [value]


def test_the_group_itself_killed_counts_no_captives() -> None:
    assert figures("Officials said 40 soldiers were killed in the strike.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Iran released 40 people detained during the protests, state media said.",
        "Police in Minsk freed 40 men arrested after the killings of two officers.",
    ],
)
def test_a_casualty_word_naming_the_scene_of_an_arrest_keeps_the_captives(text: str) -> None:
    assert [f.q.value for f in figures(text)] == [40]


@pytest.mark.parametrize(
    "text",
    [
        "Georgian police detained 35 people during the protests in Tbilisi on Friday.",
        "Security forces arrested 40 students after the killings of three guards in Lagos.",
    ],
)
def test_the_scene_after_an_active_verb_of_arrest_keeps_the_captives(text: str) -> None:
    assert [f.q.value for f in figures(text)] == [int(text.split()[3])]


def test_the_killed_at_a_scene_stay_no_captives_beside_the_arrested() -> None:
    text = "Troops detained 12 people and killed 30 during the protests."
    assert [f.q.value for f in figures(text)] == [12]


def test_the_police_of_a_state_hold_the_people_it_arrests() -> None:
    got = [
        (f.kind, f.persons_of, f.held_by)
        for t in (
            # (held now: an arrest told as an event counts no one, capture_counts.py)
            "Georgian police are holding 35 people detained during the protests in Tbilisi.",
            "Kenyan police still hold 14 men arrested after the killings of two tourists.",
        )
        for f in extract_facts(t, None)
    ]
    assert got == [("held", "GE", "GE"), ("held", "KE", "KE")]


@pytest.mark.parametrize(
    "text",
    [
        "Twenty hostages held in Gaza died in captivity, the army said.",
        "The clashes left 30 protesters dead outside the ministry.",
        "Officials blamed the killings of 12 police officers on the rebels.",
    ],
)
def test_captives_who_died_and_the_killed_stay_no_captives(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The strike on the camp killed 53 prisoners of war and wounded 75 others, Kyiv said.",
        "Shelling near the crossing injured at least 12 civilians waiting for the handover.",
    ],
)
def test_people_a_hurt_verb_takes_are_no_captives(text: str) -> None:
    assert {f.q.value for f in figures(text)} & {75, 12} == set()


def test_wounded_as_an_adjective_before_a_group_keeps_the_next_figure() -> None:
    got = [f.q.value for f in figures("Kyiv got back 50 badly wounded soldiers and 20 civilians.")]
    assert got == [50, 20]


def test_a_list_of_people_to_be_freed_counts_no_one() -> None:
    assert figures("Hamas handed over the names of 33 hostages to be freed on Sunday.") == []


@pytest.mark.parametrize(
    "text",
    [
        # the group's predicate past an apposition set off by commas
        "After the exchange, 23 villagers, among them four toddlers aged two and three, were "
        "injured when a shell hit the bus station.",
        # past a verb that files them as missing or dead
        "The prisoner-of-war commission said 1,240 Armenians are still registered as missing.",
        "After the hostage raid, 31 miners, most of them migrants, were presumed dead.",
        # 'the number of' the missing
        "Relatives had set the number of missing at 412 before the release.",
    ],
)
def test_a_predicate_saying_the_people_are_hurt_dead_or_missing_counts_no_captives(
    text: str,
) -> None:
    assert {f.q.value for f in figures(text)} & {23, 1240, 31, 412} == set()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the apposition holds the hurt, the group's own predicate frees it
        ("The rebels freed 40 soldiers, including two who were wounded, on Sunday.", 40),
        ("Kyiv said 95 prisoners, among them six wounded medics, were returned.", 95),
        ("The number of prisoners freed since May reached 380, officials said.", 380),
    ],
)
def test_the_hurt_inside_an_apposition_keep_the_group(text: str, value: int) -> None:
    assert value in {f.q.value for f in figures(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The rebel army, formed in 1985, has about 3,000 fighters.",
        "The militia, which had some 900 fighters, signed the truce.",
    ],
)
def test_a_force_s_strength_is_no_count_of_captives(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the predicate of a list of groups is each group's: the first ones died too
        "Two guards and four rebels died in the clash near the camp.",
        "Medics said 14 soldiers, three drivers and 20 villagers were killed in the raid.",
    ],
)
def test_a_list_of_groups_that_died_or_were_hurt_counts_no_captives(text: str) -> None:
    assert figures(text) == []


def test_a_list_that_is_a_handovers_object_keeps_its_first_group() -> None:
    # 'and' joins two clauses here: the freed soldiers are not the wounded
    got = [f.q.value for f in figures("The army freed 20 soldiers and 12 civilians were hurt.")]
    assert got == [20]
