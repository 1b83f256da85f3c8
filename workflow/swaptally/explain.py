"""Show why facts were (or were not) extracted: the text with each fact at its sentence.

With a reviewer's corrections (data/corrections.yaml) the text shows what the events step
will count: an added fact at its sentence (`++`, rule `added`), a dropped one or one an
add stands for (`xx`), a changed one with its new values (`>>`), one whose set the events
step refuses (`!!`, low above high), each with the entry of the file that did it, its
reason and who decided it when.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import polars as pl

from swaptally import tables
from swaptally.added_facts import (
    add_facts,
    beside,
    beside_warning,
    entries,
    not_applied,
    replaced_by,
    take_ids,
)
from swaptally.corrections import set_refused, unchanged, where, with_bounds
from swaptally.extract import Fact
from swaptally.sentences import sentence_spans

__all__ = ["Shown", "corrected", "explain"]


@dataclass(frozen=True, slots=True)
class Shown:
    """One fact as explain prints it: the fact (an extract.Fact, or an added fact's row
    with the same fields), its id, its mark and what the corrections did to it."""

    fact: Any
    id: str | None
    # >> counted; ++ added by a reviewer; xx not counted (dropped, replaced); !! counted as
    # extracted, its set refused (the events step stops on that entry)
    mark: str = ">>"
    notes: tuple[str, ...] = ()


def _describe(s: Shown, text: str) -> str:
    f = s.fact
    figure = text[f.span_start : f.span_end]
    rng = f"{f.low}" if f.low == f.high else f"{f.low}..{f.high}"
    when = f.date.isoformat() if f.date else "-"
    if f.period_start or f.period_end:
        when += f" period {f.period_start or '?'}..{f.period_end or '?'}"
    said = f" said_by={f.said_by!r}" if f.said_by else ""
    ident = f" {s.id}" if s.id else ""
    lines = [
        f"  {s.mark}{ident} [{f.rule}] {figure!r}: {f.kind} {f.status} persons_of={f.persons_of} "
        f"held_by={f.held_by} {f.category} {rng} ({f.qualifier}) date={when}{said}",
        f"     stages: {_stages(f)}",
    ]
    lines.extend(f"     {note}" for note in s.notes)
    return "\n".join(lines)


def _stages(f: Any) -> str:
    """Which stage and rule made each part of the fact."""
    how = f.how
    if how is None:  # the Russian/Ukrainian extractor's facts and added ones: the rule says it
        source = getattr(f, "date_source", None)  # recorded by that extractor for a guess
        return f.rule if source is None else f"{f.rule} dating={source}"
    parts = [
        f"mentions={how.mention or '-'}",
        f"sides={how.side}",
        f"kind_status={how.kind}",
        f"dating={how.date}",
    ]
    if how.steps:
        parts.append("then=" + ",".join(str(s) for s in how.steps))
    return " ".join(parts)


def explain(
    text: str,
    facts: Sequence[Fact] | Sequence[Shown],
    ids: Sequence[str] | None = None,
    notes: Sequence[str] = (),
) -> str:
    """`text` one sentence a line, numbered, each followed by the facts drawn from it.

    With ids (corrections.fact_ids, one per fact) each fact shows its id. Facts given as
    Shown (`corrected`) carry their id, mark and notes; `notes` (corrections of this text
    that found nothing) close the listing.
    """
    shown = [
        f if isinstance(f, Shown) else Shown(f, id_)
        for f, id_ in zip(facts, ids or [None] * len(facts), strict=True)
    ]
    by_sentence: dict[int, list[Shown]] = {}
    for s in shown:
        by_sentence.setdefault(s.fact.sentence_no, []).append(s)
    lines = []
    for no, (start, end) in enumerate(sentence_spans(text)):
        mark = "*" if no in by_sentence else " "
        lines.append(f"{mark}{no:4d}  {text[start:end]}")
        lines.extend(_describe(s, text) for s in by_sentence.get(no, []))
    counted = [s for s in shown if s.mark != "xx"]
    total = len(counted)
    summary = f"-- {total} fact{'s' if total != 1 else ''} in {len(by_sentence)} sentences"
    if any(s.mark != ">>" or s.notes for s in shown):
        summary = (
            f"-- {total} fact{'s' if total != 1 else ''} counted, in "
            f"{len({s.fact.sentence_no for s in counted})} sentences (corrections: "
            f"{_tally(shown)})"
        )
    lines.extend(f"!! {note}" for note in notes)
    lines.append(summary)
    return "\n".join(lines) + "\n"


def _tally(shown: Sequence[Shown]) -> str:
    marks = [s.mark for s in shown]
    changed = sum(1 for s in shown if s.mark == ">>" and s.notes)
    parts = [
        (marks.count("++"), "added"),
        (changed, "changed"),
        (marks.count("xx"), "not counted"),
        (marks.count("!!"), "refused"),
    ]
    return ", ".join(f"{n} {what}" for n, what in parts if n) or "none apply"


# ---------------------------------------------------------------- corrections


def _who(c: Any) -> str:
    """' — "reason" (J. Editor, 2025-06-02)': the reason and, when recorded, who and when."""
    said = [p for p in (c.by, c.on.isoformat() if c.on else None) if p]
    return f' — "{c.reason}"' + (f" ({', '.join(said)})" if said else "")


def _names(c: Any, path: str, url: str | None) -> bool:
    """Whether an add's `document` is this text: its path or URL (as in documents.csv),
    or the same file by another spelling of its path."""
    if c.document in (path, url):
        return True
    try:
        return Path(c.document).resolve() == Path(path).resolve()
    except (OSError, ValueError):
        return False


def _value(v: Any) -> str:
    return "–" if v is None else v.isoformat() if isinstance(v, dt.date) else str(v)


def corrected(
    doc: Any, facts: Sequence[Fact], ids: Sequence[str], corrections: Sequence[Any]
) -> tuple[list[Shown], list[str]]:
    """(the facts of one text as the corrections leave them, in text order, each with what
    was done to it; the corrections meant for this text that found nothing).

    doc: an ingest.Document; ids: corrections.fact_ids of facts. As the events step does
    (merge, added_facts): a drop or set names its fact by id; an add is found by its
    document and quote and stands for the extracted facts of its figure and side; a set
    or drop of an added fact, or of one an add stands for, is not applied (not_applied)."""
    adds = [
        dataclasses.replace(c, document=doc.path)
        for c in corrections
        if c.action == "add" and _names(c, doc.path, doc.url)
    ]
    edits = {c.fact: c for c in corrections if c.action in ("drop", "set")}
    rows = [
        {"doc_id": doc.doc_id, "fact_id": id_, **{k: getattr(f, k) for k in _EXTRACTED[2:]}}
        for f, id_ in zip(facts, ids, strict=True)
    ]
    extracted = tables.frame(rows, [c for c in tables.FACT_COLUMNS if c[0] in _EXTRACTED])
    added = take_ids(add_facts(adds, _documents(doc), warn=False), extracted)  # said here
    entry = {c.entry: c for c in adds}
    problems = [f"{where(entry[e])}: {why}; not applied" for e, why in added.missing.items()]
    replaced = replaced_by(extracted, added.facts)
    blocked = {
        c.fact: f"{c.action} by {where(c)} {why}"
        for c in edits.values()
        if (why := not_applied(c, entries(replaced), entries(added.facts)))
    }
    standing: dict[str, tuple[str, Any]] = {}  # extracted id → (the add's id, its entry)
    for r in replaced.iter_rows(named=True):
        standing.setdefault(r["fact_id"], (r["added_id"], entry[r["_entry"]]))
    shown = [
        _extracted(f, id_, edits.get(id_), standing.get(id_), blocked.get(id_))
        for f, id_ in zip(facts, ids, strict=True)
    ]
    others = beside(extracted, added.facts, list(edits.values()))
    for row in added.facts.iter_rows(named=True):
        shown.append(_added(row, entry[row["_entry"]], replaced, others, blocked))
    shown.sort(key=lambda s: (s.fact.sentence_no, s.fact.span_start, s.mark == "++"))
    return shown, problems


# the fields of an extracted fact the add and beside rules read
_EXTRACTED = (
    "doc_id",
    "fact_id",
    "span_start",
    "span_end",
    "persons_of",
    "held_by",
    "kind",
    "status",
)


def _documents(doc: Any) -> pl.DataFrame:
    """The one text as a documents table (what add_facts finds an add's quote in)."""
    fields = {name: getattr(doc, name, None) for name, _, _ in tables.DOCUMENT_COLUMNS}
    return tables.frame([{**fields, "warnings": None}], tables.DOCUMENT_COLUMNS)


def _added(
    row: dict, c: Any, replaced: pl.DataFrame, others: pl.DataFrame, blocked: dict[str, str]
) -> Shown:
    """An added fact with the entry that added it, the extracted facts it stands for, the
    facts it is counted beside and an edit of it that is not applied."""
    notes = [f"added by {where(c)}{_who(c)}"]
    gone = sorted(set(replaced.filter(pl.col("_entry") == c.entry)["fact_id"]))
    if gone:
        notes.append(f"stands for the extracted {', '.join(gone)} (the same figure and side)")
    mine = others.filter(pl.col("_entry") == c.entry)
    if mine.height:
        notes.append(f"check: {beside_warning(mine, row['persons_of'])}")
    if row["fact_id"] in blocked:
        notes.append(blocked[row["fact_id"]])
    return Shown(SimpleNamespace(**row, how=None), row["fact_id"], "++", tuple(notes))


def _extracted(
    f: Fact, id_: str, edit: Any, standing: tuple[str, Any] | None, blocked: str | None
) -> Shown:
    """An extracted fact with what a drop, a set or an add (`standing`: the id and entry
    of the add that stands for it) did to it."""
    if standing is not None:
        added_id, c = standing
        which = "the fact" if added_id == id_ else f"{added_id},"
        notes = [f"not counted: {which} added by {where(c)}, stands for it"]
        return Shown(f, id_, "xx", (*notes, *([blocked] if blocked else [])))
    if edit is None:
        return Shown(f, id_)
    if edit.action == "drop":
        return Shown(f, id_, "xx", (f"dropped by {where(edit)}{_who(edit)}",))
    names = {fld.name for fld in dataclasses.fields(Fact)}
    edit = with_bounds(edit, f)
    values = {k: v for k, v in edit.values.items() if k in names}
    after = dataclasses.replace(f, **values)
    refused = set_refused(edit, after)
    if refused:  # the events step stops on it: the fact stays as extracted until it is fixed
        return Shown(f, id_, "!!", (f"set by {where(edit)} not applied: {refused}{_who(edit)}",))
    changes = [
        f"{k}: {_value(getattr(f, k, None))} → {_value(v)}"
        for k, v in edit.values.items()
        if getattr(f, k, None) != v
    ]
    said = "; ".join(changes) if changes else unchanged(edit.values, partial(getattr, after))
    return Shown(after, id_, ">>", (f"set by {where(edit)}: {said}{_who(edit)}",))
