"""Re-runs: an edited or added text re-runs its shard, the merge and the reports, no more."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml
from swaptally.ingest import shard_of
from test_workflow import copy_project, snakemake

EVENTS = "data/processed/events.parquet"
TABLE_RULES = {"ingest", "extract", "events"}
JOB = re.compile(r"^(?:local)?rule (\w+):\n((?:[ \t]+.*\n?)*)", re.M)
SHARD = re.compile(r"wildcards:.*\bshard=(\d+)")

NEW_TEXT = """---
title: "Further captives return"
publisher: "Test Wire"
published: 2025-05-27
url: "https://test.example/further"
lang: en
---
Ukraine said 12 more soldiers came home on Tuesday in a separate exchange with Russia.
"""


def planned(project: Path, *targets: str) -> Counter:
    """The jobs a dry run plans: (rule, shard or None) → count."""
    done = snakemake(project, "--dry-run", *targets)
    assert done.returncode == 0, done.stderr[-3000:]
    jobs: Counter = Counter()
    for rule, body in JOB.findall(done.stdout + done.stderr):
        shard = SHARD.search(body)
        jobs[rule, int(shard.group(1)) if shard else None] += 1
    return jobs


def tables_part(jobs: Counter) -> Counter:
    return Counter({job: n for job, n in jobs.items() if job[0] in TABLE_RULES})


def reports_part(jobs: Counter) -> Counter:
    return Counter({job: n for job, n in jobs.items() if job[0] not in TABLE_RULES})


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("incremental"))
    # Several shards, so that "only its shard" has other shards to leave alone (the
    # sample corpus alone would get one).
    config = project / "workflow/config.yaml"
    config.write_text(re.sub(r"(?m)^shards: .*$", "shards: 4", config.read_text()))
    done = snakemake(project, EVENTS)
    assert done.returncode == 0, done.stderr[-5000:]
    return project


@pytest.fixture(scope="module")
def shards(project) -> int:
    return yaml.safe_load((project / "workflow/config.yaml").read_text())["shards"]


@pytest.fixture(scope="module")
def report_jobs(project) -> Counter:
    """What the default target plans with the tables up to date: the report rules only."""
    jobs = planned(project)
    assert tables_part(jobs) == Counter()
    assert jobs["execute_notebook", None] >= 1 and jobs["render_pdf", None] >= 1
    return jobs


def shard_files(project: Path, shard: int) -> dict[str, int]:
    """mtimes of one shard's intermediate tables."""
    names = [f"data/interim/{kind}/shard-{shard}.parquet" for kind in ("documents", "facts")]
    return {name: (project / name).stat().st_mtime_ns for name in names}


def expect_one_shard(project: Path, shard: int, shards: int, report_jobs: Counter) -> None:
    """A dry run plans ingest and extract of that shard, events, and the same report jobs."""
    assert tables_part(planned(project, EVENTS)) == Counter(
        {("ingest", shard): 1, ("extract", shard): 1, ("events", None): 1}
    )
    everything = planned(project)
    assert tables_part(everything) == Counter(
        {("ingest", shard): 1, ("extract", shard): 1, ("events", None): 1}
    )
    assert reports_part(everything) == report_jobs
    # Run it: only that shard's tables are written again.
    others = [k for k in range(shards) if k != shard]
    before = {k: shard_files(project, k) for k in others}
    events_before = (project / EVENTS).stat().st_mtime_ns
    done = snakemake(project, EVENTS)
    assert done.returncode == 0, done.stderr[-5000:]
    assert {k: shard_files(project, k) for k in others} == before
    assert (project / EVENTS).stat().st_mtime_ns > events_before


def test_a_finished_run_plans_nothing(project):
    done = snakemake(project, EVENTS, "--dry-run", "--quiet", "rules")
    assert done.returncode == 0, done.stderr
    assert "Job stats" not in done.stdout + done.stderr
    assert planned(project, EVENTS) == Counter()


def test_an_edited_text_reruns_only_its_shard(project, shards, report_jobs):
    path = "data/raw/harbor-wire-0523-swap-begins.md"
    with open(project / path, "a", encoding="utf-8") as handle:
        handle.write("\nOfficials said the next stage would follow within days.\n")
    expect_one_shard(project, shard_of(path, shards), shards, report_jobs)
    assert planned(project, EVENTS) == Counter()


def test_an_added_text_reruns_only_its_shard(project, shards, report_jobs):
    path = "data/raw/incoming/test-wire-0527-further-returns.md"
    (project / path).parent.mkdir(parents=True, exist_ok=True)
    (project / path).write_text(NEW_TEXT, encoding="utf-8")
    expect_one_shard(project, shard_of(path, shards), shards, report_jobs)
    assert planned(project, EVENTS) == Counter()
