"""`swaptally explain` shows what a reviewer's corrections do to a text's facts: added
facts at their sentence with the entry that added them, dropped and replaced ones marked,
changed ones with their new values; the same facts the events step publishes."""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl
import pytest
import yaml
from swaptally.cli import main

# A text of our own: "each freed 62" gives a fact a side; the 14 sailors of the
# second sentence are a figure the extractor leaves (no verb of release reaches it).
HARBOUR = """---
title: "Sailors and soldiers home"
publisher: "Gulf Ledger"
published: 2025-09-13
url: "https://gulf-ledger.example/sailors"
---
Armenia and Azerbaijan each freed 62 prisoners of war on Friday at the border post.
A tally kept by the port authority put the sailors at 14, all of them merchant crew.
"""
URL = "https://gulf-ledger.example/sailors"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("explain"))


def make_corpus(folder: Path, text: str = HARBOUR) -> Path:
    """HARBOUR (or text) in folder/raw, ingested and extracted (docs, rej and facts .parquet)."""
    (folder / "raw").mkdir()
    (folder / "raw/sailors.md").write_text(text, encoding="utf-8")
    docs, rej = folder / "docs.parquet", folder / "rej.parquet"
    assert main(["-q", "ingest", str(folder / "raw"), "-o", str(docs), "--rejected", str(rej)]) == 0
    assert main(["-q", "extract", str(docs), "-o", str(folder / "facts.parquet")]) == 0
    return folder


def extracted(corpus: Path) -> pl.DataFrame:
    return pl.read_parquet(corpus / "facts.parquet")


def explained(corpus: Path, capsys, *extra: str) -> str:
    capsys.readouterr()
    assert main(["explain", str(corpus / "raw/sailors.md"), *extra]) == 0
    return capsys.readouterr().out


def published(corpus: Path, entries: list[dict], name: str) -> pl.DataFrame:
    """The facts the events step publishes with these corrections."""
    path = corpus / f"{name}.yaml"
    path.write_text(yaml.safe_dump(entries), encoding="utf-8")
    args = [str(corpus / "facts.parquet"), "--documents", str(corpus / "docs.parquet")]
    args += ["--rejected", str(corpus / "rej.parquet"), "--corrections", str(path)]
    assert main(["-q", "events", *args, "--outdir", str(corpus / name)]) == 0
    return pl.read_parquet(corpus / name / "facts.parquet")


def marks(out: str) -> dict[str, list[str]]:
    """fact id → the marks it is shown with (>>, ++, xx), in order."""
    shown: dict[str, list[str]] = {}
    for mark, id_ in re.findall(r"^  (>>|\+\+|xx) (fa-[0-9a-f]{16}) ", out, re.MULTILINE):
        shown.setdefault(id_, []).append(mark)
    return shown


def entries_for(corpus: Path) -> list[dict]:
    facts = extracted(corpus)
    am = facts.filter(pl.col("low") == 62, pl.col("persons_of") == "AM")["fact_id"][0]
    az = facts.filter(pl.col("low") == 62, pl.col("persons_of") == "AZ")["fact_id"][0]
    return [
        {"fact": am, "action": "set", "set": {"category": "civilian"}, "reason": "the list"},
        {
            "fact": az,
            "action": "drop",
            "reason": "counted in yesterday's report",
            "by": "R. Reviewer",
            "date": "2025-09-20",
        },
        {
            "action": "add",
            "document": URL,
            "quote": "put the sailors at 14",
            "fields": {"kind": "release", "status": "reported", "persons_of": "AZ", "low": 14},
            "reason": "the port's tally",
            "by": "R. Reviewer",
        },
    ]


def test_added_dropped_and_changed_facts_are_shown_with_their_entries(corpus, tmp_path, capsys):
    entries = entries_for(corpus)
    path = tmp_path / "c.yaml"
    path.write_text(yaml.safe_dump(entries), encoding="utf-8")
    out = explained(corpus, capsys, "--corrections", str(path))
    am, az = entries[0]["fact"], entries[1]["fact"]
    (added,) = [i for i, m in marks(out).items() if m == ["++"]]
    assert marks(out)[am] == [">>"] and marks(out)[az] == ["xx"]
    assert f"++ {added} [added] '14': release reported persons_of=AZ" in out
    assert f'added by {path}: entry 3 — "the port\'s tally" (R. Reviewer)' in out
    assert (
        f'dropped by {path}: entry 2 — "counted in yesterday\'s report" (R. Reviewer, 2025-09-20)'
    ) in out
    assert f'set by {path}: entry 1: category: military → civilian — "the list"' in out
    assert re.search(rf">> {am} .* civilian 62", out)  # the values after the correction
    assert out.rstrip().endswith("(corrections: 1 added, 1 changed, 1 not counted)")
    # what explain counts is what the events step publishes for this text
    facts = published(corpus, entries, "events")
    counted = {i for i, m in marks(out).items() if m[-1] != "xx"}
    assert counted == set(facts["fact_id"])
    assert facts.filter(pl.col("fact_id") == am)["category"][0] == "civilian"


def test_an_add_that_stands_for_an_extracted_fact_marks_it_not_counted(corpus, tmp_path, capsys):
    facts = extracted(corpus)
    am = facts.filter(pl.col("low") == 62, pl.col("persons_of") == "AM")["fact_id"][0]
    add = {
        "action": "add",
        "document": str(corpus / "raw/sailors.md"),  # the file, named by its path
        "quote": "each freed 62 prisoners",
        "fields": {"kind": "exchange", "status": "reported", "persons_of": "AM",
                   "held_by": "AZ", "category": "military", "low": 62, "date": "2025-09-12"},
        "reason": "the Armenian side, dated",
    }  # fmt: skip
    path = tmp_path / "c.yaml"
    path.write_text(yaml.safe_dump([add]), encoding="utf-8")
    out = explained(corpus, capsys, "--corrections", str(path))
    assert marks(out)[am] == ["xx", "++"]  # the add takes the extracted fact's id
    assert f"not counted: the fact added by {path}: entry 1, stands for it" in out
    assert f"stands for the extracted {am} (the same figure and side)" in out


def test_an_add_not_found_in_this_text_is_said_at_its_end(corpus, tmp_path, capsys):
    add = {
        "action": "add",
        "document": URL,
        "quote": "put the sailors at 15",
        "fields": {"kind": "release", "status": "reported", "persons_of": "AZ", "low": 15},
        "reason": "typo in the quote",
    }
    path = tmp_path / "c.yaml"
    path.write_text(yaml.safe_dump([add]), encoding="utf-8")
    out = explained(corpus, capsys, "--corrections", str(path))
    assert f"!! {path}: entry 1: quote not found in " in out
    assert "++" not in out


def test_without_corrections_the_listing_is_as_extracted(corpus, tmp_path, capsys, monkeypatch):
    plain = explained(corpus, capsys)
    assert plain.rstrip().endswith("-- 2 facts in 1 sentences")
    # the project's data/corrections.yaml is read when explain runs in the project
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").mkdir()
    entries = entries_for(corpus)
    (tmp_path / "data/corrections.yaml").write_text(yaml.safe_dump(entries), encoding="utf-8")
    assert "dropped by data/corrections.yaml: entry 2" in explained(corpus, capsys)
    assert explained(corpus, capsys, "--no-corrections") == plain


def test_a_malformed_corrections_file_is_one_line(corpus, tmp_path, capsys, caplog):
    path = tmp_path / "c.yaml"
    path.write_text("- action: add\n  reason: x\n", encoding="utf-8")
    assert main(["explain", str(corpus / "raw/sailors.md"), "--corrections", str(path)]) == 1
    assert f"{path}: entry 1: 'document' is required" in caplog.text


def test_a_set_the_events_step_refuses_is_shown_not_applied(tmp_path, capsys):
    # a range: a bound set alone on an exact figure moves the other with it
    text = HARBOUR.replace("each freed 62", "each freed 60 to 62")
    (tmp_path / "range").mkdir()
    corpus = make_corpus(tmp_path / "range", text)
    facts = extracted(corpus)
    am = facts.filter(pl.col("high") == 62, pl.col("persons_of") == "AM")["fact_id"][0]
    entry = {"fact": am, "action": "set", "set": {"low": 310}, "reason": "a longer list"}
    path = tmp_path / "c.yaml"
    path.write_text(yaml.safe_dump([entry]), encoding="utf-8")
    out = explained(corpus, capsys, "--corrections", str(path))
    assert f"set by {path}: entry 1 not applied: fact {am} would have low 310 > high 62" in out
    assert re.search(rf"!! {am} .* 60..62 ", out)  # the values as extracted
    assert out.rstrip().endswith("(corrections: 1 refused)")
    # the events step stops on the same entry, with the same words
    args = [str(corpus / "facts.parquet"), "--documents", str(corpus / "docs.parquet")]
    args += ["--rejected", str(corpus / "rej.parquet"), "--corrections", str(path)]
    assert main(["-q", "events", *args, "--outdir", str(tmp_path / "ev")]) == 1


def test_the_workflows_corrections_file_is_the_default(corpus, tmp_path, capsys, monkeypatch):
    """explain reads the file workflow/config.yaml names, as the events step does."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "workflow").mkdir()
    (tmp_path / "review").mkdir()
    (tmp_path / "workflow/config.yaml").write_text(
        "raw: data/raw\ncorrections: review/mine.yaml\n", encoding="utf-8"
    )
    entries = entries_for(corpus)
    (tmp_path / "review/mine.yaml").write_text(yaml.safe_dump(entries), encoding="utf-8")
    assert "dropped by review/mine.yaml: entry 2" in explained(corpus, capsys)


def test_corrections_and_no_corrections_exclude_each_other(corpus, tmp_path, capsys):
    path = tmp_path / "c.yaml"
    path.write_text(yaml.safe_dump(entries_for(corpus)), encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        main(
            [
                "explain",
                str(corpus / "raw/sailors.md"),
                "--corrections",
                str(path),
                "--no-corrections",
            ]
        )
    assert stop.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


NO_URL = """---
title: "Sailors home"
published: 2025-09-13
---
Armenia and Azerbaijan each freed 62 prisoners of war on Friday at the border post.
"""


def test_a_text_without_url_has_its_ids_however_its_path_is_typed(tmp_path, capsys, monkeypatch):
    """Its fact ids come from its path as the documents table spells it (the workflow
    runs in the project: data/raw/…), so a drop of one applies whether explain is given
    that path, ./ before it or the absolute path."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data/raw").mkdir(parents=True)
    (tmp_path / "data/raw/home.md").write_text(NO_URL, encoding="utf-8")
    assert (
        main(["-q", "ingest", "data/raw", "-o", "docs.parquet", "--rejected", "rej.parquet"]) == 0
    )
    assert main(["-q", "extract", "docs.parquet", "-o", "facts.parquet"]) == 0
    am = pl.read_parquet("facts.parquet").filter(pl.col("persons_of") == "AM")["fact_id"][0]
    entry = {"fact": am, "action": "drop", "reason": "counted elsewhere"}
    (tmp_path / "data/corrections.yaml").write_text(yaml.safe_dump([entry]), encoding="utf-8")
    for typed in ("data/raw/home.md", "./data/raw/home.md", str(tmp_path / "data/raw/home.md")):
        capsys.readouterr()
        assert main(["explain", typed]) == 0
        out = capsys.readouterr().out
        assert out.startswith("== data/raw/home.md (published 2025-09-13)")
        assert marks(out)[am] == ["xx"], typed


def test_an_edit_not_applied_is_said_in_the_events_steps_words(corpus, tmp_path, capsys):
    facts = extracted(corpus)
    am = facts.filter(pl.col("low") == 62, pl.col("persons_of") == "AM")["fact_id"][0]
    add = {
        "action": "add",
        "document": URL,
        "quote": "each freed 62 prisoners",
        "fields": {"kind": "exchange", "status": "reported", "persons_of": "AM",
                   "held_by": "AZ", "low": 62},
        "reason": "the Armenian side",
    }  # fmt: skip
    entries = [add, {"fact": am, "action": "drop", "reason": "the add has it"}]
    path = corpus / "blocked.yaml"
    path.write_text(yaml.safe_dump(entries), encoding="utf-8")
    out = explained(corpus, capsys, "--corrections", str(path))
    published(corpus, entries, "blocked")
    table = pl.read_csv(corpus / "blocked/corrections.csv").filter(pl.col("action") == "drop")
    (why,) = table["change"].to_list()
    assert why.startswith(f"not applied: fact {am} is replaced by the add of entry 1")
    assert f"drop by {path}: entry 2 {why}" in out


def test_a_bound_set_alone_on_an_exact_figure_sets_the_figure(corpus, tmp_path, capsys):
    """`set: {low: 310}` on '62' means 310: explain and the events step agree on it."""
    am = extracted(corpus).filter(pl.col("low") == 62, pl.col("persons_of") == "AM")["fact_id"][0]
    entry = {"fact": am, "action": "set", "set": {"low": 310}, "reason": "a longer list"}
    path = tmp_path / "c.yaml"
    path.write_text(yaml.safe_dump([entry]), encoding="utf-8")
    out = explained(corpus, capsys, "--corrections", str(path))
    assert f"set by {path}: entry 1: low: 62 → 310; high: 62 → 310" in out
    row = published(corpus, [entry], "bound").filter(pl.col("fact_id") == am).row(0, named=True)
    assert (row["low"], row["high"]) == (310, 310)


def test_a_fact_id_of_the_review_sheet_explains_its_text(corpus, tmp_path, capsys):
    """review.csv names facts by id and outlet, not by file: explain takes the id and finds
    its text in the last run's tables (a dropped fact's in corrections.csv)."""
    am, az = extracted(corpus).filter(pl.col("low") == 62).sort("persons_of")["fact_id"].to_list()
    drop = {"fact": az, "action": "drop", "reason": "r"}
    published(corpus, [drop], "byid")
    plain = explained(corpus, capsys, "--no-corrections")
    for fact in (am, az):
        capsys.readouterr()
        args = ["explain", fact, "--processed", str(corpus / "byid"), "--no-corrections"]
        assert main(args) == 0
        assert capsys.readouterr().out == plain
    capsys.readouterr()
    assert main(["explain", "fa-00000000000000ff", "--processed", str(corpus / "byid")]) == 1
    assert "fa-00000000000000ff: no fact of that id in " in capsys.readouterr().err
