"""`swaptally extract --cache`: a shard extracts only the texts its cache does not hold,
and writes the bytes a full extraction writes."""

from __future__ import annotations

import logging
from pathlib import Path

import polars as pl
from swaptally.cli import main
from swaptally.extract_cache import code_key, document_keys

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "raw"

ADDED = """---
title: "Border handover"
publisher: "Ridge Gazette"
published: 2025-03-14
url: "https://ridge.example/handover"
lang: en
---
Armenia and Azerbaijan each handed over four detainees on Thursday at the border, the
two governments said.
"""


def extract(docs: Path, out: Path, *extra: str) -> tuple[bytes, bytes]:
    facts, scope = out / "shard-0.parquet", out / "scope-0.parquet"
    out.mkdir(exist_ok=True)
    assert main(["extract", str(docs), "-o", str(facts), "--scope", str(scope), *extra]) == 0
    return facts.read_bytes(), scope.read_bytes()


def test_an_added_text_is_the_only_one_extracted_and_the_bytes_are_a_full_runs(tmp_path, caplog):
    raw = tmp_path / "raw"
    raw.mkdir()
    for path in sorted(SAMPLE.glob("*.md"))[:4]:
        (raw / path.name).write_bytes(path.read_bytes())
    before, after = tmp_path / "before.parquet", tmp_path / "after.parquet"
    assert main(["-q", "ingest", str(raw), "-o", str(before)]) == 0
    (raw / "ridge-0314-border.md").write_text(ADDED, encoding="utf-8")
    assert main(["-q", "ingest", str(raw), "-o", str(after)]) == 0
    cache = ["--cache", str(tmp_path / "cache")]
    first = extract(before, tmp_path / "first", *cache)
    assert first == extract(before, tmp_path / "plain")  # the cache changes no byte
    with caplog.at_level(logging.INFO, logger="swaptally"):
        again = extract(after, tmp_path / "again", *cache)
    assert "1 texts extracted, 4 taken from the cache" in caplog.text
    assert again == extract(after, tmp_path / "full")
    assert (
        pl.read_parquet(tmp_path / "again/shard-0.parquet").height
        > pl.read_parquet(tmp_path / "first/shard-0.parquet").height
    )  # the added text has facts of its own


def test_a_documents_key_changes_with_its_text_metadata_and_the_lexicons(tmp_path):
    docs = pl.DataFrame(
        {"doc_id": ["d1", "d1"], "path": ["a.md", "a.md"], "text": ["freed 5", "freed 6"]}
    )
    keys = document_keys(docs, "code")
    assert keys[0] != keys[1]
    assert document_keys(docs.with_columns(path=pl.lit("b.md")), "code")[0] != keys[0]
    assert document_keys(docs, "other code")[0] != keys[0]
    lexicon = tmp_path / "mine.yaml"
    lexicon.write_text("actors: {}\n")
    with_lexicon = code_key([str(lexicon)])
    assert with_lexicon != code_key([])
    lexicon.write_text("actors: {GY: {names: [Guyana]}}\n")
    assert code_key([str(lexicon)]) != with_lexicon


def test_an_empty_corpus_extracts_no_facts_through_the_cache(tmp_path):
    """A raw folder with no text gives an empty documents table; extracting it through the
    cache failed ('Expected a boolean mask'), so the workflow stopped on an empty corpus."""
    raw, docs = tmp_path / "raw", tmp_path / "docs.parquet"
    raw.mkdir()
    assert main(["-q", "ingest", str(raw), "-o", str(docs)]) == 0
    extract(docs, tmp_path / "out", "--cache", str(tmp_path / "cache"))
    assert pl.read_parquet(tmp_path / "out/shard-0.parquet").height == 0


def test_a_cache_kept_by_an_older_swaptally_is_not_reused(tmp_path, caplog):
    """A kept shard of other columns (before facts had a date_source) is no cache: every
    text is extracted again, and the facts have the columns of a full run."""
    raw, docs = tmp_path / "raw", tmp_path / "docs.parquet"
    raw.mkdir()
    for path in sorted(SAMPLE.glob("*.md"))[:2]:
        (raw / path.name).write_bytes(path.read_bytes())
    assert main(["-q", "ingest", str(raw), "-o", str(docs)]) == 0
    cache = ["--cache", str(tmp_path / "cache")]
    extract(docs, tmp_path / "first", *cache)
    kept = tmp_path / "cache/shard-0.parquet"
    metadata = pl.read_parquet_metadata(kept)
    pl.read_parquet(kept).drop("date_source").write_parquet(kept, metadata=metadata)
    with caplog.at_level(logging.INFO, logger="swaptally"):
        again = extract(docs, tmp_path / "again", *cache)
    assert "2 texts extracted, 0 taken from the cache" in caplog.text
    assert again == extract(docs, tmp_path / "full")
