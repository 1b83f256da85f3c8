"""Stages: one handover one row, parts beside totals, rival figures disputed, dates."""

from __future__ import annotations

import polars as pl
from event_facts import FRI, build, day, fact, summable


def total_row(events: pl.DataFrame, persons_of: str = "UA") -> dict:
    (row,) = events.filter(pl.col("summable") & (pl.col("persons_of") == persons_of)).to_dicts()
    return row


def test_freed_and_swapped_the_same_day_are_one_handover():
    _, events, _, _ = build(
        fact("a", 390, kind="release"),
        fact("b", 390),
        fact("c", 390, held_by=None),
    )
    assert summable(events) == [(FRI, 390)]
    assert total_row(events)["n_sources"] == 3


def test_figures_of_one_side_and_day_are_a_total_and_its_parts_not_a_dispute():
    sentence = "Of the 390 freed, 270 were soldiers, among them 8 border guards."
    _, events, _, _ = build(
        fact("a", 390, sentence=sentence),
        fact("a", 270, category="military", sentence=sentence),
        fact("a", 8, category="military", sentence=sentence),
    )
    row = total_row(events)
    assert (row["best"], row["low"], row["high"], row["disputed"]) == (390, 390, 390, False)
    parts = events.filter(pl.col("role") == "breakdown")
    assert sorted(parts["best"].to_list()) == [8, 270]
    assert set(parts["part_of"].to_list()) == {row["event_id"]}


def test_a_subset_is_not_a_dispute():
    sentence = "Minsk freed 14 prisoners; among those released were three US citizens."
    _, events, _, _ = build(
        fact("a", 14, persons_of="US", held_by="BY", kind="release", sentence=sentence),
        fact("a", 3, persons_of="US", held_by="BY", kind="release", sentence=sentence),
    )
    row = total_row(events, "US")
    assert (row["best"], row["low"], row["disputed"]) == (14, 14, False)


def test_undated_figures_of_different_months_stay_apart():
    recalled = "The previous swap returned 55 people."
    _, events, _, _ = build(
        fact("a", 55, date=None, published=day(-60), sentence=recalled),
        fact("b", 55, date=None, published=FRI, sentence=recalled),
    )
    assert events.filter(pl.col("undated")).height == 2


def test_a_total_is_derived_only_from_one_texts_categories():
    # one outlet: 390 soldiers; another: 120 civilians — not 510
    _, events, _, _ = build(
        fact("a", 390, category="military"),
        fact("b", 120, category="civilian"),
    )
    assert summable(events) == [(FRI, 390)]
    # one text that gives only the categories: their sum is the stage total
    _, events, _, _ = build(
        fact("c", 270, category="military"),
        fact("c", 120, category="civilian"),
    )
    row = total_row(events)
    assert (row["best"], row["role"]) == (390, "derived_total")


def test_a_restated_part_is_not_added_twice():
    _, events, _, _ = build(
        fact("a", 390),
        fact("a", 270, category="military", date=None),
        fact("a", 270, category="military", date=None),
        fact("a", 120, category="civilian", date=None),
    )
    assert summable(events) == [(FRI, 390)]
    assert sorted(events.filter(pl.col("role") == "breakdown")["best"].to_list()) == [120, 270]


def test_an_undated_figure_does_not_join_a_stage_months_away():
    # a March story's undated 307 is March news, not the May stage of the same figure
    _, events, _, _ = build(
        fact("may", 307, date=day(60), published=day(60)),
        fact("march", 307, date=None),
    )
    assert summable(events) == [(FRI, 307), (day(60), 307)]
    may = events.filter(pl.col("date") == day(60))
    assert may["n_sources"].to_list() == [1]


def test_bounds_do_not_outvote_an_exact_figure():
    _, events, _, _ = build(
        fact("a", 301, None, qualifier="at_least"),
        fact("b", 301, None, qualifier="at_least"),
        fact("c", 307),
    )
    row = total_row(events)
    assert (row["best"], row["disputed"]) == (307, False)


def test_a_contradicting_bound_marks_a_dispute():
    _, events, _, _ = build(fact("a", 500, None, qualifier="at_least"), fact("b", 307))
    row = total_row(events)
    assert row["best"] == 307 and row["disputed"] is True
    assert row["low"] <= 307 and row["high"] >= 500


def test_as_many_as_is_an_upper_bound_not_a_point():
    _, events, _, _ = build(fact("a", None, 50, qualifier="at_most"))
    row = total_row(events)
    assert (row["best"], row["low"], row["high"]) == (50, None, 50)


def test_two_sided_totals_are_never_summed():
    _, events, _, _ = build(fact("a", 780, persons_of="XX", held_by="XX"), fact("a", 390))
    assert events.filter(pl.col("persons_of") == "XX")["summable"].to_list() == [False]
    assert summable(events) == [(FRI, 390)]


def test_one_handover_dated_a_day_apart_by_two_outlets_is_one_row():
    _, events, _, _ = build(
        fact("a", 205, date=day(0)),
        fact("b", 200, date=None, published=day(1)),  # "each side got 200", no day
        fact("c", 205, date=day(0)),
    )
    row = total_row(events)
    assert (row["date"], row["best"], row["low"], row["high"]) == (FRI, 205, 200, 205)
    assert row["disputed"] is True
    assert row["dates_stated"] == f"{day(0)}; {day(1)}"


def test_two_stages_of_one_operation_on_two_days_stay_two():
    # one text dates both days: two handovers, even of close figures
    _, events, _, _ = build(fact("a", 390, date=day(0)), fact("a", 370, date=day(1)))
    assert summable(events) == [(day(0), 390), (day(1), 370)]
    # two texts that each state their day: two handovers too
    _, events, _, _ = build(fact("a", 307, date=day(0)), fact("b", 303, date=day(1)))
    assert summable(events) == [(day(0), 307), (day(1), 303)]


def test_add_ons_beside_their_total_are_counted_once():
    text = "Russia handed over 246 prisoners of war and 31 wounded, 277 in all."
    _, events, _, _ = build(
        fact("a", 246, category="military", sentence=text),
        fact("a", 31, category="military", sentence=text),
        fact("b", 277),
    )
    assert summable(events) == [(FRI, 277)]


def test_a_part_alone_in_one_text_is_not_the_days_total():
    _, events, _, _ = build(fact("a", 390), fact("b", 390), fact("c", 8, category="civilian"))
    row = total_row(events)
    assert (row["best"], row["low"], row["disputed"]) == (390, 390, False)


def test_an_undated_news_figure_takes_its_publication_day():
    sentence = "Each side received 195 soldiers, the ministry said."
    _, events, _, _ = build(fact("a", 195, date=None, sentence=sentence))
    row = total_row(events)
    assert (row["date"], row["date_inherited"]) == (FRI, True)


def test_the_other_side_of_a_swap_takes_the_day_of_the_side_its_text_dates():
    _, events, _, _ = build(
        fact("a", 103, date=day(-2), published=FRI),
        fact("a", 103, persons_of="RU", held_by="UA", date=None, published=FRI),
    )
    assert summable(events, "RU") == [(day(-2), 103)]


def test_between_two_equally_supported_totals_the_sides_own_count_wins():
    _, events, _, _ = build(
        fact("a", 90, persons_of="RU", held_by="UA", said_by="Russia's defence ministry"),
        fact("b", 130, persons_of="RU", held_by="UA"),
    )
    row = total_row(events, "RU")
    assert (row["best"], row["low"], row["high"], row["disputed"]) == (90, 90, 130, True)


def test_an_old_handover_a_text_recalls_does_not_take_in_its_undated_news():
    # text 'a' leads with 70 undated and recalls a swap three weeks earlier that freed 30;
    # text 'b' dates the 70 on its publication day: the 70 is today's news, joined to 'b'
    _, events, _, _ = build(
        fact("a", 70, date=None),
        fact("a", 12, date=None, category="civilian"),
        fact("a", 30, date=day(-21)),
        fact("b", 70),
    )
    assert summable(events) == [(day(-21), 30), (FRI, 70)]
    row = events.filter(pl.col("best") == 70).row(0, named=True)
    assert row["n_sources"] == 2
    # a text published a few days after the handover it dates: its undated figures are it
    _, events, _, _ = build(
        fact("c", 60, date=day(-3)),
        fact("c", 40, date=None, category="military"),
        fact("c", 20, date=None, category="civilian"),
    )
    assert summable(events) == [(day(-3), 60)]


# ---------------------------------------------------------------- shortcuts of the step


def _stage_frame(rows: list[tuple]) -> pl.DataFrame:
    """What vote and day_clusters read of stage facts: (doc, side, holder, day offset,
    figure, category) a row."""
    return pl.DataFrame(
        [
            {
                "doc_id": doc,
                "persons_of": side,
                "_held_by": holder,
                "date": day(n),
                "_p": p,
                "low": p,
                "high": p,
                "category": category,
                "qualifier": "exact",
                "published": day(n + 1),
                "_own": False,
                "date_inherited": False,
            }
            for doc, side, holder, n, p, category in rows
        ],
        schema_overrides={"_held_by": pl.String, "doc_id": pl.UInt32},
    )


def test_a_one_day_stage_takes_its_days_vote_and_a_two_day_stage_is_voted_again():
    from swaptally.events.days import DAY, day_clusters
    from swaptally.events.stages import _cluster_votes
    from swaptally.events.votes import vote

    facts = _stage_frame(
        [
            (1, "UA", "RU", 0, 390, "unspecified"),
            (2, "UA", "RU", 0, 270, "military"),
            (2, "UA", "RU", 0, 120, "civilian"),
            (3, "UA", "RU", 1, 390, "unspecified"),  # the same 390 a day later: one stage
            (4, "UA", "RU", 5, 50, "unspecified"),  # a stage of its own
            (5, "RU", "UA", 5, 49, "unspecified"),
            (6, "RU", "UA", 5, 52, "unspecified"),
            (7, "RU", None, 9, 12, "unspecified"),  # no holder: read as vote by DAY reads it
            (8, "RU", None, 9, 15, "military"),
        ]
    )
    tops, figures = vote(facts, DAY)
    clusters = day_clusters(facts, tops)
    facts = facts.join(clusters, on=DAY, how="left", nulls_equal=True)
    assert clusters["_cluster"].n_unique() == 4  # days 0 and 1 of UA are one stage
    best, found = _cluster_votes(facts, clusters, tops, figures)
    want_best, want_found = vote(facts, ["_cluster"])
    assert best.sort("_cluster").equals(want_best.sort("_cluster"))
    assert found.sort("_cluster", "_figure").equals(want_found.sort("_cluster", "_figure"))


def test_a_figure_without_a_holder_takes_the_one_holder_its_side_has_within_a_day():
    from swaptally.events.days import fill_holders

    facts = pl.DataFrame(
        {
            "persons_of": ["UA", "UA", "UA", "RU", "RU", "RU", "PS"],
            "held_by": ["RU", None, None, "UA", "BY", None, None],
            "date": [day(0), day(1), day(3), day(0), day(0), day(0), day(0)],
        }
    )
    # UA on day 1: RU held UA a day before; day 3: nobody near; RU: two holders that day
    assert fill_holders(facts)["_held_by"].to_list() == ["RU", "RU", None, "UA", "BY", None, None]


def test_a_text_that_counts_the_soldiers_only_does_not_dispute_the_civilians():
    # three outlets: 64 soldiers; one: 64 soldiers and 11 civilians — 75 came home
    _, events, _, _ = build(
        fact("a", 64, category="military"),
        fact("b", 64, category="military"),
        fact("c", 64, category="military"),
        fact("d", 64, category="military"),
        fact("d", 11, category="civilian"),
    )
    row = total_row(events)
    assert (row["best"], row["role"]) == (75, "derived_total")
    parts = events.filter(pl.col("role") == "breakdown")
    assert sorted(parts["best"].to_list()) == [11, 64]
    # a count of soldiers of another size is a rival total, not the same soldiers
    _, events, _, _ = build(
        fact("a", 70, category="military"),
        fact("b", 70, category="military"),
        fact("d", 64, category="military"),
        fact("d", 11, category="civilian"),
    )
    assert summable(events) == [(FRI, 70)]
    # civilians whose day the text does not give may be of another time: no sum for others
    _, events, _, _ = build(
        fact("a", 64, category="military"),
        fact("b", 64, category="military"),
        fact("d", 64, category="military"),
        fact("d", 11, category="civilian", date=None),
    )
    assert summable(events) == [(FRI, 64)]
