"""A day a reviewer sets is the fact's day: the events step never takes it back."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
import yaml
from swaptally.cli import main

RECAP = """---
title: "Year-end swap"
publisher: "Test Wire"
published: 2025-12-30
url: "https://test.example/year-end"
---
Russia and Ukraine swapped 64 captives each on Monday, their last exchange of the year.
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("recap")
    (folder / "raw").mkdir()
    (folder / "raw/recap.md").write_text(RECAP, encoding="utf-8")
    docs, rejected, facts = (folder / n for n in ("docs.parquet", "rej.parquet", "facts.parquet"))
    raw = str(folder / "raw")
    assert main(["-q", "ingest", raw, "-o", str(docs), "--rejected", str(rejected)]) == 0
    assert main(["-q", "extract", str(docs), "-o", str(facts)]) == 0
    return folder


def events(corpus: Path, out: Path, entries: list[dict] | None = None) -> pl.DataFrame:
    """facts.parquet of an events run on the corpus, with these corrections."""
    extra = []
    if entries is not None:
        (out.parent / "corrections.yaml").write_text(yaml.safe_dump(entries), encoding="utf-8")
        extra = ["--corrections", str(out.parent / "corrections.yaml")]
    args = [str(corpus / "facts.parquet"), "--documents", str(corpus / "docs.parquet")]
    args += ["--rejected", str(corpus / "rej.parquet"), "--outdir", str(out), *extra]
    assert main(["-q", "events", *args]) == 0
    return pl.read_parquet(out / "facts.parquet")


def test_a_day_a_reviewer_sets_on_a_recap_is_kept(corpus, tmp_path):
    """'their last exchange of the year' reads as a recap of an earlier exchange, so the
    events step takes Monday away from it; a reviewer who sets Monday gets Monday."""
    before = events(corpus, tmp_path / "before")
    assert before.height == 2 and before["date"].is_null().all()  # the recap: undated
    monday = pl.read_parquet(corpus / "facts.parquet")["date"].unique().to_list()
    assert [str(d) for d in monday] == ["2025-12-29"]  # the extractor read Monday
    entries = [
        {"fact": f, "action": "set", "set": {"date": "2025-12-29"}, "reason": "on Monday"}
        for f in before["fact_id"]
    ]
    after = events(corpus, tmp_path / "after", entries)
    assert [str(d) for d in after["date"]] == ["2025-12-29", "2025-12-29"]
    assert before["date_source"].to_list() == ["sentence"] * 2
    assert after["date_source"].to_list() == [None, None]  # a person's day, not a rule's
    listed = pl.read_csv(tmp_path / "after/corrections.csv")
    assert listed["change"].to_list() == ["date: 2025-12-29, as extracted, kept as set"] * 2
    table = pl.read_parquet(tmp_path / "after/events.parquet")
    assert table.filter(pl.col("summable"))["best"].to_list() == [64, 64]


def test_explain_says_what_corrections_csv_says_of_a_kept_day(corpus, tmp_path, capsys):
    """explain and the corrections table tell the same thing of a set that left the day as
    the extractor read it (not 'no change': the entry keeps the day the events step drops)."""
    before = events(corpus, tmp_path / "before")
    entries = [
        {"fact": f, "action": "set", "set": {"date": "2025-12-29"}, "reason": "on Monday"}
        for f in before["fact_id"]
    ]
    path = tmp_path / "days.yaml"
    path.write_text(yaml.safe_dump(entries), encoding="utf-8")
    capsys.readouterr()
    assert main(["explain", str(corpus / "raw/recap.md"), "--corrections", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.count("date: 2025-12-29, as extracted, kept as set") == 2
    assert "no change" not in out
