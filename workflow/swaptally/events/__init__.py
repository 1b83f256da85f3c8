"""Facts → exchanges, stages and claims: reconcile sources, keep provenance.

Every outlet that reports a handover states it again; an analyst who sums facts
counts it several times, and one who sums "5,757 since 2022" beside the day's 303
counts the war twice. Here, in order:

1. scope (scope.py): each figure is a stage, an operation total or a running total,
   and background figures about earlier exchanges are told from today's news;
2. dating (dating.py): undated figures get a day only where one reading is clear;
3. stages (stages.py): one row per side and handover day, rival figures disputed,
   parts beside their total, everything else kept unsummed;
4. mirror (mirror.py): the unreported side of a like-for-like swap, marked inferred;
   exchanges (exchanges.py): stages of two sides close in time are one operation;
5. claims (claims.py): stated totals beside the sum of stages.

Only rows marked `summable` may be added up.
"""

from __future__ import annotations

import polars as pl

from swaptally.events.claims import claim_rows
from swaptally.events.dating import assign_dates
from swaptally.events.exchanges import exchange_rows
from swaptally.events.mirror import mirror_rows
from swaptally.events.scope import add_scope
from swaptally.events.stages import build_others, build_stages, is_stage_fact
from swaptally.tables import (
    CLAIM_COLUMNS,
    EVENT_COLUMNS,
    EXCHANGE_COLUMNS,
    FACT_ORDER,
    FACT_SCHEMA,
    frame,
)

__all__ = ["build_events", "build_tables", "stage_totals"]

EVENT_ORDER = ["kind", "status", "date", "period_start", "persons_of", "held_by", "category"]
STAGE_TOTAL_ROLES = ("total", "derived_total", "single")


def _events_frame(rows: list[dict]) -> pl.DataFrame:
    names = [name for name, _, _ in EVENT_COLUMNS]
    defaults = {"inferred": False}
    events = frame([{k: r.get(k, defaults.get(k)) for k in names} for r in rows], EVENT_COLUMNS)
    events = events.with_columns(
        undated=pl.col("date").is_null() & pl.col("period_start").is_null()
    )
    return events.sort([*EVENT_ORDER, "role", "best", "event_id"], nulls_last=True)


def build_tables(
    facts: pl.DataFrame,
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Facts → (facts with scope, dates and event_id; events; exchanges; claims)."""
    extra = [c for c in facts.columns if c not in FACT_SCHEMA]
    facts = facts.cast(FACT_SCHEMA).select([*FACT_SCHEMA, *extra])  # type: ignore[arg-type]
    facts = assign_dates(add_scope(facts))
    schema = facts.schema | {"event_id": pl.String}
    rows = facts.with_columns(event_id=pl.lit(None, pl.String)).to_dicts()
    stage_facts = [r for r in rows if is_stage_fact(r)]
    other_facts = [r for r in rows if not is_stage_fact(r)]
    event_rows = build_stages(stage_facts) + build_others(other_facts)
    event_rows += mirror_rows(event_rows)
    exchanges = frame(exchange_rows(event_rows, rows), EXCHANGE_COLUMNS)
    claims = frame(claim_rows(rows, event_rows), CLAIM_COLUMNS)
    events = _events_frame(event_rows)
    rows = [{k: r[k] for k in schema} for r in rows]
    facts = pl.DataFrame(rows, schema=schema, orient="row").sort(FACT_ORDER, nulls_last=True)
    return facts, events, exchanges, claims


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
