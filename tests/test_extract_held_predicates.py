"""Stock or handover: a group's holding told by a participle, an aside or a demand, and the
predicate that says what became of it (held_stock.py), read whole by extract_facts."""

from __future__ import annotations

import pytest
from extract_helpers import fact_rows as facts_of
from extract_helpers import kind_rows as kinds


@pytest.mark.parametrize(
    ("text", "low"),
    [
        # a dash aside (a list of names) between the participle's phrase and the predicate
        (
            "Three hostages held by the rebels in Chad - a French nurse and two Belgians - "
            "were freed on Monday.",
            3,
        ),
        # a place set off by commas and a time phrase before an active predicate
        (
            "The 60 pupils seized by gunmen from a school in Zamfara, Nigeria, three weeks ago "
            "have regained their freedom, police said.",
            60,
        ),
        # a part set off by commas, then a verb that takes them to a named place
        (
            "Eight foreigners captured while fighting for Kyiv, including two Swedes, were "
            "flown to Doha under the deal.",
            8,
        ),
        # a noun coordinated with the group's before the participle on both
        (
            "The 45 pupils and teachers seized by gunmen from a school in Zamfara, Nigeria, "
            "last month have regained their freedom.",
            45,
        ),
    ],
)
def test_a_participle_of_holding_then_an_aside_then_a_handover_is_no_stock(
    text: str, low: int
) -> None:
    got = kinds(text)
    assert ("held", "estimated", low) not in got
    assert any(k != "held" and n == low for k, _, n in got)


@pytest.mark.parametrize(
    ("text", "low"),
    [
        (
            "There are 3,000 Ukrainians held in Russia, Kyiv said, and Moscow has freed 300 "
            "Russians.",
            3000,
        ),
        (
            "About 8,000 Ukrainians held by Russia, most of them soldiers, are still waiting, "
            "and Kyiv has freed 300.",
            8000,
        ),
    ],
)
def test_an_aside_followed_by_another_clause_keeps_the_stock(text: str, low: int) -> None:
    assert ("held", "estimated", low) in kinds(text)


def test_parts_listed_after_a_colon_that_closes_a_handover_are_no_stock() -> None:
    got = kinds(
        "Israel freed 900 Palestinian prisoners the same day: 100 serving life terms and 800 "
        "people detained in Gaza during the war."
    )
    assert ("held", "estimated", 800) not in got
    assert {n for _, _, n in got} >= {900, 100, 800}


def test_a_part_after_a_colon_said_still_held_stays_a_stock() -> None:
    got = kinds(
        "Israel freed 900 Palestinian prisoners on Monday: 100 serving life terms; another "
        "800 people detained in Gaza remain in its jails."
    )
    assert ("held", "estimated", 800) in got


def test_a_gapped_clause_shares_the_handover_verb_before_it() -> None:
    """'…, and Israel more than 400 Palestinians held in its prisons': the verb and its plan
    are the clause's before, so the holding only tells where they are."""
    got = kinds(
        "Under the deal, Hamas has promised to release 20 hostages, and Israel more than 400 "
        "Palestinians held in its prisons."
    )
    assert ("held", "estimated", 401) not in got
    assert any(s == "planned" and n == 401 for _, s, n in got)


def test_a_gapped_clause_after_a_verb_of_holding_stays_a_stock() -> None:
    got = kinds(
        "Kyiv says it holds 3,000 Russians, and Moscow 8,000 Ukrainians held in its prisons."
    )
    assert ("held", "estimated", 8000) in got


def test_clemency_granted_to_people_held_frees_them() -> None:
    got = kinds(
        "Washington in turn granted clemency to four Cubans held in the United States, one of "
        "whom will stay in the country."
    )
    assert ("held", "estimated", 4) not in got
    assert any(k == "release" and n == 4 for k, _, n in got)


def test_a_part_named_before_among_them_then_a_predicate_of_holding_is_a_stock() -> None:
    assert ("held", "estimated", 900) in kinds(
        "She said that about 900 political prisoners, Poles among them, remain in Belarus."
    )
    assert ("held", "estimated", 900) not in kinds(
        "About 900 political prisoners, Poles among them, were freed."
    )


def test_a_predicate_of_holding_after_a_coordination_holds_every_group() -> None:
    got = kinds(
        "According to the lists, 150 Indian fishermen and 40 civilian prisoners were in "
        "Pakistani custody."
    )
    assert {("held", "estimated", 150), ("held", "estimated", 40)} <= got
    freed = kinds("150 Indian fishermen and 40 civilian prisoners held in Pakistan were freed.")
    assert not any(k == "held" for k, _, _ in freed)


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("Delhi presses Pakistan to free 120 Indians", 120),
        (
            "New Delhi pressed Islamabad to release without delay the 150 Indian fishermen who "
            "have finished their sentences.",
            150,
        ),
        ("India urged Pakistan to expedite the release of 100 Indian fishermen.", 100),
        ("Kyiv called on Moscow to release 300 civilians held in occupied areas.", 300),
    ],
)
def test_people_a_holder_is_pressed_to_free_are_a_stock(text: str, low: int) -> None:
    assert ("held", "estimated", low) in kinds(text)


def test_a_promise_to_free_after_a_demand_is_a_plan() -> None:
    got = kinds("Kyiv asked Moscow to return 300 children, and Russia agreed to free 20 civilians.")
    assert ("held", "estimated", 300) in got
    assert ("release", "planned", 20) in got


# --- status and kind read from the news' own words (kind_status.py, planned.py) ---


def test_a_swap_settled_on_at_talks_is_a_plan() -> None:
    assert ("exchange", "planned", 500) in kinds(
        "At the talks in Geneva, the delegations settled on trading at least 500 POWs on each side."
    )


def test_the_terms_a_deal_provided_for_are_a_plan() -> None:
    got = kinds(
        "The deal provided for Iran to free four US citizens, and for the US to release four "
        "Iranians in return."
    )
    assert got == {("exchange", "planned", 4)}


def test_a_release_told_in_the_past_as_to_come_is_a_plan() -> None:
    assert ("exchange", "planned", 300) in kinds(
        "In return 300 Palestinian detainees were to walk free that evening from Israeli prisons."
    )


def test_a_release_begun_in_a_clause_after_another_event_is_under_way() -> None:
    """'… walked free as Israel began releasing 1,200': the walk is another clause's event."""
    got = kinds(
        "Sergeant Avi Cohen walked free on Wednesday as Israel began releasing 1,200 "
        "Palestinian prisoners, 450 of them on day one."
    )
    assert ("release", "planned", 1200) in got


def test_a_release_done_in_a_clause_after_the_start_is_its_own() -> None:
    got = kinds("Israel began releasing 300 prisoners on Monday after 100 were freed on Sunday.")
    assert {("release", "planned", 300), ("release", "reported", 100)} <= got


@pytest.mark.parametrize(
    "text",
    [
        "Since the swap began, 300 prisoners have been freed.",
        "After the exchange began on Friday, Russia released 90 soldiers.",
    ],
)
def test_a_begun_cue_in_a_clause_of_time_leaves_the_handover_done(text: str) -> None:
    assert all(s == "reported" for _, s, _ in kinds(text))


def test_people_freed_beside_a_deal_not_under_it_are_a_release() -> None:
    got = kinds(
        "Hamas freed 10 hostages on Sunday in exchange for 30 prisoners. Two Thais held "
        "hostage, whose case fell outside the agreement, were also freed."
    )
    assert ("release", "reported", 2) in got
    assert ("exchange", "reported", 10) in got
    got = kinds(
        "Under the truce, 30 hostages will be let go in return for 90 prisoners. Up to now 20 "
        "hostages have walked free under the deal, plus 12 others outside its terms."
    )
    assert {("exchange", "reported", 20), ("release", "reported", 12)} <= got


# --- returns from a war enemy's captivity (kind_sides.total_kind) ---


@pytest.mark.parametrize(
    "text",
    [
        # a total so far, told in a clause of its own before the figure
        "So far, he said, 1,400 citizens have been freed from Russian captivity.",
        # a span after the return's verb that the figure's dating does not place
        "The ombudsman said on Thursday that 4,700 Ukrainians had been released from "
        "captivity in Russia since the all-out invasion in February 2022.",
        # the predicate past an apposition of the group
        "Since the all-out war started, she said, 3,100 people, troops and civilians, have "
        "come back from Russian captivity.",
    ],
)
def test_a_running_total_of_returns_from_a_war_enemy_is_counted_in_swaps(text: str) -> None:
    assert {(k, p, h) for k, _, p, h, _, _ in facts_of(text)} == {("exchange", "UA", "RU")}


@pytest.mark.parametrize(
    "text",
    [
        # civilians, one handover: a release unless a swap is told
        "Russia freed 12 Ukrainian children on Monday after Qatari mediation.",
        # a one-sided cue wins
        "Four Ukrainian soldiers held by Russia were freed on humanitarian grounds as a goodwill "
        "gesture.",
    ],
)
def test_a_single_return_of_civilians_or_a_gesture_stays_a_release(text: str) -> None:
    assert {k for k, *_ in facts_of(text)} == {"release"}


def test_a_span_of_a_participle_of_holding_is_no_running_total() -> None:
    got = facts_of(
        "Under the deal, Hamas is to free the 20 hostages within 72 hours, while Israel will "
        "release 200 Palestinians serving life terms and 1,500 Gazans detained since the "
        "war's first days."
    )
    assert {(k, s, n) for k, s, _, _, _, n in got} == {
        ("exchange", "planned", 20),
        ("exchange", "planned", 200),
        ("exchange", "planned", 1500),
    }


@pytest.mark.parametrize(
    ("text", "low"),
    [
        # a time clause tells the holding over: the main clause says they left or went free
        ("Seven engineers flew back to Oslo after being held by the militia for a month.", 7),
        ("The gunmen let 40 villagers go after holding them in the forest for weeks.", 40),
        # 'they have' an auxiliary of a perfect, no possession
        ("The rebels say they have let 700 army soldiers go after a month.", 700),
        ("Twelve fishermen seized off the coast have come home after two months in captivity.", 12),
        # a homecoming under way, after a relative clause of holding
        (
            "The minister said the six Danes who had been jailed in Tehran were coming home at "
            "last.",
            6,
        ),
    ],
)
def test_a_holding_told_over_is_no_stock(text: str, low: int) -> None:
    got = kinds(text)
    assert ("held", "estimated", low) not in got
    assert any(k != "held" and n == low for k, _, n in got)


@pytest.mark.parametrize(
    ("text", "low"),
    [
        # a freeing word inside a group's name is no handover
        (
            "A spokesman for the Kivu Liberation Movement said 700 soldiers were being held as "
            "prisoners.",
            700,
        ),
        # a handover only as the condition of a threat
        (
            "The gunmen said they were holding 80 passengers and would kill them unless their "
            "comrades were released.",
            80,
        ),
    ],
)
def test_a_holding_beside_no_handover_told_is_a_stock(text: str, low: int) -> None:
    assert ("held", "estimated", low) in kinds(text)


def test_the_pool_a_holder_frees_a_part_of_is_a_stock() -> None:
    got = kinds("Minsk pardons 25 of its roughly 900 political prisoners.")
    assert ("held", "estimated", 900) in got
    assert any(k == "release" and n == 25 for k, _, n in got)


@pytest.mark.parametrize(
    ("text", "low"),
    [
        # freedom won for a group by a mediator
        (
            "The ICRC said its mediation had helped win freedom for 60 soldiers who were being "
            "held by the militia.",
            60,
        ),
        # a return over a border or a line
        ("Three hostages held by the militia crossed back into Estonia on Saturday.", 3),
    ],
)
def test_a_group_held_then_won_free_or_crossing_back_is_no_stock(text: str, low: int) -> None:
    got = kinds(text)
    assert ("held", "estimated", low) not in got
    assert any(k != "held" and n == low for k, _, n in got)


def test_a_group_detained_by_a_holder_is_held_unless_freed() -> None:
    assert ("held", "estimated", 9001) in kinds(
        "According to the ombudsman, nobody knows where more than 9,000 civilians detained by "
        "Russia are now."
    )
    got = kinds("Russia freed 30 Ukrainian civilians detained by its forces in Kherson.")
    assert ("held", "estimated", 30) not in got
    assert any(k != "held" and n == 30 for k, _, n in got)
