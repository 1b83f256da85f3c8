"""A total of a span that ended before the day it was said ("in 2025", said in January
2026) is compared with the stages of that span, and said to be."""

from __future__ import annotations

import datetime as dt

import polars as pl
from event_facts import build, fact
from swaptally import analysis, claimed_totals, overview

YEAR = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
SAID = dt.date(2026, 1, 10)


def year_total() -> pl.DataFrame:
    """Two stages of 2025, one of January 2026, and 2025's total stated in January 2026."""
    said = "Last year, 640 Ukrainians came home in swaps, the coordination office said."
    rows = [
        fact("a", 400, date=dt.date(2025, 4, 15), published=dt.date(2025, 4, 15)),
        fact("b", 150, date=dt.date(2025, 12, 29), published=dt.date(2025, 12, 30)),
        fact("c", 90, date=dt.date(2026, 1, 9), published=SAID),
        fact("d", 640, date=None, period_start=YEAR[0], period_end=YEAR[1], published=SAID,
             sentence=said, said_by="the coordination office"),
    ]  # fmt: skip
    _, _, _, claims = build(*rows)
    return claims


def test_a_years_total_said_after_it_counts_that_year_and_says_its_end():
    (claim,) = year_total().to_dicts()
    assert (claim["since"], claim["until"], claim["stated_on"]) == (*YEAR, SAID)
    assert (claim["sum_of_stages"], claim["difference"]) == (550, 90)  # not January's 90


def test_the_report_words_the_span_it_compared_not_the_day_it_was_said():
    claims = claimed_totals.claims_in(year_total(), analysis.Window())
    text = claimed_totals.summarise_claims(claims)
    assert "from January 2025 to 31 December 2025 at 640 on 10 January 2026" in text
    assert "add up to 550 over the same span" in text
    table = overview.claims_view(claims)
    assert table["since"].to_list() == ["2025-01-01 to 2025-12-31"]


def test_a_total_to_the_day_it_was_said_reads_as_before():
    claims = year_total().with_columns(until=pl.col("stated_on"))
    text = claimed_totals.summarise_claims(claims)
    assert "returned from Russia since January 2025 at 640 on 10 January 2026" in text
    assert overview.claims_view(claims)["since"].to_list() == [dt.date(2025, 1, 1)]
