"""The worked example of workflow/docs/FACTS.md: an article and its facts, in tests/data/.

Compared as the scorer does: the distinct facts must be exactly the table's, and each
table row's date (or period) must be carried by some extracted statement of that fact.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from swaptally.extract import Fact, extract_facts

HERE = Path(__file__).resolve()
SEED = HERE.parent / "data" / "worked_example.txt"  # written for the project
TABLE = HERE.parent / "data" / "worked_example_facts.csv"
PUBLISHED = dt.date(2025, 5, 24)
KEY = ("kind", "status", "persons_of", "held_by", "category", "low", "high", "qualifier")


def _row_key(row: dict[str, str]) -> tuple:
    def num(v: str) -> int | None:
        return int(v) if v else None

    return (*(row[k] for k in KEY[:5]), num(row["low"]), num(row["high"]), row["qualifier"])


def _fact_key(f: Fact) -> tuple:
    return tuple(getattr(f, k) for k in KEY)


def _day(v: str) -> dt.date | None:
    return dt.date.fromisoformat(v) if v else None


@pytest.fixture(scope="module")
def facts() -> list[Fact]:
    return extract_facts(SEED.read_text(encoding="utf-8"), PUBLISHED)


@pytest.fixture(scope="module")
def table() -> list[dict[str, str]]:
    with TABLE.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_distinct_facts_are_the_table(facts: list[Fact], table: list[dict[str, str]]) -> None:
    assert {_fact_key(f) for f in facts} == {_row_key(r) for r in table}


def test_dates_and_periods(facts: list[Fact], table: list[dict[str, str]]) -> None:
    for row in table:
        same = [f for f in facts if _fact_key(f) == _row_key(row)]
        when = {(f.date, f.period_start, f.period_end) for f in same}
        want = (_day(row["date"]), _day(row["period_start"]), _day(row["period_end"]))
        assert want in when, (row, when)


def test_figures_are_spans_of_the_text(facts: list[Fact]) -> None:
    text = SEED.read_text(encoding="utf-8")
    for f in facts:
        assert text[f.span_start : f.span_end].strip()
        assert f.sentence in text
