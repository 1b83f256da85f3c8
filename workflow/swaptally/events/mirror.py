"""The other side of a symmetric swap, where the texts give only one side's count.

Outlets of one country often report only their own people: "303 defenders are
home". When the exchange is plainly like-for-like (a plan of the same figure for both
sides, and every stage of it that both sides report equal), the other side's handover
that day is the same figure. Such a row is marked `inferred`, keeps the sources of the
side it mirrors, and is never made where a text states that side's count near that day.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from swaptally.events.exchanges import PlanIndex

PLAN_WINDOW_DAYS = 21  # a plan stated this long before a stage may be its plan
NEAR_DAYS = 3  # other stages of the same operation


def _symmetric_plan(index: PlanIndex, a: str, b: str, day: dt.date) -> bool:
    """Both sides planned the same figure for an exchange shortly before `day`."""
    first = day - dt.timedelta(days=PLAN_WINDOW_DAYS)
    plans = {
        side: {e["best"] for e in index.between(side, first, day) if e["held_by"] in (None, a, b)}
        for side in (a, b)
    }
    return bool(plans[a] & plans[b])


def _stages_equal(by_side: dict[tuple, dict[dt.date, dict]], a: str, b: str, day: dt.date) -> bool:
    """No other stage of the operation near `day` gives the two sides different counts."""
    mine, theirs = by_side.get((a, b), {}), by_side.get((b, a), {})
    near = [o for o in mine if o != day and abs((o - day).days) <= NEAR_DAYS and o in theirs]
    return all(theirs[o]["best"] == mine[o]["best"] for o in near)


def mirror_rows(events: list[dict]) -> list[dict]:
    """Inferred stage rows for the unreported side of like-for-like exchanges."""
    by_side: dict[tuple, dict[dt.date, dict]] = {}
    stated: dict[str, dict[dt.date, int]] = {}
    # any stage states its side's count of the day; a release told apart from the day's
    # swap (releases.py) is no half of a like-for-like one, so a swap's own row wins
    for swap in (False, True):
        for e in events:
            if e["summable"] and (not swap or e["kind"] == "exchange"):
                by_side.setdefault((e["persons_of"], e["held_by"]), {})[e["date"]] = e
                stated.setdefault(e["persons_of"], {})[e["date"]] = e["best"]
    plans_made = PlanIndex(events)
    out = []
    for (a, b), days in sorted(by_side.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        if b in (None, "XX"):
            continue
        theirs = stated.get(b, {})
        for day in sorted(days):
            row = days[day]
            if row["kind"] != "exchange" or day in theirs:
                continue
            near = (theirs.get(day + dt.timedelta(days=k)) for k in (-1, 1))
            if row["best"] in near:  # the same handover, which they date a day apart
                continue
            if not (_symmetric_plan(plans_made, a, b, day) and _stages_equal(by_side, a, b, day)):
                continue
            key = f"mirror|{b}|{a}|{day.isoformat()}"
            event_id = "ev-" + hashlib.sha256(key.encode()).hexdigest()[:12]
            out.append(
                {
                    **row,
                    "event_id": event_id,
                    "stage_id": event_id.replace("ev-", "st-", 1),
                    "persons_of": b,
                    "held_by": a,
                    "category": "unspecified",
                    "role": "single",
                    "part_of": None,
                    "n_facts": 0,
                    "inferred": True,
                    "exchange_id": None,
                }
            )
    return out
