"""Facts → events: reconciliation across outlets, stages and breakdowns, inherited dates."""

from __future__ import annotations

import datetime as dt

import polars as pl
from event_facts import FRI, day, fact_row
from swaptally import tables
from swaptally.events import build_events, stage_totals

DAY1 = dt.date(2025, 5, 23)


def fact(doc: str, low: int, high: int | None = None, **fields) -> dict:
    """A reported exchange fact of Ukrainians held by Russia unless fields say otherwise."""
    defaults = {"published": DAY1, "date": DAY1, "sentence": "a sentence"}
    return fact_row(doc, low, low if high is None else high, **{**defaults, **fields})


def events_of(*rows: dict) -> pl.DataFrame:
    return build_events(tables.frame(list(rows), tables.FACT_COLUMNS))[1]


def test_one_event_from_many_outlets():
    events = events_of(fact("a", 390), fact("b", 390), fact("c", 390, span_start=50))
    (row,) = events.to_dicts()
    assert (row["best"], row["low"], row["high"], row["n_sources"], row["n_facts"]) == (
        390,
        390,
        390,
        3,
        3,
    )
    assert row["disputed"] is False
    assert row["doc_ids"] == "a; b; c"


def test_disagreeing_outlets_are_disputed_with_the_span():
    later = dt.date(2025, 5, 24)
    events = events_of(fact("a", 390), fact("b", 390), fact("c", 380, published=later))
    (row,) = events.to_dicts()
    assert row["disputed"] is True
    assert (row["best"], row["low"], row["high"]) == (390, 380, 390)


def test_tie_goes_to_the_later_report():
    events = events_of(fact("a", 390), fact("b", 395, published=dt.date(2025, 5, 24)))
    assert events["best"].to_list() == [395]


def test_breakdown_is_linked_to_its_total_and_summed_once():
    events = events_of(
        fact("a", 390, persons_of="RU", held_by="UA"),
        fact("a", 270, persons_of="RU", held_by="UA", category="military", span_start=10),
        fact("a", 120, persons_of="RU", held_by="UA", category="civilian", span_start=20),
    )
    total = events.filter(pl.col("role") == "total")
    parts = events.filter(pl.col("role") == "breakdown")
    assert total["best"].to_list() == [390]
    assert sorted(parts["best"].to_list()) == [120, 270]
    assert set(parts["part_of"].to_list()) == set(total["event_id"].to_list())
    assert stage_totals(events)["best"].sum() == 390


def test_total_is_derived_from_a_breakdown_alone():
    events = events_of(
        fact("a", 270, category="military"),
        fact("a", 120, category="civilian", span_start=10),
    )
    derived = events.filter(pl.col("role") == "derived_total")
    assert derived["best"].to_list() == [390]
    assert stage_totals(events)["best"].sum() == 390


def test_undated_repeat_inherits_the_date_in_its_document():
    facts, events = build_events(
        tables.frame(
            [fact("a", 307), fact("a", 307, date=None, span_start=80)], tables.FACT_COLUMNS
        )
    )
    assert facts["date"].to_list() == [DAY1, DAY1]
    assert facts["date_inherited"].to_list() == [False, True]
    assert events.height == 1 and events["n_facts"].to_list() == [2]


def test_undated_fact_without_a_match_is_kept():
    recalled = "In the previous exchange, 55 soldiers came home."
    events = events_of(fact("a", 307), fact("b", 55, date=None, sentence=recalled))
    assert events.height == 2
    assert events.filter(pl.col("date").is_null())["best"].to_list() == [55]


def test_planned_total_stays_apart_from_reported_stages():
    events = events_of(
        fact("a", 390),
        fact("a", 1000, status="planned", date=None, span_start=30),
    )
    reported = stage_totals(events).filter(pl.col("status") == "reported")
    assert reported["best"].to_list() == [390]


def test_events_are_in_a_stable_order_and_schema():
    rows = [
        fact("a", 390),
        fact("b", 307, date=dt.date(2025, 5, 24)),
        fact("c", 303, date=dt.date(2025, 5, 25)),
    ]
    first = events_of(*rows)
    second = events_of(*reversed(rows))
    assert first.equals(second)
    assert first.schema == tables.EVENT_SCHEMA


def test_undated_breakdown_takes_the_date_of_the_total_it_sums_to():
    rows = [
        fact("a", 390, persons_of="RU", held_by="UA"),
        fact(
            "a", 270, persons_of="RU", held_by="UA", category="military", date=None, span_start=10
        ),
        fact(
            "a", 120, persons_of="RU", held_by="UA", category="civilian", date=None, span_start=20
        ),
    ]
    facts, events = build_events(tables.frame(rows, tables.FACT_COLUMNS))
    assert facts["date"].to_list() == [DAY1] * 3
    assert facts["date_inherited"].to_list() == [False, True, True]
    assert events.filter(pl.col("role") == "breakdown").height == 2


def test_smaller_undated_figures_beside_the_one_dated_stage_are_its_parts():
    rows = [
        fact("a", 390, persons_of="RU", held_by="UA"),
        fact(
            "a", 200, persons_of="RU", held_by="UA", category="military", date=None, span_start=10
        ),
        fact(
            "a", 120, persons_of="RU", held_by="UA", category="civilian", date=None, span_start=20
        ),
    ]
    facts, events = build_events(tables.frame(rows, tables.FACT_COLUMNS))
    assert facts["date"].to_list() == [DAY1, DAY1, DAY1]
    assert events.filter("summable")["best"].to_list() == [390]
    assert sorted(events.filter(pl.col("role") == "breakdown")["best"].to_list()) == [120, 200]


def test_undated_fact_joins_the_one_dated_event_of_its_figure_from_other_sources():
    recalled = "The previous swap returned 55 people."
    rows = [fact("a", 307), fact("b", 307, date=None), fact("c", 55, date=None, sentence=recalled)]
    facts, events = build_events(tables.frame(rows, tables.FACT_COLUMNS))
    joined = events.filter(pl.col("best") == 307)
    assert joined.select("date", "n_sources").rows() == [(DAY1, 2)]
    assert facts.filter(pl.col("doc_id") == "b")["date_inherited"].to_list() == [True]
    assert events.filter(pl.col("best") == 55)["undated"].to_list() == [True]


def test_undated_fact_with_two_dated_candidates_stays_undated():
    day2 = dt.date(2025, 5, 26)
    rows = [fact("a", 307), fact("b", 307, date=day2), fact("c", 307, date=None, published=day2)]
    events = events_of(*rows)
    assert events.filter(pl.col("date").is_null())["n_sources"].to_list() == [1]


def test_plan_restated_without_its_period_joins_the_plan():
    plan = {
        "status": "planned",
        "date": None,
        "period_start": DAY1,
        "period_end": dt.date(2025, 5, 25),
    }
    rows = [fact("a", 1000, **plan), fact("b", 1000, status="planned", date=None)]
    events = events_of(*rows)
    assert events.select("period_start", "n_sources").rows() == [(DAY1, 2)]


def test_days_found_are_put_in_at_their_facts_places_and_marked_inherited():
    from swaptally.events.dating import _update

    rows = pl.DataFrame(
        {
            "_row": pl.Series([0, 1, 2], dtype=pl.UInt32),
            "date": [None, FRI, None],
            "scope": ["stage", "stage", "stage"],
            "date_inherited": [False, False, False],
        }
    )
    found = pl.DataFrame({"_row": pl.Series([2], dtype=pl.UInt32), "date": [day(-1)]})
    done = _update(rows, found)
    assert done["date"].to_list() == [None, FRI, day(-1)]
    assert done["date_inherited"].to_list() == [False, False, True]
    assert rows["date"].to_list() == [None, FRI, None]  # the frame given is not changed
