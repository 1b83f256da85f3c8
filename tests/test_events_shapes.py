"""Facts → events for the shapes unseen news takes beyond one like-for-like swap: uneven
halves, a truce's weekly handovers, stocks, plans that never happened, the other side's
running total, three-party swaps and one-sided releases."""

from __future__ import annotations

import datetime as dt

import polars as pl
from event_facts import FRI, build, day, fact
from swaptally import ledger


def summed(events: pl.DataFrame, persons_of: str) -> int:
    """What may be added up for one side's people."""
    return events.filter(pl.col("summable") & (pl.col("persons_of") == persons_of))["best"].sum()


def test_an_uneven_swap_is_one_exchange_with_each_sides_own_count():
    rows = [
        fact("a", 116, category="military"),
        fact("a", 63, persons_of="RU", held_by="UA", category="military"),
    ]
    _, events, exchanges, _ = build(*rows)
    (row,) = exchanges.to_dicts()
    assert (row["side_a"], row["returned_a"], row["side_b"], row["returned_b"]) == (
        "RU",
        63,
        "UA",
        116,
    )
    assert row["disputed"] is False
    assert events.filter(pl.col("inferred")).height == 0


def test_a_truces_handovers_a_week_apart_keep_each_sides_count():
    hostages, prisoners = (
        {"persons_of": "IL", "held_by": "PS"},
        {"persons_of": "PS", "held_by": "IL"},
    )
    later = {"date": day(7), "published": day(7)}
    rows = [
        fact("a", 4, **hostages),
        fact("a", 200, **prisoners),
        fact("b", 3, **hostages, **later),
        fact("b", 183, **prisoners, **later),
    ]
    _, events, exchanges, _ = build(*rows)
    assert (summed(events, "IL"), summed(events, "PS")) == (7, 383)
    assert exchanges["returned_a"].sum() == 7 and exchanges["returned_b"].sum() == 383


def test_a_stock_of_captives_is_never_a_stage_nor_an_exchange():
    held = {"kind": "held", "status": "estimated", "qualifier": "approx"}
    _, events, exchanges, claims = build(fact("a", 90), fact("b", 7500, **held))
    assert events.filter(pl.col("kind") == "held")["summable"].to_list() == [False]
    assert exchanges["returned_b"].to_list() == [90]
    assert claims.height == 0


def test_a_swap_that_fell_through_returns_no_one():
    plan = {"status": "planned", "date": None}
    rows = [fact("a", 250, **plan), fact("a", 250, persons_of="RU", held_by="UA", **plan)]
    _, events, exchanges, _ = build(*rows)
    assert events.filter("summable").height == 0
    assert exchanges.height == 0


def test_the_other_sides_running_total_is_its_own_claim():
    said = "Since 2022 some 2,900 Russian soldiers have been brought back, the ministry said."
    rows = [
        fact("a", 120, persons_of="RU", held_by="UA", date=day(-9), published=day(-9)),
        fact(
            "b",
            2900,
            persons_of="RU",
            held_by="UA",
            qualifier="approx",
            date=None,
            period_start=dt.date(2022, 1, 1),
            period_end=FRI,
            sentence=said,
        ),
    ]
    _, events, _, claims = build(*rows)
    (claim,) = claims.to_dicts()
    assert (claim["persons_of"], claim["scope"], claim["sum_of_stages"]) == ("RU", "running", 120)
    assert summed(events, "RU") == 120


def test_mixed_groups_of_a_three_party_swap_are_never_summed():
    rows = [
        fact("a", 12, persons_of="XX", held_by="RU"),
        fact("a", 6, persons_of="RU", held_by="XX"),
        fact("a", 18, persons_of="XX", held_by="XX"),
    ]
    _, events, _, _ = build(*rows)
    assert events.filter("summable").select("persons_of", "best").rows() == [("RU", 6)]


def test_a_one_sided_release_counts_for_its_own_side_only():
    freed = fact("a", 21, persons_of="KH", held_by="TH", kind="release", category="military")
    _, events, exchanges, _ = build(freed)
    assert summed(events, "KH") == 21
    assert exchanges.select("side_a", "returned_a", "stages").rows() == [("KH", 21, 1)]
    # the holder's side got no one back that a text tells: null, not a count of 0
    assert exchanges.select("side_b", "returned_b").rows() == [("TH", None)]


def test_a_swap_whose_other_side_no_text_counts_leaves_that_side_null():
    _, _, exchanges, _ = build(fact("a", 140, category="military"))
    assert exchanges.select("side_a", "returned_a", "side_b", "returned_b").rows() == [
        ("RU", None, "UA", 140)
    ]
    sides = ledger.operations(exchanges)
    assert sorted(sides.select("side", "returned").rows()) == [("RU", None), ("UA", 140)]


def test_captives_freed_inside_their_own_country_count_once():
    # "the rebels freed 1,000 government soldiers": Ethiopians held by Ethiopians
    inside = {"persons_of": "ET", "held_by": "ET", "kind": "release", "category": "military"}
    _, events, exchanges, _ = build(fact("a", 1000, **inside), fact("b", 1000, **inside))
    assert summed(events, "ET") == 1000
    assert exchanges.select("side_a", "returned_a", "side_b", "returned_b").rows() == [
        ("ET", 1000, "ET", None)
    ]
    assert ledger.operations(exchanges).select("side", "returned").rows() == [("ET", 1000)]
    table = ledger.ledger_table(ledger.operations(exchanges), ("ET",))
    assert table["ET"].to_list() == [1000]
