"""The merge without the facts' texts: per-shard scope, texts fetched by place, facts.parquet
written a shard at a time — the same tables as building everything in memory."""

from __future__ import annotations

import logging
from pathlib import Path

import polars as pl
import pytest
from swaptally import tables
from swaptally.cli import main
from swaptally.corrections import apply_corrections
from swaptally.corrections_load import load_corrections
from swaptally.events import build_tables
from swaptally.events.scope import add_scope, scope_of_shard
from swaptally.merge import publish
from swaptally.merge_facts import FactShards

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "raw"
SHARDS = 3


@pytest.fixture(scope="module")
def shards(tmp_path_factory) -> Path:
    """The sample corpus ingested and extracted by the CLI, its documents split into three
    shards by a hash of their id, each shard's facts in the order extract writes them."""
    folder = tmp_path_factory.mktemp("shards")
    docs, rejected, facts = (folder / n for n in ("docs.parquet", "rej.parquet", "all.parquet"))
    assert main(["-q", "ingest", str(SAMPLE), "-o", str(docs), "--rejected", str(rejected)]) == 0
    assert main(["-q", "extract", str(docs), "-o", str(facts)]) == 0
    documents, found = pl.read_parquet(docs), pl.read_parquet(facts)
    shard = pl.col("doc_id").hash(7) % SHARDS
    for k in range(SHARDS):
        documents.filter(shard == k).write_parquet(folder / f"docs-{k}.parquet")
        rows = found.filter(shard == k).sort(tables.FACT_ORDER, nulls_last=True)
        rows.write_parquet(folder / f"facts-{k}.parquet")
        scope_of_shard(rows).write_parquet(folder / f"scope-{k}.parquet")
    return folder


def paths(folder: Path, name: str) -> list[str]:
    return [str(folder / f"{name}-{k}.parquet") for k in range(SHARDS)]


def all_facts(folder: Path) -> pl.DataFrame:
    return pl.concat([pl.read_parquet(p) for p in paths(folder, "facts")])


def test_the_sample_has_facts_in_every_shard(shards):
    assert all(pl.read_parquet(p).height > 5 for p in paths(shards, "facts"))


def test_scope_found_a_shard_at_a_time_is_the_whole_tables(shards):
    per_shard = pl.concat([pl.read_parquet(p) for p in paths(shards, "scope")])
    whole = add_scope(all_facts(shards).cast(tables.FACT_SCHEMA))  # type: ignore[arg-type]
    names = ["scope", "background", "date", "period_start", "period_end"]
    assert per_shard.select(names).equals(whole.select(names))
    assert set(per_shard["scope"]) >= {"stage", "running"}  # the sample states both


CORRECTIONS = """
- fact: {drop}
  action: drop
  reason: not a counted fact
- fact: {figure}
  action: set
  set: {{low: 250, high: 250, date: null}}
  reason: the figure was misread
- fact: {scope}
  action: set
  set: {{scope: running}}
  reason: a total since the war began
"""


def corrections_file(folder: Path) -> Path:
    facts = all_facts(folder).sort("fact_id")
    stage = facts.filter(pl.col("status") == "reported")["fact_id"]
    path = folder / "corrections.yaml"
    path.write_text(CORRECTIONS.format(drop=stage[0], figure=stage[3], scope=stage[5]))
    return path


def sort_all(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.sort(frame.columns, nulls_last=True)


@pytest.mark.parametrize("scope_files", [True, False], ids=["scope files", "scope found"])
@pytest.mark.parametrize("corrected", [False, True], ids=["as extracted", "corrected"])
def test_published_tables_are_those_built_in_memory(shards, tmp_path, scope_files, corrected):
    entries = load_corrections(corrections_file(shards)) if corrected else []
    publish(
        paths(shards, "facts"),
        paths(shards, "docs"),
        [str(shards / "rej.parquet")],
        tmp_path,
        corrections=entries,
        scope_paths=paths(shards, "scope") if scope_files else None,
    )
    facts, applied = apply_corrections(all_facts(shards), entries)
    facts, events, exchanges, claims = build_tables(facts)
    if corrected:
        assert applied["applied"].all() and applied.height == 3
    written = pl.read_parquet(tmp_path / "facts.parquet")
    assert written.schema == facts.schema
    assert sort_all(written).equals(sort_all(facts))
    assert pl.read_parquet(tmp_path / "events.parquet").equals(events)
    assert pl.read_parquet(tmp_path / "exchanges.parquet").equals(exchanges)
    assert pl.read_parquet(tmp_path / "claims.parquet").equals(claims)
    assert claims.height and exchanges["mediator"].drop_nulls().len()  # texts were fetched


@pytest.mark.parametrize("scope_files", [True, False], ids=["scope files", "scope found"])
def test_a_shard_written_before_date_source_is_read_with_none_recorded(
    shards, tmp_path, caplog, scope_files
):
    # a shard of an older swaptally has no date_source: it loads, with a warning, and none
    # of its days counts as a guess (events as if its facts had no source recorded)
    files = paths(shards, "facts")
    old = str(tmp_path / "old-facts-0.parquet")
    assert (pl.read_parquet(files[0])["date_source"] == "doc_date").any()  # guesses to lose
    pl.read_parquet(files[0]).drop("date_source").write_parquet(old)
    with caplog.at_level(logging.WARNING, logger="swaptally"):
        publish(
            [old, *files[1:]],
            paths(shards, "docs"),
            [],
            tmp_path / "out",
            scope_paths=paths(shards, "scope") if scope_files else None,
        )
    assert f"{old}: a facts shard with no date_source column" in caplog.text
    in_old = pl.col("doc_id").is_in(pl.read_parquet(old)["doc_id"].implode())
    facts = all_facts(shards).with_columns(date_source=pl.when(~in_old).then(pl.col("date_source")))
    _, events, _, _ = build_tables(facts)
    assert pl.read_parquet(tmp_path / "out/events.parquet").equals(events)
    written = pl.read_parquet(tmp_path / "out/facts.parquet")
    assert written.filter(in_old)["date_source"].null_count() == written.filter(in_old).height
    assert written.filter(~in_old)["date_source"].null_count() == 0


def test_facts_parquet_is_in_shard_order_then_fact_order(shards, tmp_path):
    publish(paths(shards, "facts"), paths(shards, "docs"), [], tmp_path)
    written = pl.read_parquet(tmp_path / "facts.parquet")
    shard_of = {
        d: k for k in range(SHARDS) for d in pl.read_parquet(paths(shards, "docs")[k])["doc_id"]
    }
    order = [shard_of[d] for d in written["doc_id"]]
    assert order == sorted(order)
    for k in range(SHARDS):
        rows = written.filter(pl.Series(order) == k)
        assert rows.equals(rows.sort(tables.FACT_ORDER, nulls_last=True))
    # one file a shard, named in shard order: a reader may take them one at a time
    files = sorted((tmp_path / "facts.parquet").iterdir())
    assert [f.name for f in files] == [f"shard-000{k}.parquet" for k in range(SHARDS)]
    assert pl.read_parquet_metadata(files[0])["swaptally:description"]
    assert pl.concat([pl.read_parquet(f) for f in files]).equals(written)


def test_a_duplicate_texts_facts_are_left_out(shards, tmp_path):
    """The same text under two paths: its facts are counted once, at the first path."""
    first = pl.read_parquet(paths(shards, "docs")[0]).head(1)
    again = first.with_columns(path=pl.lit("zz/again.md"))
    facts = pl.read_parquet(paths(shards, "facts")[0])
    copied = facts.filter(pl.col("doc_id") == first["doc_id"][0]).with_columns(
        path=pl.lit("zz/again.md")
    )
    assert copied.height
    again.write_parquet(tmp_path / "docs-again.parquet")
    copied.write_parquet(tmp_path / "facts-again.parquet")
    out = tmp_path / "out"
    counts = publish(
        [*paths(shards, "facts"), str(tmp_path / "facts-again.parquet")],
        [*paths(shards, "docs"), str(tmp_path / "docs-again.parquet")],
        [],
        out,
    )
    assert counts["facts"] == all_facts(shards).height
    assert "zz/again.md" not in pl.read_parquet(out / "facts.parquet")["path"].to_list()


def test_a_duplicates_facts_are_told_apart_in_the_one_read_of_every_shard(
    shards, tmp_path, monkeypatch
):
    """With a text under two paths, the places of the kept facts are found in the same
    single read of all facts files as their narrow fields, not by a query per shard."""
    import swaptally.merge_facts as merge_facts

    first = pl.read_parquet(paths(shards, "docs")[0]).head(1)
    facts = pl.read_parquet(paths(shards, "facts")[0])
    copied = facts.filter(pl.col("doc_id") == first["doc_id"][0])
    copied.with_columns(path=pl.lit("zz/again.md")).write_parquet(tmp_path / "again.parquet")
    scope_of_shard(copied).write_parquet(tmp_path / "again-scope.parquet")
    docs = pl.concat([pl.read_parquet(p) for p in paths(shards, "docs")])
    every = FactShards(
        [*paths(shards, "facts"), str(tmp_path / "again.parquet")],
        [*paths(shards, "scope"), str(tmp_path / "again-scope.parquet")],
        docs,
    )
    scans: list[object] = []
    real = merge_facts.pl.scan_parquet
    monkeypatch.setattr(
        merge_facts.pl, "scan_parquet", lambda *a, **k: scans.append(a) or real(*a, **k)
    )
    found = every.narrow()
    assert found.height == all_facts(shards).height and scans == []
    assert (found["_shard"] < SHARDS).all()  # the copy's facts are left out


def test_scope_files_must_match_the_facts_shards(shards):
    with pytest.raises(ValueError, match="2 scope files for 3 facts shards"):
        FactShards(paths(shards, "facts"), paths(shards, "scope")[:2], pl.DataFrame())


def test_documents_let_go_are_not_read_as_none(shards):
    """After forget_documents nothing may tell the kept facts from a duplicate's: a read
    that needs the documents fails instead of finding no facts."""
    docs = pl.concat([pl.read_parquet(p) for p in paths(shards, "docs")])
    facts = FactShards(paths(shards, "facts"), paths(shards, "scope"), docs)
    assert facts.narrow().height == all_facts(shards).height
    facts.forget_documents()
    with pytest.raises(RuntimeError, match="let go"):
        facts.narrow()


def test_extract_writes_each_facts_scope_row_for_row(shards, tmp_path):
    facts, scope = tmp_path / "facts.parquet", tmp_path / "scope.parquet"
    docs = paths(shards, "docs")[1]
    assert main(["-q", "extract", docs, "-o", str(facts), "--scope", str(scope)]) == 0
    written = pl.read_parquet(scope)
    assert written.schema == tables.schema(tables.SCOPE_COLUMNS)
    assert written.equals(scope_of_shard(pl.read_parquet(facts)))


def test_documents_are_listed_in_path_order_each_with_its_fact_count(tmp_path):
    from swaptally.merge import _write_documents, split_duplicates

    columns = [c for c in tables.DOCUMENT_COLUMNS if c[0] != "text"]
    texts = [("d2", "b.md"), ("d1", "c.md"), ("d2", "a/z.md"), ("d3", "a.md")]
    documents = tables.frame([{"doc_id": d, "path": p} for d, p in texts], columns)
    kept, duplicates = split_duplicates(documents)
    assert kept["path"].to_list() == ["a.md", "a/z.md", "c.md"]
    assert duplicates.rows() == [("b.md", "duplicate of a/z.md")]
    facts = pl.DataFrame({"doc_id": ["d1", "d2", "d1", "d1"]})
    assert _write_documents(tmp_path, kept, facts) == 3
    written = pl.read_csv(tmp_path / "documents.csv")
    assert written.select("path", "n_facts").rows() == [("a.md", 0), ("a/z.md", 1), ("c.md", 3)]
