"""Sides as news words them, session 12 (issue 11: right figure, wrong sides): an actor
that managed to free people got its own back; foreigners freed beside a swap were held by
the side that held the text's people. Sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import SAT
from swaptally.extract import extract_facts

SWAP = "Russia and Ukraine swapped prisoners on Friday. "


def sides_of(text: str) -> set[tuple[str, str | None, int | None]]:
    return {(f.persons_of, f.held_by, f.low) for f in extract_facts(text, SAT)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (SWAP + "Kyiv managed to free 120 soldiers.", ("UA", "RU", 120)),
        (SWAP + "Moscow managed to bring 75 servicemen home.", ("RU", "UA", 75)),
        (SWAP + "Ukraine had managed to bring 640 defenders home by then.", ("UA", "RU", 640)),
        (SWAP + "Since 2022 Kyiv has been able to return 3,100 people.", ("UA", "RU", 3100)),
        (SWAP + "Ukraine succeeded in freeing 44 marines.", ("UA", "RU", 44)),
    ],
)
def test_an_actor_that_managed_to_free_people_got_its_own_back(
    text: str, want: tuple[str, str | None, int | None]
) -> None:
    assert sides_of(text) == {want}


def test_an_actor_that_freed_people_still_held_them() -> None:
    assert sides_of(SWAP + "Kyiv freed 120 soldiers.") == {("RU", "UA", 120)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Russia freed 140 Ukrainians in a swap with Kyiv on Wednesday. "
            "Separately, eight foreign nationals were freed under the same deal.",
            {("UA", "RU", 140), ("XX", "RU", 8)},
        ),
        (
            "Kyiv handed Moscow 30 soldiers in exchange for 77 Ukrainians and 6 foreigners.",
            {("RU", "UA", 30), ("UA", "RU", 77), ("XX", "RU", 6)},
        ),
    ],
)
def test_foreigners_freed_beside_a_swap_were_held_by_the_holder_of_its_people(
    text: str, want: set[tuple[str, str | None, int | None]]
) -> None:
    assert sides_of(text) == want


def test_foreigners_held_where_no_swap_is_told_keep_an_unknown_holder() -> None:
    text = "Gunmen linked to no state are holding at least 9 foreigners in the desert."
    assert {h for _, h, _ in sides_of(text)} <= {None, "XX"}


def test_in_a_war_at_home_the_group_given_in_return_keeps_one_code() -> None:
    # insurgents that get a group back got their enemy's: of their own country, held there
    text = (
        "Saudi Arabia and the Houthis agreed on a swap of prisoners. "
        "The Houthis have released 300 captives in exchange for 200 people of the government."
    )
    assert ("YE", "YE", 200) in sides_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv and Moscow held another swap. About 250 captives went home on both sides combined.",
        "Kyiv and Moscow held another swap. Some 250 captives came back on the two sides combined.",
    ],
)
def test_a_sum_of_both_sides_after_the_groups_predicate_is_both_sides(text: str) -> None:
    assert {(p, h) for p, h, _ in sides_of(text)} == {("XX", "XX")}


@pytest.mark.parametrize(
    "text",
    [
        "Washington and Moscow carried out a swap in Ankara. The exchange freed 31 people in all.",
        "Four Germans flew home after an exchange that released 31 people in all.",
        "Washington and Moscow carried out a swap. The swap saw 31 people set free.",
    ],
)
def test_the_people_a_swap_frees_are_both_sides(text: str) -> None:
    assert ("XX", "XX", 31) in sides_of(text)


def test_a_part_a_swap_included_is_not_both_sides() -> None:
    text = "Kyiv and Moscow swapped 150 soldiers each. The swap included 3 Ukrainian medics."
    assert ("UA", "RU", 3) in sides_of(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a state's list of prisoners is of those it holds; 'from X' after the group is theirs
        (
            "India and Pakistan swapped lists. India's list named 290 civilian prisoners "
            "and 70 fishermen from Pakistan.",
            {("PK", "IN", 290), ("PK", "IN", 70)},
        ),
        (
            "India and Pakistan swapped lists. Islamabad listed 38 civilian prisoners "
            "and 150 fishermen.",
            {("IN", "PK", 38), ("IN", "PK", 150)},
        ),
        # a holder named for the group wins over the list's owner
        (
            "India and Pakistan swapped lists. Islamabad listed 38 civilian prisoners "
            "held by India.",
            {("PK", "IN", 38)},
        ),
    ],
)
def test_a_states_list_of_prisoners_is_of_those_it_holds(
    text: str, want: set[tuple[str, str | None, int | None]]
) -> None:
    assert sides_of(text) == want


def test_a_list_of_a_swap_does_not_name_its_holder() -> None:
    text = "Kyiv and Moscow prepare a swap. Kyiv's list of 300 prisoners went to Moscow."
    assert ("RU", "UA", 300) not in sides_of(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Caracas let 9 Americans go in return for 160 Venezuelans whom the United "
            "States had deported and sent to El Salvador.",
            ("VE", "SV", 160),
        ),
        (
            "Caracas freed 9 Americans in return for 160 Venezuelans that Washington had "
            "expelled to El Salvador.",
            ("VE", "SV", 160),
        ),
    ],
)
def test_people_a_state_sent_to_a_third_country_were_held_there(
    text: str, want: tuple[str, str | None, int | None]
) -> None:
    assert want in sides_of(text)


def test_people_sent_home_are_not_held_at_home() -> None:
    text = "Russia freed 100 Ukrainians. The 100 soldiers, who were sent to Ukraine, rest."
    assert ("UA", "UA", 100) not in sides_of(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Houthis and the government began a swap of prisoners on Friday. "
            "By nightfall, 210 detainees had been flown out, an ICRC spokesman said.",
            {("XX", "XX", 210)},
        ),
        (
            "The Houthis and the government began a swap of prisoners on Friday. "
            "The Red Cross said the operation would move about 700 prisoners in all.",
            {("XX", "XX", 700)},
        ),
    ],
)
def test_a_neutral_bodys_count_of_a_swap_is_both_sides(
    text: str, want: set[tuple[str, str | None, int | None]]
) -> None:
    assert sides_of(text) == want


def test_a_neutral_bodys_groups_side_by_side_keep_their_sides() -> None:
    text = (
        "Israel and Hamas carried out another swap on Saturday. The Red Cross said two "
        "Israeli hostages left Gaza and 90 Palestinian detainees were released."
    )
    assert sides_of(text) == {("IL", "PS", 2), ("PS", "IL", 90)}


def test_a_named_sides_count_is_its_own_whoever_tells_it() -> None:
    text = "Russia and Ukraine swapped prisoners. 150 Ukrainian soldiers came home, the ICRC said."
    assert sides_of(text) == {("UA", "RU", 150)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # captors told in another sentence hold the people of this one, in their country
        (
            "Gunmen stormed a bus in Katsina State on Monday. "
            "Police later rescued 27 passengers, the governor said.",
            ("NG", "NG", 27),
        ),
        (
            "Army chief hands 40 rescued kidnap victims to the Kaduna State government.",
            ("NG", "NG", 40),
        ),
    ],
)
def test_people_rescued_from_captors_at_home_are_that_countrys(
    text: str, want: tuple[str, str | None, int | None]
) -> None:
    assert sides_of(text) == {want}


def test_a_country_where_envoys_met_is_no_side() -> None:
    text = (
        "Sudan paramilitaries free 40 soldiers. The Rapid Support Forces freed 40 Sudanese "
        "army soldiers, while envoys of the two generals met in Saudi Arabia."
    )
    assert {h for _, h, _ in sides_of(text)} == {"SD"}


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine swapped 150 prisoners each on Friday, with Washington "
        "and the UAE mediating.",
        "Russia and Ukraine swapped prisoners again. The swap was held on a 150-for-150 "
        "basis, with Washington and the UAE mediating.",
    ],
)
def test_a_state_listed_with_a_mediator_mediates_too(text: str) -> None:
    assert {(p, h) for p, h, _ in sides_of(text)} == {("RU", "UA"), ("UA", "RU")}
