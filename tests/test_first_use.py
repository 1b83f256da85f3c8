"""Small things a new user meets: config dates, sides, help texts, defaults, quiet PDFs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
import yaml
from swaptally import ingest
from swaptally.cli import main, parser
from swaptally.config import check_config
from swaptally.report import check_parameters

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "workflow/schemas/config.schema.yaml"

UNDATED = """---
title: "Swap without a date"
publisher: "Test Wire"
---

Both sides handed over 58 prisoners of war on Friday.
"""


def test_unquoted_dates_in_the_config_are_accepted():
    config = yaml.safe_load((ROOT / "workflow/config.yaml").read_text())
    config["reports"]["totals"]["parameters"]["start"] = None
    text = yaml.safe_dump(config).replace("start: null", "start: 2025-05-02", 1)
    config = yaml.safe_load(text)
    check_config(config, SCHEMA, root=ROOT)
    assert config["reports"]["totals"]["parameters"]["start"] == "2025-05-02"


def test_kosovo_is_a_side():
    assert check_parameters({"sides": ["XK", "RS"]}).sides == ("XK", "RS")


def test_every_command_has_a_description():
    commands = parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name, command in commands.items():
        assert command.description, name
    assert "events" in commands["events"].format_help().split("\n\n")[1]


def test_extract_help_names_its_default_format():
    commands = parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert "else jsonl on standard output" in " ".join(commands["extract"].format_help().split())


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "undated.md").write_text(UNDATED)
    return folder


def test_extract_without_options_prints_json_lines(corpus, capsys):
    assert main(["-q", "extract", str(corpus)]) == 0
    facts = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {fact["low"] for fact in facts} == {58}


def test_extract_takes_the_format_from_the_output_suffix(corpus, tmp_path):
    assert main(["-q", "extract", str(corpus), "-o", str(tmp_path / "facts.csv")]) == 0
    header = (tmp_path / "facts.csv").read_text().splitlines()[0].split(",")
    assert {"doc_id", "low", "high"} <= set(header)


def test_explain_says_why_a_text_has_no_date(corpus, tmp_path, capsys):
    assert main(["explain", str(corpus / "undated.md")]) == 0
    header = capsys.readouterr().out.splitlines()[0]
    assert "None" not in header
    assert "(no publication date; relative dates stay unresolved)" in header
    odd = tmp_path / "odd.md"
    odd.write_text(UNDATED.replace("publisher:", "published: next week\npublisher:"))
    assert main(["explain", str(odd)]) == 0
    assert "unreadable publication date 'next week'" in capsys.readouterr().out


def test_a_pdf_is_rendered_without_library_chatter(tmp_path):
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("## Heading")])
    nbformat.write(notebook, tmp_path / "done.ipynb")
    done = subprocess.run(
        [sys.executable, "-m", "swaptally.cli", "report", "pdf", "done.ipynb", "-o", "out.pdf"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out.pdf").is_file()
    assert [line for line in done.stderr.splitlines() if line.startswith("INFO")] == []


def test_files_of_shards_beyond_the_count_are_removed(tmp_path):
    kept, stale = [], []
    kinds = [("documents", "parquet"), ("manifests", "tsv"), ("logs/extract", "errors.csv")]
    for folder, suffix in kinds:
        (tmp_path / folder).mkdir(parents=True)
        for shard in (0, 3, 4, 31):
            path = tmp_path / folder / f"shard-{shard}.{suffix}"
            path.write_text("x")
            (kept if shard < 4 else stale).append(path.as_posix())
    (tmp_path / "documents/notes.txt").write_text("not a shard file")
    assert ingest.remove_stale_shards(tmp_path, 4) == sorted(stale)
    assert all(Path(p).exists() for p in kept)
    assert (tmp_path / "documents/notes.txt").exists()
