"""Days for undated figures: from their own text, from other outlets, from publication.

A text states "307 came home on Saturday" in the lead and "the 307 …" later without
the day; an outlet quotes "each side received 195 soldiers" without a day at all.
Each step below gives an undated figure a day only where one reading is clear, and
never to a figure the text places in the past (background) or to a running total.
"""

from __future__ import annotations

import polars as pl

from swaptally.kinds import MOVEMENTS as MOVES

MATCH_WINDOW_DAYS = 10  # an undated figure may join a stage dated this many days before its text

# The steps below read these columns only (a narrow frame, one row per fact, `_row` its
# place), each step a set of joins: every undated figure's day depends only on the
# facts as they stand before the step, never on the order the figures are read in.
COLUMNS = [
    "doc_id",
    "status",
    "scope",
    "background",
    "kind",
    "persons_of",
    "held_by",
    "low",
    "high",
    "date",
    "period_start",
    "period_end",
    "published",
    "date_guessed",
]
DATED = ["date", "period_start", "period_end", "scope"]

UNDATED = pl.col("date").is_null() & pl.col("period_start").is_null()
REPORTED_STAGE = (pl.col("status") == "reported") & (pl.col("scope") == "stage")
# An undated reported stage figure of one side that may be given a day.
CANDIDATE = (
    UNDATED
    & REPORTED_STAGE
    & ~pl.col("background")
    & pl.col("kind").is_in(MOVES)
    & (pl.col("persons_of") != "XX").fill_null(True)
)


def _update(rows: pl.DataFrame, found: pl.DataFrame) -> pl.DataFrame:
    """rows with the days found (a frame of _row and some of DATED) put in, marked inherited.
    `_row` is a row's place, so the days are put in there: no join of every row."""
    names = [c for c in DATED if c in found.columns]
    if not found.height:
        return rows
    at = found["_row"]
    hit = pl.Series("date_inherited", [True] * found.height, dtype=pl.Boolean)
    return rows.with_columns(
        *(rows[c].clone().scatter(at, found[c].cast(rows.schema[c])) for c in names),
        rows["date_inherited"].clone().scatter(at, hit),
    )


def _stage_days(rows: pl.DataFrame, side: str, recent: bool = False) -> pl.DataFrame:
    """(doc_id, side → how many days, the day) of the dated reported stage figures of a text;
    with `recent`, only those within MATCH_WINDOW_DAYS before its publication."""
    news = pl.col("date") >= pl.col("published") - pl.duration(days=MATCH_WINDOW_DAYS)
    return (
        rows.filter(
            pl.col("date").is_not_null()
            & REPORTED_STAGE
            & (news.fill_null(True) if recent else pl.lit(True))
        )
        .group_by("doc_id", pl.col("persons_of").alias(side))
        .agg(
            pl.col("date").n_unique().alias(f"_n_{side}"),
            pl.col("date").first().alias(f"_d_{side}"),
        )
    )


def _in_document(rows: pl.DataFrame) -> pl.DataFrame:
    """Same figure dated elsewhere in the text, or a part of the one dated stage of its side."""
    return _update(rows, _same_text(rows))


def _same_text(rows: pl.DataFrame) -> pl.DataFrame:
    """(_row, date) of the undated figures _in_document dates. Only the texts with such a
    figure are read."""
    candidates = rows.filter(CANDIDATE).select(
        "_row", "doc_id", "status", "kind", "persons_of", "held_by", "low", "high"
    )
    if not candidates.height:
        return candidates.select("_row", date=pl.lit(None, pl.Date))
    rows = _of_documents(rows, candidates)  # every join below is within a text
    dated = rows.filter(pl.col("date").is_not_null() & (pl.col("scope") == "stage")).select(
        "doc_id", "persons_of", "status", "low", "high", pl.col("held_by").alias("_held"), "date"
    )
    same = (
        candidates.join(
            dated, on=["doc_id", "persons_of", "status", "low", "high"], nulls_equal=True
        )
        .filter(
            pl.col("held_by").is_null()
            | pl.col("_held").is_null()
            | (pl.col("held_by") == pl.col("_held"))
        )
        .group_by("_row")
        .agg(pl.col("date").n_unique().alias("_n_same"), pl.col("date").first().alias("_same"))
    )
    # the one handover of its side the text dates; of the other side of the same swap when
    # the text dates none of its own. A handover dated weeks before the text ('the last
    # swap, on May 6, returned 45') is its background: the text's undated figures are its
    # news ('106 came home'), not parts of that one (they may find their day elsewhere)
    sides = (
        candidates.join(same, on="_row", how="left")
        .join(
            _stage_days(rows, "persons_of", recent=True),
            on=["doc_id", "persons_of"],
            how="left",
            nulls_equal=True,
        )
        .join(_stage_days(rows, "held_by", recent=True), on=["doc_id", "held_by"], how="left")
    )
    other = (
        pl.col("_n_persons_of").is_null()
        & (pl.col("kind") == "exchange")
        & (pl.col("held_by").fill_null("") != "")
    )
    found = sides.select(
        "_row",
        date=pl.when(pl.col("_n_same") == 1)
        .then(pl.col("_same"))
        .when(pl.col("_n_persons_of") == 1)
        .then(pl.col("_d_persons_of"))
        .when(other & (pl.col("_n_held_by") == 1))
        .then(pl.col("_d_held_by")),
    ).filter(pl.col("date").is_not_null())
    return found


def _of_documents(rows: pl.DataFrame, some: pl.DataFrame) -> pl.DataFrame:
    """The rows of the texts of `some` rows, in their order."""
    return rows.filter(pl.col("doc_id").is_in(some["doc_id"].unique().implode()))


def _across_sources(rows: pl.DataFrame) -> pl.DataFrame:
    """The one stage (or plan) of the same side and figure that other texts date near it.

    A reported figure looks back (its stage happened before the text); a plan looks
    either way. With two candidates the figure stays undated: guessing could merge
    different events; it is then not given its publication day either (`_ambiguous`).
    """
    key = ["status", "persons_of", "low", "high"]
    planned = pl.col("status") == "planned"
    may_match = (planned & UNDATED & ~pl.col("background")) | (~planned & CANDIDATE)
    lag = (pl.col("published") - pl.coalesce("_date", "_period_start")).dt.total_days()
    near = lag.is_between(0, MATCH_WINDOW_DAYS) | (planned & (lag.abs() <= MATCH_WINDOW_DAYS))
    matching = rows.filter(may_match & pl.col("published").is_not_null()).select(
        "_row", *key, "published"
    )
    # only the days of the figures some undated one may take
    when = (
        rows.filter(~UNDATED & ~((pl.col("status") == "reported") & (pl.col("scope") != "stage")))
        .select(*key, *DATED)
        .join(matching.select(key).unique(), on=key, how="semi", nulls_equal=True)
        .unique()
    )
    found = (
        matching.join(when.rename({c: f"_{c}" for c in DATED}), on=key, nulls_equal=True)
        .filter(near)
        .group_by("_row")
        .agg(pl.len().alias("_found"), *(pl.col(f"_{c}").first().alias(c) for c in DATED))
    )
    rows = _update(rows, found.filter(pl.col("_found") == 1).drop("_found"))
    ambiguous = found.filter(pl.col("_found") > 1)["_row"]
    flags = pl.Series("_ambiguous", [False] * rows.height, dtype=pl.Boolean)
    return rows.with_columns(
        flags.scatter(ambiguous, pl.Series([True] * ambiguous.len(), dtype=pl.Boolean))
    )


def _publication_day(rows: pl.DataFrame) -> pl.DataFrame:
    """A text's undated news figure is of its publication day, unless it dates another stage.

    Texts report a handover the day it happens or the day after; the check against other
    outlets (same figure within a day merges) absorbs the day's difference. A text that
    dates a stage of the same side itself is not overruled: its undated figure stays so;
    unless that stage lies more than MATCH_WINDOW_DAYS before the text, its background ("the
    swap before, on April 19, returned 246"), as _same_text reads it.
    """
    candidates = rows.filter(CANDIDATE & ~pl.col("_ambiguous") & pl.col("published").is_not_null())
    found = candidates.join(
        _stage_days(_of_documents(rows, candidates), "persons_of", recent=True),
        on=["doc_id", "persons_of"],
        how="anti",
        nulls_equal=True,
    ).select("_row", date="published")
    return _update(rows, found)


def _stated_day(rows: pl.DataFrame) -> pl.DataFrame:
    """A text's guessed day (the day it is about, no words of a figure's own) of one side
    yields to the one other day on which the same text states a figure of that side it
    gives on the guessed day too: the text told that handover, so the guessed day's
    figures of that side are its parts ("each side freed 144 on Wednesday" … "of the 144,
    95 defended the plant"). A text that states two days for the figure moves nothing; nor
    does a day more than MATCH_WINDOW_DAYS before the text (a list of earlier swaps: "on
    December 1, 50 came home" is background to today's 50)."""
    stage = REPORTED_STAGE & pl.col("kind").is_in(MOVES) & pl.col("date").is_not_null()
    guessed = rows.filter(stage & pl.col("date_guessed"))
    if not guessed.height:
        return rows
    side = ["doc_id", "persons_of"]
    stated = (
        _of_documents(rows, guessed)
        .filter(
            stage
            & ~pl.col("date_guessed")
            & (pl.col("date") >= pl.col("published") - pl.duration(days=MATCH_WINDOW_DAYS))
        )
        .select(*side, "low", "high", _to="date")
        .unique()
    )
    days = (
        guessed.select(*side, "date", "low", "high")
        .join(stated, on=[*side, "low", "high"], nulls_equal=True)
        .filter(pl.col("_to") != pl.col("date"))
        .group_by(*side, "date")
        .agg(pl.col("_to").n_unique().alias("_n"), pl.col("_to").first())
        .filter(pl.col("_n") == 1)
        .drop("_n")
    )
    found = guessed.join(days, on=[*side, "date"], nulls_equal=True).select("_row", date="_to")
    return _update(rows, found)


def assign_dates(facts: pl.DataFrame) -> pl.DataFrame:
    """Facts (with scope and background) with days for undated figures, `date_inherited` set."""
    rows = facts.select(
        pl.int_range(pl.len(), dtype=pl.UInt32).alias("_row"),
        *(pl.col(c).cast(pl.String) if c in ("status", "kind") else pl.col(c) for c in COLUMNS),
        date_inherited=pl.lit(False),
    )
    rows = _stated_day(rows)
    rows = _in_document(rows)
    rows = _across_sources(rows)
    rows = _in_document(rows)  # again: a figure dated by another text dates its neighbours
    rows = _publication_day(rows)
    return facts.with_columns(rows.select(*DATED, "date_inherited"))
