"""Faults: a killed job leaves no half-written table, and a rerun gives the same bytes."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import polars as pl
import pytest
from helpers import copy_project, environment, snakemake, snakemake_command
from swaptally import tables

TARGET = "data/processed/events.parquet"
OUTPUTS = (
    "data/processed/events.parquet",
    "data/processed/events.csv",
    "data/processed/facts.parquet",
    "data/processed/rejected.csv",
    "data/processed/datapackage.json",
)


def test_failed_write_keeps_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "table.csv"
    target.write_text("old")

    def half_then_crash(tmp: Path) -> None:
        tmp.write_text("new but unfinis")
        raise RuntimeError("killed")

    with pytest.raises(RuntimeError):
        tables.write_atomic(target, half_then_crash)
    assert target.read_text() == "old"
    assert list(tmp_path.iterdir()) == [target]


def test_stale_temporary_of_a_killed_writer_is_cleared(tmp_path):
    stale = tmp_path / ".table.csv.abc123.tmp"
    stale.write_text("left by a killed job")
    tables.write_text("fresh", tmp_path / "table.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["table.csv"]


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("clean"))
    done = snakemake(project, TARGET)
    assert done.returncode == 0, done.stderr[-3000:]
    return project


def kill_when_started(project: Path, log: str) -> None:
    """Start the workflow and SIGKILL it (and its jobs) as soon as the job writing log starts."""
    run = subprocess.Popen(
        snakemake_command(TARGET),
        cwd=project,
        env=environment(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while not (project / log).exists():
        assert run.poll() is None, "the workflow ended before the job to kill started"
        assert time.monotonic() < deadline, f"{log} never appeared"
        time.sleep(0.01)
    os.killpg(run.pid, signal.SIGKILL)
    run.wait()


@pytest.mark.parametrize("log", ["data/interim/logs/extract", "data/interim/logs/events.log"])
def test_killed_run_then_rerun_gives_the_same_bytes(uninterrupted, tmp_path, log):
    project = copy_project(tmp_path)
    kill_when_started(project, log)
    for parquet in (project / "data").rglob("*.parquet"):
        pl.read_parquet(parquet)  # whatever exists is whole
    # A killed Snakemake leaves its lock; it says to unlock, and so does a user.
    assert snakemake(project, "--unlock").returncode == 0
    done = snakemake(project, TARGET, "--rerun-incomplete")
    assert done.returncode == 0, done.stderr[-3000:]
    for name in OUTPUTS:
        assert (project / name).read_bytes() == (uninterrupted / name).read_bytes(), name
    leftovers = [p for p in (project / "data").rglob(".*.tmp")]
    assert leftovers == []
