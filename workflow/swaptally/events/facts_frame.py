"""The narrow working frame events are built on: a fact's key fields only (never its
sentence or rule), long texts (doc ids, outlets, urls, speakers) as numbers that sort like
the texts, and the provenance of an event (its sources) aggregated as code lists and
joined back into text once per event."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import polars as pl

from swaptally.events.attribution import speaker_side
from swaptally.tables import DATE_GUESSED  # re-exported: events read it from here

__all__ = [
    "DATE_GUESSED",
    "FACT_FIELDS",
    "POINT",
    "PROVENANCE_KEPT",
    "Texts",
    "beside",
    "hash_id",
    "joined",
    "narrow",
    "point",
    "provenance",
]

CODED = ("doc_id", "publisher", "url", "said_by")

JOINED = {"doc_id": "doc_ids", "publisher": "publishers", "url": "urls", "said_by": "said_by"}

# the columns of a fact that events are built from (never its sentence or rule)
FACT_FIELDS = [
    "doc_id",
    "publisher",
    "url",
    "said_by",
    "published",
    "kind",
    "status",
    "scope",
    "persons_of",
    "held_by",
    "category",
    "low",
    "high",
    "qualifier",
    "date",
    "period_start",
    "period_end",
    "date_inherited",
    "date_guessed",
]


POINT = (
    pl.when(pl.col("low").is_not_null() & pl.col("high").is_not_null())
    .then((pl.col("low") + pl.col("high")) // 2)
    .otherwise(pl.coalesce("low", "high"))
)


def point(f: dict) -> int | None:
    """One figure for a fact: an exact figure, a range's midpoint, or its one bound."""
    low, high = f["low"], f["high"]
    if low is not None and high is not None:
        return (low + high) // 2
    return low if low is not None else high


def hash_id(prefix: str, *key: object) -> str:
    text = "|".join("" if k is None else str(k) for k in key)
    return prefix + hashlib.sha256(text.encode()).hexdigest()[:12]


def beside(
    facts: pl.DataFrame, right: pl.DataFrame, on: list[str], nulls_equal: bool = False
) -> pl.DataFrame:
    """facts with right's other columns beside each row (right has one row per key). Only
    the key columns go through the join: the wide frame is never copied."""
    found = facts.select(on).join(
        right, on=on, how="left", maintain_order="left", nulls_equal=nulls_equal
    )
    return facts.with_columns(found.drop(on).get_columns())


class Texts:
    """The long text fields of facts (doc_id, publisher, url, said_by) as numbers: each
    value's place among the sorted distinct values, so that sorting the numbers sorts the
    texts. Joins and group-bys then move numbers, never strings."""

    def __init__(self, facts: pl.DataFrame) -> None:
        # a text is read once per run of equal values (a document's facts stand together)
        self._runs = {c: _runs(facts.get_column(c)) for c in CODED}
        self.values = {
            c: heads.drop_nulls().unique().sort() for c, (heads, _) in self._runs.items()
        }

    def code(self, column: str) -> pl.Series:
        """The column of the facts given as its values' places among the sorted values (a
        hash join of each run's value: no sort of every row's text)."""
        heads, run = self._runs.pop(column)
        values = self.values[column]
        places = pl.DataFrame(
            {column: values, "_code": pl.Series(range(values.len()), dtype=pl.UInt32)}
        )
        found = heads.to_frame().join(places, on=column, how="left", maintain_order="left")
        return found.get_column("_code").gather(run).alias(column)

    def speakers(self, side_of: Callable[[str | None], str | None] = speaker_side) -> pl.DataFrame:
        """said_by code → the side of the speaker (see attribution.speaker_side)."""
        said = self.values["said_by"]
        return pl.DataFrame(
            {
                "said_by": pl.Series(range(said.len()), dtype=pl.UInt32),
                "_speaker": pl.Series([side_of(v) for v in said], dtype=pl.String),
            }
        )

    def decode(self, rows: pl.DataFrame, key: str) -> pl.DataFrame:
        """rows with the code lists of `provenance` as '; '-joined texts (null: none)."""
        for column, name in JOINED.items():
            values = self.values[column]
            found = rows.select(key, name).explode(name).drop_nulls(name)
            if values.len() and values[0] == "":  # an empty text is no value
                found = found.filter(pl.col(name) != 0)
            texts = found.select(key, values.gather(found[name]).alias(name))
            texts = texts.group_by(key, maintain_order=True).agg(pl.col(name).str.join("; "))
            rows = rows.drop(name).join(texts, on=key, how="left")
        return rows


def _runs(column: pl.Series) -> tuple[pl.Series, pl.Series]:
    """(the value of each run of equal values, in order; each row's run)."""
    if not column.len():
        return column, pl.Series(dtype=pl.UInt32)
    starts = column.ne_missing(column.shift(1)).scatter(0, True)
    return column.filter(starts), starts.cast(pl.UInt32).cum_sum() - 1


def narrow(facts: pl.DataFrame) -> tuple[pl.DataFrame, Texts]:
    """The fields events read, long texts as numbers (see Texts), `_row` the fact's place
    and `_p` its point. Enums (kind, status, category, qualifier) stay enums: a byte a fact
    each where their texts took sixteen; they compare with their texts alike."""
    if "date_guessed" not in facts.columns:
        guessed = DATE_GUESSED if "date_source" in facts.columns else pl.lit(False)
        facts = facts.with_columns(date_guessed=guessed)
    texts = Texts(facts)
    codes = {c: texts.code(c) for c in CODED}
    rows = facts.select(
        pl.int_range(pl.len(), dtype=pl.UInt32).alias("_row"),
        *(codes[c] if c in CODED else c for c in FACT_FIELDS),
    ).with_columns(_p=POINT)
    return rows, texts


def joined(column: str | pl.Expr) -> pl.Expr:
    """The distinct non-empty values, sorted, '; '-joined (null when none), in an agg."""
    value = pl.col(column) if isinstance(column, str) else column
    text = value.filter(value.is_not_null() & (value != "")).unique().sort().str.join("; ")
    return pl.when(text == "").then(None).otherwise(text)


# the columns `provenance` makes, passed on unchanged into every event row
PROVENANCE_KEPT = {
    name: name
    for name in ("n_facts", "n_sources", "date_inherited", *JOINED.values(), "_published")
}


def provenance(counted: pl.Expr | None = None) -> list[pl.Expr]:
    """Aggregations of the facts that state an event (those where `counted`); the texts as
    sorted code lists, for Texts.decode."""

    def of(name: str) -> pl.Expr:
        return pl.col(name) if counted is None else pl.col(name).filter(counted)

    return [
        of("doc_id").len().cast(pl.Int32).alias("n_facts"),
        of("doc_id").n_unique().cast(pl.Int32).alias("n_sources"),
        of("date_inherited").all().alias("date_inherited"),
        *(of(c).drop_nulls().unique().sort().alias(name) for c, name in JOINED.items()),
        of("published").min().alias("_published"),
    ]
