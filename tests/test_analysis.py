"""Totals, cumulative series, plan and estimate shares from an events table."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from swaptally import analysis, ledger, names, overview, tables
from swaptally.events import build_events
from swaptally.report import check_parameters

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


def test_cumulative(events):
    daily = analysis.daily_returns(events)
    cum = analysis.cumulative(daily).filter(pl.col("persons_of") == "UA")
    assert cum["cumulative"].to_list() == [390, 697, 1000]


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
    returned = analysis.returns_by_holder(events)
    shares = analysis.share_table(returned, analysis.estimates(events))
    assert shares.select("persons_of", "held_by", "share_low", "share_high").rows() == [
        ("UA", "RU", 0.1, 0.125)
    ]
    assert "10.0% to 12.5%" in analysis.summarise_shares(shares)


@pytest.mark.parametrize(
    ("people", "holder", "other", "estimate"),
    [
        # Ukrainians: Russia holds most, a few come home through Belarus's own releases
        ("UA", "RU", "BY", (8000, 10000)),
        # Israelis: Hamas holds most, a few held in Lebanon come home from there
        ("IL", "PS", "LB", (400, 500)),
    ],
)
def test_a_share_sets_an_estimate_against_the_returns_of_its_own_holder(
    people, holder, other, estimate
):
    """An estimate of the people one country holds is set against the people that country
    handed back: returns from another holder are none of that stock."""
    low, high = estimate
    rows = [
        fact(people, 100, D23, held_by=holder),
        fact(people, 60, D24, held_by=other, at=1, doc="d2"),
        fact(people, low, D25, kind="held", status="estimated", held_by=holder, high=high,
             qualifier="range", at=2),
    ]  # fmt: skip
    events = build_events(tables.frame(rows, tables.FACT_COLUMNS))[1]
    shares = analysis.share_table(analysis.returns_by_holder(events), analysis.estimates(events))
    assert shares.select("held_by", "returned", "share_low", "share_high").rows() == [
        (holder, 100, 100 / high, 100 / low)
    ]
    text = analysis.summarise_shares(shares)
    country = names.country(holder)
    assert f"100 {names.people(people)} came home from {country} in this window" in text
    assert f"estimate of those held by {country} (" in text


def test_an_estimate_naming_no_holder_is_set_against_every_holders_returns(events):
    rows = [
        fact("UA", 100, D23, held_by="RU"),
        fact("UA", 60, D24, held_by="BY", at=1, doc="d2"),
        fact("UA", 2000, D25, kind="held", status="estimated", held_by="XX", high=None,
             qualifier="vague", at=2),
    ]  # fmt: skip
    events = build_events(tables.frame(rows, tables.FACT_COLUMNS))[1]
    shares = analysis.share_table(analysis.returns_by_holder(events), analysis.estimates(events))
    assert shares.select("held_by", "returned").rows() == [(None, 160)]
    assert "came home from any holder" in analysis.summarise_shares(shares)
    # the table says the same as the sentence, with its figures worded
    view = overview.shares_view(shares)
    assert view.select("persons_of", "held_by", "figure_held").rows() == [
        ("Ukraine", "any holder", "at least 2,000")
    ]


def test_summary_sentence_names_the_people_and_the_exchange(events):
    daily = analysis.daily_returns(events)
    ops = ledger.operations(ledger.exchanges_from_events(events))
    text = analysis.summarise_returns(daily, ops, ("UA", "RU"))
    assert text.startswith("1,000 Ukrainians came home in 1 exchange, 23–25 May 2025.")
    assert "1,000 Russians" in text and " UA " not in text


def test_returns_per_month_add_up_the_days(events):
    daily = analysis.daily_returns(events)
    monthly = analysis.by_period(daily, "month")
    assert monthly.rows() == [(dt.date(2025, 5, 1), "RU", 1000), (dt.date(2025, 5, 1), "UA", 1000)]


def test_report_facts_are_its_own_sides_and_days(events):
    facts = tables.frame(
        [
            fact("UA", 390, D23, doc="may"),
            fact("UA", 40, dt.date(2025, 6, 20), doc="june", published=dt.date(2025, 6, 21)),
            fact("FI", 3, D24, doc="finland"),
            # A running total said in June is June's, though its span covers May.
            fact(
                "UA",
                6000,
                None,
                doc="total",
                published=dt.date(2025, 6, 30),
                period_start=dt.date(2022, 2, 1),
                period_end=dt.date(2025, 6, 30),
            ),
        ],
        tables.FACT_COLUMNS,
    )
    may = analysis.Window(dt.date(2025, 5, 1), dt.date(2025, 5, 31), ("UA",))
    own = analysis.report_facts(facts, may)
    assert own["doc_id"].to_list() == ["may"]
    assert analysis.as_of(own) == D25  # the May text's publication day, not June's
    finland = analysis.report_facts(facts, analysis.Window(sides=("SE",)))
    assert finland.is_empty() and analysis.as_of(finland) is None


def test_an_empty_report_says_so():
    params = check_parameters({"sides": ["FI"], "start": "2025-05-01", "end": "2025-05-31"})
    assert analysis.nothing_returned(params) == (
        "The sources report no people of Finland coming home between 1 May 2025 and 31 May 2025."
    )


def test_totals_by_category_add_up_to_the_side_total(events):
    by_category = analysis.totals_by_category(events)
    ru = dict(
        by_category.filter(pl.col("persons_of") == "RU").select("category", "returned").rows()
    )
    assert ru == {"civilian": 120, "military": 270, "unspecified": 610}
    assert sum(ru.values()) == 1000
    assert list(ru) == ["military", "civilian", "unspecified"]  # the categories' own order


def test_a_breakdown_larger_than_its_total_leaves_the_stage_unspecified():
    rows = [
        fact("UA", 150, D23),
        fact("UA", 120, D23, category="military", at=1),
        fact("UA", 90, D23, category="civilian", at=2),
        fact("UA", 200, D24, at=3),
        fact("UA", 60, D24, category="civilian", at=4),
    ]
    events = build_events(tables.frame(rows, tables.FACT_COLUMNS))[1]
    by_category = analysis.totals_by_category(events)
    assert dict(by_category.select("category", "returned").rows()) == {
        "civilian": 60,
        "unspecified": 290,
    }
    side_total = analysis.totals_by_side(analysis.daily_returns(events))["returned"].item()
    assert by_category["returned"].sum() == side_total == 350


def test_a_running_total_is_no_category_of_the_stages():
    since_the_invasion = {"period_start": dt.date(2022, 2, 24), "period_end": D25}
    rows = [fact("UA", 300, D24), fact("UA", 5000, D25, at=1, **since_the_invasion)]
    events = build_events(tables.frame(rows, tables.FACT_COLUMNS))[1]
    assert analysis.totals_by_category(events).select("category", "returned").rows() == [
        ("unspecified", 300)
    ]


def test_no_share_of_an_estimate_smaller_than_the_returns(events):
    returned = analysis.returns_by_holder(events)
    small = analysis.estimates(events).with_columns(low=pl.lit(273), high=pl.lit(None))
    shares = analysis.share_table(returned, small)
    assert shares.select("share_low", "share_high").rows() == [(None, None)]
    assert analysis.summarise_shares(shares) == (
        "1,000 Ukrainians came home from Russia in this window, more than the latest estimate "
        "of those still held by Russia (at least 273, 25 May 2025); no share is given."
    )


def test_a_single_estimate_reads_as_one_figure_and_one_share(events):
    """An estimate of exactly 7,000 is no range '7,000–7,000', its share no '80.0% to 80.0%'."""
    returned = analysis.returns_by_holder(events)
    one = analysis.estimates(events).with_columns(low=pl.lit(1250), high=pl.lit(1250))
    text = analysis.summarise_shares(analysis.share_table(returned, one))
    assert text == (
        "1,000 Ukrainians came home from Russia in this window, 80.0% of the latest estimate of "
        "those held by Russia (1,250, 25 May 2025)."
    )


def test_more_than_an_estimate_reads_as_said(events):
    """'more than 9,000' is stored as 9,001 and no high: the sentence says 'more than 9,000'."""
    returned = analysis.returns_by_holder(events)
    open_ended = analysis.estimates(events).with_columns(low=pl.lit(9001), high=pl.lit(None))
    text = analysis.summarise_shares(analysis.share_table(returned, open_ended))
    assert "estimate of those held by Russia (more than 9,000, " in text and "9,001" not in text
