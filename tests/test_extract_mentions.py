"""Stage 1: which numbers count people, and what their noun phrase says."""

from __future__ import annotations

import datetime as dt

import pytest
from swaptally.extract import Mention, extract_facts, load_lexicon
from swaptally.extract.mentions import figures_of

LEX = load_lexicon()
SAT = dt.date(2024, 3, 9)  # a Saturday


def figures(text: str):
    return figures_of(LEX, text, text.lower())[0]


def test_noun_phrase_with_demonym() -> None:
    (f,) = figures("Kyiv got back 307 captive Ukrainian soldiers.")
    assert (f.q.value, f.category, f.codes, f.mention) == (
        307, "military", ("UA",), Mention.NOUN_PHRASE,
    )  # fmt: skip


def test_mixed_nouns_are_people() -> None:
    (f,) = figures("The ferry carried 40 freed soldiers and civilians home.")
    assert f.category == "unspecified"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Each side handed over 42 each on Friday.", Mention.EACH_SIDE),
        ("A 500-for-500 swap was agreed.", Mention.N_FOR_N),
        ("Officials said 40 were released overnight.", Mention.PASSIVE_VERB),
        ("The militia freed 40 on Monday.", Mention.VERB_OBJECT),
        ("Of the 90 hostages, 33 came home.", Mention.NOUN_PHRASE),
    ],
)
def test_figures_without_a_noun_of_their_own(text: str, mention: Mention) -> None:
    assert mention in {f.mention for f in figures(text)}


def test_partitive_takes_the_whole_noun() -> None:
    f = figures("Guards let 12 of the nearly 60 remaining hostages go.")[0]
    assert (f.q.value, f.mention, f.category) == (12, Mention.PARTITIVE, "unspecified")


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


def test_each_after_the_noun_marks_two_sides() -> None:
    (f,) = figures("They swapped 75 prisoners each.")
    assert f.two_sided


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
    ("text", "category"),
    [
        ("Colombia listed 47 Venezuelan civil prisoners in its jails.", "civilian"),
        ("The rebels say they hold 900 army captives near the border.", "military"),
        ("Both sides hold dozens of civil detainees, the envoy said.", "civilian"),
    ],
)
def test_a_modifier_before_a_general_noun_sets_the_category(text: str, category: str) -> None:
    (f,) = figures(text)
    assert f.category == category


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


def test_the_whole_of_a_partitive_is_a_stock_unless_it_was_handed_over() -> None:
    held = figures("Mediators hope to free 20 of the 130 hostages seized in the raid.")
    freed = figures("Officials said 61 of the 90 sailors Tehran released had been captured at sea.")
    assert [f.stock for f in held if f.q.value == 130] == [True]
    assert [f.stock for f in freed if f.q.value == 90] == [False]
    freed = figures("Two of the three Americans freed on Monday had been held for years.")
    assert [f.stock for f in freed if f.q.value == 3] == [False]


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv got back 95 civilians, including seven minors and two elderly women.",
        "The mediator said the Thais were three women and four men.",
        "Militants freed 120 villagers; 31 of the captives are said to be children.",
        "Of those freed, eleven, including four women, flew to Oslo.",
        # an absolute phrase after the group: its make-up, no group of its own
        "Pirates took 19 crew members and a pilot, four of them children, in May.",
        "The convoy brought back 43 detainees, three of whom women, to Kherson.",
    ],
)
def test_a_part_by_gender_or_age_of_a_counted_group_is_no_figure(text: str) -> None:
    counted = {f.q.value for f in figures(text)}
    assert not counted & {7, 2, 3, 4, 31}


@pytest.mark.parametrize(
    "text",
    [
        "The group vowed to release a further 14 women and children next week.",
        "Ukraine's ombudsman said 40 soldiers and 6 women came home.",
    ],
)
def test_women_and_children_counted_for_themselves_stay(text: str) -> None:
    counted = {f.q.value for f in figures(text)}
    assert counted & {14, 6}


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
    ("text", "value"),
    [
        ("Our team managed to bring 189 Ukrainians home on Sunday.", 189),
        ("The rebels hold 70 hostages in the hills.", 70),  # the noun says captivity itself
        ("Gunmen seized 14 Turkish engineers at the dam.", 14),
    ],
)
def test_people_in_a_sentence_of_captivity_or_handover_count(text: str, value: int) -> None:
    assert [f.q.value for f in figures(text)] == [value]


def test_bare_figure_verbs_are_lexicon_data(tmp_path) -> None:
    extra = tmp_path / "verbs.yaml"
    extra.write_text(
        "triggers:\n  object_verb: [parol]\n  passive_verb: [paroled]\n", encoding="utf-8"
    )
    lex = load_lexicon([extra])
    for text, mention in [
        ("Families of the prisoners said the court paroled 12 on Friday.", Mention.VERB_OBJECT),
        ("Of the prisoners held there, 9 were paroled last week.", Mention.PASSIVE_VERB),
    ]:
        assert [f.mention for f in figures_of(lex, text, text.lower())[0]] == [mention]
        assert figures(text) == []


def test_a_part_of_a_group_counted_before_needs_no_captivity_word() -> None:
    counted = [f.q.value for f in figures("Of the 160, 140 were soldiers and 20 were civilians.")]
    assert counted == [140, 20]


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
        "The two armies handed each other 64 captured sailors apiece at the border.",
        "The rebels and the army returned to each other 64 fighters each.",
    ],
)
def test_each_other_before_a_figure_is_a_reciprocal_not_a_rate(text: str) -> None:
    (f,) = figures(text)
    assert (f.q.value, f.two_sided) == (64, True)


def test_a_reciprocal_swap_apiece_gives_each_side_its_figure() -> None:
    text = "Armenia and Azerbaijan handed each other 12 detainees apiece on Friday."
    facts = extract_facts(text, SAT)
    assert {(f.persons_of, f.held_by, f.low, f.date) for f in facts} == {
        ("AM", "AZ", 12, dt.date(2024, 3, 8)),
        ("AZ", "AM", 12, dt.date(2024, 3, 8)),
    }


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
    ("text", "low", "kind"),
    [
        ("Troops rescued 62 kidnap victims from a forest camp on Sunday.", 62, "release"),
        ("Bandits are still holding at least 30 villagers taken in the raid.", 30, "held"),
        ("Gunmen stormed the mosque and took 40 worshippers away.", 40, "held"),
    ],
)
def test_people_named_by_where_they_live_or_what_was_done_to_them_count(
    text: str, low: int, kind: str
) -> None:
    from swaptally.extract import extract_facts

    assert {f.kind for f in extract_facts(text, None) if f.low == low} == {kind}


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Only 12 of the promised 50 prisoners were released on Sunday.", {12, 50}),
        ("So far 300 of the pledged 1,000 soldiers have come home.", {300, 1000}),
    ],
)
def test_a_part_of_a_promised_whole_counts_its_people(text: str, parts: set) -> None:
    assert {f.q.value for f in figures(text)} == parts


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
    ("text", "value"),
    [
        # a speaker's own people ("our compatriots"), and people named by their school
        ('"Nineteen of our compatriots are still in Baku\'s prisons," the minister said.', 19),
        ("Rebels in the east freed 14 fellow countrymen of the envoy on Friday.", 14),
        ("All 24 schoolgirls kidnapped from the dormitory have been rescued.", 24),
        ("Gunmen still hold 60 pupils and seminarians taken from the mission.", 60),
        ("The Houthis are holding at least 23 UN staff members, the UN said.", 23),
    ],
)
def test_people_named_by_whose_they_are_or_their_school_are_counted(text: str, value: int) -> None:
    assert value in [f.q.value for f in figures(text)]


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
    from swaptally.extract import extract_facts

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


def test_an_international_bodys_staff_are_of_many_countries() -> None:
    (f,) = figures("Militants in Mali freed six U.N. employees they had held since March.")
    assert f.codes == ("XX",)
    (f,) = figures("The Houthis are holding at least 23 United Nations staff members.")
    assert f.codes == ("XX",)


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


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv has compiled the names of 500 civilians held in Russian prisons.",
        "Armenia handed Baku a list of 40 detainees still in Azerbaijani custody.",
    ],
)
def test_a_list_of_people_said_to_be_held_counts_a_stock(text: str) -> None:
    (f,) = figures(text)
    assert f.q.value in (500, 40)


def test_a_list_of_people_to_be_freed_counts_no_one() -> None:
    assert figures("Hamas handed over the names of 33 hostages to be freed on Sunday.") == []


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("Russia freed 90 prisoners, Ukraine 82.", 82, "unspecified"),
        ("Armenia received 32 of its servicemen, Azerbaijan two.", 2, "military"),
    ],
)
def test_a_gapped_figure_after_a_name_counts_what_the_figure_before_counts(
    text: str, value: int, category: str
) -> None:
    f = figures(text)[-1]
    assert (f.q.value, f.mention, f.category) == (value, Mention.GAPPED, category)


def test_a_bare_figure_after_a_place_or_no_name_is_no_gapped_figure() -> None:
    assert [f.q.value for f in figures("Kyiv freed 90 prisoners, the ministry said 2.")] == [90]
    assert [f.q.value for f in figures("Hamas freed 90 hostages in Gaza, 20 km away.")] == [90]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Russia returned 90 Ukrainian soldiers; Ukraine, 90 Russian ones.", "military"),
        ("Israel freed 39 Palestinian prisoners, and Hamas 13 Israeli ones.", "unspecified"),
    ],
)
def test_ones_counts_what_the_figure_before_counts(text: str, category: str) -> None:
    first, second = figures(text)
    assert (second.category, second.needs_context) == (category, first.needs_context)


def test_ones_with_no_people_before_and_no_captivity_counts_no_one() -> None:
    assert figures("The new rules apply to 40 old ones in the fleet.") == []


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
        "Relatives had put the number of missing at 412 before the release.",
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
    ("text", "value", "low"),
    [
        # a count raised to the figure: the figure is the count's new value
        ("Kenya's police freed nine more herders, taking the total freed since June to 57.",
         57, 57),
        ("Hamas let four hostages go, raising the number it has released under the truce "
         "past 80.", 80, 81),
        ("The junta released 300 more inmates on Tuesday, bringing the tally of those set "
         "free to 2,300.", 2300, 2300),
        # the count's own words name no one: the total is of the handover before it
        ("Kenya's police freed nine more herders, bringing the total since June to 57.",
         57, 57),
        ("Nine more herders came home on Monday, taking the total to more than 50.", 50, 51),
    ],
)  # fmt: skip
def test_a_count_raised_to_the_figure(text: str, value: int, low: int) -> None:
    (f,) = [f for f in figures(text) if f.q.value == value]
    assert (f.mention, f.q.low) == (Mention.NUMBER_OF, low)


@pytest.mark.parametrize(
    "text",
    [
        "The army lost 12 more men, bringing the total killed this month to 140.",
        "The envoys met again on Monday, bringing the total for this year to 14.",
        "The rebels freed two hostages and shot a guard, bringing the total killed to 14.",
        "The two sides swapped 40 prisoners, bringing the total of swaps this year to 14.",
        "Officials have said little over the past 48 hours.",
    ],
)
def test_no_count_of_people_handed_over_raised(text: str) -> None:
    assert [f.q.value for f in figures(text) if f.mention is Mention.NUMBER_OF] == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Four Lebanese captured in the border war were handed back on Tuesday.", "LB"),
        ("Five Sudanese were freed by the militia, the ministry said.", "SD"),
        ("The coast guard handed back 12 Vietnamese, officials said.", "VN"),
    ],
)
def test_a_demonym_with_no_noun_before_a_verb_or_a_mark_counts_its_people(
    text: str, code: str
) -> None:
    (f,) = figures(text)
    assert (f.mention, f.codes) == (Mention.DEMONYM_NOUN, (code,))


def test_a_demonym_before_another_word_stays_an_adjective() -> None:
    assert not figures("The court fined him 30 Lebanese pounds.")


def test_crewmen_are_a_crew() -> None:
    # a ship's men named in one word count as its crew do, of no side the text tells
    (f,) = extract_facts("Pirates still hold six Greek crewmen taken off a tanker.", SAT)
    assert (f.kind, f.persons_of, f.low, f.category) == ("held", "GR", 6, "unspecified")
    (g,) = extract_facts("Pirates freed nine crewmen of a seized tanker on Friday.", SAT)
    assert (g.kind, g.persons_of, g.low) == ("release", "XX", 9)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels let four of the nurses go in March and two more in April.",
        "Ankara received 40 detainees on Monday, and 25 more the next day.",
    ],
)
def test_n_more_leaves_out_the_verb_and_noun_of_the_group_before(text: str) -> None:
    last = figures(text)[-1]
    assert last.q.value in (2, 25) and last.mention is Mention.GAPPED


def test_n_more_with_a_verb_of_its_own_is_no_gapped_clause() -> None:
    # the noun is left out, but not the verb: what the figure counts is not told
    text = "Ankara received 40 detainees, while a second plane flew 25 more to Baku."
    assert [f.q.value for f in figures(text)] == [40]


def test_n_more_takes_the_sides_of_the_group_before() -> None:
    text = "The rebels set four of the captives free in March and two more in April."
    got = {(f.low, f.persons_of, f.held_by) for f in extract_facts(text, SAT)}
    assert len({(p, h) for _, p, h in got}) == 1 and {low for low, _, _ in got} == {4, 2}


@pytest.mark.parametrize(
    "text",
    [
        "The guards freed 40 prisoners and will wait three more days.",
        "The guards freed 40 prisoners, two more than the week before.",
    ],
)
def test_n_more_of_time_or_a_comparison_counts_no_people(text: str) -> None:
    assert [f.q.value for f in figures(text)] == [40]


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
        "The army has 40 enemy soldiers in captivity.",
        "The army has 300 POWs.",
        "The army has freed 90 soldiers.",
    ],
)
def test_a_group_had_as_captives_stays(text: str) -> None:
    assert len(figures(text)) == 1


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # a demonym that is the same word for one and for many, as a noun
        ("The convoy brought back 12 prisoners, ten Britons and two Japanese.", 2, "unspecified"),
        # two demonyms coordinated before one noun: the noun is the head of both
        ("Kyiv freed 60 Russian and 20 Belarusian soldiers.", 60, "military"),
    ],
)
def test_a_demonym_coordinated_or_at_the_end_is_a_people_noun(
    text: str, value: int, category: str
) -> None:
    (f,) = [f for f in figures(text) if f.q.value == value]
    assert f.category == category


def test_a_name_before_and_is_no_demonym_noun() -> None:
    assert figures("Officials counted 40 Monday and 30 Tuesday.") == []


def test_two_demonym_groups_coordinated_leave_the_first_uncounted() -> None:
    # people, but the sides stage would read the other group's nationality as the holder
    text = "The rebels still hold 4 Chinese and 3 Nigerians seized in May."
    assert [f.q.value for f in figures(text)] == [3]


@pytest.mark.parametrize(
    "text",
    [
        # the group's predicate is its part's, past the rest of the apposition
        "Witnesses said six people, two of them guards, were beaten and injured.",
        "Some 30 people, 12 villagers among them, taken from the market, are still missing.",
    ],
)
def test_a_part_named_in_the_apposition_of_a_hurt_or_missing_group_is_no_captive(
    text: str,
) -> None:
    assert not {2, 12} & {f.q.value for f in figures(text)}


def test_a_state_of_the_hurt_after_a_coordinated_participle_is_no_captive() -> None:
    assert figures("Witnesses said six villagers, two of them guards, were shot and wounded.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The rebels freed 20 hostages, 12 of them nurses, on Sunday.", 12),
        ("Some 30 people, 12 villagers among them, were freed and sent home.", 12),
    ],
)
def test_a_part_named_in_the_apposition_of_a_group_freed_stays(text: str, value: int) -> None:
    assert value in {f.q.value for f in figures(text)}
