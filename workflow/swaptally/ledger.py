"""The exchange ledger and plans against their own exchange.

Readers scan exchanges, not days: one row per exchange operation, newest first,
with each side's count. A plan is only ever compared with the stages of its own
exchange. (Running totals sources state, the claims: claimed_totals.py.)

The table comes from the events step (exchanges.parquet, see INTERFACE.md);
`exchanges_from_events` builds the same columns from an events table that has none,
so older outputs still report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import polars as pl

from swaptally import names, wording
from swaptally.events import stage_totals
from swaptally.kinds import MOVEMENTS

# Stages of one operation follow each other within this many days.
OPERATION_GAP = 2
# A reported total spread over more than this many days is a running total, not one operation.
RUNNING_DAYS = 31

EXCHANGE_SCHEMA = pl.Schema(
    {
        "exchange_id": pl.String,
        "first_date": pl.Date,
        "last_date": pl.Date,
        "side_a": pl.String,
        "side_b": pl.String,
        "returned_a": pl.Int64,
        "returned_b": pl.Int64,
        "stages": pl.Int32,
        "mediator": pl.String,
        "planned_a": pl.Int64,
        "planned_b": pl.Int64,
        "n_sources": pl.Int32,
        "disputed": pl.Boolean,
    }
)
# One row per exchange and side: what the ledger, plans and charts read.
SIDE_SCHEMA = pl.Schema(
    {
        "exchange_id": pl.String,
        "first_date": pl.Date,
        "last_date": pl.Date,
        "side": pl.String,
        "returned": pl.Int64,
        "planned": pl.Int64,
        "stages": pl.Int32,
        "mediator": pl.String,
        "n_sources": pl.Int32,
        "disputed": pl.Boolean,
    }
)


def summable(events: pl.DataFrame) -> pl.DataFrame:
    """Dated stage totals of people who came home: the only rows ever added up."""
    return events.filter(pl.col("summable") & pl.col("date").is_not_null())


def _operations(stages: pl.DataFrame) -> pl.DataFrame:
    """Number stage rows into operations: days no more than OPERATION_GAP apart belong together."""
    days = stages["date"].unique().sort().to_list()
    numbers, current, previous = {}, 0, None
    for day in days:
        if previous is not None and (day - previous).days > OPERATION_GAP:
            current += 1
        numbers[day], previous = current, day
    return stages.with_columns(
        operation=pl.col("date").replace_strict(numbers, return_dtype=pl.Int32, default=None)
    )


def _planned(events: pl.DataFrame) -> pl.DataFrame:
    planned = stage_totals(events).filter(
        pl.col("kind").cast(pl.String).is_in(MOVEMENTS)
        & (pl.col("status").cast(pl.String) == "planned")
    )
    return planned.select(
        "persons_of",
        pl.coalesce("period_start", "date").alias("from"),
        pl.coalesce("period_end", "date").alias("to"),
        "best",
    ).filter(pl.col("from").is_not_null())


def exchanges_from_events(events: pl.DataFrame) -> pl.DataFrame:
    """exchanges.parquet's rows from an events table alone, one per pair of sides of an operation.

    Stages no more than two days apart are one operation; a plan belongs to the
    operation its period overlaps. No mediator is known this way.
    """
    stages = summable(events).filter(pl.col("held_by").is_not_null())
    if stages.is_empty():
        return pl.DataFrame(schema=EXCHANGE_SCHEMA)
    stages = _operations(stages)
    plans = _planned(events)
    rows = []
    for _, group in stages.group_by(["operation"], maintain_order=True):
        first, last = group["date"].min(), group["date"].max()
        pairs = {tuple(sorted(p)) for p in group.select("persons_of", "held_by").rows()}
        for side_a, side_b in sorted(pairs):
            pair = group.filter(
                pl.col("persons_of").is_in([side_a, side_b])
                & pl.col("held_by").is_in([side_a, side_b])
            )
            row = {
                "exchange_id": f"{first:%Y%m%d}-{side_a}-{side_b}",
                "first_date": first,
                "last_date": last,
                "side_a": side_a,
                "side_b": side_b,
                "stages": pair["date"].n_unique(),
                "mediator": None,
                "n_sources": int(pair["n_sources"].max()),
                "disputed": bool(pair["disputed"].any()),
            }
            for side, key in ((side_a, "a"), (side_b, "b")):
                got = pair.filter(pl.col("persons_of") == side)["best"]
                # people held inside their own country are side_a's once, not each side's
                inside = key == "b" and side_b == side_a
                row[f"returned_{key}"] = int(got.sum()) if len(got) and not inside else None
                plan = plans.filter(
                    (pl.col("persons_of") == side)
                    & (pl.col("from") <= last)
                    & (pl.col("to") >= first)
                )["best"]
                row[f"planned_{key}"] = int(plan.max()) if len(plan) else None
            rows.append(row)
    return pl.DataFrame(rows, schema=EXCHANGE_SCHEMA).sort("first_date", "exchange_id")


def by_side(exchanges: pl.DataFrame) -> pl.DataFrame:
    """Exchanges in long form: one row per exchange and side."""
    common = ["exchange_id", "first_date", "last_date", "stages", "mediator", "n_sources"]
    common.append("disputed")
    halves = [
        exchanges.select(
            *common,
            pl.col(f"side_{k}").alias("side"),
            pl.col(f"returned_{k}").alias("returned"),
            pl.col(f"planned_{k}").alias("planned"),
        )
        for k in ("a", "b")
    ]
    # An exchange whose holder is not known has no side_b: it has one side.
    rows = pl.concat(halves).filter(pl.col("side").is_not_null())
    return rows.select(list(SIDE_SCHEMA)).cast(dict(SIDE_SCHEMA))


def _sum_or_null(column: str) -> pl.Expr:
    """The sum of a column, or null where every value is null (no figure is not zero)."""
    return pl.when(pl.col(column).is_not_null().any()).then(pl.col(column).sum()).alias(column)


def _linked(exchanges: pl.DataFrame) -> dict[str, int]:
    """exchange_id → operation number: exchanges that overlap in days and share a side are one.

    Unrelated swaps elsewhere on the same days (another conflict) stay apart.
    """
    rows = (
        exchanges.sort("first_date", "last_date", "exchange_id")
        .select("exchange_id", "first_date", "last_date", "side_a", "side_b")
        .rows()
    )
    parent = list(range(len(rows)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (_, first, last, a, b) in enumerate(rows):
        for j in range(i + 1, len(rows)):
            _, first_j, last_j, a_j, b_j = rows[j]
            if first_j > last:
                break
            shared = ({a, b} & {a_j, b_j}) - {None}  # an unknown holder is no side
            if shared and first_j <= last and first <= last_j:
                parent[root(j)] = root(i)
    numbers: dict[int, int] = {}
    return {row[0]: numbers.setdefault(root(i), len(numbers)) for i, row in enumerate(rows)}


def operations(exchanges: pl.DataFrame) -> pl.DataFrame:
    """One row per side of each operation: exchanges that overlap and share a side are one.

    A three-party exchange stated as two pairs (Russia–Ukraine, Belarus–Ukraine)
    on the same days is one line of the ledger; a side in both pairs counts once
    per pair it received people from.
    """
    numbers = _linked(exchanges)
    sides = by_side(exchanges).with_columns(
        operation=pl.col("exchange_id").replace_strict(numbers, return_dtype=pl.Int32)
    )
    return (
        sides.group_by("operation", "side")
        .agg(
            pl.col("first_date").min(),
            pl.col("last_date").max(),
            _sum_or_null("returned"),
            _sum_or_null("planned"),
            pl.col("stages").max(),
            pl.col("mediator").drop_nulls().unique().sort().str.join("; "),
            pl.col("n_sources").max(),
            pl.col("disputed").any(),
        )
        .with_columns(
            pl.col("first_date").min().over("operation"),
            pl.col("last_date").max().over("operation"),
            pl.col("mediator").replace("", None),
        )
        .sort("first_date", "side")
    )


def in_window(ops: pl.DataFrame, window) -> pl.DataFrame:
    """Operations whose days overlap the window and that involve one of its sides."""
    keep = pl.lit(True)
    if window.start:
        keep &= pl.col("last_date") >= window.start
    if window.end:
        keep &= pl.col("first_date") <= window.end
    ops = ops.filter(keep)
    if window.sides:
        wanted = ops.filter(pl.col("side").is_in(window.sides))["operation"].unique()
        ops = ops.filter(pl.col("operation").is_in(wanted.implode()))
    return ops


def span_text(first: dt.date, last: dt.date) -> str:
    """'25 May 2025', '23–25 May 2025', '30 September – 2 October 2025'."""
    if first == last:
        return f"{first.day} {first:%B %Y}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {last:%B %Y}"
    if first.year == last.year:
        return f"{first.day} {first:%B} – {last.day} {last:%B %Y}"
    return f"{first.day} {first:%B %Y} – {last.day} {last:%B %Y}"


def operation_rows(ops: pl.DataFrame) -> Iterator[tuple[pl.DataFrame, dict, dict[str, int]]]:
    """Each operation of `ops` (in its order): its rows (one per side), the ledger cells
    every form of the ledger shows (first_date, dates, mediator, n_sources, disputed,
    how_sure) and its plans (side → people planned)."""
    for _, group in ops.group_by(["operation"], maintain_order=True):
        first, last = group["first_date"][0], group["last_date"][0]
        mediators = group["mediator"].drop_nulls().unique().sort().to_list()
        n_sources, disputed = int(group["n_sources"].max()), bool(group["disputed"].any())
        cells = {
            "first_date": first,
            "dates": span_text(first, last),
            "mediator": "; ".join(mediators) or None,
            "n_sources": n_sources,
            "disputed": disputed,
            "how_sure": wording.sureness(n_sources, disputed),
        }
        plans = {s: p for s, p in group.select("side", "planned").rows() if p is not None}
        yield group, cells, plans


def newest_first(rows: list[dict], schema: dict) -> pl.DataFrame:
    """Ledger rows as a table, newest first; two exchanges of one day (two conflicts) keep
    the order of ops: the same every run."""
    return pl.DataFrame(rows, schema=schema).sort(
        "first_date", descending=True, maintain_order=True
    )


def ledger_table(ops: pl.DataFrame, sides: tuple[str, ...]) -> pl.DataFrame:
    """The ledger for display: one row per operation, newest first, a column per report side.

    Other parties' counts go into one 'other parties' column, so the table stays
    narrow when a third country takes part.
    """
    shown = list(sides) or sorted(ops["side"].unique().to_list())
    rows = []
    for group, cells, plans in operation_rows(ops):
        got = dict(group.select("side", "returned").rows())
        row = {"first_date": cells["first_date"], "dates": cells["dates"]}
        for side in shown:
            row[side] = got.get(side)
        others = [s for s in sorted(got) if s not in shown]
        # a party no stage counts is left out (no figure is not zero)
        told = [s for s in others if got[s] is not None]
        row["others"] = "; ".join(f"{names.country(s)} {got[s]:,}" for s in told) or None
        row["planned"] = plan_text(plans, shown)
        rows.append(row | {k: cells[k] for k in ("mediator", "n_sources", "disputed", "how_sure")})
    schema = {"first_date": pl.Date, "dates": pl.String}
    schema |= {side: pl.Int64 for side in shown}
    schema |= {
        "others": pl.String,
        "planned": pl.String,
        "mediator": pl.String,
        "n_sources": pl.Int32,
        "disputed": pl.Boolean,
        "how_sure": pl.String,
    }
    return newest_first(rows, schema)


def plan_text(plans: dict[str, int], order: list[str]) -> str | None:
    """'1,000 each' when every planned side has the same figure, else 'Ukraine 50; Russia 73'."""
    if not plans:
        return None
    if len(plans) > 1 and len(set(plans.values())) == 1:
        return f"{next(iter(plans.values())):,} each"
    sides = [s for s in order if s in plans] + sorted(s for s in plans if s not in order)
    return "; ".join(f"{names.country(s)} {plans[s]:,}" for s in sides)


def ledger_columns(table: pl.DataFrame, sides: tuple[str, ...]) -> dict[str, str]:
    """Readable headings for ledger_table(); columns nobody fills are left out."""
    shown = [c for c in table.columns if c not in LEDGER_FIXED]
    columns = {"dates": "dates"} | {side: f"to {names.country(side)}" for side in shown}
    for key, heading in (
        ("others", "other parties"),
        ("planned", "planned"),
        ("mediator", "mediated by"),
    ):
        if table[key].drop_nulls().len():
            columns[key] = heading
    # how many texts state it and whether they disagree, in one cell: "9 sources, disputed"
    return columns | {"how_sure": "how sure"}


LEDGER_FIXED = (
    "first_date", "dates", "others", "planned", "mediator", "n_sources", "disputed", "how_sure",
)  # fmt: skip


def yearly(ops: pl.DataFrame, sides: tuple[str, ...]) -> pl.DataFrame:
    """One line per year: exchanges and people returned per report side."""
    shown = list(sides) or sorted(ops["side"].unique().to_list())
    years = ops.with_columns(year=pl.col("first_date").dt.year())
    count = years.group_by("year").agg(exchanges=pl.col("operation").n_unique())
    for side in shown:
        got = (
            years.filter(pl.col("side") == side)
            .group_by("year")
            .agg(_sum_or_null("returned").alias(side))  # no figure is not zero
        )
        count = count.join(got, on="year", how="left")
    return count.sort("year", descending=True)


def plans(ops: pl.DataFrame) -> pl.DataFrame:
    """Each planned side of an operation beside what its own stages returned."""
    return (
        ops.filter(pl.col("planned").is_not_null())
        .select("operation", "first_date", "last_date", "side", "returned", "planned")
        .with_columns(share_of_plan=pl.col("returned") / pl.col("planned"))
        .sort("first_date", "side")
    )


# Beyond this many planned exchanges the summary counts them; the ledger has each one.
MAX_PLANS_IN_PROSE = 3


def summarise_plans(table: pl.DataFrame) -> str:
    """A sentence per planned exchange, its returns against its own plan only."""
    parts = []
    groups = list(table.group_by(["operation"], maintain_order=True))
    if len(groups) > MAX_PLANS_IN_PROSE:
        return (
            f"{len(groups)} exchanges had a stated plan; the ledger shows each plan beside "
            "what that exchange returned."
        )
    for _, group in groups:
        first, last = group["first_date"][0], group["last_date"][0]
        sides = [
            f"{r['returned'] or 0:,} of the {r['planned']:,} {names.people(r['side'])} planned"
            f" ({(r['returned'] or 0) / r['planned']:.0%})"
            for r in group.iter_rows(named=True)
        ]
        parts.append(f"The exchange of {span_text(first, last)} returned {names.and_list(sides)}.")
    return " ".join(parts) or "No exchange in this window had a stated plan."
