"""`shards: auto`: the shard count from the corpus size."""

from __future__ import annotations

import pytest
from helpers import ROOT
from swaptally.shards import MAX_SHARDS, TEXTS_PER_SHARD, corpus_shards, shard_count


def test_small_corpora_get_one_shard_large_ones_many():
    assert shard_count(0) == 1
    assert shard_count(10) == 1
    assert shard_count(TEXTS_PER_SHARD) == 1
    assert shard_count(100_000) == 32
    assert shard_count(1_000_000) == MAX_SHARDS
    assert shard_count(50_000_000) == MAX_SHARDS


def test_the_count_is_a_power_of_two_that_changes_only_when_the_corpus_doubles():
    changes = []
    for texts in range(1, 70_000):
        before, after = shard_count(texts), shard_count(texts + 1)
        assert after & (after - 1) == 0
        if after != before:
            changes.append((texts, before, after))
    assert changes == [(TEXTS_PER_SHARD * 2**k, 2**k, 2 ** (k + 1)) for k in range(5)]


def test_feeds_count_by_size_but_are_never_split():
    # three feeds of a million articles' worth: as many shards as files allow
    assert shard_count(0, feeds=3, feed_bytes=3_000_000_000) == 2
    assert shard_count(0, feeds=64, feed_bytes=3_000_000_000) == 64
    assert shard_count(0, feeds=1, feed_bytes=10**12) == 1
    with pytest.raises(ValueError):
        shard_count(-1)


def test_corpus_shards_walks_the_corpus(tmp_path):
    assert corpus_shards(ROOT / "data/raw") == 1
    for k in range(3):
        (tmp_path / f"feed-{k}.jsonl").write_bytes(b"x" * 10)
    (tmp_path / "notes.pdf").write_bytes(b"not a text")
    assert corpus_shards(tmp_path) == 1
    assert corpus_shards(tmp_path / "missing") == 1
