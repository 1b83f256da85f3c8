"""Stages: one row per handover of one side and day, with its parts beside it.

All reported figures of one side (whose people, held by whom) on one day are one
handover, whatever verb the outlet used ("freed 390" and "swapped 390" are the same
390). Outlets that date one handover a day apart are merged. Within a stage the
largest figure and the figures close to it are its total (they dispute each other);
smaller figures are parts of it ("including 120 civilians", "among them 8 border
guards"), kept beside the total and never summed on top of it. A total is derived
from parts only where one text gives the categories (270 troops and 120 civilians).
Figures of another scope, status or kind (plans, estimates, running totals, two-sided
totals, undated background) are kept one row per statement group, never summable.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterable

from swaptally.events.scope import speaker_side

MOVES = ("exchange", "release")
EXACT = ("exact", "approx", "range")
CLOSE = 0.9  # figures within 10% of a stage's largest are rival totals, smaller ones its parts
UNDATED_GAP_DAYS = 3  # undated statements of one figure published this close are one event


def point(f: dict) -> int | None:
    """One figure for a fact: an exact figure, a range's midpoint, or its one bound."""
    low, high = f["low"], f["high"]
    if low is not None and high is not None:
        return (low + high) // 2
    return low if low is not None else high


def _hash(prefix: str, *key: object) -> str:
    text = "|".join("" if k is None else str(k) for k in key)
    return prefix + hashlib.sha256(text.encode()).hexdigest()[:12]


def _joined(values: Iterable[str | None]) -> str | None:
    items = sorted({v for v in values if v})
    return "; ".join(items) or None


def is_stage_fact(f: dict) -> bool:
    return (
        f["status"] == "reported"
        and f["scope"] == "stage"
        and f["kind"] in MOVES
        and f["persons_of"] not in (None, "XX")
        and f["date"] is not None
        and f["period_start"] is None
    )


def _provenance(facts: list[dict]) -> dict:
    return {
        "n_facts": len(facts),
        "n_sources": len({f["doc_id"] for f in facts}),
        "date_inherited": all(f["date_inherited"] for f in facts),
        "doc_ids": _joined(f["doc_id"] for f in facts),
        "publishers": _joined(f["publisher"] for f in facts),
        "urls": _joined(f["url"] for f in facts),
        "said_by": _joined(f["said_by"] for f in facts),
        "_published": min((f["published"] for f in facts if f["published"]), default=None),
    }


# ---------------------------------------------------------------- sides and days


def fill_holders(facts: list[dict]) -> None:
    """A stage figure without a holder takes the one holder its side has within a day."""
    holders: dict[tuple, set[str]] = defaultdict(set)
    for f in facts:
        if f["held_by"] is not None:
            for shift in (-1, 0, 1):
                holders[(f["persons_of"], f["date"] + dt.timedelta(days=shift))].add(f["held_by"])
    for f in facts:
        f["_held_by"] = f["held_by"]
        if f["held_by"] is None:
            found = holders.get((f["persons_of"], f["date"]), set())
            if len(found) == 1:
                f["_held_by"] = next(iter(found))


def day_clusters(facts: list[dict]) -> list[list[dict]]:
    """The facts of one side, grouped by day; a day's neighbour joins it when it is the
    same handover dated differently: the same or a close figure, no text dating both."""
    by_day: dict[dt.date, list[dict]] = defaultdict(list)
    for f in facts:
        by_day[f["date"]].append(f)
    clusters: list[list[dict]] = []
    previous: dt.date | None = None
    for day in sorted(by_day):
        here = by_day[day]
        if clusters and previous is not None and (day - previous).days == 1:
            last = clusters[-1]
            if len({f["date"] for f in last}) == 1 and _same_handover(last, here):
                last.extend(here)
                previous = day
                continue
        clusters.append(list(here))
        previous = day
    return clusters


def _same_handover(a: list[dict], b: list[dict]) -> bool:
    """Neighbouring days are one handover when the same figure is given for both, or a
    close figure whose day no text states (a day guessed from publication or another
    figure) stands beside a stated day; never when one text dates both days."""
    if {f["doc_id"] for f in a} & {f["doc_id"] for f in b}:
        return False
    top_a, top_b = _vote(a)[0], _vote(b)[0]
    if not (top_a and top_b):
        return False
    if top_a == top_b:
        return True
    guessed = all(f["date_inherited"] for f in a) or all(f["date_inherited"] for f in b)
    return guessed and min(top_a, top_b) >= CLOSE * max(top_a, top_b)


def cluster_day(facts: list[dict]) -> dt.date:
    """The day most texts give; among equals the earlier."""
    docs: dict[dt.date, set[str]] = defaultdict(set)
    for f in facts:
        docs[f["date"]].add(f["doc_id"])
    return min(docs, key=lambda d: (-len(docs[d]), d))


# ---------------------------------------------------------------- one stage


def _doc_total(facts: list[dict]) -> tuple[int, bool] | None:
    """(figure, derived) one text gives as the side's total that day: its largest exact
    figure, or its military + civilian figures added when it names no total itself."""
    exact = [f for f in facts if f["qualifier"] in EXACT and point(f) is not None]
    if not exact:
        return None
    largest = max(point(f) for f in exact)
    cats: dict[str, int] = {}
    for f in exact:
        cats[f["category"]] = max(cats.get(f["category"], 0), point(f))
    if "unspecified" not in cats and len(cats) > 1 and sum(cats.values()) > largest:
        return sum(cats.values()), True
    return largest, False


def _vote(facts: list[dict]) -> tuple[int, bool, dict[int, set[str]]]:
    """(best, derived, figure → texts voting for it): the total most texts give; among
    equals the one the counted side's own officials give (each side counts its own
    returnees), then the one more texts mention at all, then the later report, the larger."""
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for f in facts:
        by_doc[f["doc_id"]].append(f)
    votes: dict[int, set[str]] = defaultdict(set)
    derived: set[int] = set()
    for doc, doc_facts in by_doc.items():
        found = _doc_total(doc_facts)
        if found is not None:
            votes[found[0]].add(doc)
            if found[1]:
                derived.add(found[0])
    if not votes:  # only bounds ("more than 300"): the largest bound stands
        figure = max(point(f) or 0 for f in facts)
        return figure, False, {figure: {f["doc_id"] for f in facts}}
    mentioned: dict[int, set[str]] = defaultdict(set)
    own: dict[int, set[str]] = defaultdict(set)  # said by the counted side's own people
    latest: dict[int, dt.date] = {}
    for f in facts:
        p = point(f)
        mentioned[p].add(f["doc_id"])
        if speaker_side(f["said_by"]) == f["persons_of"]:
            own[p].add(f["doc_id"])
        if f["published"] is not None and p in votes:
            latest[p] = max(latest.get(p, f["published"]), f["published"])
    best = max(
        votes,
        key=lambda p: (
            len(votes[p]),
            len(own[p]),
            len(mentioned[p]),
            latest.get(p, dt.date.min),
            p,
        ),
    )
    stated = any(point(f) == best for f in facts)
    return best, best in derived and not stated, votes


def _bounds(
    rivals: list[dict], figures: set[int], best: int
) -> tuple[int | None, int | None, bool]:
    """(low, high, disputed): the rival totals span; a bound that contradicts best widens it."""
    exact = [f for f in rivals if f["qualifier"] in EXACT]
    lows = [f["low"] for f in exact if f["low"] is not None]
    highs = [f["high"] for f in exact if f["high"] is not None]
    low, high = min([*lows, *figures, best]), max([*highs, *figures, best])
    disputed = len(figures | {best}) > 1 or len({(f["low"], f["high"]) for f in exact}) > 1
    for f in rivals:
        if f["qualifier"] in EXACT:
            continue
        if f["low"] is not None and f["low"] > best:  # "at least 500" against 307
            high, disputed = max(high, f["low"]), True
        if f["high"] is not None and f["high"] < best:  # "up to 200" against 307
            low, disputed = min(low, f["high"]), True
    if (
        rivals and not exact and not figures - {best}
    ):  # only bounds: open where the texts left them open
        low = min((f["low"] for f in rivals if f["low"] is not None), default=None)
        high = None if any(f["high"] is None for f in rivals) else max(f["high"] for f in rivals)
    return low, high, disputed


def _is_rival(f: dict, best: int, totals: set[int], best_unspecified: bool) -> bool:
    """A figure that states the whole stage: a text's total near or above best, or a bound
    about the same size (a smaller one is a part of the stage, as "including 120"; so is a
    smaller count of soldiers beside a total of people)."""
    p = point(f)
    if p is None:
        return False
    if p > best:  # a larger figure is never a part: it disputes the total
        return True
    if p < best and best_unspecified and f["category"] != "unspecified":
        return False
    if f["qualifier"] not in EXACT:
        return p >= CLOSE * best
    return p in totals and p >= CLOSE * best


def build_stage(side: tuple[str, str | None], facts: list[dict]) -> list[dict]:
    """One stage of one side: the total row (summable) and its parts; sets fact event ids."""
    persons_of, held_by = side
    day = cluster_day(facts)
    stage_id = _hash("st-", "stage", persons_of, held_by, day)
    best, derived, votes = _vote(facts)
    totals = {p for p in votes if p >= CLOSE * best}
    best_unspecified = any(point(f) == best and f["category"] == "unspecified" for f in facts)
    rivals = [f for f in facts if _is_rival(f, best, totals, best_unspecified)]
    rival_ids = {id(f) for f in rivals}
    parts = [f for f in facts if id(f) not in rival_ids]
    figures = {point(f) for f in rivals if f["qualifier"] in EXACT}
    low, high, disputed = _bounds(rivals, figures, best)
    role = "derived_total" if derived else ("total" if parts else "single")
    counted = rivals or parts
    categories = {f["category"] for f in counted}
    kinds = {f["kind"] for f in facts}
    total_row = {
        "event_id": stage_id.replace("st-", "ev-", 1),
        "kind": "exchange" if "exchange" in kinds else "release",
        "status": "reported",
        "scope": "stage",
        "persons_of": persons_of,
        "held_by": held_by,
        "category": categories.pop() if len(categories) == 1 and not derived else "unspecified",
        "date": day,
        "period_start": None,
        "period_end": None,
        "dates_stated": _joined(str(f["date"]) for f in facts),
        "best": best,
        "low": low,
        "high": high,
        "disputed": disputed,
        "stage_id": stage_id,
        "role": role,
        "part_of": None,
        "summable": True,
        **_provenance(counted),
    }
    for f in rivals:
        f["event_id"] = total_row["event_id"]
    rows = [total_row]
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for f in parts:
        groups[(f["category"], point(f))].append(f)
    for (category, figure), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0)
    ):
        part_id = _hash("ev-", "part", stage_id, category, figure)
        for f in group:
            f["event_id"] = part_id
        rows.append(
            {
                **total_row,
                "event_id": part_id,
                "kind": "exchange" if "exchange" in {f["kind"] for f in group} else "release",
                "category": category,
                "dates_stated": _joined(str(f["date"]) for f in group),
                "best": figure,
                "low": min(f["low"] if f["low"] is not None else figure for f in group),
                "high": max(f["high"] if f["high"] is not None else figure for f in group),
                "disputed": len({(f["low"], f["high"]) for f in group}) > 1,
                "role": "breakdown",
                "part_of": total_row["event_id"],
                "summable": False,
                **_provenance(group),
            }
        )
    return rows


def build_stages(stage_facts: list[dict]) -> list[dict]:
    """All stages of all sides (fact dicts get their event_id set in place)."""
    fill_holders(stage_facts)
    by_side: dict[tuple, list[dict]] = defaultdict(list)
    for f in stage_facts:
        by_side[(f["persons_of"], f["_held_by"])].append(f)
    rows: list[dict] = []
    for side in sorted(by_side, key=lambda s: (s[0], s[1] or "")):
        for cluster in day_clusters(by_side[side]):
            rows.extend(build_stage(side, cluster))
    return rows


# ---------------------------------------------------------------- everything else

OTHER_KEY = (
    "kind",
    "status",
    "scope",
    "persons_of",
    "held_by",
    "category",
    "date",
    "period_start",
    "period_end",
)


def build_others(facts: list[dict]) -> list[dict]:
    """Plans, estimates, running and operation totals, two-sided and undated figures:
    one row per statement group (undated ones grouped only within a few days of publication)."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for f in facts:
        groups[(*(f[k] for k in OTHER_KEY), point(f))].append(f)
    rows = []
    for key in sorted(groups, key=lambda k: tuple("" if v is None else str(v) for v in k)):
        for group in _by_publication(groups[key]):
            rows.append(_other_row(key, group))
    return rows


def _by_publication(facts: list[dict]) -> list[list[dict]]:
    if facts[0]["date"] is not None or facts[0]["period_start"] is not None:
        return [facts]
    out: list[list[dict]] = []
    last: dt.date | None = None
    for f in sorted(facts, key=lambda f: f["published"] or dt.date.min):
        day = f["published"] or dt.date.min
        if out and last is not None and (day - last).days <= UNDATED_GAP_DAYS:
            out[-1].append(f)
        else:
            out.append([f])
        last = day
    return out


def _other_row(key: tuple, group: list[dict]) -> dict:
    fields = dict(zip(OTHER_KEY, key[:-1], strict=True))
    figure = key[-1]
    first_published = min((f["published"] for f in group if f["published"]), default=None)
    anchor = None if fields["date"] or fields["period_start"] else first_published
    event_id = _hash("ev-", *key, anchor)
    for f in group:
        f["event_id"] = event_id
    lows = [f["low"] for f in group if f["low"] is not None]
    return {
        "event_id": event_id,
        **fields,
        "dates_stated": _joined(str(f["date"]) for f in group if f["date"]),
        "best": figure,
        "low": min(lows) if lows else None,
        "high": None if any(f["high"] is None for f in group) else max(f["high"] for f in group),
        "disputed": False,
        "stage_id": event_id.replace("ev-", "st-", 1),
        "role": "single",
        "part_of": None,
        "summable": False,
        **_provenance(group),
    }
