"""Hand-made fact tables for the events tests: one fact a dict, FACTS.md's fields."""

from __future__ import annotations

import datetime as dt

import polars as pl
from swaptally import tables
from swaptally.events import build_tables

FRI = dt.date(2025, 3, 14)  # a Friday; the other days of these tests are counted from it


def day(n: int) -> dt.date:
    return FRI + dt.timedelta(days=n)


def fact_row(doc: str, low: int | None, high: int | None, **fields) -> dict:
    """One row of the facts table: a reported exchange of Ukrainians held by Russia from
    outlet `doc`, dated and published FRI, unless fields say otherwise."""
    row = {
        "doc_id": doc,
        "path": f"{doc}.md",
        "publisher": f"{doc} outlet",
        "published": FRI,
        "url": f"https://{doc}.example",
        "sentence_no": 0,
        "sentence": "A sentence without cues.",
        "span_start": 0,
        "span_end": 3,
        "rule": "test",
        "kind": "exchange",
        "status": "reported",
        "persons_of": "UA",
        "held_by": "RU",
        "category": "unspecified",
        "low": low,
        "high": high,
        "qualifier": "exact",
        "date": FRI,
        "period_start": None,
        "period_end": None,
        "said_by": None,
    }
    row.update(fields)
    return row


def fact(doc: str, low: int | None, high: int | None = None, **fields) -> dict:
    """A fact_row whose high is its low unless a high or a qualifier is given."""
    if high is None and fields.get("qualifier") is None:
        high = low
    return fact_row(doc, low, high, **fields)


def build(*rows: dict) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """(facts, events, exchanges, claims) of these facts."""
    numbered = [{**r, "span_start": r["span_start"] + 10 * i} for i, r in enumerate(rows)]
    return build_tables(tables.frame(numbered, tables.FACT_COLUMNS))


def summable(events: pl.DataFrame, persons_of: str = "UA") -> list[tuple[dt.date, int]]:
    """(date, best) of the rows that may be added up for one side."""
    rows = events.filter(pl.col("summable") & (pl.col("persons_of") == persons_of))
    return rows.select("date", "best").sort("date").rows()
