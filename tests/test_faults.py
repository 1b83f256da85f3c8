"""Faults: a killed job leaves no half-written table; the README's recovery gives the same bytes."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import polars as pl
import pytest
from helpers import contents, environment, small_copy, snakemake
from swaptally import tables


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


README = Path(__file__).resolve().parents[1] / "README.md"
OUTPUTS = (
    "data/processed/events.parquet",
    "data/processed/events.csv",
    "data/processed/facts.parquet",
    "data/processed/documents.csv",
    "data/processed/rejected.csv",
    "data/processed/datapackage.json",
    "reports/totals.ipynb",
    "reports/totals.pdf",
    "reports/estimates.pdf",
    "reports/manifest.json",
)


def readme_command(marker: str) -> str:
    """The shell line of the code block after <!-- marker --> in the README."""
    lines = README.read_text(encoding="utf-8").splitlines()
    block = lines[lines.index(f"<!-- {marker} -->") + 1 :]
    assert block[0].startswith("```"), f"no code block after <!-- {marker} -->"
    return "\n".join(block[1 : block.index("```", 1)])


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory) -> Path:
    project = small_copy(tmp_path_factory.mktemp("clean"))
    done = snakemake(project)
    assert done.returncode == 0, done.stderr[-3000:]
    return project


def interrupt_when_started(project: Path, log: str, sig: signal.Signals) -> None:
    """Run plain `snakemake`; send sig to it and its jobs as soon as the job writing log starts.

    SIGINT to the whole process group is what Ctrl-C in a terminal does.
    """
    run = subprocess.Popen(
        ["snakemake"],
        cwd=project,
        env=environment(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 180
    while not (project / log).exists():
        assert run.poll() is None, "the workflow ended before the job to interrupt started"
        assert time.monotonic() < deadline, f"{log} never appeared"
        time.sleep(0.01)
    os.killpg(run.pid, sig)
    assert run.wait(timeout=120) != 0


@pytest.mark.parametrize(
    ("sig", "log"),
    [
        (signal.SIGINT, "data/interim/logs/extract"),
        (signal.SIGKILL, "data/interim/logs/events.log"),
        (signal.SIGKILL, "data/interim/logs/reports/totals.papermill.log"),
    ],
    ids=["ctrl-c-in-extract", "kill-9-in-events", "kill-9-in-papermill"],
)
def test_readme_recovery_after_an_interruption_gives_the_same_bytes(
    uninterrupted, tmp_path, sig, log
):
    project = small_copy(tmp_path)
    interrupt_when_started(project, log, sig)
    for parquet in (project / "data").rglob("*.parquet"):
        pl.read_parquet(parquet)  # whatever exists is whole
    recovery = readme_command("recover")
    assert "snakemake" in recovery
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", recovery],
        cwd=project,
        env=environment(),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    for name in OUTPUTS:
        assert contents(project / name) == contents(uninterrupted / name), name
    assert [p for p in project.rglob(".*.tmp")] == []
