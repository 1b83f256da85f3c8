"""Releases a text tells apart from the swap of the same day.

Stages merge every reported figure of one side and day (outlets say "freed" for a swapped
group), and a smaller figure becomes a part of the stage's total. But "On Sunday Russia also
handed over 10 wounded soldiers as a gesture of goodwill, outside the exchange" counts
people who came home on top of the swap: extraction marks it a release, and the same text
states that side's exchange of that day, so the text itself tells the two apart. Such a
release is its own stage (kind release), summed beside the exchange.

It stays a part where the texts show it inside a total: its text's exchange figure and it
add up to a figure stated for that side and day ("246 were released in the exchange, while
an additional 31 were freed separately" beside "277 came home"), or it is the exchange's
own figure. A group handed over besides a swap is the smaller one: a release figure as
large as its text's exchange that day is read as no such group (a total misread more
likely) and stays in the stage.
"""

from __future__ import annotations

import polars as pl

EXACT = ("exact", "approx", "range")
KEYS = ["doc_id", "persons_of", "_held_by", "date"]
SIDE_DAY = ["persons_of", "_held_by", "date"]


def apart_releases(facts: pl.DataFrame) -> pl.Series:
    """Row for row: the fact is a release its text tells apart from that day's exchange of
    the same side. facts: stage facts with `_held_by` (fill_holders) and `_p`."""
    figure = pl.col("_p")
    rows = facts.select(*KEYS, "kind", "qualifier", figure, _i=pl.int_range(pl.len()))
    released = rows.filter(
        (pl.col("kind") == "release") & figure.is_not_null() & pl.col("qualifier").is_in(EXACT)
    )
    # every join below is within a side and day of such a release: only those rows are
    # read on (a million articles' stage figures were copied whole several times here)
    rows_near = rows.join(
        released.select(SIDE_DAY).unique(), on=SIDE_DAY, how="semi", nulls_equal=True
    )
    swapped = rows_near.filter((pl.col("kind") == "exchange") & figure.is_not_null())
    exchanged = swapped.select(*KEYS, _e="_p")
    releases = released.join(
        exchanged.group_by(KEYS).agg(_largest=pl.col("_e").max()), on=KEYS, nulls_equal=True
    )
    releases = releases.filter(figure < pl.col("_largest")).drop("_largest")
    # the exchange's own figure, or a part of a total stated for the side that day
    own = releases.join(
        exchanged, left_on=[*KEYS, "_p"], right_on=[*KEYS, "_e"], nulls_equal=True
    ).select("_i")
    stated = rows_near.filter(figure.is_not_null()).select(*SIDE_DAY, _s="_p").unique()
    inside = (
        releases.join(exchanged, on=KEYS, nulls_equal=True)
        .with_columns(_sum=pl.col("_e") + figure)
        .join(stated, left_on=[*SIDE_DAY, "_sum"], right_on=[*SIDE_DAY, "_s"], nulls_equal=True)
        .select("_i")
    )
    apart = releases.select("_i").join(pl.concat([own, inside]), on="_i", how="anti")
    return rows.select(pl.col("_i").is_in(apart["_i"].implode())).to_series().alias("_apart")
