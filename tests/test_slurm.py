"""The whole workflow on a real one-node Slurm, through workflow/profiles/slurm.

workflow/cluster/start-slurm.sh starts the cluster (with job accounting) unless one
already answers; the test stops what it started. Skipped, with the reason, where the
scheduler cannot be started (not root, no apt, no executor plugin), unless
SWAPTALLY_REQUIRE_SLURM=1 (CI) turns that into a failure.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT, copy_project, environment, snakemake

pytestmark = pytest.mark.slurm

CLUSTER = ROOT / "workflow/cluster"
ACCOUNT = PARTITION = "swaptally"  # what start-slurm.sh creates
# Every file a run writes, except Snakemake's and the rules' logs.
OUTPUT_DIRS = ("data/interim", "data/processed", "reports")
RULES = {"ingest", "extract", "events", "report_parameters", "execute_notebook", "render_pdf"}


def cannot(reason: str) -> None:
    if os.environ.get("SWAPTALLY_REQUIRE_SLURM") == "1":
        pytest.fail(f"Slurm required but {reason}")
    pytest.skip(reason)


def node_idle() -> bool:
    """A Slurm answers here and its node is idle (a cluster already running)."""
    if shutil.which("sinfo") is None:
        return False
    try:
        done = subprocess.run(
            ["sinfo", "-h", "-o", "%t"], capture_output=True, text=True, timeout=20
        )
    except subprocess.TimeoutExpired:
        return False
    return done.returncode == 0 and "idle" in done.stdout.split()


@pytest.fixture(scope="module")
def cluster():
    if importlib.util.find_spec("snakemake_executor_plugin_slurm") is None:
        cannot("snakemake-executor-plugin-slurm is not installed (pip install -e '.[slurm]')")
    if node_idle():
        yield  # someone else's cluster: leave it running
        return
    if os.geteuid() != 0:
        cannot("starting Slurm needs root (sudo workflow/cluster/start-slurm.sh)")
    started = subprocess.run(
        [str(CLUSTER / "start-slurm.sh")], capture_output=True, text=True, timeout=900
    )
    if started.returncode != 0:
        last = (started.stderr.strip().splitlines() or ["no output"])[-1]
        cannot(f"start-slurm.sh failed: {last}")
    try:
        yield
    finally:
        subprocess.run([str(CLUSTER / "stop-slurm.sh")], capture_output=True, timeout=300)


def outputs(project: Path) -> dict[str, bytes]:
    files = {}
    for folder in OUTPUT_DIRS:
        for path in sorted((project / folder).rglob("*")):
            relative = path.relative_to(project).as_posix()
            if path.is_file() and not relative.startswith("data/interim/logs/"):
                files[relative] = path.read_bytes()
    return files


def sacct(run_id: str) -> list[dict[str, str]]:
    """The run's jobs as sacct lists them (one line per job, steps left out)."""
    fields = ["JobID", "JobName", "Comment", "Account", "Partition", "State"]
    done = subprocess.run(
        ["sacct", "-X", "-n", "-P", "--starttime", "now-1days", "--name", run_id,
         f"--format={','.join(fields)}"],
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    print(done.stdout)  # shown with -rP / on failure: the proof that Slurm ran them
    return [dict(zip(fields, line.split("|"), strict=True)) for line in done.stdout.splitlines()]


def test_workflow_on_slurm_gives_the_local_bytes(cluster, tmp_path):
    for name in ("local", "slurm"):
        (tmp_path / name).mkdir()
    local = copy_project(tmp_path / "local")
    done = snakemake(local)
    assert done.returncode == 0, done.stderr[-5000:]

    project = copy_project(tmp_path / "slurm")
    command = [
        sys.executable, "-m", "snakemake", "--workflow-profile", "workflow/profiles/slurm",
        # one node here: look at job states every few seconds, not after the default 40
        "--slurm-init-seconds-before-status-checks", "2",
    ]  # fmt: skip
    env = dict(environment(), SBATCH_ACCOUNT=ACCOUNT, SBATCH_PARTITION=PARTITION)
    done = subprocess.run(
        command, cwd=project, env=env, capture_output=True, text=True, timeout=1800
    )
    log = done.stdout + done.stderr
    assert done.returncode == 0, log[-5000:]

    run_id = re.search(r"SLURM run ID: (\S+)", log).group(1)
    submitted = set(re.findall(r"submitted with SLURM jobid (\d+)", log))
    jobs = sacct(run_id)
    assert {job["JobID"] for job in jobs} == submitted and submitted
    assert {job["State"] for job in jobs} == {"COMPLETED"}
    assert {job["Account"] for job in jobs} == {ACCOUNT}
    assert {job["Partition"] for job in jobs} == {PARTITION}
    assert run_id.startswith("swaptally_")
    rules = {job["Comment"].split("_wildcards_")[0].removeprefix("rule_") for job in jobs}
    assert rules >= RULES

    expected = outputs(local)
    got = outputs(project)
    assert sorted(got) == sorted(expected)
    assert [name for name in expected if got[name] != expected[name]] == []
