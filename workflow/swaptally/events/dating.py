"""Days for undated figures: from their own text, from other outlets, from publication.

A text states "307 came home on Saturday" in the lead and "the 307 …" later without
the day; an outlet quotes "each side received 195 soldiers" without a day at all.
Each step below gives an undated figure a day only where one reading is clear, and
never to a figure the text places in the past (background) or to a running total.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import polars as pl

MATCH_WINDOW_DAYS = 10  # an undated figure may join a stage dated this many days before its text
MOVES = ("exchange", "release")


def _undated(row: dict) -> bool:
    return row["date"] is None and row["period_start"] is None


def _candidate(row: dict) -> bool:
    """An undated reported stage figure of one side that may be given a day."""
    return (
        _undated(row)
        and row["status"] == "reported"
        and row["scope"] == "stage"
        and not row["background"]
        and row["kind"] in MOVES
        and row["persons_of"] != "XX"
    )


def _same_holder(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _stage_dates(rows: list[dict]) -> dict[tuple, set[dt.date]]:
    """persons_of → the days of dated stage figures (and their figures) in these rows."""
    out: dict[tuple, set[dt.date]] = defaultdict(set)
    for r in rows:
        if r["date"] is not None and r["status"] == "reported" and r["scope"] == "stage":
            out[r["persons_of"]].add(r["date"])
    return out


def _in_document(rows: list[dict]) -> None:
    """Same figure dated elsewhere in the text, or a part of the one dated stage of its side."""
    dated = [r for r in rows if r["date"] is not None and r["scope"] == "stage"]
    days = _stage_dates(rows)
    for r in rows:
        if not _candidate(r):
            continue
        same = {
            d["date"]
            for d in dated
            if d["persons_of"] == r["persons_of"]
            and d["status"] == r["status"]
            and _same_holder(d["held_by"], r["held_by"])
            and (d["low"], d["high"]) == (r["low"], r["high"])
        }
        if len(same) == 1:
            r["date"], r["date_inherited"] = same.pop(), True
            continue
        side_days = days.get(r["persons_of"], set())
        if not side_days and r["kind"] == "exchange" and r["held_by"]:
            side_days = days.get(r["held_by"], set())  # the other side of the same swap
        if len(side_days) == 1:  # the one handover of its side the text dates
            r["date"], r["date_inherited"] = next(iter(side_days)), True


def _may_match(r: dict) -> bool:
    """An undated figure that another text may date: a reported stage or a plan."""
    if r["status"] == "planned":
        return _undated(r) and not r["background"]
    return _candidate(r)


def _across_sources(rows: list[dict]) -> None:
    """The one stage (or plan) of the same side and figure that other texts date near it.

    A reported figure looks back (its stage happened before the text); a plan looks
    either way. With two candidates the figure stays undated: guessing could merge
    different events; it is then not given its publication day either.
    """
    when: dict[tuple, set[tuple]] = defaultdict(set)
    for r in rows:
        if _undated(r) or (r["status"] == "reported" and r["scope"] != "stage"):
            continue
        key = (r["status"], r["persons_of"], r["low"], r["high"])
        when[key].add((r["date"], r["period_start"], r["period_end"], r["scope"]))
    for r in rows:
        if not _may_match(r) or r["published"] is None:
            continue
        found = set()
        for day, start, end, scope in when.get(
            (r["status"], r["persons_of"], r["low"], r["high"]), ()
        ):
            lag = (r["published"] - (day or start)).days
            if 0 <= lag <= MATCH_WINDOW_DAYS or (
                r["status"] == "planned" and abs(lag) <= MATCH_WINDOW_DAYS
            ):
                found.add((day, start, end, scope))
        if len(found) == 1:
            day, start, end, scope = found.pop()
            r.update(date=day, period_start=start, period_end=end, scope=scope, date_inherited=True)
        elif found:
            r["_ambiguous"] = True


def _publication_day(rows: list[dict]) -> None:
    """A text's undated news figure is of its publication day, unless it dates another stage.

    Texts report a handover the day it happens or the day after; the check against other
    outlets (same figure within a day merges) absorbs the day's difference. A text that
    dates a stage of the same side itself is not overruled: its undated figure stays so.
    """
    days = _stage_dates(rows)
    for r in rows:
        if r.get("_ambiguous") or r["published"] is None:
            continue
        if _candidate(r) and not days.get(r["persons_of"]):
            r["date"], r["date_inherited"] = r["published"], True


def assign_dates(facts: pl.DataFrame) -> pl.DataFrame:
    """Facts (with scope and background) with days for undated figures, `date_inherited` set."""
    rows = facts.with_columns(date_inherited=pl.lit(False)).to_dicts()
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_doc[r["doc_id"]].append(r)
    for doc_rows in by_doc.values():
        _in_document(doc_rows)
    _across_sources(rows)
    for doc_rows in by_doc.values():
        _in_document(doc_rows)  # again: a figure dated by another text dates its neighbours
        _publication_day(doc_rows)
    schema = facts.schema | {"date_inherited": pl.Boolean}
    return pl.DataFrame([{k: r[k] for k in schema} for r in rows], schema=schema, orient="row")
