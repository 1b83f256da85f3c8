"""How many shards a corpus is split into when the config says `shards: auto`.

Every shard is one ingest and one extract job, and each job pays a Python start-up
(≈ 0.3–1 s) however few texts it holds, so a small corpus wants few shards; a large one
wants shards small enough that one changed text re-runs little. The count is a power
of two that grows with the corpus, so it changes only when the corpus has doubled
since the last change. A change moves most texts to another shard (and re-reads the
whole corpus once), which is why the count moves in such coarse steps.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from swaptally.ingest import Listing

# ≈ 4,000 texts a shard: 100,000 texts give 32 shards (one changed text re-runs a shard
# in a few seconds), the sample corpus one.
TEXTS_PER_SHARD = 4000
# A JSON Lines feed holds many articles; it counts as its size over a typical article's.
BYTES_PER_TEXT = 3000
# At most 128 (a million texts: ≈ 7,800 a shard): each job's fixed cost (start-up, and for
# Snakemake a job to schedule and finish: ≈ 0.3 s ingest, 0.7 s extract, 0.3 s Snakemake's)
# was ≈ 200 CPU s of a million's 1,620 with 256 shards; one added text re-runs a shard of
# twice the texts, whose extract job takes the unchanged ones from its cache.
MAX_SHARDS = 128


def shard_count(texts: int, feeds: int = 0, feed_bytes: int = 0) -> int:
    """The power of two of shards for this many text files plus feeds (files, bytes).

    One shard per TEXTS_PER_SHARD texts rounded up to a power of two, at most
    MAX_SHARDS, and never more shards than files (a feed is never split).
    """
    if min(texts, feeds, feed_bytes) < 0:
        raise ValueError("counts must not be negative")
    work = texts + feed_bytes // BYTES_PER_TEXT
    files = texts + feeds
    shards = 1
    while shards < MAX_SHARDS and work > shards * TEXTS_PER_SHARD and 2 * shards <= files:
        shards *= 2
    return shards


def corpus_shards(root: str | Path, listing: Listing | None = None) -> int:
    """shard_count of the raw texts below root (or of their listing, walked already):
    files counted, JSON Lines feeds by size."""
    from swaptally.ingest import corpus_listing

    texts = feeds = feed_bytes = 0
    for path, (stat, _) in listing if listing is not None else corpus_listing(root):
        if path.lower().endswith(".jsonl"):
            feeds += 1
            feed_bytes += stat.st_size
        else:
            texts += 1
    return shard_count(texts, feeds, feed_bytes)
