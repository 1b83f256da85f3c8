"""Raw texts → documents: front matter, sidecars, HTML, feeds, shards and rejections."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import polars as pl
from swaptally import ingest
from swaptally.cli import main

FRONT = """---
title: "Swap begins"
publisher: "Test Wire"
published: 2025-05-23
url: "https://test.example/a"
lang: en
---

Both sides handed over 12 soldiers on Friday.
"""


def write(folder: Path, name: str, text: str | bytes) -> str:
    path = folder / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path.as_posix()


def test_front_matter_is_read_with_yaml(tmp_path):
    docs, rejected = ingest.read_path(write(tmp_path, "a.md", FRONT))
    assert rejected == []
    (doc,) = docs
    assert (doc.title, doc.publisher, doc.published, doc.lang) == (
        "Swap begins",
        "Test Wire",
        dt.date(2025, 5, 23),
        "en",
    )
    assert doc.text == "Both sides handed over 12 soldiers on Friday."
    assert len(doc.doc_id) == 16


def test_front_matter_does_not_run_yaml_tags(tmp_path):
    hostile = "---\ntitle: !!python/object/apply:os.system ['echo hi']\n---\nText with 5 people.\n"
    docs, rejected = ingest.read_path(write(tmp_path, "evil.md", hostile))
    assert docs == []
    assert "malformed front matter" in rejected[0].reason


def test_plain_text_takes_its_sidecar(tmp_path):
    write(tmp_path, "b.yaml", "publisher: Side Car\npublished: '2025-05-24'\n")
    (doc,), _ = ingest.read_path(write(tmp_path, "b.txt", "Some 40 captives came home."))
    assert doc.publisher == "Side Car"
    assert doc.published == dt.date(2025, 5, 24)


def test_html_main_text_without_boilerplate(tmp_path):
    paragraphs = "".join(
        f"<p>Paragraph {i} says that the exchange of prisoners went on as planned today "
        "and that officials on both sides confirmed the handover at the border crossing.</p>"
        for i in range(4)
    )
    page = (
        '<html lang="en"><head><title>T</title>'
        '<meta property="og:site_name" content="Page Times">'
        '<meta property="article:published_time" content="2025-05-25T10:00:00Z"></head>'
        "<body><nav><a href='/'>Home</a><a href='/world'>World</a></nav>"
        "<script>var tracking = 'SCRIPT-TEXT';</script>"
        f"<article><h1>Headline here</h1>{paragraphs}</article>"
        "<footer>Copyright FOOTER-TEXT</footer></body></html>"
    )
    (doc,), _ = ingest.read_path(write(tmp_path, "c.html", page))
    assert "Paragraph 3" in doc.text
    assert "SCRIPT-TEXT" not in doc.text and "FOOTER-TEXT" not in doc.text
    assert doc.publisher == "Page Times"
    assert doc.published == dt.date(2025, 5, 25)


def test_feed_gives_one_document_per_line_and_rejects_bad_lines(tmp_path):
    lines = [
        json.dumps({"title": "One", "published": "2025-05-23", "text": "First text, 10 people."}),
        "{not json",
        json.dumps({"title": "Two", "published": "2025-05-24", "text": "Second text, 20 people."}),
    ]
    docs, rejected = ingest.read_path(write(tmp_path, "f.jsonl", "\n".join(lines)))
    assert [d.title for d in docs] == ["One", "Two"]
    assert [d.path.rsplit("#", 1)[1] for d in docs] == ["1", "3"]
    assert len(rejected) == 1 and rejected[0].path.endswith("#2")


def test_bad_files_are_rejected_with_a_reason(tmp_path):
    paths = [
        write(tmp_path, "empty.md", ""),
        write(tmp_path, "binary.txt", b"\x00\x01\x02 binary"),
        write(tmp_path, "dup1.md", FRONT),
        write(tmp_path, "dup2.md", FRONT),
    ]
    docs, rejected = ingest.read_paths(paths)
    reasons = {Path(r.path).name: r.reason for r in rejected}
    assert [Path(d.path).name for d in docs] == ["dup1.md"]
    assert reasons["empty.md"] == "empty file"
    assert reasons["binary.txt"].startswith("binary")
    assert reasons["dup2.md"].startswith("duplicate of")


def test_non_utf8_text_is_read_with_a_warning(tmp_path):
    (doc,), _ = ingest.read_path(
        write(tmp_path, "w.txt", "Caf\xe9 report: 5 people.".encode("cp1252"))
    )
    assert doc.text.startswith("Café")
    assert any("not UTF-8" in w for w in doc.warnings)


def test_shards_are_stable_and_cover_every_file():
    paths = [f"data/raw/file-{i}.md" for i in range(200)]
    shards = [ingest.shard_of(p, 8) for p in paths]
    assert shards == [ingest.shard_of(p, 8) for p in paths]
    assert set(shards) == set(range(8))


def test_ingest_cli_writes_only_its_shard(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for i in range(6):
        write(raw, f"doc{i}.md", FRONT.replace("12 soldiers", f"{i + 1} soldiers"))
    seen = []
    for shard in range(3):
        out = tmp_path / f"docs-{shard}.parquet"
        rejected = tmp_path / f"rej-{shard}.parquet"
        args = ["-q", "ingest", str(raw), "--shard", str(shard), "--shards", "3"]
        assert main([*args, "-o", str(out), "--rejected", str(rejected)]) == 0
        seen += pl.read_parquet(out)["path"].to_list()
    assert sorted(seen) == sorted(ingest.raw_files(raw))
