"""Facts → events: one row per real-world happening and side, with its sources.

Every outlet that reports a stage of an exchange states it again; an analyst
who sums facts counts it several times. Here facts of the same kind, status,
side, category and day become one event that keeps best/low/high, all its
sources and a `disputed` flag. Events of one stage (same kind, status, side and
day) are then linked: category rows (270 military + 120 civilian) become
breakdowns of the stage total (390), and are never summed on top of it.
"""

from __future__ import annotations

import hashlib

import polars as pl

from swaptally.tables import EVENT_COLUMNS, EVENT_SCHEMA, FACT_ORDER, FACT_SCHEMA

EVENT_KEY = [
    "kind",
    "status",
    "persons_of",
    "held_by",
    "category",
    "date",
    "period_start",
    "period_end",
]
STAGE_KEY = ["kind", "status", "persons_of", "held_by", "date", "period_start", "period_end"]
EVENT_ORDER = ["kind", "status", "date", "period_start", "persons_of", "held_by", "category"]
STAGE_TOTAL_ROLES = ("total", "derived_total", "single")


def inherit_dates(facts: pl.DataFrame) -> pl.DataFrame:
    """Give undated facts the date their document fixes for the same figure or stage.

    A text often states "307 came home on Saturday" in the lead and "the 307 …"
    again later without the day; the second statement is the same event. Likewise
    "270 troops and 120 civilians" without a day belong to a dated 390 of that side.
    """
    undated = pl.col("date").is_null() & pl.col("period_start").is_null()
    side = ["doc_id", "kind", "status", "persons_of", "held_by"]
    same = [*side, "category", "low", "high"]
    dated = facts.filter(pl.col("date").is_not_null())
    by_figure = dated.group_by(same).agg(pl.col("date").min().alias("_same_figure"))
    stage_totals = (
        dated.filter(pl.col("category") == "unspecified")
        .group_by([*side, pl.col("low").alias("_parts_sum")])
        .agg(pl.col("date").min().alias("_parts_total"))
    )
    parts = (
        facts.filter(undated & (pl.col("category") != "unspecified"))
        .group_by(side)
        .agg(
            pl.col("low").sum().alias("_parts_sum"),
            (pl.col("category").n_unique() > 1).alias("_several"),
        )
        .filter("_several")
        .join(stage_totals, on=[*side, "_parts_sum"], nulls_equal=True)
        .select([*side, pl.lit("breakdown").alias("_is_part"), "_parts_total"])
    )
    out = (
        facts.join(by_figure, on=same, how="left", nulls_equal=True)
        .join(parts, on=side, how="left", nulls_equal=True)
        .with_columns(
            _inherited=pl.coalesce(
                "_same_figure",
                pl.when(pl.col("category") != "unspecified").then("_parts_total"),
            )
        )
    )
    return out.with_columns(
        date_inherited=(undated & pl.col("_inherited").is_not_null()),
        date=pl.when(undated).then(pl.col("_inherited")).otherwise(pl.col("date")),
    ).drop("_same_figure", "_is_part", "_parts_total", "_inherited")


def match_across_sources(facts: pl.DataFrame) -> pl.DataFrame:
    """Give an undated fact the day (or period) of the one event other sources date for it.

    A headline "307 soldiers each" or a plan restated without its three days is
    the same event as the dated 307 or the plan with its period, when exactly one
    dated event of that kind, status, side, category and figure exists. With two
    candidates the fact stays undated: guessing could merge different events.
    """
    undated = pl.col("date").is_null() & pl.col("period_start").is_null()
    key = ["kind", "status", "persons_of", "held_by", "category", "low", "high"]
    when = ["date", "period_start", "period_end"]
    candidates = (
        facts.filter(~undated)
        .select([*key, *when])
        .unique()
        .filter(pl.len().over(key) == 1)
        .rename({c: f"_{c}" for c in when})
    )
    out = facts.join(candidates, on=key, how="left", nulls_equal=True)
    take = undated & (pl.col("_date").is_not_null() | pl.col("_period_start").is_not_null())
    return out.with_columns(
        *(pl.when(take).then(pl.col(f"_{c}")).otherwise(pl.col(c)).alias(c) for c in when),
        date_inherited=pl.col("date_inherited") | take,
    ).drop([f"_{c}" for c in when])


def _point(low: pl.Expr, high: pl.Expr) -> pl.Expr:
    """One figure for a fact: the exact figure, a range's midpoint, or its one bound."""
    both = low.is_not_null() & high.is_not_null()
    return pl.when(both).then((low + high) // 2).otherwise(pl.coalesce(low, high))


def _nonempty(text: pl.Expr) -> pl.Expr:
    return pl.when(text.str.len_chars() > 0).then(text)


def _joined(column: str) -> pl.Expr:
    return _nonempty(pl.col(column).drop_nulls().unique().sort().str.join("; "))


def _event_ids(frame: pl.DataFrame, key: list[str], prefix: str) -> pl.Series:
    rows = frame.select(
        pl.concat_str([pl.col(c).cast(pl.String).fill_null("") for c in key], separator="|")
    )
    return pl.Series(
        [prefix + hashlib.sha256(r.encode()).hexdigest()[:12] for r in rows.to_series()],
        dtype=pl.String,
    )


def group_events(facts: pl.DataFrame) -> pl.DataFrame:
    """One row per event key, with best/low/high, provenance and the dispute flag."""
    facts = facts.with_columns(_figure=_point(pl.col("low"), pl.col("high")))
    # The figure most documents give wins; among equals the latest report.
    votes = (
        facts.group_by([*EVENT_KEY, "_figure"], maintain_order=True)
        .agg(
            pl.col("doc_id").n_unique().alias("_votes"), pl.col("published").max().alias("_latest")
        )
        .sort(["_votes", "_latest", "_figure"], descending=True, nulls_last=True)
        .group_by(EVENT_KEY, maintain_order=True)
        .agg(pl.col("_figure").first().alias("best"))
    )
    figures = pl.struct("low", "high")
    grouped = facts.group_by(EVENT_KEY, maintain_order=True).agg(
        low=pl.coalesce("low", "high").min(),
        high=pl.when(pl.col("high").is_null().any()).then(None).otherwise(pl.col("high").max()),
        disputed=figures.filter(pl.col("qualifier").is_in(["exact", "approx", "range"])).n_unique()
        > 1,
        n_facts=pl.len().cast(pl.Int32),
        n_sources=pl.col("doc_id").n_unique().cast(pl.Int32),
        date_inherited=pl.col("date_inherited").all(),
        doc_ids=_joined("doc_id"),
        publishers=_joined("publisher"),
        urls=_joined("url"),
        said_by=_joined("said_by"),
    )
    events = grouped.join(votes, on=EVENT_KEY, how="left", nulls_equal=True)
    return events.with_columns(event_id=_event_ids(events, EVENT_KEY, "ev-"))


def link_stages(events: pl.DataFrame) -> pl.DataFrame:
    """Mark totals and breakdowns within each stage; derive a total where only parts exist."""
    events = events.with_columns(stage_id=_event_ids(events, STAGE_KEY, "st-"))
    counts = events.group_by("stage_id").agg(
        pl.len().alias("_n"),
        (pl.col("category") == "unspecified").any().alias("_has_total"),
    )
    events = events.join(counts, on="stage_id")
    totals = events.filter((pl.col("category") == "unspecified") & (pl.col("_n") > 1)).select(
        "stage_id", pl.col("event_id").alias("_total_id")
    )
    derived = _derived_totals(events.filter((pl.col("_n") > 1) & ~pl.col("_has_total")))
    parents = pl.concat([totals, derived.select("stage_id", pl.col("event_id").alias("_total_id"))])
    events = events.join(parents, on="stage_id", how="left").with_columns(
        role=pl.when(pl.col("_n") == 1)
        .then(pl.lit("single"))
        .when(pl.col("category") == "unspecified")
        .then(pl.lit("total"))
        .otherwise(pl.lit("breakdown")),
        part_of=pl.when((pl.col("_n") > 1) & (pl.col("category") != "unspecified"))
        .then(pl.col("_total_id"))
        .otherwise(None),
    )
    return pl.concat(
        [events.drop("_n", "_has_total", "_total_id"), derived], how="diagonal_relaxed"
    )


def _merged(column: str) -> pl.Expr:
    """Union of '; '-joined lists over a group, joined again."""
    merged = pl.col(column).str.split("; ").explode().drop_nulls().unique().sort()
    return _nonempty(merged.str.join("; "))


def _derived_totals(parts: pl.DataFrame) -> pl.DataFrame:
    """A stage reported only by its categories gets a total row marked derived_total."""
    if parts.is_empty():
        return pl.DataFrame(schema={"stage_id": pl.String, "event_id": pl.String})
    derived = parts.group_by(["stage_id", *STAGE_KEY], maintain_order=True).agg(
        best=pl.col("best").sum(),
        low=pl.col("low").sum(),
        high=pl.when(pl.col("high").is_null().any()).then(None).otherwise(pl.col("high").sum()),
        disputed=pl.col("disputed").any(),
        n_facts=pl.col("n_facts").sum().cast(pl.Int32),
        n_sources=pl.col("n_sources").min().cast(pl.Int32),
        date_inherited=pl.col("date_inherited").all(),
        doc_ids=_merged("doc_ids"),
        publishers=_merged("publishers"),
        urls=_merged("urls"),
        said_by=_merged("said_by"),
    )
    derived = derived.with_columns(
        category=pl.lit("unspecified"),
        role=pl.lit("derived_total"),
        part_of=pl.lit(None, pl.String),
    )
    return derived.with_columns(event_id=_event_ids(derived, [*EVENT_KEY, "role"], "ev-"))


def build_events(facts: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Facts → (facts with event_id and inherited dates, events), both sorted for stable output."""
    facts = match_across_sources(inherit_dates(facts.cast(FACT_SCHEMA)))  # type: ignore[arg-type]
    if facts.is_empty():
        empty = pl.DataFrame(schema=EVENT_SCHEMA)
        return facts.with_columns(event_id=pl.lit(None, pl.String)), empty
    grouped = group_events(facts)
    events = link_stages(grouped).with_columns(
        undated=pl.col("date").is_null() & pl.col("period_start").is_null()
    )
    events = events.select([name for name, _, _ in EVENT_COLUMNS]).cast(EVENT_SCHEMA)  # type: ignore[arg-type]
    events = events.sort([*EVENT_ORDER, "role"], nulls_last=True)
    ids = grouped.select([*EVENT_KEY, "event_id"])
    facts = facts.join(ids, on=EVENT_KEY, how="left", nulls_equal=True)
    facts = facts.sort(FACT_ORDER, nulls_last=True)
    return facts, events


def stage_totals(events: pl.DataFrame) -> pl.DataFrame:
    """The one row per stage that may be summed: totals, derived totals and single rows."""
    return events.filter(pl.col("role").cast(pl.String).is_in(STAGE_TOTAL_ROLES))
