"""The review loop through Snakemake: review sheet, corrections file, re-run, appendix."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import polars as pl
import pytest
import yaml
from helpers import copy_project, snakemake

JOB = re.compile(r"^(?:local)?rule (\w+):$", re.M)
SHARDS = "shards=2"  # the sample corpus is ten texts; fewer jobs, same behaviour


def planned(project: Path, *args: str) -> Counter:
    done = snakemake(project, "--dry-run", *args, "--config", SHARDS)
    assert done.returncode == 0, done.stderr[-3000:]
    return Counter(JOB.findall(done.stdout + done.stderr))


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """A copy of the project after `snakemake review`, then a correction and `snakemake`."""
    project = copy_project(tmp_path_factory.mktemp("review"))
    done = snakemake(project, "review", "--config", SHARDS)
    assert done.returncode == 0, done.stderr[-5000:]
    return project


def estimate_ids(project: Path) -> list[str]:
    facts = pl.read_parquet(project / "data/processed/facts.parquet")
    held = facts.filter((pl.col("kind") == "held") & (pl.col("low") == 8000))
    return sorted(held.filter(pl.col("high") == 10000)["fact_id"])


def test_snakemake_review_writes_the_sheet_flagged_rows_first(project):
    sheet = pl.read_csv(project / "reports/review.csv")
    events = pl.read_parquet(project / "data/processed/events.parquet")
    assert sheet.height == events.height
    assert set(sheet["event_id"]) == set(events["event_id"])
    flagged = sheet["n_flags"].to_list()
    assert flagged == sorted(flagged, reverse=True) and flagged[0] > 0
    # every fact of every event is there, by its id
    facts = pl.read_parquet(project / "data/processed/facts.parquet")
    listed = {i for ids in sheet["fact_ids"].drop_nulls() for i in ids.split("; ")}
    assert set(facts["fact_id"]) <= listed
    assert not (project / "reports/totals.pdf").exists()  # review alone renders no report


def test_snakemake_review_writes_each_reports_own_sheet(project):
    """The estimates report looks at Ukrainians only: its sheet holds their events alone."""
    whole = pl.read_csv(project / "reports/review.csv")
    mine = pl.read_csv(project / "reports/estimates-review.csv")
    assert set(mine["persons_of"]) == {"UA"} and 0 < mine.height < whole.height
    assert set(mine["event_id"]) <= set(whole["event_id"])
    assert pl.read_csv(project / "reports/totals-review.csv").height <= whole.height
    # the sample's texts are all of the reports' window: each report lists every figure
    every = pl.read_csv(project / "reports/review-not-taken.csv")
    assert pl.read_csv(project / "reports/estimates-review-not-taken.csv").equals(every)
    # a report's list missing (as after an update that adds it) is made by `snakemake review`
    (project / "reports/estimates-review-not-taken.csv").unlink()
    assert planned(project, "review") == Counter({"review_report": 1, "review": 1})


def test_a_correction_flows_into_events_appendix_and_manifest(project):
    ids = estimate_ids(project)
    assert len(ids) >= 3
    entries = [{"fact": i, "action": "drop", "reason": "withdrawn by its source"} for i in ids]
    added = {
        "action": "add",
        "document": "data/raw/eastern-dispatch-0524-second-stage.txt",
        "quote": "a first stage on Friday in which 390 Ukrainians",
        "fields": {
            "kind": "exchange",
            "status": "reported",
            "persons_of": "UA",
            "held_by": "RU",
            "low": 390,
            "date": "2025-05-23",
        },
        "reason": "the Ukrainians of Friday's stage, as the reviewer reads them",
    }
    entries.append(added)
    corrections = project / "data/corrections.yaml"
    corrections.write_text(yaml.safe_dump(entries), encoding="utf-8")
    # only the merge and what follows it re-run; no ingest or extract
    jobs = planned(project, "review")
    assert jobs == Counter({"events": 1, "review_sheet": 1, "review_report": 2, "review": 1})
    # one executed report is enough to see the appendix (the PDFs render what it shows)
    done = snakemake(project, "reports/estimates.ipynb", "--config", SHARDS)
    assert done.returncode == 0, done.stderr[-5000:]

    events = pl.read_parquet(project / "data/processed/events.parquet")
    held = events.filter(pl.col("kind") == "held").select("low", "high").rows()
    assert (8000, 10000) not in held
    listed = pl.read_csv(project / "data/processed/corrections.csv")
    assert sorted(listed.filter(action="drop")["fact_id"]) == ids and listed["applied"].all()
    (new_id,) = listed.filter(action="add")["fact_id"]
    facts = pl.read_parquet(project / "data/processed/facts.parquet")
    assert facts.filter(fact_id=new_id)["rule"].to_list() == ["added"]
    executed = (project / "reports/estimates.ipynb").read_text(encoding="utf-8")
    assert executed.count("withdrawn by its source") == len(ids)
    # the extractor had found this figure: the added fact stands for it, once
    assert "added: 390 UA exchange reported 2025-05-23; in place of the extracted" in executed
    assert facts.filter(pl.col("path").str.contains("eastern-dispatch-0524"), low=390).height == 2

    # a changed corrections file re-runs the merge and the reports, nothing else
    corrections.write_text(yaml.safe_dump(entries[:1]), encoding="utf-8")
    jobs = planned(project)
    # (every report's parameters were checked for its review sheet by `snakemake review`)
    assert set(jobs) == {"events", "execute_notebook", "render_pdf", "manifest", "all"}
    assert jobs["events"] == 1
    assert (
        "--corrections data/corrections.yaml"
        in snakemake(
            project, "--dry-run", "--printshellcmds", "reports/manifest.json", "--config", SHARDS
        ).stdout
    )


def test_a_malformed_corrections_file_stops_before_any_job(project, tmp_path):
    bad = copy_project(tmp_path)
    (bad / "data/corrections.yaml").write_text(
        "- fact: fa-0123456789abcdef\n  action: dorp\n  reason: typo\n", encoding="utf-8"
    )
    done = snakemake(bad, "--config", SHARDS)
    assert done.returncode != 0
    errors = [line for line in done.stderr.splitlines() if line.startswith("swaptally:")]
    assert errors == [
        "swaptally: data/corrections.yaml: entry 1: action: 'dorp' is not an action: "
        "drop, set or add"
    ]
    assert not (bad / "data/interim").exists()


def test_a_stale_id_fails_a_strict_run(project, tmp_path):
    stale = [{"fact": "fa-00000000000000ff", "action": "drop", "reason": "no longer there"}]
    (project / "data/corrections.yaml").write_text(yaml.safe_dump(stale), encoding="utf-8")
    done = snakemake(project, "review", "--config", SHARDS, "strict=true")
    assert done.returncode != 0
    log = (project / "data/interim/logs/events.log").read_text(encoding="utf-8")
    assert "data/corrections.yaml: entry 1: fact fa-00000000000000ff does not exist" in log
    done = snakemake(project, "review", "--config", SHARDS)
    assert done.returncode == 0, done.stderr[-3000:]
    listed = pl.read_csv(project / "data/processed/corrections.csv")
    assert listed["applied"].to_list() == [False]
