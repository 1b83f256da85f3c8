"""An incremental run gives the bytes of a run from scratch: build, add one article,
build again (the events step reusing what its cache holds), and compare every table and
report with a clean build of the same texts."""

from __future__ import annotations

import re
from pathlib import Path

from helpers import small_copy, snakemake

ADDED = """---
title: "Nine more come home"
publisher: "Quay Courier"
published: 2025-05-28
url: "https://quay.example/nine-more"
lang: en
---
Nine Ukrainian servicemen returned from Russian captivity on Wednesday, the
Ukrainian coordination headquarters said, in the latest handover between the two sides.
"""
ADDED_PATH = "data/raw/late/quay-courier-0528-nine-more.md"


def build(project: Path) -> str:
    done = snakemake(project)
    assert done.returncode == 0, done.stderr[-5000:]
    return (project / "data/interim/logs/events.log").read_text(encoding="utf-8")


def outputs(project: Path) -> dict[str, bytes]:
    """Every published table and report, by path (facts.parquet's shard files one by one)."""
    found = {}
    for folder in ("data/processed", "reports"):
        for path in sorted((project / folder).rglob("*")):
            if path.is_file() and not path.name.startswith("."):
                found[path.relative_to(project).as_posix()] = path.read_bytes()
    return found


def test_an_added_article_gives_the_bytes_of_a_clean_build(tmp_path):
    project = small_copy(tmp_path / "incremental")
    build(project)
    before = outputs(project)
    (project / ADDED_PATH).parent.mkdir(parents=True)
    (project / ADDED_PATH).write_text(ADDED, encoding="utf-8")
    log = build(project)
    # the cache was used: not every shard's facts file was written again
    written = re.search(r"facts.parquet: (\d+) of 4 shard files written", log)
    assert written and int(written.group(1)) < 4, log
    clean = small_copy(tmp_path / "clean")
    (clean / ADDED_PATH).parent.mkdir(parents=True)
    (clean / ADDED_PATH).write_text(ADDED, encoding="utf-8")
    assert "facts.parquet: 4 of 4 shard files written" in build(clean)
    after, fresh = outputs(project), outputs(clean)
    assert sorted(after) == sorted(fresh)
    for name in fresh:
        assert after[name] == fresh[name], name
    # the article counts: the tables differ from those before it
    assert before["data/processed/events.parquet"] != after["data/processed/events.parquet"]
    assert any(n.startswith("data/processed/facts.parquet/shard-") for n in fresh)
