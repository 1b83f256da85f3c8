"""Stages: one row per handover of one side and day, with its parts beside it.

All reported figures of one side (whose people, held by whom) on one day are one
handover, whatever verb the outlet used ("freed 390" and "swapped 390" are the same
390). Outlets that date one handover a day apart are merged. Within a stage the
largest figure and the figures close to it are its total (they dispute each other);
smaller figures are parts of it ("including 120 civilians", "among them 8 border
guards"), kept beside the total and never summed on top of it. A total is derived
from parts only where one text gives the categories (270 troops and 120 civilians).
Which days are one handover is days.py's; which figure is a stage's total, votes.py's.

Everything here is polars over a narrow frame of the stage facts (`_row` their place
in the facts table); only the ids are Python.
"""

from __future__ import annotations

import polars as pl

from swaptally.events.days import DAY, SIDE, day_clusters, fill_holders, outvoted, retold
from swaptally.events.facts_frame import (
    PROVENANCE_KEPT,
    Texts,
    beside,
    hash_id,
    joined,
    provenance,
)
from swaptally.events.releases import apart_releases
from swaptally.events.stage_cache import StageCache
from swaptally.events.votes import CLOSE, EXACT, vote
from swaptally.kinds import MOVEMENTS as MOVES

STAGE_FACT = (
    (pl.col("status") == "reported")
    & (pl.col("scope") == "stage")
    & pl.col("kind").is_in(MOVES)
    & pl.col("persons_of").is_not_null()
    & (pl.col("persons_of") != "XX")
    & pl.col("date").is_not_null()
    & pl.col("period_start").is_null()
)


# ---------------------------------------------------------------- one stage


def _rivals(facts: pl.DataFrame, best: pl.DataFrame, figures: pl.DataFrame) -> pl.DataFrame:
    """`_rival`: a figure that states the whole stage: a text's total near or above best,
    or a bound about the same size (a smaller one is a part of the stage, as "including
    120"; so is a smaller count of soldiers beside a total of people)."""
    p, top = pl.col("_p"), pl.col("_best")
    close = p >= top * CLOSE
    totals = (
        figures.join(best, on="_cluster")
        .filter(pl.col("_figure") >= top * CLOSE)
        .select("_cluster", _p="_figure", _total=pl.lit(True))
    )
    flags = beside(facts.select("_cluster", "_p", "category", "qualifier"), best, ["_cluster"])
    unspecified = (
        flags.filter((p == top) & (pl.col("category") == "unspecified"))
        .select("_cluster")
        .unique()
        .with_columns(_best_unspecified=pl.lit(True))
    )
    flags = beside(flags, totals, ["_cluster", "_p"])
    flags = beside(flags, unspecified, ["_cluster"])
    rival = (
        pl.when(p.is_null())
        .then(False)
        .when(p > top)
        .then(True)
        .when(
            (p < top)
            & pl.col("_best_unspecified").fill_null(False)
            & (pl.col("category") != "unspecified")
        )
        .then(False)
        .when(~pl.col("qualifier").is_in(EXACT))
        .then(close)
        .otherwise(pl.col("_total").fill_null(False) & close)
    )
    return facts.with_columns(flags.select(_best=top, _derived="_derived", _rival=rival))


def _total_rows(facts: pl.DataFrame) -> pl.DataFrame:
    """One summable row per stage: best, the span of its rival figures, role, sources."""
    rival, p, top = pl.col("_rival"), pl.col("_p"), pl.col("_best")
    exact = rival & pl.col("qualifier").is_in(EXACT)
    bound = rival & ~pl.col("qualifier").is_in(EXACT)
    above = bound & (pl.col("low") > top)  # "at least 500" against 307
    below = bound & (pl.col("high") < top)  # "up to 200" against 307
    counted = rival | ~rival.any()
    rows = facts.group_by("_cluster").agg(
        *provenance(counted),
        pl.col("persons_of", "_held_by", "_day", "_stage_id", "_best", "_derived").first(),
        _low=pl.min_horizontal(
            pl.col("low").filter(exact).min(), p.filter(exact).min(), top.first()
        ),
        _high=pl.max_horizontal(
            pl.col("high").filter(exact).max(), p.filter(exact).max(), top.first()
        ),
        _disputed=(p != top).filter(exact).any()
        | (pl.struct("low", "high").filter(exact).n_unique() > 1)
        | above.any()
        | below.any(),
        _above=pl.col("low").filter(above).max(),
        _below=pl.col("high").filter(below).min(),
        _only_bounds=rival.any() & ~exact.any(),
        _bounds_low=pl.col("low").filter(rival).min(),
        _bounds_open=(rival & pl.col("high").is_null()).any(),
        _bounds_high=pl.col("high").filter(rival).max(),
        _parts=(~rival).any(),
        _categories=pl.col("category").filter(counted).n_unique(),
        _category=pl.col("category").filter(counted).first(),
        _exchange=(pl.col("kind") == "exchange").any(),
        dates_stated=joined(pl.col("_stated").cast(pl.String)),
    )
    only_bounds = pl.col("_only_bounds")
    return rows.select(
        event_id=pl.lit("ev-") + pl.col("_stage_id").str.slice(3),
        kind=pl.when("_exchange").then(pl.lit("exchange")).otherwise(pl.lit("release")),
        status=pl.lit("reported"),
        scope=pl.lit("stage"),
        persons_of="persons_of",
        held_by="_held_by",
        category=pl.when((pl.col("_categories") == 1) & ~pl.col("_derived"))
        .then("_category")
        .otherwise(pl.lit("unspecified")),
        date="_day",
        period_start=pl.lit(None, pl.Date),
        period_end=pl.lit(None, pl.Date),
        dates_stated="dates_stated",
        best="_best",
        low=pl.when(only_bounds).then("_bounds_low").otherwise(pl.min_horizontal("_low", "_below")),
        high=pl.when(only_bounds)
        .then(pl.when("_bounds_open").then(None).otherwise("_bounds_high"))
        .otherwise(pl.max_horizontal("_high", "_above")),
        disputed="_disputed",
        stage_id="_stage_id",
        role=pl.when("_derived")
        .then(pl.lit("derived_total"))
        .when("_parts")
        .then(pl.lit("total"))
        .otherwise(pl.lit("single")),
        part_of=pl.lit(None, pl.String),
        summable=pl.lit(True),
        **PROVENANCE_KEPT,
    )


def _part_rows(facts: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(breakdown rows, (_row, event_id) of their facts): the parts of each stage by
    category and figure, beside its total, never summable."""
    parts = facts.filter(~pl.col("_rival"))
    keys = ["_cluster", "category", "_p"]
    ids = parts.select(*keys, "_stage_id").unique()
    ids = ids.with_columns(
        _part_id=pl.Series(
            [hash_id("ev-", "part", st, cat, p) for _, cat, p, st in ids.iter_rows()],
            dtype=pl.String,
        )
    )
    parts = parts.join(ids.drop("_stage_id"), on=keys, how="left", nulls_equal=True)
    rows = parts.group_by("_part_id").agg(
        *provenance(),
        pl.col("persons_of", "_held_by", "_day", "_stage_id", "category", "_p").first(),
        _exchange=(pl.col("kind") == "exchange").any(),
        dates_stated=joined(pl.col("_stated").cast(pl.String)),
        low=pl.coalesce("low", "_p").min(),
        high=pl.coalesce("high", "_p").max(),
        disputed=pl.struct("low", "high").n_unique() > 1,
    )
    rows = rows.select(
        event_id="_part_id",
        kind=pl.when("_exchange").then(pl.lit("exchange")).otherwise(pl.lit("release")),
        status=pl.lit("reported"),
        scope=pl.lit("stage"),
        persons_of="persons_of",
        held_by="_held_by",
        category="category",
        date="_day",
        period_start=pl.lit(None, pl.Date),
        period_end=pl.lit(None, pl.Date),
        dates_stated="dates_stated",
        best="_p",
        low="low",
        high="high",
        disputed="disputed",
        stage_id="_stage_id",
        role=pl.lit("breakdown"),
        part_of=pl.lit("ev-") + pl.col("_stage_id").str.slice(3),
        summable=pl.lit(False),
        **PROVENANCE_KEPT,
    )
    return rows, parts.select("_row", event_id="_part_id")


def _stages_of(facts: pl.DataFrame, salt: str = "stage") -> pl.DataFrame:
    """(_cluster, _day, _stage_id): the day most texts give (among equals the earlier) and
    the stage's id (of `salt`: "stage", or "release" for releases apart from a swap)."""
    days = facts.group_by("_cluster", "date").agg(_docs=pl.col("doc_id").n_unique())
    stages = (
        days.group_by("_cluster")
        .agg(_day=pl.col("date").sort_by(["_docs", "date"], descending=[True, False]).first())
        .join(facts.select("_cluster", *SIDE).unique(), on="_cluster")
    )
    ids = [
        hash_id("st-", salt, persons_of, held_by, day)
        for _, day, persons_of, held_by in stages.iter_rows()
    ]
    return stages.select("_cluster", "_day", _stage_id=pl.Series(ids, dtype=pl.String))


def _cluster_votes(
    facts: pl.DataFrame, clusters: pl.DataFrame, tops: pl.DataFrame, figures: pl.DataFrame
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """vote(facts, ["_cluster"]). A stage of one day is that day's group of facts, so its
    vote is the day's (tops, figures: vote(facts, DAY)); only stages of two days are voted
    again (a day whose holder is not known too: vote reads a null key as any other)."""
    sizes = clusters.group_by("_cluster").agg(_days=pl.len())
    known = clusters.join(sizes.filter(pl.col("_days") == 1), on="_cluster").drop("_days")
    best = known.join(tops, on=DAY, nulls_equal=True).select("_cluster", "_best", "_derived")
    found = known.join(figures, on=DAY, nulls_equal=True).select("_cluster", "_figure")
    rest_best, rest_figures = vote(
        facts.filter(~pl.col("_cluster").is_in(known["_cluster"].implode())), ["_cluster"]
    )
    return pl.concat([best, rest_best]), pl.concat([found, rest_figures])


def build_stages(
    facts: pl.DataFrame, texts: Texts, cache: StageCache | None = None
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(event rows of all stages of all sides, (_row, event_id) of their facts), from the
    narrow stage facts (see narrow and STAGE_FACT). A text's figures that tell its swap's
    people a day later are of the swap's day (days.retold); releases a text tells apart
    from its swap (releases.py) are stages of their own. cache: the stages of the last run, by
    cluster (stage_cache.py); the clusters it holds are not built again."""
    facts = (
        beside(
            outvoted(retold(fill_holders(facts))),
            texts.speakers() if cache is None else texts.speakers(cache.speaker_side),
            ["said_by"],
        )
        .with_columns(_own=(pl.col("_speaker") == pl.col("persons_of")).fill_null(False))
        .drop("_speaker")
    )
    apart = apart_releases(facts)
    built = [
        _stages(part, salt, texts, cache)
        for part, salt in ((facts.filter(~apart), "stage"), (facts.filter(apart), "release"))
        if part.height
    ]
    if not built:
        built = [_stages(facts, "stage", texts, cache)]
    rows = pl.concat([r for r, _ in built], how="vertical_relaxed")
    ids = pl.concat([i for _, i in built])
    return rows, ids


def _stages(
    facts: pl.DataFrame, salt: str, texts: Texts, cache: StageCache | None
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """build_stages on one set of facts, its stage ids made with `salt`; rows decoded."""
    # the days and clusters whose facts are as in the last run take their vote and rows
    # from the cache; the others are voted and built (neither needs facts outside it)
    if cache is None:
        tops, day_figures = vote(facts, DAY)
    else:
        hashes = cache.row_hashes(facts, texts)
        tops, day_figures = cache.day_votes(facts, hashes, salt, vote, DAY)
    clusters = day_clusters(facts, tops)
    facts = beside(facts, clusters, DAY, nulls_equal=True)
    if cache is None:
        return _cluster_stages(facts, salt, texts, clusters, tops, day_figures)
    keys = cache.keys(facts, hashes, salt)
    facts, kept_rows, kept_ids = cache.reuse(facts, keys)
    rows, ids, facts = _cluster_stages(facts, salt, texts, clusters, tops, day_figures, True)
    cache.keep(facts, keys, rows, ids)
    if kept_rows.height:
        rows = pl.concat([rows, kept_rows.select(rows.columns).cast(rows.schema)])  # type: ignore[arg-type]
        ids = pl.concat([ids, kept_ids.cast(ids.schema)])  # type: ignore[arg-type]
    return rows, ids


def _cluster_stages(
    facts: pl.DataFrame,
    salt: str,
    texts: Texts,
    clusters: pl.DataFrame,
    tops: pl.DataFrame,
    day_figures: pl.DataFrame,
    with_facts: bool = False,
):
    """The stages of the clusters of these facts (each fact with its `_cluster`): (event
    rows decoded, (_row, event_id) of the facts[, the facts with their `_stage_id`])."""
    facts = beside(facts, _stages_of(facts, salt), ["_cluster"])
    best, figures = _cluster_votes(facts, clusters, tops, day_figures)
    facts = _rivals(facts, best, figures)
    totals = _total_rows(facts)
    parts, part_ids = _part_rows(facts)
    rival_ids = facts.filter("_rival").select(
        "_row", event_id=pl.lit("ev-") + pl.col("_stage_id").str.slice(3)
    )
    rows = texts.decode(pl.concat([totals, parts], how="vertical_relaxed"), "event_id")
    ids = pl.concat([rival_ids, part_ids])
    if with_facts:
        return rows, ids, facts.select("_row", "_cluster", "_stage_id")
    return rows, ids
