"""Sides as news words them (issue 11: right figure, wrong sides): who gives and who gets
when the text names only one of them, two-sided totals in the passive, holders named by a
captor's hands, actors carried into the next sentence. Sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import SAT, sided_rows
from swaptally.extract import extract_facts


def sides_of(text: str) -> set[tuple[str, str | None, int | None]]:
    return {(f.persons_of, f.held_by, f.low) for f in extract_facts(text, SAT)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # soldiers a state frees are ones it captured: never its own (no other side named)
        ("Azerbaijan freed 15 soldiers on Friday.", {("XX", "AZ", 15)}),
        ("Thailand handed back 18 troops on Monday.", {("XX", "TH", 18)}),
        # the one other party the text names is theirs
        ("Baku released 12 servicemen. Armenia welcomed the move.", {("AM", "AZ", 12)}),
        # a round-up: a side of another war the text tells is no side of this release
        (
            "Azerbaijan freed 15 soldiers on Friday. "
            "Russia and Ukraine exchanged 200 prisoners each on Saturday.",
            {("XX", "AZ", 15), ("RU", "UA", 200), ("UA", "RU", 200)},
        ),
    ],
)
def test_a_state_freeing_soldiers_does_not_hold_its_own(
    text: str, want: set[tuple[str, str | None, int | None]]
) -> None:
    assert sides_of(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Belarus pardoned 16 people on Friday.",  # clemency: its own nationals
        "Russia pardoned 50 soldiers convicted of desertion.",  # a pardon of its own soldiers
    ],
)
def test_a_state_pardoning_alone_still_frees_its_own(text: str) -> None:
    ((persons, holder, _),) = sides_of(text)
    assert persons == holder


@pytest.mark.parametrize(
    "text",
    [
        "In all, 26 people were exchanged by Russia and Ukraine.",
        "A total of 190 prisoners were swapped by Armenia and Azerbaijan.",
        "Some 300 captives were exchanged by Israel and Hamas on Friday.",
    ],
)
def test_a_total_swapped_by_two_named_sides_is_both_sides(text: str) -> None:
    assert {(p, h) for p, h, _ in sides_of(text)} == {("XX", "XX")}


def test_one_side_swapped_by_one_state_keeps_its_sides() -> None:
    text = "The 26 Ukrainians were exchanged by Russia for 20 Russians."
    assert sides_of(text) == {("UA", "RU", 26), ("RU", "UA", 20)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # hostages insurgents hold at home are their country's (as 'held by the ELN')
        ("25 hostages remain in the hands of the ELN.", ("CO", "CO", 25)),
        ("About 40 Israelis are still in the hands of Hamas.", ("IL", "PS", 40)),
        ("Some 1,200 Ukrainians are in the prisons of Russia.", ("UA", "RU", 1200)),
    ],
)
def test_a_captors_hands_or_jails_name_the_holder(
    text: str, want: tuple[str, str | None, int | None]
) -> None:
    assert sides_of(text) == {want}


def test_the_strip_is_gaza_whoever_spoke_before() -> None:
    # the speaker of the sentence before is not the hostages' side (catalogue M25)
    text = (
        "American officials think as few as 30 of the hostages still in Gaza are alive. "
        "Israel believes 80 hostages remain in the Strip."
    )
    assert ("IL", "PS", 80) in sides_of(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Niger freed 20 soldiers from Chad on Friday.", {("TD", "NE", 20)}),
        ("N'Djamena released 30 Nigerien prisoners.", {("NE", "TD", 30)}),
        ("Ivory Coast returned 46 soldiers to Mali.", {("ML", "CI", 46)}),
        ("Niger handed 15 Beninese soldiers back to Benin on Monday.", {("BJ", "NE", 15)}),
        # Nigeria's Niger State and Lake Chad name neither state
        ("Gunmen freed 30 pupils in Niger state on Friday.", {("NG", "NG", 30)}),
        ("Boko Haram freed 12 fishermen near Lake Chad.", {("NG", "NG", 12)}),
    ],
)
def test_sahel_and_west_african_states_are_actors(
    text: str, want: set[tuple[str, str | None, int | None]]
) -> None:
    assert sides_of(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a crew of no stated nationality is no side of its captors or of the state freeing it
        ("Somali pirates freed 17 sailors.", ("XX", "SO")),
        ("Pirates off Somalia released 22 crew members of a fishing vessel.", ("XX", "SO")),
        ("The Houthis released 25 crew members of the ship on Wednesday.", ("XX", "YE")),
        ("Iran freed 16 crew members of a seized tanker.", ("XX", "IR")),
        # a nationality or a side the crew is given to still decides
        ("Somali pirates freed 17 Indian sailors.", ("IN", "SO")),
        ("Russia returned 12 sailors to Ukraine.", ("UA", "RU")),
    ],
)
def test_a_ships_crew_is_of_an_untold_side(text: str, want: tuple[str, str]) -> None:
    assert {(p, h) for p, h, _ in sides_of(text)} == {want}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # missionaries and Red Cross staff of no stated nationality work away from home:
        # not the people of the land they are taken in, which still holds them
        ("Gunmen in Nigeria freed six missionaries on Monday.", ("XX", "NG")),
        ("Kidnappers in Kenya freed five abducted missionaries after a week.", ("XX", "KE")),
        ("Rebels in Colombia let go nine Red Cross workers on Tuesday.", ("XX", "CO")),
        ("Militants in Somalia released four ICRC workers on Sunday.", ("XX", "SO")),
        ("Two Red Cross workers seized in Yemen were released on Friday.", ("XX", "YE")),
        # a nationality still decides
        ("Pirates freed 8 Nigerian missionaries.", ("NG", "NG")),
    ],
)
def test_missionaries_and_red_cross_staff_are_of_an_untold_side(
    text: str, want: tuple[str, str]
) -> None:
    assert {(p, h) for p, h, _ in sides_of(text)} == {want}


def test_a_crew_among_a_sides_people_stays_that_sides() -> None:
    text = (
        "Russia and Ukraine swapped 90 prisoners each. Among the Ukrainians freed were 12 sailors."
    )
    assert ("UA", "RU", 12) in sides_of(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # 'it' that flies or transports captives is the actor of the sentence before (M12)
        (
            "The Saudi-led coalition made a gesture on Friday. "
            "It flew 70 Houthi detainees home to Sanaa.",
            ("YE", "XX", 70),
        ),
        (
            "Azerbaijan announced the release on Monday. It flew 12 Armenian soldiers to Yerevan.",
            ("AM", "AZ", 12),
        ),
        ("Israel transported 30 Palestinian prisoners to Ramallah.", ("PS", "IL", 30)),
    ],
)
def test_the_actor_that_flies_captives_home_held_them(
    text: str, want: tuple[str, str | None, int | None]
) -> None:
    assert sides_of(text) == {want}


@pytest.mark.parametrize(
    "text",
    [
        # one figure of both sides' people, whatever the verb
        "Five planes carried about 300 fighters of both parties to Sanaa and Abha.",
        "They agreed that 887 prisoners held by the two sides would be freed.",
        "Armenia and Azerbaijan said 40 detainees from both sides were handed over.",
        "Both states traded detainees on Tuesday, and over 250 former captives were "
        "freed on the two sides combined.",
    ],
)
def test_a_group_of_both_sides_is_both_sides_total(text: str) -> None:
    assert ("XX", "XX") in {(p, h) for p, h, _ in sides_of(text)}
    assert all(p == "XX" for p, _, n in sides_of(text) if n and n > 2)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a mediator named beside the swap is no side, nor the subject of its verb
        ("Qatar says joint mediation with Turkey led to swap of 260 captives", {("XX", "XX", 260)}),
        ("Talks brokered by Oman led to a swap of 60 prisoners.", {("XX", "XX", 60)}),
        # the one a speaker tells is no side
        (
            "Armenia and Azerbaijan met in May. Aliyev told Emmanuel Macron that a 30-for-30 "
            "exchange would take place on Monday.",
            {("AM", "AZ", 30), ("AZ", "AM", 30)},
        ),
        (
            "Russia and Ukraine swap prisoners often. The day before, Putin told Recep Erdogan "
            "that a 150-for-150 swap would be carried out on April 3.",
            {("RU", "UA", 150), ("UA", "RU", 150)},
        ),
    ],
)
def test_a_mediator_or_the_one_told_is_no_side(
    text: str, want: set[tuple[str, str | None, int | None]]
) -> None:
    assert sides_of(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # 'its' after 'the group' (the text's one armed group), not the envoy's country
        (
            "Taliban vehicles waited near the prison. US envoy John Reed told the group "
            "on Tuesday that 3,500 of its jailed members would be released.",
            ("AF", "AF", 3500),
        ),
        (
            "Hamas said it was ready for talks. A Qatari official told the group that 30 of "
            "its members would be freed.",
            ("PS", "IL", 30),
        ),
    ],
)
def test_its_after_the_group_is_the_armed_groups(
    text: str, want: tuple[str, str | None, int | None]
) -> None:
    assert sides_of(text) == {want}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a nationality 'among them' is a part of the group: the group is mixed
        ("Some 900 political prisoners, Latvians among them, remain in Belarus.",
         ("XX", "BY", 900)),
        ("Hamas freed 24 hostages, Thais among them.", ("XX", "PS", 24)),
        ("Some 700 prisoners, Saudis and Yemenis among them, would be set free by the two sides.",
         ("XX", "XX", 700)),
    ],
)  # fmt: skip
def test_people_among_a_group_make_it_mixed(
    text: str, want: tuple[str, str | None, int | None]
) -> None:
    assert want in sides_of(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # people of a country named only by its people, listed among those the story's
        # actor freed: held by that actor, not by the country they were handed to
        (
            "Belarus freed 40 prisoners on Friday and handed them to Lithuania. "
            "Those freed include three Germans and two Poles.",
            {("DE", "BY", 3), ("PL", "BY", 2)},
        ),
        (
            "Iran released 12 prisoners on Monday and flew them to Oman. "
            "Among those freed were four Austrians.",
            {("AT", "IR", 4)},
        ),
    ],
)
def test_a_third_countrys_people_among_the_freed_are_held_by_the_releaser(
    text: str, want: set[tuple[str, str | None, int | None]]
) -> None:
    assert want <= sides_of(text)


def test_a_party_before_a_comma_and_a_mediator_phrase_is_still_a_party() -> None:
    # 'Venezuela, brokered by …' is no 'UAE-brokered': Venezuela stays a side
    text = (
        "A swap between Washington and Venezuela, brokered by a Qatari envoy, "
        "sent 200 Venezuelans home from El Salvador's jails."
    )
    assert ("VE", "SV", 200) in sides_of(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a holder named after the swap's 'for' is the other half's, not the group's (M14)
        ("Two Americans were flown out of Moscow in a trade for a Russian held in Germany.",
         {("US", "RU", 2)}),
        ("Kyiv handed over 20 Russian soldiers in exchange for Ukrainians held in Belarus.",
         {("RU", "UA", 20)}),
        # a holder after the group with no 'for' between stays the group's
        ("Kyiv got back 90 soldiers held by Russia for two years.", {("UA", "RU", 90)}),
    ],
)  # fmt: skip
def test_a_holder_after_the_swaps_for_is_the_other_halfs(
    text: str, want: set[tuple[str, str | None, int | None]]
) -> None:
    assert sides_of(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a side phrase that releases gives the other side's people
        ("Kyiv and the separatists swapped prisoners, with the Ukrainian side releasing 237.",
         ("RU", "UA", 237)),
        ("The Armenian side handed over 12 soldiers on Friday.", ("XX", "AM", 12)),
        # one that receives, or names where people are, counts its own
        ("The Russian side received 90 prisoners.", ("RU", "UA", 90)),
        ("On the Ukrainian side, 12 civilians were freed.", ("UA", "RU", 12)),
    ],
)  # fmt: skip
def test_a_side_that_releases_held_the_other_sides_people(
    text: str, want: tuple[str, str | None, int | None]
) -> None:
    assert want in sides_of(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a state carrying people to another state's place: they are that state's people
        ("Saudi Arabia flew 190 prisoners to Sanaa.", {("YE", "SA", 190)}),
        ("Moscow airlifted 45 detainees to Minsk on Sunday.", {("BY", "RU", 45)}),
    ],
)
def test_people_carried_to_another_state_are_its_people(
    text: str, want: set[tuple[str, str | None, int | None]]
) -> None:
    assert sides_of(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # 'it holds who are X': the nationality told after the holder's relative clause,
        # for every group coordinated before it
        ("India's list named 70 fishermen and 290 civilian detainees it holds who are "
         "Pakistani nationals or presumed so.", {("PK", "IN", 70), ("PK", "IN", 290)}),
        ("Iran said 12 people it holds who are British would be freed.", {("GB", "IR", 12)}),
    ],
)  # fmt: skip
def test_a_nationality_after_it_holds_is_the_groups(
    text: str, want: set[tuple[str, str | None, int | None]]
) -> None:
    assert sides_of(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # soldiers taken at a scene of unrest at home: the state's own, no captured enemy
        ("Armenia freed 12 soldiers arrested during the protests in Yerevan.", {("AM", "AM", 12)}),
        ("Georgia released 7 officers detained at the protests last month.", {("GE", "GE", 7)}),
        # taken at the front: still another side's
        ("Armenia freed 12 soldiers captured near the border.", {("XX", "AM", 12)}),
    ],
)
def test_soldiers_taken_at_protests_at_home_are_the_states_own(
    text: str, want: set[tuple[str, str | None, int | None]]
) -> None:
    assert sides_of(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the present perfect counts every swap so far, an adverb in its verb: both sides'
        (
            "Moscow and Kyiv traded prisoners again on Friday. Since the spring, officials "
            "say, 3,100 soldiers have already been exchanged through Ankara.",
            {("exchange", "XX", "XX", 3100)},
        ),
        # a time set off between the swap noun and its verb: still the swap's total, and a
        # total of a swap is an exchange though the text tells a one-sided release
        (
            "Yemen's rebels freed 60 soldiers on Monday. The biggest exchange, in 2019, "
            "involved about 900 detainees.",
            {("exchange", "XX", "XX", 900)},
        ),
    ],
)
def test_a_swap_total_told_in_the_perfect_or_past_a_parenthesis_is_both_sides(
    text: str, want: set[tuple[str, str, str | None, int | None]]
) -> None:
    assert want <= sided_rows(text)


def test_a_simple_past_passive_total_stays_uncounted() -> None:
    # '390 were exchanged' may be one side's or both: left uncounted (a marker)
    text = "Moscow and Kyiv traded prisoners on Friday. That day 390 captives were exchanged."
    assert not any(low == 390 for _, _, _, low in sided_rows(text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the partner of 'a swap with X' held the people freed in it, whoever speaks
        (
            "Russia and Ukraine traded prisoners on Sunday. A Luhansk official said 41 "
            "residents were freed in a prisoner exchange with Ukraine.",
            {("RU", "UA", 41)},
        ),
        (
            "Russia and Ukraine traded prisoners on Sunday. The agency in Moscow said 41 "
            "people came home in a swap with Kyiv.",
            {("RU", "UA", 41)},
        ),
        # a releaser named is the holder: the partner is the people's side
        (
            "Russia and Ukraine traded prisoners on Sunday. Moscow freed 41 people in a swap "
            "with Kyiv.",
            {("UA", "RU", 41)},
        ),
    ],
)
def test_the_partner_of_a_swap_with_held_the_people_freed_in_it(
    text: str, want: set[tuple[str, str | None, int | None]]
) -> None:
    assert sides_of(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a side frees the other's people: 'its' people freed by the actor named last are the
        # figure's speaker's, when the speaker is the other side
        (
            "Russia and Ukraine swapped prisoners on Friday. Officials in Moscow said Kyiv "
            "had released 150 of its nationals.",
            {("RU", "UA", 150)},
        ),
        # no speaker of another side: the owner stays the one named last
        (
            "Russia and Ukraine swapped prisoners on Friday. Kyiv said 140 of its people had "
            "returned home.",
            {("UA", "RU", 140)},
        ),
    ],
)
def test_its_people_freed_by_the_other_side_are_the_speakers(
    text: str, want: set[tuple[str, str | None, int | None]]
) -> None:
    assert sides_of(text) == want


def test_the_parts_of_a_breakdown_have_their_totals_sides() -> None:
    # the parts add up to the total: a subset of its group, whatever doer a clause before
    # them names ('Ukraine freed' is the other clause's)
    text = (
        "Russia and Ukraine swapped prisoners on Friday. Ukraine freed 150 Russians, and "
        "Kyiv's ombudsman said 140 of its people were back: 130 soldiers and ten civilians."
    )
    got = sides_of(text)
    assert {("UA", "RU", 140), ("UA", "RU", 130), ("UA", "RU", 10)} <= got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # members of an armed group a state frees, no group named: its insurgents at home,
        # never the bystander a hostage's nationality names
        (
            "Niger has released more than 80 jihadists, officials said. The release was part "
            "of a hostage deal meant to win freedom for a German aid worker.",
            {("NE", "NE", 81)},
        ),
        # the text names the armed group: its people
        (
            "Hamas handed over two hostages, and Israel let 30 militants go on Sunday.",
            {("PS", "IL", 30)},
        ),
    ],
)
def test_an_armed_groups_members_are_its_people(
    text: str, want: set[tuple[str, str | None, int | None]]
) -> None:
    assert want <= sides_of(text)
