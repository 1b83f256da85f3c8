"""facts.parquet as a folder of one Parquet file a shard, each rewritten only when its
rows change.

A million articles give 2.6 million facts (120 MB of Parquet, their sentences most of
it). One added article changes the facts of one shard and the event links of a few
others; writing the whole table again on every run cost seconds the run does not need.
So `data/processed/facts.parquet` is a folder (as Spark, Arrow and polars datasets
are): `shard-0000.parquet`, `shard-0001.parquet`, … one per facts shard, in shard
order, which `pl.read_parquet` and `pl.scan_parquet` read as one table.

Each file is keyed by a hash of everything it is made from: the shard's facts and
scope files (their bytes), the rows the events step found for it (days, scope, event
links), the reviewer's corrections of its facts and the events code. A file whose key
is in the cache (`--cache`, the workflow's `data/interim/cache/facts/`) is linked from
there instead of being written again: the same key gives the same bytes, so an
incremental run publishes exactly what a run from scratch does. The folder is
Snakemake's output (it empties it before the job); the cache is not, and keeps one
file a shard, the last written.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

import polars as pl

from swaptally import __version__
from swaptally.fingerprint import fingerprint
from swaptally.tables import sha256_file, write_atomic

# a change of what a published file holds that the events code's fingerprint misses
FORMAT = "facts-shard-1"
SHARD_FILE = re.compile(r"shard-(\d+)\.parquet")
CACHED_FILE = re.compile(r"shard-(\d+)\.([0-9a-f]{20})\.parquet")


def shard_name(k: int, shards: int) -> str:
    """The published file of shard k of `shards`: zero-padded, so that a folder listing
    (which is how readers of the folder order its files) is in shard order."""
    width = max(4, len(str(shards - 1)))
    return f"shard-{k:0{width}d}.parquet"


def _frame_bytes(frame: pl.DataFrame) -> bytes:
    """The frame's columns and a hash of each row, in order: the same for equal frames
    however their rows are held in memory (their IPC bytes follow the chunks)."""
    head = repr(list(frame.schema.items())).encode()
    rows = frame.hash_rows(seed=0x5A17).to_numpy().tobytes() if frame.width else b""
    return head + b"\0" + rows


class FactsFolder:
    """The published facts folder `target`, for `shards` shards, with its cache (None:
    every file is written)."""

    def __init__(self, target: str | Path, shards: int, cache: str | Path | None) -> None:
        self.target, self.shards = Path(target), shards
        self.cache = None if cache is None else Path(cache)
        # rows are hashed by polars (stable within a version)
        self.code = f"{FORMAT}|{__version__}|{fingerprint('events')}|polars {pl.__version__}"
        self.used: set[str] = set()
        self.written = 0
        if self.target.is_file():  # a facts.parquet of one file, as written before the folder
            self.target.unlink()
        self.target.mkdir(parents=True, exist_ok=True)
        if self.cache is not None:
            self.cache.mkdir(parents=True, exist_ok=True)

    def key(self, sources: Sequence[str | Path], frames: Sequence[pl.DataFrame]) -> str:
        """A hash of a shard's files (their bytes) and of the frames it is built from."""
        digest = hashlib.sha256(self.code.encode())
        for path in sources:
            digest.update(b"\0file\0" + bytes.fromhex(sha256_file(path)))
        for frame in frames:
            data = _frame_bytes(frame)
            digest.update(b"\0frame\0" + len(data).to_bytes(8, "little") + data)
        return digest.hexdigest()[:20]

    def put(self, k: int, key: str, write: Callable[[Path], object]) -> None:
        """Shard k's file: linked from the cache when its key is there, else written by
        write(path) (into the cache first when there is one)."""
        target = self.target / shard_name(k, self.shards)
        self.used.add(target.name)
        if self.cache is None:
            write_atomic(target, write)
            self.written += 1
            return
        cached = self.cache / f"shard-{k}.{key}.parquet"
        self.used.add(cached.name)
        if not cached.exists():
            write_atomic(cached, write)
            self.written += 1
        if target.exists() and os.path.samefile(target, cached):
            return
        _link(cached, target)

    def finish(self) -> None:
        """Remove the files no shard of this run has: the cache's older versions, and shard
        files of a run with more shards left in a folder written by hand."""
        for name in os.listdir(self.target):
            if SHARD_FILE.fullmatch(name) and name not in self.used:
                (self.target / name).unlink()
        if self.cache is not None:
            for name in os.listdir(self.cache):
                if CACHED_FILE.fullmatch(name) and name not in self.used:
                    (self.cache / name).unlink()


def _link(source: Path, target: Path) -> None:
    """target as a hard link to source (a copy where the file system has none), replaced
    atomically."""
    tmp = target.with_name(f".{target.name}.link.tmp")
    tmp.unlink(missing_ok=True)
    try:
        os.link(source, tmp)
    except OSError:
        shutil.copyfile(source, tmp)
    os.replace(tmp, target)


def facts_files(path: str | Path) -> list[Path]:
    """The Parquet files of a published facts table: the folder's shard files in order,
    or the one file (a facts.parquet written before the folder)."""
    path = Path(path)
    if not path.is_dir():
        return [path]
    return sorted(p for p in path.iterdir() if SHARD_FILE.fullmatch(p.name))
