"""Exchanges as things: the stages of two sides close in time are one operation.

An exchange is agreed once and carried out in one or more stages (390, 307, 303 on
three days), often with a mediator or a venue. Here the summable stages of a pair of
sides (A's people held by B, B's people held by A) whose days follow each other within
a few days are one exchange; the plan stated for it and the mediator named beside it
are kept with it. One-sided releases are exchanges with one side returning people; the
other side's count is null (none told), never 0.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
from collections import defaultdict

from swaptally.events.attribution import mediators_named

GAP_DAYS = 3  # stages of one pair of sides this close are one operation
PLAN_BEFORE_DAYS = 21  # a plan published this long before the first stage belongs to it


def pair(persons_of: str | None, held_by: str | None) -> tuple[str, str | None]:
    """(side_a, side_b): the smaller code first; a missing holder comes last."""
    if held_by is None or persons_of is None:
        return (persons_of or held_by or "XX", None)
    a, b = sorted((persons_of, held_by))
    return (a, b)


def _exchange_id(a: str, b: str | None, first: dt.date) -> str:
    text = f"{a}|{b or ''}|{first.isoformat()}"
    return "ex-" + hashlib.sha256(text.encode()).hexdigest()[:12]


def group_exchanges(events: list[dict]) -> dict[str, list[dict]]:
    """exchange_id → its summable stage rows; sets `exchange_id` on those rows and on
    their parts."""
    by_pair: dict[tuple, list[dict]] = defaultdict(list)
    for e in events:
        if e["summable"]:
            by_pair[pair(e["persons_of"], e["held_by"])].append(e)
    out: dict[str, list[dict]] = {}
    for key in sorted(by_pair, key=lambda k: (k[0], k[1] or "")):
        stages = sorted(by_pair[key], key=lambda e: (e["date"], e["persons_of"]))
        runs: list[list[dict]] = []
        for e in stages:
            if runs and (e["date"] - runs[-1][-1]["date"]).days <= GAP_DAYS:
                runs[-1].append(e)
            else:
                runs.append([e])
        for run in runs:
            exchange_id = _exchange_id(key[0], key[1], run[0]["date"])
            for e in run:
                e["exchange_id"] = exchange_id
            out[exchange_id] = run
    by_stage = {e["stage_id"]: e.get("exchange_id") for e in events if e["summable"]}
    for e in events:
        if not e["summable"] and e["stage_id"] in by_stage:
            e["exchange_id"] = by_stage[e["stage_id"]]
    return out


class PlanIndex:
    """Planned exchange rows by side and day (their date, period or publication), so that
    the plans near a stage are found without reading every plan."""

    def __init__(self, events: list[dict]) -> None:
        by_side: dict[str, list[tuple[dt.date, int, dict]]] = defaultdict(list)
        for n, e in enumerate(events):
            day = e["date"] or e["period_start"] or e.get("_published")
            planned = e["status"] == "planned" and e["kind"] == "exchange"
            if planned and e["best"] is not None and day is not None:
                by_side[e["persons_of"]].append((day, n, e))
        self.rows = {side: sorted(rows, key=lambda r: r[:2]) for side, rows in by_side.items()}
        self.days = {side: [r[0] for r in rows] for side, rows in self.rows.items()}

    def between(self, persons_of: str, first: dt.date, last: dt.date) -> list[dict]:
        days = self.days.get(persons_of, [])
        lo, hi = bisect.bisect_left(days, first), bisect.bisect_right(days, last)
        return [r[2] for r in self.rows[persons_of][lo:hi]] if days else []


def _plans(index: PlanIndex, stages: list[dict]) -> dict[str, int]:
    """persons_of → the largest plan stated for it shortly before or during the exchange."""
    first = min(e["date"] for e in stages) - dt.timedelta(days=PLAN_BEFORE_DAYS)
    last = max(e["date"] for e in stages)
    codes = {e["persons_of"] for e in stages} | {e["held_by"] for e in stages if e["held_by"]}
    plans: dict[str, int] = {}
    for e in (e for code in sorted(codes) for e in index.between(code, first, last)):
        e["exchange_id"] = e.get("exchange_id") or stages[0]["exchange_id"]
        plans[e["persons_of"]] = max(plans.get(e["persons_of"], 0), e["best"])
    return plans


def exchange_rows(
    groups: dict[str, list[dict]],
    plans_made: PlanIndex,
    sources: dict[str, tuple[list[str], int]],
) -> list[dict]:
    """One row per exchange operation (see tables.EXCHANGE_COLUMNS), from group_exchanges'
    groups, the plans, and per exchange the sentences of its facts that name a mediation
    (or more) and how many texts state it."""
    rows = []
    for exchange_id, stages in groups.items():
        a, b = pair(stages[0]["persons_of"], stages[0]["held_by"])
        plans = _plans(plans_made, stages)
        # a side no stage counts returned no one that a text tells: null, not 0 (a
        # one-sided release, or a swap whose other side no text counts)
        returned: dict[str, int] = {}
        for e in stages:
            returned[e["persons_of"]] = returned.get(e["persons_of"], 0) + e["best"]
        sentences, n_sources = sources.get(exchange_id, ([], 0))
        rows.append(
            {
                "exchange_id": exchange_id,
                "first_date": min(e["date"] for e in stages),
                "last_date": max(e["date"] for e in stages),
                "side_a": a,
                "side_b": b,
                "returned_a": returned.get(a),
                # people of one country held inside it (by an armed group, or their
                # state) are all of side_a: never counted twice
                "returned_b": returned.get(b) if b != a else None,
                "stages": len({e["date"] for e in stages}),
                "mediator": mediators_named(sentences),
                "planned_a": plans.get(a),
                "planned_b": plans.get(b) if b != a else None,
                "n_sources": n_sources,
                "disputed": any(e["disputed"] for e in stages),
            }
        )
    return sorted(rows, key=lambda r: (r["first_date"], r["side_a"], r["side_b"] or ""))
