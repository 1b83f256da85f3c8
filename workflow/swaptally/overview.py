"""A report at a glance: who came home per year and in all, and the ledger in a form
that fits the page whatever the number of countries.

A report about two or three countries shows a column per country (per year, and in the
ledger); one about more (a corpus of several conflicts) shows a row per country and a
ledger whose returns are one worded cell, so no table runs off the page.
"""

from __future__ import annotations

import polars as pl

from swaptally import analysis, names, wording
from swaptally.claimed_totals import summarise_claims
from swaptally.ledger import (
    ledger_columns,
    ledger_table,
    newest_first,
    operation_rows,
    plan_text,
    plans,
    span_text,
    summarise_plans,
    yearly,
)

# Up to this many countries, each gets a column of its own.
WIDE_SIDES = 3
ALL_YEARS = "all years"


def shown_sides(ops: pl.DataFrame, sides: tuple[str, ...]) -> list[str]:
    """The report's own sides, or, for a report of every country, every side that got
    people back, most first (then by name)."""
    if sides:
        return list(sides)
    got = (
        ops.filter(pl.col("returned").is_not_null())
        .group_by("side")
        .agg(pl.col("returned").sum())
        .sort(["returned", "side"], descending=[True, False])
    )
    return got["side"].to_list()


def wide(ops: pl.DataFrame, sides: tuple[str, ...]) -> bool:
    """Whether every country of the report gets a column of its own."""
    return len(shown_sides(ops, sides)) <= WIDE_SIDES


def year_table(ops: pl.DataFrame, sides: tuple[str, ...]) -> pl.DataFrame:
    """People each side got back per year, newest first, and a last row for all years.

    The years are ledger.yearly's (an exchange counts in the year of its first day);
    the last row adds them up, so it is the sum of the ledger's rows above it.
    """
    shown = shown_sides(ops, sides)
    years = yearly(ops, tuple(shown)).with_columns(pl.col("year").cast(pl.String))
    total = {"year": ALL_YEARS, "exchanges": ops["operation"].n_unique()}
    total |= {
        side: years[side].sum() if years[side].is_not_null().any() else None for side in shown
    }
    table = pl.concat([years, pl.DataFrame([total], schema=years.schema)])
    return table.select("year", "exchanges", *shown)


def year_columns(sides: list[str]) -> dict[str, str]:
    return {"year": "year", "exchanges": "exchanges"} | {
        side: f"to {names.country(side)}" for side in sides
    }


def side_table(ops: pl.DataFrame) -> pl.DataFrame:
    """One row per country that got people back, most first: people, exchanges, years."""
    got = ops.filter(pl.col("returned").is_not_null())
    table = (
        got.group_by("side")
        .agg(
            pl.col("returned").sum(),
            exchanges=pl.col("operation").n_unique(),
            first=pl.col("first_date").min().dt.year(),
            last=pl.col("last_date").max().dt.year(),
        )
        .sort(["returned", "side"], descending=[True, False])
    )
    years = [f"{a}" if a == b else f"{a}–{b}" for a, b in table.select("first", "last").rows()]
    return table.with_columns(
        people=pl.col("side").map_elements(names.people, return_dtype=pl.String),
        years=pl.Series(years, dtype=pl.String),
    ).select("people", "returned", "exchanges", "years")


SIDE_COLUMNS = {"people": "people of", "returned": "came home", "exchanges": "exchanges"}
SIDE_COLUMNS |= {"years": "years"}


def glance(ops: pl.DataFrame, sides: tuple[str, ...]) -> dict:
    """The summary's table as Numbering.table's arguments: per year, with a total row, for a
    few countries; per country for many."""
    if wide(ops, sides):
        return {
            "df": year_table(ops, sides),
            "caption": "People who came home per year (sums of each exchange's stages; an "
            "exchange counts in the year of its first day); the last row is every year together.",
            "columns": year_columns(shown_sides(ops, sides)),
            "total": True,
        }
    return {
        "df": side_table(ops),
        "caption": "People who came home per country, most first, over every exchange of the "
        "report.",
        "columns": SIDE_COLUMNS,
    }


def summary(daily: pl.DataFrame, ops: pl.DataFrame, claims: pl.DataFrame, params) -> list[str]:
    """The summary's paragraphs: who came home (each side, or for many countries the few with
    the most), the plans, and the running totals sources state against the stages.

    params are checked report parameters; claims are claimed_totals.claims_in's.
    """
    sides = tuple(params.sides)
    if daily.is_empty():
        returns = analysis.nothing_returned(params)
    elif wide(ops, sides):
        returns = analysis.summarise_returns(daily, ops, sides)
    else:
        returns = summarise_many(ops)
    return [
        returns or analysis.nothing_returned(params),
        summarise_sureness(ops) if not daily.is_empty() else "",
        summarise_plans(plans(ops)) if not daily.is_empty() else "",
        summarise_claims(summary_claims(claims, ops, sides)),
    ]


def summarise_sureness(ops: pl.DataFrame) -> str:
    """How sure the exchanges are, in one sentence: how many rest on one text, how many
    have texts that disagree (the ledger marks each, the appendix shows the figures)."""
    each = ops.group_by("operation").agg(pl.col("n_sources").max(), pl.col("disputed").any())
    if each.is_empty():
        return ""
    single = each.filter(pl.col("n_sources") == 1).height
    disputed = each.filter(pl.col("disputed")).height
    if not single and not disputed:
        if each.height == 1:
            return "The exchange is told by more than one text, and they agree."
        return f"Each of the {each.height} exchanges is told by more than one text, and they agree."
    why = "(sources give different figures; the appendix shows each)"
    if each.height == 1:
        # not 'Of the 1 exchange, 1 rests on …'
        said = [
            w
            for w, on in (("rests on a single source", single), (f"is disputed {why}", disputed))
            if on
        ]
        return "The one exchange " + " and ".join(said) + "."
    parts = []
    if single:
        parts.append(f"{single} rest{'s' if single == 1 else ''} on a single source")
    if disputed:
        parts.append(f"{disputed} {'is' if disputed == 1 else 'are'} disputed {why}")
    return f"Of the {wording.count(each.height, 'exchange')}, " + " and ".join(parts) + "."


def summarise_many(ops: pl.DataFrame) -> str:
    """One sentence for a report of many countries: how many countries, exchanges, days."""
    got = ops.filter(pl.col("returned").is_not_null())
    if got.is_empty():
        return ""
    countries = got["side"].n_unique()
    first, last = got["first_date"].min(), got["last_date"].max()
    top = side_table(ops).head(3)
    most = [f"{n:,} {who}" for who, n in top.select("people", "returned").rows()]
    return (
        f"People of {countries} countries came home in "
        f"{wording.count(got['operation'].n_unique(), 'exchange')}, {span_text(first, last)}; "
        f"the most were {names.and_list(most)}. The first table gives every country."
    )


def ledger_view(ops: pl.DataFrame, sides: tuple[str, ...]) -> dict:
    """The ledger as Numbering.table's arguments: a column per country for a few, one cell
    for many; its rows ruled off year by year."""
    if wide(ops, sides):
        table = ledger_table(ops, sides)
        first = names.country(shown_sides(ops, sides)[0]) if table.height else "a country"
        caption = f"Exchange ledger, newest first; 'to {first}': people of {first} who came home."
        columns = ledger_columns(table, sides)
    else:
        table = long_ledger(ops)
        columns = {"dates": "dates", "between": "between", "returned": "came home"}
        for key, heading in (("planned", "planned"), ("mediator", "mediated by")):
            if table[key].drop_nulls().len():
                columns[key] = heading
        columns |= {"how_sure": "how sure"}
        caption = "Exchange ledger, newest first; 'came home': people each country got back."
    return {
        "df": table.with_columns(year=pl.col("first_date").dt.year()),
        "caption": caption,
        "columns": columns,
        "group": "year",
    }


def summary_claims(claims: pl.DataFrame, ops: pl.DataFrame, sides: tuple[str, ...]) -> pl.DataFrame:
    """The running totals the summary quotes: those of the report's sides, or, in a report
    of every country, of the few countries with the most people home (the table has all)."""
    if sides:
        return claims
    return claims.filter(pl.col("persons_of").is_in(shown_sides(ops, sides)[:WIDE_SIDES]))


def long_ledger(ops: pl.DataFrame) -> pl.DataFrame:
    """One row per exchange, newest first, its returns worded: 'Ukraine 500; Russia 500'."""
    rows = []
    for group, cells, planned in operation_rows(ops):
        group = group.sort(["returned", "side"], descending=[True, False], nulls_last=True)
        got = [(s, n) for s, n in group.select("side", "returned").rows()]
        rows.append(
            {
                "first_date": cells["first_date"],
                "dates": cells["dates"],
                "between": ", ".join(sorted(names.country(s) for s, _ in got)),
                "returned": "; ".join(f"{names.country(s)} {n:,}" for s, n in got if n) or None,
                "planned": plan_text(planned, [s for s, _ in got]),
                "mediator": cells["mediator"],
                "how_sure": cells["how_sure"],
            }
        )
    schema = {"first_date": pl.Date} | dict.fromkeys(
        ("dates", "between", "returned", "planned", "mediator", "how_sure"), pl.String
    )
    return newest_first(rows, schema)


def claims_view(claims: pl.DataFrame) -> pl.DataFrame:
    """Running totals for the table: one row per figure a side's total was put at on a day,
    with how many texts give it and who said it, and the sum of stages beside it in words
    ('1,188 fewer', '24 more'), instead of a signed 'short by' of -24."""
    texts = pl.col("doc_id").n_unique() if "doc_id" in claims.columns else pl.len()
    keys = ["stated_on", "persons_of", "low", "high", "since"]
    rows = claims.group_by(keys, maintain_order=True).agg(
        said_by=pl.col("said_by").drop_nulls().unique().sort().str.join("; "),
        n_sources=texts,
        sum_of_stages=pl.col("sum_of_stages").first(),
        difference=pl.col("difference").first(),
    )
    gaps = [
        _gap(d, s, high) for d, s, high in rows.select("difference", "sum_of_stages", "high").rows()
    ]
    rows = _closed_spans(rows, claims)
    return (
        wording.worded(rows)
        .with_columns(
            pl.col("said_by").replace("", None),
            gap=pl.Series(gaps, dtype=pl.String),
        )
        .sort(keys, nulls_last=True, maintain_order=True)
    )


def _closed_spans(rows: pl.DataFrame, claims: pl.DataFrame) -> pl.DataFrame:
    """A total of a span that ended before it was said ("in 2025", said in January 2026)
    shows its end in `since` ("2025-01-01 to 2025-12-31"): its stages were summed to that
    end, not to the day it was said. Tables with no such total are left as they are."""
    if "until" not in claims.columns:
        return rows
    ends = claims.filter(pl.col("until") < pl.col("stated_on")).select(
        "stated_on", "persons_of", "low", "high", "since", "until"
    )
    if ends.is_empty():
        return rows
    keys = ["stated_on", "persons_of", "low", "high", "since"]
    ends = ends.unique(keys, keep="first")
    rows = rows.join(ends, on=keys, how="left", nulls_equal=True, maintain_order="left")
    start = pl.col("since").cast(pl.String)
    return rows.with_columns(
        since=pl.when(pl.col("until").is_not_null())
        .then(pl.format("{} to {}", start.fill_null("…"), pl.col("until")))
        .otherwise(start)
    ).drop("until")


def _gap(difference: int | None, stages: int | None, high: int | None) -> str | None:
    """The sum of stages against the claim: '1,188 fewer', 'at least 1,997 fewer', '24 more'."""
    if stages is None or difference is None:
        return None
    if difference == 0:
        return "the same"
    if difference > 0:
        return ("at least " if high is None else "") + f"{difference:,} fewer"
    return f"{-difference:,} more"


CLAIM_COLUMNS = {
    "stated_on": "stated on",
    "persons_of": "people of",
    "figure": "stated",
    "since": "from",  # a start ('2022-02-24') or a closed span ('2025-01-01 to 2025-12-31')
    "said_by": "said by",
    "n_sources": "sources",
    "sum_of_stages": "sum of stages",
    "gap": "stages against it",
}


def described(events: pl.DataFrame) -> pl.DataFrame:
    """Events for an appendix table: what each is in words and its figure as said."""
    rows = events.with_columns(
        what=pl.struct(
            pl.col("kind").cast(pl.String), pl.col("status").cast(pl.String)
        ).map_elements(lambda r: wording.what(r["kind"], r["status"]), return_dtype=pl.String),
    )
    return wording.worded(rows).with_columns(
        persons_of=pl.col("persons_of").map_elements(names.country, return_dtype=pl.String),
    )


def disputes(events: pl.DataFrame, facts: pl.DataFrame) -> pl.DataFrame:
    """Each disputed event with what each source says: '205: a.com; 215: b.com, c.org',
    beside the figure the report counts (the event's best)."""
    if events.is_empty() or "event_id" not in facts.columns:
        return described(events).with_columns(says=pl.lit(None, pl.String))
    said = (
        wording.worded(
            facts.filter(pl.col("event_id").is_in(events["event_id"].implode())).with_columns(
                outlet=pl.coalesce("publisher", "path", "doc_id")
            )
        )
        .group_by("event_id", "low", "high", "figure")
        .agg(pl.col("outlet").drop_nulls().unique().sort().str.join(", "))
        .sort("event_id", "low", "high", nulls_last=True)
        .group_by("event_id", maintain_order=True)
        .agg(says=pl.format("{}: {}", "figure", "outlet").str.join("; "))
    )
    return described(events).join(said, on="event_id", how="left", maintain_order="left")


DISPUTE_COLUMNS = {
    "date": "date",
    "persons_of": "people of",
    "what": "what",
    "category": "category",
    "best": "taken as",
    "says": "what each source says",
}
UNDATED_COLUMNS = {
    "what": "what",
    "persons_of": "people of",
    "category": "category",
    "figure": "figure",
    "publishers": "sources",
}


def shares_view(shares: pl.DataFrame) -> pl.DataFrame:
    """share_table() rows as the report's table shows them: countries by name (no holder
    named: analysis.ANY_HOLDER, as the sentence says it), the estimate and the share
    worded (figure_held, figure_share)."""
    named = shares.with_columns(
        pl.col(c).map_elements(names.country, return_dtype=pl.String)
        for c in ("persons_of", "held_by")
    ).with_columns(pl.col("held_by").fill_null(analysis.ANY_HOLDER))
    held = wording.worded(named, "figure_held", "held_low", "held_high")
    return wording.worded(held, "figure_share", "share_low", "share_high", wording.share)
