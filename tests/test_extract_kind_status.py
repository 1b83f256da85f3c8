"""Stage 5: kind and status of a figure."""

from __future__ import annotations

import pytest
from extract_helpers import SAT, context
from swaptally.extract import extract_facts
from swaptally.extract.kind_status import figure_kind
from swaptally.extract.planned import is_planned


def kind_status(text: str) -> tuple[str, str]:
    ctx = context(text)
    f = ctx.s.figures[0]
    ks = figure_kind(ctx, f, lambda: is_planned(ctx.s, f))
    return ks.kind, ks.status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants took 60 hostages in the raid.", ("held", "estimated")),
        # a detention is a stock at its taking, never a release
        ("Border guards detained 14 Georgian fishermen on Sunday.", ("held", "estimated")),
        ("The rebels detained 20 aid workers near the front line.", ("held", "estimated")),
        ("An estimated 900 prisoners are still held in camps.", ("held", "estimated")),
        ("In the swap, 40 soldiers are to be freed next week.", ("exchange", "planned")),
        ("The sides agreed to exchange 40 soldiers.", ("exchange", "planned")),
        ("In the swap, 40 soldiers were freed on Friday.", ("exchange", "reported")),
        ("Russia released 40 prisoners on Friday.", ("release", "reported")),
        (
            "Alongside the swap, Russia released 40 prisoners as a goodwill gesture.",
            ("release", "reported"),
        ),
        ("An exchange of 800 prisoners began on Friday.", ("exchange", "planned")),
        # a plan verb, then a phrase, then "to" and the handover right before the figure
        (
            "The rebels and the army agreed after a week of talks in Geneva to swap 60 detainees.",
            ("exchange", "planned"),
        ),
        ("The junta pledged on Monday to free 35 political prisoners.", ("release", "planned")),
        # a hope or wish is a plan
        (
            "In the swap talks, Kyiv hopes to bring home 300 soldiers by spring.",
            ("exchange", "planned"),
        ),
        ("Moscow wants to swap 90 prisoners for the downed pilots.", ("exchange", "planned")),
        # not when the plan's "to" governs no handover of the figure
        ("The sides agreed in May to talks, and 35 prisoners were freed.", ("release", "reported")),
    ],
)
def test_kind_and_status(text: str, expected: tuple[str, str]) -> None:
    assert kind_status(text) == expected


def test_kind_rule_is_recorded() -> None:
    from swaptally.extract import KindRule, extract_facts

    (f,) = extract_facts("Militants took 60 hostages in the raid.", None)
    assert f.how.kind is KindRule.STOCK and f.rule == "held_estimate"
    (f,) = extract_facts("In the swap, 40 Ukrainian soldiers were freed.", None)
    assert f.how.kind is KindRule.SWAP_TEXT


def test_bringing_back_people_is_no_stock() -> None:
    assert kind_status("In the swap we managed to bring back 50 sailors.") == (
        "exchange", "reported",
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "In the swap, 8 sailors detained in Europe were returned to Russia.",
        "In the swap, 50 soldiers held in captivity were brought back home.",
    ],
)
def test_people_held_then_handed_back_are_no_stock(text: str) -> None:
    assert kind_status(text) == ("exchange", "reported")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demand for the group's return later in the sentence is no handover
        (
            "Peru is still holding 12 Ecuadorian soldiers who were captured after the truce "
            "took effect, and Quito has again demanded their return.",
            ("held", "estimated"),
        ),
        (
            "The militia still holds 40 aid workers who were seized in May, and the UN has "
            "called for their release.",
            ("held", "estimated"),
        ),
        # a handover told after the holding still makes a release
        (
            "Two engineers who had been held for years by the gunmen were released on Monday after "
            "their families demanded their return.",
            ("release", "reported"),
        ),
    ],
)
def test_a_demand_for_their_return_keeps_a_stock(text: str, expected: tuple[str, str]) -> None:
    assert kind_status(text) == expected


def test_awaiting_a_release_is_a_plan() -> None:
    assert kind_status("Families are awaiting the release of 300 prisoners in the swap.") == (
        "exchange", "planned",
    )  # fmt: skip


def kinds(text: str) -> list[tuple[str, str, str, str | None, int | None]]:
    from swaptally.extract import extract_facts

    return [(f.kind, f.status, f.persons_of, f.held_by, f.low) for f in extract_facts(text, SAT)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a truce: hostages and prisoners freed, no swap word
            "On the third day of the truce, the militants released 12 Israeli hostages. "
            "Israel freed 36 Palestinian prisoners under the ceasefire deal on Sunday.",
            {("exchange", "IL", "PS", 12), ("exchange", "PS", "IL", 36)},
        ),
        (  # another conflict, another wording: an agreement
            "Under the agreement brokered by Oman, the Houthis freed 70 Saudi soldiers. "
            "Saudi Arabia released 180 Houthi fighters.",
            {("exchange", "SA", "YE", 70), ("exchange", "YE", "SA", 180)},
        ),
    ],
)
def test_releases_under_a_deal_by_both_sides_are_a_swap(text: str, expected: set) -> None:
    assert {(k, p, h, n) for k, _, p, h, n in kinds(text)} == expected


def test_one_sided_release_under_a_deal_stays_a_release() -> None:
    text = "Under the ceasefire deal the militants released 12 Israeli hostages."
    assert [k for k, *_ in kinds(text)] == ["release"]


@pytest.mark.parametrize(
    "text",
    [
        "Under the peace deal the Taliban freed 20 government soldiers. The Afghan government "
        "has now let 300 Taliban prisoners go.",
        "Under their pact the Houthis released 40 government troops, and the government in "
        "turn freed 60 Houthi fighters.",
    ],
)
def test_releases_under_a_civil_wars_deal_are_a_swap(text: str) -> None:
    # the state and the insurgents at home: both groups of one country, held by it
    assert {k for k, *_ in kinds(text)} == {"exchange"}


@pytest.mark.parametrize(
    "text",
    [
        "Under the ceasefire the ELN freed six soldiers.",  # one figure: one direction
        "The Taliban freed 20 government soldiers. The Afghan government has now let 300 "
        "Taliban prisoners go.",  # no deal said
    ],
)
def test_a_civil_wars_release_with_no_deal_or_one_figure_stays_a_release(text: str) -> None:
    assert {k for k, *_ in kinds(text)} == {"release"}


@pytest.mark.parametrize(
    "text",
    [
        "M23 rebels freed 44 Congolese soldiers. The rebels have demanded that Kinshasa free "
        "their jailed fighters in exchange.",
        "The Red Cross helped 40 Sudanese troops held by the RSF go free, and said it was "
        "ready to help with more swaps and releases from either side.",
    ],
)
def test_a_swap_only_demanded_or_offered_frames_no_swap(text: str) -> None:
    assert {k for k, *_ in kinds(text)} == {"release"}


def test_mutual_releases_with_no_deal_said_stay_releases() -> None:
    text = (
        "Azerbaijan freed 5 Armenian soldiers in March. "
        "In June Armenia freed 2 Azerbaijani soldiers as a gesture before the talks."
    )
    assert {k for k, *_ in kinds(text)} == {"release"}


@pytest.mark.parametrize(
    "text",
    [
        "Both governments exchanged lists of detainees. India shared details of 40 fishermen "
        "in its custody.",
        "The two sides handed over lists: Pakistan provided information on 25 prisoners and "
        "12 fishermen.",
    ],
)
def test_figures_in_a_list_are_people_held(text: str) -> None:
    assert {(k, s) for k, s, *_ in kinds(text)} == {("held", "estimated")}


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


def test_take_verbs_are_lexicon_data(tmp_path) -> None:
    from swaptally.extract import extract_facts, load_lexicon

    extra = tmp_path / "take.yaml"
    extra.write_text("triggers:\n  take_verb: [corralled]\n", encoding="utf-8")
    text = "The gunmen corralled 40 people near the border."
    (f,) = extract_facts(text, SAT, load_lexicon([extra]))
    assert (f.kind, f.status) == ("held", "estimated")
    assert [g.kind for g in extract_facts(text, SAT)] != ["held"]


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
        "In the swap, two aid workers, who had been held since 2019, were freed on Friday.",
        "After the exchange 3 journalists, who were detained in Minsk, have been released.",
    ],
)
def test_held_in_a_relative_clause_then_freed_is_no_stock(text: str) -> None:
    assert kind_status(text)[0] == "exchange"


@pytest.mark.parametrize(
    "text",
    [
        "In addition to the exchange, Russia released 12 Ukrainian civilians.",
        "The swap went ahead; not part of the deal, Israel freed 5 Lebanese fishermen.",
    ],
)
def test_freed_in_addition_to_a_swap_is_a_release(text: str) -> None:
    assert kind_status(text)[0] == "release"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the swap is background, dated years before: the release is one-sided
            "The rebels released 14 foreign sailors on Friday. The last major prisoner "
            "exchange took place in October 2020.",
            {
                (14, "release"),
            },
        ),
        (
            "Azerbaijan freed 5 Armenian soldiers on Thursday. Both countries swapped "
            "prisoners in December 2023.",
            {(5, "release")},
        ),
        (  # a swap named in the figure's own clause is one, whatever the text
            "The rebels released 14 sailors on Friday. The previous exchange, involving some "
            "1,000 detainees, was held in October 2020.",
            {(14, "release"), (1000, "exchange")},
        ),
    ],
)
def test_a_swap_told_as_background_is_not_the_texts(text: str, expected: set) -> None:
    assert {(n, k) for k, _, _, _, n in kinds(text)} == expected


def test_a_recent_swap_still_frames_the_text() -> None:
    text = "The Houthis released 14 Saudi soldiers in a prisoner exchange on Friday."
    assert [k for k, *_ in kinds(text)] == ["exchange"]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels say they still have 80 hostages in the mountains.",
        "Kyiv says it has more than 1,000 Russian prisoners of war.",
        "Those freed were among some 300 people abducted by the militia in May.",
    ],
)
def test_captives_a_holder_has_or_a_whole_taken_are_a_stock(text: str) -> None:
    assert kind_status(text) == ("held", "estimated")


def test_having_soldiers_or_having_freed_is_no_stock() -> None:
    assert kind_status("In the swap Russia has freed 90 soldiers.")[0] == "exchange"
    assert kind_status("In the swap the army has 300 soldiers at the border.")[0] != "held"
    assert kind_status("The prisoner exchange had 300 captives on each side.")[0] == "exchange"


def test_the_release_of_the_n_held_is_a_handover() -> None:
    text = "The group completed the release of the 20 hostages held since 2023 in the swap."
    assert kind_status(text) == ("exchange", "reported")


@pytest.mark.parametrize(
    "text",
    [
        "Eritrea freed 20 Ethiopian soldiers, while Ethiopia released 18 Eritrean troops.",
        "Hamas handed four Israeli women to the Red Cross as Israel set free 90 Palestinian "
        "prisoners.",
        # guard: an arrest word elsewhere in the text leaves the two halves a swap
        "Hamas freed 4 hostages, while Israel released 120 Palestinians it had arrested.",
    ],
)
def test_each_side_freeing_the_others_people_is_a_swap(text: str) -> None:
    from swaptally.extract import KindRule, extract_facts

    got = extract_facts(text, SAT)
    assert len(got) == 2
    assert {(f.kind, f.how.kind) for f in got} == {("exchange", KindRule.MUTUAL)}


@pytest.mark.parametrize(
    "text",
    [
        "The militia released 3 hostages, while Israel arrested 20 Palestinians in Nablus.",
        "Kyiv freed 6 Russian sailors on Monday as Russian police rearrested 11 Ukrainians.",
    ],
)
def test_an_arrest_beside_a_release_is_no_half_of_a_swap(text: str) -> None:
    """'arrested N' counts an arrest, as 'detained N' does (capture_counts.py): the freed
    group beside it stays a one-sided release, the arrested one gives no fact (it is not
    handed back in a swap, nor counted as held now)."""
    from swaptally.extract import extract_facts

    got = {(f.kind, f.low) for f in extract_facts(text, SAT)}
    assert {k for k, n in got if n in (3, 6)} == {"release"}
    assert not {k for k, n in got if n in (20, 11)}


def test_totals_over_a_span_are_no_halves_of_a_swap() -> None:
    from swaptally.extract import extract_facts

    text = (
        "Azerbaijan has freed 40 Armenian detainees since 2020, and Armenia has returned "
        "17 Azerbaijani captives over the same period."
    )
    assert {f.kind for f in extract_facts(text, SAT)} == {"release"}


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
    ("text", "kind"),
    [
        ("Moscow and Kyiv swapped prisoners on Wednesday. Five Ukrainian civilians were also "
         "handed back.", "exchange"),
        ("Eritrea handed back 30 Ethiopian fishermen on Monday.", "release"),
    ],
)  # fmt: skip
def test_handing_back_people_is_a_handover(text: str, kind: str) -> None:
    """'handed back' moves people as 'handed over' does (a people noun that needs a
    handover in its sentence, 'civilians', 'fishermen', counts captives with it)."""
    assert [k for k, *_ in kinds(text)] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kyiv brought home 84 soldiers in the swap with Moscow. Separately, Ukraine handed over "
         "eight Russian civilians on humanitarian grounds.", "release"),
        ("Armenia and Azerbaijan swapped prisoners on Wednesday. Five Armenian civilians were "
         "also handed back by Baku separately.", "release"),
        # guards: a swap of its own in the clause, a speech verb
        ("The prisoner swap went ahead on Friday. Separately, the two sides exchanged 50 "
         "prisoners each.", "exchange"),
        ("Russia and Ukraine carried out a prisoner swap. Kyiv and Moscow separately confirmed "
         "that 95 servicemen had come home.", "exchange"),
    ],
)  # fmt: skip
def test_a_handover_told_apart_from_the_swap_is_a_release(text: str, kind: str) -> None:
    assert kind_status(text)[0] == kind


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban on Monday refused to free 40 Pakistani prisoners.",
        "Minsk denied that it had freed 30 political prisoners.",
        "Hamas said it would not release the 3 hostages due on Saturday.",
    ],
)
def test_a_handover_said_not_to_happen_is_no_fact(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize(
    ("text", "low"),
    [
        # guards: the negation governs another verb, or another clause's
        ("Russia, which had refused to free them for months, released 40 Ukrainian soldiers.", 40),
        ("Officials refused to comment after Russia released 40 Ukrainian prisoners.", 40),
        ("Hamas refused to free 40 hostages and Israel released 90 Palestinian prisoners.", 90),
        ("Kyiv and Moscow have not swapped captives since August, when 22 Ukrainian "
         "soldiers were returned.", 22),
    ],
)  # fmt: skip
def test_a_negation_of_another_verb_keeps_the_handover(text: str, low: int) -> None:
    assert [n for *_, n in kinds(text)] == [low]


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
    ("text", "kind"),
    [
        ("Under the deal the militants would free 10 hostages in return for two months of calm.",
         "release"),
        ("The rebels freed 12 soldiers in exchange for a ceasefire in the province.", "release"),
        # guards: people for people
        ("Hamas freed 3 hostages in return for 183 Palestinian prisoners.", "exchange"),
        ("Iran released five Americans in exchange for five Iranians jailed in America.",
         "exchange"),
    ],
)  # fmt: skip
def test_people_freed_for_no_people_are_no_swap(text: str, kind: str) -> None:
    assert kind_status(text)[0] == kind


def test_a_text_that_trades_people_for_calm_names_no_swap() -> None:
    from extract_helpers import LEX
    from swaptally.extract.text_frame import text_frame

    assert not text_frame(
        LEX, "Hamas would free 10 hostages in return for two months of calm."
    ).swap
    assert text_frame(LEX, "Hamas freed 3 hostages in return for 90 prisoners.").swap


@pytest.mark.parametrize(
    "text",
    [
        "The two sides released 120 prisoners each on Sunday.",
        "The government and the rebels each freed 40 prisoners under the accord.",
        "The army and the militia began releasing detainees, with each side freeing 200.",
    ],
)
def test_a_figure_counted_for_each_side_is_a_swap(text: str) -> None:
    from swaptally.extract import KindRule, extract_facts

    assert {(f.kind, f.how.kind) for f in extract_facts(text, SAT)} == {
        ("exchange", KindRule.PER_SIDE)
    }


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
    ("text", "kind"),
    [
        ("The sides wrapped up three days of handovers on Sunday, during which almost 900 "
         "detainees changed hands.", "exchange"),
        ("About 40 prisoners changed hands at the border crossing on Monday.", "exchange"),
        # guard: a town changes hands, people are not swapped
        ("The rebels released 12 soldiers on Monday; the town has changed hands three times.",
         "release"),
    ],
)  # fmt: skip
def test_people_changing_hands_are_swapped(text: str, kind: str) -> None:
    assert [k for k, *_ in kinds(text)] == [kind]


@pytest.mark.parametrize(
    ("text", "low", "kind"),
    [
        ("Israel freed 1,968 Palestinians under the ceasefire. Of the Palestinians released, "
         "250 were serving terms for attacks, and some 1,700 were detained in the Gaza Strip "
         "over the war's course.", 1700, "release"),
        ("Kyiv and Moscow swapped 300 prisoners each. Among the Ukrainians were 40 civilians "
         "detained in Kherson in 2022.", 40, "exchange"),
        # guard: a part still held is a stock
        ("Militants freed 12 hostages on Friday. Of the villagers abducted in May, 30 hostages are "
         "still held in the forest.", 30, "held"),
    ],
)  # fmt: skip
def test_parts_of_a_group_freed_told_by_their_detention_are_no_stock(
    text: str, low: int, kind: str
) -> None:
    assert {k for k, *_, n in kinds(text) if n == low} == {kind}


@pytest.mark.parametrize(
    "text",
    [
        "Six US citizens who had been imprisoned in Caracas were flown out of Venezuela on Friday.",
        "Four French aid workers held in Mali for months were flown out of Bamako on Tuesday.",
    ],
)
def test_people_held_then_flown_out_are_freed(text: str) -> None:
    assert kind_status(text) == ("release", "reported")


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
    ("text", "kind"),
    [
        ("Minsk freed 52 prisoners on Thursday. In return, Washington lifted sanctions on "
         "the state airline.", "release"),
        ("Tehran freed 4 French citizens on Monday. In exchange, Paris unfroze some assets.",
         "release"),
        # guard: the clause hands people over
        ("Belarus freed 3 Americans on Thursday. In return, the United States released a "
         "Belarusian spy.", "exchange"),
    ],
)  # fmt: skip
def test_in_return_for_no_people_names_no_swap(text: str, kind: str) -> None:
    assert kind_status(text)[0] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The rights group counts roughly 1,150 political prisoners across the country.", "held"),
        ("Memorial lists 600 political prisoners in Russia.", "held"),
        # guard: a tally of people freed
        ("Officials counted 40 freed prisoners as they left the buses.", "release"),
    ],
)
def test_a_tally_of_captives_is_a_stock(text: str, kind: str) -> None:
    assert kind_status(text)[0] == kind


@pytest.mark.parametrize(
    "text",
    [
        "Rebels handed 12 people they had abducted to a church commission on Sunday.",
        "The militia handed 30 captured soldiers they had held for a year to the Red Cross.",
    ],
)
def test_people_handed_to_someone_are_handed_over(text: str) -> None:
    assert kind_status(text) == ("release", "reported")


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
    ("text", "kind"),
    [
        # the word that names no people heads a people noun: people for people
        ("The Houthis freed 4 Saudi soldiers in exchange for an aid worker held in Riyadh.",
         "exchange"),
        ("The cartel let 6 engineers go in return for two cash couriers jailed in Texas.",
         "exchange"),
        # guard: still no people
        ("The rebels freed 9 hostages in exchange for food aid.", "release"),
    ],
)  # fmt: skip
def test_an_aid_worker_given_for_people_is_a_person(text: str, kind: str) -> None:
    assert kind_status(text)[0] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # 'release … from sanctions' frees a firm, no people
        ("Minsk freed 52 political prisoners on Thursday. In return, Washington agreed to release "
         "the state airline from sanctions.", "release"),
        ("Caracas freed 7 political prisoners. In exchange, the US will free the oil company "
         "from export controls.", "release"),
        # guard: the clause frees people
        ("Minsk freed 5 Lithuanians on Friday. In return, Vilnius released two Belarusians.",
         "exchange"),
    ],
)  # fmt: skip
def test_in_return_freeing_a_firm_from_a_measure_names_no_swap(text: str, kind: str) -> None:
    assert kind_status(text)[0] == kind


@pytest.mark.parametrize(
    "text",
    [
        "Some 70 aid workers are now in the hands of a militia, the UN said.",
        "Around 1,200 of our fighters are in the jails of the regime, a rebel spokesman said.",
        "Of the 30 sailors still in Somali hands, 12 are Indian nationals.",
        "Nineteen of the fishermen are in Indian jails, the ministry said.",
    ],
)
def test_people_in_a_captors_hands_or_jails_are_held(text: str) -> None:
    assert kind_status(text) == ("held", "estimated")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Of the 64 hostages still in Gaza, roughly half are thought to be alive.", "held"),
        ("The 12 prisoners left in the camp were moved north, officials said.", "held"),
        # guard: the noun says no captivity
        ("Officials said 300 residents still in the town were evacuated.", None),
        # guard: the group's own verb moves it
        ("The 40 detainees still in Yemen will be freed on Sunday.", "exchange"),
    ],
)
def test_captives_still_in_a_place_are_held_there(text: str, kind: str | None) -> None:
    found = kinds("In the swap talks, the sides spoke of prisoners. " + text)
    assert {k for k, *_ in found} == ({kind} if kind else set())


@pytest.mark.parametrize(
    "text",
    [
        "Armenia listed 23 Azerbaijani prisoners in its custody, while Azerbaijan listed 19 "
        "Armenian detainees and 4 Armenian civilians.",
        "Ethiopia counted 400 Eritrean captives and 60 Eritrean civilians in its camps.",
    ],
)
def test_a_tally_covers_every_part_of_its_coordination(text: str) -> None:
    assert {(k, s) for k, s, *_ in kinds(text)} == {("held", "estimated")}


@pytest.mark.parametrize(
    "text",
    [
        "Iran freed two French-Iranian dual nationals on Friday after a visit by a French "
        "minister.",
        "Moscow released three Russian-American dual citizens in a humanitarian gesture.",
    ],
)
def test_one_group_read_both_ways_is_not_both_halves_of_a_swap(text: str) -> None:
    assert {k for k, *_ in kinds(text)} == {"release"}


@pytest.mark.parametrize(
    "text",
    [
        "The number of Ukrainian defenders brought home from Russian captivity has reached "
        "4,812, the coordination headquarters said.",
        "Hamas has freed 105 Israeli hostages since the war began, the army said on Sunday.",
        "So far 2,300 Ukrainian soldiers have been brought back from Russian captivity.",
        "KYIV, June 3 - Since the full-scale invasion, 3,900 Ukrainians have returned from "
        "Russian captivity, the ombudsman said on Tuesday.",
    ],
)
def test_a_running_total_between_sides_at_war_is_counted_in_swaps(text: str) -> None:
    from swaptally.extract import KindRule, extract_facts

    (f,) = extract_facts(text, SAT)
    assert (f.kind, f.status, f.how.kind) == ("exchange", "reported", KindRule.RUNNING_TOTAL)
    # (from the war's first day where the text says so: test_extract_dating)
    assert f.date is None and f.period_end == SAT


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a state's own people freed at home
        ("Belarus has freed 300 political prisoners since July 2023, Viasna said.", "release"),
        # one handover on a day, no total
        ("Russia freed 40 Ukrainian soldiers on Friday.", "release"),
        # a taking, not a return
        ("Since the war began, Russian forces have captured 900 Ukrainian soldiers.", "held"),
    ],
)
def test_no_running_total_no_swap_kind(text: str, kind: str) -> None:
    assert {k for k, *_ in kinds(text)} == {kind}


def test_a_record_since_the_war_began_is_no_running_total() -> None:
    from swaptally.extract import extract_facts

    text = "On Friday Russia freed 95 Ukrainian soldiers, the largest return since the war began."
    (f,) = extract_facts(text, SAT)
    assert (f.kind, f.date, f.period_start) == ("release", SAT.replace(day=8), None)


@pytest.mark.parametrize(
    "text",
    [
        "Police handed 12 militants to prosecutors on Monday.",
        "Forty captured Ukrainian marines were transferred to a prison in Rostov, the ministry "
        "said.",
        "The 23 Azerbaijani detainees were taken to a detention centre in Yerevan.",
    ],
)
def test_people_moved_into_the_hands_of_justice_or_another_prison_are_held(text: str) -> None:
    assert {(k, s) for k, s, *_ in kinds(text)} == {("held", "estimated")}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # freed first, then handed on
        ("The 30 rescued pupils were handed to the police and reunited with their parents.",
         "release"),
        # a swap's return into its own side's custody
        ("In the swap, 90 Ukrainian soldiers were handed over to Ukrainian custody.", "exchange"),
    ],
)  # fmt: skip
def test_people_freed_or_returned_into_custody_are_no_stock(text: str, kind: str) -> None:
    assert {k for k, *_ in kinds(text)} == {kind}


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
    "text",
    [
        "A planned swap of 150 prisoners between the Houthis and the government collapsed on "
        "Tuesday.",
        "The release of 40 detainees, which the junta had promised for Friday, was cancelled.",
        "A swap of 200 captives per side fell through at the last moment, Kyiv said.",
    ],
)
def test_a_handover_that_fell_through_is_no_fact(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The exchange of 90 prisoners went ahead after talks on a wider deal collapsed.",
         "exchange"),
        ("Talks collapsed after Kyiv freed 40 Russian soldiers.", "release"),
    ],
)  # fmt: skip
def test_a_collapse_of_something_else_leaves_the_handover(text: str, kind: str) -> None:
    assert [k for k, *_ in kinds(text)] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "The 40 captured soldiers were flown out to Taganrog on Friday.",
        "Russia transferred 35 Ukrainian prisoners of war to a camp near Bryansk, the "
        "ombudsman said.",
        "Ethiopian troops moved 60 captured Eritrean soldiers to a camp in the north.",
    ],
)
def test_captives_moved_to_a_place_that_is_no_side_are_still_held(text: str) -> None:
    assert {(k, s) for k, s, *_ in kinds(text)} == {("held", "estimated")}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # to their own side: a handover
        ("Armenia transferred 2 Azerbaijani soldiers to Azerbaijan on Monday.", "release"),
        # freed, then flown on
        ("The 12 freed sailors were flown to a hotel in Manila.", "release"),
        # in a swap, a half
        ("In the swap, 280 detainees had been flown out to Sanaa by nightfall.", "exchange"),
    ],
)
def test_captives_moved_to_a_side_freed_or_swapped_are_handed_over(text: str, kind: str) -> None:
    assert {k for k, *_ in kinds(text)} == {kind}


@pytest.mark.parametrize(
    "text",
    [
        # a round-up: the first story's parties are no measure of the second's swap
        "Azerbaijan handed 6 Armenian soldiers back on Monday. Later in the week, Russia and "
        "Ukraine swapped 150 prisoners each.",
        "Iran released two Swedish citizens on Tuesday. Armenia and Azerbaijan exchanged 12 "
        "soldiers each on Thursday.",
    ],
)
def test_each_sides_figure_is_a_swap_half_on_both_sides_in_a_round_up(text: str) -> None:
    each = [f for f in extract_facts(text, SAT) if f.rule == "each_side"]
    assert len({f.persons_of for f in each}) == 2
    assert {f.kind for f in each} == {"exchange"}


# every apostrophe a text may be typed with: straight, right and left single quote, and the
# modifier letter of Ukrainian spelling
APOSTROPHES = ("'", "\u2019", "\u2018", "\u02bc")


@pytest.mark.parametrize("apostrophe", APOSTROPHES)
@pytest.mark.parametrize(
    "text",
    [
        "The planned release of 18 fishermen held by Eritrea didn{a}t take place, officials said.",
        "A swap of 75 prisoners that Sudan{a}s army had promised for Eid didn{a}t take place.",
    ],
)
def test_a_handover_that_did_not_take_place_is_none_whatever_the_apostrophe(
    text: str, apostrophe: str
) -> None:
    assert kinds(text.format(a=apostrophe)) == []


@pytest.mark.parametrize("apostrophe", APOSTROPHES)
@pytest.mark.parametrize(
    "text",
    [
        "The cartel said it won{a}t free 12 hostages until the ransom is paid.",
        "Belgrade said it hasn{a}t released the 9 Kosovar policemen it arrested.",
    ],
)
def test_a_negated_handover_is_none_whatever_the_apostrophe(text: str, apostrophe: str) -> None:
    assert kinds(text.format(a=apostrophe)) == []


@pytest.mark.parametrize("apostrophe", APOSTROPHES)
def test_facts_quote_the_text_as_written(apostrophe: str) -> None:
    text = f"Ukraine{apostrophe}s ombudsman said Kyiv and Moscow swapped 84 prisoners each."
    facts = extract_facts(text, SAT)
    assert len(facts) == 2
    assert {(f.sentence, f.said_by) for f in facts} == {(text, text[:19])}


def test_a_speaker_is_quoted_from_the_facts_own_sentence() -> None:
    # the same speaker typed with ' first and ’ in the sentence of the fact
    first = "Ukraine's ombudsman visited a camp near the border on Monday."
    second = "Ukraine\u2019s ombudsman said Kyiv and Moscow swapped 84 prisoners each."
    facts = extract_facts(f"{first} {second}", SAT)
    assert len(facts) == 2
    assert {(f.sentence, f.said_by) for f in facts} == {(second, second[:19])}


def _facts(text: str) -> set[tuple[str, str, str | None, str | None, int | None]]:
    return {(f.kind, f.status, f.persons_of, f.held_by, f.low) for f in extract_facts(text, SAT)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part freed out of a whole stated with no article: the whole is the pool held
        ("Nicaragua released 135 of some 2,000 political prisoners on Thursday.",
         {("release", "reported", "NI", "NI", 135), ("held", "estimated", "NI", "NI", 2000)}),
        ("Kabul let go 40 of about 900 Taliban detainees.",
         {("release", "reported", "AF", "AF", 40), ("held", "estimated", "AF", "AF", 900)}),
    ],
)  # fmt: skip
def test_a_part_freed_from_a_pool_of_captives(text: str, expected: set) -> None:
    assert _facts(text) == expected


def test_a_part_of_a_group_named_with_the_is_no_pool() -> None:
    # 'two of the three': the whole is a group the text knows, not a stock
    got = _facts("The militia freed two of the three kidnapped nurses.")
    assert all(low != 3 for *_, low in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of captives put at a figure, naming no handover: a stock
        ("Kyiv estimated the number of Ukrainian civilians in Russian jails at around 16,000.",
         ("held", "estimated", "UA", "RU", 16000)),
        ("Monitors put the number of political prisoners in Venezuela at roughly 800.",
         ("held", "estimated", "VE", "VE", 800)),
        # a count of people handed over put at a figure: that handover
        ("The Taliban put the number of prisoners freed at 900, not 600 as Kabul said.",
         ("release", "reported", "AF", "AF", 900)),
    ],
)  # fmt: skip
def test_a_count_put_at_a_figure(text: str, expected: tuple) -> None:
    assert expected in _facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'came back' is a return, as 'came home' is: the group counts captives
        ("Thirty Armenian civilians came back from Azerbaijan on Tuesday.",
         ("release", "reported", "AM", "AZ", 30)),
        ("Some 85 Ukrainian civilians came back from Russian captivity last week.",
         ("release", "reported", "UA", "RU", 85)),
    ],
)  # fmt: skip
def test_came_back_is_a_return(text: str, expected: tuple) -> None:
    assert expected in _facts(text)


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


def test_releases_told_as_both_sides_make_the_text_a_swap() -> None:
    text = (
        "The army has let 200 rebel fighters out of a northern jail, officials said. Prisoners "
        "were freed by both the army and the militia this month, church mediators said."
    )
    assert {(f.kind, f.low) for f in extract_facts(text, SAT)} == {("exchange", 200)}
    # one side's release alone stays a release
    text = "The army has let 200 rebel fighters out of a northern jail, officials said."
    assert {(f.kind, f.low) for f in extract_facts(text, SAT)} == {("release", 200)}


def test_a_handover_named_one_sided_by_the_next_sentence_is_a_release() -> None:
    text = (
        "Rebels free 40 police officers, weeks after a big swap. The rebels let 40 police "
        "officers go on Tuesday, a local official said. This unilateral gesture followed a "
        "larger trade of captives in May."
    )
    assert {(f.kind, f.low) for f in extract_facts(text, SAT)} == {("release", 40)}
    # with no such sentence, the text's swap frames them
    text = "Rebels free 40 police officers, weeks after a big swap."
    assert {(f.kind, f.low) for f in extract_facts(text, SAT)} == {("exchange", 40)}
