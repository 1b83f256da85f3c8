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
    planned = pl.DataFrame({"persons_of": ["RU", "UA"], "planned": [1000, 1000]})
    return [
        plots.daily_bars(daily),
        plots.cumulative_chart(daily, planned),
        plots.estimate_intervals(held),
    ]


def test_figures_are_byte_stable_svg_without_a_date(daily, held):
    first = [present.svg_bytes(f) for f in figures(daily, held)]
    second = [present.svg_bytes(f) for f in figures(daily, held)]
    assert first == second
    for svg in first:
        assert b"<dc:date>" not in svg and b"<svg" in svg


def test_figures_show_the_figures(daily, held):
    bars, cumulative, _ = (present.svg_bytes(f) for f in figures(daily, held))
    for figure in (b"390", b"307", b"303"):
        assert figure in bars
    assert b"1,000" in cumulative


def test_empty_tables_draw_empty_figures(daily, held):
    figures(daily.clear(), held.clear())
