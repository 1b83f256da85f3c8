"""facts.parquet as a folder of shard files, each linked from the cache when its key is
there (published_facts.py)."""

from __future__ import annotations

from pathlib import Path

import polars as pl
from swaptally.published_facts import FactsFolder, facts_files, shard_name


def writer(frame: pl.DataFrame, calls: list[int]):
    def write(tmp: Path) -> None:
        calls.append(frame.height)
        frame.write_parquet(tmp)

    return write


def test_shard_files_are_named_so_a_listing_is_in_shard_order():
    names = [shard_name(k, 300) for k in range(300)]
    assert names == sorted(names)
    assert shard_name(7, 12) == "shard-0007.parquet"
    assert shard_name(12345, 20000) == "shard-12345.parquet"


def test_a_shard_whose_key_is_cached_is_linked_not_written(tmp_path):
    source = tmp_path / "facts-0.parquet"
    pl.DataFrame({"a": [1]}).write_parquet(source)
    rows = pl.DataFrame({"_i": [0], "event_id": ["ev-1"]})
    calls: list[int] = []
    for run in range(2):
        out = tmp_path / f"run{run}" / "facts.parquet"
        folder = FactsFolder(out, 1, tmp_path / "cache")
        folder.put(0, folder.key([source], [rows]), writer(rows, calls))
        folder.finish()
        assert folder.written == (1 - run)
    assert calls == [1]
    first, second = (tmp_path / f"run{r}/facts.parquet/shard-0000.parquet" for r in (0, 1))
    assert first.read_bytes() == second.read_bytes()


def test_a_changed_input_gives_a_new_key_and_the_old_file_goes(tmp_path):
    source = tmp_path / "facts-0.parquet"
    pl.DataFrame({"a": [1]}).write_parquet(source)
    folder = FactsFolder(tmp_path / "out", 1, tmp_path / "cache")
    rows = pl.DataFrame({"_i": [0], "event_id": ["ev-1"]})
    keys = {folder.key([source], [rows])}
    keys.add(folder.key([source], [rows.with_columns(event_id=pl.lit("ev-2"))]))
    pl.DataFrame({"a": [2]}).write_parquet(source)
    keys.add(folder.key([source], [rows]))
    assert len(keys) == 3
    calls: list[int] = []
    for key in sorted(keys):
        folder = FactsFolder(tmp_path / "out", 1, tmp_path / "cache")
        folder.put(0, key, writer(rows, calls))
        folder.finish()
    assert len(calls) == 3
    assert [p.name.split(".")[1] for p in (tmp_path / "cache").iterdir()] == [max(keys)]


def test_files_of_a_run_with_more_shards_are_removed(tmp_path):
    out = tmp_path / "facts.parquet"
    rows = pl.DataFrame({"x": [1, 2]})
    for shards in (3, 2):
        folder = FactsFolder(out, shards, None)
        for k in range(shards):
            folder.put(k, "", writer(rows, []))
        folder.finish()
    assert [p.name for p in facts_files(out)] == ["shard-0000.parquet", "shard-0001.parquet"]
    assert pl.read_parquet(out).height == 4  # the folder reads as one table


def test_a_facts_parquet_file_of_an_older_run_becomes_the_folder(tmp_path):
    out = tmp_path / "facts.parquet"
    pl.DataFrame({"x": [1]}).write_parquet(out)
    assert facts_files(out) == [out]
    FactsFolder(out, 1, None).put(0, "", writer(pl.DataFrame({"x": [5, 6]}), []))
    assert pl.read_parquet(out)["x"].to_list() == [5, 6]
