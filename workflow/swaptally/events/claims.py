"""Claims against sums: running and operation totals that sources state, beside the sum
of the stages the events table holds for the same side and span.

"5,757 Ukrainians returned since March 2022" is never added to the stages; here it
stands beside what the table's stages of Ukrainians add up to from March 2022 to the
day it was said, so a reader sees both what the table holds and what it misses.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import itertools

from swaptally.events.facts_frame import point

CLAIM_SCOPES = ("running", "operation")
ANY = "*"  # key of a side's stages whoever held them


class StageSums:
    """Running sums of summable stages by side (and by side and holder), by day."""

    def __init__(self, stages: list[dict]) -> None:
        series: dict[tuple, list[tuple[dt.date, int]]] = {}
        for e in stages:
            for key in ((e["persons_of"], ANY), (e["persons_of"], e["held_by"])):
                series.setdefault(key, []).append((e["date"], e["best"]))
        self.days: dict[tuple, list[dt.date]] = {}
        self.cumulative: dict[tuple, list[int]] = {}
        for key, rows in series.items():
            rows.sort()
            self.days[key] = [d for d, _ in rows]
            self.cumulative[key] = list(itertools.accumulate((b for _, b in rows), initial=0))

    def between(
        self, persons_of: str, held_by: str | None, since: dt.date | None, until: dt.date
    ) -> int:
        key = (persons_of, ANY if held_by is None else held_by)
        days = self.days.get(key)
        if not days:
            return 0
        lo = bisect.bisect_left(days, since) if since else 0
        hi = bisect.bisect_right(days, until)
        return self.cumulative[key][hi] - self.cumulative[key][lo] if hi > lo else 0


def _claim_id(f: dict) -> str:
    key = f"{f['doc_id']}|{f['persons_of']}|{f['held_by'] or ''}|{f['kind']}|{f['low']}|{f['high']}"
    return "cl-" + hashlib.sha256(key.encode()).hexdigest()[:12]


def claim_rows(facts: list[dict], events: list[dict]) -> list[dict]:
    """One row per stated total (per text, side, kind and figure); see tables.CLAIM_COLUMNS."""
    sums = StageSums([e for e in events if e["summable"]])
    seen: dict[str, dict] = {}
    for f in facts:
        if f["scope"] not in CLAIM_SCOPES or f["status"] != "reported":
            continue
        stated_on = f["published"] or f["period_end"] or f["date"]
        if stated_on is None:
            continue
        claim_id = _claim_id(f)
        if claim_id in seen:
            continue
        since = f["period_start"]
        sum_of_stages = None
        if f["persons_of"] not in (None, "XX"):
            holder = None if f["held_by"] in (None, "XX") else f["held_by"]
            sum_of_stages = sums.between(f["persons_of"], holder, since, stated_on)
        figure = point(f)
        seen[claim_id] = {
            "claim_id": claim_id,
            "persons_of": f["persons_of"],
            "held_by": f["held_by"],
            "kind": f["kind"],
            "scope": f["scope"],
            "low": f["low"],
            "high": f["high"],
            "qualifier": f["qualifier"],
            "since": since,
            "stated_on": stated_on,
            "said_by": f["said_by"],
            "publisher": f["publisher"],
            "doc_id": f["doc_id"],
            "sentence": f["sentence"],
            "sum_of_stages": sum_of_stages,
            "difference": None
            if sum_of_stages is None or figure is None
            else figure - sum_of_stages,
        }
    return sorted(
        _wholes(list(seen.values())),
        key=lambda r: (r["stated_on"], r["persons_of"] or "", r["claim_id"]),
    )


def _top(r: dict) -> int | None:
    return r["high"] if r["high"] is not None else r["low"]


def _wholes(rows: list[dict]) -> list[dict]:
    """The rows that are no part of a larger total the same text states for the same side
    and span: "2,340 returned so far, including 139 civilians", "5,757 through exchanges,
    while another 536 outside them", "Of these, 500 fishermen …" count some of the people
    the larger figure counts (a category, a way home), never the running total itself."""

    def key(r: dict) -> tuple:
        return (r["doc_id"], r["persons_of"], r["held_by"], r["since"], r["stated_on"])

    largest: dict[tuple, int] = {}
    for r in rows:
        if (top := _top(r)) is not None:
            largest[key(r)] = max(largest.get(key(r), top), top)
    return [
        r for r in rows if r["doc_id"] is None or (top := _top(r)) is None or top >= largest[key(r)]
    ]
