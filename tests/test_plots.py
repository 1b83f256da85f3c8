"""Figures: drawn from analysis tables, byte-stable SVG, and no failure on empty data."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from swaptally import plots, present

DAYS = [dt.date(2025, 5, 23), dt.date(2025, 5, 24), dt.date(2025, 5, 25)]


@pytest.fixture
def daily() -> pl.DataFrame:
    return pl.DataFrame(
        {"date": DAYS * 2, "persons_of": ["UA"] * 3 + ["RU"] * 3, "returned": [390, 307, 303] * 2}
    ).with_columns(cumulative=pl.col("returned").cum_sum().over("persons_of"))


@pytest.fixture
def held() -> pl.DataFrame:
    return pl.DataFrame(
        {
            "date": DAYS,
            "persons_of": ["UA"] * 3,
            "held_by": ["RU"] * 3,
            "low": [8000, 8000, 2000],
            "high": [10000, 10000, None],
            "publisher": ["A", "B", "C"],
        }
    )


def figures(daily: pl.DataFrame, held: pl.DataFrame) -> list:
    claims = pl.DataFrame(
        {"persons_of": ["UA"], "stated_on": [DAYS[-1]], "low": [6213], "high": [6213]}
    )
    return [
        plots.period_bars(daily, "day", ("UA", "RU")),
        plots.cumulative_chart(daily, claims, "day", ("UA", "RU")),
        plots.estimate_intervals(held),
    ]


def test_figures_are_byte_stable_svg_without_a_date(daily, held):
    first = [present.svg_bytes(f) for f in figures(daily, held)]
    second = [present.svg_bytes(f) for f in figures(daily, held)]
    assert first == second
    for svg in first:
        assert b"<dc:date>" not in svg and b"<svg" in svg


def test_figures_show_the_figures_and_the_claim(daily, held):
    bars, cumulative, estimates = (present.svg_bytes(f) for f in figures(daily, held))
    for figure in (b"390", b"307", b"303"):
        assert figure in bars
    assert b"1,000" in cumulative and b"6,213 stated" in cumulative
    assert b"Ukrainians held by Russia" in estimates


def test_empty_tables_draw_no_figure(daily, held):
    assert figures(daily.clear(), held.clear()) == [None, None, None]


def tick_labels(fig) -> list[str]:
    present.svg_bytes(fig)
    return [t.get_text() for t in fig.axes[0].get_xticklabels() if t.get_text()]


@pytest.fixture
def four_years() -> pl.DataFrame:
    """An exchange every month for four years, both sides: 52 months."""
    months = pl.date_range(dt.date(2022, 3, 1), dt.date(2026, 6, 1), "1mo", eager=True)
    return pl.DataFrame(
        {
            "date": months.to_list() * 2,
            "persons_of": ["UA"] * len(months) + ["RU"] * len(months),
            "returned": [1000 + i for i in range(len(months))] * 2,
        }
    )


def test_four_years_of_bars_have_few_ticks_and_no_crowded_numbers(four_years):
    fig = plots.period_bars(four_years, "month", ("UA", "RU"))
    labels = tick_labels(fig)
    assert 3 <= len(labels) <= 8, labels
    assert len(set(labels)) == len(labels)
    # 104 bars are too narrow for their numbers: none drawn (the ledger has them).
    assert not [t for t in fig.axes[0].texts if t.get_text()]


def test_labels_of_a_few_wide_bars_are_drawn(daily):
    fig = plots.period_bars(daily, "day", ("UA", "RU"))
    present.svg_bytes(fig)
    drawn = [t.get_text() for t in fig.axes[0].texts]
    assert sorted(drawn) == sorted(["390", "307", "303"] * 2)


def test_estimates_of_one_day_share_a_mark(held):
    marks = plots.held_marks(held.with_columns(doc_id=pl.Series(["a", "b", "c"])))
    assert marks.select("date", "low", "high", "n_sources").rows() == [
        (DAYS[0], 8000, 10000, 1),
        (DAYS[1], 8000, 10000, 1),
        (DAYS[2], 2000, None, 1),
    ]
    same_day = held.with_columns(date=pl.lit(DAYS[0]), doc_id=pl.Series(["a", "b", "c"]))
    assert plots.held_marks(same_day).select("low", "n_sources").rows() == [(2000, 1), (8000, 2)]


@pytest.mark.parametrize("scale", ["month", "year"])
def test_a_coarse_scale_over_a_few_days_of_data_still_draws(daily, held, scale):
    """A year-long window whose only exchange is one weekend: bars, totals and estimates
    on a month or year scale still render, with distinct date ticks."""
    claims = pl.DataFrame(
        {"persons_of": ["UA"], "stated_on": [DAYS[-1]], "low": [6213], "high": [6213]}
    )
    for fig in (
        plots.period_bars(daily, scale, ("UA", "RU")),
        plots.cumulative_chart(daily, claims, scale, ("UA", "RU")),
    ):
        labels = tick_labels(fig)
        assert labels and len(set(labels)) == len(labels), labels


def test_an_open_ended_running_total_is_marked_as_said(daily):
    """'more than 7,000' (stored 7,001, no high) is labelled so, not '7,001 stated'."""
    claims = pl.DataFrame(
        {"persons_of": ["UA"], "stated_on": [DAYS[-1]], "low": [7001], "high": [None]},
        schema_overrides={"high": pl.Int64},
    )
    svg = present.svg_bytes(plots.cumulative_chart(daily, claims, "day", ("UA", "RU")))
    assert b"more than 7,000 stated" in svg and b"7,001" not in svg


def test_tables_word_ranges_and_align_them_as_numbers():
    table = present.worded(
        pl.DataFrame({"low": [4001, 95, 8000], "high": [None, 95, 10000]}),
    )
    html = present.table_html(table, "Estimates.", {"figure": "figure"}).data
    assert '<td class="num c-figure">more than 4,000</td>' in html
    assert ">95<" in html and ">8,000–10,000<" in html and "4,001" not in html


def test_a_closed_spans_total_is_marked_at_the_spans_end(daily):
    """A total of a span that ended before it was said ('1,000 by 24 May', said on the
    25th) is compared with the stages to that end, so it is marked there."""
    said, end = DAYS[-1], DAYS[1]
    claims = pl.DataFrame(
        {"persons_of": ["UA", "UA"], "stated_on": [said, said], "until": [end, said],
         "low": [697, 1000], "high": [697, 1000]},
    )  # fmt: skip
    fig = plots.cumulative_chart(daily, claims, "day", ("UA", "RU"))
    (marks,) = [
        line for line in fig.axes[0].get_lines() if line.get_label() == "stated running total"
    ]
    days = [
        dt.date.fromordinal(int(x)) if isinstance(x, float) else x.date() for x in marks.get_xdata()
    ]
    assert sorted(days) == [end, said]
