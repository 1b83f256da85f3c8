"""Totals, cumulative series, plan and estimate shares from an events table."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from swaptally import analysis, tables
from swaptally.events import build_events

D23, D24, D25 = dt.date(2025, 5, 23), dt.date(2025, 5, 24), dt.date(2025, 5, 25)


def fact(persons_of: str, low: int, day: dt.date | None, **fields) -> dict:
    row = dict.fromkeys(tables.FACT_SCHEMA.names())
    row.update(
        doc_id=fields.pop("doc", "d1"),
        published=D25,
        sentence_no=0,
        span_start=fields.pop("at", 0),
        span_end=1,
        rule="t",
        kind="exchange",
        status="reported",
        persons_of=persons_of,
        held_by="RU" if persons_of == "UA" else "UA",
        category="unspecified",
        low=low,
        high=low,
        qualifier="exact",
        date=day,
        publisher="P",
    )
    row.update(fields)
    return row


@pytest.fixture
def events() -> pl.DataFrame:
    rows = []
    for side in ("UA", "RU"):
        rows += [fact(side, 390, D23), fact(side, 307, D24, at=1), fact(side, 303, D25, at=2)]
        rows.append(
            fact(side, 1000, None, status="planned", at=3, period_start=D23, period_end=D25)
        )
    rows += [
        fact("RU", 270, D23, category="military", at=4),
        fact("RU", 120, D23, category="civilian", at=5),
        fact("UA", 8000, D25, kind="held", status="estimated", high=10000, qualifier="range", at=6),
    ]
    return build_events(tables.frame(rows, tables.FACT_COLUMNS))[1]


def test_daily_returns_count_stage_totals_only(events):
    daily = analysis.daily_returns(events)
    assert daily.filter(pl.col("persons_of") == "RU")["returned"].to_list() == [390, 307, 303]


def test_cumulative_and_plan(events):
    daily = analysis.daily_returns(events)
    cum = analysis.cumulative(daily).filter(pl.col("persons_of") == "UA")
    assert cum["cumulative"].to_list() == [390, 697, 1000]
    plan = analysis.against_plan(daily, analysis.planned_by_side(events))
    assert plan.select("persons_of", "returned", "planned", "share_of_plan").rows() == [
        ("RU", 1000, 1000, 1.0),
        ("UA", 1000, 1000, 1.0),
    ]


def test_window_limits_days_and_sides(events):
    window = analysis.Window(start=D24, end=D25, sides=("UA",))
    daily = analysis.daily_returns(events, window)
    assert daily.select("date", "persons_of", "returned").rows() == [
        (D24, "UA", 307),
        (D25, "UA", 303),
    ]


def test_breakdowns_sit_beside_their_total(events):
    rows = analysis.breakdowns(events).select("category", "best", "stage_total").rows()
    assert sorted(rows) == [("civilian", 120, 390), ("military", 270, 390)]


def test_share_returned_is_an_interval():
    assert analysis.share_returned(1000, 8000, 10000) == (0.1, 0.125)
    assert analysis.share_returned(1000, 8000, None) == (None, 0.125)


def test_share_table_and_summary(events):
    daily = analysis.daily_returns(events)
    shares = analysis.share_table(daily, analysis.estimates(events))
    assert shares.select("persons_of", "share_low", "share_high").rows() == [("UA", 0.1, 0.125)]
    assert "10.0% to 12.5%" in analysis.summarise_shares(shares)


def test_summary_sentence(events):
    daily = analysis.daily_returns(events)
    text = analysis.summarise_returns(
        analysis.against_plan(daily, analysis.planned_by_side(events))
    )
    expected = "1,000 people of UA came home over 3 days, 23 May to 25 May 2025"
    assert f"{expected}, 100% of the 1,000 planned." in text


def test_totals_by_category_add_up_to_the_side_total(events):
    by_category = analysis.totals_by_category(events)
    ru = dict(
        by_category.filter(pl.col("persons_of") == "RU").select("category", "returned").rows()
    )
    assert ru == {"civilian": 120, "military": 270, "unspecified": 610}
    assert sum(ru.values()) == 1000
