"""Report parameters, config checks, notebook normalisation and bundles."""

from __future__ import annotations

import copy
import datetime as dt
import json
import zipfile
from pathlib import Path

import nbformat
import papermill
import polars as pl
import pytest
import yaml
from swaptally import present
from swaptally.config import ConfigError, check_config
from swaptally.report import (
    ParameterError,
    check_name,
    check_parameters,
    normalise_notebook,
    write_bundle,
    write_parameters,
)

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "workflow/schemas/config.schema.yaml"


@pytest.mark.parametrize("name", ["../evil", "a/b", "Totals", "", "-x", "x" * 65, "tot als"])
def test_report_names_must_be_slugs(name):
    with pytest.raises(ParameterError, match="slug"):
        check_name(name)


def test_good_parameters_are_typed():
    params = check_parameters(
        {"start": "2025-05-01", "end": "2025-05-31", "sides": ["UA", "RU"], "title": "T"}
    )
    assert params.start.isoformat() == "2025-05-01"
    assert params.sides == ("UA", "RU")
    assert params.scale is None
    assert check_parameters({"scale": "week"}).scale == "week"


def test_a_section_without_content_is_left_out():
    number = present.Numbering()
    empty = pl.DataFrame({"a": []}, schema={"a": pl.Int64})
    assert present.section("Estimates", "prose", number.table(empty, "T."), None) is None
    shown = present.section("Estimates", "prose", number.table(empty, "T.", empty="None held."))
    assert "<h2>Estimates</h2>" in shown.data and "None held." in shown.data
    assert number.tables == 0  # an empty table takes no number


def test_a_section_opening_on_a_figure_keeps_its_heading_with_it():
    """Heading and lead travel with a first figure to the next page; a first table (a long
    ledger) is left free to start where the section does."""
    figure = present.HTML('<figure class="st-figure"><img alt="x" src="x"/></figure>')
    kept = present.section("Over time", "Lead.", figure).data
    assert kept.startswith('<section class="st-section"><div class="st-keep"><h2>Over time</h2>')
    table = present.table_html(pl.DataFrame({"a": [1]}), "T.")
    free = present.section("Exchanges", "Lead.", table).data
    assert "st-keep" not in free and free.startswith('<section class="st-section"><h2>')


def test_a_source_without_outlet_shows_its_path():
    row = {"publisher": None, "path": "data/raw/note.md", "published": None, "url": None}
    assert present.source_line(row) == "data/raw/note.md, undated"
    row = {"publisher": "Harbor Wire", "path": "x", "published": dt.date(2025, 5, 23), "url": "u"}
    assert present.source_line(row) == "Harbor Wire, 23 May 2025: u"


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"sides": ["ZZ"]}, "unknown side 'ZZ'"),
        ({"sides": ["ua"]}, "unknown side 'ua'"),
        ({"sides": "UA; import os"}, "unknown side"),
        ({"start": 20250501}, "'start' must be a date"),
        ({"start": "May 1"}, "'start' must be a date"),
        ({"start": "2025-06-01", "end": "2025-05-01"}, "is after"),
        ({"title": ["a"]}, "'title' must be non-empty text"),
        ({"title": "two\nlines"}, "one line"),
        ({"sidez": ["UA"]}, "unknown parameter 'sidez'"),
        ({"scale": "fortnight"}, "'scale' must be one of day, week, month, year"),
    ],
)
def test_bad_parameters_are_named(values, message):
    with pytest.raises(ParameterError, match=message):
        check_parameters(values)


def test_parameters_file_round_trips(tmp_path):
    target = tmp_path / "p.yaml"
    write_parameters(
        "totals",
        str(ROOT / "notebooks/totals.ipynb"),
        {"sides": ["UA"], "start": "2025-05-02"},
        target,
    )
    written = yaml.safe_load(target.read_text())
    assert written["sides"] == ["UA"] and written["start"] == "2025-05-02"
    assert written["events"] == "data/processed/events.parquet"


def test_parameters_for_a_missing_notebook_fail(tmp_path):
    with pytest.raises(ParameterError, match="does not exist"):
        write_parameters("x", str(tmp_path / "missing.ipynb"), {}, tmp_path / "p.yaml")


def test_notebook_run_by_hand_rejects_an_unknown_side_before_analysis(tmp_path):
    with pytest.raises(papermill.PapermillExecutionError, match="unknown side 'ZZ'"):
        papermill.execute_notebook(
            str(ROOT / "notebooks/totals.ipynb"),
            str(tmp_path / "out.ipynb"),
            parameters={"sides": ["ZZ"], "events": "missing.parquet"},
            kernel_name="python3",
            progress_bar=False,
        )


def test_normalised_notebook_has_no_run_timestamps(tmp_path):
    nb = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell("x = 1", metadata={"tags": ["injected-parameters"]})]
    )
    nb.metadata["papermill"] = {
        "start_time": "2026-01-01T00:00:00",
        "duration": 1.5,
        "parameters": {"a": 1},
    }
    nb.cells[0].metadata["execution"] = {"iopub.execute_input": "2026-01-01T00:00:00"}
    nb.cells[0].metadata["papermill"] = {"start_time": "t", "end_time": "t", "status": "completed"}
    normalise_notebook(nbformat.writes(nb), tmp_path / "out.ipynb")
    out = json.loads((tmp_path / "out.ipynb").read_text())
    assert out["metadata"]["papermill"] == {"parameters": {"a": 1}}
    assert out["cells"][0]["metadata"] == {
        "papermill": {"status": "completed"},
        "tags": ["injected-parameters"],
    }
    assert out["cells"][0]["id"] == "injected-parameters"


def test_bundle_is_byte_stable(tmp_path):
    files = []
    for name in ("b.csv", "a.pdf"):
        path = tmp_path / name
        path.write_text(name)
        files.append(path)
    write_bundle(files, tmp_path / "one.zip")
    (tmp_path / "a.pdf").touch()  # a new mtime must not change the bundle
    write_bundle(reversed(files), tmp_path / "two.zip")
    assert (tmp_path / "one.zip").read_bytes() == (tmp_path / "two.zip").read_bytes()
    assert zipfile.ZipFile(tmp_path / "one.zip").namelist() == ["a.pdf", "b.csv"]


@pytest.fixture
def config() -> dict:
    return yaml.safe_load((ROOT / "workflow/config.yaml").read_text())


def check(config: dict) -> None:
    check_config(config, SCHEMA, root=ROOT)


def test_the_shipped_config_is_valid(config):
    check(config)
    assert config["strict"] is False


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda c: c.update(shardz=4), "'shardz' was unexpected"),
        (lambda c: c.update(shards="many"), "shards: 'many' does not match '^auto$'"),
        (lambda c: c.update(shards=0), "shards: 0 is less than the minimum"),
        (
            lambda c: c["reports"]["totals"].update(notebook="notebooks/none.ipynb"),
            "does not exist",
        ),
        (
            lambda c: c["reports"].update({"../x": c["reports"]["totals"]}),
            "reports: '../x' does not match",
        ),
        (lambda c: c["reports"]["totals"]["parameters"].update(sides=["ZZ"]), "unknown side 'ZZ'"),
        (lambda c: c["reports"]["totals"]["parameters"].update(start=5), "start: 5 is not of type"),
        (
            lambda c: c["reports"]["totals"]["parameters"].update(scale="hour"),
            "scale: 'hour' is not one of",
        ),
    ],
)
def test_config_errors_are_one_clear_line(config, change, message):
    bad = copy.deepcopy(config)
    change(bad)
    with pytest.raises(ConfigError) as err:
        check(bad)
    assert message in str(err.value)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize(
    "notebook", sorted((ROOT / "notebooks").glob("*.ipynb")), ids=lambda p: p.name
)
def test_notebooks_are_stored_without_outputs_and_with_parameters(notebook):
    nb = nbformat.read(notebook, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(not c.outputs and c.execution_count is None for c in code)
    assert "parameters" in code[0].metadata.get("tags", [])


def test_a_title_with_code_in_it_stays_text(tmp_path):
    """papermill writes string parameters as literals: a hostile title cannot run."""
    marker = tmp_path / "pwned"
    title = f'x" + __import__("pathlib").Path("{marker}").write_text("1") + "'
    check_parameters({"title": title})  # one line of text: allowed
    with pytest.raises(papermill.PapermillExecutionError):  # fails later: no tables here
        papermill.execute_notebook(
            str(ROOT / "notebooks/totals.ipynb"),
            str(tmp_path / "out.ipynb"),
            parameters={"title": title, "events": str(tmp_path / "missing.parquet")},
            kernel_name="python3",
            progress_bar=False,
        )
    assert not marker.exists()
