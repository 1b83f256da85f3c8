"""Stage 5: status of a handover: planned or reported (mood, tense, a plan's reach)."""

from __future__ import annotations

import pytest
from extract_helpers import SAT, context, kind_status, kinds
from swaptally.extract import extract_facts
from swaptally.extract.planned import is_planned


def test_awaiting_a_release_is_a_plan() -> None:
    assert kind_status("Families are awaiting the release of 300 prisoners in the swap.") == (
        "exchange", "planned",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The group has committed to releasing 20 more hostages in the swap.", "planned"),
        ("Under the swap, Israel must release 600 Palestinian prisoners.", "planned"),
        ("In the swap the government suspended the release of 110 prisoners.", "planned"),
        ("In the swap, 10 more hostages go free if the truce is extended.", "planned"),
    ],
)
def test_commitments_obligations_and_conditions_are_plans(text: str, status: str) -> None:
    assert kind_status(text) == ("exchange", status)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the plan past an apposition set off by dashes or brackets
            "In the swap, 40 prisoners -- 25 men and 15 women -- will be freed on Monday.",
            ("exchange", "planned"),
        ),
        (
            "In the exchange 12 sailors (eight officers and four cadets) are to be returned.",
            ("exchange", "planned"),
        ),
        (  # going home is the handover to come
            "Under the swap deal, 150 captives from each side are expected to go home next week.",
            ("exchange", "planned"),
        ),
        (
            "In the exchange, 64 fishermen are due to return home once the papers are signed.",
            ("exchange", "planned"),
        ),
        (  # a future that is no handover: the people are already free
            "After the swap, the 6 freed journalists will soon see their families again.",
            ("exchange", "reported"),
        ),
        (
            "Freed in the exchange, the 30 soldiers will undergo treatment in Kyiv.",
            ("exchange", "reported"),
        ),
    ],
)
def test_a_plan_after_the_group_governs_a_handover(text: str, expected: tuple) -> None:
    assert kind_status(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "First, 30 captives are to be freed on Sunday, in return for 1,900 Palestinians.",
        "Kyiv and Moscow agreed 200 soldiers would be exchanged, in return for 150 civilians.",
    ],
)
def test_a_plan_still_governs_past_its_own_be_freed(text: str) -> None:
    ctx = context(text)
    assert is_planned(ctx.s, ctx.s.figures[-1])


@pytest.mark.parametrize(
    ("text", "low", "status"),
    [
        # a plan told before a clause break does not govern a group whose own verb is done
        ("Two hostages are to be freed on Monday; on Sunday 40 detainees were released.", 40,
         "reported"),
        ("The rebels are to free 12 soldiers next week, while 30 civilians were freed today.",
         30, "reported"),
        # guards: the plan's own infinitive, a plan in the past tense, another clause's verb
        ("Under the accord 20 captives are to be freed soon, in return for 600 prisoners.", 600,
         "planned"),
        ("Under the deal, the militia will free 20 hostages, and 600 prisoners were to be "
         "released in return.", 600, "planned"),
        ("The government agreed to release 80 prisoners held in the north as a cash payment "
         "was made.", 80, "planned"),
    ],
)  # fmt: skip
def test_a_plan_does_not_govern_a_group_whose_own_verb_is_done(
    text: str, low: int, status: str
) -> None:
    from swaptally.extract import extract_facts

    assert {f.status for f in extract_facts(text, SAT) if f.low == low} == {status}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia and Ukraine discussed a possible exchange of 1,200 prisoners each.",
         ("exchange", "planned")),
        ("The mediators are negotiating the release of 15 hostages from the rebels.",
         ("release", "planned")),
        # guards: a release won by talks is done; talks told before the figure's clause
        ("Qatar negotiated the release of 50 kidnapped workers held by the militants.",
         ("release", "reported")),
        ("After talks on the swap, 40 soldiers were freed.", ("exchange", "reported")),
    ],
)  # fmt: skip
def test_talk_about_a_handover_is_a_plan_at_most(text: str, expected: tuple) -> None:
    assert kind_status(text) == expected


@pytest.mark.parametrize(
    ("text", "low", "status"),
    [
        ("Kyiv and Moscow agreed on Monday to swap 200 prisoners each, and by Friday 84 "
         "Ukrainians had come home.", 84, "reported"),
        ("Russia and Ukraine agreed to exchange 300 prisoners each; on Friday 84 Ukrainians "
         "came home.", 84, "reported"),
        ("The two sides are expected to swap more captives, after 90 Armenian soldiers came "
         "home on Friday.", 90, "reported"),
        # guards: the plan itself, a homecoming still to come
        ("Kyiv and Moscow agreed on Monday to swap 200 prisoners each, and by Friday 84 "
         "Ukrainians had come home.", 200, "planned"),
        ("Kyiv says 120 more soldiers will come home under the deal.", 120, "planned"),
    ],
)  # fmt: skip
def test_a_homecoming_told_as_done_after_a_plan_is_reported(
    text: str, low: int, status: str
) -> None:
    from swaptally.extract import extract_facts

    assert {f.status for f in extract_facts(text, SAT) if f.low == low} == {status}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel was to free 90 Lebanese detainees on Sunday evening.", ("release", "planned")),
        ("Under the swap deal, the rebels were to hand over 25 soldiers at the border on "
         "Tuesday.", ("exchange", "planned")),
        # guard: 'was to' that is no verb of a plan
        ("In the swap it was to the Red Cross that 40 prisoners were handed over.",
         ("exchange", "reported")),
    ],
)  # fmt: skip
def test_a_plan_told_in_the_past_is_a_plan(text: str, expected: tuple) -> None:
    assert kind_status(text) == expected


@pytest.mark.parametrize(
    ("text", "low", "status"),
    [
        ("The junta has freed 400 of the 1,000 detainees it agreed to release under the accord.",
         1000, "planned"),
        ("Of the 60 hostages the rebels pledged to free, none has come home.", 60, "planned"),
        # guards: the part freed; a group a handover verb takes went free
        ("The junta has freed 400 of the 1,000 detainees it agreed to release under the accord.",
         400, "reported"),
        ("Kyiv freed 40 prisoners it had agreed to release.", 40, "reported"),
    ],
)  # fmt: skip
def test_a_group_a_relative_clause_promises_to_free_is_planned(
    text: str, low: int, status: str
) -> None:
    from swaptally.extract import extract_facts

    assert {f.status for f in extract_facts(text, SAT) if f.low == low} == {status}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Moscow's defence ministry confirmed a 175-for-175 exchange on Thursday.", "reported"),
        ("The Houthis and the Saudi-led coalition carried out a 95-for-95 swap on Friday.",
         "reported"),
        # guards: a label names a plan most often, and an agreement always
        ("The sides confirmed the 500-for-500 deal reached in Istanbul.", "planned"),
        ("The 500-for-500 exchange will take three days.", "planned"),
    ],
)  # fmt: skip
def test_a_label_taken_by_a_verb_of_a_swap_done_is_reported(text: str, status: str) -> None:
    assert kind_status(text) == ("exchange", status)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demand is no more than talk: a plan at most
        ("The militants demand the release of 500 prisoners in exchange for the pilot.",
         ("exchange", "planned")),
        # talk of freeing a group said to be held counts the stock
        ("Kyiv called for the release of all 8,000 Ukrainians held by Russia.",
         ("held", "estimated")),
        ("Negotiations for the release of the remaining 59 hostages stalled on Friday.",
         ("held", "estimated")),
    ],
)  # fmt: skip
def test_a_demand_is_a_plan_at_most_and_a_group_held_its_stock(text: str, expected: tuple) -> None:
    assert kind_status(text) == expected


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The exchange of 1,000 prisoners each is expected to take place over three days.",
         "planned"),
        ("The return of 40 Ukrainian civilians will take place next week.", "planned"),
        # guards: done; a future about people already free
        ("The release of 33 hostages was completed on Sunday.", "reported"),
        ("The militia completed the release of 20 hostages, who will soon see their "
         "families again.", "reported"),
    ],
)  # fmt: skip
def test_a_handover_named_by_its_noun_with_a_future_is_planned(text: str, status: str) -> None:
    assert kind_status(text)[1] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the promised group's own predicate tells it done
        ("The 40 prisoners Israel agreed to free were released on Monday.", "reported"),
        ("The 90 detainees the junta promised to release walked free at dawn.", "reported"),
        # guards: still a promise
        ("Of the 60 hostages the rebels pledged to free, none has come home.", "planned"),
        ("The 200 captives Kyiv agreed to swap were to be freed on Sunday.", "planned"),
    ],
)  # fmt: skip
def test_a_promised_group_whose_own_verb_says_it_went_free_is_reported(
    text: str, status: str
) -> None:
    assert kind_status(text)[1] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a future of what a done handover brings, not of the handover itself
        ("The release of 13 Thai hostages on Friday will boost hopes for the truce.",
         "reported"),
        ("The return of 40 Ukrainian civilians on Sunday would not have been possible without "
         "Qatar.", "reported"),
        # guard: the handover itself still to happen
        ("The handover of 25 Armenian detainees will begin on Monday.", "planned"),
    ],
)  # fmt: skip
def test_a_handover_nouns_future_must_say_the_handover_happens(text: str, status: str) -> None:
    assert kind_status(text)[1] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # what is confirmed is a plan: a future right after the label's noun
        ("Kyiv confirmed the 246-for-246 exchange would take place on Easter Sunday.", "planned"),
        ("Officials confirmed the 60-for-60 swap will be held at the border.", "planned"),
        # guards: done; a future of another clause
        ("Moscow confirmed the 150-for-150 exchange on Thursday.", "reported"),
        ("Ankara completed the 95-for-95 swap, which will be followed by another.", "reported"),
    ],
)  # fmt: skip
def test_a_label_confirmed_with_a_future_after_it_stays_planned(text: str, status: str) -> None:
    assert kind_status(text)[1] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("In the swap, a further 120 detainees are due back home on Monday, the ICRC said.",
         "planned"),
        ("Another 40 hostages expected home by the weekend under the truce deal.", "planned"),
        # guard: what was expected is no handover
        ("In the swap, 90 soldiers came home on Friday, earlier than expected.", "reported"),
    ],
)  # fmt: skip
def test_a_group_expected_or_due_home_is_planned(text: str, status: str) -> None:
    assert {s for _, s, *_ in kinds(text)} == {status}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Under the truce, mediators met in Cairo over the release of the remaining 80 "
         "hostages.", "planned"),
        ("Next on the agenda: the return of the remaining 300 Azerbaijani detainees.",
         "planned"),
        # guards: a verb before the noun tells the handover done
        ("Under the truce, Hamas completed the release of the remaining 20 hostages on Monday.",
         "reported"),
        ("Under the swap deal, families welcomed the return of the remaining 12 sailors.",
         "reported"),
    ],
)  # fmt: skip
def test_the_handover_of_a_group_still_held_is_to_come(text: str, status: str) -> None:
    assert {s for _, s, *_ in kinds(text)} == {status}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # agreed on a handover's noun, or agreed with a party that a group would go free
        ("Both countries agreed on a release of 700 people at talks in Oman.",
         ("exchange", "planned", 700)),
        ("The government said it agreed with the rebels that 650 prisoners held by both "
         "sides, soldiers and civilians among them, would be freed.",
         ("exchange", "planned", 650)),
        # the group's own plan past a relative clause or a participle's phrase on it
        ("Six Danes with dual nationality who are held in Tehran are to be freed under the "
         "deal, officials said.",
         ("release", "planned", 6)),
        ("At least 40 of the roughly 200 villagers seized by the militia during its raid on the "
         "border town in May are expected to be freed in the coming days.",
         ("release", "planned", 40)),
        # an absolute phrase after a plan: its participle is no verb of a handover done
        ("The truce is meant to free 30 hostages, with 90 Danish inmates released in exchange.",
         ("exchange", "planned", 90)),
    ],
)  # fmt: skip
def test_a_plan_reaches_a_group_past_its_modifiers(text: str, expected: tuple) -> None:
    assert expected in {(f.kind, f.status, f.low) for f in extract_facts(text, SAT)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a handover verb before the group makes it an object: the plan after is another's
        ("Kyiv freed 40 prisoners who had been held in Donetsk and the rest of the group are "
         "to be freed later this month.",
         ("release", "reported", 40)),
        # the sides agreed on a swap before; the clause's own verb tells it done
        ("The two sides, which agreed on the swap in May, exchanged 90 prisoners each on Friday.",
         ("exchange", "reported", 90)),
        # an absolute phrase after a handover done is done
        ("The rebels freed 30 hostages on Friday, with 90 Danish inmates released in exchange.",
         ("exchange", "reported", 90)),
    ],
)  # fmt: skip
def test_a_plan_told_elsewhere_leaves_a_done_handover(text: str, expected: tuple) -> None:
    assert expected in {(f.kind, f.status, f.low) for f in extract_facts(text, SAT)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a purpose infinitive after a present progressive: nothing has happened yet
        ("A bus is standing by at the border crossing to carry 40 Georgian detainees home.",
         ("planned", 40)),
        # a for-to clause of a deal's terms, far from its plan verb
        ("The accord sets out terms for Baku to free 12 Armenian soldiers and for Yerevan to "
         "hand back seven Azerbaijani servicemen in return.",
         ("planned", 7)),
        # a passive infinitive of purpose
        ("Officials said on Monday that 60 prisoners would leave on Friday, to be swapped for "
         "25 Yemeni soldiers.",
         ("planned", 25)),
        # a headline's subject and infinitive
        ("Rebels to let 30 captured soldiers go on Sunday", ("planned", 30)),
    ],
)  # fmt: skip
def test_an_infinitive_of_a_handover_is_still_to_come(text: str, expected: tuple) -> None:
    assert expected in {(f.status, f.low) for f in extract_facts(text, SAT)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an implicative head: it came about
        ("Kyiv managed to bring 80 defenders home on Friday.", ("reported", 80)),
        # an ordinal: the first of a group to go free did go free
        ("Among the first to be released were 12 Nepali farm workers, officials said on Friday.",
         ("reported", 12)),
        # the infinitive is the purpose of a done handover
        ("The militia handed over 30 soldiers on Friday to bring home 30 of its own fighters.",
         ("reported", 30)),
    ],
)  # fmt: skip
def test_an_infinitive_whose_head_tells_it_done_is_reported(text: str, expected: tuple) -> None:
    statuses = {(f.status, f.low) for f in extract_facts(text, SAT)}
    assert expected in statuses
    assert ("planned", expected[1]) not in statuses


@pytest.mark.parametrize(
    "text",
    [
        "The accord commits the army to freeing 300 rebel fighters within a month.",
        "The ceasefire requires the militia to hand over 40 captured soldiers.",
    ],
)
def test_a_deal_that_binds_a_side_to_a_handover_is_a_plan(text: str) -> None:
    assert {f.status for f in extract_facts(text, SAT)} == {"planned"}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # an operation of several days told in the present: still under way
        ("The four-day exchange covers some 600 detainees from both sides.", "planned"),
        ("The three-day handover involves 450 prisoners, the Red Cross said.", "planned"),
        # its verb tells it over
        ("The four-day exchange of 600 detainees ended on Monday.", "reported"),
    ],
)
def test_a_multi_day_operation_told_in_the_present_is_under_way(text: str, status: str) -> None:
    assert {f.status for f in extract_facts(text, SAT)} == {status}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a future in a relative clause on a part of a group a done handover took: a later
        # step of people already freed, for the part and its whole
        ("The general pardoned 300 inmates on Monday, among them 20 Nepalis who are to be "
         "expelled.", {(20, "reported"), (300, "reported")}),
        ("Officials put the number pardoned at 900, including 35 Thai inmates set to be "
         "expelled.", {(35, "reported")}),
        ("The junta freed 300 inmates on Monday, including 35 foreigners who will be deported.",
         {(35, "reported"), (300, "reported")}),
        # guards: a plan governs the handover before; the group is no part of it
        ("The junta will pardon 300 inmates, among them 20 Nepalis who are to be expelled.",
         {(20, "planned"), (300, "planned")}),
        ("The junta agreed to free 300 inmates, including 35 foreigners who will be deported.",
         {(35, "planned"), (300, "planned")}),
        ("Hamas freed 20 hostages on Monday, and 30 more are due to be freed on Sunday.",
         {(20, "reported"), (30, "planned")}),
    ],
)  # fmt: skip
def test_a_future_on_a_part_of_a_group_freed_is_a_later_step(text: str, expected: set) -> None:
    assert {(f.low, f.status) for f in extract_facts(text, SAT)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a coordination shares its plan ...
        ("150 prisoners and 50 hostages are to be freed on Sunday.",
         {(150, "planned"), (50, "planned")}),
        ("Hamas will free 20 hostages on Monday, and 30 more on Sunday.",
         {(20, "planned"), (30, "planned")}),
        # ... but not with a figure whose own clause tells it done
        ("Hamas freed 20 hostages on Monday, and 30 more are due to be freed on Sunday.",
         {(20, "reported"), (30, "planned")}),
    ],
)  # fmt: skip
def test_a_coordination_shares_a_plan_unless_its_own_verb_is_done(text: str, expected: set) -> None:
    assert {(f.low, f.status) for f in extract_facts(text, SAT)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a future on the group whose verb is its people leaving captivity or going home
        ("Under the decree a first batch of 700 inmates would walk out on Sunday, with a "
         "second batch to follow.",
         {("release", "planned", 700)}),
        ("Six Danish sailors would leave custody before the new year once the fine is paid.",
         {("release", "planned", 6)}),
        # past a participle's phrase on the group
        ("Nine fishermen arrested off the coast in March will be allowed home after the court "
         "hearing.",
         {("release", "planned", 9)}),
        # ... not a departure told done, nor a later step of people already freed
        ("Six Danish sailors left Iranian custody on Monday, officials said.",
         {("release", "reported", 6)}),
        ("A Lima court ordered 45 Bolivian truck drivers released on Sunday, and within days "
         "they would leave Peru by plane, their union said.",
         {("release", "reported", 45)}),
    ],
)  # fmt: skip
def test_a_future_of_leaving_captivity_is_a_plan(text: str, expected: set) -> None:
    assert {(f.kind, f.status, f.low) for f in extract_facts(text, SAT)} == expected
