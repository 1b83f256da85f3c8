"""A text's guessed day yields to the day the same text states for the same figure
(events.dating._stated_day): a figure the extractor dated only by the day its text is
about (date_source doc_date) is not a handover of its own on that day."""

from __future__ import annotations

import polars as pl
from event_facts import build, day, fact, summable

GUESSED = {"date_source": "doc_date"}


def _days(facts: pl.DataFrame, low: int) -> list:
    return sorted(set(facts.filter(pl.col("low") == low)["date"].to_list()))


def test_a_guessed_day_takes_the_day_its_text_states_for_the_same_figure():
    # "each side freed 120 on Wednesday" … "of the 120, 80 held the plant" (no day of its
    # own: the text's day, a Tuesday from a later aside); another outlet dates Wednesday
    rows = [
        fact("a", 120, date=day(1), published=day(1)),
        fact("a", 120, date=day(0), published=day(1), **GUESSED),
        fact("a", 80, date=day(0), published=day(1), category="military", **GUESSED),
        fact("b", 120, date=day(1), published=day(1)),
    ]
    facts, events, _, _ = build(*rows)
    assert summable(events) == [(day(1), 120)]
    assert _days(facts, 80) == [day(1)]
    parts = events.filter(pl.col("role") == "breakdown")
    assert parts.select("date", "best").rows() == [(day(1), 80)]
    # the same rows with their days stated: the text tells two handovers, kept apart
    stated = [{**r, "date_source": None} for r in rows]
    _, events, _, _ = build(*stated)
    assert summable(events) == [(day(0), 120), (day(1), 120)]
    # a rule's name is never read for it: only the typed date_source tells a guess
    named = [{**r, "rule": "destination+doc_date"} for r in stated]
    assert summable(build(*named)[1]) == [(day(0), 120), (day(1), 120)]


def test_a_guessed_day_keeps_its_figures_when_the_text_states_no_such_figure():
    # the guessed day's figures match nothing the text dates: they stay where they are
    facts, events, _, _ = build(
        fact("a", 30, date=day(1), published=day(1)),
        fact("a", 120, date=day(0), published=day(1), **GUESSED),
    )
    assert _days(facts, 120) == [day(0)]
    assert summable(events) == [(day(0), 120), (day(1), 30)]


def test_a_list_of_earlier_swaps_is_no_day_for_todays_figure():
    # today's "50 came home" (the text's day) beside a list "on the 1st of last month,
    # 50 …": that day is weeks before the text, its background, not today's handover
    today = day(30)
    facts, _, _, _ = build(
        fact("a", 50, date=today, published=today, **GUESSED),
        fact("a", 50, date=day(0), published=today),
    )
    assert _days(facts.filter(pl.col("date_source") == "doc_date"), 50) == [today]


def test_a_figure_the_text_states_on_two_days_moves_nothing():
    # "13 on Friday and 13 again on Saturday": which of them the guessed 13 is, is unknown
    facts, _, _, _ = build(
        fact("a", 13, date=day(0), published=day(3)),
        fact("a", 13, date=day(1), published=day(3)),
        fact("a", 13, date=day(3), published=day(3), **GUESSED),
    )
    assert facts.filter(pl.col("date_source") == "doc_date")["date"].to_list() == [day(3)]


def test_only_the_side_of_the_stated_figure_moves():
    # the other side's guessed figures of that day have no stated day of their own
    russians = {"persons_of": "RU", "held_by": "UA"}
    facts, _, _, _ = build(
        fact("a", 120, date=day(1), published=day(1)),
        fact("a", 120, date=day(0), published=day(1), **GUESSED),
        fact("a", 15, date=day(0), published=day(1), **russians, **GUESSED),
    )
    assert _days(facts, 15) == [day(0)]
    assert _days(facts, 120) == [day(1)]
