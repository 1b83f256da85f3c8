"""Sentences → counted facts, rule by rule, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from swaptally.explain import explain
from swaptally.extract import Fact, extract_facts, load_lexicon
from swaptally.extract.fact import KindRule

SAT = dt.date(2024, 3, 9)  # a Saturday


def facts(text: str, published: dt.date | None = SAT, **kw) -> list[Fact]:
    return extract_facts(text, published, **kw)


def keys(text: str, published: dt.date | None = SAT) -> set[tuple]:
    return {
        (f.kind, f.status, f.persons_of, f.held_by, f.category, f.low, f.high, f.qualifier)
        for f in facts(text, published)
    }


def test_each_side_gives_one_fact_per_side() -> None:
    text = "Armenia and Azerbaijan each handed over 42 of their soldiers in a swap on Thursday."
    got = facts(text)
    assert {(f.persons_of, f.held_by) for f in got} == {("AM", "AZ"), ("AZ", "AM")}
    assert {(f.low, f.category, f.kind, f.status, f.date) for f in got} == {
        (42, "military", "exchange", "reported", dt.date(2024, 3, 7))
    }
    assert {f.rule for f in got} == {"each_side"}


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan swapped 12 prisoners of war apiece on Thursday.",
        "On Thursday Baku and Yerevan handed back 12 prisoners of war apiece.",
    ],
)
def test_apiece_gives_one_fact_per_side(text: str) -> None:
    assert {(f.persons_of, f.held_by, f.low, f.category, f.date) for f in facts(text)} == {
        ("AM", "AZ", 12, "military", dt.date(2024, 3, 7)),
        ("AZ", "AM", 12, "military", dt.date(2024, 3, 7)),
    }


def test_n_for_n_label_is_planned_per_side() -> None:
    text = "Moscow and Kyiv agreed a 500-for-500 prisoner exchange."
    assert keys(text) == {
        ("exchange", "planned", "RU", "UA", "unspecified", 500, 500, "exact"),
        ("exchange", "planned", "UA", "RU", "unspecified", 500, 500, "exact"),
    }


def test_demonym_groups_and_breakdown() -> None:
    text = (
        "In the swap, Ukraine said it had received 80 Ukrainian troops and 12 civilians, "
        "while 64 Russian servicemen were handed back to Moscow."
    )
    assert keys(text) == {
        ("exchange", "reported", "UA", "RU", "military", 80, 80, "exact"),
        ("exchange", "reported", "UA", "RU", "civilian", 12, 12, "exact"),
        ("exchange", "reported", "RU", "UA", "military", 64, 64, "exact"),
    }


@pytest.mark.parametrize(
    ("sentence", "held_by"),
    [
        ("In the swap, 90 Ukrainian captives held by Moscow were freed.", "RU"),
        (
            "In the swap, 90 Russian soldiers were returned from territory controlled by "
            "the Kyiv regime.",
            "UA",
        ),
        ("In the swap, 90 Ukrainian defenders came home from Russian captivity.", "RU"),
        ("In the swap, 90 Palestinian detainees left Israeli jails.", "IL"),
    ],
)
def test_held_by_phrases(sentence: str, held_by: str) -> None:
    (f,) = facts(sentence)
    assert f.held_by == held_by


def test_releaser_is_the_holder_and_pronoun_resolves_to_last_actor() -> None:
    text = (
        "Hamas said the truce with Israel would hold. "
        "It released 11 hostages on Friday in the exchange."
    )
    (f,) = facts(text)
    assert (f.persons_of, f.held_by, f.date) == ("IL", "PS", dt.date(2024, 3, 8))


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Russia and Ukraine are expected to exchange 150 prisoners each next week.", "planned"),
        ("Kyiv and Moscow agreed to swap 75 prisoners each.", "planned"),
        ("Kyiv and Moscow will swap 75 prisoners each, officials said.", "planned"),
        ("Russia and Ukraine each freed 150 prisoners in the swap.", "reported"),
    ],
)
def test_status_cues(sentence: str, status: str) -> None:
    assert {f.status for f in facts(sentence)} == {status}


def test_planned_cue_is_scoped_to_its_clause() -> None:
    text = (
        "Russia and Ukraine each freed 55 captives on Saturday and said they would release "
        "more in the weeks ahead."
    )
    assert {f.status for f in facts(text)} == {"reported"}


def test_held_estimates() -> None:
    text = (
        "Some 3,000 Ukrainian prisoners of war are believed to be held in Russia. "
        "Hundreds of POWs remain in captivity on both sides."
    )
    got = keys(text)
    assert ("held", "estimated", "UA", "RU", "military", 3000, 3000, "approx") in got
    assert ("held", "estimated", "XX", "XX", "military", 200, None, "vague") in got
    assert all(f.date == SAT for f in facts(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comma apposition between the group and its predicate
        (
            "About 600 Eritrean soldiers, most of them conscripts, are still held by Ethiopia.",
            ("held", "estimated", "ER", "ET", "military", 600, 600, "approx"),
        ),
        (
            "Forty Georgian citizens, including two journalists, remain in custody in Russia.",
            ("held", "estimated", "GE", "RU", "unspecified", 40, 40, "exact"),
        ),
        # "behind bars in X": X holds them
        (
            "Activists say 300 political prisoners are still behind bars in Azerbaijan.",
            ("held", "estimated", "AZ", "AZ", "unspecified", 300, 300, "exact"),
        ),
    ],
)
def test_held_past_an_apposition_and_behind_bars(text: str, expected: tuple) -> None:
    got = keys(text)
    assert expected in got
    assert {k[:4] for k in got} == {expected[:4]}  # a part in the apposition is held too


def test_number_of_estimate_with_range() -> None:
    text = "The number of Israeli hostages held in Gaza is estimated at between 120 and 140."
    assert keys(text) == {("held", "estimated", "IL", "PS", "unspecified", 120, 140, "range")}


def test_more_than_total_of_two_parties() -> None:
    text = "Russia and Ukraine swapped more than 400 prisoners of war on Friday."
    assert keys(text) == {("exchange", "reported", "XX", "XX", "military", 401, None, "at_least")}


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan swapped a total of 18 detainees on Thursday.",
        "The two sides met at the border. In all, 18 prisoners were exchanged on Thursday.",
    ],
)
def test_an_exact_figure_said_to_be_the_total_counts_both_sides(text: str) -> None:
    assert keys(text) == {("exchange", "reported", "XX", "XX", "unspecified", 18, 18, "exact")}


@pytest.mark.parametrize(
    ("text", "low", "high", "qualifier"),
    [
        ("The warring parties completed a hard-won exchange of about 300 detainees.",
         300, 300, "approx"),
        ("The two sides carried out a UAE-brokered swap of more than 200 prisoners.",
         201, None, "at_least"),
    ],
)  # fmt: skip
def test_a_subject_naming_both_sides_gives_a_two_sided_total(
    text: str, low: int, high: int | None, qualifier: str
) -> None:
    got = keys(text)
    assert got == {("exchange", "reported", "XX", "XX", "unspecified", low, high, qualifier)}


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("Of the 240 hostages taken in October, 101 still held in Gaza are believed alive.", 101),
        ("Kyiv says that of the 300 soldiers captured there, 120 still held in Russia need care.",
         120),
    ],
)  # fmt: skip
def test_a_bare_figure_still_held_counts_people_held(text: str, low: int) -> None:
    assert ("held", low) in {(f.kind, f.low) for f in facts(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The rebels freed 12 police officers on Tuesday.",
        "Gunmen are holding 9 policemen seized at a checkpoint.",
    ],
)
def test_police_are_no_soldiers(text: str) -> None:
    assert {f.category for f in facts(text)} == {"unspecified"}


def test_people_who_speak_are_no_count_of_captives() -> None:
    text = (
        "Russia freed 90 Ukrainian soldiers on Friday. "
        "Two of the freed Ukrainians said they had been beaten in captivity."
    )
    assert [f.low for f in facts(text)] == [90]
    # "said to be" is no speech: the group is counted
    text = "Some 500 people said to be held by the militia were moved to a camp."
    assert [(f.kind, f.low) for f in facts(text)] == [("held", 500)]


def test_release_outside_a_swap_and_goodwill() -> None:
    text = (
        "Russia exchanged prisoners with Ukraine. "
        "It also freed 9 wounded Ukrainian soldiers as a goodwill gesture."
    )
    (f,) = facts(text)
    assert (f.kind, f.persons_of, f.held_by, f.category) == ("release", "UA", "RU", "military")


def test_third_country_people_freed_in_a_swap_are_its_half() -> None:
    # the corpus convention: foreigners handed over with a swap's people are of the swap
    text = (
        "Armenia and Azerbaijan agreed a swap. On Tuesday Azerbaijan handed over "
        "32 Armenian soldiers and 3 French citizens. Armenia returned 12 Azerbaijani soldiers."
    )
    got = {f.persons_of: f for f in facts(text)}
    assert got["AM"].kind == "exchange"
    assert (got["FR"].kind, got["FR"].held_by) == ("exchange", "AZ")
    assert got["FR"].how.kind is KindRule.SWAP_TEXT


@pytest.mark.parametrize(
    "freed",
    [
        # the one-sided cue follows the last group, out of the first one's clause
        "Hamas freed 10 Israeli hostages. 4 Thai farm workers and 2 Nepali students were "
        "let go outside the framework of the truce",
        "Hamas freed 10 Israeli hostages in addition to 4 Thai farm workers",
    ],
)
def test_third_country_people_told_apart_are_a_release(freed: str) -> None:
    text = f"Israel and Hamas agreed a swap. {freed} on Friday. Israel freed 30 Palestinian women."
    got = {f.persons_of: f for f in facts(text)}
    assert got["IL"].kind == "exchange"
    assert (got["TH"].kind, got["TH"].held_by) == ("release", "PS")
    assert got["TH"].how.kind is KindRule.THIRD_COUNTRY


@pytest.mark.parametrize(
    "sentence",
    [
        "The prisoner swap, agreed on March 4, was the 12th since 2022.",
        "A 45-year-old prisoner said he spent three years in captivity.",
        "Shelling killed 14 people near the exchange point.",
        "The swap cost $300 and took 6 hours, officials said of the prisoners.",
        "For every 10 hostages freed, the truce is extended by a day.",
        "The lull is extended one more day for every further 10 hostages released.",
        "Rescuers pulled 12 people from the rubble after the strike on the prison.",
        "About 3,000 Belarusian troops were deployed near the border, far from the swap point.",
        "Kyiv handed Moscow a list of 500 prisoners it wants back.",
    ],
)
def test_numbers_that_count_no_captives(sentence: str) -> None:
    assert facts(sentence) == []


def test_dates_and_periods() -> None:
    text = (
        "Russia and Ukraine each freed 100 prisoners on Friday, the first day of the swap. "
        "The deal should see 500 prisoners released on each side over four days."
    )
    got = facts(text)
    first = [f for f in got if f.low == 100]
    planned = [f for f in got if f.low == 500]
    assert {f.date for f in first} == {dt.date(2024, 3, 8)}
    assert {(f.date, f.period_start, f.period_end) for f in planned} == {
        (None, dt.date(2024, 3, 8), dt.date(2024, 3, 11))
    }


def test_breakdown_of_a_dated_stage_takes_its_day() -> None:
    text = (
        "Russia and Ukraine each received 100 people on Friday. "
        "Russia said it had received 70 Russian troops and 30 civilians."
    )
    got = [f for f in facts(text) if f.low in (70, 30)]
    assert {f.date for f in got} == {dt.date(2024, 3, 8)}


def test_said_by_and_quote_speaker() -> None:
    text = (
        "Russia's defence ministry said 55 Russian soldiers were returned in the swap. "
        "“Today 55 Ukrainian soldiers came home. More will follow,” Zelensky said. "
        "According to the ombudsman, 6 Ukrainian civilians were also freed in the exchange."
    )
    said = {(f.persons_of, f.low): f.said_by for f in facts(text)}
    assert said[("RU", 55)] == "Russia's defence ministry"
    assert said[("UA", 55)] == "Zelensky"
    assert said[("UA", 6)] == "the ombudsman"


def test_quote_spanning_sentences_takes_the_closing_speaker() -> None:
    text = (
        "“We brought back 40 Ukrainian sailors in the exchange. Another 10 Ukrainian civilians "
        "are home. Thank you all,” Zelensky wrote."
    )
    assert {f.said_by for f in facts(text)} == {"Zelensky"}


def test_parts_adding_up_to_a_total_take_its_side() -> None:
    text = "Russia freed 130 prisoners of war, 120 Ukrainians and 10 foreigners, in a swap."
    got = {(f.low, f.persons_of, f.held_by, f.category) for f in facts(text)}
    assert got == {
        (130, "XX", "RU", "military"),
        (120, "UA", "RU", "military"),
        (10, "XX", "RU", "military"),
    }


def test_breakdown_after_an_ellipsis_stays_in_its_sentence() -> None:
    text = (
        "Zelensky said in the swap: “90 of our people are home today… "
        "80 soldiers and 10 civilians.” Russia got 90 Russian soldiers back."
    )
    ua = {(f.low, f.category) for f in facts(text) if f.persons_of == "UA"}
    assert ua == {(90, "unspecified"), (80, "military"), (10, "civilian")}


def test_destination_gives_the_side() -> None:
    text = "Moscow and Kyiv swapped prisoners; 12 civilians were returned to Ukraine."
    (f,) = facts(text)
    assert (f.persons_of, f.held_by, f.rule) == ("UA", "RU", "destination")


def test_stock_continued_by_the_next_sentence() -> None:
    text = (
        "Ukraine said Russian forces are holding more than 900 Ukrainian civilians. "
        "This included around 300 women, an official said."
    )
    got = {f.low: f for f in facts(text)}
    assert (got[300].kind, got[300].persons_of, got[300].held_by) == ("held", "UA", "RU")


def test_user_lexicon_adds_a_conflict(tmp_path: Path) -> None:
    extra = tmp_path / "conflict.yaml"
    extra.write_text(
        "actors:\n  ZZ:\n    names: [Zembla]\n    demonyms: [Zemblan]\n"
        "  ZY:\n    names: [Ruritania]\n    demonyms: [Ruritanian]\n",
        encoding="utf-8",
    )
    text = "In the swap, 30 Zemblan fishermen held by Ruritania were freed."
    assert [f.persons_of for f in facts(text)] != ["ZZ"]  # unknown to the package lexicon
    got = facts(text, lexicon=load_lexicon([extra]))
    assert [(f.persons_of, f.held_by, f.category) for f in got] == [("ZZ", "ZY", "unspecified")]


def test_order_spans_and_sentence_numbers() -> None:
    text = "Talks went on.\nIn the swap, 20 Russian soldiers and 25 Ukrainian soldiers were freed."
    got = facts(text)
    assert [f.low for f in got] == [20, 25]
    assert all(f.sentence_no == 1 for f in got)
    assert [text[f.span_start : f.span_end] for f in got] == ["20", "25"]


def test_explain_marks_facts_at_their_sentence() -> None:
    text = "Talks went on.\nRussia and Ukraine each freed 20 prisoners on Friday."
    out = explain(text, facts(text))
    lines = out.splitlines()
    assert lines[0].startswith("    0  Talks went on.")
    assert lines[1].startswith("*   1  Russia and Ukraine")
    assert "[each_side]" in lines[2] and "persons_of=RU" in out and "persons_of=UA" in out
    assert lines[-1] == "-- 2 facts in 1 sentences"


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "1,000", "each each each", "“”“"])
def test_degenerate_inputs(text: str) -> None:
    assert facts(text) == [] or all(isinstance(f, Fact) for f in facts(text))


# ---------------------------------------------------------------- stages and totals


def _by_low(text: str, published: dt.date | None = SAT) -> dict[int, set[tuple]]:
    out: dict[int, set[tuple]] = {}
    for f in facts(text, published):
        out.setdefault(f.low, set()).add(
            (f.persons_of, f.status, f.date, f.period_start, f.period_end)
        )
    return out


def test_each_figure_takes_the_day_of_its_own_clause() -> None:
    text = (
        "The swap opened on 6 March, when each side freed 60 prisoners, and went on on "
        "Friday, when Armenia and Azerbaijan each handed back 45 soldiers."
    )
    got = _by_low(text)
    assert {d for _, _, d, _, _ in got[60]} == {dt.date(2024, 3, 6)}
    assert {d for _, _, d, _, _ in got[45]} == {dt.date(2024, 3, 8)}
    text = (
        "The opening round, on 5 March, saw 70 Armenians swapped for 70 Azerbaijanis, "
        "and on 7 March each side returned 25 troops."
    )
    got = _by_low(text)
    assert got[70] == {
        ("AM", "reported", dt.date(2024, 3, 5), None, None),
        ("AZ", "reported", dt.date(2024, 3, 5), None, None),
    }
    assert {d for _, _, d, _, _ in got[25]} == {dt.date(2024, 3, 7)}


def test_a_whole_exchange_total_takes_no_single_day() -> None:
    text = (
        "Armenia and Azerbaijan each returned 25 troops on Friday, ending a swap in which "
        "200 prisoners from each side were freed over four days."
    )
    got = _by_low(text)
    assert {d for _, _, d, _, _ in got[25]} == {dt.date(2024, 3, 8)}
    assert {(d, p0, p1) for _, _, d, p0, p1 in got[200]} == {
        (None, dt.date(2024, 3, 5), dt.date(2024, 3, 8))
    }
    # the day belongs to the agreement, not to the receiving
    text = (
        "After Friday's round, Armenia and Azerbaijan have now received 200 prisoners each, "
        "as agreed at talks in Doha on 1 March."
    )
    assert {d for _, _, d, _, _ in _by_low(text)[200]} == {None}


def test_a_headline_total_takes_no_day_from_the_document() -> None:
    text = (
        "Last round completes swap of 200 prisoners on each side\n\n"
        "Armenia and Azerbaijan each handed back 25 soldiers on Friday."
    )
    got = _by_low(text)
    assert {(p, d) for p, _, d, _, _ in got[200]} == {("AM", None), ("AZ", None)}


def test_a_sum_of_stages_spans_their_days() -> None:
    text = (
        "Armenia and Azerbaijan each freed 50 prisoners on Thursday and each freed 30 "
        "prisoners on Friday. Kyiv was not involved. Yerevan and Baku returned 80 prisoners "
        "to each other in the swap."
    )
    got = _by_low(text)
    assert got[80] == {
        ("AM", "reported", None, dt.date(2024, 3, 7), dt.date(2024, 3, 8)),
        ("AZ", "reported", None, dt.date(2024, 3, 7), dt.date(2024, 3, 8)),
    }


def test_an_exact_two_party_figure_alone_stays_uncounted() -> None:
    assert facts("Yerevan and Baku returned 80 prisoners to each other in a swap.") == []
    assert facts("Yerevan and Baku freed 80 prisoners.") == []


@pytest.mark.parametrize("cue", ["is meant to", "is due to", "is set to", "is supposed to"])
def test_meant_due_set_to_are_planning_cues(cue: str) -> None:
    text = (
        "Armenia and Azerbaijan each handed back 40 soldiers on Saturday, the first day of "
        f"a swap that {cue} return 200 prisoners to each country by Monday."
    )
    got = _by_low(text)
    assert {s for _, s, _, _, _ in got[200]} == {"planned"}
    assert {s for _, s, _, _, _ in got[40]} == {"reported"}


def test_breakdown_of_what_a_side_received_is_that_sides() -> None:
    text = (
        "Armenia and Azerbaijan began a prisoner swap. "
        "Azerbaijan's defence ministry said the 70 it received on Friday comprised 50 soldiers "
        "and 20 civilians."
    )
    got = {(f.kind, f.persons_of, f.held_by, f.category, f.low, f.date) for f in facts(text)}
    assert got == {
        ("exchange", "AZ", "AM", "military", 50, dt.date(2024, 3, 8)),
        ("exchange", "AZ", "AM", "civilian", 20, dt.date(2024, 3, 8)),
    }
    text = (
        "Armenia and Azerbaijan swapped captives. The Azerbaijani government reported that "
        "the 70 people it had received consisted of 50 soldiers and 20 civilians."
    )
    parts = {(f.persons_of, f.held_by) for f in facts(text) if f.low in (50, 20)}
    assert parts == {("AZ", "AM")}


def test_a_side_named_in_the_clause_owns_the_breakdown() -> None:
    text = (
        "On Friday Armenia and Azerbaijan each returned 70 people, a group that on the "
        "Azerbaijani side included 50 troops and 20 civilians."
    )
    got = _by_low(text)
    assert len(got[70]) == 2
    assert {p for p, _, _, _, _ in got[50]} == {"AZ"}
    assert {p for p, _, _, _, _ in got[20]} == {"AZ"}


def test_a_venue_city_is_not_what_a_pronoun_refers_to() -> None:
    text = (
        "The swap with Armenia was agreed by Azerbaijan at talks in Doha. "
        "On Friday it received 50 soldiers in the exchange."
    )
    got = {(f.kind, f.persons_of, f.held_by, f.low) for f in facts(text)}
    assert got == {("exchange", "AZ", "AM", 50)}


def test_a_foreign_ministry_is_no_party() -> None:
    text = (
        "Ukraine's foreign ministry said 25 Ukrainian soldiers were freed in a swap with Russia "
        "on Friday. The foreign ministry thanked the foreign ministry of Qatar."
    )
    assert {(f.persons_of, f.held_by, f.low) for f in facts(text)} == {("UA", "RU", 25)}
    # foreign people still count as a mixed group
    assert {(f.persons_of, f.low) for f in facts("The rebels released 14 foreign sailors.")} == {
        ("XX", 14)
    }


def test_an_operation_that_has_only_begun_is_planned() -> None:
    text = "A swap of 600 detainees between the warring parties began on Tuesday, officials said."
    assert {(f.status, f.persons_of, f.held_by, f.low) for f in facts(text)} == {
        ("planned", "XX", "XX", 600)
    }
    text = "Mediators have begun an operation to transfer about 400 detainees in a prisoner swap."
    assert {(f.status, f.persons_of, f.held_by) for f in facts(text)} == {("planned", "XX", "XX")}
    # not when a part is done, nor 'since the war began'
    assert {f.status for f in facts("The swap began with the rebels releasing 12 soldiers.")} == {
        "reported"
    }
    text = "Since the war began, 900 soldiers have been returned home in prisoner swaps."
    assert {f.status for f in facts(text)} == {"reported"}


def test_a_lockup_names_its_holder() -> None:
    text = (
        "Hamas freed 12 Israeli hostages in the swap. "
        "He said the remaining nine were being freed from a Tel Aviv lockup."
    )
    assert ("PS", "IL", 9) in {(f.persons_of, f.held_by, f.low) for f in facts(text)}


def test_political_prisoners_are_their_government_s_own_people() -> None:
    got = facts("Belarus freed 14 political prisoners in a deal with the United States.")
    assert {(f.persons_of, f.held_by, f.low) for f in got} == {("BY", "BY", 14)}
    got = facts("Venezuela is releasing 30 opposition-linked prisoners in a swap with the US.")
    assert {(f.persons_of, f.held_by, f.low) for f in got} == {("VE", "VE", 30)}


def test_a_humanitarian_initiative_is_a_one_sided_release() -> None:
    text = (
        "The coalition sent 50 Houthi prisoners home on Friday as part of a humanitarian "
        "initiative. A prisoner exchange last year involved 1,000 detainees."
    )
    assert ("release", "reported", "YE", "XX", 50) in {
        (f.kind, f.status, f.persons_of, f.held_by, f.low) for f in facts(text)
    }
    text = "The coalition announced an initiative to release 80 Houthi prisoners."
    assert {(f.kind, f.status, f.persons_of) for f in facts(text)} == {("release", "planned", "YE")}


def test_a_swap_between_two_other_countries_is_a_two_sided_total() -> None:
    lead = "Ukraine and Russia swapped 90 soldiers each on Friday. "
    text = (
        lead + "Earlier, talks led to the exchange of three prisoners between Belarus and Poland."
    )
    assert {f.low for f in facts(text)} == {90}  # exact: per side or in all? left uncounted
    text = (
        lead
        + "Talks once led to the exchange of more than 30 prisoners between Belarus and Poland."
    )
    assert (31, "XX", "XX") in {(f.low, f.persons_of, f.held_by) for f in facts(text)}


def test_foreigners_who_fought_for_a_side_are_held_by_the_other() -> None:
    text = (
        "Ukraine and Russia swapped 90 soldiers each on Friday. "
        "Kyiv said 12 foreigners who fought for Ukraine were also freed."
    )
    got = {(f.low, f.persons_of, f.held_by, f.category) for f in facts(text)}
    assert got == {(90, "UA", "RU", "military"), (90, "RU", "UA", "military")} | {
        (12, "XX", "RU", "military")
    }


def test_houthis_count_as_people_of_yemen() -> None:
    text = "The deal saw the release of 70 detained Houthis in a swap with the Saudi-led coalition."
    assert {(f.persons_of, f.held_by, f.low) for f in facts(text)} == {("YE", "XX", 70)}


def test_an_unsided_passive_exact_swap_figure_is_left_uncounted() -> None:
    # per side or in all? like 'X and Y exchanged 250' without 'each'
    assert facts("On Friday, 250 prisoners were exchanged in the swap.") == []
    got = facts("The swap of 250 prisoners took place on Friday.")
    assert {(f.persons_of, f.held_by, f.low) for f in got} == {("XX", "XX", 250)}
    got = facts("On Friday, more than 250 prisoners were exchanged in the swap.")
    assert {(f.persons_of, f.held_by, f.low) for f in got} == {("XX", "XX", 251)}
