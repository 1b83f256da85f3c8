"""Everything that is not a stage: plans, estimates, running and operation totals,
two-sided and undated figures. One row per statement group (the same kind, status,
scope, sides, category, days and figure), never summable; undated statements of one
figure are one event only while each is published within a few days of the last.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import polars as pl

from swaptally.events.facts_frame import PROVENANCE_KEPT, Texts, joined, provenance

UNDATED_GAP_DAYS = 3  # undated statements of one figure published this close are one event

OTHER_KEY = [
    "kind",
    "status",
    "scope",
    "persons_of",
    "held_by",
    "category",
    "date",
    "period_start",
    "period_end",
    "_p",
]


def _chains(facts: pl.DataFrame) -> pl.DataFrame:
    """`_chain`: the publication run of an undated statement within its group (0: dated)."""
    undated = pl.col("date").is_null() & pl.col("period_start").is_null()
    published = pl.col("published").fill_null(dt.date.min)
    gap = published.diff().over(OTHER_KEY) > dt.timedelta(days=UNDATED_GAP_DAYS)
    chains = (
        facts.filter(undated)
        .select("_row", *OTHER_KEY, "published")
        .sort(published)
        .with_columns(_chain=gap.fill_null(True).cast(pl.Int32).cum_sum().over(OTHER_KEY))
        .select("_row", "_chain")
    )
    return facts.join(chains, on="_row", how="left").with_columns(pl.col("_chain").fill_null(0))


def _ids(groups: pl.DataFrame) -> pl.Series:
    """The event id: a hash of the group's key and, for undated ones, the first publication."""
    anchored = pl.col("date").is_null() & pl.col("period_start").is_null()
    anchor = pl.when(anchored).then(pl.col("_first_published"))
    texts = groups.select(
        pl.concat_str(
            [pl.col(c).cast(pl.String).fill_null("") for c in OTHER_KEY]
            + [anchor.cast(pl.String).fill_null("")],
            separator="|",
        )
    ).to_series()
    return pl.Series(
        ["ev-" + hashlib.sha256(t.encode()).hexdigest()[:12] for t in texts], dtype=pl.String
    )


def build_others(facts: pl.DataFrame, texts: Texts) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(event rows, (_row, event_id) of their facts), from the narrow non-stage facts."""
    facts = _chains(facts)
    key = [*OTHER_KEY, "_chain"]
    groups = facts.group_by(key).agg(
        *provenance(),
        _first_published=pl.col("published").min(),
        dates_stated=joined(pl.col("date").cast(pl.String)),
        low=pl.col("low").min(),
        high=pl.when(pl.col("high").is_null().any()).then(None).otherwise(pl.col("high").max()),
    )
    groups = groups.with_columns(event_id=_ids(groups))
    rows = groups.select(
        "event_id",
        *OTHER_KEY[:-1],
        "dates_stated",
        best="_p",
        low="low",
        high="high",
        disputed=pl.lit(False),
        stage_id=pl.lit("st-") + pl.col("event_id").str.slice(3),
        role=pl.lit("single"),
        part_of=pl.lit(None, pl.String),
        summable=pl.lit(False),
        **PROVENANCE_KEPT,
    )
    ids = facts.join(groups.select(*key, "event_id"), on=key, how="left", nulls_equal=True)
    return texts.decode(rows, "event_id"), ids.select("_row", "event_id")
