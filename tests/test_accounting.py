"""The corpus' rejections, the strict gate and the one-line summary, on tables written here."""

from __future__ import annotations

import os
from pathlib import Path

import polars as pl
import pytest
from swaptally import accounting, tables
from swaptally.cli import main


def documents(rows: list[tuple[str, str]]) -> pl.DataFrame:
    """A documents table of (doc_id, path) rows, the other columns empty."""
    return tables.frame(
        [{"doc_id": doc_id, "path": path, "text": "t"} for doc_id, path in rows],
        tables.DOCUMENT_COLUMNS,
    )


@pytest.fixture
def shards(tmp_path) -> tuple[list[Path], list[Path]]:
    """Two shards: the same text under two paths, one in each, and one rejected file."""
    docs = [tmp_path / "docs-0.parquet", tmp_path / "docs-1.parquet"]
    rejected = [tmp_path / "rej-0.parquet", tmp_path / "rej-1.parquet"]
    tables.write_parquet(documents([("aaa", "raw/b/second.md"), ("ccc", "raw/c.md")]), docs[0])
    tables.write_parquet(documents([("aaa", "raw/a/first.md")]), docs[1])
    empty = tables.frame([], tables.REJECTED_COLUMNS)
    tables.write_parquet(empty, rejected[0])
    tables.write_parquet(
        tables.frame([{"path": "raw/empty.md", "reason": "empty file"}], tables.REJECTED_COLUMNS),
        rejected[1],
    )
    return docs, rejected


def test_rejections_add_duplicates_across_shards(shards):
    rejected = accounting.rejections(*shards)
    assert rejected.rows() == [
        ("raw/b/second.md", "duplicate of raw/a/first.md"),
        ("raw/empty.md", "empty file"),
    ]


def test_strict_gate_lists_every_rejection_and_writes_nothing(shards, tmp_path):
    listing = tmp_path / "rejected.csv"
    assert accounting.write_rejections(*shards, listing) == 2
    gate = tmp_path / "gate.txt"
    with pytest.raises(accounting.RejectedTexts) as err:
        accounting.check_strict(listing, gate)
    assert "2 raw texts rejected" in str(err.value)
    assert "raw/empty.md: empty file" in str(err.value)
    assert not gate.exists()
    assert main(["-q", "strict", str(listing), "-o", str(gate)]) == 1


def test_strict_gate_opens_when_nothing_was_rejected(tmp_path):
    docs = tmp_path / "docs.parquet"
    tables.write_parquet(documents([("aaa", "raw/a.md")]), docs)
    listing, gate = tmp_path / "rejected.csv", tmp_path / "gate.txt"
    assert main(["-q", "rejections", "--documents", str(docs), "-o", str(listing)]) == 0
    assert main(["-q", "strict", str(listing), "-o", str(gate)]) == 0
    assert gate.is_file()


def write_processed(folder: Path, read: int, rejected: list[tuple[str, str]]) -> None:
    folder.mkdir(parents=True)
    pl.DataFrame({"doc_id": [str(i) for i in range(read)]}).write_csv(folder / "documents.csv")
    pl.DataFrame(rejected, schema=["path", "reason"], orient="row").write_csv(
        folder / "rejected.csv"
    )
    pl.DataFrame({"low": [1, 2, 3, 4, 5]}).write_parquet(folder / "facts.parquet")
    pl.DataFrame({"best": [1, 2]}).write_parquet(folder / "events.parquet")


def test_summary_is_one_line_with_the_first_reasons(tmp_path):
    rejected = [(f"raw/{n}.md", "empty file") for n in range(5)]
    write_processed(tmp_path / "processed", 12, rejected)
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports/totals.pdf").write_bytes(b"%PDF")
    line = accounting.run_summary(tmp_path / "processed", tmp_path / "reports")
    assert "\n" not in line
    assert line.startswith("swaptally: 12 texts read, 5 rejected (raw/0.md: empty file; ")
    assert "raw/2.md: empty file; … and 2 more)" in line and "raw/3.md" not in line
    assert "; 5 facts, 2 events; tables in " in line
    assert line.endswith("reports/ (totals.pdf)")


def test_summary_of_a_clean_run(tmp_path):
    write_processed(tmp_path / "processed", 1, [])
    line = accounting.run_summary(tmp_path / "processed", tmp_path / "reports")
    assert "1 text read, none rejected; 5 facts, 2 events" in line


def test_summary_says_when_a_correction_did_not_apply(tmp_path):
    """A stale id or a quote not found is a warning in the events log; the run's last
    line says it too, with where to read which, so no reviewer believes a fix is in."""
    processed = tmp_path / "processed"
    write_processed(processed, 3, [])
    fields = {"reason": "r", "before": None, "after": None, "beside_ids": None}
    rows = [
        {**fields, "fact_id": "fa-1", "action": "drop", "applied": True, "warning": None},
        {**fields, "fact_id": "fa-2", "action": "drop", "applied": False, "warning": None},
        {**fields, "fact_id": "fa-3", "action": "add", "applied": True, "warning": "beside"},
    ]
    tables.write_csv(tables.frame(rows, tables.CORRECTION_COLUMNS), processed / "corrections.csv")
    line = accounting.run_summary(processed, tmp_path / "reports")
    assert line.endswith(
        f"; 2 corrections applied, 1 not applied, 1 to check (see {processed}/corrections.csv)"
    )
    tables.write_csv(
        tables.frame(rows[:1], tables.CORRECTION_COLUMNS), processed / "corrections.csv"
    )
    assert accounting.run_summary(processed, tmp_path / "reports").endswith(
        f"tables in {processed}/; 1 correction applied"
    )
    tables.write_csv(tables.frame([], tables.CORRECTION_COLUMNS), processed / "corrections.csv")
    assert accounting.run_summary(processed, tmp_path / "reports").endswith(
        f"tables in {processed}/"
    )


def test_summary_says_when_the_review_sheet_is_older_than_the_tables(tmp_path):
    """Plain `snakemake` rebuilds the tables after a correction, not reports/review.csv."""
    processed, reports = tmp_path / "processed", tmp_path / "reports"
    write_processed(processed, 3, [])
    reports.mkdir()
    (reports / "review.csv").write_text("flags\n")
    events = (processed / "events.parquet").stat().st_mtime
    os.utime(reports / "review.csv", (events + 5, events + 5))
    assert accounting.run_summary(processed, reports).endswith(f"tables in {processed}/")
    os.utime(reports / "review.csv", (events - 5, events - 5))
    assert accounting.run_summary(processed, reports).endswith(
        f"; {reports}/review.csv is older than these tables: `snakemake review` writes it again"
    )


def test_summary_lists_the_reports_pdfs_and_says_which_are_older_than_the_tables(tmp_path):
    """`snakemake review` after a correction rebuilds the tables, not the PDFs: the line
    lists only the config's reports and names the PDFs that do not show the tables yet."""
    processed, reports = tmp_path / "processed", tmp_path / "reports"
    write_processed(processed, 3, [])
    reports.mkdir()
    events = (processed / "events.parquet").stat().st_mtime
    for name, age in (("totals", 5), ("estimates", -5), ("old-report", 5)):
        (reports / f"{name}.pdf").write_bytes(b"%PDF")
        os.utime(reports / f"{name}.pdf", (events + age, events + age))
    line = accounting.run_summary(processed, reports, ["totals", "estimates", "missing"])
    assert "old-report" not in line and "missing" not in line
    assert f"reports in {reports}/ (totals.pdf)" in line
    assert line.endswith(
        f"; {reports}/estimates.pdf is older than these tables: `snakemake` writes it again"
    )
    os.utime(reports / "estimates.pdf", (events + 5, events + 5))
    line = accounting.run_summary(processed, reports, ["totals", "estimates"])
    assert line.endswith(f"reports in {reports}/ (estimates.pdf, totals.pdf)")


def test_summary_before_any_table(tmp_path):
    assert "no tables" in accounting.run_summary(tmp_path / "processed", tmp_path / "reports")


def test_failure_summary_names_the_texts_only_when_the_gate_failed(shards, tmp_path):
    listing = tmp_path / "rejected.csv"
    accounting.write_rejections(*shards, listing)
    log = tmp_path / "snakemake.log"
    log.write_text(f"Error in rule {accounting.GATE_RULE}:\n    jobid: 3\n")
    text = accounting.failure_summary([log], listing)
    assert "strict run stopped" in text and "raw/empty.md: empty file" in text
    log.write_text("Error in rule extract:\n    jobid: 3\n")
    assert "strict" not in accounting.failure_summary(str(log), listing)


def test_failure_summary_shows_what_the_failed_jobs_log_says(shards, tmp_path):
    """A strict run stopped by a correction: the console shows the events log's
    warnings and error, not only a pointer to the log."""
    listing = tmp_path / "rejected.csv"
    accounting.write_rejections(*shards, listing)
    events_log = tmp_path / "events.log"
    events_log.write_text(
        "INFO read 3 shards\n"
        "WARNING c.yaml: entry 2: quote not found in a.md: 'the group of 26'; not applied\n"
        "ERROR c.yaml: entry 2: quote not found in a.md: 'the group of 26' (strict: every "
        "correction must apply)\n"
    )
    log = tmp_path / "snakemake.log"
    log.write_text(
        "Error in rule events:\n    message: None\n    jobid: 4\n"
        f"    log: {events_log} (check log file(s) for error details)\n    shell:\n"
    )
    text = accounting.failure_summary([log], listing)
    assert f"the run failed in rule events; its log ({events_log}) says:" in text
    assert "  WARNING c.yaml: entry 2: quote not found in a.md" in text
    assert text.endswith(
        "  ERROR c.yaml: entry 2: quote not found in a.md: 'the group of 26' "
        "(strict: every correction must apply)"
    )
    assert "INFO read" not in text and "shown above" not in text


def test_summary_names_each_reports_review_sheet_older_than_the_tables(tmp_path):
    """`snakemake review` writes a sheet per report too; one left from before a correction
    is named, and a sheet of a report no longer in the config is not."""
    processed, reports = tmp_path / "processed", tmp_path / "reports"
    write_processed(processed, 3, [])
    reports.mkdir()
    events = (processed / "events.parquet").stat().st_mtime
    for name, age in (("review.csv", 5), ("totals-review.csv", -5), ("old-review.csv", -5)):
        (reports / name).write_text("flags\n")
        os.utime(reports / name, (events + age, events + age))
    assert accounting.run_summary(processed, reports, ["totals"]).endswith(
        f"; {reports}/totals-review.csv is older than these tables: `snakemake review` writes"
        " it again"
    )
    os.utime(reports / "review.csv", (events - 5, events - 5))
    assert accounting.run_summary(processed, reports, ["totals", "estimates"]).endswith(
        f"; {reports}/review.csv, {reports}/totals-review.csv are older than these tables:"
        " `snakemake review` writes them again"
    )
