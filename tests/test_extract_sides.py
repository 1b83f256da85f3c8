"""Stage 4: each side resolver alone, then the order in which they are tried."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import SAT, context
from swaptally.extract import Side, extract_facts, sides
from swaptally.extract.sides import RESOLVERS, resolve_sides


def answer(resolver, text: str, i: int = 0):
    ctx = context(text)
    got = resolver(ctx, ctx.s.figures[i])
    return None if got is None else [(a.persons_of, a.held_by, a.side) for a in got]


def test_mixed_group() -> None:
    got = answer(sides.mixed_group, "Ukraine freed 14 Russian and Belarusian prisoners.")
    assert got == [("XX", "UA", Side.MIXED_GROUP)]


def test_a_group_from_many_countries_is_mixed() -> None:
    got = answer(sides.many_countries, "Moscow freed 16 prisoners from three Western countries.")
    assert got == [("XX", "RU", Side.MANY_COUNTRIES)]  # the releaser still holds them
    got = answer(sides.many_countries, "In all, the deal freed 22 people from five countries.")
    assert got == [("XX", "XX", Side.MANY_COUNTRIES)]  # a swap among many: no one holder
    assert answer(sides.many_countries, "Kyiv got back 22 soldiers from the Kursk region.") is None
    ctx = context("Russia and the US swapped prisoners. It freed 22 people of six nationalities.")
    (got,) = resolve_sides(ctx, ctx.s.figures[0])
    assert (got.persons_of, got.side) == ("XX", Side.MANY_COUNTRIES)


def test_each_side_gives_two_answers() -> None:
    got = answer(sides.each_side, "Russia and Ukraine each freed 42 soldiers in a swap.")
    assert got == [("RU", "UA", Side.EACH_SIDE), ("UA", "RU", Side.EACH_SIDE)]


def test_demonym_group_with_named_holder() -> None:
    got = answer(
        sides.demonym_group, "In the swap, 30 Ukrainian soldiers held by Russia came home."
    )
    assert got == [("UA", "RU", Side.DEMONYM_GROUP)]


def test_destination() -> None:
    got = answer(
        sides.destination, "In the swap with Russia, 20 civilians were returned to Ukraine."
    )
    assert got == [("UA", "RU", Side.DESTINATION)]


def test_releaser_other() -> None:
    got = answer(sides.releaser_other, "Russia and Ukraine met. Russia released 40 prisoners.")
    assert got == [("UA", "RU", Side.RELEASER_OTHER)]


def test_possessive() -> None:
    got = answer(
        sides.possessive, "Ukraine and Russia met, and Ukraine got back 25 of its soldiers."
    )
    assert got is not None and got[0][:2] == ("UA", "RU")


def test_our_is_the_speaker_never_an_actor_named_before() -> None:
    # 'our' with no known speaker: not the releaser named before it; the releaser's
    # other side decides
    ctx = context("Moscow freed 40 of our fighters in the swap with Ukraine, a commander said.")
    got = resolve_sides(ctx, ctx.s.figures[0])
    assert [(a.persons_of, a.held_by, a.side) for a in got] == [("UA", "RU", Side.RELEASER_OTHER)]
    text = '"Azerbaijan has handed back 15 of our servicemen," an Armenian officer told reporters.'
    assert answer(sides.possessive, text) is None


def test_insurgents_at_home_free_their_own_countrys_people() -> None:
    got = answer(
        sides.releaser_other, "The Taliban freed 22 soldiers on Monday as a goodwill gesture."
    )
    assert got == [("AF", "AF", Side.INSURGENTS_HOME)]
    text = "In Darfur, the RSF released 120 army prisoners to the Red Cross on Sunday."
    assert answer(sides.releaser_other, text) == [("SD", "SD", Side.INSURGENTS_HOME)]
    # people 'held by armed groups' are the hostages resolver's (of many, XX)
    ctx = context("The ELN freed nine people held by armed groups.")
    got = [(a.persons_of, a.held_by, a.side) for a in resolve_sides(ctx, ctx.s.figures[0])]
    assert got == [("XX", "CO", Side.HOSTAGES)]


def test_a_group_with_parts_of_several_countries_is_mixed() -> None:
    text = "Russia freed 14 people, including four Germans and six Russian dissidents."
    assert answer(sides.mixed_by_part, text) == [("XX", "RU", Side.MIXED_GROUP)]
    text = "Hamas handed over 30 hostages, including 11 Israelis, 9 Thais and 2 Filipinos."
    assert answer(sides.mixed_by_part, text)[0][0] == "XX"
    text = "Ukraine got back 40 soldiers, including 12 Ukrainian marines."
    assert answer(sides.mixed_by_part, text) is None  # one country's part: not said mixed


def test_a_government_frees_its_own_political_prisoners_named_by_demonym() -> None:
    text = "Minsk freed 14 Belarusian dissidents on Friday after talks with the United States."
    assert answer(sides.demonym_group, text) == [("BY", "BY", Side.DEMONYM_GROUP)]
    text = "Caracas released 20 Venezuelan political prisoners and 10 Americans in the deal."
    assert answer(sides.demonym_group, text) == [("VE", "VE", Side.DEMONYM_GROUP)]


def _sided(text: str) -> list:
    ctx = context(text)
    return [(a.persons_of, a.held_by, a.side) for a in resolve_sides(ctx, ctx.s.figures[0])]


def test_a_text_about_a_governments_own_detainees_sides_its_unsided_groups() -> None:
    text = (
        "Minsk freed 18 political prisoners on Wednesday. Among those freed were three journalists."
    )
    assert _sided(text) == [("BY", "BY", Side.DOMESTIC)]
    text = (
        "Venezuela freed dozens of opposition activists after the vote. "
        "The 40 freed prisoners were driven home on Monday."
    )
    assert _sided(text) == [("VE", "VE", Side.DOMESTIC)]
    # not in a swap, nor for soldiers
    text = (
        "Russia and Ukraine swapped prisoners, Moscow said, freeing dissidents too. "
        "The 40 freed prisoners were driven home on Monday."
    )
    assert _sided(text)[0][2] is Side.CONTEXT
    text = (
        "Minsk freed political prisoners on Wednesday. Another 12 freed soldiers were driven home."
    )
    assert _sided(text)[0][2] is Side.CONTEXT


def test_own_nationals() -> None:
    got = answer(sides.own_nationals, "Belarus released 20 political prisoners on Friday.")
    assert got == [("BY", "BY", Side.OWN_NATIONALS)]


def test_resolvers_do_not_answer_out_of_their_construction() -> None:
    assert answer(sides.mixed_group, "Russia released 40 Ukrainian prisoners.") is None
    assert answer(sides.destination, "Russia released 40 Ukrainian prisoners.") is None
    assert answer(sides.own_nationals, "Russia released 40 Ukrainian prisoners.") is None


def test_order_and_names() -> None:
    names = [r.__name__ for r in RESOLVERS]
    assert names[0] == "unknown_group" and names[-1] == "context"
    assert names.index("demonym_group") < names.index("releaser_other")
    ctx = context("Russia released 40 Ukrainian prisoners.")
    (got,) = resolve_sides(ctx, ctx.s.figures[0])
    assert (got.persons_of, got.held_by, got.side) == ("UA", "RU", Side.DEMONYM_GROUP)


def test_relative_clause_receiver_and_releaser() -> None:
    text = "Russia and Ukraine met. Kyiv said 60 of the 90 sailors it brought home were ill."
    # the part ("60 of the 90 sailors") shares the whole's noun phrase and its clause
    for i in (0, 1):
        assert answer(sides.relative_clause, text, i) == [("UA", "RU", Side.RELATIVE_CLAUSE)]
    assert answer(sides.relative_clause, "Russia and Ukraine met. Kyiv got 60 sailors.") is None
    text = "Russia and Ukraine met. Moscow said the 40 soldiers Ukraine handed over were ill."
    assert answer(sides.relative_clause, text) == [("RU", "UA", Side.RELATIVE_CLAUSE)]


def test_a_mediator_is_neither_holder_nor_releaser() -> None:
    text = (
        "Ukraine and Russia swapped prisoners in a deal brokered by Qatar. "
        "Qatar said Russia released 30 Ukrainian soldiers."
    )
    ctx = context(text)
    assert "QA" not in ctx.doc.parties
    (got,) = resolve_sides(ctx, ctx.s.figures[0])
    assert (got.persons_of, got.held_by) == ("UA", "RU")


def test_egypt_mediates_unless_its_own_people_are_counted() -> None:
    # a speaker that mediates is not the other side of the group it speaks of
    ctx = context("Egypt said Hamas had freed 13 hostages under the truce.")
    (got,) = resolve_sides(ctx, ctx.s.figures[0])
    assert (got.persons_of, got.held_by) == ("IL", "PS")
    ctx = context("Israel freed 25 Egyptians from its jails in exchange for a student.")
    (got,) = resolve_sides(ctx, ctx.s.figures[0])
    assert (got.persons_of, got.held_by) == ("EG", "IL")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar pardoned eight Indian prisoners on Monday.", ("IN", "QA")),
        ("Egypt released 20 Sudanese prisoners on Friday.", ("SD", "EG")),
        # guards: a mediator that brokers or speaks holds no one
        ("Qatar has brokered the release of 13 hostages held by Hamas.", ("IL", "PS")),
        ("Egypt said Hamas had freed 13 hostages under the truce.", ("IL", "PS")),
    ],
)
def test_a_mediator_that_frees_people_itself_holds_them(
    text: str, expected: tuple[str, str]
) -> None:
    (got,) = extract_facts(text, SAT)
    assert (got.persons_of, got.held_by) == expected


def test_actors_named_in_the_sentence_win_over_the_text() -> None:
    from swaptally.extract import extract_facts

    text = (
        "Armenia returned 15 Azerbaijani soldiers on Monday. "
        "Belarus handed 9 Polish prisoners to Poland. "
        "Later, Russia and Ukraine each freed 120 prisoners in a swap."
    )
    got = {(f.low, f.persons_of, f.held_by) for f in extract_facts(text, None)}
    assert (120, "RU", "UA") in got and (120, "UA", "RU") in got
    assert (9, "PL", "BY") in got and (15, "AZ", "AM") in got


def test_a_nationality_the_lexicon_does_not_know_is_never_guessed() -> None:
    from swaptally.extract import extract_facts

    text = "Thailand and Ukraine met. Thailand handed 18 Ruritanian soldiers back on Monday."
    (f,) = extract_facts(text, None)
    assert (f.persons_of, f.held_by, f.how.side) == ("XX", "TH", Side.UNKNOWN_GROUP)
    # a title-case headline's people noun is no nationality
    (f,) = extract_facts("Rebels Hold 120 Civilians In Gaza", None)
    assert f.how.side is not Side.UNKNOWN_GROUP


def sided(text: str) -> list[tuple[str, str | None, Side]]:
    """(persons_of, held_by, resolver) of every figure of the text's last sentence."""
    ctx = context(text)
    return [(a.persons_of, a.held_by, a.side) for f in ctx.s.figures for a in resolve_sides(ctx, f)]


def test_insurgents_at_home_give_same_country_sides() -> None:
    # a government's soldiers freed by rebels of its own country, and the reverse
    assert sided("Tigrayan rebels of the TPLF freed 300 Ethiopian soldiers on Monday.") == [
        ("ET", "ET", Side.DEMONYM_GROUP)
    ]
    assert sided("The Afghan government freed 900 Taliban prisoners on Sunday.") == [
        ("AF", "AF", Side.DEMONYM_GROUP)
    ]
    # the group named only as the source still holds its country's soldiers
    assert sided("Some 70 Sudanese soldiers were set free, the RSF said in a statement.") == [
        ("SD", "SD", Side.DEMONYM_GROUP)
    ]
    # another actor named as releaser: no same-country guess
    got = sided("The coalition said it flew 40 Houthi prisoners home to Sanaa.")
    assert got[0][:2] != ("YE", "YE")


def test_a_state_s_people_in_a_war_at_home() -> None:
    assert sided("The Taliban released 400 government prisoners in Kandahar.") == [
        ("AF", "AF", Side.STATE_PEOPLE)
    ]
    assert sided("The ELN said it had freed 12 army soldiers in Arauca.") == [
        ("CO", "CO", Side.STATE_PEOPLE)
    ]
    # no insurgents in the text: a government's people are not this resolver's
    assert answer(sides.state_people, "Ukraine freed 12 government soldiers.") is None


def test_a_backer_is_never_a_side() -> None:
    assert sided("The Iranian-backed Houthis freed 50 Saudi prisoners.") == [
        ("SA", "YE", Side.DEMONYM_GROUP)
    ]
    assert sided("The Saudi-backed government of Yemen released 60 Houthi fighters.") == [
        ("YE", "YE", Side.DEMONYM_GROUP)
    ]


def test_hostages_are_held_by_the_armed_group() -> None:
    # taken abroad: the people of the state the group fights
    text = "Militants of Hezbollah completed the release of the seven hostages, Israel said."
    assert sided(text) == [("IL", "LB", Side.HOSTAGES)]
    # taken by insurgents at home, nationality unstated, in a text that tells of no
    # foreigner: the country's own; a text about missionaries or aid workers: many (XX)
    assert sided("The ELN completed the release of nine hostages in Arauca.") == [
        ("CO", "CO", Side.HOSTAGES)
    ]
    text = "The ELN completed the release of nine hostages, all of them missionaries, in Arauca."
    assert sided(text) == [("XX", "CO", Side.HOSTAGES)]
    # a stated nationality wins
    got = sided("The ELN completed the release of nine Colombian hostages in Arauca.")
    assert got == [("CO", "CO", Side.DEMONYM_GROUP)]


def test_a_third_country_s_people_are_held_by_the_armed_group() -> None:
    text = "Hamas handed over 10 Israelis on Friday. Five Nepali workers were also freed that day."
    assert sided(text) == [("NP", "PS", Side.DEMONYM_GROUP)]
    text = "Houthis freed the ship on Monday, and said 12 Bulgarian sailors were let go too."
    assert sided(text)[0][:2] == ("BG", "YE")


def test_groups_sent_to_several_countries() -> None:
    # three destinations: each group is its destination's, held by many
    text = (
        "Eight prisoners were relocated to Russia, 11 prisoners to Germany and 2 prisoners "
        "to the U.S."
    )
    assert sided(text) == [
        ("RU", "XX", Side.DESTINATIONS),
        ("DE", "XX", Side.DESTINATIONS),
        ("US", "XX", Side.DESTINATIONS),
    ]
    # two: each held by the other
    text = "In the swap, 40 soldiers were flown to Armenia and 35 soldiers to Azerbaijan."
    assert sided(text) == [("AM", "AZ", Side.DESTINATIONS), ("AZ", "AM", Side.DESTINATIONS)]
    # one destination is no list
    assert answer(sides.destinations, "Russia said 40 soldiers were flown to Ukraine.") is None


def test_swapped_for_groups_of_several_countries() -> None:
    text = (
        "In the swap, 30 Armenian soldiers were returned in exchange for 5 Azerbaijani troops "
        "and 2 Turkish citizens."
    )
    assert sided(text)[0] == ("AM", "XX", Side.DEMONYM_GROUP)
    text = (
        "The Houthis gave up 70 Yemeni soldiers for 120 Houthi fighters, 9 Saudi pilots and "
        "4 Sudanese troops."
    )
    assert sided(text)[0] == ("YE", "XX", Side.DEMONYM_GROUP)
    # one country on the other side: its holder
    text = (
        "In the swap, 30 Armenian soldiers were returned in exchange for 5 Azerbaijani troops "
        "and 2 Azerbaijani civilians."
    )
    assert sided(text)[0] == ("AM", "AZ", Side.DEMONYM_GROUP)


def test_each_belongs_to_the_figure_it_follows() -> None:
    got = sided("Moscow and Kyiv are expected to swap 1,600 captives -- 800 from each side.")
    assert got[0][2] is not Side.EACH_SIDE and got[0][:2] == ("XX", "XX")
    assert got[1][2] is Side.EACH_SIDE and len(got) == 3
    got = sided("Israel and Hamas agreed to trade 1,200 detainees, 600 on each side.")
    assert [g[2] for g in got] == [Side.TWO_PARTY_EXACT, Side.EACH_SIDE, Side.EACH_SIDE]


def test_a_group_named_by_its_holder_s_enemy_is_the_speaker_s() -> None:
    from swaptally.extract import extract_facts

    text = (
        "The Saudi-led coalition freed 20 prisoners last week. About 1,500 of their fighters "
        "are still held by the coalition, Houthi officials said."
    )
    got = [(f.low, f.persons_of, f.held_by) for f in extract_facts(text, None)]
    assert (1500, "YE", "XX") in got
    text = (
        "Russia freed 20 prisoners last week. Some 800 of their soldiers remain held by "
        "Russia, Ukraine's ombudsman said."
    )
    got = [(f.low, f.persons_of, f.held_by) for f in extract_facts(text, None)]
    assert (800, "UA", "RU") in got


def test_people_held_by_an_unnamed_armed_group() -> None:
    text = "The ELN was blamed. Priests helped free eight people held by armed groups in Arauca."
    assert sided(text) == [("XX", "CO", Side.HOSTAGES)]
    text = (
        "Israel and Hamas traded fire. A Hamas spokesman said the group keeps 200 people "
        "hostage in Gaza."
    )
    assert sided(text) == [("IL", "PS", Side.HOSTAGES)]


def test_a_number_word_starts_another_group() -> None:
    text = "Hamas and Israel agreed. Hamas freed 9 Israeli hostages and three foreign nationals."
    assert sided(text) == [("IL", "PS", Side.DEMONYM_GROUP), ("XX", "PS", Side.DEMONYM_GROUP)]
    text = "Russia freed 40 Ukrainian soldiers and three Moldovan civilians on Friday."
    assert [g[:2] for g in sided(text)] == [("UA", "RU"), ("MD", "RU")]


def test_hostages_of_many_nationalities_are_held_by_the_armed_group() -> None:
    text = (
        "Israel and Hamas agreed. The handovers raise the count of Israelis released to 60, "
        "together with 17 hostages of other nationalities."
    )
    assert sided(text)[-1] == ("XX", "PS", Side.MANY_COUNTRIES)


def test_a_nationality_told_after_the_group() -> None:
    text = "India named 350 civil prisoners and 40 fishermen in its jails who are Pakistani."
    assert sided(text) == [("PK", "IN", Side.NATIONALITY_AFTER)] * 2
    text = "Oman and Yemen met. The 12 sailors, who are Filipino, were freed by the Houthis."
    assert sided(text) == [("PH", "YE", Side.NATIONALITY_AFTER)]
    # a clause about something else is no nationality
    assert (
        answer(sides.nationality_after, "Russia freed 12 sailors who sang Ukrainian songs.") is None
    )


def test_a_country_that_sends_another_s_people_home_held_them() -> None:
    text = "El Salvador and Venezuela swapped prisoners. El Salvador repatriated 238 Venezuelans."
    assert sided(text) == [("VE", "SV", Side.DEMONYM_GROUP)]
    assert sided("Thailand repatriated 18 Cambodian soldiers on Monday.") == [
        ("KH", "TH", Side.DEMONYM_GROUP)
    ]
    # its own people: the other side held them
    text = "Ukraine and Russia met. Ukraine repatriated 50 Ukrainian soldiers on Friday."
    assert sided(text) == [("UA", "RU", Side.DEMONYM_GROUP)]


def test_a_demonym_group_held_somewhere_is_no_holder() -> None:
    text = "El Salvador and the US met. El Salvador repatriated 238 Venezuelans held in its jail."
    assert sided(text) == [("VE", "SV", Side.DEMONYM_GROUP)]  # not held by VE, nor by US
    text = "Russia and the US met. About 40 Americans held in Russian-held Crimea were freed."
    assert sided(text) == [("US", "RU", Side.DEMONYM_GROUP)]


def test_an_armed_group_alone_in_the_text_fights_its_lexicon_opponent() -> None:
    from swaptally.extract import extract_facts

    got = {
        (f.low, f.persons_of, f.held_by)
        for f in extract_facts(
            "Under the deal, Hamas will free 33 hostages for about 1,900 Palestinian prisoners.",
            None,
        )
    }
    assert got == {(33, "IL", "PS"), (1900, "PS", "IL")}
    (f,) = extract_facts("Hezbollah handed back the 2 soldiers held by it since 2006.", None)
    assert (f.persons_of, f.held_by) == ("IL", "LB")


def test_a_group_with_a_part_of_many_countries_is_mixed() -> None:
    assert sided("Belarus freed 52 prisoners, including 14 foreigners, on Thursday.")[0] == (
        "XX", "BY", Side.MIXED_GROUP
    )  # fmt: skip
    text = "Azerbaijan and Armenia met. Baku freed 20 detainees, including 3 foreign nationals."
    assert sided(text)[0] == ("XX", "AZ", Side.MIXED_GROUP)
    # a part of the other side's own people: not mixed
    text = (
        "Russia and Ukraine swapped prisoners. Russia freed 52 prisoners, including 14 Ukrainians."
    )
    assert sided(text)[0][2] is not Side.MIXED_GROUP


def test_the_receiver_is_the_one_of_the_figure_s_clause() -> None:
    assert sided("Kyiv got back 95 soldiers, while Moscow received 95 in return.") == [
        ("UA", "RU", Side.RECEIVER),
        ("RU", "UA", Side.RECEIVER),
    ]
    # a mediator named first is no receiver
    text = "After UAE mediation, Azerbaijan freed 6 Armenian soldiers and received 6 of its own."
    assert sided(text)[1] == ("AZ", "AM", Side.RECEIVER)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Kyiv will bring home 500 soldiers in the next swap.", ("UA", "RU")),
        ("Armenia expects to get back 10 soldiers in the exchange.", ("AM", None)),
        ("Under the truce, Israel is to receive 33 hostages in the first phase.", ("IL", "PS")),
    ],
)
def test_a_receiver_told_as_a_plan_or_in_the_future(text: str, want: tuple) -> None:
    (f,) = extract_facts(text, None)
    assert (f.persons_of, f.held_by, f.how.side, f.status) == (*want, Side.RECEIVER, "planned")


def test_destinations_past_a_part_of_the_group() -> None:
    text = (
        "Ten prisoners, including two minors, were flown to Russia, 13 prisoners to Germany "
        "and three prisoners to the U.S."
    )
    assert [g[:2] for g in sided(text)] == [("RU", "XX"), ("DE", "XX"), ("US", "XX")]


def test_hostages_of_a_group_abroad_are_its_opponent_s_whoever_else_is_named() -> None:
    text = (
        "Russian and Hamas officials met in Moscow. A Hamas spokesman said the group keeps "
        "200 people hostage in Gaza."
    )
    assert sided(text) == [("IL", "PS", Side.HOSTAGES)]


def test_a_war_at_home_has_two_parties_of_one_code() -> None:
    text = "The government of Yemen and the Houthis began a swap of 1,080 prisoners on Thursday."
    assert sided(text) == [("XX", "XX", Side.TWO_PARTY_EXACT)]
    text = "Ethiopia and the TPLF agreed to exchange more than 300 prisoners."
    assert sided(text) == [("XX", "XX", Side.TWO_PARTY_TOTAL)]
    # a day before the parties is no party ('On 3 March, the Russian and Ukrainian sides')
    text = "On 3 March, the Russian and Ukrainian sides swapped 45 prisoners each."
    assert [g[2] for g in sided(text)] == [Side.EACH_SIDE, Side.EACH_SIDE]


def test_an_actor_holding_the_figure_holds_it_over_a_later_holder() -> None:
    # the later "held in Russia" belongs to another group
    ctx = context(
        "Ukraine holds two North Korean soldiers and will trade them for Ukrainians held in Russia."
    )
    (got,) = resolve_sides(ctx, ctx.s.figures[0])
    assert (got.persons_of, got.held_by) == ("KP", "UA")


def test_a_group_held_by_the_subject_is_the_speaker_s() -> None:
    # "its": the speaker's, not the holder's
    from swaptally.extract import extract_facts

    text = "Georgia says Russia still holds at least 30 of its citizens in occupied areas."
    (got,) = extract_facts(text, None)
    assert (got.persons_of, got.held_by, got.kind) == ("GE", "RU", "held")


@pytest.mark.parametrize(
    "text",
    [
        "Iran freed 9 prisoners on Monday, including citizens of France, Sweden and Austria.",
        "Under the deal the rebels will free 60 detainees, including Ethiopians and Eritreans, "
        "while the army frees 40.",
    ],
)
def test_a_group_including_several_nationalities_is_mixed(text: str) -> None:
    ctx = context(text, 0)
    got = resolve_sides(ctx, ctx.s.figures[0])
    assert [(a.persons_of, a.side) for a in got] == [("XX", Side.MIXED_GROUP)]


def test_a_group_including_one_named_person_is_not_mixed() -> None:
    ctx = context("Minsk freed 14 prisoners, including opposition figure Ales Bialiatski.", 0)
    (got,) = resolve_sides(ctx, ctx.s.figures[0])
    assert got.side is not Side.MIXED_GROUP


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine swapped soldiers again. Qatar said the total number of prisoners "
        "freed through its mediation now stands at 410.",
        "Yemen's rivals swapped more detainees. Oman, which brokered the deal, said 730 "
        "prisoners had been released so far under its sponsorship.",
    ],
)
def test_a_mediator_s_running_total_counts_both_sides(text: str) -> None:
    from swaptally.extract import extract_facts

    (got,) = extract_facts(text, None)
    assert (got.persons_of, got.held_by, got.kind) == ("XX", "XX", "exchange")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Iran pardoned 2,000 prisoners to mark the anniversary of the revolution.", "IR"),
        ("Azerbaijan's president amnestied 150 inmates on Friday, state media said.", "AZ"),
    ],
)
def test_a_state_freeing_people_in_a_text_with_no_other_side_frees_its_own(
    text: str, code: str
) -> None:
    from swaptally.extract import extract_facts

    (got,) = extract_facts(text, None)
    assert (got.persons_of, got.held_by, got.kind, got.how.side) == (
        code, code, "release", Side.OWN_NATIONALS,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("In exchange, 35 captured troops of the Armed Forces of Armenia were sent back.", "AM"),
        ("Yerevan freed 12 soldiers of the army of Azerbaijan on Monday.", "AZ"),
    ],
)
def test_a_group_of_a_country_s_forces_is_that_country_s(text: str, code: str) -> None:
    ctx = context(text, 0)
    (got,) = resolve_sides(ctx, ctx.s.figures[0])
    assert (got.persons_of, got.side) == (code, Side.NATIONALITY_AFTER)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Israel freed 300 on Monday. Among the Palestinians were 60 detainees held for years.",
         "PS"),
        ("Kyiv got its people back. Among the freed Ukrainians were 22 civilians.", "UA"),
    ],
)  # fmt: skip
def test_a_part_named_after_among_and_a_demonym_is_that_nationality(text: str, code: str) -> None:
    from swaptally.extract import extract_facts

    got = extract_facts(text, None)[-1]
    assert (got.persons_of, got.how.side) == (code, Side.AMONG_GROUP)


@pytest.mark.parametrize(
    ("text", "persons", "held_by", "kind"),
    [
        ("Ukraine says 60 of its soldiers have come home in a swap.", "UA", "RU", "exchange"),
        ("Israel released 30 prisoners in the swap on Sunday.", "PS", "IL", "exchange"),
    ],
)
def test_a_text_naming_one_side_of_a_war_alone_takes_the_war_s_other_side(
    text: str, persons: str, held_by: str, kind: str
) -> None:
    from swaptally.extract import extract_facts

    (got,) = extract_facts(text, None)
    assert (got.persons_of, got.held_by, got.kind) == (persons, held_by, kind)


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("In the swap, nine Russians held in the US, Germany and Norway were sent back to Moscow.",
         "RU"),
        ("In the swap, 12 Iranians jailed in France and Germany were flown home on Friday.", "IR"),
    ],
)  # fmt: skip
def test_a_group_held_in_several_countries_and_sent_home_is_handed_back_by_many(
    text: str, persons: str
) -> None:
    from swaptally.extract import extract_facts

    (got,) = extract_facts(text, None)
    assert (got.persons_of, got.held_by) == (persons, "XX")
    assert got.kind != "held"  # held there, then handed back


def test_a_swap_with_a_party_the_lexicon_lacks_is_not_one_state_freeing_its_own() -> None:
    # 'Zembla' is no actor: the swap still has a second side, so the people named with the
    # one known state are not held by that state (the own-nationals reading is for a text
    # with one state and no swap: 'Somalia pardoned 14 fishermen')
    day = dt.date(2024, 5, 2)
    (swap,) = extract_facts("Zembla and Somalia traded 14 soldiers on Monday.", day)
    assert swap.held_by != "SO"
    (pardon,) = extract_facts("Somalia pardoned 14 fishermen on Monday.", day)
    assert (pardon.persons_of, pardon.held_by) == ("SO", "SO")


@pytest.mark.parametrize(
    ("text", "persons", "held_by"),
    [
        # clemency by a state at war named alone: its own prisoners, not the enemy's
        ("Russia pardoned 50 prisoners in a New Year amnesty.", "RU", "RU"),
        ("Ukraine freed 40 prisoners under an amnesty law on Friday.", "UA", "UA"),
        # guards: no clemency word, or the enemy's people named, keep the war's reading
        ("Russia released 50 prisoners on Friday.", "UA", "RU"),
        ("Ukraine released 12 Russian prisoners under an amnesty.", "RU", "UA"),
    ],
)
def test_a_state_at_war_pardoning_prisoners_frees_its_own(
    text: str, persons: str, held_by: str
) -> None:
    (got,) = extract_facts(text, SAT)
    assert (got.persons_of, got.held_by) == (persons, held_by)


@pytest.mark.parametrize(
    ("text", "persons", "held_by"),
    [
        # a state named only for its envoy or its sanctions counts none of the freed
        (
            "Lukashenko pardoned 37 inmates on Friday after talks with a U.S. special envoy, "
            "and Washington then lifted sanctions on a potash maker.",
            "BY",
            "BY",
        ),
        (
            "Venezuela freed 21 detainees on Sunday, hours after the American envoy left Caracas.",
            "VE",
            "VE",
        ),
        # guards: that state's people counted, or the state at war with the releaser
        (
            "Venezuela released six Americans on Friday after a visit by a U.S. envoy.",
            "US",
            "VE",
        ),
        ("Russia released 40 prisoners on Sunday after Ukraine's envoy spoke.", "UA", "RU"),
    ],
)
def test_a_state_named_only_as_envoy_or_bystander_is_no_side_of_the_freed(
    text: str, persons: str, held_by: str
) -> None:
    (got,) = extract_facts(text, SAT)
    assert (got.persons_of, got.held_by) == (persons, held_by)


@pytest.mark.parametrize(
    ("text", "persons", "held_by"),
    [
        # captors named by no state or group hold people where they act: the text's one state
        ("Bandits freed 31 people they had seized in a raid in northern Nigeria on Tuesday.",
         "NG", "NG"),
        # … or, when it names none, the country of the people they took
        ("A crowd of villagers released nine Colombian police officers on Monday after "
         "holding them for two days.", "CO", "CO"),
        ("Kidnappers in Port-au-Prince are still holding two French priests.",
         "FR", "HT"),
        # a kidnapping told without its doer has unnamed captors too
        ("Forty pupils abducted from a boarding school in Nigeria's Zamfara state have been "
         "freed, police said.", "NG", "NG"),
        ("Eleven engineers kidnapped in southern Colombia last month were released on Friday.",
         "CO", "CO"),
        ("Forty-one passengers snatched from a bus in Mali were freed on Sunday.", "ML", "ML"),
        # guard: no captor word, no guess ('Zembla' is no actor of the lexicon)
        ("Zembla released 12 Nigerian sailors on Monday.", "NG", None),
    ],
)  # fmt: skip
def test_unnamed_captors_hold_people_in_the_country_where_they_act(
    text: str, persons: str, held_by: str | None
) -> None:
    (got,) = extract_facts(text, SAT)
    assert (got.persons_of, got.held_by) == (persons, held_by)


@pytest.mark.parametrize(
    ("text", "held_by"),
    [
        # parts set off by a dash or colon a few words after the group
        ("Hamas let 11 hostages go on Tuesday — six Thais, four Nepalis and one Filipino — "
         "after talks in Cairo.", "PS"),
        ("Kurdish officials said 10 detainees went home at the border on Sunday: five Iraqis, "
         "four Syrians and a Jordanian.", "XX"),
        # one person more after the list's last part
        ("Iran freed 5 prisoners on Monday, including four Swedes and a German.", "IR"),
        ("Moscow released 16 people, including five Germans and a US citizen.", "RU"),
    ],
)  # fmt: skip
def test_a_group_whose_listed_parts_are_of_several_countries_is_mixed(
    text: str, held_by: str
) -> None:
    ctx = context(text)
    (got, *_) = resolve_sides(ctx, ctx.s.figures[0])
    assert (got.persons_of, got.held_by) == ("XX", held_by)


def test_a_group_with_one_foreign_part_is_not_said_to_be_mixed() -> None:
    ctx = context("Russia freed 40 prisoners on Monday, including 12 Ukrainian women.")
    assert sides.mixed_by_part(ctx, ctx.s.figures[0]) is None
    ctx = context("Kyiv got 40 soldiers back on Monday — the army said — and 12 civilians.")
    assert sides.mixed_by_part(ctx, ctx.s.figures[0]) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kyiv said it captured 2 soldiers from the army of Moscow's ally North Korea.", "KP"),
        ("Israel holds 12 fighters of the armed forces of Iran's partner Syria.", "SY"),
        ("Kyiv said it captured 3 soldiers of the army of Russia near Kursk.", "RU"),
    ],
)
def test_a_country_qualified_by_a_possessive_names_the_group(text: str, code: str) -> None:
    (got,) = extract_facts(text, SAT)
    assert got.persons_of == code


@pytest.mark.parametrize(
    ("text", "persons", "held_by"),
    [
        # two states that free people of neither both held them
        ("Russia and Belarus freed 16 Ukrainians on Friday.", "UA", "XX"),
        ("Iran and Syria released 9 Iraqis at the border crossing.", "IQ", "XX"),
        # guards: people of one of the pair are the other's; a pair that is not the
        # figure's own subject leaves the releaser named in its clause
        ("Russia and Ukraine swapped 90 Ukrainian soldiers on Friday.", "UA", "RU"),
        ("Armenia and Azerbaijan held talks, and Baku then freed 4 Iranians.", "IR", "AZ"),
    ],
)
def test_two_states_freeing_people_of_neither_hold_them_together(
    text: str, persons: str, held_by: str
) -> None:
    (got,) = extract_facts(text, SAT)
    assert (got.persons_of, got.held_by) == (persons, held_by)


@pytest.mark.parametrize(
    ("text", "persons", "held_by"),
    [
        # a mediator's running total of hostages counts one side's people, not both sides'
        ("Hamas freed 12 more on Friday. Qatar said the number of hostages released through "
         "its mediation had reached 105 since the truce began.", "IL", "PS"),
        ("The ELN freed 6 people on Monday. The Church said the number of hostages released "
         "through its mediation this year had risen to 40.", "XX", "CO"),
        # guard: captives of both sides in a mediator's total
        ("The UAE said the total number of captives freed through its mediation had reached "
         "1,788.", "XX", "XX"),
    ],
)  # fmt: skip
def test_a_mediator_s_running_total_of_hostages_is_one_side_s(
    text: str, persons: str, held_by: str
) -> None:
    got = extract_facts(text, SAT)[-1]
    assert (got.persons_of, got.held_by) == (persons, held_by)


@pytest.mark.parametrize(
    ("text", "persons", "held_by"),
    [
        # a round-up of several conflicts: a side's people are held by its war's other side
        ("Azerbaijan freed 15 Armenian soldiers on Monday. Separately, Russia and Ukraine "
         "swapped prisoners. Kyiv said more than 8,000 Ukrainians remain in captivity.",
         "UA", "RU"),
        ("Syria freed 12 Lebanese detainees on Monday, Beirut said. In Gaza, 59 Israelis "
         "remain in captivity, Israeli officials said.", "IL", "PS"),
    ],
)  # fmt: skip
def test_in_a_round_up_the_war_s_other_side_holds_a_side_s_people(
    text: str, persons: str, held_by: str
) -> None:
    got = extract_facts(text, SAT)[-1]
    assert (got.persons_of, got.held_by) == (persons, held_by)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Belarus freed a blogger and 15 Belarusians convicted of extremism.", "BY"),
        ("Venezuela freed 17 Venezuelans jailed after the election, the government said.", "VE"),
    ],
)
def test_a_state_freeing_its_own_nationals_held_them(text: str, code: str) -> None:
    (got,) = extract_facts(text, SAT)
    assert (got.persons_of, got.held_by) == (code, code)
    (got,) = extract_facts("Ukraine returned 15 Ukrainians on Friday.", SAT)
    assert got.held_by == "RU"  # guard: a side at war gets its own back from the enemy


@pytest.mark.parametrize(
    ("text", "persons", "held_by"),
    [
        ("Iran freed 4 prisoners on Monday, including two Austrians and a Japanese national.",
         "XX", "IR"),
        ("Gangs in Haiti freed 12 American and Canadian missionaries on Thursday.", "XX", "HT"),
        ("Mali's junta freed 4 Nigerien soldiers on Sunday.", "NE", "ML"),
    ],
)  # fmt: skip
def test_the_people_of_more_states_are_known(text: str, persons: str, held_by: str) -> None:
    got = extract_facts(text, SAT)[0]
    assert (got.persons_of, got.held_by) == (persons, held_by)


def test_a_gapped_conjunct_is_counted_for_each_side_as_its_antecedent() -> None:
    text = (
        "Armenia and Azerbaijan each handed over 32 soldiers on Friday, and on Saturday "
        "12 civilians."
    )
    got = {(f.persons_of, f.held_by, f.low) for f in extract_facts(text, SAT)}
    assert {("AM", "AZ", 12), ("AZ", "AM", 12)} <= got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia freed 90 prisoners, Ukraine 82.", {("UA", "RU", 90), ("RU", "UA", 82)}),
        (
            "Hamas freed three hostages on Saturday, Israel 90 prisoners on Sunday.",
            {("IL", "PS", 3), ("PS", "IL", 90)},
        ),
    ],
)
def test_a_gapped_clause_s_name_gives_the_people_after_it(text: str, expected: set) -> None:
    assert {(f.persons_of, f.held_by, f.low) for f in extract_facts(text, SAT)} == expected


def test_a_gapped_figure_of_the_killed_is_no_fact() -> None:
    assert extract_facts("Ukraine has lost 5,000 soldiers, Russia 30,000.", SAT) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Families of the 59 hostages still in Gaza rallied in Tel Aviv.", ("IL", "PS")),
        ("The two sailors left in Houthi hands are Filipinos, the company said.", ("PH", "YE")),
        ("Kyiv says the 2,000 prisoners still in Russia include 300 civilians.", ("UA", "RU")),
    ],
)
def test_captives_still_or_left_in_a_place_are_held_there(text: str, want: tuple) -> None:
    f = extract_facts(text, SAT)[0]
    assert (f.kind, f.persons_of, f.held_by) == ("held", *want)


@pytest.mark.parametrize(
    "text",
    [
        # a cue after the figure's group says it is both sides' total: a swap, XX both ways
        "Ethiopia and Eritrea handed back 120 detainees altogether on Sunday.",
        "India and Pakistan freed about 540 fishermen between them last month.",
        "Israel and Hamas got back 73 people combined in the first round.",
    ],
)
def test_a_two_party_total_stated_after_its_group(text: str) -> None:
    (f,) = extract_facts(text, SAT)
    assert (f.kind, f.persons_of, f.held_by) == ("exchange", "XX", "XX")


def test_a_total_cue_after_another_figure_is_not_this_ones() -> None:
    # 'in total' is the second figure's: the first stays a figure per side
    got = extract_facts("Russia and Ukraine freed 95 soldiers each, 190 people in total.", SAT)
    assert {("RU", "UA", 95), ("UA", "RU", 95)} <= {(f.persons_of, f.held_by, f.low) for f in got}
    assert ("XX", "XX", 95) not in {(f.persons_of, f.held_by, f.low) for f in got}


@pytest.mark.parametrize(
    "text",
    [
        # people from the jails of three or more countries: many sides, many holders
        "The trade freed 14 people from jails in Iran, Iraq, Syria and Lebanon.",
        "Nineteen captives held in five countries came home under the deal.",
        "The deal let out 31 detainees imprisoned in four countries.",
    ],
)
def test_people_from_the_jails_of_many_countries(text: str) -> None:
    (f,) = extract_facts(text, SAT)
    assert (f.persons_of, f.held_by) == ("XX", "XX")


def test_a_group_from_the_jails_of_one_country_is_not_of_many() -> None:
    (f,) = extract_facts("Tehran freed 6 Iraqis from jails in Iran on Monday.", SAT)
    assert (f.persons_of, f.held_by) == ("IQ", "IR")


def test_a_group_that_came_home_in_a_swap_is_one_sides_people() -> None:
    # the group's own predicate says it came home: the people of the side it returned to,
    # not a total of both sides left unsided
    text = "Kyiv and Moscow traded captives again. On Tuesday 64 civilians came home in the swap."
    facts = extract_facts(text, dt.date(2024, 3, 13))
    assert [(f.persons_of, f.held_by, f.low) for f in facts] == [("UA", "RU", 64)]
    text = "Kyiv and Moscow traded captives again. On Tuesday 64 civilians were freed in the swap."
    assert [f.low for f in extract_facts(text, dt.date(2024, 3, 13))] == []
