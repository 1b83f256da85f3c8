"""The events table on small sets of texts of our own (tests/data/events_set*/): several
outlets report the same stages of a swap in different words, on different days, rounded;
texts give running totals, an operation total, recaps of earlier exchanges, plans that fell
through; a swap is reported by one side's outlet only. Each set's texts and its
tests/data/<set>_expected.csv (what a careful reader would add up) were written and
committed before the workflow was first run on them.

events_set: one 400-for-400 swap in two stages (en/ru/uk) and a small Armenia–Azerbaijan
swap. Only the day's handovers add up: recaps (February's 150), plans (the 400-for-400,
the 100-for-100 that was postponed), the operation total (400 over two days) and the
running total (5,890 since the invasion) never do.

events_set2: a truce's hostages and prisoners released on different days (a plan of the
90 for Sunday, done on Monday; "dozens" for the 90; a running total of hostages; a release
put off), and two Russia–Ukraine swaps, the second reported by one side only after a plan
of 50 each (its other side inferred).

events_set3: a three-day 700-for-700 operation: stages told by several outlets (one a day
late and rounded), a day's total left for the reader to add up (212 soldiers and 38
civilians), 10 wounded handed over outside the exchange on its last day, the operation's
total, a recap and a running total.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import polars as pl
import pytest
from helpers import ROOT, copy_project, snakemake

DATA = ROOT / "tests" / "data"
SETS = ["events_set", "events_set2", "events_set3"]
RUNS: dict[str, Path] = {}


def processed_of(name: str, tmp_path_factory) -> Path:
    """The processed tables of a workflow run on one set (run once per set)."""
    if name not in RUNS:
        project = copy_project(tmp_path_factory.mktemp(name), raw=DATA / name)
        done = snakemake(project, "data/processed/events.parquet", "--config", "shards=2")
        assert done.returncode == 0, done.stderr[-3000:]
        RUNS[name] = project / "data" / "processed"
    return RUNS[name]


@pytest.fixture(scope="module", params=SETS)
def run(request, tmp_path_factory) -> tuple[str, Path]:
    return request.param, processed_of(request.param, tmp_path_factory)


@pytest.fixture(scope="module")
def processed(tmp_path_factory) -> Path:
    return processed_of("events_set", tmp_path_factory)


def expected(name: str) -> list[tuple[dt.date, str, str, int]]:
    with (DATA / f"{name}_expected.csv").open(encoding="utf-8") as fh:
        return sorted(
            (dt.date.fromisoformat(r["date"]), r["persons_of"], r["held_by"], int(r["count"]))
            for r in csv.DictReader(fh)
        )


def counted(processed: Path) -> pl.DataFrame:
    """The rows a reader adds up: summable reported handovers."""
    events = pl.read_parquet(processed / "events.parquet")
    return events.filter(pl.col("summable") & (pl.col("status") == "reported"))


# First run (on 82e0f59, the texts and expectations committed before): UA 550 and RU 550
# where 400 each were returned (the stages of 10 and 11 April right, 205 and 195 a side;
# the recap "In that exchange 150 Ukrainian soldiers came home and Moscow received 150"
# took its article's day, 8 April, on both sides); AM 12 and AZ 3 right. Claims: the
# running total 5,890 kept; the operation's 400 over two days not found by extraction,
# and the Russian recap of February's 150 as a running total.
# Since: the recap's "that exchange" is background (its demonstrative points back), and the
# Russian recap's month is no span.


def test_every_side_adds_up_to_the_people_returned(run):
    name, processed = run
    totals: dict[str, int] = {}
    for _, persons_of, _, count in expected(name):
        totals[persons_of] = totals.get(persons_of, 0) + count
    got = counted(processed).group_by("persons_of").agg(pl.col("best").sum())
    assert dict(got.rows()) == totals


def test_each_side_and_handover_day_adds_up_to_the_people_returned_that_day(run):
    # one row a side and day, and a release told apart from that day's swap beside it
    name, processed = run
    got = (
        counted(processed)
        .group_by("date", "persons_of", "held_by")
        .agg(pl.col("best").sum())
        .sort(pl.all())
    )
    assert got.rows() == expected(name)


def test_stated_totals_are_kept_as_claims_beside_the_stages(processed):
    claims = pl.read_parquet(processed / "claims.parquet")
    stated = set(claims.select("persons_of", "low").rows())
    assert ("UA", 5890) in stated  # since the invasion
    assert ("UA", 400) in stated and ("RU", 400) in stated  # over the two days
