"""Totals and ranges the notebooks show, computed from the events table.

Only stage totals are ever summed (events.stage_totals), so a breakdown by
category is never added on top of the total it belongs to.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from swaptally import names, tables, timescale, wording
from swaptally.claimed_totals import claims_from_events
from swaptally.kinds import MOVEMENTS
from swaptally.ledger import exchanges_from_events, operations, span_text, summable

CATEGORY = pl.Enum(tables.CATEGORIES)  # sorts military, civilian, unspecified


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
    rows = window.sided(window.dated(summable(events)))
    return (
        rows.group_by(["date", "persons_of"])
        .agg(
            returned=pl.col("best").sum(),
            low=pl.col("low").sum(),
            high=pl.col("high").sum(),
            n_sources=pl.col("n_sources").min(),
            disputed=pl.col("disputed").any(),
        )
        .sort(["date", "persons_of"])
    )


def by_period(daily: pl.DataFrame, scale: str) -> pl.DataFrame:
    """People returned per period (day, week, month or year) and side; date: its first day."""
    return (
        daily.with_columns(date=timescale.bucket("date", scale))
        .group_by(["date", "persons_of"])
        .agg(pl.col("returned").sum())
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


def totals_by_category(events: pl.DataFrame, window: Window = Window()) -> pl.DataFrame:
    """People returned per side and category over the window: the summed stages, split.

    The stages are those daily_returns adds up, so each side's categories add up to
    the total the report quotes. A stage's breakdown replaces its total only when the
    parts fit inside it; what they leave over is "unspecified". Parts that add up to
    more than their total disagree with it, and the stage counts as unspecified.
    """
    stages = window.sided(window.dated(summable(events)))
    parts = (
        events.filter(
            (pl.col("role").cast(pl.String) == "breakdown") & pl.col("best").is_not_null()
        )
        .select("part_of", "category", "best")
        .join(
            stages.select(pl.col("event_id").alias("part_of"), "best"),
            on="part_of",
            suffix="_total",
        )
    )
    fitting = parts.filter(pl.col("best").sum().over("part_of") <= pl.col("best_total"))
    left_over = stages.join(
        fitting.group_by("part_of").agg(split=pl.col("best").sum()),
        left_on="event_id",
        right_on="part_of",
        how="left",
    ).select(
        "persons_of",
        "stage_id",
        pl.when(pl.col("split").is_null())
        .then(pl.col("category"))
        .otherwise(pl.lit("unspecified", dtype=CATEGORY))
        .alias("category"),
        (pl.col("best") - pl.col("split").fill_null(0)).alias("best"),
    )
    split = fitting.join(
        stages.select(pl.col("event_id").alias("part_of"), "persons_of", "stage_id"), on="part_of"
    ).select("persons_of", "stage_id", "category", "best")
    counted = pl.concat(
        [
            left_over.filter(pl.col("best") > 0),
            split.with_columns(pl.col("category").cast(CATEGORY)),
        ],
        how="vertical_relaxed",
    )
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


def returns_by_holder(events: pl.DataFrame, window: Window = Window()) -> pl.DataFrame:
    """People who came home over the window per side and holder (the summed stages)."""
    rows = window.sided(window.dated(summable(events)))
    return (
        rows.group_by("persons_of", "held_by")
        .agg(returned=pl.col("best").sum())
        .sort("persons_of", "held_by", nulls_last=True)
    )


def _holder(column: str = "held_by") -> pl.Expr:
    """A holder that names one country, else null (unknown, or several: XX)."""
    return pl.when(pl.col(column) != "XX").then(pl.col(column))


def share_table(returned: pl.DataFrame, estimates_: pl.DataFrame) -> pl.DataFrame:
    """Per side and holder: the latest estimate of that side's people that holder holds,
    the people of that side that holder returned (returns_by_holder), the share interval.

    Like with like: an estimate of Ukrainians held by Russia is set against the Ukrainians
    Russia handed back, never those other holders freed. An estimate that names no holder
    (or several) is set against the returns from every holder; held_by is then null."""
    latest = (
        estimates_.filter(pl.col("low").is_not_null())
        .with_columns(held_by=_holder())
        .sort(["date", "n_sources"], nulls_last=True)
        .group_by("persons_of", "held_by")
        .agg(
            pl.col("date").last().alias("held_on"),
            pl.col("low").last().alias("held_low"),
            pl.col("high").last().alias("held_high"),
        )
    )
    by_holder = returned.select("persons_of", held_by=_holder(), returned="returned")
    from_anyone = by_holder.group_by("persons_of").agg(_all=pl.col("returned").sum())
    table = (
        latest.join(by_holder.drop_nulls("held_by"), on=["persons_of", "held_by"], how="left")
        .join(from_anyone, on="persons_of", how="inner")
        .with_columns(
            returned=pl.when(pl.col("held_by").is_null())
            .then(pl.col("_all"))
            .otherwise(pl.col("returned").fill_null(0))
        )
        .select("persons_of", "held_by", "returned", "held_on", "held_low", "held_high")
        .sort("persons_of", "held_by", nulls_last=True)
    )
    shares = [
        share_returned(r, lo, hi)
        for r, lo, hi in table.select("returned", "held_low", "held_high").rows()
    ]
    # More came home than the estimate holds: the estimate counts a different group
    # (those still held on one day), so no share of it is given.
    beyond = [lo is not None and r > lo for r, lo in table.select("returned", "held_low").rows()]
    return table.with_columns(
        share_low=pl.Series(
            [None if b else s[0] for s, b in zip(shares, beyond, strict=True)], dtype=pl.Float64
        ),
        share_high=pl.Series(
            [None if b else s[1] for s, b in zip(shares, beyond, strict=True)], dtype=pl.Float64
        ),
    )


def undated(events: pl.DataFrame) -> pl.DataFrame:
    """Events no source fixes to a day (kept, and listed for the reader)."""
    return events.filter(pl.col("date").is_null() & pl.col("period_start").is_null())


def disputed(events: pl.DataFrame) -> pl.DataFrame:
    """Dated events whose sources give different figures (undated ones are listed as undated)."""
    return events.filter(pl.col("disputed") & pl.col("date").is_not_null())


# how returns and an estimate that name no holder are said: from every holder
ANY_HOLDER = "any holder"


def summarise_shares(shares: pl.DataFrame) -> str:
    """A sentence per side and holder from share_table(): returned against the estimate as
    a range, each naming the holder both figures count."""
    parts = []
    for row in shares.iter_rows(named=True):
        people = names.people(row["persons_of"])
        holder = row.get("held_by")
        # the returns and the estimate count the same holder's captives: say which
        by = names.country(holder) if holder else ANY_HOLDER
        came, of_held = f"came home from {by}", f"those held by {by}"
        held = wording.figure(row["held_low"], row["held_high"])
        if row["share_low"] is None and row["share_high"] is None:
            when = span_text(row["held_on"], row["held_on"]) if row.get("held_on") else "lately"
            still = of_held.replace("those held", "those still held", 1)
            parts.append(
                f"{row['returned']:,} {people} {came} in this window, more than the latest "
                f"estimate of {still} ({held}, {when}); no share is given."
            )
            continue
        share = wording.share(row["share_low"], row["share_high"])
        when = f", {span_text(row['held_on'], row['held_on'])}" if row.get("held_on") else ""
        # the estimate counts those still held on its day: the share is a ratio to it, not
        # the part of all captives who came home
        parts.append(
            f"{row['returned']:,} {people} {came} in this window, {share} of the latest "
            f"estimate of {of_held} ({held}{when})."
        )
    return " ".join(parts) or "No estimate and return figures to compare in this window."


def summarise_returns(daily: pl.DataFrame, ops: pl.DataFrame, order: tuple[str, ...] = ()) -> str:
    """A sentence per side: how many came home, in how many exchanges, over which days."""
    parts = []
    rank = {side: i for i, side in enumerate(order)}
    totals = totals_by_side(daily).sort(
        pl.col("persons_of").replace_strict(rank, default=len(rank), return_dtype=pl.Int32),
        "persons_of",
    )
    for row in totals.iter_rows(named=True):
        if not row["returned"]:
            continue
        side = row["persons_of"]
        n = ops.filter((pl.col("side") == side) & pl.col("returned").is_not_null())[
            "operation"
        ].n_unique()
        count = f" in {n} exchange{'s' if n != 1 else ''}" if n else ""
        when = span_text(row["first_day"], row["last_day"])
        parts.append(f"{row['returned']:,} {names.people(side)} came home{count}, {when}.")
    return " ".join(parts)


def report_facts(facts: pl.DataFrame, window: Window) -> pl.DataFrame:
    """The facts a report rests on: its sides, and a day (or span, or publication) in its window.

    Sources, the as-of date and the appendix come from these alone, so an
    unrelated text elsewhere in the corpus changes nothing in the report.
    """
    facts = window.sided(facts)
    # An undated figure counts on the day its span ends or, without one, its publication day:
    # "over three days" on its last day, "since 2022" on the day it was said.
    day = pl.coalesce("date", "period_end", "published")
    keep = pl.lit(True)
    if window.start:
        keep &= day >= window.start
    if window.end:
        keep &= day <= window.end
    return facts.filter(keep)


def sources(facts: pl.DataFrame) -> pl.DataFrame:
    """Every document that contributed a fact: outlet, date, address or path."""
    return (
        facts.group_by("doc_id")
        .agg(
            pl.col("publisher").first(),
            pl.col("published").first(),
            pl.col("url").first(),
            pl.col("path").first(),
            n_facts=pl.len(),
        )
        .sort(["published", "publisher", "path"], nulls_last=True)
    )


def as_of(facts: pl.DataFrame) -> dt.date | None:
    """The newest publication date among a report's own facts."""
    return facts["published"].max() if facts.height else None


def in_report(events: pl.DataFrame, facts: pl.DataFrame) -> pl.DataFrame:
    """Events stated by the report's own facts (for the appendix)."""
    if "event_id" not in facts.columns:
        return events
    return events.filter(pl.col("event_id").is_in(facts["event_id"].drop_nulls().implode()))


@dataclass(frozen=True, slots=True)
class Tables:
    """What a report reads, and the window it looks through."""

    events: pl.DataFrame
    facts: pl.DataFrame  # the report's own facts (report_facts)
    rejected: pl.DataFrame
    exchanges: pl.DataFrame
    claims: pl.DataFrame
    window: Window
    scale: str

    @property
    def as_of(self) -> dt.date | None:
        return as_of(self.facts)

    @property
    def operations(self) -> pl.DataFrame:
        from swaptally.ledger import in_window

        return in_window(operations(self.exchanges), self.window)


def load_tables(params) -> Tables:
    """Read the tables named by checked report parameters (swaptally.report.check_parameters).

    exchanges.parquet and claims.parquet are read from beside the events table;
    where the events step did not write them, they are built from the events.
    """
    from swaptally.tables import FACT_ORDER, REJECTED_SCHEMA

    events = pl.read_parquet(params.events)
    beside = Path(params.events).parent
    exchanges = (
        pl.read_parquet(beside / "exchanges.parquet")
        if (beside / "exchanges.parquet").is_file()
        else exchanges_from_events(events)
    )
    claims = (
        pl.read_parquet(beside / "claims.parquet")
        if (beside / "claims.parquet").is_file()
        else claims_from_events(events)
    )
    window = Window(params.start, params.end, tuple(params.sides))
    # facts.parquet is in shard order; a report reads its facts in FACT_ORDER whatever the
    # corpus's shard count
    facts = report_facts(pl.read_parquet(params.facts), window)
    order = [c for c in FACT_ORDER if c in facts.columns]
    facts = facts.sort(order, nulls_last=True) if order else facts
    days = window.sided(window.dated(summable(events)))
    first, last = timescale.span(days, params.start, params.end)
    return Tables(
        events=events,
        facts=facts,
        rejected=pl.read_csv(params.rejected, schema=REJECTED_SCHEMA),
        exchanges=exchanges,
        claims=claims,
        window=window,
        scale=timescale.choose_scale(first, last, getattr(params, "scale", None)),
    )


def _window_words(params) -> tuple[str, str]:
    who = names.countries(params.sides) if params.sides else "any country"
    if params.start and params.end:
        first, last = span_text(params.start, params.start), span_text(params.end, params.end)
        when = f"between {first} and {last}"
    elif params.start:
        when = f"since {span_text(params.start, params.start)}"
    elif params.end:
        when = f"up to {span_text(params.end, params.end)}"
    else:
        when = "in the corpus"
    return who, when


def nothing_returned(params) -> str:
    """The sentence an empty totals report gives instead of charts over nothing."""
    who, when = _window_words(params)
    return f"The sources report no people of {who} coming home {when}."


def no_estimates(params) -> str:
    """The sentence an estimates report gives when no source estimates the people held."""
    who, when = _window_words(params)
    return f"No source estimates how many people of {who} were held {when}."


def held_facts(facts: pl.DataFrame) -> pl.DataFrame:
    """A report's estimates as its sources state them, one row per statement."""
    return facts.filter(pl.col("kind").cast(pl.String) == "held")
