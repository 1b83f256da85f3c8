"""The events step with its cache (stage_cache.py, published_facts.py): the days, stages
and facts files it keeps give, after an added article, the bytes of a build from scratch."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import polars as pl
import pytest
from swaptally.cli import main
from swaptally.merge import publish
from test_synthetic import synthetic

SHARDS = 2


def shard_tables(raw: Path, folder: Path) -> dict[str, list[str]]:
    """raw ingested and extracted into SHARDS shards: docs, facts and scope files."""
    folder.mkdir()
    found: dict[str, list[str]] = {"docs": [], "facts": [], "scope": []}
    for k in range(SHARDS):
        docs, facts, scope = (folder / f"{n}-{k}.parquet" for n in ("docs", "facts", "scope"))
        shard = ["--shard", str(k), "--shards", str(SHARDS)]
        assert main(["-q", "ingest", str(raw), "-o", str(docs), *shard]) == 0
        assert main(["-q", "extract", str(docs), "-o", str(facts), "--scope", str(scope)]) == 0
        for name, path in (("docs", docs), ("facts", facts), ("scope", scope)):
            found[name].append(str(path))
    return found


def published(shards: dict[str, list[str]], out: Path, cache: Path | None) -> dict[str, bytes]:
    publish(shards["facts"], shards["docs"], [], out, scope_paths=shards["scope"], cache=cache)
    return {
        p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()
    }


def taken(log: str) -> tuple[int, int]:
    """(clusters taken from the cache, clusters) as the events step logs them."""
    found = re.search(r"stages: (\d+) of (\d+) day clusters taken from the cache", log)
    assert found, log
    return int(found.group(1)), int(found.group(2))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("stage-cache")
    synthetic.generate(folder / "raw", 240, seed=11)
    return folder


def test_an_added_article_rebuilds_few_stages_and_gives_a_clean_builds_bytes(
    corpus, tmp_path, caplog
):
    cache = tmp_path / "cache"
    before = shard_tables(corpus / "raw", tmp_path / "before")
    first = published(before, tmp_path / "first", cache)
    assert first == published(before, tmp_path / "plain", None)  # the cache changes no byte
    with caplog.at_level(logging.INFO, logger="swaptally"):
        assert published(before, tmp_path / "again", cache) == first
    hits, clusters = taken(caplog.text)
    assert hits == clusters > 10  # every cluster came from the cache
    caplog.clear()
    synthetic.generate(corpus / "raw", 1, seed=11, first=240)
    after = shard_tables(corpus / "raw", tmp_path / "after")
    with caplog.at_level(logging.INFO, logger="swaptally"):
        incremental = published(after, tmp_path / "incremental", cache)
    hits, clusters = taken(caplog.text)
    assert 0 < hits < clusters  # the clusters the article touched were built
    clean = published(after, tmp_path / "clean", None)
    assert sorted(incremental) == sorted(clean)
    for name in clean:
        assert incremental[name] == clean[name], name
    assert incremental["events.parquet"] != first["events.parquet"]


def test_a_cache_of_other_code_is_not_read(corpus, tmp_path):
    from swaptally.events.stage_cache import CODE, StageCache

    cache = tmp_path / "events"
    cache.mkdir()
    pl.DataFrame({"_key": ["stage-1-2-3"]}).write_parquet(
        cache / "stages.parquet", metadata={CODE: "an older swaptally"}
    )
    assert StageCache(cache).kept("stages") is None
    assert StageCache(None).kept("stages") is None


def test_a_run_after_one_that_built_no_stages_reuses_its_cache(corpus, tmp_path):
    """A first run of no text (or of texts with no figure) keeps empty tables that the
    next run reads: they have the columns reuse asks for, so the next run builds."""
    cache = tmp_path / "cache"
    (tmp_path / "empty").mkdir()
    empty = shard_tables(tmp_path / "empty", tmp_path / "none")
    published(empty, tmp_path / "first", cache)
    one = tmp_path / "one"
    one.mkdir()
    article = sorted((corpus / "raw").rglob("*.md"))[0]
    (one / article.name).write_bytes(article.read_bytes())
    shards = shard_tables(one, tmp_path / "one-shards")
    again = published(shards, tmp_path / "again", cache)
    assert again == published(shards, tmp_path / "plain", None)
    assert pl.read_parquet(tmp_path / "again" / "events.parquet").height > 0
