"""The merge's facts, never with the texts of all of them at once.

A million articles give 3.5 million facts; their sentences, rules and paths are most of
their size, and events are built from none of them. So the merge reads of every shard:

- the fields events are built from (`NARROW`: no sentence, rule, path, span or id), each
  row with its place (`_shard`, the shard's index in the list given; `_i`, its row there);
- beside each row, its scope (tables.SCOPE_COLUMNS), found a shard at a time by the
  extract job (`swaptally extract --scope`), or here from the shard when no scope files
  are given;
- the sentences of the few facts events need them for, fetched by place (`sentences`);
- the whole rows of the facts a reviewer corrects (`rows_of`), to apply the corrections
  exactly as before and scope those facts again.

facts.parquet is then written a shard at a time (`write_facts`): one shard's full rows
joined with what the events step found for them, one row group each. Its rows are in
the order of the shards given (the workflow gives shard 0, 1, 2, …), then in FACT_ORDER
within a shard: a document's facts are together, in the order of the text.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path

import numpy as np
import polars as pl
import pyarrow.parquet as pq

from swaptally import tables
from swaptally.corrections import SETTABLE
from swaptally.events.scope import scope_of_shard
from swaptally.published_facts import FactsFolder

log = logging.getLogger("swaptally")

PLACE = ["_shard", "_i"]
# what only facts.parquet needs of a fact, read a shard at a time when it is written
# (of date_source, the narrow frame takes only whether the day is a guess: date_guessed)
WIDE = (
    "fact_id", "path", "sentence_no", "sentence", "span_start", "span_end", "rule", "date_source",
)  # fmt: skip
# what facts.parquet takes from a corrected fact's row: what a reviewer may set but the
# days and scope, which it takes from the events step; the source of a day a reviewer set
# (none: corrections._set_fields)
CORRECTED = (
    *(f for f in SETTABLE if f not in ("date", "period_start", "period_end", "scope")),
    "background",
    "date_source",
)
SCOPED = [name for name, _, _ in tables.SCOPE_COLUMNS]
NARROW = [name for name, _, _ in tables.FACT_COLUMNS if name not in WIDE]
NARROW_SCHEMA = {name: dtype for name, dtype in tables.FACT_SCHEMA.items() if name in NARROW}
SCOPE_SCHEMA = tables.schema(tables.SCOPE_COLUMNS)


class FactShards:
    """Every shard's facts of the documents kept (`kept`: their doc_id and path)."""

    def __init__(
        self,
        facts: Sequence[str],
        scope: Sequence[str] | None,
        kept: pl.DataFrame,
        all_kept: bool = False,
    ) -> None:
        """all_kept: no document was left out (no text stood under two paths), so a fact's
        document is known by its id alone and no fact's path is read."""
        if scope is not None and len(scope) != len(facts):
            raise ValueError(f"{len(scope)} scope files for {len(facts)} facts shards")
        self.facts, self.scope = list(facts), None if scope is None else list(scope)
        self._kept: pl.DataFrame | None = kept.select("doc_id", "path")
        self.all_kept = all_kept

    @cached_property
    def _undated_source(self) -> frozenset[int]:
        """The shards written before facts had a date_source (its metadata only is read):
        read with none recorded (null), so no day of theirs counts as a guess."""
        old = frozenset(
            k for k, f in enumerate(self.facts) if "date_source" not in pq.read_schema(f).names
        )
        for k in sorted(old):
            log.warning(
                "%s: a facts shard with no date_source column (written by an older "
                "swaptally): no day of its facts counts as the text's guess; extract it "
                "again to tell them",
                self.facts[k],
            )
        return old

    def _scan(self, k: int) -> pl.LazyFrame:
        """Shard k's facts file, with a null date_source if it was written without one."""
        facts = pl.scan_parquet(self.facts[k])
        if k in self._undated_source:
            facts = facts.with_columns(date_source=pl.lit(None, tables.FACT_SCHEMA["date_source"]))
        return facts

    @property
    def kept(self) -> pl.DataFrame:
        """The kept documents' doc_id and path (to tell their facts from a duplicate's)."""
        if self._kept is None:
            raise RuntimeError("the kept documents were let go (forget_documents)")
        return self._kept

    def forget_documents(self) -> None:
        """Let the kept documents' ids and paths go (a million texts: ≈ 100 MB) once the
        facts are read (narrow) and the corrected rows taken (rows_of), the only readers
        of them: the events are built without."""
        self._kept = None

    def _scope(self, k: int) -> pl.LazyFrame:
        if self.scope is not None:
            return pl.scan_parquet(self.scope[k]).select(SCOPED).cast(SCOPE_SCHEMA)  # type: ignore[arg-type]
        return scope_of_shard(self._scan(k).collect()).lazy()

    def _shard(
        self, k: int, columns: list[str], scoped: bool = False, path: bool = True
    ) -> pl.LazyFrame:
        """Shard k's columns (and path, unless `path` is false) with their places."""
        facts = (
            self._scan(k)
            .select(*columns, *(["path"] if path and "path" not in columns else []))
            .cast({n: t for n, t in tables.FACT_SCHEMA.items() if n in columns})  # type: ignore[arg-type]
            .with_row_index("_i")
            .with_columns(_shard=pl.lit(k, pl.UInt32))
        )
        if scoped:
            # the scope file's date fields are the fact's own after scope (add_scope)
            facts = pl.concat([facts.drop(*SCOPED, strict=False), self._scope(k)], how="horizontal")
        return facts

    def _read(self, frames: list[pl.LazyFrame], keep_path: bool = False) -> pl.DataFrame:
        """The kept documents' rows of these shards' frames, in shard and row order."""
        if not frames:
            return pl.DataFrame()
        found = _collected(frames).join(
            self.kept, on=["doc_id", "path"], how="semi", maintain_order="left"
        )
        found = _one_chunk(found if keep_path else found.drop("path"))
        if not _in_order(found):  # not expected: the rows keep the order they were read in
            found = found.sort(PLACE)
        return found

    def narrow(self) -> pl.DataFrame:
        """Every kept fact: its place, NARROW fields and scope columns (no text)."""
        if not self.facts:
            return self._empty()
        kept = None if self.all_kept else self._kept_places()
        # every row read without its path (the widest text after the sentence), the rows of
        # a text not kept (a duplicate of one under another path) dropped after by place
        found = _one_chunk(self._read_narrow())
        if kept is None:  # every document kept: only a fact of no document read is dropped
            known = found["doc_id"].is_in(self.kept["doc_id"].implode())
            if not known.all():
                found = found.filter(known)
        elif kept.height != found.height:
            found = found.join(kept, on=PLACE, how="semi", maintain_order="left")
        return found.select(*PLACE, *NARROW, "date_guessed", "scope", "background", "mediation")

    def _every(self, names: list[str]) -> pl.DataFrame:
        """These columns of every shard's facts, end to end in shard order, with their
        places: one read of all files (a query per shard cost four times as much), the
        places made from the files' row counts; a shard of an older swaptally is read
        through _scan, one at a time."""
        counts = np.array([pq.read_metadata(f).num_rows for f in self.facts], dtype=np.int64)
        if self._undated_source:
            facts = pl.concat([self._scan(k).select(names).collect() for k in range(counts.size)])
        else:
            facts = pl.read_parquet(self.facts, columns=names)
        if facts.height != counts.sum():
            raise ValueError("a facts shard does not have the rows its metadata says")
        starts = np.repeat(np.cumsum(counts) - counts, counts)
        places = pl.DataFrame(
            {
                "_shard": np.repeat(np.arange(len(counts), dtype=np.uint32), counts),
                "_i": (np.arange(counts.sum(), dtype=np.int64) - starts).astype(np.uint32),
            }
        )
        return pl.concat([places, facts], how="horizontal")

    def _read_narrow(self) -> pl.DataFrame:
        """Every shard's NARROW fields beside its scope columns, with their places: one read
        of all facts files (_every) and one of all scope files."""
        unscoped = [n for n in NARROW if n not in SCOPED]
        facts = self._every([*unscoped, "date_source"])
        # of date_source, only whether the day is the text's guess (date_guessed)
        facts = (
            facts.cast({n: t for n, t in NARROW_SCHEMA.items() if n in unscoped})  # type: ignore[arg-type]
            .with_columns(date_guessed=tables.DATE_GUESSED)
            .drop("date_source")
        )
        if self.scope is not None:
            scope = pl.read_parquet(self.scope, columns=SCOPED).cast(SCOPE_SCHEMA)  # type: ignore[arg-type]
        else:
            scope = pl.concat([self._scope(k).collect() for k in range(len(self.facts))])
        if scope.height != facts.height:
            raise ValueError("a scope file does not have its facts shard's rows")
        return pl.concat([facts, scope], how="horizontal")

    def _kept_places(self) -> pl.DataFrame:
        """The places (_shard, _i) of the kept documents' facts, in order: read as the
        narrow fields are (_every), not a query per shard."""
        found = self._every(["doc_id", "path"]).join(
            self.kept, on=["doc_id", "path"], how="semi", maintain_order="left"
        )
        return found.select(PLACE)

    def _empty(self) -> pl.DataFrame:
        place = pl.DataFrame(schema={"_shard": pl.UInt32, "_i": pl.UInt32})
        facts = pl.DataFrame(schema={**NARROW_SCHEMA, "date_guessed": pl.Boolean})
        scope = pl.DataFrame(schema=SCOPE_SCHEMA).select("scope", "background", "mediation")
        return pl.concat([place, facts, scope], how="horizontal")

    def rows_of(self, fact_ids: list[str]) -> pl.DataFrame:
        """The whole rows (tables.FACT_COLUMNS) of these facts, with their places."""
        names = [name for name, _, _ in tables.FACT_COLUMNS]
        if not fact_ids and self.facts:  # none to read: no shard is scanned
            return self._shard(0, names).limit(0).collect()
        frames = [
            self._shard(k, names).filter(pl.col("fact_id").is_in(fact_ids))
            for k in range(len(self.facts))
        ]
        if not frames:
            return tables.frame([], tables.FACT_COLUMNS).with_columns(
                _i=pl.lit(None, pl.UInt32), _shard=pl.lit(None, pl.UInt32)
            )
        return self._read(frames, keep_path=True)

    def rows_of_documents(self, doc_ids: list[str], shards: int) -> pl.DataFrame:
        """The whole rows of these documents' facts in the first `shards` shards (the
        extracted ones: the added facts are a shard after them), with their places."""
        names = [name for name, _, _ in tables.FACT_COLUMNS]
        frames = [
            self._shard(k, names).filter(pl.col("doc_id").is_in(doc_ids)) for k in range(shards)
        ]
        if not frames:
            return self.rows_of([])
        return self._read(frames, keep_path=True)

    def sentences(self, places: pl.DataFrame) -> pl.Series:
        """The sentences of the facts at these places (_shard, _i), in the same order: each
        shard's sentence column read once, only where one of them is."""
        places = places.select(PLACE)
        found = [pl.DataFrame(schema={**places.schema, "sentence": pl.String})]
        for (k,), rows in places.unique().partition_by("_shard", as_dict=True).items():
            shard = pl.read_parquet(self.facts[k], columns=["sentence"]).get_column("sentence")
            found.append(rows.with_columns(sentence=shard.gather(rows["_i"])))
        texts = pl.concat(found)
        return places.join(texts, on=PLACE, how="left", maintain_order="left")["sentence"]

    def write_facts(
        self,
        found: pl.DataFrame,
        corrected: pl.DataFrame,
        target: str | Path,
        columns: list[tables.Column],
        text: str,
        cache: str | Path | None = None,
    ) -> int:
        """facts.parquet, a folder of one file a shard (published_facts.py); return how many
        files were written (the others came from the cache). found: the places of the facts
        kept, in shard order, with what the events step found (days, scope, date_inherited,
        event_id); corrected: the whole rows of the facts a reviewer corrected. Every other
        field is the shard's, as extracted, with its background from the scope file."""
        names = [name for name, _, _ in columns]
        schema = tables.schema(columns)
        empty = tables.frame([], columns).to_arrow().schema
        metadata = tables.parquet_metadata(columns, text)
        if not _in_order(found):
            found = found.sort(PLACE)
        starts = found["_shard"].search_sorted(pl.Series(range(len(self.facts) + 1)), "left")
        folder = FactsFolder(target, len(self.facts), cache)
        for k in range(len(self.facts)):
            rows = found.slice(starts[k], starts[k + 1] - starts[k]).drop("_shard")
            mine = corrected.filter(pl.col("_shard") == k)
            sources = [self.facts[k], *([] if self.scope is None else [self.scope[k]])]

            def write(
                tmp: str, k: int = k, rows: pl.DataFrame = rows, mine: pl.DataFrame = mine
            ) -> None:
                with pq.ParquetWriter(
                    tmp, empty.with_metadata(metadata), compression="zstd", write_statistics=False
                ) as writer:
                    if not rows.height:
                        return
                    shard = self._as_extracted(k, mine, rows.columns)
                    table = rows.join(shard, on="_i", how="left", maintain_order="left")
                    table = table.select(names).cast(schema)  # type: ignore[arg-type]
                    table = table.sort(tables.FACT_ORDER, nulls_last=True)
                    writer.write_table(table.to_arrow().cast(empty))

            folder.put(k, folder.key(sources, [rows, mine]), write)
        folder.finish()
        return folder.written

    def _as_extracted(self, k: int, mine: pl.DataFrame, found: list[str]) -> pl.DataFrame:
        """Shard k's facts by `_i`, with background and the reviewer's corrections of them
        (`mine`), less the columns the events step found."""
        names = [name for name, _, _ in tables.FACT_COLUMNS]
        shard = self._shard(k, names, scoped=True).collect()
        shard = shard.select("_i", *(n for n in names if n not in found), "background")
        if mine.height:
            shard = shard.update(
                mine.select("_i", *CORRECTED), on="_i", how="left", include_nulls=True
            )
        return shard


def _collected(frames: list[pl.LazyFrame]) -> pl.DataFrame:
    """The shards' frames read one at a time and put end to end (no copy). One query over
    all of them, streamed, cost four times as long (256 shards of a million articles:
    5.9 s against 1.2 s)."""
    return pl.concat([frame.collect() for frame in frames], rechunk=False)


def _in_order(found: pl.DataFrame) -> bool:
    """The rows are in shard order, and in the order of their shard's file within it."""
    place = found["_shard"].cast(pl.UInt64) * 2**32 + found["_i"].cast(pl.UInt64)
    return place.is_sorted()


def _one_chunk(frame: pl.DataFrame) -> pl.DataFrame:
    """frame in one chunk per column, made a column at a time. The streaming engine gives a
    chunk per batch; the first column added beside those would make polars rechunk the whole
    frame at once, a second copy of every fact while the caller still holds the first."""
    columns = frame.get_columns()
    del frame
    for i, column in enumerate(columns):
        columns[i] = column.rechunk()  # the chunked column is freed here, not at the end
        del column
    return pl.DataFrame(columns)
