"""The data package: valid for the standard validator, and shipped whole by the bundle."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import polars as pl
import pytest
from frictionless import validate
from swaptally import tables
from swaptally.report import write_bundle

COLUMNS: list[tables.Column] = [
    ("row_id", pl.String(), "key"),
    ("kind", pl.Enum(tables.KINDS), "what"),
    ("day", pl.Date(), "when"),
    ("count", pl.Int64(), "how many"),
    ("sure", pl.Boolean(), "whether"),
]


@pytest.fixture
def package(tmp_path) -> Path:
    """A parquet and a CSV table with their datapackage.json, as the merge writes them."""
    folder = tmp_path / "processed"
    frame = tables.frame(
        [
            {"row_id": "a", "kind": "held", "day": dt.date(2025, 5, 24), "count": 12, "sure": True},
            {"row_id": "b", "kind": "exchange", "day": None, "count": None, "sure": False},
        ],
        COLUMNS,
    )
    tables.write_parquet(frame, folder / "rows.parquet", COLUMNS, "rows")
    tables.write_csv(frame, folder / "rows.csv")
    resources = [
        (folder / "rows.parquet", "rows", COLUMNS, "row_id"),
        (folder / "rows.csv", "rows as CSV", COLUMNS, "row_id"),
    ]
    descriptor = tables.datapackage(resources, sources=[{"title": "a test"}])
    tables.write_text(json.dumps(descriptor, indent=2), folder / "datapackage.json")
    return folder / "datapackage.json"


def test_package_is_valid_for_frictionless(package):
    report = validate(str(package))
    assert report.valid, report.flatten(["type", "note"])
    assert [task.name for task in report.tasks] == ["rows-parquet", "rows-csv"]


def test_a_hash_known_already_is_not_read_again(package):
    """The merge hashes each table as it writes it; the package takes those hashes."""
    folder = package.parent
    resources = [(folder / "rows.csv", "rows as CSV", COLUMNS, "row_id")]
    known = {str(folder / "rows.csv"): "ab" * 32}
    listed = tables.datapackage(resources, sources=[], hashes=known)["resources"][0]
    assert listed["hash"] == "sha256:" + "ab" * 32
    read = tables.datapackage(resources, sources=[])["resources"][0]
    assert read["hash"] == "sha256:" + tables.sha256_file(folder / "rows.csv")


def test_validator_sees_a_table_that_does_not_match(package):
    (package.parent / "rows.csv").write_text("row_id,kind,day,count,sure\na,held,May,1,true\n")
    report = validate(str(package))
    assert not report.valid
    assert {"hash-count", "type-error"} <= {t for t, *_ in report.flatten(["type"])}


def test_bundle_ships_the_tables_its_package_lists(package, tmp_path):
    bundle = tmp_path / "bundle.zip"
    write_bundle([package, package.parent / "rows.csv"], bundle)  # rows.csv given twice
    assert zipfile.ZipFile(bundle).namelist() == ["datapackage.json", "rows.csv", "rows.parquet"]
    zipfile.ZipFile(bundle).extractall(tmp_path / "unpacked")
    report = validate(str(tmp_path / "unpacked/datapackage.json"))
    assert report.valid, report.flatten(["type", "note"])


def test_bundle_refuses_a_table_changed_after_its_package(package, tmp_path):
    (package.parent / "rows.csv").write_text("row_id\n")
    with pytest.raises(ValueError, match="has changed since"):
        write_bundle([package], tmp_path / "bundle.zip")
