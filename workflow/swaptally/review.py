"""The review sheet (reports/review.csv) and the corrections appendix of each report.

A reviewer reads one row per event with every fact behind it (id, source,
sentence) and the reasons to look twice, flagged rows first; a wrong fact is then
dropped or fixed in data/corrections.yaml by its id (swaptally.corrections).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import polars as pl

from swaptally import tables, wording
from swaptally.yaml_words import load_words

if TYPE_CHECKING:  # a type only: analysis imports the ledger and claims, which these need not
    from swaptally.analysis import Window

# Which rules' facts are flagged (data, measured by `swaptally review-cv`)
RULES_FILE = Path(__file__).with_name("review_flags.yaml")


@cache
def flagged_rules(path: str | Path = RULES_FILE) -> tuple[frozenset[str], frozenset[str]]:
    """(weak side rules: a fact's rule begins with one; error-prone rule parts: its rule
    has one among its '+'-joined parts), from review_flags.yaml."""
    data = load_words(Path(path).read_text(encoding="utf-8")) or {}
    weak = frozenset(data.get("weak_side_rules") or ())
    prone = frozenset(data.get("error_prone_rules") or ())
    return weak, prone


# A reported return that cannot be added up, though not as a part of a stage: per side
# or in all (XX), a stage without its day, or a figure from another exchange.
_SCOPE_UNCLEAR = (
    (pl.col("status").cast(pl.String) == "reported")
    & pl.col("kind").cast(pl.String).is_in(["exchange", "release"])
    & (pl.col("scope") == "stage")
    & ~pl.col("summable")
    & (pl.col("role").cast(pl.String) != "breakdown")
)

FLAGS = (
    ("disputed", pl.col("disputed")),
    ("single source", pl.col("n_sources") == 1),
    ("inherited date", pl.col("date_inherited")),
    ("undated", pl.col("undated")),
    ("scope unclear", _SCOPE_UNCLEAR),
    ("weak side cue", pl.col("_weak")),
    ("error-prone rule", pl.col("_prone")),
    ("add beside other sides", pl.col("_beside")),
)

# The order of events that are equally flagged: as in events.parquet.
EVENT_ORDER = ["kind", "status", "date", "period_start", "persons_of", "held_by", "category"]

APPENDIX_COLUMNS = {
    "fact_id": "fact",
    "publisher": "source",
    "change": "change",
    "reason": "reason",
    "by": "by",
}


def _figure_words(low: int | None, high: int | None, qualifier: str | None) -> str:
    """A fact's figure as the reports word it ('more than 8,000', '8,000–10,000'), with
    its qualifier unless the words already say it (an open range: 'more than', 'up to')."""
    said = wording.figure(low, high)
    if qualifier is None or (qualifier, low is None, high is None) in _SAID:
        return said
    return f"{said} {qualifier}"


# (qualifier, no low, no high) that wording.figure already puts in words
_SAID = {("at_least", False, True), ("at_most", True, False)}


def _fact_lines(facts: pl.DataFrame, decided: Sequence[str] = ()) -> pl.DataFrame:
    """Each fact as one line a reviewer reads: id | outlet and day | figure | rule | sentence.

    A fact in `decided` (one a reviewer set or added) raises no flag of its rule: its
    fields are a person's, read from its sentence, not the rule's guess."""
    figure = pl.struct("low", "high", pl.col("qualifier").cast(pl.String)).map_elements(
        lambda r: _figure_words(r["low"], r["high"], r["qualifier"]), return_dtype=pl.String
    )
    weak, prone = flagged_rules()
    parts = pl.col("rule").str.split("+")
    rule = pl.col("rule")
    if "date_source" in facts.columns:  # a day the text is about, taken for the figure's
        guessed = pl.concat_str(rule, pl.lit(" (day guessed)"))
        rule = pl.when(tables.DATE_GUESSED).then(guessed).otherwise(rule)
    machine = ~pl.col("fact_id").is_in(sorted(decided))
    return facts.with_columns(
        _weak=parts.list.first().is_in(sorted(weak)) & machine,
        _prone=parts.list.eval(pl.element().is_in(sorted(prone))).list.any() & machine,
        _line=pl.concat_str(
            [
                pl.col("fact_id"),
                pl.concat_str(
                    [pl.col("publisher").fill_null("?"), pl.col("published").cast(pl.String)],
                    separator=" ",
                    ignore_nulls=True,
                ),
                figure,
                rule,
                pl.col("sentence"),
            ],
            separator=" | ",
            ignore_nulls=True,
        ),
    )


def _facts_by_event(
    facts: pl.DataFrame, events: pl.DataFrame, decided: Sequence[str] = ()
) -> pl.DataFrame:
    """Facts per event; a derived total (no fact of its own) shows the facts of its parts."""
    derived = events.filter(pl.col("role").cast(pl.String) == "derived_total").select("event_id")
    parts = events.filter(pl.col("part_of").is_in(derived["event_id"].implode())).select(
        "event_id", total=pl.col("part_of")
    )
    lines = _fact_lines(facts, decided).select(
        "event_id", "fact_id", "published", "publisher", "_weak", "_prone", "_line"
    )
    linked = pl.concat(
        [lines, lines.join(parts, on="event_id").drop("event_id").rename({"total": "event_id"})],
        how="diagonal",
    )
    return (
        linked.sort(["event_id", "published", "publisher", "fact_id"], nulls_last=True)
        .group_by("event_id", maintain_order=True)
        .agg(
            fact_ids=pl.col("fact_id").str.join("; "),
            facts=pl.col("_line").str.join("\n"),
            _weak=pl.col("_weak").any(),
            _prone=pl.col("_prone").any(),
        )
    )


def _corrected(corrections: pl.DataFrame | None) -> pl.DataFrame:
    """fact_id → 'fact: change (reason)' for the applied `set` and `add` corrections, with
    what to check when there is something ('; check: …')."""
    if corrections is None or corrections.is_empty():
        return pl.DataFrame(schema={"fact_id": pl.String, "_corrected": pl.String})
    applied = corrections.filter(pl.col("applied") & pl.col("action").is_in(["set", "add"]))
    return applied.select(
        "fact_id",
        _corrected=pl.concat_str(
            pl.format("{}: {} ({})", "fact_id", "change", "reason"),
            pl.lit("; check: ") + pl.col("warning"),
            ignore_nulls=True,
        ),
    )


def _beside(corrections: pl.DataFrame | None) -> list[str]:
    """The facts of a figure an add is counted beside: the add's and those its row of
    corrections.csv lists (`beside_ids`)."""
    if corrections is None or "beside_ids" not in corrections.columns:
        return []
    warned = corrections.filter(pl.col("applied") & pl.col("beside_ids").is_not_null())
    named = warned["beside_ids"].str.split("; ").explode()
    return sorted({*warned["fact_id"].drop_nulls(), *named})


def review_sheet(
    facts: pl.DataFrame, events: pl.DataFrame, corrections: pl.DataFrame | None = None
) -> pl.DataFrame:
    """One row per event with its facts and flags; the most flagged rows first. A fact a
    reviewer set or added raises no "weak side cue" or "error-prone rule": once fixed, its
    event no longer sits on top for that reason."""
    fixed = _corrected(corrections)  # the facts a reviewer's set or add gave their fields
    per_event = _facts_by_event(facts, events, fixed["fact_id"].drop_nulls().to_list())
    corrected = (
        facts.select("event_id", "fact_id")
        .join(fixed, on="fact_id")
        .sort("fact_id")
        .group_by("event_id", maintain_order=True)
        .agg(corrections=pl.col("_corrected").str.join("; "))
    )
    beside = (
        facts.filter(pl.col("fact_id").is_in(_beside(corrections)))
        .select("event_id", _beside=pl.lit(True))
        .unique("event_id")
    )
    rows = _flagged(
        events.join(per_event, on="event_id", how="left")
        .join(corrected, on="event_id", how="left")
        .join(beside, on="event_id", how="left")
    )
    rows = wording.worded(rows)
    rows = rows.sort(
        [pl.col("n_flags"), *EVENT_ORDER, "role", "event_id"],
        descending=[True] + [False] * (len(EVENT_ORDER) + 2),
        nulls_last=True,
    )
    names = [name for name, _, _ in tables.REVIEW_COLUMNS]
    return rows.select(names).cast(tables.schema(tables.REVIEW_COLUMNS))  # type: ignore[arg-type]


def _flagged(rows: pl.DataFrame) -> pl.DataFrame:
    """Event rows (with their facts' _weak and _prone, and _beside when there are
    corrections) with `flags` and `n_flags`."""
    if "_beside" not in rows.columns:
        rows = rows.with_columns(_beside=pl.lit(None, pl.Boolean))
    rows = rows.with_columns(pl.col("_weak", "_prone", "_beside").fill_null(False))
    flags = [pl.when(test.fill_null(False)).then(pl.lit(name)) for name, test in FLAGS]
    return rows.with_columns(
        flags=pl.concat_str(flags, separator="; ", ignore_nulls=True),
        n_flags=pl.sum_horizontal(test.fill_null(False).cast(pl.Int32) for _, test in FLAGS),
    )


def event_flags(facts: pl.DataFrame, events: pl.DataFrame) -> pl.DataFrame:
    """Each event's flags as the review sheet gives them: event_id, flags, n_flags."""
    per_event = _facts_by_event(facts, events)
    rows = _flagged(events.join(per_event, on="event_id", how="left"))
    return rows.select("event_id", "flags", "n_flags")


def in_window(events: pl.DataFrame, facts: pl.DataFrame, window: Window) -> pl.DataFrame:
    """The events a report of this window (analysis.Window: start, end, sides) looks at:
    those its own facts state (analysis.report_facts: its sides, a day, span's end or
    publication in its window), the totals their parts make, and the rows of no fact of
    their own (an inferred side of a swap) of its sides and days."""
    from swaptally.analysis import in_report, report_facts

    own = in_report(events, report_facts(facts, window))
    totals = events.filter(pl.col("event_id").is_in(own["part_of"].drop_nulls().implode()))
    stated = facts["event_id"].drop_nulls().implode()
    of_none = events.filter(~pl.col("event_id").is_in(stated))
    of_none = window.dated(
        window.sided(of_none.with_columns(_day=pl.coalesce("date", "period_end"))), "_day"
    )
    keep = pl.concat([own["event_id"], totals["event_id"], of_none["event_id"]]).implode()
    return events.filter(pl.col("event_id").is_in(keep))


def write_review(
    facts_path: str | Path,
    events_path: str | Path,
    target: str | Path,
    corrections_path: str | Path | None = None,
    window: Window | None = None,
) -> int:
    """Write the review sheet as CSV; return its number of rows. window (analysis.Window):
    only the events a report of that window and sides looks at (in_window)."""
    corrections = None
    if corrections_path is not None and Path(corrections_path).is_file():
        corrections = pl.read_csv(corrections_path, schema=tables.CORRECTION_SCHEMA)
    facts, events = pl.read_parquet(facts_path), pl.read_parquet(events_path)
    if window is not None:
        events = in_window(events, facts, window)
    sheet = review_sheet(facts, events, corrections)
    tables.write_csv(sheet, target)
    return sheet.height


def corrections_appendix(events_path: str | Path, window: Window | None = None) -> pl.DataFrame:
    """The applied corrections of the facts a report looks at (its window and sides), as
    they are now or as they were: a fact a correction moved out of the report (to another
    side, to a day outside its window) left the report's figures, and the appendix says why.

    Read from corrections.csv beside the events table; none when it is not there.
    A fact without a day is kept: it can still be in the report's undated events.
    """
    path = Path(events_path).with_name("corrections.csv")
    if not path.is_file():
        return tables.frame([], tables.CORRECTION_COLUMNS)
    applied = pl.read_csv(path, schema=tables.CORRECTION_SCHEMA).filter(pl.col("applied"))
    if window is None:
        return applied
    now = _in_window(pl.col("date"), pl.col("persons_of"), window)
    # `before` is corrections.describe's 'name=value; …' of the fact as extracted
    was = _in_window(_described("date").str.to_date(strict=False), _described("persons_of"), window)
    return applied.filter(now | (pl.col("before").is_not_null() & was))


def _described(name: str) -> pl.Expr:
    return pl.col("before").str.extract(rf"(?:^|; ){name}=([^;]*)")


def _in_window(day: pl.Expr, persons_of: pl.Expr, window: Window) -> pl.Expr:
    keep = pl.lit(True)
    if window.start:
        keep &= day.is_null() | (day >= window.start)
    if window.end:
        keep &= day.is_null() | (day <= window.end)
    if window.sides:
        keep &= persons_of.is_in(list(window.sides)).fill_null(False)
    return keep
