"""Bad input through the whole workflow: every raw text is read or rejected with a reason."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import polars as pl
import pytest
from helpers import contents, copy_project, snakemake

GOOD = """---
title: "{title}"
publisher: "Test Wire"
published: 2025-05-24
---

Russia and Ukraine each handed over {n} prisoners of war on Saturday.
"""
TARGET = "data/processed/events.parquet"


def bad_corpus(raw: Path) -> dict[str, str]:
    """Write one file per kind of bad input; return path → what must become of it."""
    tomorrow = dt.date.today() + dt.timedelta(days=30)
    page = (
        "<html><head><title>Page</title><script>var SCRIPT_MARK = 1;</script></head><body>"
        "<iframe src='https://ads.example/frame'>IFRAME_MARK</iframe><article><h1>Swap</h1>"
        + "<p>Both sides handed over 41 prisoners of war on Saturday, officials said, in the "
        "latest exchange mediated by a third country.</p>" * 3 + "</article></body></html>"
    )
    files: dict[str, tuple[bytes, str]] = {
        "good.md": (GOOD.format(title="Good", n=12).encode(), "read"),
        "cp1252.txt": ("Caf\xe9 talks: each side freed 9 captives.".encode("cp1252"), "read"),
        "empty.md": (b"", "empty file"),
        "blank.txt": (b"  \n\n ", "empty file"),
        "binary.txt": (b"\x89PNG\x00\x00\x01 not text", "binary file"),
        "no-front-matter.md": (b"Both sides swapped 15 detainees.", "read"),
        "no-date.md": (b"---\ntitle: Undated\n---\nSome 20 captives were freed.", "read"),
        "broken-front-matter.md": (
            b"---\ntitle: [unclosed\n---\nText with 5 people.",
            "malformed front matter",
        ),
        "list-front-matter.md": (
            b"---\n- a\n- b\n---\nText with 5 people.",
            "malformed front matter",
        ),
        "future.md": (
            GOOD.replace("2025-05-24", str(tomorrow)).format(title="F", n=3).encode(),
            "in the future",
        ),
        "dir-a/copy-one.md": (GOOD.format(title="Same", n=77).encode(), "read"),
        "dir-b/copy-two.md": (GOOD.format(title="Same", n=77).encode(), "duplicate of"),
        "page.html": (page.encode(), "read"),
        "huge.txt": (b"many words " * (5 * 2**20), "larger than"),
    }
    expected = {}
    for name, (data, fate) in files.items():
        path = raw / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        expected[f"data/raw/{name}"] = fate
    feed = [
        json.dumps(
            {"title": "F1", "published": "2025-05-23", "text": "Each side freed 30 prisoners."}
        ),
        "{oops",
    ]
    (raw / "feed.jsonl").write_text("\n".join(feed) + "\n")
    expected["data/raw/feed.jsonl#1"] = "read"
    expected["data/raw/feed.jsonl#2"] = "malformed JSON"
    return expected


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    raw = tmp_path_factory.mktemp("raw")
    expected = bad_corpus(raw)
    project = copy_project(tmp_path_factory.mktemp("project"), raw=raw)
    done = snakemake(project, "--config", "shards=4", "--", TARGET)
    assert done.returncode == 0, done.stderr[-4000:]
    return project, expected, done.stderr


def test_every_text_is_read_or_rejected_exactly_once(run):
    project, expected, _ = run
    documents = pl.read_csv(project / "data/processed/documents.csv")
    rejected = pl.read_csv(project / "data/processed/rejected.csv")
    read, refused = documents["path"].to_list(), rejected["path"].to_list()
    assert sorted(read + refused) == sorted(expected)  # seen = read + rejected, none twice
    assert sorted(read) == sorted(p for p, fate in expected.items() if fate == "read")
    reasons = dict(rejected.rows())
    for path, fate in expected.items():
        if fate != "read":
            assert fate in reasons[path], (path, reasons[path])


def test_the_console_says_what_was_read_and_rejected(run):
    project, expected, stderr = run
    (line,) = [line for line in stderr.splitlines() if line.startswith("swaptally: ")]
    read = sum(fate == "read" for fate in expected.values())
    facts = pl.read_parquet(project / "data/processed/facts.parquet").height
    events = pl.read_parquet(project / "data/processed/events.parquet").height
    assert f"{read} texts read, {len(expected) - read} rejected (" in line
    assert "data/raw/binary.txt: binary file (NUL bytes)" in line  # the first reasons, by path
    assert f"; {facts} facts, {events} events; tables in data/processed/" in line


def test_odd_texts_that_are_read_carry_warnings(run):
    project, _, _ = run
    warnings = dict(
        pl.read_csv(project / "data/processed/documents.csv").select("path", "warnings").rows()
    )
    assert "read as cp1252" in warnings["data/raw/cp1252.txt"]
    assert "no publication date" in warnings["data/raw/no-front-matter.md"]
    assert "no publication date" in warnings["data/raw/no-date.md"]


def test_html_scripts_and_iframes_never_reach_the_facts(run):
    project, _, _ = run
    facts = pl.read_parquet(project / "data/processed/facts.parquet")
    sentences = " ".join(facts["sentence"].to_list())
    assert "SCRIPT_MARK" not in sentences and "IFRAME_MARK" not in sentences
    assert 41 in facts.filter(pl.col("path") == "data/raw/page.html")["low"].to_list()


def test_strict_run_fails_until_the_texts_are_fixed(run):
    """Last of the tests on `run`: it removes the rejected texts from the project."""
    project, expected, _ = run
    processed = project / "data/processed"
    before = {p.name: contents(p) for p in processed.iterdir()}
    rejected = sorted(p for p, fate in expected.items() if fate != "read")
    for _ in range(2):  # a failed strict run fails again: nothing was marked done
        done = snakemake(project, "--config", "shards=4", "strict=true")
        assert done.returncode != 0
        console = done.stderr[done.stderr.index("swaptally: strict run stopped") :]
        assert f"{len(rejected)} raw texts rejected" in console
        assert "data/raw/empty.md: empty file" in console
        assert "data/raw/dir-b/copy-two.md: duplicate of data/raw/dir-a/copy-one.md" in console
        # No table was written or removed, and no report made from tables of another run.
        assert {p.name: contents(p) for p in processed.iterdir()} == before
        assert not (project / "reports/manifest.json").exists()
    for path in {p.split("#")[0] for p in rejected}:
        if not path.endswith(".jsonl"):
            (project / path).unlink()
    feed = project / "data/raw/feed.jsonl"
    feed.write_text(feed.read_text().replace("{oops\n", ""))
    done = snakemake(project, "--config", "shards=4", "strict=true", "--", TARGET)
    assert done.returncode == 0, done.stderr[-4000:]
    assert pl.read_csv(processed / "rejected.csv").height == 0
    assert pl.read_csv(processed / "documents.csv").height == len(expected) - len(rejected)


@pytest.mark.parametrize(
    ("override", "message"),
    [
        (["shards=many"], "shards: 'many' does not match '^auto$'"),
        (["shardz=4"], "'shardz' was unexpected"),
    ],
)
def test_config_errors_stop_before_any_job(tmp_path, override, message):
    project = copy_project(tmp_path)
    done = snakemake(project, "--config", *override)
    assert done.returncode != 0
    lines = [line for line in done.stderr.splitlines() if message in line]
    assert lines and lines[0].startswith("swaptally: config:")
    assert not (project / "data/interim/documents").exists()
