"""Stage 1, parts and gapped figures: a part by gender or age of a group already counted, a
part in an apposition, a figure whose verb or noun is left out ('Ukraine, 82', 'two more',
'90 Russian ones')."""

from __future__ import annotations

import datetime as dt

import pytest
from swaptally.extract import Mention, extract_facts, load_lexicon
from swaptally.extract.mentions import figures_of

LEX = load_lexicon()
SAT = dt.date(2024, 3, 9)  # a Saturday


def figures(text: str):
    return figures_of(LEX, text, text.lower())[0]


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


def test_a_part_of_a_group_counted_before_needs_no_captivity_word() -> None:
    counted = [f.q.value for f in figures("Of the 160, 140 were soldiers and 20 were civilians.")]
    assert counted == [140, 20]


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("Russia freed 90 prisoners, Ukraine 82.", 82, "unspecified"),
        ("Armenia got back 32 of its servicemen, Azerbaijan two.", 2, "military"),
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


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # one list of groups shares its predicate: the civilians came back as the marines did
        ("The envoy said nine civilians and 40 marines were now back in Kyiv.", 9),
        ("Officials said three nurses, 12 officers and 70 soldiers reached home.", 3),
    ],
)
def test_a_group_listed_with_captives_needs_no_captivity_word_of_its_own(
    text: str, value: int
) -> None:
    assert value in {f.q.value for f in figures(text)}


def test_people_beside_a_group_but_in_no_list_with_it_still_need_captivity() -> None:
    assert [f.q.value for f in figures("A team of 12 doctors examined 40 soldiers.")] == [40]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The second group was made up of 9 Chileans and 2 Peruvians.", {9, 2}),
        ("Tuesday's batch, made up of five nurses and a driver, reached Goma.", {5}),
        ("The group of four teachers and 11 pupils was met by their families.", {4, 11}),
    ],
)
def test_the_make_up_of_a_group_told_before_counts_people(text: str, values: set[int]) -> None:
    assert values <= {f.q.value for f in figures(text)}


@pytest.mark.parametrize(
    "text",
    [
        "A group of 12 doctors examined them on arrival.",
        "The team is made up of 14 engineers from the state company.",
    ],
)
def test_a_group_of_no_captives_stays_uncounted(text: str) -> None:
    assert not {f.q.value for f in figures(text)}


def test_the_make_up_of_a_group_handed_over_gives_facts() -> None:
    text = (
        "Pirates hand a second group of hostages to a frigate\n\n"
        "Pirates handed a second group of hostages to a navy frigate off Somalia on Tuesday. "
        "The group was made up of 6 Indians and 4 Bangladeshis, the navy said."
    )
    found = {f.low for f in extract_facts(text, SAT)}
    assert {6, 4} <= found


@pytest.mark.parametrize(
    ("text", "only"),
    [
        # a group beside a release that was never handed over (REVIEW R18): no make-up
        (
            "Kidnappers let two Kenyan teachers go near Mandera on Monday. The group of 35 "
            "reporters waiting at the border post filmed their arrival.",
            {2},
        ),
        (
            "Rebels freed six soldiers on Friday, the army said. The army's contingent of "
            "200 engineers will now rebuild the bridge.",
            {6},
        ),
    ],
)
def test_a_group_of_its_own_beside_a_release_counts_no_captives(text: str, only: set) -> None:
    assert {f.low for f in extract_facts(text, SAT)} == only
