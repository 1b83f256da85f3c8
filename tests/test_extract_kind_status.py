"""Stage 5: kind of a figure: a half of a swap or a one-sided release."""

from __future__ import annotations

import pytest
from extract_helpers import SAT, kind_status, kinds
from swaptally.extract import extract_facts


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
    # (two sides of no war the lexicon knows: a war's captives under a deal are a swap's
    # half, test_a_wars_captives_freed_under_a_deal_are_a_swaps_half)
    text = "Under the ceasefire deal the Houthis released 12 Saudi soldiers."
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
        "In August Turkey sent 6 Greek sailors home as a gesture ahead of the talks. "
        "Greece had let 3 Turkish fishermen go in May."
    )
    assert {k for k, *_ in kinds(text)} == {"release"}


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
            "The last exchange of captives between the two countries was in May 2019. On "
            "Tuesday Tajikistan returned 8 Kyrgyz border guards.",
            {(8, "release")},
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


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Under the ceasefire, Israel let 18 Palestinian detainees out of Ofer prison "
            "overnight.",
            "reported",
        ),
        (
            "Talks mediated by the Emirates went on for weeks. On Thursday Moscow handed 64 "
            "Ukrainian marines back to Kyiv.",
            "reported",
        ),
        (
            "On the truce's second day, Hamas is expected to let 7 Israeli hostages cross "
            "into Egypt.",
            "planned",
        ),
        ("Under the ceasefire deal the militants released 12 Israeli hostages.", "reported"),
    ],
)
def test_a_wars_captives_freed_under_a_deal_are_a_swaps_half(text: str, status: str) -> None:
    """doc_swaps.war_swaps: in a war whose captives go home in swaps (wars.yaml), one side's
    soldiers, hostages or prisoners freed by the other under a deal or through a go-between
    are a swap's half."""
    from swaptally.extract import KindRule

    (f,) = extract_facts(text, SAT)
    assert (f.kind, f.status, f.how.kind) == ("exchange", status, KindRule.WAR_SWAP)


@pytest.mark.parametrize(
    "text",
    [
        # no deal, no go-between told
        "Moscow handed 64 Ukrainian marines back to Kyiv on Thursday, officials said.",
        # civilians go home one way
        "Moscow sent 9 deported Ukrainian teenagers back to Kyiv after the Vatican mediated.",
        # people named by their civilian work or life go home one way: talks told beside
        # their freeing make them no swap's half
        "Israel freed 20 Palestinian farmers on Monday. Negotiators in Doha said a truce deal "
        "was close.",
        "Russia released 15 Ukrainian journalists on Wednesday, the Red Cross said. Kyiv and "
        "Moscow have no ceasefire agreement.",
        # a one-sided cue in the sentence
        "During the truce, and as a goodwill gesture, Israel let 18 Palestinian detainees go.",
        # a swap word the sentence weighs: people given for no people
        "In return for a pause in the shelling, Moscow sent 12 Ukrainian POWs home, the truce "
        "monitors said.",
        # no war the lexicon knows between the two
        "With the truce holding, Eritrea let 64 captured Ethiopian soldiers cross home at "
        "Zalambessa.",
    ],
)
def test_no_wars_captives_under_a_deal_no_war_swap(text: str) -> None:
    assert {k for k, *_ in kinds(text)} == {"release"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the other way told by a swap word after the group, past the one-sided cue
        ("Calling it a goodwill step, Bolivia sent 9 Paraguayan farmers home and took back its "
         "own border guards in exchange.", {(9, "exchange")}),
        ("Despite the unilateral tone of its statement, Tbilisi confirmed that 45 Georgian "
         "soldiers had come home in an exchange of prisoners.", {(45, "exchange")}),
        # the other way told by one group of the releaser's people freed by its receiver
        ("Chile freed 6 Bolivian truckers as a goodwill gesture, and Bolivia let 10 Chilean "
         "hikers go on the same day.", {(6, "exchange"), (10, "exchange")}),
        # guards: the swap word inside the cue, or set apart as another event; a group whose
        # other half is already counted
        ("In a goodwill gesture, Dushanbe handed 11 Kyrgyz soldiers back to Bishkek following "
         "the spring prisoner swap.", {(11, "release")}),
        ("Azerbaijan unilaterally freed 7 Armenian conscripts ahead of a planned prisoner swap.",
         {(7, "release")}),
        # guards: the handover the other way told as another event
        ("Eritrea sent 100 Ethiopian herders home as a goodwill step, a month after Addis "
         "Ababa released 40 Eritrean traders.", {(100, "release"), (40, "release")}),
        ("Bishkek unilaterally freed 6 Tajik border guards, while Dushanbe had earlier "
         "released 9 Kyrgyz herders.", {(6, "release"), (9, "release")}),
        # guards: a swap only wished for or offered after the group hands no one back
        ("Russia freed 5 Ukrainian civilians as a goodwill gesture and said it was ready for "
         "an exchange of prisoners.", {(5, "release")}),
        ("Kyiv unilaterally handed 12 Belarusian volunteers back to Minsk and said it remained "
         "open to a prisoner swap.", {(12, "release")}),
        ("Chile also freed 8 Bolivian students under arrangements outside the exchange.",
         {(8, "release")}),
        ("Tajikistan returned 3 injured Kyrgyz border guards as a goodwill gesture, while the "
         "two countries swapped 65 detainees each.", {(65, "exchange"), (3, "release")}),
    ],
)  # fmt: skip
def test_a_one_sided_cue_yields_to_the_counter_handover_its_sentence_tells(
    text: str, expected: set[tuple[int, str]]
) -> None:
    """A one-sided cue ('as goodwill', 'unilateral') makes no release of a group whose
    sentence tells the handover the other way: a swap of people named after the group, or
    the one group of the releaser's own people its receiver freed."""
    assert {(low, kind) for kind, _, _, _, low in kinds(text)} == expected


def test_the_two_tells_of_a_counter_handover_are_named_apart() -> None:
    """explain tells which tell turned a one-sided release into a swap's half: a swap word
    after the group (kind_status) or a group freed the other way (doc_swaps)."""
    from swaptally.extract import KindRule

    after = extract_facts(
        "As a goodwill step, Peru sent 7 Chilean fishermen home and took back its own "
        "border guards in exchange.",
        SAT,
    )
    other_way = extract_facts(
        "Peru freed 7 Chilean sailors as a goodwill gesture, and Chile released 4 Peruvian "
        "hikers on the same day.",
        SAT,
    )
    assert {f.how.kind for f in after} == {KindRule.SWAP_AFTER_CUE}
    assert {f.how.kind for f in other_way} == {KindRule.COUNTER_HANDOVER}
