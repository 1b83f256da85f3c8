"""Each swaptally subcommand as a user runs it on files of their own."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import polars as pl
import pytest
from pypdf import PdfReader
from swaptally import tables
from swaptally.cli import main

ARTICLE = """---
title: "Swap on the border"
publisher: "Test Wire"
published: 2025-05-24
url: "https://test.example/swap"
---

Russia and Ukraine each handed over 205 prisoners of war on Saturday.
"""


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "swap.md").write_text(ARTICLE)
    return folder


def test_extract_prints_one_json_fact_per_line(corpus, capsys):
    assert main(["-q", "extract", "--format", "jsonl", str(corpus)]) == 0
    facts = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {(f["persons_of"], f["held_by"], f["low"], f["date"]) for f in facts} == {
        ("UA", "RU", 205, "2025-05-24"),
        ("RU", "UA", 205, "2025-05-24"),
    }
    text = (corpus / "swap.md").read_text().split("---\n", 2)[2].strip()
    for fact in facts:
        assert fact["path"].endswith("swap.md") and fact["rule"]
        assert text[fact["span_start"] : fact["span_end"]] == "205"


GUESSED = """---
title: "Handover at the border"
publisher: "Test Wire"
published: 2025-05-24
url: "https://test.example/handover"
---

Kyiv and Moscow swapped prisoners on Friday. Both sides thanked the mediators. In the swap,
60 Ukrainian soldiers came home.
"""


def test_every_format_says_where_each_facts_day_came_from(corpus, tmp_path, capsys):
    # the 60 has no day of its own words: the day the text is about (a guess, doc_date);
    # the 205 is dated by its sentence. The rule names the resolver, never the source.
    (corpus / "guess.md").write_text(GUESSED)
    want = {205: "sentence", 60: "doc_date"}
    assert main(["-q", "extract", "--format", "jsonl", str(corpus)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {f["low"]: f["date_source"] for f in lines} == want
    assert not any("doc_date" in f["rule"] for f in lines)
    for name in ("facts.csv", "facts.parquet"):
        assert main(["-q", "extract", str(corpus), "-o", str(tmp_path / name)]) == 0
    found = pl.read_csv(tmp_path / "facts.csv")
    assert dict(found.select("low", "date_source").iter_rows()) == want
    found = pl.read_parquet(tmp_path / "facts.parquet")
    assert found.schema["date_source"] == pl.Enum(tables.DATE_SOURCES)
    assert dict(found.select("low", pl.col("date_source").cast(pl.String)).iter_rows()) == want
    assert main(["explain", str(corpus / "guess.md")]) == 0
    shown = capsys.readouterr().out
    assert "[demonym_group] '60'" in shown and "dating=doc_date" in shown


def test_extract_refuses_what_it_cannot_do(corpus, tmp_path):
    assert main(["-q", "extract", str(tmp_path / "missing")]) == 2
    assert main(["-q", "extract", "--format", "parquet", str(corpus)]) == 2  # needs -o


def test_ingest_extract_events_by_hand(corpus, tmp_path):
    docs, rejected, facts = (
        tmp_path / "docs.parquet",
        tmp_path / "rej.parquet",
        tmp_path / "facts.parquet",
    )
    assert main(["-q", "ingest", str(corpus), "-o", str(docs), "--rejected", str(rejected)]) == 0
    assert main(["-q", "extract", str(docs), "-o", str(facts)]) == 0
    out = tmp_path / "processed"
    args = ["-q", "events", str(facts), "--documents", str(docs), "--rejected", str(rejected)]
    assert main([*args, "--outdir", str(out)]) == 0
    events = pl.read_csv(out / "events.csv")
    assert sorted(events["persons_of"].to_list()) == ["RU", "UA"]
    assert events["best"].to_list() == [205, 205]
    assert pl.read_csv(out / "documents.csv")["n_facts"].to_list() == [2]


def test_explain_marks_each_fact_at_its_sentence(corpus, capsys):
    assert main(["explain", str(corpus / "swap.md")]) == 0
    shown = capsys.readouterr().out
    assert "each handed over 205 prisoners" in shown
    assert shown.count("205") >= 3  # the sentence and one marked fact per side


def test_report_pdf_renders_an_executed_notebook(tmp_path):
    nb = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_markdown_cell("## A heading for the reader"),
            nbformat.v4.new_code_cell(
                "print('hidden code')",
                outputs=[
                    nbformat.v4.new_output("display_data", data={"text/html": "<p>Shown 4,321</p>"})
                ],
            ),
        ]
    )
    source = tmp_path / "done.ipynb"
    nbformat.write(nb, source)
    assert main(["-q", "report", "pdf", str(source), "-o", str(tmp_path / "out.pdf")]) == 0
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "out.pdf").pages)
    assert "A heading for the reader" in text and "Shown 4,321" in text
    assert "hidden code" not in text


def test_report_params_rejects_a_bad_side_with_one_line(tmp_path, caplog):
    notebook = str(Path(__file__).resolve().parents[1] / "notebooks/totals.ipynb")
    args = ["report", "params", "totals", "--notebook", notebook, "--values", '{"sides": ["QQ"]}']
    assert main([*args, "-o", str(tmp_path / "p.yaml")]) == 1
    assert "unknown side 'QQ'" in caplog.text
    assert not (tmp_path / "p.yaml").exists()
