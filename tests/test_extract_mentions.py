"""Stage 1: which numbers count people, and what their noun phrase says (noun, category,
actors named, each-ness, a bare figure's construction)."""

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


def test_each_after_the_noun_marks_two_sides() -> None:
    (f,) = figures("They swapped 75 prisoners each.")
    assert f.two_sided


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


def test_the_whole_of_a_partitive_is_a_stock_unless_it_was_handed_over() -> None:
    held = figures("Mediators hope to free 20 of the 130 hostages seized in the raid.")
    freed = figures("Officials said 61 of the 90 sailors Tehran released had been captured at sea.")
    assert [f.stock for f in held if f.q.value == 130] == [True]
    assert [f.stock for f in freed if f.q.value == 90] == [False]
    freed = figures("Two of the three Americans freed on Monday had been held for years.")
    assert [f.stock for f in freed if f.q.value == 3] == [False]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Our team was able to bring 176 Ukrainians home on Saturday.", 176),
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
    ("text", "low", "kind"),
    [
        ("Troops rescued 62 kidnap victims from a forest camp on Sunday.", 62, "release"),
        ("The gang is still holding at least 30 farmers seized during the attack.", 30, "held"),
        ("The gunmen who stormed the mosque still hold 23 worshippers.", 23, "held"),
    ],
)
def test_people_named_by_where_they_live_or_what_was_done_to_them_count(
    text: str, low: int, kind: str
) -> None:
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
    ("text", "value"),
    [
        # people named by a public office, held or handed over as any captives are
        ("Some 300 government officials were abducted from the ministry compound in June.", 300),
        ("Police rescued two diplomats from a farmhouse where gunmen had hidden them.", 2),
        ("Each side returned seven intelligence agents at a desert airstrip.", 7),
        (
            "Mediators expect 12 of the 30 government personnel in militia hands to come home.",
            12,
        ),
    ],
)
def test_people_named_by_a_public_office_are_counted(text: str, value: int) -> None:
    assert value in [f.q.value for f in figures(text)]


def test_officials_who_speak_are_no_group() -> None:
    # "officials" alone names a statement's speakers far more often than a group held
    (f,) = figures("On Sunday 120 soldiers came home from captivity, officials said.")
    assert f.category == "military"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Officials say 31 captives remain in the camp and think nine of them are alive.", 9),
        ("Of the 31 captives in the tunnels, perhaps 12 are presumed still living.", 12),
        ("The militia holds nine prisoners; the envoy said six were alive.", 6),
        # other states of being held: a place of captivity, the captors
        ("The rebels seized 40 miners, 15 of whom remain in their jails.", 15),
        ("Three pilots were freed last week; 11 are still with the kidnappers.", 11),
    ],
)
def test_a_part_told_held_by_its_state_counts(text: str, value: int) -> None:
    (f,) = [f for f in figures(text) if f.q.value == value]
    assert f.mention is Mention.HELD_PART


@pytest.mark.parametrize(
    "text",
    [
        "Officials say 31 captives remain in the camp and fear 14 of them are dead.",
        "The bus carried 40 passengers; 12 are alive.",  # no captives named before it
    ],
)
def test_no_held_part_without_captives_or_alive(text: str) -> None:
    assert Mention.HELD_PART not in [f.mention for f in figures(text)]


def test_a_part_told_held_is_held_with_its_groups_sides() -> None:
    got = extract_facts(
        "Of the 31 Colombian hostages the ELN holds, perhaps 12 are presumed still living.", SAT
    )
    assert {(f.kind, f.persons_of, f.held_by, f.low) for f in got} >= {("held", "CO", "CO", 12)}


def test_a_whole_taken_with_a_part_still_held_is_no_stock() -> None:
    # the nine are held now; the 16 are a count of those taken, some of them since freed
    got = extract_facts(
        "Gunmen seized 16 marines from a patrol boat; nine of them are still with their captors.",
        SAT,
    )
    assert {(f.kind, f.category, f.low) for f in got} == {("held", "military", 9)}


def test_an_international_bodys_staff_are_of_many_countries() -> None:
    (f,) = figures("Militants in Mali freed six U.N. employees they had held since March.")
    assert f.codes == ("XX",)
    (f,) = figures("The Houthis still hold at least 19 United Nations staff members.")
    assert f.codes == ("XX",)


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
        "A militia in the hills let go 14 Kenyan road workers it had seized in June.",
        "Gunmen still hold five aid workers of a charity from Ghana, the agency says.",
        "Border guards handed back nine journalists who had strayed across the line to film.",
    ],
)
def test_people_named_by_their_work_are_of_no_category(text: str) -> None:
    # a trade says nothing of whether its men bore arms: "civilian" is the word's own
    cats = {f.category for f in figures(text) if f.q.value in (14, 5, 9)}
    assert cats == {"unspecified"}
