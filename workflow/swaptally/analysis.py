"""Totals and ranges the notebooks show, computed from the events table.

Only stage totals are ever summed (events.stage_totals), so a breakdown by
category is never added on top of the total it belongs to.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import polars as pl

from swaptally.events import stage_totals

MOVEMENTS = ("exchange", "release")


@dataclass(frozen=True, slots=True)
class Window:
    """Which events a report looks at: a date range and the sides whose people count."""

    start: dt.date | None = None
    end: dt.date | None = None
    sides: tuple[str, ...] = ()

    def dated(self, frame: pl.DataFrame, column: str = "date") -> pl.DataFrame:
        keep = pl.lit(True)
        if self.start:
            keep &= pl.col(column) >= self.start
        if self.end:
            keep &= pl.col(column) <= self.end
        return frame.filter(keep)

    def sided(self, frame: pl.DataFrame) -> pl.DataFrame:
        return frame.filter(pl.col("persons_of").is_in(self.sides)) if self.sides else frame


def _kinds(events: pl.DataFrame, kinds: tuple[str, ...], status: str) -> pl.DataFrame:
    return events.filter(
        pl.col("kind").cast(pl.String).is_in(kinds) & (pl.col("status").cast(pl.String) == status)
    )


def daily_returns(events: pl.DataFrame, window: Window = Window()) -> pl.DataFrame:
    """People who came home per day and side (reported exchanges and releases, stage totals)."""
    rows = window.sided(window.dated(_kinds(stage_totals(events), MOVEMENTS, "reported")))
    return (
        rows.filter(pl.col("date").is_not_null())
        .group_by(["date", "persons_of"])
        .agg(
            returned=pl.col("best").sum(),
            low=pl.col("low").sum(),
            high=pl.col("high").sum(),
            n_sources=pl.col("n_sources").min(),
            disputed=pl.col("disputed").any(),
        )
        .sort(["date", "persons_of"])
    )


def cumulative(daily: pl.DataFrame) -> pl.DataFrame:
    """Running total of people returned, per side, in date order."""
    return daily.sort(["persons_of", "date"]).with_columns(
        cumulative=pl.col("returned").cum_sum().over("persons_of")
    )


def totals_by_side(daily: pl.DataFrame) -> pl.DataFrame:
    """Total returned per side over the window, with the first and last day."""
    return (
        daily.group_by("persons_of")
        .agg(
            returned=pl.col("returned").sum(),
            first_day=pl.col("date").min(),
            last_day=pl.col("date").max(),
            days=pl.col("date").n_unique(),
        )
        .sort("persons_of")
    )


def planned_by_side(events: pl.DataFrame, window: Window = Window()) -> pl.DataFrame:
    """The largest planned total per side (restatements of one plan are not added up)."""
    planned = window.sided(_kinds(stage_totals(events), MOVEMENTS, "planned"))
    return planned.group_by("persons_of").agg(planned=pl.col("best").max()).sort("persons_of")


def against_plan(daily: pl.DataFrame, planned: pl.DataFrame) -> pl.DataFrame:
    """Reported totals per side next to the plan, with the share of the plan done."""
    return (
        totals_by_side(daily)
        .join(planned, on="persons_of", how="full", coalesce=True)
        .with_columns(share_of_plan=pl.col("returned") / pl.col("planned"))
        .sort("persons_of")
    )


def totals_by_category(events: pl.DataFrame, window: Window = Window()) -> pl.DataFrame:
    """People returned per side and category over the window (a stage counts once per category).

    Stage totals without a breakdown count as "unspecified"; a stage split into
    categories counts its parts, so the categories of a side add up to its total.
    """
    reported = window.sided(window.dated(_kinds(events, MOVEMENTS, "reported")))
    reported = reported.filter(pl.col("date").is_not_null())
    role = pl.col("role").cast(pl.String)
    split_stages = reported.filter(role == "breakdown")["stage_id"].unique().to_list()
    whole = role.is_in(["single", "total"]) & ~pl.col("stage_id").is_in(split_stages)
    counted = reported.filter((role == "breakdown") | whole)
    return (
        counted.group_by(["persons_of", "category"])
        .agg(returned=pl.col("best").sum(), stages=pl.col("stage_id").n_unique())
        .sort(["persons_of", "category"])
    )


def breakdowns(events: pl.DataFrame, window: Window = Window()) -> pl.DataFrame:
    """Category rows of reported stages, beside the total they belong to."""
    reported = window.sided(window.dated(_kinds(events, MOVEMENTS, "reported")))
    parts = reported.filter(pl.col("role").cast(pl.String) == "breakdown")
    totals = reported.select(
        pl.col("event_id").alias("part_of"), pl.col("best").alias("stage_total")
    )
    return (
        parts.join(totals, on="part_of", how="left")
        .select("date", "persons_of", "held_by", "category", "best", "stage_total", "n_sources")
        .sort(["date", "persons_of", "category"])
    )


def estimates(events: pl.DataFrame, window: Window = Window()) -> pl.DataFrame:
    """Estimates of people held: one row per held event with its range and sources."""
    held = window.sided(window.dated(events.filter(pl.col("kind").cast(pl.String) == "held")))
    return held.select(
        "date",
        "persons_of",
        "held_by",
        "category",
        "low",
        "high",
        "best",
        "n_sources",
        "publishers",
        "said_by",
        "disputed",
    ).sort(["persons_of", "held_by", "date", "category"], nulls_last=True)


def share_returned(
    returned: int, low: int | None, high: int | None
) -> tuple[float | None, float | None]:
    """The share of an estimated stock that has come home, as an interval.

    1,000 returned of 8,000–10,000 held → (0.10, 0.125): dividing by the high
    estimate gives the low share.
    """
    low_share = returned / high if high else None
    high_share = returned / low if low else None
    return low_share, high_share


def share_table(daily: pl.DataFrame, estimates_: pl.DataFrame) -> pl.DataFrame:
    """Per side: returned, the latest estimate of that side's people held, the share interval."""
    returned = totals_by_side(daily).select("persons_of", "returned")
    latest = (
        estimates_.filter(pl.col("low").is_not_null())
        .sort(["date", "n_sources"], nulls_last=True)
        .group_by("persons_of")
        .agg(pl.col("low").last().alias("held_low"), pl.col("high").last().alias("held_high"))
    )
    table = returned.join(latest, on="persons_of", how="inner").sort("persons_of")
    shares = [
        share_returned(r, lo, hi)
        for r, lo, hi in table.select("returned", "held_low", "held_high").rows()
    ]
    return table.with_columns(
        share_low=pl.Series([s[0] for s in shares], dtype=pl.Float64),
        share_high=pl.Series([s[1] for s in shares], dtype=pl.Float64),
    )


def undated(events: pl.DataFrame) -> pl.DataFrame:
    """Events no source fixes to a day (kept, and listed for the reader)."""
    return events.filter(pl.col("date").is_null() & pl.col("period_start").is_null())


def disputed(events: pl.DataFrame) -> pl.DataFrame:
    """Events whose sources give different figures."""
    return events.filter(pl.col("disputed"))


def sources(facts: pl.DataFrame) -> pl.DataFrame:
    """Every document that contributed a fact: publisher, date, title-less URL list."""
    return (
        facts.group_by("doc_id")
        .agg(
            pl.col("publisher").first(),
            pl.col("published").first(),
            pl.col("url").first(),
            n_facts=pl.len(),
        )
        .sort(["published", "publisher", "doc_id"], nulls_last=True)
    )


@dataclass(frozen=True, slots=True)
class Tables:
    """What a report reads, and the window it looks through."""

    events: pl.DataFrame
    facts: pl.DataFrame
    rejected: pl.DataFrame
    window: Window
    as_of: dt.date | None


def load_tables(params) -> Tables:
    """Read the tables named by checked report parameters (swaptally.report.check_parameters)."""
    from swaptally.tables import REJECTED_SCHEMA

    facts = pl.read_parquet(params.facts)
    return Tables(
        events=pl.read_parquet(params.events),
        facts=facts,
        rejected=pl.read_csv(params.rejected, schema=REJECTED_SCHEMA),
        window=Window(params.start, params.end, tuple(params.sides)),
        as_of=facts["published"].max() if facts.height else None,
    )


def stages(events: pl.DataFrame, window: Window = Window()) -> pl.DataFrame:
    """Reported stage totals (one per day and side) with their sources."""
    rows = window.sided(window.dated(_kinds(stage_totals(events), MOVEMENTS, "reported")))
    return rows.filter(pl.col("date").is_not_null()).sort(["date", "persons_of"])


def summarise_returns(comparison: pl.DataFrame) -> str:
    """A sentence per side from against_plan(): how many, over which days, against the plan."""
    parts = []
    for row in comparison.iter_rows(named=True):
        if not row["returned"]:
            continue
        span = (
            f"on {row['first_day']:%d %B %Y}"
            if row["first_day"] == row["last_day"]
            else f"over {row['days']} days, {row['first_day']:%d %B} to {row['last_day']:%d %B %Y}"
        )
        text = f"{row['returned']:,} people of {row['persons_of']} came home {span}"
        if row.get("planned"):
            text += f", {row['share_of_plan']:.0%} of the {row['planned']:,} planned"
        parts.append(text + ".")
    return " ".join(parts) or "No reported returns in this window."


def summarise_shares(shares: pl.DataFrame) -> str:
    """A sentence per side from share_table(): returned against the estimate as a range."""
    parts = []
    for row in shares.iter_rows(named=True):
        if row["share_low"] is None and row["share_high"] is None:
            continue
        low = f"{row['share_low']:.1%}" if row["share_low"] is not None else "?"
        high = f"{row['share_high']:.1%}" if row["share_high"] is not None else "no upper bound"
        held = f"{row['held_low']:,}" + (
            f"–{row['held_high']:,}" if row["held_high"] else " or more"
        )
        parts.append(
            f"{row['returned']:,} people of {row['persons_of']} came home "
            f"against an estimated {held} held: "
            f"{low} to {high} of them."
        )
    return " ".join(parts) or "No estimate and return figures to compare in this window."
