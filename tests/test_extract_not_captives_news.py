"""Numbers in news about captives that count no captives: an age limit on a group, the sides
themselves ('the two countries'), arrests told as events; read whole by extract_facts."""

from __future__ import annotations

import datetime as dt

import pytest
from swaptally.extract import extract_facts, load_lexicon

LEX = load_lexicon()
SUN = dt.date(2024, 6, 16)


def figures(text: str) -> set[tuple]:
    """(kind, low, high) of each fact."""
    return {(f.kind, f.low, f.high) for f in extract_facts(text, SUN, LEX)}


@pytest.mark.parametrize(
    "text",
    [
        "An initial batch of Russian soldiers under 25 came back from Ukraine, and Russia "
        "released an equal number.",
        "Kyiv and Moscow returned captured soldiers younger than 25 on Tuesday.",
        "The ministry said detainees over 60 would be freed first.",
    ],
)
def test_an_age_limit_right_after_a_groups_noun_counts_no_one(text: str) -> None:
    assert not {f for f in figures(text) if f[1] in (24, 25, 26, 59, 60, 61) or f[2] in (24, 25)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Kyiv freed over 300 prisoners on Monday.", 301),
        ("Russia returned under 100 soldiers.", None),  # at most 99: the limit is the figure's
    ],
)
def test_a_limit_before_a_figure_with_its_own_noun_still_counts(
    text: str, want: int | None
) -> None:
    got = figures(text)
    assert got and (want is None or any(low == want for _, low, _ in got))


@pytest.mark.parametrize(
    "text",
    [
        "The two sides exchanged prisoners on Friday.",
        "The two states traded prisoners of war once more on Sunday.",
        "Both delegations agreed that the three governments' prisoners would go home.",
    ],
)
def test_a_figure_that_counts_the_sides_counts_no_people(text: str) -> None:
    assert not {f for f in figures(text) if f[1] in (2, 3)}


_SWAP_ARRANGED = (
    "Armenia handed over 20 Azerbaijani servicemen on Monday in exchange for two Armenian "
    "soldiers, an exchange the two governments arranged directly, with no mediator."
)


def test_the_sides_named_after_a_swap_verbs_figure_are_no_object() -> None:
    """'… an exchange the two governments arranged': 'two' is no bare object of 'exchange'."""
    assert len(extract_facts(_SWAP_ARRANGED, SUN, LEX)) == 2
    assert figures(_SWAP_ARRANGED) == {("exchange", 20, 20), ("exchange", 2, 2)}


@pytest.mark.parametrize(
    "text",
    [
        "Some 90 people were detained during a third night of protests, the ministry said.",
        # an active past verb of arrest counts the arrest too (capture_counts)
        "Police detained 90 people during a third night of protests.",
        "More than 20,000 people were arrested after the vote, and 50,000 had been detained "
        "since the protests began.",
    ],
)
def test_arrests_told_as_events_count_no_captives(text: str) -> None:
    assert figures(text) == set()


def test_an_arrest_in_one_part_and_a_release_in_another_counts_only_the_release() -> None:
    got = figures(
        "About 80 civilians were arrested during the truce; five were released in May and the "
        "rest remain in detention."
    )
    assert got == {("release", 5, 5)}


@pytest.mark.parametrize(
    ("text", "low"),
    [
        # an active verb of arrest takes captives; a perfect tells people still held
        ("Russia has detained 2,000 Ukrainian civilians, Kyiv says.", 2000),
        # parts of a group handed over, told by their arrest
        ("Of the men released, 900 had been detained during the fighting in Gaza.", 900),
    ],
)
def test_a_detention_that_takes_tells_a_stock_or_a_freed_part_still_counts(
    text: str, low: int
) -> None:
    assert any(n == low for _, n, _ in figures(text))


@pytest.mark.parametrize(
    ("text", "low"),
    [
        # a taking told by a passive with no handover in its part is a stock at its taking, as
        # the active 'took 240 hostages' is (a past passive of arrest or abduction, 'were
        # detained on Friday', counts the capture and gives no fact: capture_counts)
        (
            "About 240 hostages were initially taken by the militants in their raid on the town.",
            240,
        ),
    ],
)
def test_a_passive_of_taking_with_no_handover_in_its_part_is_a_stock(text: str, low: int) -> None:
    assert {(f.kind, f.status, f.low) for f in extract_facts(text, SUN, LEX)} == {
        ("held", "estimated", low)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Last month Tehran moved three Danish citizens from Evin prison to house arrest.",
        "The court sent 12 opposition activists from jail to home detention on Tuesday.",
    ],
)
def test_people_moved_to_a_lighter_custody_count_no_handover(text: str) -> None:
    assert not figures(text)


def test_a_lighter_custody_of_another_clause_leaves_a_release() -> None:
    got = figures("Tehran freed four Danes on Monday, and a fifth was moved to house arrest.")
    assert ("release", 4, 4) in got


@pytest.mark.parametrize(
    "text",
    [
        # taken away from a place: an abduction counted
        "Some 80 pupils had been taken from the boarding school in March, the police said.",
        # the figure in an apposition to the object of a verb of capture
        "Gunmen seized the bus, 30 passengers and its driver, on the highway on Sunday.",
    ],
)
def test_a_capture_told_by_taking_from_a_place_or_an_apposition_counts_no_captives(
    text: str,
) -> None:
    assert not figures(text)


@pytest.mark.parametrize(
    "text",
    [
        # the missing, past the rest of an apposition the group's noun phrase ran into
        "Kyiv holds 200 Russians. Another 9,000 people, both troops and civilians, are still "
        "listed as missing; no one knows if they are held, she said.",
        # a force sent to serve: no captives
        "Seoul says Pyongyang has sent 4,000 troops to back Russia's war effort, and that "
        "40 of them have since died.",
    ],
)
def test_the_missing_and_a_force_sent_to_serve_are_no_captives(text: str) -> None:
    assert not {f for f in figures(text) if f[1] in (9000, 4000)}


def test_soldiers_handed_back_to_a_place_are_still_captives() -> None:
    assert ("exchange", 90, 90) in figures(
        "Russia and Ukraine swapped prisoners on Friday: Moscow sent 90 soldiers back to Kyiv."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Armed men took 26 miners from a gold pit in the north on Wednesday, the governor said.",
        # a tally over a span, in the present perfect
        "Kidnappers have taken 64 villagers along the river road since the rains began, the "
        "governor says.",
    ],
)
def test_a_taking_told_by_took_of_people_no_soldiers_nor_captives_counts_no_one(
    text: str,
) -> None:
    # 'took'/'taken' count a taking, as 'seized' and 'abducted' do (capture_counts)
    assert not figures(text)


@pytest.mark.parametrize(
    ("text", "low"),
    [
        # soldiers taken are prisoners of war, hostages taken are hostages: a stock
        ("Rebel fighters took 40 soldiers prisoner in the raid on the garrison.", 40),
        ("The militants took 12 hostages at the hotel, a security source said.", 12),
    ],
)
def test_soldiers_or_hostages_taken_stay_a_stock(text: str, low: int) -> None:
    assert ("held", low, low) in figures(text)


@pytest.mark.parametrize(
    "text",
    [
        # two groups joined by 'and', each with its figure
        "Fourteen nurses and three ambulance drivers were detained at a checkpoint outside "
        "the town late on Tuesday.",
        # a list with commas and a perfect passive
        "Eleven aid workers, two guards, a translator and their driver have been kidnapped "
        "in the hills since Sunday, their agency says.",
        # a part with 'including' closing the last group
        "Off the delta, thirty-one fishermen, their cook and two deckhands including a boy, "
        "were snatched from three trawlers at dawn.",
    ],
)
def test_a_capture_shared_by_a_list_of_groups_counts_no_captives(text: str) -> None:
    # the list's predicate is each group's, the first one's too (capture_counts)
    assert not figures(text)


@pytest.mark.parametrize(
    ("text", "lows"),
    [
        # the capture in a relative clause after a handover or a stock: the groups stay
        ("Russia freed 20 soldiers and 10 civilians who were captured in 2022.", {20, 10}),
        ("The rebels still hold 30 soldiers and 12 civilians who were captured in May.", {30, 12}),
        # a handover or a stock as the list's own predicate: counted
        (
            "Eleven aid workers and a translator, kidnapped in the hills on Sunday, were let go "
            "two days later.",
            {11},
        ),
        ("Eight miners and a cook were abducted at the pit, and the gang still holds them.", {8}),
        # ', and' opens a clause of its own, with its own subject: no list
        ("The rebels hold 90 soldiers, and 12 civilians were detained on Friday.", {90}),
    ],
)
def test_a_list_of_groups_handed_over_or_held_still_counts(text: str, lows: set) -> None:
    assert {low for _, low, _ in figures(text)} == lows
