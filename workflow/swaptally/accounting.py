"""Every raw text is read or rejected: the corpus' rejections, the strict gate, the run's summary.

Ingest sees duplicates only within its shard; `rejections` adds the texts that
stand under another path in any shard, as the merge does, so the strict gate
and the summary name exactly the texts data/processed/rejected.csv will list.
The gate runs before the merge: a strict run with rejected texts never writes
tables, so the tables and reports on disk always belong to each other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import polars as pl

from swaptally import tables

SHOWN_REASONS = 3  # rejections named in the one-line summary
SHOWN_FAILURES = 20  # rejections listed when a strict run stops
GATE_RULE = "strict_gate"  # the Snakemake rule that calls check_strict


class RejectedTexts(RuntimeError):
    """A strict run met rejected texts; the message lists them."""


def _read(paths: Sequence[str | Path], columns: list[tables.Column]) -> pl.DataFrame:
    if not paths:
        return tables.frame([], columns)
    names = [name for name, _, _ in columns]
    frame = pl.scan_parquet([str(p) for p in paths]).select(names).collect()
    return frame.cast(tables.schema(columns))  # type: ignore[arg-type]


def rejections(
    documents_paths: Sequence[str | Path], rejected_paths: Sequence[str | Path]
) -> pl.DataFrame:
    """Every rejected raw text of the corpus, duplicates across shards included, by path."""
    from swaptally.merge import split_duplicates

    id_columns = [c for c in tables.DOCUMENT_COLUMNS if c[0] in ("doc_id", "path")]
    _, duplicates = split_duplicates(_read(documents_paths, id_columns))
    rejected = _read(rejected_paths, tables.REJECTED_COLUMNS)
    return pl.concat([rejected, duplicates], how="vertical_relaxed").sort("path")


def write_rejections(
    documents_paths: Sequence[str | Path], rejected_paths: Sequence[str | Path], target: str | Path
) -> int:
    """Write the corpus' rejections as CSV (path, reason); return how many there are."""
    rejected = rejections(documents_paths, rejected_paths)
    tables.write_csv(rejected, target)
    return rejected.height


def read_rejections(path: str | Path) -> pl.DataFrame:
    return pl.read_csv(path, schema=tables.REJECTED_SCHEMA)


def listing(rejected: pl.DataFrame, limit: int) -> list[str]:
    """'path: reason' lines, at most limit of them, then how many more there are."""
    lines = [f"{path}: {reason}" for path, reason in rejected.head(limit).iter_rows()]
    if rejected.height > limit:
        lines.append(f"… and {rejected.height - limit} more")
    return lines


def check_strict(rejections_csv: str | Path, target: str | Path) -> None:
    """Raise RejectedTexts listing every rejected text; with none, write the gate's file."""
    rejected = read_rejections(rejections_csv)
    if rejected.height:
        lines = "\n".join("  " + line for line in listing(rejected, rejected.height))
        raise RejectedTexts(
            f"strict=true and {rejected.height} raw text{'s' if rejected.height != 1 else ''}"
            f" rejected; fix or remove them (or run without strict=true):\n{lines}"
        )
    tables.write_text("no raw text rejected\n", target)


def _rows(path: Path) -> int | None:
    if not path.exists():
        return None
    if path.suffix == ".parquet":  # a file, or a folder of them (facts.parquet)
        return pl.scan_parquet(path).select(pl.len()).collect().item()
    return pl.scan_csv(path).select(pl.len()).collect().item()


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def run_summary(
    processed: str | Path, reports_dir: str | Path, reports: Sequence[str] | None = None
) -> str:
    """One line: texts read, rejected (with the first reasons), facts, events, where to look.

    reports: the names of the config's reports; their PDFs are listed (None: every PDF in
    reports_dir), and those older than the tables are said to be (`snakemake review`
    rebuilds the tables after a correction, not the PDFs)."""
    processed = Path(processed)
    counts = {
        name: _rows(processed / name)
        for name in ("documents.csv", "rejected.csv", "facts.parquet", "events.parquet")
    }
    if any(n is None for n in counts.values()):
        return f"swaptally: no tables in {processed}/ yet"
    line = f"swaptally: {_plural(counts['documents.csv'], 'text')} read, "
    if counts["rejected.csv"]:
        rejected = read_rejections(processed / "rejected.csv")
        line += (
            f"{counts['rejected.csv']:,} rejected ({'; '.join(listing(rejected, SHOWN_REASONS))})"
        )
    else:
        line += "none rejected"
    facts, events = counts["facts.parquet"], counts["events.parquet"]
    line += f"; {_plural(facts, 'fact')}, {_plural(events, 'event')}; tables in {processed}/"
    fresh, stale = _pdfs(processed, Path(reports_dir), reports)
    if fresh:
        line += f", reports in {Path(reports_dir)}/ ({', '.join(p.name for p in fresh)})"
    return (
        line
        + _corrections_said(processed / "corrections.csv")
        + _stale_pdfs(stale)
        + _stale_sheet(processed, reports_dir, reports)
    )


def _pdfs(
    processed: Path, reports_dir: Path, reports: Sequence[str] | None
) -> tuple[list[Path], list[Path]]:
    """(the reports' PDFs as new as the tables, those older): a PDF of a report no longer
    in the config is neither, nor one not built yet."""
    if reports is None:
        pdfs = sorted(reports_dir.glob("*.pdf"))
    else:
        pdfs = [p for p in (reports_dir / f"{name}.pdf" for name in sorted(reports)) if p.is_file()]
    tables_made = (processed / "events.parquet").stat().st_mtime
    stale = [p for p in pdfs if p.stat().st_mtime < tables_made]
    return [p for p in pdfs if p not in stale], stale


def _stale_pdfs(stale: list[Path]) -> str:
    """'; reports/totals.pdf is older than these tables: …': `snakemake review` (or a
    target of tables only) applies a correction to the tables but leaves the PDFs."""
    if not stale:
        return ""
    names = ", ".join(str(p) for p in stale)
    verb, them = ("is", "it") if len(stale) == 1 else ("are", "them")
    return f"; {names} {verb} older than these tables: `snakemake` writes {them} again"


def _stale_sheet(processed: Path, reports_dir: str | Path, reports: Sequence[str] | None) -> str:
    """Review sheets older than the events (plain `snakemake` does not write them): a
    reviewer who reads one after a correction sees the facts as they were. The corpus's
    sheet and each report's (reports: the config's; None: every `*-review.csv`)."""
    folder, events = Path(reports_dir), processed / "events.parquet"
    if reports is None:
        sheets = [folder / "review.csv", *sorted(folder.glob("*-review.csv"))]
    else:
        sheets = [folder / n for n in ("review.csv", *(f"{r}-review.csv" for r in sorted(reports)))]
    made = events.stat().st_mtime
    stale = [str(p) for p in sheets if p.is_file() and p.stat().st_mtime < made]
    if not stale:
        return ""
    verb, them = ("is", "it") if len(stale) == 1 else ("are", "them")
    names = ", ".join(stale)
    return f"; {names} {verb} older than these tables: `snakemake review` writes {them} again"


def _corrections_said(path: Path) -> str:
    """'; 9 corrections applied, 2 not applied, 1 to check (see …/corrections.csv)': an
    entry that did not apply (a stale id, a quote not found) or applied with a warning is
    otherwise only in the events log, and the reviewer believes the fix is in."""
    if not path.is_file():
        return ""
    rows = pl.read_csv(path, schema=tables.CORRECTION_SCHEMA)
    if rows.is_empty():
        return ""
    applied = int(rows["applied"].sum())
    said = f"; {_plural(applied, 'correction')} applied"
    missed = rows.height - applied
    warned = rows.filter(pl.col("applied") & pl.col("warning").is_not_null()).height
    if not missed and not warned:
        return said
    if missed:
        said += f", {missed:,} not applied"
    if warned:
        said += f", {warned:,} to check"
    return said + f" (see {path})"


def failure_summary(
    snakemake_logs: str | Path | Sequence[str | Path] | None, rejections_csv: str | Path
) -> str:
    """What to tell a user whose run failed: the rejected texts when the strict gate stopped it.

    snakemake_logs: the run's own log file(s), as Snakemake hands them to `onerror`.
    """
    if isinstance(snakemake_logs, (str, Path)):
        snakemake_logs = [snakemake_logs]
    text = ""
    for path in snakemake_logs or []:
        try:
            text += Path(path).read_text(encoding="utf-8")
        except OSError:
            continue
    if f"Error in rule {GATE_RULE}:" in text and Path(rejections_csv).is_file():
        rejected = read_rejections(rejections_csv)
        if rejected.height:
            lines = "\n".join("  " + line for line in listing(rejected, SHOWN_FAILURES))
            return (
                "swaptally: strict run stopped before the tables: "
                f"{_plural(rejected.height, 'raw text')} rejected (all in {rejections_csv}):\n"
                f"{lines}\n"
                "Fix or remove them and run again, or run without --config strict=true."
            )
    failed = _failed_logs(text)
    if not failed:
        return "swaptally: the run failed; the failing job is shown above."
    parts = []
    for rule, log in failed:
        lines = _what_went_wrong(log)
        shown = "\n".join("  " + line for line in lines) if lines else "  (its log is empty)"
        parts.append(f"swaptally: the run failed in rule {rule}; its log ({log}) says:\n{shown}")
    return "\n".join(parts)


SHOWN_LOG_LINES = 12  # lines of a failed job's log shown when the run stops
_ERROR_RULE = re.compile(r"^Error in rule (\S+):\s*$")
_LOG_LINE = re.compile(r"^\s+log: (.+?)(?: \(check log file\(s\) for error details\))?\s*$")


def _failed_logs(text: str) -> list[tuple[str, str]]:
    """(rule, log file) of each job Snakemake's log says failed, in its order, once each."""
    found: list[tuple[str, str]] = []
    rule = None
    for line in text.splitlines():
        start = _ERROR_RULE.match(line)
        if start:
            rule = start.group(1)
            continue
        log = _LOG_LINE.match(line) if rule else None
        if log and rule:
            for path in log.group(1).split(", "):
                if (rule, path) not in found:
                    found.append((rule, path))
            rule = None
    return found


def _what_went_wrong(path: str) -> list[str]:
    """A failed job's log: its warnings and errors (the swaptally CLI's WARNING and ERROR
    lines), else its last lines (a traceback's last is the error)."""
    try:
        lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return [f"(cannot read {path})"]
    marked = [line for line in lines if line.startswith(("ERROR", "WARNING", "CRITICAL"))]
    return (marked or lines)[-SHOWN_LOG_LINES:]
