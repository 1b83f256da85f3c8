"""The benchmark's synthetic corpus: feeds the workflow reads; an added article is one shard's."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from helpers import ROOT
from swaptally import ingest
from swaptally.shards import corpus_shards


def _synthetic():
    path = ROOT / "workflow/benchmarks/synthetic.py"
    spec = importlib.util.spec_from_file_location("synthetic", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


synthetic = _synthetic()


def tree(root):
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_feeds_appended_to_equal_feeds_written_at_once(tmp_path):
    synthetic.generate(tmp_path / "once", 25, per_feed=10)
    synthetic.generate(tmp_path / "grown", 23, per_feed=10)
    synthetic.generate(tmp_path / "grown", 1, first=23, per_feed=10)  # into the third feed
    synthetic.generate(tmp_path / "grown", 1, first=24, per_feed=10)
    once = tree(tmp_path / "once")
    assert sorted(once) == [f"000/feed-00000{k}.jsonl" for k in range(3)]
    assert once == tree(tmp_path / "grown")


def test_a_feed_article_is_the_file_article_as_a_json_line(tmp_path):
    synthetic.generate(tmp_path / "files", 3)
    synthetic.generate(tmp_path / "feeds", 3, per_feed=100)
    files, _ = ingest.read_paths(ingest.raw_files(tmp_path / "files"))
    feeds, rejected = ingest.read_paths(ingest.raw_files(tmp_path / "feeds"))
    assert not rejected
    assert [d.path.rsplit("#", 1)[1] for d in feeds] == ["1", "2", "3"]
    for from_file, from_feed in zip(files, feeds, strict=True):
        assert (from_feed.doc_id, from_feed.published, from_feed.publisher, from_feed.url) == (
            from_file.doc_id,
            from_file.published,
            from_file.publisher,
            from_file.url,
        )
    line = (tmp_path / "feeds/000/feed-000000.jsonl").read_text().splitlines()[0]
    assert set(json.loads(line)) == {"title", "publisher", "published", "url", "lang", "text"}


def test_one_added_article_changes_one_shard_manifest(tmp_path):
    corpus = tmp_path / "corpus"
    synthetic.generate(corpus, 60, per_feed=4)
    shards = 8
    before = ingest.shard_manifests(corpus, shards, tmp_path / "manifests")
    texts = {path: Path(path).read_text() for path in before}
    synthetic.generate(corpus, 1, first=60, per_feed=4)  # a sixteenth feed
    after = ingest.shard_manifests(corpus, shards, tmp_path / "manifests")
    assert after == before
    assert sum(Path(path).read_text() != texts[path] for path in after) == 1
    assert corpus_shards(corpus) == corpus_shards(corpus, ingest.corpus_listing(corpus))
