"""Days: which neighbouring days of one side are the same handover (days.day_clusters)."""

from __future__ import annotations

import polars as pl
from event_facts import build, day, fact, summable

ARMENIANS = {"persons_of": "AM", "held_by": "AZ"}
AZERIS = {"persons_of": "AZ", "held_by": "AM"}


def test_one_sides_people_arriving_the_day_after_the_swap_are_its_handover():
    # "Armenia and Azerbaijan swapped 32 prisoners each on Tuesday" … "the 32 Azerbaijani
    # servicemen landed in Baku on Wednesday": one text, the same people a day later
    _, events, _, _ = build(
        fact("a", 32, date=day(0), **ARMENIANS),
        fact("a", 32, date=day(0), **AZERIS),
        fact("a", 32, date=day(1), category="military", **AZERIS),
    )
    assert summable(events, "AZ") == [(day(0), 32)]
    assert summable(events, "AM") == [(day(0), 32)]
    # another outlet that dates the swap only, beside it, changes nothing
    _, events, _, _ = build(
        fact("a", 32, date=day(0), **ARMENIANS),
        fact("a", 32, date=day(0), **AZERIS),
        fact("a", 32, date=day(1), category="military", **AZERIS),
        fact("b", 32, date=day(0), **AZERIS),
    )
    assert summable(events, "AZ") == [(day(0), 32)]


def test_equal_swaps_of_both_sides_on_two_days_stay_two():
    # a truce's daily handovers: "13 hostages for 39 prisoners on Friday, and again 13 for
    # 39 on Saturday", in one text
    hostages = {"persons_of": "IL", "held_by": "PS"}
    prisoners = {"persons_of": "PS", "held_by": "IL"}
    _, events, _, _ = build(
        fact("a", 13, date=day(0), **hostages),
        fact("a", 39, date=day(0), **prisoners),
        fact("a", 13, date=day(1), **hostages),
        fact("a", 39, date=day(1), **prisoners),
    )
    assert summable(events, "IL") == [(day(0), 13), (day(1), 13)]
    assert summable(events, "PS") == [(day(0), 39), (day(1), 39)]


def test_one_sides_equal_groups_on_two_days_stay_two_without_the_other_side():
    # "12 Ukrainians came home on Monday; on Tuesday 12 more": the text counts no swap
    # of both sides before, so nothing tells the second group is the first
    _, events, _, _ = build(fact("a", 12, date=day(0)), fact("a", 12, date=day(1)))
    assert summable(events) == [(day(0), 12), (day(1), 12)]


def test_a_text_that_tells_two_handovers_keeps_the_days_apart():
    # one text retells Tuesday's 32 on Wednesday, another tells Wednesday a swap of its own
    _, events, _, _ = build(
        fact("a", 32, date=day(0), **ARMENIANS),
        fact("a", 32, date=day(0), **AZERIS),
        fact("a", 32, date=day(1), **AZERIS),
        fact("b", 32, date=day(0), **AZERIS),
        fact("b", 32, date=day(1), **AZERIS),
        fact("b", 32, date=day(1), **ARMENIANS),
    )
    assert summable(events, "AZ") == [(day(0), 32), (day(1), 32)]


def test_a_text_that_recalls_the_day_before_after_its_news_keeps_the_days_apart():
    # "13 more hostages were freed on Saturday" … "on Friday 13 hostages and 39 prisoners
    # were freed": the later day told first is the news, the day before its background
    hostages = {"persons_of": "IL", "held_by": "PS"}
    prisoners = {"persons_of": "PS", "held_by": "IL"}
    _, events, _, _ = build(
        fact("a", 13, date=day(1), **hostages),
        fact("a", 13, date=day(0), **hostages),
        fact("a", 39, date=day(0), **prisoners),
    )
    assert summable(events, "IL") == [(day(0), 13), (day(1), 13)]


def test_only_the_retelling_texts_figures_move_to_the_day_before():
    # text a retells Tuesday's 32 on Wednesday; b and c tell a handover of 32 on Wednesday
    _, events, _, _ = build(
        fact("a", 32, date=day(0), **ARMENIANS),
        fact("a", 32, date=day(0), **AZERIS),
        fact("a", 32, date=day(1), **AZERIS),
        fact("b", 30, date=day(1), **AZERIS),
        fact("c", 30, date=day(1), **AZERIS),
    )
    assert summable(events, "AZ") == [(day(0), 32), (day(1), 30)]
    (row,) = (
        events.filter(pl.col("summable") & (pl.col("date") == day(0)))
        .filter(pl.col("persons_of") == "AZ")
        .to_dicts()
    )
    # the day the text stated is kept beside the day of its handover
    assert row["dates_stated"] == f"{day(0)}; {day(1)}"


def test_a_day_whose_holder_is_unknown_is_voted_like_any_other():
    # "Georgians freed": no text names who held them. Two texts give 100 on Friday, one
    # "more than 300"; a fourth gives 100 a day later. The day's vote is the 100 (a bound
    # does not outvote exact figures), so the 100 a day later is the same handover
    freed = {"persons_of": "GE", "held_by": None}
    _, events, _, _ = build(
        fact("a", 100, date=day(0), **freed),
        fact("b", 100, date=day(0), **freed),
        fact("c", 301, None, qualifier="at_least", date=day(0), **freed),
        fact("d", 100, date=day(1), published=day(1), **freed),
    )
    assert summable(events, "GE") == [(day(0), 100)]


def test_a_handover_dated_weeks_before_the_text_leaves_its_undated_news_the_publication_day():
    # a May 25 story: "106 Ukrainians came home" (no day) … "the swap before, on May 4,
    # returned 80": the old swap is background and does not keep the news from its day
    _, events, _, _ = build(
        fact("a", 106, date=None, published=day(20)),
        fact("a", 80, date=day(0), published=day(20)),
    )
    assert summable(events) == [(day(0), 80), (day(20), 106)]
    # a swap the text dates days before still does (the undated figure may be its part)
    _, events, _, _ = build(
        fact("a", 106, date=None, published=day(3)),
        fact("a", 80, date=day(0), published=day(3)),
    )
    assert (day(3), 106) not in summable(events)


def test_a_lone_text_a_day_off_joins_the_handover_other_texts_date():
    # b: "15 Russians for 16 Ukrainians on Tuesday" … "144 each on Wednesday"; c and d:
    # "144 each on Wednesday"; a alone gives its 144 (and a part of it, 43) on Tuesday,
    # the day of an earlier story it counts from. b's Tuesday keeps its own small swap
    rows = [
        fact("a", 144, date=day(0)),
        fact("a", 43, date=day(0), category="military"),
        fact("b", 16, date=day(0), category="military"),
        fact("b", 144, date=day(1)),
        fact("c", 144, date=day(1)),
        fact("d", 144, date=day(1)),
    ]
    facts, events, _, _ = build(*rows)
    assert summable(events) == [(day(0), 16), (day(1), 144)]
    (total,) = events.filter(pl.col("summable") & (pl.col("date") == day(1))).to_dicts()
    assert total["n_sources"] == 4
    assert total["dates_stated"] == f"{day(0)}; {day(1)}"  # the day text a stated is kept
    # the part goes with its text's total (the fact keeps the day its text gave)
    (part_event,) = facts.filter((pl.col("doc_id") == "a") & (pl.col("low") == 43))["event_id"]
    (part,) = events.filter(pl.col("event_id") == part_event).to_dicts()
    assert (part["part_of"], part["date"]) == (total["event_id"], day(1))
    # the same without the lone text: nothing else changes
    _, alone, _, _ = build(*rows[2:])
    assert summable(alone) == [(day(0), 16), (day(1), 144)]


def test_equal_handovers_a_day_apart_that_other_texts_back_stay_two():
    # 50 on Tuesday (a and e) and 50 on Wednesday (b, c), b also telling a small Tuesday
    # handover: each day is backed by two texts, so neither is a lone text's slip
    _, events, _, _ = build(
        fact("a", 50, date=day(0)),
        fact("e", 50, date=day(0)),
        fact("b", 10, date=day(0)),
        fact("b", 50, date=day(1)),
        fact("c", 50, date=day(1)),
    )
    assert summable(events) == [(day(0), 50), (day(1), 50)]


def test_a_lone_texts_equal_handovers_told_as_two_stay_two():
    # a tells 50 on Tuesday and 50 more on Wednesday; b and c tell Wednesday's; d tells a
    # small handover on Tuesday and Wednesday's 50: a's Tuesday is a handover of its own
    _, events, _, _ = build(
        fact("a", 50, date=day(0)),
        fact("a", 50, date=day(1)),
        fact("b", 50, date=day(1)),
        fact("c", 50, date=day(1)),
        fact("d", 10, date=day(0)),
        fact("d", 50, date=day(1)),
    )
    assert summable(events) == [(day(0), 50), (day(1), 50)]


def test_equal_handovers_two_days_apart_stay_two():
    # a alone gives 50 on Monday, b and c give 50 on Wednesday: not a day apart
    _, events, _, _ = build(
        fact("a", 50, date=day(0)),
        fact("b", 50, date=day(2)),
        fact("c", 50, date=day(2)),
    )
    assert summable(events) == [(day(0), 50), (day(2), 50)]
