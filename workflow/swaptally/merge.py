"""The merge: every shard's documents, facts and rejections → the published tables.

Ingest can only see duplicates within its shard; here a text that also stands
under another path (in any shard) is moved to the rejections, so that every
raw text is accounted for exactly once: documents seen = read + rejected.
"""

from __future__ import annotations

import json
import logging
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from pathlib import Path

import polars as pl

from swaptally import __version__, tables
from swaptally.added_facts import (
    Added,
    add_facts,
    added_table,
    beside,
    entries,
    not_applied,
    replaced_by,
    take_ids,
)
from swaptally.corrections import (
    DATE_FIELDS,
    Correction,
    CorrectionsError,
    apply_corrections,
    where,
)
from swaptally.events import reconcile
from swaptally.events.scope import add_scope, mediation_cue, scope_of_shard
from swaptally.events.stage_cache import StageCache
from swaptally.merge_facts import PLACE, FactShards
from swaptally.published_facts import facts_files

log = logging.getLogger("swaptally")

DOCUMENT_SUMMARY_COLUMNS: list[tables.Column] = [
    *(c for c in tables.DOCUMENT_COLUMNS if c[0] != "text"),
    ("n_facts", pl.Int32(), "counted facts extracted from the text"),
]
PROCESSED_FACT_COLUMNS: list[tables.Column] = [
    *tables.FACT_COLUMNS,
    ("scope", pl.String(), "stage (one handover), operation (all its stages) or running total"),
    ("background", pl.Boolean(), "a figure about an earlier exchange (never given today's date)"),
    ("date_inherited", pl.Boolean(), "day given by the events step (same figure, stage or text)"),
    ("event_id", pl.String(), "the event the fact belongs to"),
]


FACTS_TEXT = "every counted fact with its sentence and source"
EVENTS_TEXT = "one row per real-world event and side"
EXCHANGES_TEXT = "one row per exchange operation: its stages, sides, plan and mediator"
CLAIMS_TEXT = "running and operation totals stated by sources, beside the sum of stages"
CORRECTIONS_TEXT = "a reviewer's corrections of facts, with the fact before and after"


class StrictError(RuntimeError):
    """Texts were rejected and the run was asked to be strict."""


def read_all(paths: Sequence[str | Path], columns: list[tables.Column]) -> pl.DataFrame:
    """The shards' `columns`, cast to their types (an empty frame for no shards)."""
    names = [name for name, _, _ in columns]
    if not paths:
        return tables.frame([], columns)
    return pl.scan_parquet(list(paths)).select(names).collect().cast(tables.schema(columns))  # type: ignore[arg-type]


def split_duplicates(documents: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(documents kept, rejections): a text seen under several paths is kept at the first."""
    documents = documents.sort("path")
    first = documents.group_by("doc_id", maintain_order=True).agg(
        pl.col("path").first().alias("_first")
    )
    # in path order, as documents.csv lists them
    marked = documents.join(first, on="doc_id", how="left", maintain_order="left")
    kept = marked.filter(pl.col("path") == pl.col("_first")).drop("_first")
    duplicates = marked.filter(pl.col("path") != pl.col("_first")).select(
        "path", reason=pl.lit("duplicate of ") + pl.col("_first")
    )
    return kept, duplicates


def publish(
    facts_paths: Sequence[str],
    documents_paths: Sequence[str],
    rejected_paths: Sequence[str],
    outdir: str | Path,
    strict: bool = False,
    corrections: Sequence[Correction] = (),
    scope_paths: Sequence[str] | None = None,
    cache: str | Path | None = None,
) -> dict[str, int]:
    """Write facts, events, documents and rejections with their data package; return counts.

    scope_paths: each facts shard's scope (swaptally extract --scope), in the same order;
    without them the scope is found here, a shard at a time (merge_facts.py). cache: a
    folder where the facts' shard files are kept between runs (published_facts.py)."""
    outdir = Path(outdir)
    summary_names = [c[0] for c in DOCUMENT_SUMMARY_COLUMNS if c[0] != "n_facts"]
    documents = read_all(
        documents_paths, [c for c in tables.DOCUMENT_COLUMNS if c[0] in summary_names]
    )
    documents, duplicates = split_duplicates(documents)
    rejected = pl.concat(
        [read_all(rejected_paths, tables.REJECTED_COLUMNS), duplicates], how="vertical_relaxed"
    ).sort("path")
    if strict and rejected.height:
        for path, reason in rejected.rows():
            log.error("rejected: %s: %s", path, reason)
        raise StrictError(f"{rejected.height} raw texts rejected (strict=true); the list is above")

    adds = [c for c in corrections if c.action == "add"]
    added = add_facts(adds, _texts_of(documents_paths, documents, adds)) if adds else None
    if added is not None and added.facts.height:
        added = take_ids(added, _facts_of(facts_paths, sorted(set(added.facts["doc_id"]))))
    with tempfile.TemporaryDirectory(prefix="swaptally-added-") as tmp:
        extracted = len(facts_paths)
        if added is not None and added.facts.height:
            # the added facts are one more shard, the last: facts.parquet's last file
            facts_paths, scope_paths = _with_added(added, facts_paths, scope_paths, Path(tmp))
        return _publish(
            outdir, documents, duplicates, rejected, facts_paths, scope_paths,
            corrections, strict, cache, added, extracted,
        )  # fmt: skip


def _publish(
    outdir: Path,
    documents: pl.DataFrame,
    duplicates: pl.DataFrame,
    rejected: pl.DataFrame,
    facts_paths: Sequence[str],
    scope_paths: Sequence[str] | None,
    corrections: Sequence[Correction],
    strict: bool,
    cache: str | Path | None,
    added: Added | None,
    extracted: int,
) -> dict[str, int]:
    """publish, once the documents are read and the added facts are a shard of their own."""
    shards = FactShards(facts_paths, scope_paths, documents, all_kept=not duplicates.height)
    facts = shards.narrow()
    # A reviewer's corrections (data/corrections.yaml) change facts before any event is built.
    facts, corrected, applied = _corrected(shards, facts, corrections, strict, added, extracted)
    shards.forget_documents()
    # Every table is written (and hashed for the data package) in a second thread beside
    # the work of the first: pyarrow, polars and hashlib work outside the GIL, so both
    # cores are busy. digests: a written file → its sha256.
    digests: dict[Path, Future[str]] = {}
    with ThreadPoolExecutor(max_workers=2) as pool:

        def hashed(path: Path, write: Callable[[], object]) -> None:
            def work() -> str:
                write()
                return tables.sha256_file(path)

            digests[path] = pool.submit(work)

        # documents.csv beside the events' first steps; its frame is freed once written
        n_documents = documents.height
        of_facts = facts.select("doc_id")
        hashed(outdir / "documents.csv", partial(_write_documents, outdir, documents, of_facts))
        del documents, of_facts
        # reconcile gets the only reference to the facts, and frees the texts it codes
        # (documents, outlets, urls: most of the frame) as it goes; facts.parquet takes the
        # rest of a fact from its shard (write_facts)
        places = facts.select(PLACE)
        handed = [facts]
        del facts

        def sentences(rows: pl.Series) -> pl.Series:
            return shards.sentences(places.select(pl.col(PLACE).gather(rows)))

        # without a cache, no bookkeeping: every stage is built
        stages = None if cache is None else StageCache(Path(cache) / "events")
        found, events, exchanges, claims = reconcile(handed.pop(), sentences, stages)
        if stages is not None:
            log.info(
                "stages: %d of %d day clusters taken from the cache", stages.hits, stages.clusters
            )
        found = places.with_columns(found.get_columns())

        # facts.parquet (every changed shard's rows again) and what the cache keeps
        def write_facts() -> tuple[int, dict[Path, str]]:
            written = shards.write_facts(
                found,
                corrected,
                outdir / "facts.parquet",
                PROCESSED_FACT_COLUMNS,
                FACTS_TEXT,
                None if cache is None else Path(cache) / "facts",
            )
            files = facts_files(outdir / "facts.parquet")
            return written, {path: tables.sha256_file(path) for path in files}

        facts_written = pool.submit(write_facts)
        hashed(outdir / "events.csv", partial(tables.write_csv, events, outdir / "events.csv"))
        kept = None if stages is None else pool.submit(stages.save)
        _write_exchanges(outdir, exchanges, claims)
        _write_corrections(outdir, applied)
        _write_tables(outdir, events, rejected)
        rewritten, known = facts_written.result()
        if kept is not None:
            kept.result()
        known.update((path, digest.result()) for path, digest in digests.items())
    log.info(
        "facts.parquet: %d of %d shard files written, the rest unchanged",
        rewritten,
        len(facts_paths),
    )
    _write_package(outdir, n_documents, rejected, known, extracted)
    return {
        "documents": n_documents,
        "rejected": rejected.height,
        "facts": found.height,
        "events": events.height,
        "exchanges": exchanges.height,
        "claims": claims.height,
    }


def _texts_of(paths: Sequence[str], kept: pl.DataFrame, adds: Sequence[Correction]) -> pl.DataFrame:
    """The kept documents (with their texts) that the adds name by path or URL."""
    names = sorted({c.document or "" for c in adds})
    columns = ["doc_id", "path", "publisher", "published", "url", "text"]
    wanted = [c for c in tables.DOCUMENT_COLUMNS if c[0] in columns]
    if not paths:
        return tables.frame([], wanted)
    found = (
        pl.scan_parquet(list(paths))
        .select(columns)
        .filter(pl.col("path").is_in(names) | pl.col("url").is_in(names))
        .collect()
        .cast(tables.schema(wanted))  # type: ignore[arg-type]
    )
    return found.join(kept.select("doc_id", "path"), on=["doc_id", "path"], how="semi")


def _with_added(
    added: Added, facts_paths: Sequence[str], scope_paths: Sequence[str] | None, tmp: Path
) -> tuple[list[str], list[str]]:
    """The facts and scope files with the added facts' appended. Their scope is found as
    an extracted fact's is, but a reviewer's scope and days are kept."""
    facts = added.facts.select(tables.FACT_SCHEMA.keys())
    scope = scope_of_shard(added.facts.drop("_entry")).with_columns(
        added.facts.select("date", "period_start", "period_end")
    )
    facts.write_parquet(tmp / "facts.parquet")
    scope.write_parquet(tmp / "scope.parquet")
    if scope_paths is None:  # every shard's scope found here, as FactShards would
        scope_paths = []
        for k, path in enumerate(facts_paths):
            scope_paths.append(str(tmp / f"scope-{k}.parquet"))
            scope_of_shard(pl.read_parquet(path)).write_parquet(scope_paths[-1])
    return [*facts_paths, str(tmp / "facts.parquet")], [*scope_paths, str(tmp / "scope.parquet")]


def _facts_of(facts_paths: Sequence[str], doc_ids: list[str]) -> pl.DataFrame:
    """The extracted facts of these documents: what an add's id is chosen beside."""
    columns = ["doc_id", "span_start", "span_end", "persons_of", "held_by", "fact_id"]
    frames = [
        pl.scan_parquet(path).select(columns).filter(pl.col("doc_id").is_in(doc_ids))
        for path in facts_paths
    ]
    if not frames:
        return tables.frame([], [c for c in tables.FACT_COLUMNS if c[0] in columns])
    return pl.concat(pl.collect_all(frames), how="vertical_relaxed")


def _not_on_added(
    edits: list[Correction], replaced: pl.DataFrame, added: pl.DataFrame, strict: bool
) -> tuple[list[Correction], pl.DataFrame]:
    """(the edits to apply, the table rows of those that name an added fact or an
    extracted fact an add stands for: added_facts.not_applied)."""
    replacing, adding = entries(replaced), entries(added)
    why = {c.entry: said for c in edits if (said := not_applied(c, replacing, adding))}
    blocked = [c for c in edits if c.entry in why]
    for c in blocked:
        log.warning("%s: %s", where(c), why[c.entry])
    if strict and blocked:
        raise CorrectionsError(
            "; ".join(f"{where(c)}: {why[c.entry]}" for c in blocked)
            + " (strict: every correction must apply)"
        )
    rows = [
        {
            "fact_id": c.fact,
            "action": c.action,
            "applied": False,
            "change": why[c.entry],
            "reason": c.reason,
            "by": c.by,
            "decided_on": c.on,
        }
        for c in blocked
    ]
    kept = [c for c in edits if c.entry not in why]
    return kept, tables.frame(rows, tables.CORRECTION_COLUMNS)


def _reviewers_days(
    scoped: pl.DataFrame, corrected: pl.DataFrame, edits: Sequence[Correction]
) -> pl.DataFrame:
    """The scoped facts with the days a reviewer set as set: add_scope takes the day of a
    figure its clause reads as a recap ("their last swap of the year") or an agreement's,
    and clears a stage's period, but a day a person set is the fact's day."""
    for name in DATE_FIELDS:
        ids = sorted({c.fact for c in edits if c.action == "set" and name in c.values})
        if ids:
            days = corrected.filter(pl.col("fact_id").is_in(ids)).select("fact_id", name)
            scoped = scoped.update(days, on="fact_id", how="left", include_nulls=True)
    return scoped


def _corrected(
    shards: FactShards,
    facts: pl.DataFrame,
    corrections: Sequence[Correction],
    strict: bool,
    added: Added | None = None,
    extracted: int = 0,
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """(facts with a reviewer's corrections, the corrected facts' whole rows with their
    places, the corrections table). Those rows are read, corrected as apply_corrections
    does, and scoped again (a changed figure or day changes what its clause says). The
    extracted facts at an added figure are dropped (added_facts.replaced_by)."""
    edits = [c for c in corrections if c.action != "add"]
    adds = [c for c in corrections if c.action == "add"]
    replaced = (
        shards.rows_of([])
        .clear()
        .with_columns(added_id=pl.lit(None, pl.String), _entry=pl.lit(None, pl.Int32))
    )
    others = None
    if added is not None and added.facts.height:
        near = shards.rows_of_documents(sorted(set(added.facts["doc_id"])), extracted)
        replaced = replaced_by(near, added.facts)
        others = beside(near, added.facts, edits)
    added_facts = (
        added.facts
        if added is not None
        else pl.DataFrame(schema={"fact_id": pl.String, "_entry": pl.Int32})
    )
    edits, blocked = _not_on_added(edits, replaced, added_facts, strict)
    rows = shards.rows_of(sorted({c.fact for c in edits}))
    added_rows = added_table(adds, added, replaced, strict, others) if added is not None else None
    if blocked.height:
        added_rows = blocked if added_rows is None else pl.concat([blocked, added_rows])
    if not edits and not replaced.height:
        none = shards.rows_of([]).with_columns(
            scope=pl.lit(None, pl.String), background=pl.lit(None, pl.Boolean)
        )
        applied = tables.frame([], tables.CORRECTION_COLUMNS)
        return facts, none, applied if added_rows is None else added_rows
    gone = replaced.select(PLACE).unique(maintain_order=True)
    rows = pl.concat([rows, replaced.drop("added_id", "_entry")]).unique(
        PLACE, keep="first", maintain_order=True
    )
    if not rows.is_empty():
        rows = rows.sort(PLACE)
    corrected, applied = apply_corrections(rows, edits, strict=strict)
    corrected = corrected.join(gone, on=PLACE, how="anti", maintain_order="left")
    if added_rows is not None:
        applied = pl.concat([applied, added_rows])
    scoped = add_scope(corrected.cast(tables.FACT_SCHEMA))  # type: ignore[arg-type]
    scoped = _reviewers_days(scoped, corrected, edits).with_columns(
        mediation=mediation_cue(), date_guessed=tables.DATE_GUESSED
    )
    facts = facts.update(scoped.select(facts.columns), on=PLACE, how="left", include_nulls=True)
    dropped = rows.select(PLACE).join(corrected.select(PLACE), on=PLACE, how="anti")
    if dropped.height:
        facts = facts.join(dropped, on=PLACE, how="anti", maintain_order="left")
    return facts, scoped, applied


def _write_documents(outdir: Path, documents: pl.DataFrame, facts: pl.DataFrame) -> int:
    """documents.csv: every document kept with its fact count; return how many."""
    counts = facts.group_by("doc_id").agg(n_facts=pl.len().cast(pl.Int32))
    # the counts put beside the documents (only doc_id goes through the join: the
    # documents are not copied), which are in path order already (split_duplicates)
    n_facts = documents.select("doc_id").join(
        counts, on="doc_id", how="left", maintain_order="left"
    )["n_facts"]
    documents = documents.with_columns(n_facts.fill_null(0)).select(
        [c[0] for c in DOCUMENT_SUMMARY_COLUMNS]
    )
    if not documents["path"].is_sorted():
        documents = documents.sort("path")
    tables.write_csv(documents, outdir / "documents.csv")
    return documents.height


def _write_exchanges(outdir: Path, exchanges: pl.DataFrame, claims: pl.DataFrame) -> None:
    for table, name, columns, text in (
        (exchanges, "exchanges", tables.EXCHANGE_COLUMNS, EXCHANGES_TEXT),
        (claims, "claims", tables.CLAIM_COLUMNS, CLAIMS_TEXT),
    ):
        tables.write_parquet(table, outdir / f"{name}.parquet", columns, text)
        tables.write_csv(table, outdir / f"{name}.csv")


def _write_corrections(outdir: Path, applied: pl.DataFrame) -> None:
    """corrections.csv before datapackage.json, which hashes it."""
    tables.write_csv(applied, outdir / "corrections.csv")


def _write_tables(outdir: Path, events: pl.DataFrame, rejected: pl.DataFrame) -> None:
    """events.parquet and rejected.csv (events.csv is written beside them)."""
    tables.write_parquet(events, outdir / "events.parquet", tables.EVENT_COLUMNS, EVENTS_TEXT)
    tables.write_csv(rejected, outdir / "rejected.csv")


def _write_package(
    outdir: Path,
    n_documents: int,
    rejected: pl.DataFrame,
    known: dict[Path, str],
    extracted: int | None = None,
) -> None:
    """datapackage.json, last: it hashes every other table (known: the hashes of the tables
    hashed as they were written; extracted: how many facts files are extracted shards, the
    one after them holding a reviewer's added facts)."""
    shards = facts_files(outdir / "facts.parquet")
    extracted = len(shards) if extracted is None else extracted

    def facts_text(k: int) -> str:
        if k >= extracted:
            return "the facts a reviewer added (data/corrections.yaml), with sentence and source"
        return f"every counted fact with its sentence and source: shard {k} of {extracted}"

    resources = [
        *(
            (f"facts.parquet/{shard.name}", facts_text(k), PROCESSED_FACT_COLUMNS, None)
            for k, shard in enumerate(shards)
        ),
        (
            "events.parquet",
            "one row per real-world event and side",
            tables.EVENT_COLUMNS,
            "event_id",
        ),
        (
            "events.csv",
            "the events table as CSV (same rows and order)",
            tables.EVENT_COLUMNS,
            "event_id",
        ),
        (
            "documents.csv",
            "every text read, with its warnings and fact count",
            DOCUMENT_SUMMARY_COLUMNS,
            "doc_id",
        ),
        ("rejected.csv", "raw texts not read, with the reason", tables.REJECTED_COLUMNS, None),
        ("exchanges.parquet", EXCHANGES_TEXT, tables.EXCHANGE_COLUMNS, "exchange_id"),
        ("exchanges.csv", "the exchanges table as CSV", tables.EXCHANGE_COLUMNS, "exchange_id"),
        ("claims.parquet", CLAIMS_TEXT, tables.CLAIM_COLUMNS, "claim_id"),
        ("claims.csv", "the claims table as CSV", tables.CLAIM_COLUMNS, "claim_id"),
        ("corrections.csv", CORRECTIONS_TEXT, tables.CORRECTION_COLUMNS, None),
    ]
    package = tables.datapackage(
        [(outdir / name, text, columns, key) for name, text, columns, key in resources],
        root=outdir,
        hashes={str(path): digest for path, digest in known.items()},
        sources=[
            {
                "title": f"{n_documents} news texts read, {rejected.height} rejected",
                "generator": f"swaptally {__version__}",
            }
        ],
    )
    tables.write_text(
        json.dumps(package, indent=2, sort_keys=True) + "\n", outdir / "datapackage.json"
    )
