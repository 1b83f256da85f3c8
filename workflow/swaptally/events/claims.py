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
from swaptally.said_score import same_speaker

CLAIM_SCOPES = ("running", "operation")
ANY = "*"  # key of a side's stages whoever held them
OPERATION_GAP_DAYS = 3  # stages this close to an operation total's day are of its operation


class StageSums:
    """Running sums of summable stages by side (and by side and holder, and by those and
    kind), by day."""

    def __init__(self, stages: list[dict]) -> None:
        series: dict[tuple, list[tuple[dt.date, int]]] = {}
        for e in stages:
            for holder in (ANY, e["held_by"]):
                for kind in (ANY, str(e["kind"])):
                    key = (e["persons_of"], holder, kind)
                    series.setdefault(key, []).append((e["date"], e["best"]))
        self.days: dict[tuple, list[dt.date]] = {}
        self.cumulative: dict[tuple, list[int]] = {}
        for key, rows in series.items():
            rows.sort()
            self.days[key] = [d for d, _ in rows]
            self.cumulative[key] = list(itertools.accumulate((b for _, b in rows), initial=0))

    def between(
        self,
        persons_of: str,
        held_by: str | None,
        since: dt.date | None,
        until: dt.date,
        kind: str = ANY,
    ) -> int:
        key = (persons_of, ANY if held_by is None else held_by, kind)
        days = self.days.get(key)
        if not days:
            return 0
        lo = bisect.bisect_left(days, since) if since else 0
        hi = bisect.bisect_right(days, until)
        return self.cumulative[key][hi] - self.cumulative[key][lo] if hi > lo else 0

    def operation_start(
        self, persons_of: str, held_by: str | None, day: dt.date, until: dt.date
    ) -> dt.date:
        """The first day of the run of a side's stages (each within OPERATION_GAP_DAYS of
        the next) that reaches `day`: where an operation total ("697 in these two days",
        "270 so far, more due on Saturday") starts, when the text names no start."""
        days = self.days.get((persons_of, ANY if held_by is None else held_by, ANY), [])
        at = bisect.bisect_right(days, min(day, until)) - 1
        gap = dt.timedelta(days=OPERATION_GAP_DAYS)
        if at < 0 or day - days[at] > gap:
            return day  # no stage of its side near it: only that day's stages
        while at > 0 and days[at] - days[at - 1] <= gap:
            at -= 1
        return days[at]


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
        span = _span(f, since, stated_on, sums)
        sum_of_stages = None if span is None else sums.between(*span)
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
            "until": _until(f, stated_on),
            "said_by": f["said_by"],
            "publisher": f["publisher"],
            "doc_id": f["doc_id"],
            "sentence": f["sentence"],
            "sum_of_stages": sum_of_stages,
            "difference": None
            if sum_of_stages is None or figure is None
            else figure - sum_of_stages,
            "_span": span,
        }
    rows = _outside_exchanges(_wholes(list(seen.values())), sums)
    return sorted(
        ({k: v for k, v in r.items() if k != "_span"} for r in rows),
        key=lambda r: (r["stated_on"], r["persons_of"] or "", r["claim_id"]),
    )


def _until(f: dict, stated_on: dt.date) -> dt.date:
    """The last day a stated total counts: the day it was said, or its span's end when
    that is earlier ("1,358 in 2023", said in 2024: 31 December 2023)."""
    return min(stated_on, f["period_end"] or stated_on)


def _span(f: dict, since: dt.date | None, stated_on: dt.date, sums: StageSums) -> tuple | None:
    """(persons_of, holder, start, until) of the stages a stated total is compared with;
    None for people of several countries. A closed span ("1,358 in 2023", said in 2024)
    ends where it ends, not the day it is said; an operation's total that names no start
    counts that operation only ("697 in these two days"), never every stage before it."""
    if f["persons_of"] in (None, "XX"):
        return None
    holder = None if f["held_by"] in (None, "XX") else f["held_by"]
    until = _until(f, stated_on)
    start = since
    if start is None and f["scope"] == "operation":
        day = f["date"] or f["period_end"] or stated_on
        start = sums.operation_start(f["persons_of"], holder, day, until)
    return (f["persons_of"], holder, start, until)


def _outside_exchanges(rows: list[dict], sums: StageSums) -> list[dict]:
    """A running total of releases that its text states beside a larger total of exchanges
    of the same side and span ("3,100 came home in swaps; 410 more were freed outside any
    deal") counts the freed outside the swaps: it is compared with the stages of releases
    only, not with every stage."""
    exchanged: dict[tuple, int] = {}  # the largest exchange total of each key
    for r in rows:
        if r["kind"] == "exchange" and (top := _top(r)) is not None:
            key = (r["doc_id"], r["persons_of"], r["held_by"], r["since"], r["stated_on"])
            exchanged[key] = max(top, exchanged.get(key, top))
    out = []
    for r in rows:
        key = (r["doc_id"], r["persons_of"], r["held_by"], r["since"], r["stated_on"])
        top, beside = _top(r), exchanged.get(key)
        if r["kind"] == "release" and r["_span"] and None not in (top, beside) and beside > top:
            spent = sums.between(*r["_span"], kind="release")
            gap = None if (figure := point(r)) is None else figure - spent
            r = {**r, "sum_of_stages": spent, "difference": gap}
        out.append(r)
    return out


def _top(r: dict) -> int | None:
    return r["high"] if r["high"] is not None else r["low"]


def _same_speaker(a: str | None, b: str | None) -> bool:
    """Two attributions may name one speaker: either is unnamed, or they name the same
    one by whole words (said_score.same_speaker: "Zelensky", "President Volodymyr
    Zelensky"; never "Ukraine's defence ministry" and "Russia's defence ministry")."""
    return not a or not b or same_speaker(a, b)


def _part_of(small: dict, large: dict) -> bool:
    """`small` counts some of the people `large` counts: a smaller figure of the same
    text, side and span, said by the same speaker (two speakers' figures are rival
    claims: "Kyiv says 2,500 came home, Moscow puts it at 1,900"), and no release beside
    a total of exchanges (the freed outside the swaps are none of the swapped: "3,100
    through exchanges, and 410 released outside any deal")."""
    if (small["kind"], large["kind"]) == ("release", "exchange"):
        return False
    return _same_speaker(small["said_by"], large["said_by"])


def _wholes(rows: list[dict]) -> list[dict]:
    """The rows that are no part of a larger total the same text states for the same side
    and span: "2,340 returned so far, including 139 civilians", "Of these, 500 fishermen
    …" count some of the people the larger figure counts (a category, a way home), never
    the running total itself (see _part_of)."""

    def key(r: dict) -> tuple:
        return (r["doc_id"], r["persons_of"], r["held_by"], r["since"], r["stated_on"])

    by_key: dict[tuple, list[dict]] = {}
    for r in rows:
        if r["doc_id"] is not None and _top(r) is not None:
            by_key.setdefault(key(r), []).append(r)

    def whole(r: dict) -> bool:
        if (top := _top(r)) is None or r["doc_id"] is None:
            return True
        return not any(
            (other := _top(o)) is not None and other > top and _part_of(r, o)
            for o in by_key[key(r)]
        )

    return [r for r in rows if whole(r)]
