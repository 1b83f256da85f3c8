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
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import polars as pl

from swaptally.corrections import set_refused
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
        return f.rule
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
    or drop of an added fact, or of one an add stands for, is not applied."""
    from swaptally.added_facts import add_facts, beside, beside_warning, replaced_by, take_ids
    from swaptally.corrections import where

    adds = [c for c in corrections if c.action == "add" and _names(c, doc.path, doc.url)]
    adds = [dataclasses.replace(c, document=doc.path) for c in adds]
    extracted = pl.DataFrame(
        {
            "doc_id": [doc.doc_id] * len(facts),
            "span_start": [f.span_start for f in facts],
            "span_end": [f.span_end for f in facts],
            "persons_of": [f.persons_of for f in facts],
            "held_by": [f.held_by for f in facts],
            "fact_id": list(ids),
            "kind": [f.kind for f in facts],
            "status": [f.status for f in facts],
        },
        schema={
            "doc_id": pl.String,
            "span_start": pl.Int64,
            "span_end": pl.Int64,
            "persons_of": pl.String,
            "held_by": pl.String,
            "fact_id": pl.String,
            "kind": pl.String,
            "status": pl.String,
        },
    )
    problems: list[str] = []
    added_rows: list[dict] = []
    replaced: dict[str, tuple[str, Any]] = {}  # extracted id → (added id, its entry)
    edits = {c.fact: c for c in corrections if c.action in ("drop", "set")}
    others = pl.DataFrame()
    if adds:
        documents = pl.DataFrame(
            [{"doc_id": doc.doc_id, "path": doc.path, "publisher": doc.publisher,
              "published": doc.published, "url": doc.url, "text": doc.text}],
            schema={"doc_id": pl.String, "path": pl.String, "publisher": pl.String,
                    "published": pl.Date, "url": pl.String, "text": pl.String},
        )  # fmt: skip
        added = add_facts(adds, documents, warn=False)  # said here, at the text
        entries = {c.entry: c for c in adds}
        problems = [f"{where(entries[e])}: {why}; not applied" for e, why in added.missing.items()]
        added = take_ids(added, extracted)
        added_rows = list(added.facts.iter_rows(named=True))
        for row in replaced_by(extracted, added.facts).iter_rows(named=True):
            replaced.setdefault(row["fact_id"], (row["added_id"], entries[row["_entry"]]))
        others = beside(extracted, added.facts, list(edits.values()))
    shown: list[Shown] = []
    for f, id_ in zip(facts, ids, strict=True):
        shown.append(_extracted(f, id_, edits.get(id_), replaced.get(id_), where))
    for row in added_rows:
        c = next(a for a in adds if a.entry == row["_entry"])
        notes = [f"added by {where(c)}{_who(c)}"]
        gone = sorted(i for i, (a, _) in replaced.items() if a == row["fact_id"])
        if gone:
            notes.append(f"stands for the extracted {', '.join(gone)} (the same figure and side)")
        mine = others.filter(pl.col("_entry") == c.entry) if others.height else others
        if mine.height:
            notes.append(f"check: {beside_warning(mine, row['persons_of'])}")
        edit = edits.get(row["fact_id"])
        if edit is not None:
            notes.append(
                f"{edit.action} by {where(edit)} not applied: it is this add's fact; put the "
                "change in the add (or remove it)"
            )
        fact = SimpleNamespace(**row, how=None)
        shown.append(Shown(fact, row["fact_id"], "++", tuple(notes)))
    shown.sort(key=lambda s: (s.fact.sentence_no, s.fact.span_start, s.mark == "++"))
    return shown, problems


def _extracted(f: Fact, id_: str, edit: Any, replaced: tuple | None, where: Any) -> Shown:
    """An extracted fact with what a drop, a set or an add did to it."""
    if replaced is not None:
        added_id, c = replaced
        which = "the fact" if added_id == id_ else f"{added_id},"
        notes = [f"not counted: {which} added by {where(c)}, stands for it"]
        if edit is not None:
            notes.append(
                f"{edit.action} by {where(edit)} not applied: the add stands for this fact; "
                "put the change in the add"
            )
        return Shown(f, id_, "xx", tuple(notes))
    if edit is None:
        return Shown(f, id_)
    if edit.action == "drop":
        return Shown(f, id_, "xx", (f"dropped by {where(edit)}{_who(edit)}",))
    names = {fld.name for fld in dataclasses.fields(Fact)}
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
    said = "; ".join(changes) if changes else "no change: the fact already had these values"
    return Shown(after, id_, ">>", (f"set by {where(edit)}: {said}{_who(edit)}",))
