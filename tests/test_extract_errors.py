"""A bug in one text's extraction is logged with its traceback, the run goes on;
`--strict` fails it."""

from __future__ import annotations

import polars as pl
import pytest
from swaptally import cli
from swaptally import extract as extract_pkg


@pytest.fixture
def texts(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "a.md").write_text("Russia released 40 Ukrainian soldiers on Friday.\n")
    (folder / "b.md").write_text("BOOM: Ukraine released 12 Russian soldiers on Friday.\n")
    return folder


def _failing(real):
    def run(text, published, lexicon=None, *, lang="en"):
        if text.startswith("BOOM"):
            raise ValueError("a bug")
        return real(text, published, lexicon, lang=lang)

    return run


def test_error_is_logged_per_text_and_the_run_goes_on(texts, tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(extract_pkg, "extract_facts", _failing(extract_pkg.extract_facts))
    out, errors = tmp_path / "facts.csv", tmp_path / "errors.csv"
    code = cli.main(
        ["extract", str(texts), "--format", "csv", "-o", str(out), "--errors", str(errors)]
    )
    assert code == 0
    assert pl.read_csv(out)["low"].to_list() == [40]
    err = pl.read_csv(errors)
    assert err.height == 1 and err["path"][0].endswith("b.md")
    assert "ValueError" in err["traceback"][0] and "a bug" in err["error"][0]
    assert "extraction failed" in caplog.text


def test_strict_fails_the_run(texts, tmp_path, monkeypatch):
    monkeypatch.setattr(extract_pkg, "extract_facts", _failing(extract_pkg.extract_facts))
    code = cli.main(
        ["extract", str(texts), "--format", "csv", "-o", str(tmp_path / "f.csv"), "--strict"]
    )
    assert code == 1
