"""Running the workflow on a temporary copy of the project, for the end-to-end tests."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROJECT_PARTS = ("Snakefile", "workflow", "notebooks", "data/raw")


def copy_project(target: Path, raw: Path | None = None) -> Path:
    """The workflow files and a corpus (the sample one unless raw is given) in target."""
    for part in PROJECT_PARTS:
        source = raw if (part == "data/raw" and raw is not None) else ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / part)
    return target


def small_copy(target: Path) -> Path:
    """The project in target (made if missing) with 4 shards in its config (fewer jobs),
    run as a user runs it."""
    target.mkdir(parents=True, exist_ok=True)
    project = copy_project(target)
    config = project / "workflow/config.yaml"
    text, found = re.subn(r"(?m)^shards: .*$", "shards: 4", config.read_text(encoding="utf-8"))
    assert found == 1
    config.write_text(text, encoding="utf-8")
    return project


def snakemake_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "snakemake", "--cores", "2", *args]


def environment() -> dict[str, str]:
    """This interpreter's bin folder first on PATH, so rules find swaptally and papermill."""
    return dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")


def snakemake(project: Path, *args: str, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run(
        snakemake_command(*args),
        cwd=project,
        env=environment(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def contents(path: Path) -> bytes | dict[str, bytes]:
    """A file's bytes; a folder's (facts.parquet: one file a shard), each visible file's
    bytes by name."""
    if path.is_dir():
        return {
            p.name: p.read_bytes() for p in sorted(path.iterdir()) if not p.name.startswith(".")
        }
    return path.read_bytes()
