"""Stages kept between runs, a cluster of days at a time.

Building the stages is most of the events step's work (ten seconds on 2.6 million facts).
A stage is the facts of one side on one day, or on two neighbouring days that tell the
same handover (a day cluster, days.day_clusters), and nothing outside its cluster
changes it: its total, rivals, parts, sources and ids come from its own facts. One
added article changes a few clusters, so the events step keeps, per cluster, the event
rows it built and the event of each of its facts, under a key that is a hash of the
cluster's facts (every field stages read, texts by their values, in their order) and of
whether they are releases apart from a swap. A cluster whose key is kept takes its rows
from the cache; only the others are built, and the output is the same as building all.

Which days form a cluster is found every run from every day's vote (a chain of
neighbouring days pairs up from its first day), so an article that changes how days
pair changes the keys of the clusters it moves.

The cache is three Parquet files in the events cache folder, holding the last run's
clusters (`stages.parquet`: their event rows; `stage-facts.parquet`: the event of each of
their facts) and days (`days.parquet`: each day's vote, and each speaker's side), written
anew each run; they are valid only for the code and the polars version that wrote them
(their hashes of texts and rows are polars').
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import polars as pl

from swaptally import __version__, tables
from swaptally.events.attribution import speaker_side
from swaptally.events.facts_frame import CODED, Texts
from swaptally.fingerprint import fingerprint

__all__ = ["StageCache"]

SEEDS = (0x5A17, 0x7A11, 0xC1A5)
CODE = "swaptally:code"
SIDES = "swaptally:speakers"
# the columns reuse reads of a table a run that built nothing keeps (stages: none beside
# `_key`, since no kept cluster is looked up in it when stage-facts has none)
EMPTY = {"stage-facts": {"_key": pl.String, "_events": pl.List(pl.String)}}
# votes.vote: (facts, keys) → (each group's best, the figures voted for)
Vote = Callable[[pl.DataFrame, list[str]], tuple[pl.DataFrame, pl.DataFrame]]


def _code() -> str:
    # extract's too: a speaker's side is read with the extraction lexicon
    code = f"{fingerprint('events')}|{fingerprint('extract')}"
    return f"stages-2|{__version__}|{code}|polars {pl.__version__}"


class StageCache:
    """The stage rows of the last run's clusters, each day's vote and each speaker's side,
    by key, in `folder` (None: nothing is kept; everything is found again)."""

    def __init__(self, folder: str | Path | None) -> None:
        self.folder = None if folder is None else Path(folder)
        # read when first needed: not beside every fact the events step reads first
        self._kept: dict[str, pl.DataFrame | None] = {}
        self.sides: dict[str, str | None] = {}
        if self.kept("days") is not None:
            self.sides = json.loads(pl.read_parquet_metadata(self._path("days"))[SIDES])
        self.built: dict[str, list[pl.DataFrame]] = {"stages": [], "stage-facts": [], "days": []}
        self.hits = self.clusters = 0

    def kept(self, name: str) -> pl.DataFrame | None:
        """The kept table `name` (stages, stage-facts, days); None when there is none."""
        if name not in self._kept:
            self._kept[name] = self._load(name)
        return self._kept[name]

    def _path(self, name: str) -> Path:
        assert self.folder is not None
        return self.folder / f"{name}.parquet"

    def _load(self, name: str) -> pl.DataFrame | None:
        if not self._valid(name):
            return None
        try:
            return pl.read_parquet(self._path(name))
        except (OSError, pl.exceptions.PolarsError):
            return None

    def _valid(self, name: str) -> bool:
        """The kept table `name` exists and was written by this code."""
        if self.folder is None or not self._path(name).exists():
            return False
        try:
            return pl.read_parquet_metadata(self._path(name)).get(CODE) == _code()
        except (OSError, pl.exceptions.PolarsError):
            return False

    def _rows_of(self, name: str, keys: pl.Series) -> pl.DataFrame | None:
        """The rows of the kept table `name` under these keys, in the table's order (None:
        no such table). Only they are read: the stage rows of a million articles (their
        sources '; '-joined, 150 MB in memory) are otherwise held whole beside the copy
        of the rows taken, until the end of the run."""
        if not self._valid(name):
            return None
        try:
            return (
                pl.scan_parquet(self._path(name))
                .filter(pl.col("_key").is_in(keys.implode()))
                .collect()
            )
        except (OSError, pl.exceptions.PolarsError):
            return None

    def speaker_side(self, said_by: str | None) -> str | None:
        """attribution.speaker_side, remembered (it loads the extraction lexicon: a second)."""
        if said_by is None:
            return None
        if said_by not in self.sides:
            self.sides[said_by] = speaker_side(said_by)
        return self.sides[said_by]

    @staticmethod
    def row_hashes(facts: pl.DataFrame, texts: Texts) -> pl.Series:
        """A hash of each fact's fields stages read; the coded texts by their values
        (their codes change as texts are added)."""
        values = {c: texts.values[c].hash(SEEDS[0]) for c in CODED if c in facts.columns}
        fields = facts.drop("_row", "_cluster", strict=False).with_columns(
            values[c].gather(facts[c]).alias(c) for c in values
        )
        return fields.hash_rows(seed=SEEDS[0]).alias("_h")

    @staticmethod
    def _keys(frame: pl.DataFrame, hashes: pl.Series, by: list[str], salt: str) -> pl.DataFrame:
        """(by…, _key): a hash of each group's rows, in order, and of salt."""
        groups = (
            frame.select(by)
            .with_columns(hashes)
            .group_by(by, maintain_order=True)
            .agg(pl.col("_h"))
        )
        key = pl.format(
            "{}-{}-{}-{}",
            pl.lit(salt),
            pl.col("_h").hash(SEEDS[1]),
            pl.col("_h").hash(SEEDS[2]),
            pl.col("_h").list.len(),
        )
        return groups.select(*by, _key=key)

    def day_votes(
        self, facts: pl.DataFrame, hashes: pl.Series, salt: str, vote: Vote, day: list[str]
    ) -> tuple[pl.DataFrame, pl.DataFrame]:
        """vote(facts, day), voting only the days whose facts are not as kept (a day's
        vote reads its own facts only)."""
        days = self._keys(facts, hashes, day, salt)
        kept = self.kept("days")
        if kept is not None:
            kept = kept.join(days.select("_key"), on="_key", how="semi")
        else:
            kept = pl.DataFrame(schema={"_key": pl.String})
        todo = days.join(kept.select("_key"), on="_key", how="anti")
        tops, figures = vote(
            facts.join(todo.select(day), on=day, how="semi", nulls_equal=True), day
        )
        if kept.height:
            hit = days.join(kept, on="_key")
            tops = pl.concat(
                [tops, hit.select(tops.columns).cast(tops.schema)]  # type: ignore[arg-type]
            )
            found = hit.select(*day, _figure="_figures").explode("_figure").drop_nulls("_figure")
            figures = pl.concat([figures, found.cast(figures.schema)])  # type: ignore[arg-type]
        # every day of this run, for the next
        listed = figures.group_by(day, maintain_order=True).agg(_figures=pl.col("_figure"))
        self.built["days"].append(
            days.join(tops, on=day, how="left", nulls_equal=True)
            .join(listed, on=day, how="left", nulls_equal=True)
            .drop(day)
        )
        return tops, figures

    def keys(self, facts: pl.DataFrame, hashes: pl.Series, salt: str) -> pl.DataFrame:
        """(_cluster, _key): a hash of each cluster's facts, in order, and of salt."""
        return self._keys(facts, hashes, ["_cluster"], salt)

    def reuse(
        self, facts: pl.DataFrame, keys: pl.DataFrame
    ) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
        """(the facts of the clusters to build; the kept event rows of the others; their
        facts' (_row, event_id))."""
        self.clusters += keys.height
        ids = self._rows_of("stage-facts", keys["_key"])
        rows = None if ids is None else self._rows_of("stages", ids["_key"])
        if rows is None or ids is None or "_events" not in ids.columns:
            return facts, pl.DataFrame(), _no_ids()
        # the kept clusters, in cluster order, each with its facts' events in their order
        hit = keys.join(ids, on="_key", how="inner").sort("_cluster")
        if not hit.height:
            return facts, pl.DataFrame(), _no_ids()
        self.hits += hit.height
        mine = pl.col("_cluster").is_in(hit["_cluster"].implode())
        # the two columns taken before the filter: not a copy of every column of the facts
        of_facts = (
            facts.select("_row", "_cluster").filter(mine).sort("_cluster", maintain_order=True)
        )
        events = hit.select(pl.col("_events").explode())["_events"]
        if events.len() != of_facts.height:  # not expected: a key is a hash of the facts
            raise RuntimeError("stage cache: a kept cluster has another number of facts")
        fact_ids = of_facts.select("_row", event_id=events).drop_nulls("event_id")
        # rows: the kept clusters' rows only (_rows_of), so no copy of them is made here
        self.built["stages"].append(rows)
        self.built["stage-facts"].append(hit.select("_key", "_events"))
        return facts.filter(~mine), rows.drop("_key"), fact_ids

    def keep(
        self, facts: pl.DataFrame, keys: pl.DataFrame, events: pl.DataFrame, ids: pl.DataFrame
    ) -> None:
        """Remember the clusters just built: their event rows (by their `stage_id`) and
        the event of each of their facts, in the order of the facts."""
        if self.folder is None or not facts.height:
            return
        of_stage = facts.select("_cluster", "_stage_id").unique().join(keys, on="_cluster")
        self.built["stages"].append(
            events.join(
                of_stage.select("_key", stage_id="_stage_id"),
                on="stage_id",
                how="left",
                maintain_order="left",
            )
        )
        self.built["stage-facts"].append(
            facts.select("_row", "_cluster")
            .join(keys, on="_cluster", how="left", maintain_order="left")
            .join(ids, on="_row", how="left", maintain_order="left")
            .group_by("_key", maintain_order=True)
            .agg(_events=pl.col("event_id"))
        )

    def save(self) -> None:
        """The clusters, days and speakers of this run (built or reused), for the next."""
        if self.folder is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        sides = json.dumps(self.sides, sort_keys=True)
        # in an order of their own (the rows were built in hash order): the same bytes on
        # any machine and thread count
        order = {"stages": ["_key", "event_id"], "stage-facts": ["_key"], "days": ["_key"]}
        for name, parts in self.built.items():
            found = [b for b in parts if b.height]
            table = (
                pl.concat(found, how="vertical_relaxed").sort(order[name])
                if found
                else pl.DataFrame(schema=EMPTY.get(name, {"_key": pl.String}))
            )
            if name == "days" and "_figures" in table.columns:
                table = table.with_columns(pl.col("_figures").list.sort())
            metadata = {CODE: _code(), **({SIDES: sides} if name == "days" else {})}
            tables.write_atomic(
                self._path(name),
                lambda tmp, t=table, m=metadata: t.write_parquet(
                    tmp, compression="zstd", metadata=m
                ),
            )


def _no_ids() -> pl.DataFrame:
    return pl.DataFrame(schema={"_row": pl.UInt32, "event_id": pl.String})
