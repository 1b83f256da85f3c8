"""Invariants of the events table over generated fact tables (hypothesis)."""

from __future__ import annotations

import polars as pl
from event_facts import build, day, fact
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SIDES = [("UA", "RU"), ("RU", "UA"), ("UA", None), ("XX", "XX")]
SENTENCES = [
    "A sentence without cues.",
    "Since 2022 they have come home.",
    "In the previous exchange they came home.",
    "Over these two days they came home.",
]


@st.composite
def facts(draw, docs: str = "abcdef") -> list[dict]:
    rows = []
    for _ in range(draw(st.integers(1, 14))):
        persons_of, held_by = draw(st.sampled_from(SIDES))
        qualifier = draw(
            st.sampled_from(["exact", "exact", "exact", "approx", "at_least", "at_most"])
        )
        figure = draw(st.integers(1, 600))
        low, high = {
            "exact": (figure, figure),
            "approx": (figure, figure),
            "at_least": (figure, None),
            "at_most": (None, figure),
        }[qualifier]
        published = day(draw(st.integers(0, 6)))
        dated = draw(st.booleans())
        rows.append(
            fact(
                draw(st.sampled_from(docs)),
                low,
                high,
                qualifier=qualifier,
                persons_of=persons_of,
                held_by=held_by,
                kind=draw(st.sampled_from(["exchange", "exchange", "release"])),
                status=draw(st.sampled_from(["reported", "reported", "reported", "planned"])),
                category=draw(st.sampled_from(["unspecified", "military", "civilian"])),
                published=published,
                date=published - (day(draw(st.integers(0, 2))) - day(0)) if dated else None,
                sentence=draw(st.sampled_from(SENTENCES)),
            )
        )
    # a document is published on one day
    first = {}
    for r in rows:
        r["published"] = first.setdefault(r["doc_id"], r["published"])
        if r["date"] is not None and r["date"] > r["published"]:
            r["date"] = r["published"]
    return rows


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(facts())
def test_at_most_one_summable_row_per_side_and_day(rows):
    # of each kind: a release its text tells apart from the day's swap is a stage of its
    # own beside it (releases.py)
    _, events, _, _ = build(*rows)
    counted = events.filter("summable").group_by("persons_of", "date", "kind").len()
    assert counted["len"].max() in (None, 1)


@SETTINGS
@given(facts())
def test_best_within_low_and_high_and_parts_within_their_total(rows):
    _, events, _, _ = build(*rows)
    for row in events.iter_rows(named=True):
        assert row["low"] is None or row["best"] >= row["low"]
        assert row["high"] is None or row["best"] <= row["high"]
    totals = dict(events.select("event_id", "best").iter_rows())
    for part_of, best in (
        events.filter(pl.col("part_of").is_not_null()).select("part_of", "best").iter_rows()
    ):
        assert best <= totals[part_of]


@SETTINGS
@given(facts())
def test_exact_figures_of_a_stage_lie_within_its_bounds(rows):
    facts_out, events, _, _ = build(*rows)
    bounds = {r["event_id"]: r for r in events.filter("summable").iter_rows(named=True)}
    for f in facts_out.iter_rows(named=True):
        row = bounds.get(f["event_id"])
        if row is None or f["qualifier"] not in ("exact", "approx"):
            continue
        assert row["low"] <= f["low"] and (row["high"] is None or f["high"] <= row["high"])


@SETTINGS
@given(facts())
def test_xx_never_summed_and_only_reported_stages_summed(rows):
    _, events, _, _ = build(*rows)
    summed = events.filter("summable")
    assert "XX" not in summed["persons_of"].to_list()
    assert set(summed["status"].cast(pl.String).to_list()) <= {"reported"}
    assert set(summed["scope"].to_list()) <= {"stage"}
    assert summed.filter(pl.col("role").cast(pl.String) == "breakdown").height == 0


@SETTINGS
@given(facts(), facts(docs="xyz"))
def test_an_unrelated_text_never_changes_an_existing_event(rows, others):
    # the other texts are about another pair of sides
    unrelated = [{**r, "persons_of": "IL", "held_by": "PS"} for r in others]
    _, before, _, _ = build(*rows)
    _, after, _, _ = build(*rows, *unrelated)
    kept = after.filter(~pl.col("persons_of").is_in(["IL", "PS"]))
    kept = kept.filter(~pl.col("held_by").is_in(["IL", "PS"]) | pl.col("held_by").is_null())
    assert kept.equals(before)
