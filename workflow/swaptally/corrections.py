"""A reviewer's corrections: stable fact ids, data/corrections.yaml, applied before events.

Every fact gets an id from its source (the document's URL, else its path) and the
figure's place in the text (its character span; the rank among the facts drawn
from that same span, since "each side returned 307" gives one fact per side).
Nothing about other documents or row order enters it, so adding texts to the
corpus keeps every id, and a correction written against an id keeps applying.

A corrections file is a YAML list of entries `{fact, action, reason[, set, by,
date]}`: `drop` removes the fact, `set` changes the listed fields; `add` (with
`document`, `quote` and `fields` instead of `fact`) gives a fact the extractor
missed (swaptally.added_facts). They are applied to the facts before events are
built, so events, totals and reports follow; each applied entry is listed with the
fact before and after. Reading and checking the file: swaptally.corrections_load.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import polars as pl

from swaptally import tables, wording
from swaptally.errors import InputError

log = logging.getLogger("swaptally")

SCHEMA = Path(__file__).resolve().parents[1] / "schemas" / "corrections.schema.yaml"
ID_PREFIX = "fa-"
# The fields a `set` may change, in the order a fact is described. Provenance
# (document, sentence, span, rule) is what the fact *is*; it cannot be set.
SETTABLE = (
    "kind",
    "status",
    "persons_of",
    "held_by",
    "category",
    "low",
    "high",
    "qualifier",
    "date",
    "period_start",
    "period_end",
    "said_by",
    "scope",
)
DATE_FIELDS = ("date", "period_start", "period_end")


class CorrectionsError(InputError):
    """A corrections file the workflow cannot apply; the message names file, entry and field."""


# ---------------------------------------------------------------- fact ids


def _rank_key(fact: Any) -> tuple:
    """Order of the facts drawn from one span: by side, then everything else that differs."""
    return (
        fact.span_start,
        fact.span_end,
        fact.persons_of or "",
        fact.held_by or "",
        fact.category,
        fact.kind,
        fact.status,
        -1 if fact.low is None else fact.low,
        -1 if fact.high is None else fact.high,
    )


def fact_id(source: str, span_start: int, span_end: int, rank: int = 0) -> str:
    """The id of the rank-th fact (0-based) drawn from text[span_start:span_end] of source."""
    key = f"{source}\0{span_start}\0{span_end}\0{rank}".encode()
    return ID_PREFIX + hashlib.sha256(key).hexdigest()[:16]


def fact_ids(source: str, facts: Sequence[Any]) -> list[str]:
    """Ids of one document's facts (extract.Fact or rows with the same fields), in their order.

    `source` is the document's URL, or its path when it has none.
    """
    ids = [""] * len(facts)
    taken: Counter[tuple[int, int]] = Counter()
    for i in sorted(range(len(facts)), key=lambda i: _rank_key(facts[i])):
        place = (facts[i].span_start, facts[i].span_end)
        ids[i] = fact_id(source, *place, taken[place])
        taken[place] += 1
    return ids


def source_of(url: str | None, path: str) -> str:
    """What a fact id is built from: the URL when the document has one, else its path."""
    return url if url else path


# ---------------------------------------------------------------- the file


@dataclass(frozen=True, slots=True)
class Correction:
    fact: str  # the fact's id; "" for an add (its id is made when its figure is found)
    action: str  # drop | set | add
    reason: str
    values: dict[str, Any] = field(default_factory=dict)  # field → new value (set, add)
    by: str | None = None
    on: dt.date | None = None
    entry: int = 0  # 1-based position in the file, for messages
    document: str | None = None  # add: the document's path or URL
    quote: str | None = None  # add: words of its text around the figure
    figure: str | None = None  # add: the figure as written, when the quote has several
    file: str = ""  # the corrections file it is in, for messages


def where(c: Correction) -> str:
    """'data/corrections.yaml: entry 3': where a message about an entry points."""
    return f"{c.file}: entry {c.entry}" if c.file else f"correction {c.entry}"


# ---------------------------------------------------------------- applying them
def describe(row: dict) -> str:
    """A fact's settable fields as 'kind=held; status=estimated; …' (null fields left out)."""
    parts = []
    for name in SETTABLE:
        value = row.get(name)
        if value is not None:
            parts.append(f"{name}={value.isoformat() if isinstance(value, dt.date) else value}")
    return "; ".join(parts)


def _change(c: Correction, before: dict | None, after: dict | None) -> str:
    if before is None:
        return "no such fact: the id matches nothing in this corpus"
    if c.action == "drop" or after is None:
        return f"dropped: {fact_words(before)}"
    changed = [n for n in SETTABLE if n in c.values and before.get(n) != after.get(n)]
    if not changed:
        return unchanged(c.values, after.get)
    return "; ".join(f"{n}: {_shown(before.get(n))} → {_shown(after.get(n))}" for n in changed)


def unchanged(set_fields: Iterable[str], value_of: Callable[[str], Any]) -> str:
    """What a set that left every value as extracted did (`value_of`: a field's value)."""
    # a day the extractor read is one the events step may still take away (a recap's, an
    # agreement's); set, it stays: the entry did change the tables
    days = [n for n in DATE_FIELDS if n in set_fields]
    if days:
        return "; ".join(f"{n}: {_shown(value_of(n))}, as extracted, kept as set" for n in days)
    return "no change: the fact already had these values"


def fact_words(row: dict) -> str:
    """'8,000–10,000 UA held estimated 2025-05-26', 'more than 8,000 UA held estimated':
    what a reader needs to know which fact it was, its figure as a source would say it."""
    figure = wording.figure(row.get("low"), row.get("high"))
    parts = [figure, row.get("persons_of"), row.get("kind"), row.get("status"), _when(row)]
    return " ".join(str(p) for p in parts if p is not None)


def _when(row: dict) -> str | None:
    """The fact's day, else its period in full: a year's total read as '2022-02-24' alone
    looks like one swap on that day."""
    if row.get("date") is not None:
        return str(row["date"])
    start, end = row.get("period_start"), row.get("period_end")
    if start is not None and end is not None:
        return f"{start} to {end}"
    if start is not None:
        return f"since {start}"
    return None if end is None else f"until {end}"


def _shown(value: Any) -> str:
    return "–" if value is None else str(value)


def _set_fields(facts: pl.DataFrame, sets: list[Correction]) -> pl.DataFrame:
    """Facts with the corrected fields replaced (a field set to null becomes null)."""
    names = [n for n in SETTABLE if any(n in c.values for c in sets)]
    if "scope" in names and "scope" not in facts.columns:
        # the events step finds every other fact's scope; a reviewer's is kept (add_scope)
        facts = facts.with_columns(scope=pl.lit(None, pl.String))
    missing = [n for n in names if n not in facts.columns]
    if missing:
        raise CorrectionsError(f"corrections set {', '.join(missing)}, which facts do not have")
    schema = {"fact_id": pl.String()}
    for name in names:
        schema[f"_set_{name}"] = pl.Boolean()
        schema[f"_new_{name}"] = facts.schema[name]
    rows = []
    for c in sets:
        row: dict[str, Any] = {"fact_id": c.fact}
        for name in names:
            row[f"_set_{name}"] = name in c.values
            row[f"_new_{name}"] = c.values.get(name)
        rows.append(row)
    updates = pl.DataFrame(rows, schema=schema, orient="row")
    out = facts.join(updates, on="fact_id", how="left", maintain_order="left")
    out = out.with_columns(
        pl.when(pl.col(f"_set_{n}").fill_null(False))
        .then(pl.col(f"_new_{n}"))
        .otherwise(n)
        .alias(n)
        for n in names
    )
    days = [f"_set_{n}" for n in DATE_FIELDS if n in names]
    if days and "date_source" in out.columns:
        # a day a person set is no source the extractor read, nor a guess to move
        out = out.with_columns(
            date_source=pl.when(pl.any_horizontal(pl.col(days).fill_null(False)))
            .then(None)
            .otherwise(pl.col("date_source"))
        )
    return out.drop([c for c in updates.columns if c != "fact_id"])


def _rows_by_id(facts: pl.DataFrame, ids: list[str]) -> dict[str, dict]:
    found = facts.filter(pl.col("fact_id").is_in(ids)).sort("fact_id", maintain_order=True)
    return {row["fact_id"]: row for row in found.iter_rows(named=True)}


def with_bounds(c: Correction, before: Any) -> Correction:
    """The set as it applies to its fact: one bound given alone on an exact figure (low ==
    high) moves the other with it, as an add's `high` is its `low` unless given, so
    `set: {low: 30}` on '175' makes 30, not the range 30–175. A range keeps the bound
    not named; a bound set to null (an open range) moves nothing."""
    get = before.get if isinstance(before, dict) else lambda k: getattr(before, k)
    low, high = get("low"), get("high")
    if c.action != "set" or low is None or low != high:
        return c
    named = {n: c.values[n] for n in ("low", "high") if n in c.values}
    if len(named) != 1 or None in named.values():
        return c
    (value,) = named.values()
    return replace(c, values={**c.values, "low": value, "high": value})


def set_refused(c: Correction, after: Any) -> str | None:
    """Why a set cannot stand on its fact, None when it can. after: the fact as set (a row
    or an object with `low` and `high`); the events step stops on it, explain says it."""
    get = after.get if isinstance(after, dict) else lambda k: getattr(after, k)
    low, high = get("low"), get("high")
    if low is not None and high is not None and low > high:
        return f"fact {c.fact} would have low {low} > high {high}"
    return None


def apply_corrections(
    facts: pl.DataFrame, corrections: Sequence[Correction], strict: bool = False
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(corrected facts, the corrections table: one row per entry, with before and after).

    An entry whose fact id matches no fact is logged as a warning and listed with
    applied=false; with strict=True it is a CorrectionsError instead. Entries that add a
    fact are left to swaptally.added_facts (they need the documents' texts).
    """
    corrections = [c for c in corrections if c.action != "add"]
    if not corrections:
        return facts, tables.frame([], tables.CORRECTION_COLUMNS)
    before = _rows_by_id(facts, [c.fact for c in corrections])
    stale = [c for c in corrections if c.fact not in before]
    for c in stale:
        log.warning("%s: fact %s does not exist (stale id); not applied", where(c), c.fact)
    if strict and stale:
        raise CorrectionsError(
            "; ".join(f"{where(c)}: fact {c.fact} does not exist (stale id)" for c in stale)
            + " (strict: every correction must apply)"
        )
    corrections = [with_bounds(c, before[c.fact]) if c.fact in before else c for c in corrections]
    drops = [c.fact for c in corrections if c.action == "drop" and c.fact in before]
    sets = [c for c in corrections if c.action == "set" and c.fact in before]
    out = facts.filter(~pl.col("fact_id").is_in(drops))
    if sets:
        out = _set_fields(out, sets)
    after = _rows_by_id(out, [c.fact for c in sets])
    for c in sets:
        refused = set_refused(c, after[c.fact])
        if refused:
            raise CorrectionsError(f"{where(c)}: {refused}")
    return out, _table(corrections, before, after)


def _table(corrections: list[Correction], before: dict, after: dict) -> pl.DataFrame:
    rows = []
    for c in corrections:
        was, now = before.get(c.fact), after.get(c.fact)
        fact = now or was or {}
        rows.append(
            {
                "fact_id": c.fact,
                "action": c.action,
                "applied": was is not None,
                "change": _change(c, was, now),
                "reason": c.reason,
                "by": c.by,
                "decided_on": c.on,
                "persons_of": fact.get("persons_of"),
                "date": fact.get("date"),
                "publisher": fact.get("publisher"),
                "published": fact.get("published"),
                "path": fact.get("path"),
                "sentence": fact.get("sentence"),
                "before": describe(was) if was else None,
                "after": describe(now) if now else None,
            }
        )
    return tables.frame(rows, tables.CORRECTION_COLUMNS)
