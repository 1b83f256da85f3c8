"""Do the review sheet's flags point at wrong facts? Measured on gold sets.

Each gold set is read as a corpus: its excerpts are extracted, their facts labelled
against gold as the shared scorer matches them (gold.py), and events are built from all
of them (events.build_tables), so every fact sits in the event row the review sheet
would show it in, with that row's flags (review.event_flags). Per set:

- recall: the share of wrong facts (labelled anything but right or optional) that sit in
  a flagged row: what a reviewer who reads only the flagged rows gets to see;
- precision: the share of the facts in flagged rows that are wrong;
- flagged: the share of facts in flagged rows (a flag on every row points at nothing).

Then the rules: a rule part (facts.parquet's `rule`, split at '+': the side resolver, the
later steps) is called error-prone when, over the sets it is estimated on, its facts are
wrong at least RATIO times as often as all facts, with a wrong fact in at least
MIN_SETS sets, and it made at least MIN_FACTS facts in all. That choice is checked
leave-one-set-out: made on every set but one, measured on the one left out (before:
the sheet's flags without it; after: with a flag on the facts of the parts chosen).
The parts chosen on all sets are what review_flags.yaml's `error_prone_rules` may list.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import SimpleNamespace
from typing import TYPE_CHECKING

import polars as pl

from swaptally import tables
from swaptally.gold import (
    OPTIONAL,
    RIGHT,
    GoldSet,
    Labelled,
    first_of_keys,
    key_of,
    label_facts,
)

if TYPE_CHECKING:
    from swaptally.extract.lexicon import Lexicon

__all__ = [
    "MIN_FACTS", "MIN_SETS", "RATIO", "choose_rules", "format_cv", "not_taken_report", "set_facts",
]  # fmt: skip

RATIO = 2.0  # its facts wrong at least this many times as often as all facts of the sets
# wrong (a wrong fact of it) in at least this many sets: a rule wrong in one set is a
# sentence, not a mechanism
MIN_SETS = 2
MIN_FACTS = 8  # at least this many facts of it, all sets together
PRONE = "error-prone rule"


def set_facts(gold: GoldSet, lexicon_files: Sequence[str] = ()) -> pl.DataFrame:
    """The set's facts (counted ones: optional left out) with their rule parts, `wrong`,
    and the flags of their event row (`flags`, a list; the error-prone flag left out)."""
    from swaptally.cli.extract import facts_of
    from swaptally.events import build_tables
    from swaptally.review import event_flags

    rows = [
        {
            "doc_id": d["id"],
            "path": d["id"],
            "title": None,
            "publisher": d.get("publisher"),
            "published": dt.date.fromisoformat(d["published"]) if d.get("published") else None,
            "url": d.get("url"),
            "lang": d.get("lang") or "en",
            "text": d["text"],
            "warnings": None,
        }
        for d in gold.docs
    ]
    docs = tables.frame(rows, tables.DOCUMENT_COLUMNS)
    facts, _ = facts_of(docs, lexicon_files)
    labels = _labels(gold, facts)
    published, events, _, _ = build_tables(facts)
    flags = event_flags(published, events)
    linked = published.select("fact_id", "event_id").join(flags, on="event_id", how="left")
    out = facts.select("fact_id", "doc_id", "rule").join(linked, on="fact_id", how="left")
    return (
        out.with_columns(
            label=pl.col("fact_id").replace_strict(labels, return_dtype=pl.String),
            parts=pl.col("rule").str.split("+"),
            flags=pl.col("flags")
            .fill_null("")
            .str.split("; ")
            .list.eval(pl.element().filter((pl.element() != "") & (pl.element() != PRONE))),
        )
        .filter(pl.col("label") != OPTIONAL)
        .with_columns(wrong=pl.col("label") != RIGHT)
        .sort("doc_id", "fact_id")
    )


def _labels(gold: GoldSet, facts: pl.DataFrame) -> dict[str, str]:
    """fact_id → its label against its excerpt's gold facts."""
    by_id = {d["id"]: d["facts"] for d in gold.docs}
    out: dict[str, str] = {}
    for (doc_id,), rows in facts.group_by("doc_id", maintain_order=True):
        found = [SimpleNamespace(**r) for r in rows.iter_rows(named=True)]
        labels, _ = label_facts(by_id[doc_id], found)
        out.update(zip(rows["fact_id"], labels, strict=True))
    return out


def _rates(frames: Sequence[pl.DataFrame]) -> tuple[Counter, Counter, Counter, int, int]:
    """Per rule part: facts, wrong facts, sets with a wrong one; and all facts, all wrong."""
    n: Counter[str] = Counter()
    w: Counter[str] = Counter()
    sets: Counter[str] = Counter()
    for frame in frames:
        wrong_here: set[str] = set()
        for parts, wrong in frame.select("parts", "wrong").iter_rows():
            for part in set(parts):
                n[part] += 1
                w[part] += wrong
                if wrong:
                    wrong_here.add(part)
        sets.update(wrong_here)
    total = sum(f.height for f in frames)
    return n, w, sets, total, sum(int(f["wrong"].sum()) for f in frames)


def choose_rules(frames: Sequence[pl.DataFrame], known: Sequence[str] = ()) -> list[str]:
    """The rule parts wrong far more often than others in these sets (module docstring),
    but those the sheet flags already (`known`: the weak side rules)."""
    n, w, sets, total, wrong = _rates(frames)
    if not total or not wrong:
        return []
    base = wrong / total
    return sorted(
        part
        for part in n
        if part not in known
        and n[part] >= MIN_FACTS
        and sets[part] >= MIN_SETS
        and w[part] / n[part] >= RATIO * base
    )


@dataclass(frozen=True)
class Measure:
    facts: int
    wrong: int
    flagged: int
    wrong_flagged: int

    def cells(self) -> str:
        recall = self.wrong_flagged / self.wrong if self.wrong else 0.0
        precision = self.wrong_flagged / self.flagged if self.flagged else 0.0
        share = self.flagged / self.facts if self.facts else 0.0
        # one table cell: recall / precision / flagged
        return f"{recall:.2f} / {precision:.2f} / {share:.2f}"


def measure(frame: pl.DataFrame, flagged: pl.Expr) -> Measure:
    got = frame.select(
        facts=pl.len(),
        wrong=pl.col("wrong").sum(),
        flagged=flagged.sum(),
        wrong_flagged=(flagged & pl.col("wrong")).sum(),
    ).row(0)
    return Measure(*(int(x) for x in got))


SINGLE = "single source"


def _flagged(
    rules: Sequence[str] | None = None, sheet: bool = True, single: bool = True
) -> pl.Expr:
    """A fact in a row with one of the sheet's flags (`single`: 'single source' counted
    too), or made by one of `rules` (None: no rule flag)."""
    flags = pl.col("flags") if single else pl.col("flags").list.set_difference([SINGLE])
    out = flags.list.len() > 0 if sheet else pl.lit(False)
    if rules is not None:
        out = out | pl.col("parts").list.eval(pl.element().is_in(list(rules))).list.any()
    return out


def _only(flag: str) -> pl.Expr:
    return pl.col("flags").list.contains(flag)


def format_cv(
    sets: Mapping[str, pl.DataFrame], shipped: Sequence[str] = (), known: Sequence[str] = ()
) -> str:
    """The Markdown report: each set's flags, and the error-prone rules chosen without it
    measured on it; the sheet's flags one by one; the rules chosen on all sets. `shipped`:
    review_flags.yaml's error-prone rules; `known`: its weak side rules."""
    names = list(sets)
    lines = [
        "Each cell: recall (wrong facts in flagged rows / wrong facts), precision (wrong facts "
        "in flagged rows / facts in flagged rows), flagged (facts in flagged rows / facts).",
        "sheet: review.csv's flags; -single: without 'single source'; rules: only the facts "
        "of the rule parts chosen on the other sets; -single+rules: both; shipped: -single "
        "with review_flags.yaml's error_prone_rules.",
        "",
        "| set | facts | wrong | sheet | -single | chosen on the other sets | rules "
        "| -single+rules | shipped |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name in names:
        frame = sets[name]
        chosen = choose_rules([sets[o] for o in names if o != name], known)
        cells = [
            measure(frame, _flagged()),
            measure(frame, _flagged(single=False)),
            measure(frame, _flagged(chosen, sheet=False)),
            measure(frame, _flagged(chosen, single=False)),
            measure(frame, _flagged(shipped, single=False)),
        ]
        first = cells[0]
        lines.append(
            f"| {name} | {first.facts} | {first.wrong} ({first.wrong / max(first.facts, 1):.2f}) "
            f"| {cells[0].cells()} | {cells[1].cells()} | {', '.join(chosen) or '-'} | "
            + " | ".join(c.cells() for c in cells[2:])
            + " |"
        )
    lines += [
        "",
        "Each flag alone: wrong facts in its rows / facts in its rows (precision), and / "
        "wrong facts of the set (recall).",
        "",
        "| flag | " + " | ".join(names) + " |",
        "|---|" + "---|" * len(names),
    ]
    flags = sorted({f for frame in sets.values() for fs in frame["flags"] for f in fs})
    for flag in flags:
        cells = []
        for name in names:
            m = measure(sets[name], _only(flag))
            cells.append(f"{m.wrong_flagged}/{m.flagged}, {m.wrong_flagged}/{m.wrong}")
        lines.append(f"| {flag} | " + " | ".join(cells) + " |")
    lines += _part_rates(sets, sorted({*known, *shipped}))
    everywhere = choose_rules(list(sets.values()), known)
    n, w, _, total, wrong = _rates(list(sets.values()))
    lines += ["", f"All sets: {wrong}/{total} facts wrong ({wrong / max(total, 1):.2f})."]
    lines.append(
        "Rule parts chosen on all sets (for review_flags.yaml's error_prone_rules): "
        + (", ".join(f"{p} ({w[p]}/{n[p]} wrong)" for p in everywhere) or "none")
    )
    return "\n".join(lines) + "\n"


def _part_rates(sets: Mapping[str, pl.DataFrame], parts: Sequence[str]) -> list[str]:
    """The review_flags.yaml rule parts' wrong facts / facts, per set (are they earned?)."""
    if not parts:
        return []
    names = list(sets)
    rates = {name: _rates([frame]) for name, frame in sets.items()}
    lines = [
        "",
        "Rule parts of review_flags.yaml: wrong facts / facts made by one (all facts first).",
        "",
        "| rule part | " + " | ".join(names) + " |",
        "|---|" + "---|" * len(names),
        "| (all facts) | " + " | ".join(f"{rates[n][4]}/{rates[n][3]}" for n in names) + " |",
    ]
    for part in parts:
        cells = [f"{rates[n][1][part]}/{rates[n][0][part]}" for n in names]
        lines.append(f"| {part} | " + " | ".join(cells) + " |")
    return lines


@dataclass(frozen=True)
class NotTaken:
    """A set's figures not taken (not_taken.py) against its missed gold facts."""

    texts: int  # excerpts in the languages counted
    rows: int  # figures listed
    rows_at_missed: int  # of them, figures of a missed gold fact
    missed: int  # required gold facts no extracted fact matches
    untaken: int  # of them, those whose figure no extracted fact has (the list's to find)
    shown: int  # of them, those whose figure the list shows


NARROW, WIDE = "beside a people noun only", "as review-not-taken.csv lists them"
ENGLISH, SLAVIC = "English excerpts", "Russian and Ukrainian excerpts"


def not_taken_counts(
    gold: GoldSet, lexicon_files: Sequence[str] = ()
) -> dict[str, tuple[NotTaken, NotTaken]]:
    """How many of the set's missed gold facts the figures-not-taken list shows, and how
    long the list is: (beside a people noun only, as the list is made — wide) for its
    English excerpts and, when it has any, its Russian and Ukrainian ones (ENGLISH,
    SLAVIC), told apart as the list tells them (slavic_lang: the stated language unless
    the letters say otherwise); one extraction of each excerpt."""
    from swaptally.extract import load_lexicon
    from swaptally.gold import labelled
    from swaptally.slavic import slavic_lang

    lex = load_lexicon(lexicon_files)
    items = list(labelled(gold, lex))
    read = [slavic_lang(i.doc["text"], i.lang) for i in items]
    slavic = [i for i, r in zip(items, read, strict=True) if r]
    # another stated language (neither English nor read as Slavic) is in neither table
    english = [
        i for i, r in zip(items, read, strict=True) if not r and i.lang in ("en", "ru", "uk")
    ]
    parts = {ENGLISH: english, SLAVIC: slavic} if slavic else {ENGLISH: english}
    return {
        name: (_not_taken_counts(mine, lex, wide=False), _not_taken_counts(mine, lex, wide=True))
        for name, mine in parts.items()
    }


def not_taken_report(golds: Sequence[GoldSet], lexicon_files: Sequence[str] = ()) -> str:
    """review-cv's figures-not-taken tables: English excerpts (beside a people noun, then
    as the list is made), then the Russian and Ukrainian ones of the sets that have any."""
    counts = {gold.name: not_taken_counts(gold, lexicon_files) for gold in golds}
    out = []
    for excerpts in (ENGLISH, SLAVIC):
        for at, title in enumerate((NARROW, WIDE)):
            rows = {name: c[excerpts][at] for name, c in counts.items() if excerpts in c}
            if rows or excerpts == ENGLISH:
                out.append(format_not_taken(rows, title, excerpts))
    return "\n".join(out)


def _not_taken_counts(items: Sequence[Labelled], lex: Lexicon, wide: bool) -> NotTaken:
    from swaptally.not_taken import not_taken

    texts = rows = at_missed = missed = untaken = shown = 0
    for item in items:
        d, facts = item.doc, item.facts
        texts += 1
        found = {key_of(f) for f in facts}
        lost = [
            g
            for k, g in first_of_keys(d["facts"]).items()
            if not g.get("optional") and k not in found
        ]
        spans = [(f.span_start, f.span_end) for f in facts]
        figures = not_taken(d["text"], spans, lex, wide, lang=item.lang, published=item.published)

        def same(g: dict, x) -> bool:
            return bool({g.get("low"), g.get("high")} & {x.low, x.value} - {None})

        values = {v for f in facts for v in (f.low, f.high) if v is not None}
        untaken += sum(1 for g in lost if not {g.get("low"), g.get("high")} & values)
        rows += len(figures)
        at_missed += sum(1 for x in figures if any(same(g, x) for g in lost))
        missed += len(lost)
        shown += sum(1 for g in lost if any(same(g, x) for x in figures))
    return NotTaken(texts, rows, at_missed, missed, untaken, shown)


def format_not_taken(counts: Mapping[str, NotTaken], title: str, excerpts: str = ENGLISH) -> str:
    """The Markdown table of not_taken_counts, one row a set."""
    lines = [
        f"Figures not taken ({title}), {excerpts}: missed gold facts whose figure the "
        "list shows, and the list's length.",
        "",
        "| set | texts | missed gold facts | no fact at their figure | shown by the list "
        "| rows listed | rows per text | rows at a missed figure |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, c in counts.items():
        lines.append(
            f"| {name} | {c.texts} | {c.missed} | {c.untaken} | {c.shown} | {c.rows} | "
            f"{c.rows / max(c.texts, 1):.2f} | {c.rows_at_missed} |"
        )
    return "\n".join(lines) + "\n"
