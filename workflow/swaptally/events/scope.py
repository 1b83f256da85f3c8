"""The scope of a counted figure: one handover, a whole operation, or a running total.

Only stages (one handover of one side) are ever summed. "5,757 returned since March
2022", "3,956 in 60 exchanges" or "697 people in these two days" are true figures of
another scope: they become claims, compared with the sum of stages, never added to it.
A figure about an earlier exchange in a later article ("last time", "in December
2023") is background: it never takes the publication day.

The cues are data (lexicon/scope.yaml, compiled in scope_cues.py); scope_clause.py reads
them in the clause around the figure: the words near it, up to a strong break (";",
"while"), so that "303 came home today; 5,757 since 2022" gives one stage and one
running total. A recap told in two halves ("In the previous swap Kyiv got 90, while
Moscow got 80") is background in both: its cue holds across a contrast ("while", "а",
"тоді як") unless the second half names a time of its own ("while today 80 came home").
This module decides a figure's scope from those cues and its dates, one row at a time
(figure_scope) or a whole table (add_scope); attribution.py finds who mediated and who
said it.
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from swaptally import tables
from swaptally.events.scope_clause import ClauseCues, agreement_named, clause_cues
from swaptally.events.scope_cues import load_scope_lexicon

__all__ = [
    "add_scope",
    "figure_scope",
    "mediation_cue",
    "scope_columns",
    "scope_of_shard",
]


RUNNING_SPAN_DAYS = 14  # a period this long or longer that ends at publication is a running total


def _other_month(cues: ClauseCues, on: dt.date | None) -> bool:
    """The clause names a month other than the one of `on` (or a year before it)."""
    if on is None:
        return False
    if any(month != on.month for month in cues.months):
        return True
    return cues.first_year is not None and cues.first_year < on.year


def _closed(period_end: dt.date | None, published: dt.date | None) -> bool:
    """A span that ends before publication ("in 2020"), not one running up to it."""
    return period_end is not None and published is not None and period_end < published


def figure_scope(
    sentence: str,
    low: int | None,
    high: int | None,
    published: dt.date | None,
    period_start: dt.date | None,
    period_end: dt.date | None,
) -> tuple[str, bool, bool]:
    """(scope, background, agreement day named) of one figure, from its sentence and fields.
    add_scope computes the same for a whole table (its dates part as polars expressions)."""
    cues = clause_cues(sentence, low, high)
    agreement = agreement_named(sentence)
    if cues.since_event and (period_start is None or _closed(period_end, published)):
        # "the largest swap since both sides freed 1,000 in October 2020": that earlier
        # exchange's figure, neither today's nor a running total since it
        return "stage", True, agreement
    if cues.running is None and period_start is not None:  # "the first swap since February"
        return "stage", False, agreement
    if period_start is not None and cues.recap and not cues.running and not cues.operation:
        # a recap's month read as a span ("In the previous swap, in February, 150 returned")
        return "stage", True, agreement
    spans = period_start is not None and (
        ((period_end or published or period_start) - period_start).days >= RUNNING_SPAN_DAYS
    )
    if spans and cues.running:  # "in total, 3,000 came home in 2023 through the exchange"
        return "running", False, agreement
    if cues.one_of_exchanges and period_start is not None and not cues.operation:
        # "another 230 were freed in a swap in 2023": one exchange within the span, its day
        # not given: no running total, and no handover of the publication day
        return "stage", True, agreement
    if cues.this_exchange and not cues.operation:
        # "the two sides returned 84 each, 168 in total", "the swap included two civilians
        # captured in 2022" (a year of the people, no total cue): the named exchange's
        # figure, no running total
        told_before = period_start is None and cues.running is not True
        other_month = cues.running is not None and _other_month(cues, published)
        return "stage", told_before and (cues.background or other_month), agreement
    if spans:
        return "running", False, agreement
    if cues.operation:
        return "operation", False, agreement
    if cues.running:  # "270 so far, with more due on Saturday": the operation's count
        return ("operation" if cues.under_way else "running"), False, agreement
    if period_start is not None:
        return "operation", False, agreement
    # a month a superlative's "since" names bounds the figure, not dates it ("the first
    # swap since February" is today's news)
    other_month = cues.running is not None and _other_month(cues, published)
    return "stage", cues.background or other_month, agreement


def _sentence_table(facts: pl.DataFrame) -> pl.DataFrame:
    """Every distinct sentence with what the loose patterns find in it (a cue, a year, how
    many months and the first), and whether it speaks of an agreement (exact)."""
    lex = load_scope_lexicon()
    sentence = pl.col("sentence")
    months = [
        (m, sentence.str.contains(pattern).fill_null(False)) for m, pattern in lex.loose_months
    ]
    table = facts.select(sentence.unique()).with_columns(
        _cue=sentence.str.contains(lex.loose_cue).fill_null(False),
        _year=sentence.str.contains(r"20\d\d").fill_null(False),
        _n_months=pl.sum_horizontal(found.cast(pl.Int32) for _, found in months),
        _first_month=pl.min_horizontal(pl.when(found).then(pl.lit(m)) for m, found in months),
        _agreement=sentence.str.contains(lex.loose_agreement).fill_null(False),
    )
    maybe = table.filter("_agreement")["sentence"].to_list()
    agreed = pl.DataFrame(
        {"sentence": maybe, "_agreed": [agreement_named(t) for t in maybe]},
        schema={"sentence": pl.String, "_agreed": pl.Boolean},
    )
    return (
        table.join(agreed, on="sentence", how="left", maintain_order="left")
        .with_columns(_agreement=pl.col("_agreed").fill_null(False))
        .drop("_agreed")
    )


def _cue_table(rows: pl.DataFrame) -> pl.DataFrame:
    """Clause cues of the distinct (sentence, low, high) of these rows: the only
    row-by-row part of add_scope."""
    keys = rows.select("sentence", "low", "high").unique()
    found = [clause_cues(*row) for row in keys.iter_rows()]
    running = {True: 1, False: 0, None: -1}
    return keys.with_columns(
        _running=pl.Series([running[c.running] for c in found], dtype=pl.Int8),
        _operation=pl.Series([c.operation for c in found], dtype=pl.Boolean),
        _under_way=pl.Series([c.under_way for c in found], dtype=pl.Boolean),
        _background=pl.Series([c.background for c in found], dtype=pl.Boolean),
        _recap=pl.Series([c.recap for c in found], dtype=pl.Boolean),
        _this_exchange=pl.Series([c.this_exchange for c in found], dtype=pl.Boolean),
        _one_of_exchanges=pl.Series([c.one_of_exchanges for c in found], dtype=pl.Boolean),
        _since_event=pl.Series([c.since_event for c in found], dtype=pl.Boolean),
        _carries_on=pl.Series([c.carries_on for c in found], dtype=pl.Boolean),
        _own_time=pl.Series([c.own_time for c in found], dtype=pl.Boolean),
        _months=pl.Series([len(c.months) for c in found], dtype=pl.Int32),
        _month=pl.Series([min(c.months, default=None) for c in found], dtype=pl.Int32),
        _year=pl.Series([c.first_year for c in found], dtype=pl.Int32),
    )


def _scope_exprs() -> tuple[pl.Expr, pl.Expr]:
    """figure_scope's decisions (scope, background) over the columns of _cue_table."""
    start, published = pl.col("period_start"), pl.col("published")
    running, operation = pl.col("_running"), pl.col("_operation")
    span = (pl.coalesce("period_end", "published", "period_start") - start).dt.total_days()
    spans = start.is_not_null() & (span >= RUNNING_SPAN_DAYS)
    other_month = (published.is_not_null() & (running != -1)) & (
        (pl.col("_months") >= 2)
        | ((pl.col("_months") == 1) & (pl.col("_month") != published.dt.month()))
        | (pl.col("_year") < published.dt.year()).fill_null(False)
    )
    recap = start.is_not_null() & pl.col("_recap") & (running == 0) & ~operation
    closed = (pl.col("period_end") < published).fill_null(False)
    since_event = pl.col("_since_event") & (start.is_null() | closed)
    one_of = pl.col("_one_of_exchanges") & start.is_not_null() & ~operation
    scope = (
        pl.when(since_event)
        .then(pl.lit("stage"))
        .when((running == -1) & start.is_not_null())
        .then(pl.lit("stage"))
        .when(recap)
        .then(pl.lit("stage"))
        .when(spans & (running == 1))
        .then(pl.lit("running"))
        .when(one_of)
        .then(pl.lit("stage"))
        .when(pl.col("_this_exchange") & ~operation)
        .then(pl.lit("stage"))
        .when(spans)
        .then(pl.lit("running"))
        .when(operation | ((running == 1) & pl.col("_under_way")))
        .then(pl.lit("operation"))
        .when(running == 1)
        .then(pl.lit("running"))
        .when(start.is_not_null())
        .then(pl.lit("operation"))
        .otherwise(pl.lit("stage"))
    )
    last = start.is_null() & ~operation & (running != 1)
    # one_of: as the scope's branch order has it (after a running cue over a span)
    one_of = one_of & ~(spans & (running == 1)) & ~((running == -1) | recap)
    background = (last & (pl.col("_background") | other_month)) | recap | since_event
    return scope, background | one_of


def scope_columns(facts: pl.DataFrame) -> pl.DataFrame:
    """scope, background and _agreement of every fact, in the facts' order.

    The same as figure_scope row by row; the clause is read only where a loose test of the
    sentence finds a cue, or a year or another month than the publication's."""
    keys = ["sentence", "low", "high"]
    published = pl.col("published")
    # only the key columns go through the joins (beside): sentences are never copied whole
    rows = _beside(facts, _sentence_table(facts), ["sentence"])
    other_month = (pl.col("_n_months") >= 2) | (
        (pl.col("_n_months") == 1) & (pl.col("_first_month") != published.dt.month())
    )
    # a figure with a span of its own may name one exchange of several in it ("in a swap")
    dated = pl.col("_year") | other_month | pl.col("period_start").is_not_null()
    needed = pl.col("_cue") | (published.is_not_null() & dated)
    cued = _cue_table(facts.select(keys).filter(rows.select(needed).to_series()))
    rows = _beside(
        rows.select("published", "period_start", "period_end", "_agreement"), cued, keys, facts
    )
    scope, background = _scope_exprs()
    return rows.with_columns(
        pl.col("_running").fill_null(0),
        pl.col(
            "_operation",
            "_under_way",
            "_background",
            "_recap",
            "_this_exchange",
            "_one_of_exchanges",
            "_since_event",
            "_carries_on",
            "_own_time",
        ).fill_null(False),
        pl.col("_months").fill_null(0),
    ).select(
        scope=scope,
        background=background,
        _agreement="_agreement",
        _carries_on="_carries_on",
        _own_time="_own_time",
    )


def _beside(
    rows: pl.DataFrame, right: pl.DataFrame, on: list[str], keys: pl.DataFrame | None = None
) -> pl.DataFrame:
    """rows (narrow) with right's columns beside each, matched on the key columns `on` of
    keys (default rows): right has one row per key, nulls match nulls."""
    found = (keys if keys is not None else rows).select(on)
    found = found.join(right, on=on, how="left", nulls_equal=True, maintain_order="left")
    return rows.select(pl.exclude(on)).with_columns(found.drop(on).get_columns())


def add_scope(facts: pl.DataFrame) -> pl.DataFrame:
    """Facts with `scope` and `background`, and dates that are not the handover's dropped.

    A figure of another month or "last time" that extraction dated to the publication
    day (or the day before) took the day of the article, not its own: it becomes undated.
    A handover reported with an earlier day named beside an agreement ("under the deal
    reached on July 23, 185 were returned") took the agreement's day: undated too.
    """
    found = scope_columns(facts)
    if "scope" in facts.columns:  # a reviewer set some facts' scope (corrections.py)
        # the reviewer's scope wins, over a figure carrying on a total as well
        out = facts.with_columns(
            scope=pl.coalesce(facts["scope"], found["scope"]), background=found["background"]
        ).with_columns(
            _agreement=found["_agreement"],
            _carries_on=found["_carries_on"] & facts["scope"].is_null(),
            _own_time=found["_own_time"] | facts["scope"].is_not_null(),
        )
    else:
        out = facts.hstack(found)
    out = _so_far_of_an_operation(_carried_on(out))
    lag = (pl.col("published") - pl.col("date")).dt.total_days()
    agreement_day = (
        pl.col("_agreement")
        & (pl.col("status") == "reported")
        & (pl.col("scope") == "stage")
        & ~pl.col("background")
        & (lag > 1)
    )
    # a period that the clause shows is not one ("the first swap since February")
    no_period = (pl.col("scope") == "stage") & (pl.col("status") == "reported")
    return out.with_columns(
        date=pl.when((pl.col("background") & lag.is_between(0, 1)) | agreement_day)
        .then(None)
        .otherwise(pl.col("date")),
        period_start=pl.when(no_period).then(None).otherwise(pl.col("period_start")),
        period_end=pl.when(no_period).then(None).otherwise(pl.col("period_end")),
    ).drop("_agreement")


def _carried_on(facts: pl.DataFrame) -> pl.DataFrame:
    """A reported stage right after a sentence of the same text that states a running total,
    carrying it on with no time of its own ("So far 5,100 have come home. Another 40 were
    returned outside the exchanges." / "Among them, 75 civilians."): a running count as
    well, over that total's span, never a figure of the day's stage."""
    if "doc_id" not in facts.columns or "sentence_no" not in facts.columns:
        return facts.drop("_carries_on")
    # only a figure of the same people (and holder, where both are known) carries a total on
    # ("Another 40 Russian soldiers were handed over" after Ukrainians' total is no part of it)
    keys = ["doc_id", "sentence_no", "persons_of"]
    totals = (
        facts.filter(pl.col("scope") == "running", pl.col("sentence_no").is_not_null())
        .group_by(keys)
        .agg(
            _start=pl.col("period_start").min(),
            _end=pl.col("period_end").max(),
            _held=pl.col("held_by").drop_nulls().unique(),
        )
        .with_columns(pl.col("sentence_no") + 1, _after_total=pl.lit(True))
    )
    out = facts.join(totals, on=keys, how="left", maintain_order="left")
    same_holder = (
        pl.col("held_by").is_null()
        | (pl.col("_held").list.len() == 0)
        | pl.col("_held").list.contains(pl.col("held_by"))
    ).fill_null(True)
    carried = (
        pl.col("_carries_on")
        & pl.col("_after_total").fill_null(False)
        & same_holder
        & (pl.col("scope") == "stage")
        & (pl.col("status") == "reported")
    )
    return out.with_columns(
        scope=pl.when(carried).then(pl.lit("running")).otherwise("scope"),
        background=pl.when(carried).then(False).otherwise("background"),
        date=pl.when(carried).then(None).otherwise("date"),
        period_start=pl.when(carried).then("_start").otherwise("period_start"),
        period_end=pl.when(carried).then("_end").otherwise("period_end"),
    ).drop("_carries_on", "_start", "_end", "_held", "_after_total")


def _so_far_of_an_operation(facts: pl.DataFrame) -> pl.DataFrame:
    """A running count with no start of its own ("So far, more than 80 have been freed")
    in a text that counts an operation of the same people so far ("100 released so far
    during the truce", "270 in these two days"): that operation's count too, not a total
    since the war began (extraction's start for a bare "so far")."""
    if "doc_id" not in facts.columns:
        return facts.drop("_own_time")
    reported = pl.col("status") == "reported"
    operations = (
        facts.filter((pl.col("scope") == "operation") & reported)
        .select("doc_id", "persons_of", _in_operation=pl.lit(True))
        .unique()
    )
    out = facts.join(operations, on=["doc_id", "persons_of"], how="left", maintain_order="left")
    so_far = (
        (pl.col("scope") == "running")
        & reported
        & ~pl.col("_own_time")
        & pl.col("_in_operation").fill_null(False)
    )
    return out.with_columns(
        scope=pl.when(so_far).then(pl.lit("operation")).otherwise("scope"),
        period_start=pl.when(so_far).then(None).otherwise("period_start"),
    ).drop("_own_time", "_in_operation")


def mediation_cue() -> pl.Expr:
    """The sentence may name a mediation (the loose test of the mediation cues): only these
    facts' sentences are read for an exchange's mediators (mediators_named)."""
    return pl.col("sentence").str.contains(load_scope_lexicon().loose_mediation).fill_null(False)


def scope_of_shard(facts: pl.DataFrame) -> pl.DataFrame:
    """add_scope's findings for a shard's facts, row for row (tables.SCOPE_COLUMNS), and
    mediation_cue. A figure's scope is read from its own sentence and fields only, so it
    is found a shard at a time (swaptally extract --scope) and the events step never
    reads the sentences; a fact a reviewer corrects is scoped again there."""
    facts = add_scope(facts.cast(tables.FACT_SCHEMA))  # type: ignore[arg-type]
    return facts.select(
        "scope", "background", "date", "period_start", "period_end", mediation=mediation_cue()
    ).cast(tables.schema(tables.SCOPE_COLUMNS))  # type: ignore[arg-type]
