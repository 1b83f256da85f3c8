"""Stage 5: a stock of people held, told apart from people handed over."""

from __future__ import annotations

import pytest
from extract_helpers import SAT, kind_status, kinds
from swaptally.extract import extract_facts


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


def test_take_verbs_are_lexicon_data(tmp_path) -> None:
    from swaptally.extract import extract_facts, load_lexicon

    extra = tmp_path / "take.yaml"
    extra.write_text("triggers:\n  take_verb: [corralled]\n", encoding="utf-8")
    text = "The gunmen corralled 40 people near the border."
    (f,) = extract_facts(text, SAT, load_lexicon([extra]))
    assert (f.kind, f.status) == ("held", "estimated")
    assert [g.kind for g in extract_facts(text, SAT)] != ["held"]


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
        "The rebels say they still have 80 hostages in the mountains.",
        "Kyiv says it has more than 1,000 Russian prisoners of war.",
        "Those freed were among some 300 people abducted by the militia in May.",
    ],
)
def test_captives_a_holder_has_or_a_whole_taken_are_a_stock(text: str) -> None:
    assert kind_status(text) == ("held", "estimated")


def test_having_soldiers_or_having_freed_is_no_stock() -> None:
    assert kind_status("In the swap Russia has freed 90 soldiers.")[0] == "exchange"
    # (a force's strength is no figure at all: mention_traps)
    assert "held" not in {
        k for k, *_ in kinds("In the swap the army has 300 soldiers at the border.")
    }
    assert kind_status("The prisoner exchange had 300 captives on each side.")[0] == "exchange"


def test_the_release_of_the_n_held_is_a_handover() -> None:
    text = "The group completed the release of the 20 hostages held since 2023 in the swap."
    assert kind_status(text) == ("exchange", "reported")


@pytest.mark.parametrize(
    ("text", "low", "kind"),
    [
        ("Israel freed 1,968 Palestinians under the ceasefire. Of the Palestinians released, "
         "250 were serving terms for attacks, and some 1,700 were detained in the Gaza Strip "
         "over the war's course.", 1700, "exchange"),  # a truce's half: doc_swaps.war_swaps
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
    "text",
    [
        # a participle's phrase, a part, a relative clause, a dashed or bracketed aside
        "Nine Azerbaijani soldiers, seized near the border during a skirmish in May, "
        "remain in Armenian hands.",
        "Some 400 Georgians, 300 of them farmers, are still detained by Moscow.",
        "Some 400 Georgians, 300 of whom are farmers, are still detained by Moscow.",
        "Some 8,000 Ukrainians, who were captured in Mariupol, remain in Russian captivity.",
        "Seven Eritrean sailors - picked up off the coast in July - are still held by Yemen.",
    ],
)
def test_the_groups_predicate_past_an_aside_says_it_is_held(text: str) -> None:
    assert {(k, st) for k, st, *_ in kinds(text)} == {("held", "estimated")}


@pytest.mark.parametrize(
    "text",
    [
        # the aside hands the group over: 'remain' tells where the freed people are
        "Twelve Cambodian soldiers, freed on Monday, remain in hospital.",
        # a participle right after the group is no predicate; the group's own one frees it
        "Twelve Cambodian soldiers, held since July, were handed back on Monday.",
        # the group is the object of a handover verb before it
        "Russia freed 12 Ukrainian soldiers, captured in Mariupol, who remain in hospital.",
        # a taking told past the aside: no stock now
        "Five Colombian police officers, off duty at the time, were seized on May 2.",
        # the group is a participle's object inside an aside; 'was held' is the swap's
        "The last swap between the two, involving some 500 detainees, was held in 2019.",
    ],
)
def test_an_aside_that_frees_or_a_participle_after_the_group_is_no_stock(text: str) -> None:
    assert "held" not in {k for k, *_ in kinds(text)}


@pytest.mark.parametrize(
    "text",
    [
        # a headline's present tense of a verb of giving back
        "Ghana sends home 27 Togolese prisoners held in Accra over a visa dispute",
        "Kenya returns to Mogadishu 16 Somali fighters held in Garissa jails, the ministry said.",
        "Turkey flies home 11 Iraqi prisoners held in Diyarbakir",
        "Morocco is sending back 40 Algerian detainees kept in a camp near Oujda.",
        "The army gave back 8 rebel fighters held at its base, officials said.",
        # the group's own predicate: going home, or going free
        "Fourteen Chadian herders held by the rebels since spring are going home, the Red "
        "Cross says.",
        "Twenty-three fishermen held at a naval base since March headed home on Saturday, "
        "their union said.",
        # let out (of jail): a handover, not a count of the jailed
        "Rebels in the east have let out 52 policemen held in their camps since the spring.",
    ],
)
def test_every_form_of_a_verb_of_giving_back_hands_the_group_over(text: str) -> None:
    found = {k for k, *_ in kinds(text)}
    assert found and "held" not in found
