"""Sides and days: which holder a stage figure's side has, and which neighbouring days
of one side are the same handover (a day cluster, the facts of one stage).

Outlets date one handover a day apart (one the day of the swap, one the day they report
it); such days are merged. Two handovers of a multi-day exchange, a day apart, are not.
polars over the narrow frame of the stage facts (stages.py); only the walk over one
side's days (a few hundred a year) is Python.
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from swaptally.events.facts_frame import beside
from swaptally.events.votes import CLOSE

SIDE = ["persons_of", "_held_by"]
DAY = [*SIDE, "date"]


def fill_holders(facts: pl.DataFrame) -> pl.DataFrame:
    """`_held_by`: a stage figure without a holder takes the one holder its side has
    within a day."""
    # each side's holders of a day once (a few rows a day, not a row per fact)
    held = (
        facts.filter(pl.col("held_by").is_not_null())
        .select("persons_of", "held_by", "date")
        .unique()
    )
    near = (
        pl.concat([held.with_columns(pl.col("date") + dt.timedelta(days=k)) for k in (-1, 0, 1)])
        .group_by("persons_of", "date")
        .agg(_holders=pl.col("held_by").n_unique(), _holder=pl.col("held_by").first())
    )
    # only the figures without a holder look one up
    unheld = facts.select(pl.arg_where(pl.col("held_by").is_null())).to_series()
    holders = facts["held_by"].alias("_held_by")
    if unheld.len():
        found = (
            facts[unheld]
            .select("persons_of", "date")
            .join(near, on=["persons_of", "date"], how="left", maintain_order="left")
            .select(pl.when(pl.col("_holders") == 1).then("_holder"))
            .to_series()
        )
        holders = holders.clone().scatter(unheld, found)
    return facts.with_columns(holders)


def retold(facts: pl.DataFrame) -> pl.DataFrame:
    """facts with `date` the day of the handover each tells, `_stated` the day it states.

    A text that counts both sides of a swap on one day and, further on, one side's same
    figure on the next day tells the same people at a later step of that handover ("each
    side got back 32 on Tuesday" … "the 32 soldiers landed at home on Wednesday"): those
    figures are of the swap's day. Not so where the text counts the other side on the
    later day too (a second handover of a multi-day swap), gives another figure, or tells
    the later day first (the day before is then its background: "13 more were freed on
    Saturday" … "on Friday 13 …"). Only that text's figures move: other texts' figures
    of the later day may tell a handover of its own."""
    facts = facts.with_columns(_stated=pl.col("date"))
    # `_row` is the fact's place: the facts of a text stand in the order of the text
    days = facts.group_by(*DAY, "doc_id").agg(_top=pl.col("_p").max(), _first=pl.col("_row").min())
    later = pl.col("date") + dt.timedelta(days=1)
    pairs = days.join(
        days.select(*SIDE, "doc_id", _before="_top", _first_before="_first", date=later),
        on=[*DAY, "doc_id"],
        nulls_equal=True,
    )
    # the days on which each text counts some people of each country (one row a key)
    told = facts.select("doc_id", "date", _of="persons_of").unique()
    other = {"left_on": ["doc_id", "date", "_held_by"], "right_on": ["doc_id", "date", "_of"]}
    pairs = pairs.join(told.with_columns(_then=pl.lit(True), date=later), how="left", **other).join(
        told.with_columns(_now=pl.lit(True)), how="left", **other
    )
    moved = pairs.filter(
        (pl.col("_top") == pl.col("_before"))
        & pl.col("_then").is_not_null()
        & pl.col("_now").is_null()
        & (pl.col("_first") > pl.col("_first_before"))
    ).select(*DAY, "doc_id", _to=pl.col("date") - dt.timedelta(days=1))
    if not moved.height:
        return facts
    found = beside(facts, moved, [*DAY, "doc_id"], nulls_equal=True)
    return found.with_columns(date=pl.coalesce("_to", "date")).drop("_to")


def outvoted(facts: pl.DataFrame) -> pl.DataFrame:
    """facts with `date` the day of the handover each tells, where one text alone dates a
    handover a day away from the day other texts give it.

    A text's figures of one side on one day are of the day before or after when their
    largest is the largest figure of two or more other texts on that day (the day most
    texts give: one outlet counted from "the day before" of another story, or took the
    day of a report for the day of the swap). The day-level merge (day_clusters) cannot
    see this where a third text tells both days (a small handover on the first, the big
    one on the second): only the lone text's figures move, the rest of its day stays.
    Nothing moves where the text itself tells that side on the other day (two handovers
    in its telling), where another text gives one of its figures on its own day (that
    day has a handover of that size of its own), or where both neighbours would do."""
    groups = facts.group_by(*DAY, "doc_id").agg(_top=pl.col("_p").max()).drop_nulls("_top")
    # how many texts give each figure as their largest of a side's day
    tops = groups.group_by(*DAY, "_top").agg(_texts=pl.len()).filter(pl.col("_texts") >= 2)
    # the texts that share a figure with another text on their own day
    figures = facts.select(*DAY, "doc_id", "_p").unique()
    backed = (
        figures.join(
            figures.group_by(*DAY, "_p").agg(_n=pl.len()), on=[*DAY, "_p"], nulls_equal=True
        )
        .filter(pl.col("_n") >= 2)
        .select(*DAY, "doc_id")
        .unique()
    )
    told = groups.select(*DAY, "doc_id")
    lone = groups.join(backed, on=[*DAY, "doc_id"], how="anti", nulls_equal=True)
    moves = []
    for shift in (-1, 1):
        to = lone.with_columns(_to=pl.col("date") + dt.timedelta(days=shift))
        to = to.join(
            tops.rename({"date": "_to"}), on=[*SIDE, "_to", "_top"], nulls_equal=True
        ).join(
            told.rename({"date": "_to"}), on=[*SIDE, "_to", "doc_id"], how="anti", nulls_equal=True
        )
        moves.append(to.select(*DAY, "doc_id", "_to"))
    moved = pl.concat(moves)
    # one neighbour only: a text between two equal handovers is left where it is
    moved = moved.filter(pl.len().over(*DAY, "doc_id") == 1)
    if not moved.height:
        return facts
    found = beside(facts, moved, [*DAY, "doc_id"], nulls_equal=True)
    return found.with_columns(date=pl.coalesce("_to", "date")).drop("_to")


def _same_handover(a: tuple, b: tuple, shared_doc: bool) -> bool:
    """Neighbouring days are one handover when the same figure is given for both, or a
    close figure whose day no text states (a day guessed from publication or another
    figure) stands beside a stated day; never when one text dates both days."""
    (top_a, guessed_a), (top_b, guessed_b) = a, b
    if shared_doc or not (top_a and top_b):
        return False
    if top_a == top_b:
        return True
    return (guessed_a or guessed_b) and min(top_a, top_b) >= CLOSE * max(top_a, top_b)


def day_clusters(facts: pl.DataFrame, tops: pl.DataFrame) -> pl.DataFrame:
    """(side, date → _cluster): the facts of one side grouped by day; a day's neighbour
    joins it when it is the same handover dated differently (see _same_handover). tops:
    vote(facts, DAY)'s first part."""
    docs = facts.select(*DAY, "doc_id").unique()
    shared = (
        docs.join(docs.with_columns(pl.col("date") + dt.timedelta(days=1)), on=[*DAY, "doc_id"])
        .select(DAY)
        .unique()
    )
    days = (
        facts.group_by(DAY)
        .agg(_guessed=pl.col("date_inherited").all())
        .join(tops, on=DAY, nulls_equal=True)
        .join(shared.with_columns(_shared=pl.lit(True)), on=DAY, how="left", nulls_equal=True)
        .sort(pl.col("persons_of"), pl.col("_held_by").fill_null(""), pl.col("date"))
    )
    out: list[int] = []
    cluster, last_side, last_day, last_top, single = -1, None, None, None, False
    for persons_of, held_by, day, guessed, best, shared_doc in days.select(
        *DAY, "_guessed", "_best", "_shared"
    ).iter_rows():
        side = (persons_of, held_by)
        here = (best, guessed)
        if (
            side == last_side
            and single
            and (day - last_day).days == 1
            and _same_handover(last_top, here, bool(shared_doc))
        ):
            single = False
        else:
            cluster, single = cluster + 1, True
        out.append(cluster)
        last_side, last_day, last_top = side, day, here
    return days.select(DAY).with_columns(_cluster=pl.Series(out, dtype=pl.Int64))
