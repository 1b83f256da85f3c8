"""Claims against sums: running and operation totals that sources state, beside the sum
of the stages the events table holds for the same side and span.

"5,757 Ukrainians returned since March 2022" is never added to the stages; here it
stands beside what the table's stages of Ukrainians add up to from March 2022 to the
day it was said, so a reader sees both what the table holds and what it misses.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from swaptally.events.stages import point

CLAIM_SCOPES = ("running", "operation")


def _claim_id(f: dict) -> str:
    key = f"{f['doc_id']}|{f['persons_of']}|{f['held_by'] or ''}|{f['kind']}|{f['low']}|{f['high']}"
    return "cl-" + hashlib.sha256(key.encode()).hexdigest()[:12]


def claim_rows(facts: list[dict], events: list[dict]) -> list[dict]:
    """One row per stated total (per text, side, kind and figure); see tables.CLAIM_COLUMNS."""
    stages = [e for e in events if e["summable"]]
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
            sum_of_stages = sum(
                e["best"]
                for e in stages
                if e["persons_of"] == f["persons_of"]
                and (f["held_by"] in (None, "XX") or e["held_by"] == f["held_by"])
                and (since or dt.date.min) <= e["date"] <= stated_on
            )
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
        seen.values(), key=lambda r: (r["stated_on"], r["persons_of"] or "", r["claim_id"])
    )
