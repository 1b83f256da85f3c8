#!/usr/bin/env python3
"""Benchmark the workflow from raw texts to data/processed/events.parquet.

For each size N: copy the project into a temporary folder, generate N synthetic
articles (workflow/benchmarks/synthetic.py) into it, and run

    snakemake data/processed/events.parquet --config raw=corpus shards=S

measuring wall time and peak memory (RSS) per stage by watching Snakemake's
process tree with psutil (every job is a `swaptally ingest|extract|events`
process). Then, on the same project: a no-op re-run, and a re-run after one
article is added, until events.parquet is updated. The reports stage is not
part of the timed path. Prints one table.

    python workflow/benchmarks/bench_workflow.py --sizes 1000 10000 100000 [--shards 64]
    python workflow/benchmarks/bench_workflow.py --sizes 1000000 --feeds --workdir DIR

Articles are one Markdown file each, or with --feeds lines of JSON Lines feeds of
100 articles (10,000 feeds for a million), as a large archive is kept: every run
lists the corpus with a stat of every file, which for a million files alone
(≈ 5 s here) would exceed a 3 s no-op. The added article is a line of a new or
growing feed. The workflow's `shards: auto` gives 1,000 articles 1 shard, 10,000
4, 100,000 32 and 1,000,000 128. A million articles write ≈ 4 GB (feeds and
tables) and run for about a quarter of an hour on two cores: not on a busy machine.

The project copy runs its own package (PYTHONPATH), so editing the checkout during a
long run changes nothing in it, and with bytecode caching on, as an installed
environment has it. Under the table, one line per run: the CPU time of the
Snakemake process itself (its scheduling) and the jobs that ran.

Stage wall is from the first job of a stage starting to its last job ending
(with two cores the greedy scheduler interleaves ingest and extract jobs, so
stage walls overlap); "job-s" is the sum of the stage's job durations; "job
peak RSS" is the largest RSS of one job; "peak RSS" is, on a stage's row, the
largest sum of RSS of its jobs running at the same time, and on a run's row the
largest RSS of Snakemake and all its jobs together.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
from synthetic import FEED_SIZE, generate  # noqa: E402

PROJECT_PARTS = ("Snakefile", "workflow", "notebooks")
STAGES = ("ingest", "extract", "events")
NOTES: list[str] = []  # one line per Snakemake run, printed under the table
TARGET = "data/processed/events.parquet"


@dataclass
class Job:
    stage: str
    start: float
    end: float
    peak: int = 0


CHILDREN_LISTS = Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").exists()


def processes(root: psutil.Process) -> list[psutil.Process]:
    """root and its descendants, from Linux's per-thread children lists where there are.

    psutil's children() reads every process of the machine to find them: on a shared
    machine ≈ a fifth of a core at 20 samples a second, taken from the jobs measured.
    """
    if not CHILDREN_LISTS:
        return [root, *root.children(recursive=True)]
    if not root.is_running():
        raise psutil.NoSuchProcess(root.pid)
    found, todo = [root], [root.pid]
    while todo:
        pid = todo.pop()
        try:
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children") as handle:
                    children = [int(child) for child in handle.read().split()]
                for child in children:
                    try:
                        found.append(psutil.Process(child))
                    except psutil.Error:  # ended meanwhile
                        continue
                    todo.append(child)
        except OSError:  # ended meanwhile
            continue
    return found


@dataclass
class Watch:
    """Samples a process tree until stopped: jobs by stage, and the peak of the whole tree."""

    root: psutil.Process
    interval: float = 0.05
    # by (pid, start time): on a busy machine a pid comes back within one run
    jobs: dict[tuple[int, float], Job] = field(default_factory=dict)
    samples: list[tuple[float, dict[tuple[int, float], int]]] = field(default_factory=list)
    run_peak: int = 0
    snakemake_cpu: float = 0.0  # CPU seconds of the Snakemake process itself, not its jobs
    _stop: threading.Event = field(default_factory=threading.Event)

    def _stage(self, proc: psutil.Process) -> str | None:
        try:
            cmd = proc.cmdline()
        except (psutil.Error, OSError):
            return None
        # the `swaptally` console script: [python, .../swaptally, stage, ...]
        for i, part in enumerate(cmd[:3]):
            if part.endswith("swaptally") and i + 1 < len(cmd) and cmd[i + 1] in STAGES:
                return cmd[i + 1]
        return None

    def run(self) -> None:
        while not self._stop.is_set():
            now = time.perf_counter()
            try:
                procs = processes(self.root)
            except psutil.Error:
                break
            total, current = 0, {}
            try:
                cpu = self.root.cpu_times()
                self.snakemake_cpu = cpu.user + cpu.system
            except psutil.Error:
                pass
            for proc in procs:
                try:
                    rss = proc.memory_info().rss
                    key = (proc.pid, proc.create_time())
                except psutil.Error:
                    continue
                total += rss
                job = self.jobs.get(key)
                if job is None:
                    stage = self._stage(proc)
                    if stage is None:
                        continue
                    job = self.jobs[key] = Job(stage, now, now)
                job.end = now
                job.peak = max(job.peak, rss)
                current[key] = rss
            self.run_peak = max(self.run_peak, total)
            self.samples.append((now, current))
            time.sleep(self.interval)

    def stop(self) -> None:
        self._stop.set()

    def stage_rows(self) -> dict[str, tuple[int, float, float, int, int]]:
        """stage → (jobs, wall s, summed job s, largest job RSS, largest concurrent RSS)."""
        rows = {}
        for stage in STAGES:
            jobs = {key: j for key, j in self.jobs.items() if j.stage == stage}
            if not jobs:
                continue
            wall = max(j.end for j in jobs.values()) - min(j.start for j in jobs.values())
            concurrent = max(
                (
                    sum(rss for key, rss in sample.items() if key in jobs)
                    for _, sample in self.samples
                ),
                default=0,
            )
            busy = sum(j.end - j.start for j in jobs.values())
            rows[stage] = (len(jobs), wall, busy, max(j.peak for j in jobs.values()), concurrent)
        return rows


def snakemake(project: Path, config: list[str], log: Path, extra: tuple[str, ...] = ()):
    """Run snakemake to the events table; returns (wall seconds, Watch)."""
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    # Every job is a fresh Python: without cached bytecode each one compiles Snakemake's,
    # polars' and our modules from source again (≈ 1 s a job), which no installed
    # environment does. Let the first job write the cache, as a normal install has it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # The copy's package, not the checkout's (an editable install points there): an edit
    # in the checkout during a long run changes no job's code or stage fingerprint.
    env["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(project / "workflow"), os.environ.get("PYTHONPATH")])
    )
    cmd = [
        sys.executable, "-m", "snakemake", "--cores", "2",
        "--workflow-profile", "workflow/profiles/default",
        TARGET, "--config", *config, *extra,
    ]  # fmt: skip
    started = time.perf_counter()
    with open(log, "a") as out:
        out.write(f"\n$ {' '.join(cmd)}\n")
        out.flush()
        proc = psutil.Popen(cmd, cwd=project, env=env, stdout=out, stderr=subprocess.STDOUT)
        watch = Watch(proc)
        thread = threading.Thread(target=watch.run, daemon=True)
        thread.start()
        code = proc.wait()
        wall = time.perf_counter() - started
        watch.stop()
        thread.join()
    if code != 0:
        sys.exit(f"snakemake failed ({code}); see {log}")
    return wall, watch


def copy_project(target: Path) -> None:
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / part)


def mb(n: int) -> str:
    return f"{n / 2**20:,.0f} MB"


def bench(
    size: int, shards: int | str, seed: int, workdir: Path, log: Path, per_feed: int = 0
) -> list[list[str]]:
    project = workdir / f"n{size}"
    shutil.rmtree(project, ignore_errors=True)
    project.mkdir(parents=True)
    copy_project(project)
    t0 = time.perf_counter()
    words = generate(project / "corpus", size, seed, per_feed=per_feed)
    made = time.perf_counter() - t0
    form = f"feeds of {per_feed}" if per_feed else "files"
    if shards == "auto":
        from swaptally.shards import corpus_shards

        shown = f"auto ({corpus_shards(project / 'corpus')})"
    else:
        shown = str(shards)
    print(
        f"N={size:,} ({form}): {words:,} words generated in {made:.1f} s; shards={shown}",
        flush=True,
    )
    config = ["raw=corpus", f"shards={shards}"]

    rows = []
    label = f"{size:,}{' (feeds)' if per_feed else ''}"

    def row(what: str, jobs: object, wall: float, busy: str, job_peak: str, peak: int) -> None:
        rows.append([label, what, str(jobs), f"{wall:.1f}", busy, job_peak, mb(peak)])

    def note(what: str, watch: Watch) -> None:
        ran = Counter(job.stage for job in watch.jobs.values())
        jobs = ", ".join(f"{n} {stage}" for stage, n in ran.items()) or "no job"
        NOTES.append(f"{label}, {what}: Snakemake itself {watch.snakemake_cpu:.1f} CPU s; {jobs}")

    wall, watch = snakemake(project, config, log)
    for stage, (jobs, stage_wall, busy, job_peak, stage_peak) in watch.stage_rows().items():
        row(stage, jobs, stage_wall, f"{busy:.1f}", mb(job_peak), stage_peak)
    row("raw → events.parquet", "", wall, "", "", watch.run_peak)
    note("raw → events.parquet", watch)

    noop, watch = snakemake(project, config, log)
    row("no-op re-run", len(watch.jobs), noop, "", "", watch.run_peak)
    note("no-op re-run", watch)

    events = project / TARGET
    before = events.stat().st_mtime_ns
    # one more article: a new file, or a line of a new or growing feed
    generate(project / "corpus", 1, seed, first=size, per_feed=per_feed)
    added, watch = snakemake(project, config, log)
    if events.stat().st_mtime_ns == before:
        sys.exit("events.parquet was not updated after adding an article")
    row("one article added", len(watch.jobs), added, "", "", watch.run_peak)
    note("one article added", watch)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument(
        "--shards", type=int, default=0, help="shard count (default: the workflow's config)"
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--feeds",
        type=int,
        nargs="?",
        const=FEED_SIZE,
        default=0,
        metavar="PER_FEED",
        help=f"articles as JSON Lines feeds of PER_FEED each (default {FEED_SIZE}), not files",
    )
    parser.add_argument("--workdir", type=Path, help="keep the projects here (default: a temp dir)")
    args = parser.parse_args()

    if args.shards:
        shards = args.shards
    else:
        import yaml

        shards = yaml.safe_load((ROOT / "workflow/config.yaml").read_text())["shards"]
    tmp = None
    if args.workdir:
        workdir = args.workdir
        workdir.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="swaptally-bench-")
        workdir = Path(tmp.name)
    log = workdir / "snakemake.log"
    print(f"cores: {os.cpu_count()}; Snakemake output in {log}", flush=True)
    rows = []
    try:
        for size in args.sizes:
            rows += bench(size, shards, args.seed, workdir, log, args.feeds)
    finally:
        if tmp is not None and not args.workdir:
            shutil.copy(log, Path(tempfile.gettempdir()) / "swaptally-bench-snakemake.log")
            tmp.cleanup()
    header = ["articles", "stage", "jobs", "wall s", "job-s", "job peak RSS", "peak RSS"]
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    print()
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
    print()
    print("\n".join(NOTES))


if __name__ == "__main__":
    main()
