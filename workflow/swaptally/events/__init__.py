"""Facts → exchanges, stages and claims: reconcile sources, keep provenance.

Every outlet that reports a handover states it again; an analyst who sums facts
counts it several times, and one who sums "5,757 since 2022" beside the day's 303
counts the war twice. Here, in order:

1. scope (scope.py): each figure is a stage, an operation total or a running total,
   and background figures about earlier exchanges are told from today's news;
2. dating (dating.py): a day the extractor only guessed (the text's day) yields to the day
   the text states for the same figure; undated figures get a day only where one reading
   is clear;
3. stages (stages.py): one row per side and handover day (days.py), its total voted
   (votes.py), rival figures disputed, parts beside their total; everything else
   (others.py) kept unsummed;
4. mirror (mirror.py): the unreported side of a like-for-like swap, marked inferred;
   exchanges (exchanges.py): stages of two sides close in time are one operation;
5. claims (claims.py): stated totals beside the sum of stages.

Only rows marked `summable` may be added up.

Steps 1-3 are polars over the facts' columns (a narrow frame: never sentences or
titles); the steps after them walk the summable stages and plans, a few rows a day.
"""

from __future__ import annotations

from collections.abc import Callable

import polars as pl

from swaptally.events.claims import CLAIM_SCOPES, claim_rows
from swaptally.events.dating import assign_dates
from swaptally.events.exchanges import PlanIndex, exchange_rows, group_exchanges
from swaptally.events.facts_frame import Texts, narrow
from swaptally.events.mirror import mirror_rows
from swaptally.events.others import build_others
from swaptally.events.scope import add_scope, mediation_cue
from swaptally.events.stage_cache import StageCache
from swaptally.events.stages import STAGE_FACT, build_stages
from swaptally.tables import (
    CLAIM_COLUMNS,
    EVENT_COLUMNS,
    EVENT_SCHEMA,
    EXCHANGE_COLUMNS,
    FACT_ORDER,
    FACT_SCHEMA,
    frame,
)

__all__ = ["DATED_COLUMNS", "build_events", "build_tables", "reconcile", "stage_totals"]

# sentences(row places) → those rows' sentences, in that order
SentencesOf = Callable[[pl.Series], pl.Series]
# what reconcile finds for each fact: its days (and the scope of a stage it is dated by)
# and the event it belongs to
DATED_COLUMNS = ["date", "period_start", "period_end", "scope", "date_inherited"]

EVENT_ORDER = ["kind", "status", "date", "period_start", "persons_of", "held_by", "category"]
STAGE_TOTAL_ROLES = ("total", "derived_total", "single")
CLAIM_FIELDS = [
    "doc_id",
    "publisher",
    "published",
    "sentence",
    "kind",
    "status",
    "scope",
    "persons_of",
    "held_by",
    "low",
    "high",
    "qualifier",
    "date",
    "period_start",
    "period_end",
    "said_by",
]


def _events_frame(
    events: pl.DataFrame, mirrored: list[dict], exchange_of: pl.DataFrame
) -> pl.DataFrame:
    """All event rows in the table's schema and order, each with its exchange."""
    names = [name for name, _, _ in EVENT_COLUMNS]
    built = events.with_columns(inferred=pl.lit(False), undated=pl.lit(None, pl.Boolean))
    built = built.join(exchange_of, on="event_id", how="left")
    mirror = frame([{k: r.get(k) for k in names} for r in mirrored], EVENT_COLUMNS)
    events = pl.concat(
        [built.select(names).cast(EVENT_SCHEMA), mirror.select(names)],  # type: ignore[arg-type]
        how="vertical",
    ).with_columns(undated=pl.col("date").is_null() & pl.col("period_start").is_null())
    return events.sort([*EVENT_ORDER, "role", "best", "event_id"], nulls_last=True)


def _sources(
    facts: pl.DataFrame,
    fact_events: pl.DataFrame,
    exchange_of: pl.DataFrame,
    sentences: SentencesOf,
) -> dict[str, tuple[list[str], int]]:
    """exchange_id → (the distinct sentences of its facts that may name a mediation, how
    many texts state it). facts: each fact's document (coded) and `mediation`; only the
    sentences of facts marked `mediation` are fetched."""
    of = (
        facts.select("doc_id", "mediation", _row=pl.int_range(pl.len(), dtype=pl.UInt32))
        .with_columns(fact_events["event_id"])
        .join(exchange_of, on="event_id")
        .select("exchange_id", "doc_id", "mediation", "_row")
    )
    docs = of.group_by("exchange_id").agg(pl.col("doc_id").n_unique())
    named = of.filter("mediation")
    named = (
        named.with_columns(sentence=sentences(named["_row"]))
        .group_by("exchange_id")
        .agg(pl.col("sentence").unique())
    )
    found = dict(named.iter_rows())
    return {ex: (found.get(ex, []), n) for ex, n in docs.iter_rows()}


def build_tables(
    facts: pl.DataFrame,
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Facts → (facts with scope, dates and event_id; events; exchanges; claims), in memory.

    The merge (merge.py) does the same without holding the facts' texts: their scope comes
    from each shard (scope_of_shard) and `reconcile` reads the rest."""
    extra = [c for c in facts.columns if c not in FACT_SCHEMA]
    facts = facts.cast(FACT_SCHEMA).select([*FACT_SCHEMA, *extra])  # type: ignore[arg-type]
    facts = add_scope(facts).with_columns(mediation=mediation_cue())
    found, events, exchanges, claims = reconcile(facts, facts["sentence"].gather)
    facts = facts.drop("mediation").with_columns(found.get_columns())
    return facts.sort(FACT_ORDER, nulls_last=True), events, exchanges, claims


def reconcile(
    facts: pl.DataFrame, sentences: SentencesOf, cache: StageCache | None = None
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Facts with their scope (add_scope: `scope`, `background`, and the days it keeps) and
    `mediation` (mediation_cue), but no text → (their days, date_inherited and event_id, row
    for row; events; exchanges; claims).

    Per column in polars; Python only for what walks a few rows: one side's days, the
    summable stages and plans (mirror, exchanges), the stated totals (claims). The few
    sentences it needs (stated totals, mediations) come from sentences(row places).
    cache: the last run's stages (stage_cache.py), to build only the changed ones."""
    rows, texts = narrow(facts.with_columns(date_inherited=pl.lit(False)))
    flags = facts.select("background", "mediation")
    del facts  # its texts are freed here when the caller handed over its only reference
    # dating joins documents by their codes: the same matches as by their texts
    rows = assign_dates(rows.with_columns(flags["background"])).drop("background")
    # what the steps below read of a fact, taken from the coded frame: its days, its
    # document, whether its sentence may name a mediation, the stated totals
    found = rows.select(DATED_COLUMNS)
    of_fact = rows.select("doc_id").with_columns(flags["mediation"])
    stated = _stated(rows, texts)
    del flags
    # both parts taken before the narrow frame is freed: never the frame and a part of it
    # a stage's status, scope and period are those of STAGE_FACT: not carried along
    stage_rows = rows.filter(STAGE_FACT).drop("status", "scope", "period_start", "period_end")
    other_rows = rows.filter(~STAGE_FACT)
    del rows
    stages, stage_ids = build_stages(stage_rows, texts, cache)
    del stage_rows
    others, other_ids = build_others(other_rows, texts)
    del other_rows
    events = pl.concat([stages, others], how="vertical_relaxed")
    fact_events = (
        pl.select(pl.int_range(found.height, dtype=pl.UInt32).alias("_row"))
        .join(pl.concat([stage_ids, other_ids]), on="_row", how="left", maintain_order="left")
        .select("event_id")
    )
    del texts, stages, others, stage_ids, other_ids
    # stages in the order they are built, side by side and day by day: mirror_rows takes a
    # side's count of a day from the last of its holders that day
    summable = (
        events.filter("summable")
        .sort(pl.col("persons_of"), pl.col("held_by").fill_null(""), pl.col("date"))
        .to_dicts()
    )
    plans = (
        events.filter((pl.col("status") == "planned") & (pl.col("kind") == "exchange"))
        .sort("event_id")
        .to_dicts()
    )
    mirrored = mirror_rows(summable + plans)
    groups = group_exchanges(summable + mirrored)
    by_stage = pl.DataFrame(
        [(e["stage_id"], e["exchange_id"]) for e in summable],
        schema={"stage_id": pl.String, "exchange_id": pl.String},
        orient="row",
    )
    stage_exchange = events.select("event_id", "stage_id").join(by_stage, on="stage_id")
    sources = _sources(
        of_fact, fact_events, stage_exchange.select("event_id", "exchange_id"), sentences
    )
    exchanges = frame(exchange_rows(groups, PlanIndex(plans), sources), EXCHANGE_COLUMNS)
    planned = pl.DataFrame(
        [(e["event_id"], e.get("exchange_id")) for e in plans],
        schema={"event_id": pl.String, "exchange_id": pl.String},
        orient="row",
    ).drop_nulls()
    exchange_of = pl.concat([stage_exchange.select("event_id", "exchange_id"), planned])
    stated = stated.with_columns(sentence=sentences(stated["_row"])).select(CLAIM_FIELDS)
    claims = frame(claim_rows(stated.to_dicts(), summable + mirrored), CLAIM_COLUMNS)
    events = _events_frame(events, mirrored, exchange_of)
    return found.with_columns(fact_events["event_id"]), events, exchanges, claims


def _stated(rows: pl.DataFrame, texts: Texts) -> pl.DataFrame:
    """The reported running and operation totals (claims), their texts decoded."""
    stated = rows.filter(pl.col("scope").is_in(CLAIM_SCOPES) & (pl.col("status") == "reported"))
    return stated.with_columns(
        texts.values[name].gather(stated[name]).alias(name)
        for name in ("doc_id", "publisher", "said_by")
    )


def build_events(facts: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Facts → (facts with scope, dates and event_id; events), both sorted for stable output."""
    facts, events, _, _ = build_tables(facts)
    return facts, events


def stage_totals(events: pl.DataFrame) -> pl.DataFrame:
    """Rows that stand for a whole stage or plan: summable stage totals, and the plans and
    estimates (never breakdowns, never running or operation totals that were reported)."""
    role = pl.col("role").cast(pl.String)
    reported = pl.col("status").cast(pl.String) == "reported"
    return events.filter(role.is_in(STAGE_TOTAL_ROLES) & (pl.col("summable") | ~reported))
