"""End to end: snakemake on a copy of the project, from the sample corpus to PDFs."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import polars as pl
import pytest
from helpers import contents, copy_project, snakemake
from pypdf import PdfReader

DAYS = {dt.date(2025, 5, 23): 390, dt.date(2025, 5, 24): 307, dt.date(2025, 5, 25): 303}


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("run1"))
    done = snakemake(project)
    assert done.returncode == 0, done.stderr[-5000:]
    return project


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_events_hold_each_day_per_side(project):
    events = pl.read_csv(project / "data/processed/events.csv", try_parse_dates=True)
    stages = events.filter(
        (pl.col("kind") == "exchange")
        & (pl.col("status") == "reported")
        & pl.col("role").is_in(["total", "derived_total", "single"])
        & pl.col("persons_of").is_in(["UA", "RU"])
        & pl.col("date").is_in(list(DAYS))
    )
    by_day = stages.group_by(["date", "persons_of"]).agg(pl.col("best").sum())
    for day, figure in DAYS.items():
        for side in ("UA", "RU"):
            got = by_day.filter((pl.col("date") == day) & (pl.col("persons_of") == side))["best"]
            assert got.to_list() == [figure], (day, side)
    assert by_day.group_by("persons_of").agg(pl.col("best").sum())["best"].to_list() == [1000, 1000]


def test_events_hold_the_estimate(project):
    events = pl.read_csv(project / "data/processed/events.csv")
    held = events.filter((pl.col("kind") == "held") & (pl.col("persons_of") == "UA"))
    assert (8000, 10000) in set(held.select("low", "high").rows())


def test_pdfs_exist_and_show_the_figures(project):
    totals = pdf_text(project / "reports/totals.pdf")
    # The ledger: the May 2025 weekend (1,000 each side) among the sample's seven exchanges
    # from October 2024 to December 2025, and the running total a source states.
    for text in ("23–25 May 2025", "1,000", "18 October 2024", "12 December 2025"):
        assert text in totals, text
    assert "6,213" in totals
    estimates = pdf_text(project / "reports/estimates.pdf")
    assert "8,000" in estimates and "10,000" in estimates
    for text in (totals, estimates):
        assert "import " not in text  # code is hidden
        # each report ends with the package's appendices, once each
        assert text.count("Appendix: data quality") == text.count("Appendix: sources") == 1
        assert text.index("Appendix: data quality") < text.index("Appendix: sources")
        assert "Disputed events: the figure each source gives" in text


def test_manifest_lists_every_report_with_hashes(project):
    manifest = json.loads((project / "reports/manifest.json").read_text())
    names = {r["name"] for r in manifest["reports"]}
    assert names == {"totals", "estimates"}
    for report in manifest["reports"]:
        assert len(report["pdf_sha256"]) == 64
        assert "data/processed/events.parquet" in report["inputs"]


def test_second_run_in_another_folder_gives_the_same_bytes(project, tmp_path):
    again = copy_project(tmp_path)
    done = snakemake(again)
    assert done.returncode == 0, done.stderr[-5000:]
    outputs = [
        "data/processed/events.parquet",
        "data/processed/events.csv",
        "data/processed/facts.parquet",
        "data/processed/datapackage.json",
        "reports/totals.ipynb",
        "reports/estimates.ipynb",
        "reports/totals.pdf",
        "reports/estimates.pdf",
        "reports/manifest.json",
    ]
    for name in outputs:
        assert contents(project / name) == contents(again / name), name


def test_nothing_to_do_after_a_run(project):
    done = snakemake(project, "--dry-run", "--quiet", "rules")
    assert done.returncode == 0, done.stderr
    assert "Job stats" not in done.stdout + done.stderr


def frictionless_validate(package: Path) -> dict:
    """The standard validator's report on a datapackage.json (checks schemas, rows and hashes)."""
    done = subprocess.run(
        [str(Path(sys.executable).parent / "frictionless"), "validate", "--json", package.name],
        cwd=package.parent,
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = json.loads(done.stdout)
    assert (done.returncode == 0) == report["valid"]
    return report


def test_processed_tables_are_a_valid_data_package(project):
    report = frictionless_validate(project / "data/processed/datapackage.json")
    assert report["valid"], json.dumps(report["errors"] + report["tasks"], indent=1)[:3000]
    package = json.loads((project / "data/processed/datapackage.json").read_text())
    assert {task["name"] for task in report["tasks"]} == {r["name"] for r in package["resources"]}


def test_dist_bundle_is_a_valid_data_package_on_its_own(project, tmp_path):
    done = snakemake(project, "dist")
    assert done.returncode == 0, done.stderr[-5000:]
    (bundle,) = (project / "reports").glob("swaptally-reports-*.zip")
    names = zipfile.ZipFile(bundle).namelist()
    package = json.loads((project / "data/processed/datapackage.json").read_text())
    tables = [resource["path"] for resource in package["resources"]]
    assert names == sorted(
        {"datapackage.json", "estimates.pdf", "totals.pdf", "manifest.json", *tables}
    )
    zipfile.ZipFile(bundle).extractall(tmp_path / "unpacked")
    report = frictionless_validate(tmp_path / "unpacked/datapackage.json")
    assert report["valid"], json.dumps(report["errors"] + report["tasks"], indent=1)[:3000]


def test_datapackage_describes_every_column_of_every_table(project):
    package = json.loads((project / "data/processed/datapackage.json").read_text())
    for resource in package["resources"]:
        path = project / "data/processed" / resource["path"]
        frame = pl.read_parquet(path) if path.suffix == ".parquet" else pl.read_csv(path)
        assert [f["name"] for f in resource["schema"]["fields"]] == frame.columns, resource["path"]
        assert resource["hash"] == "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()
        for field in resource["schema"]["fields"]:
            allowed = field.get("constraints", {}).get("enum")
            if allowed:
                assert set(frame[field["name"]].drop_nulls().cast(pl.String)) <= set(allowed)


def test_workflow_report_declares_the_pdfs_and_tables(project):
    done = snakemake(project, "--report", "reports/workflow-report.html")
    assert done.returncode == 0, done.stderr[-3000:]
    page = (project / "reports/workflow-report.html").read_text(encoding="utf-8")
    for name in ("totals.pdf", "estimates.pdf", "events.csv", "rejected.csv"):
        assert name in page


def test_parquet_tables_carry_their_own_schema(project):
    shards = sorted((project / "data/processed/facts.parquet").glob("shard-*.parquet"))
    assert shards  # facts.parquet is a folder of one file a shard, each with the schema
    for path in [project / "data/processed/events.parquet", *shards]:
        metadata = pl.read_parquet_metadata(path)
        fields = json.loads(metadata["swaptally:schema"])["fields"]
        assert [f["name"] for f in fields] == pl.read_parquet(path).columns
        assert metadata["swaptally:description"]
