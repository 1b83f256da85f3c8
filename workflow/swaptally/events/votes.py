"""The vote: which figure of a group of stage facts (one side's day, or a stage of
neighbouring days) is its total.

Each text votes for its total; the total most texts give wins, and the figures voted for
are kept, so that a stage can tell its rival totals (figures that state the whole stage)
from its parts. polars over the narrow frame of the stage facts (stages.py).
"""

from __future__ import annotations

import datetime as dt

import polars as pl

EXACT = ("exact", "approx", "range")
CLOSE = 0.9  # figures within 10% of a stage's largest are rival totals, smaller ones its parts


def vote(facts: pl.DataFrame, keys: list[str]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(keys, _best, _derived) per group, and (keys, _figure) the figures voted for.

    Each text votes for its total: its largest exact figure, or its military + civilian
    figures added when it names no total itself. The total most texts give wins; among
    equals the one the counted side's own officials give (each side counts its own
    returnees), then the one more texts mention at all, then the later report, the larger.
    Where no text gives an exact figure (only bounds, "more than 300") the largest bound
    stands.
    """
    p = pl.col("_p")
    facts = facts.select(
        *keys, "doc_id", "category", "qualifier", "_p", "published", "_own", "date_inherited"
    )
    exact = facts.filter(pl.col("qualifier").is_in(EXACT) & p.is_not_null())
    per_doc = (
        exact.group_by(*keys, "doc_id", "category")
        .agg(_m=p.max())
        .group_by(*keys, "doc_id")
        .agg(
            _largest=pl.col("_m").max(),
            _sum=pl.col("_m").sum(),
            _cats=pl.len(),
            _unspecified=(pl.col("category") == "unspecified").any(),
        )
        .with_columns(
            _derived=~pl.col("_unspecified")
            & (pl.col("_cats") > 1)
            & (pl.col("_sum") > pl.col("_largest"))
        )
        .with_columns(
            _figure=pl.when("_derived").then("_sum").otherwise("_largest"),
        )
    )
    per_doc = _one_category_joins_its_sum(exact, per_doc, keys)
    votes = per_doc.group_by(*keys, "_figure").agg(
        _votes=pl.len(), _derived=pl.col("_derived").any()
    )
    mentioned = facts.group_by(*keys, "_p").agg(
        _mentioned=pl.col("doc_id").n_unique(), _latest=pl.col("published").max()
    )
    own = facts.filter("_own").group_by(*keys, "_p").agg(_own=pl.col("doc_id").n_unique())
    ranks = ["_votes", "_own", "_mentioned", "_latest", "_figure"]
    # a key may be null (a side whose holder is not known): it is a group like any other
    on_figure = {
        "left_on": [*keys, "_figure"],
        "right_on": [*keys, "_p"],
        "nulls_equal": True,
    }
    voted = (
        votes.join(mentioned, how="left", **on_figure)
        .join(own, how="left", **on_figure)
        .with_columns(
            pl.col("_own", "_mentioned").fill_null(0),
            pl.col("_latest").fill_null(dt.date.min),
        )
        .group_by(keys)
        .agg(
            _voted=pl.col("_figure").sort_by(ranks, descending=True).first(),
            _voted_derived=pl.col("_derived").sort_by(ranks, descending=True).first(),
        )
    )
    best = (
        facts.group_by(keys)
        .agg(_bound=p.fill_null(0).max())
        .join(voted, on=keys, how="left", nulls_equal=True)
        .select(
            *keys,
            _best=pl.coalesce("_voted", "_bound"),
            _derived=pl.col("_voted_derived").fill_null(False),
        )
    )
    # the groups where some text gives the best figure itself (from the distinct figures:
    # no join of every fact)
    stated = (
        mentioned.select(*keys, "_p")
        .join(best, on=keys, nulls_equal=True)
        .filter(pl.col("_p") == pl.col("_best"))
        .select(keys)
        .unique()
        .with_columns(_stated=pl.lit(True))
    )
    best = best.join(stated, on=keys, how="left", nulls_equal=True).select(
        *keys, "_best", _derived=pl.col("_derived") & pl.col("_stated").is_null()
    )
    figures = pl.concat(
        [
            votes.select(*keys, "_figure"),
            best.join(votes, on=keys, how="anti", nulls_equal=True).select(*keys, _figure="_best"),
        ]
    )
    return best, figures


def _one_category_joins_its_sum(
    exact: pl.DataFrame, per_doc: pl.DataFrame, keys: list[str]
) -> pl.DataFrame:
    """per_doc with the vote of a text that counts one category only ("185 soldiers") given
    to the total another text derives from that same figure and the other categories ("185
    soldiers and 20 civilians"): the first text left the civilians out, it does not dispute
    them. Among several such totals, the largest; only a text that dates each of its
    figures itself makes one (a part whose day was guessed may be of another time)."""
    parts = exact.group_by(*keys, "doc_id", "category").agg(
        _m=pl.col("_p").max(), _guessed=pl.col("date_inherited").any()
    )
    dated = parts.group_by(*keys, "doc_id").agg(_guessed=pl.col("_guessed").any())
    derived = per_doc.filter("_derived").join(
        dated.filter(~pl.col("_guessed")), on=[*keys, "doc_id"], nulls_equal=True
    )
    sums = (
        parts.join(
            derived.select(*keys, "doc_id", "_figure"),
            on=[*keys, "doc_id"],
            nulls_equal=True,
        )
        .group_by(*keys, "category", "_m")
        .agg(_whole=pl.col("_figure").max())
    )
    single = (
        parts.group_by(*keys, "doc_id")
        .agg(_only=pl.col("category").first(), _n=pl.len())
        .filter((pl.col("_n") == 1) & (pl.col("_only") != "unspecified"))
    )
    joins = (
        single.join(
            per_doc.select(*keys, "doc_id", "_figure"), on=[*keys, "doc_id"], nulls_equal=True
        )
        .join(
            sums,
            left_on=[*keys, "_only", "_figure"],
            right_on=[*keys, "category", "_m"],
            nulls_equal=True,
        )
        .select(*keys, "doc_id", "_whole")
    )
    return (
        per_doc.join(joins, on=[*keys, "doc_id"], how="left", nulls_equal=True)
        .with_columns(
            _figure=pl.coalesce("_whole", "_figure"),
            _derived=pl.col("_derived") | pl.col("_whole").is_not_null(),
        )
        .drop("_whole")
    )
