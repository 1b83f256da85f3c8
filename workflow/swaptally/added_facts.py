"""A reviewer's added facts: figures the extractor missed, named by document and quote.

An `add` entry of data/corrections.yaml names the document (its path or URL, as in
documents.csv), a quote of its text around the figure and the fact's fields. The
quote is looked up in the text (the first place it occurs; runs of white space and
the kind of apostrophe or quotation mark do not matter), the figure in the quote
(the one whose value is the entry's `low`, or the number in the entry's `figure`: the
figure as written, with a word beside it to pick one of two written alike), and the
fact gets what an extracted one has: its sentence, the figure's span (qualifier
words included, as extraction spans it) and an id made from source and span
(corrections.fact_ids), so it is as stable as an extracted fact's. Its rule is
`added`.

When extraction finds a fact of the same side at the same figure (its span overlaps
the added one's, in the same document, with the same persons_of and held_by), the
reviewer's fact stands for it and takes its id: the extracted one is left out, so the
figure is never counted twice, and the corrections table says which fact was replaced.
The extracted facts of the figure's other sides stay (an add of one side of "each
returned 95" leaves the other side as extracted); an add that replaces none gets an id
no extracted fact of its document has.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

import polars as pl

from swaptally import tables
from swaptally.corrections import (
    Correction,
    CorrectionsError,
    describe,
    fact_id,
    fact_ids,
    fact_words,
    source_of,
    where,
)
from swaptally.numbers import find_quantities
from swaptally.sentences import sentence_spans

log = logging.getLogger("swaptally")

RULE = "added"
DOCUMENT_FIELDS = ["doc_id", "path", "publisher", "published", "url"]
# typed one way by the reviewer, another in the text
_ALIKE = {"'": "['‘’ʼ`]", "’": "['‘’ʼ`]", '"': '["“”«»„]', "“": '["“”«»„]', "”": '["“”«»„]'}


# a written number: digits, with separators between them
_DIGITS = re.compile(r"\d(?:[\d,. ]*\d)?")


@dataclass(frozen=True, slots=True)
class Added:
    """The facts the adds give (tables.FACT_COLUMNS, the reviewer's `scope` and the
    `_entry` of each, in entry order) and the adds not found (entry → the reason)."""

    facts: pl.DataFrame
    missing: dict[int, str]


def _pattern(words: str) -> re.Pattern[str]:
    """words as a pattern: any white space between them, any apostrophe or quotation mark."""
    parts = []
    for word in words.split():
        parts.append("".join(_ALIKE.get(ch, re.escape(ch)) for ch in word))
    return re.compile(r"\s+".join(parts))


def _near_miss(text: str, quote: str | None) -> str:
    """Where a quote stops matching its text: its longest opening found (three words or
    more), then what the text reads there, so a typo or a changed word is seen at once."""
    words = (quote or "").split()
    for n in range(len(words) - 1, 2, -1):
        m = _pattern(" ".join(words[:n])).search(text)
        if m is not None:
            after = " ".join(text[m.end() :].split()[: len(words) - n])
            return f" (its first {n} words are there; the text goes on {after!r})"
    return ""


def _figure_span(text: str, start: int, end: int, c: Correction) -> tuple[int, int, str] | None:
    """The figure's (span_start, span_end, qualifier) in text[start:end], the quote."""
    quote = text[start:end]
    found = find_quantities(quote)
    if c.figure is not None:
        # the figure with words of its own beside it ("390 Russians") picks one of two
        # written alike; the figure is the number in those words
        m = _pattern(c.figure).search(quote)
        if m is None:
            return None
        # widened to the quantity that holds it ("about 1,000"), as extraction spans it
        for q in found:
            if q.start < m.end() and m.start() < q.end:
                return start + q.start, start + q.end, q.qualifier
        digits = _DIGITS.search(quote, m.start(), m.end())
        if digits is not None:
            return start + digits.start(), start + digits.end(), ""
        return start + m.start(), start + m.end(), ""
    low = c.values["low"]
    for q in found:
        if low in (q.low, q.value):
            return start + q.start, start + q.end, q.qualifier
    # figures find_quantities does not read (Cyrillic number words…): the digits
    for written in (f"{low:,}", str(low), f"{low:,}".replace(",", " ")):
        # a whole number: not the 95 of 1995 or of 950, nor of 1,950
        m = re.search(rf"(?<![\d.,]){re.escape(written)}(?![\d]|[.,]\d)", quote)
        if m is not None:
            return start + m.start(), start + m.end(), ""
    return None


def _qualifier(values: dict[str, Any], found: str) -> str:
    if values.get("qualifier"):
        return values["qualifier"]
    if found:
        return found
    return "exact" if values.get("high") == values["low"] else "range"


def _row(doc: dict, c: Correction, span: tuple[int, int, str]) -> dict[str, Any]:
    """The added fact's row (its id is given once the document's adds are all known)."""
    text = doc["text"]
    start, end, found = span
    spans = sentence_spans(text)
    no = next((i for i, (a, b) in enumerate(spans) if a <= start < b), len(spans) - 1)
    a, b = spans[no]
    values = dict(c.values)
    values.setdefault("high", values["low"])
    row = {name: doc[name] for name in DOCUMENT_FIELDS}
    row.update(
        sentence_no=no,
        sentence=text[a:b],
        span_start=start,
        span_end=end,
        rule=RULE,
        kind=values["kind"],
        status=values["status"],
        persons_of=values["persons_of"],
        held_by=values.get("held_by"),
        category=values.get("category") or "unspecified",
        low=values["low"],
        high=values["high"],
        qualifier=_qualifier(values, found),
        date=values.get("date"),
        period_start=values.get("period_start"),
        period_end=values.get("period_end"),
        said_by=values.get("said_by"),
        scope=values.get("scope"),
        _entry=c.entry,
    )
    return row


def _document(documents: pl.DataFrame, name: str) -> dict | None:
    """The kept document with this path, else this URL (the first by path)."""
    for column in ("path", "url"):
        rows = documents.filter(pl.col(column) == name)
        if rows.height:
            return rows.sort("path").row(0, named=True)
    return None


def add_facts(adds: Sequence[Correction], documents: pl.DataFrame, warn: bool = True) -> Added:
    """The facts of the `add` entries, found in the documents (doc_id, path, publisher,
    published, url, text of at least the documents they name); each add not found is
    logged as a warning unless warn=False (the caller says it)."""
    rows: list[dict[str, Any]] = []
    missing: dict[int, str] = {}
    for c in adds:
        doc = _document(documents, c.document or "")
        if doc is None:
            missing[c.entry] = f"no such document: {c.document} is not in documents.csv"
            continue
        m = _pattern(c.quote or "").search(doc["text"])
        if m is None:
            missing[c.entry] = (
                f"quote not found in {doc['path']}: {c.quote!r}{_near_miss(doc['text'], c.quote)}"
            )
            continue
        span = _figure_span(doc["text"], m.start(), m.end(), c)
        if span is None:
            shown = c.figure if c.figure is not None else c.values["low"]
            missing[c.entry] = f"figure {shown} not found in the quote {c.quote!r}"
            continue
        rows.append(_row(doc, c, span))
    entries = {c.entry: c for c in adds}
    _check_twice(rows, entries)
    for entry, why in missing.items() if warn else ():
        log.warning("%s: %s; not applied", where(entries[entry]), why)
    columns = [*tables.FACT_COLUMNS, ("scope", pl.String(), ""), ("_entry", pl.Int32(), "")]
    facts = tables.frame(_with_ids(rows), columns)
    return Added(facts=facts, missing=missing)


def _check_twice(rows: list[dict[str, Any]], entries: dict[int, Correction]) -> None:
    """Two entries that add the same side of one figure would count it twice."""
    seen: dict[tuple, int] = {}
    for row in rows:
        key = (row["doc_id"], row["span_start"], row["persons_of"], row["held_by"])
        if key in seen:
            held = f" held by {row['held_by']}" if row["held_by"] else ""
            raise CorrectionsError(
                f"{where(entries[row['_entry']])}: entry {seen[key]} adds this figure for "
                f"{row['persons_of']}{held} already (it would count twice); remove one of them"
            )
        seen[key] = row["_entry"]


def _with_ids(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each row with its fact_id, ranked among the adds of its span as extraction ranks."""
    by_source: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_source.setdefault(source_of(row["url"], row["path"]), []).append(row)
    for source, mine in by_source.items():
        ids = fact_ids(source, [SimpleNamespace(**r) for r in mine])
        for row, id_ in zip(mine, ids, strict=True):
            row["fact_id"] = id_
    return rows


SIDES = ["persons_of", "held_by"]


def replaced_by(extracted: pl.DataFrame, added: pl.DataFrame) -> pl.DataFrame:
    """The extracted facts (whole rows) an add stands for: at its figure (their spans
    overlap, in one document) and of its side (the same persons_of and held_by), with the
    id of the add (added_id) and its entry."""
    if not added.height or not extracted.height:
        return extracted.clear().with_columns(
            added_id=pl.lit(None, pl.String), _entry=pl.lit(None, pl.Int32)
        )
    adds = added.select(
        "doc_id", *SIDES, "span_start", "span_end", added_id="fact_id", _entry="_entry"
    ).unique(maintain_order=True)
    return (
        extracted.join(adds, on=["doc_id", *SIDES], suffix="_added", nulls_equal=True)
        .filter(
            (pl.col("span_start") < pl.col("span_end_added"))
            & (pl.col("span_end") > pl.col("span_start_added"))
        )
        .drop("span_start_added", "span_end_added")
    )


def beside(
    extracted: pl.DataFrame, added: pl.DataFrame, edits: Sequence[Correction] = ()
) -> pl.DataFrame:
    """The facts an add is counted beside: at its figure (their spans overlap, in one
    document), of another side (persons_of or held_by differ; not XX, which is never
    summed) and of the same kind and status, when the add stands for no extracted fact of
    its own. Such an add gives the figure one more side: right when the figure is each
    side's ("each freed 62" and the extractor read one side), the same people counted
    twice when it is one group whose side was read wrong (then the extracted fact wants a
    `set`, not an add beside it). The edits are seen as applied: a dropped fact is not
    there, a set one has its new side, kind and status. An extracted fact another add
    stands for (replaced_by) is not there either: that add is, as it is counted (a set or
    drop of the extracted fact would not be applied: the change belongs in that entry).
    Columns: _entry, fact_id, persons_of, held_by, by_entry (the entry of the add that
    is the fact, null for an extracted one)."""
    out = {
        "_entry": pl.Int32, "fact_id": pl.String, "persons_of": pl.String,
        "held_by": pl.String, "by_entry": pl.Int32,
    }  # fmt: skip
    if not added.height or not extracted.height:
        return pl.DataFrame(schema=out)
    keys = ["kind", "status", *SIDES]
    near = extracted.select("doc_id", "span_start", "span_end", "fact_id", *keys)
    near = near.with_columns(pl.col(k).cast(pl.String) for k in keys)
    dropped = [c.fact for c in edits if c.action == "drop"]
    sets = {c.fact: c.values for c in edits if c.action == "set"}
    if sets:  # the side, kind and status a set gives
        rows = [{**r, **{k: v for k, v in sets.get(r["fact_id"], {}).items() if k in keys}}
                for r in near.iter_rows(named=True)]  # fmt: skip
        near = pl.DataFrame(rows, schema=near.schema, orient="row")
    replaced = replaced_by(extracted, added)
    near = near.filter(~pl.col("fact_id").is_in(dropped) & (pl.col("persons_of") != "XX"))
    near = near.join(replaced.select("fact_id"), on="fact_id", how="anti")
    columns = ["doc_id", "span_start", "span_end", *[pl.col(k).cast(pl.String) for k in keys]]
    replacing = added.join(replaced.select("_entry").unique(), on="_entry", how="semi")
    near = pl.concat(
        [
            near.with_columns(by_entry=pl.lit(None, pl.Int32)),
            replacing.select(*columns, "fact_id", by_entry="_entry").select(
                *near.columns, "by_entry"
            ),
        ],
        how="vertical_relaxed",
    )
    alone = added.join(replaced.select("_entry"), on="_entry", how="anti")
    adds = alone.select("_entry", *columns)
    found = (
        near.join(adds, on=["doc_id", "kind", "status"], suffix="_added")
        .filter(
            (pl.col("span_start") < pl.col("span_end_added"))
            & (pl.col("span_end") > pl.col("span_start_added"))
            & (
                pl.col("persons_of").ne_missing(pl.col("persons_of_added"))
                | pl.col("held_by").ne_missing(pl.col("held_by_added"))
            )
        )
        .sort("_entry", "span_start", "fact_id")
    )
    return found.select(list(out)).cast(out)  # type: ignore[arg-type]


def named_beside(rows: pl.DataFrame, persons_of: str) -> pl.DataFrame:
    """The rows of beside() that beside_warning names: the same side's when there are
    (the others are as they were), else the other sides'."""
    same = rows.filter(pl.col("persons_of") == persons_of)
    return same if same.height else rows


def beside_warning(rows: pl.DataFrame, persons_of: str) -> str:
    """What a reviewer reads about an add of `persons_of` counted beside these facts
    (beside()): the same side's people twice, else another side's beside it; an extracted
    fact wants a `set` or `drop`, another add a change of its entry."""

    def listed(frame: pl.DataFrame) -> str:
        named = []
        for r in frame.iter_rows(named=True):
            side = r["persons_of"] + (f" held by {r['held_by']}" if r["held_by"] else "")
            by = r.get("by_entry")
            named.append(f"{r['fact_id']} ({side})" if by is None else f"{by} ({side})")
        return ", ".join(named)

    def facts(frame: pl.DataFrame) -> str:
        extracted = frame.filter(pl.col("by_entry").is_null())
        adds = frame.filter(pl.col("by_entry").is_not_null())
        said = [f"the extracted {listed(extracted)}"] if extracted.height else []
        if adds.height:
            said.append(f"the add{'s' if adds.height > 1 else ''} of entry {listed(adds)}")
        return " and ".join(said)

    if "by_entry" not in rows.columns:
        rows = rows.with_columns(by_entry=pl.lit(None, pl.Int32))
    named = named_beside(rows, persons_of)
    adds = named["by_entry"].is_not_null()
    if named["persons_of"][0] == persons_of:
        fix = (
            "change that entry instead of adding another, or remove one"
            if adds.all()
            else "to change that fact, `set` it instead of adding; or `drop` it"
        )
        return (
            f"{facts(named)} count{'s' if named.height == 1 else ''} {persons_of} at this "
            f"figure already: the same people twice ({fix})"
        )
    mixed = "`set` the extracted fact's side or change the entry's instead of adding, or drop one"
    fix = (
        "change that entry's side instead of adding, or remove one"
        if adds.all()
        else "`set` that fact's side instead of adding, or `drop` it"
        if not adds.any()
        else mixed
    )
    return (
        f"counted beside {facts(named)} of the same figure: right if the figure is each "
        f"side's, one group counted twice if not (then {fix})"
    )


def entries(facts: pl.DataFrame) -> dict[str, int]:
    """fact_id → the entry of the add (an added fact's, or of the add that stands for an
    extracted fact: replaced_by's rows)."""
    return dict(zip(facts["fact_id"], facts["_entry"], strict=True))


def not_applied(c: Correction, replacing: dict[str, int], adding: dict[str, int]) -> str | None:
    """Why a drop or set is not applied, None when it is: it names an extracted fact an
    add stands for (replacing: entries(replaced_by(…))) or an added fact (adding:
    entries(added)). The add (which took the replaced fact's id) holds the reviewer's
    values of that figure and side, and a change of them belongs in it; an add dropped
    again is an entry to remove."""
    if c.fact in replacing:
        return (
            f"not applied: fact {c.fact} is replaced by the add of entry {replacing[c.fact]} "
            "(the same figure and side); put the change in that entry"
        )
    if c.fact in adding:
        return (
            f"not applied: fact {c.fact} is the add of entry {adding[c.fact]}; put the change "
            "in that entry (or remove it)"
        )
    return None


def take_ids(added: Added, extracted: pl.DataFrame) -> Added:
    """The adds with their final ids: an add that stands for an extracted fact
    (replaced_by) takes its id (the first by span); any other keeps its own unless an
    extracted fact of its document has it, when it takes the next rank at its span.
    extracted: the extracted facts of the adds' documents (doc_id, span_start,
    span_end, persons_of, held_by, fact_id)."""
    if not added.facts.height:
        return added
    replaced = replaced_by(extracted, added.facts).sort("_entry", "span_start", "fact_id")
    theirs: dict[int, str] = {}
    for entry, id_ in replaced.select("_entry", "fact_id").iter_rows():
        if id_ not in theirs.values():
            theirs.setdefault(entry, id_)
    rows = list(added.facts.iter_rows(named=True))
    taken = set(extracted["fact_id"]) | set(theirs.values())
    # the adds that replace none keep their own ids where they can
    pending = {r["fact_id"] for r in rows if r["_entry"] not in theirs}
    ids = []
    for row in rows:
        id_ = theirs.get(row["_entry"])
        if id_ is None:
            pending.discard(row["fact_id"])
            id_, rank = row["fact_id"], 0
            source = source_of(row["url"], row["path"])
            while id_ in taken or id_ in pending:
                id_ = fact_id(source, row["span_start"], row["span_end"], rank)
                rank += 1
            taken.add(id_)
        ids.append(id_)
    facts = added.facts.with_columns(fact_id=pl.Series(ids, dtype=pl.String))
    return Added(facts=facts, missing=added.missing)


def added_table(
    adds: Sequence[Correction],
    added: Added,
    replaced: pl.DataFrame,
    strict: bool = False,
    others: pl.DataFrame | None = None,
) -> pl.DataFrame:
    """The corrections table's rows of the adds, in entry order; with strict=True an add
    not found is a CorrectionsError. others: the extracted facts each add is counted
    beside (beside()): a warning in the log, the row's `warning` and its `beside_ids`."""
    if strict and added.missing:
        entries = {c.entry: c for c in adds}
        raise CorrectionsError(
            "; ".join(f"{where(entries[e])}: {why}" for e, why in added.missing.items())
            + " (strict: every correction must apply)"
        )
    by_entry = {row["_entry"]: row for row in added.facts.iter_rows(named=True)}
    rows = []
    for c in adds:
        fact = by_entry.get(c.entry)
        gone = replaced.filter(pl.col("_entry") == c.entry) if fact else replaced.clear()
        gone = gone.unique("fact_id", keep="first", maintain_order=True)
        if fact is None:
            change = added.missing[c.entry]
        else:
            change = f"added: {fact_words(fact)}"
            if gone.height:
                ids = ", ".join(sorted(set(gone["fact_id"])))
                change += f"; in place of the extracted {ids} (the same figure)"
                log.warning(
                    "%s: the figure it adds is extracted too (%s); the added %s "
                    "stands for it (remove the entry to keep the extracted facts)",
                    where(c), ids, fact["fact_id"],
                )  # fmt: skip
        warning = beside_ids = None
        if fact is not None and others is not None:
            mine = others.filter(pl.col("_entry") == c.entry)
            if mine.height:
                warning = beside_warning(mine, fact["persons_of"])
                beside_ids = "; ".join(named_beside(mine, fact["persons_of"])["fact_id"])
                log.warning("%s: %s", where(c), warning)
        rows.append(
            {
                "fact_id": fact["fact_id"] if fact else None,
                "action": "add",
                "applied": fact is not None,
                "change": change,
                "reason": c.reason,
                "by": c.by,
                "decided_on": c.on,
                "persons_of": (fact or c.values).get("persons_of"),
                "date": (fact or c.values).get("date"),
                "publisher": fact["publisher"] if fact else None,
                "published": fact["published"] if fact else None,
                "path": fact["path"] if fact else c.document,
                "sentence": fact["sentence"] if fact else c.quote,
                "before": " | ".join(describe(r) for r in gone.iter_rows(named=True)) or None,
                "after": describe(fact) if fact else None,
                "warning": warning,
                "beside_ids": beside_ids,
            }
        )
    return tables.frame(rows, tables.CORRECTION_COLUMNS)
