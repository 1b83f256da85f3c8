"""Releases a text tells apart from the swap of the same day (events/releases.py)."""

from __future__ import annotations

import polars as pl
from event_facts import FRI, build, fact, summable


def test_a_release_beside_the_days_swap_in_one_text_comes_on_top_of_it():
    # "each side freed 147 … Russia also handed over 10 wounded, outside the exchange"
    _, events, _, _ = build(
        fact("a", 147),
        fact("a", 147, persons_of="RU", held_by="UA"),
        fact("a", 10, kind="release", category="military"),
        fact("b", 147, persons_of="RU", held_by="UA"),
    )
    assert sorted(summable(events)) == [(FRI, 10), (FRI, 147)]
    kinds = events.filter(pl.col("summable") & (pl.col("persons_of") == "UA"))
    assert sorted(kinds["kind"].cast(pl.String).to_list()) == ["exchange", "release"]
    assert summable(events, "RU") == [(FRI, 147)]  # no like-for-like half of the release


def test_a_release_inside_a_stated_total_stays_its_part():
    # 246 counted in the official swap and 31 more freed apart from it; a total of 277
    _, events, _, _ = build(
        fact("a", 246, category="military"),
        fact("a", 31, kind="release"),
        fact("b", 277),
    )
    assert summable(events) == [(FRI, 277)]


def test_a_release_no_text_tells_apart_from_a_swap_is_the_same_handover():
    # one outlet: "Russia freed 64 Ukrainians"; another: "64 came home in the swap"
    _, events, _, _ = build(fact("a", 64, kind="release"), fact("b", 64))
    assert summable(events) == [(FRI, 64)]
    # the text's own exchange figure called a release again
    _, events, _, _ = build(fact("c", 64), fact("c", 64, kind="release"))
    assert summable(events) == [(FRI, 64)]


def test_a_release_as_large_as_its_texts_swap_is_no_group_besides_it():
    _, events, _, _ = build(fact("a", 303), fact("a", 536, kind="release"), fact("b", 303))
    assert [row[1] for row in summable(events)] == [303]
