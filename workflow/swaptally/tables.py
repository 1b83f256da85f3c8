"""The tables swaptally writes: explicit polars schemas, descriptions and safe writing.

Every table has one schema here, used to build it, to check it and to describe
it in datapackage.json, so the three can never drift apart.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

import polars as pl

from swaptally.date_source import DateSource

KINDS = ("exchange", "release", "held")
STATUSES = ("reported", "planned", "estimated")
CATEGORIES = ("military", "civilian", "unspecified")
QUALIFIERS = ("exact", "range", "approx", "at_least", "at_most", "vague")
ROLES = ("total", "breakdown", "derived_total", "single")
SCOPES = ("stage", "operation", "running")
DATE_SOURCES = tuple(s.value for s in DateSource)

Column = tuple[str, pl.DataType, str]

DOCUMENT_COLUMNS: list[Column] = [
    ("doc_id", pl.String(), "content hash of the text (first 16 hex digits of sha256)"),
    ("path", pl.String(), "raw file the text came from (#line for a feed)"),
    ("title", pl.String(), "headline"),
    ("publisher", pl.String(), "outlet"),
    ("published", pl.Date(), "publication date"),
    ("url", pl.String(), "address of the original"),
    ("lang", pl.String(), "language code"),
    ("text", pl.String(), "main text"),
    ("warnings", pl.String(), "what was odd about the file but did not stop it; '; '-joined"),
]

REJECTED_COLUMNS: list[Column] = [
    ("path", pl.String(), "raw file (or feed line) that was not read"),
    ("reason", pl.String(), "why it was rejected"),
]

EXTRACT_ERROR_COLUMNS: list[Column] = [
    ("doc_id", pl.String(), "document the extractor failed on"),
    ("path", pl.String(), "raw file of that document"),
    ("error", pl.String(), "the exception"),
    ("traceback", pl.String(), "where it was raised"),
]

FACT_COLUMNS: list[Column] = [
    ("fact_id", pl.String(), "stable id: hash of the source (url, else path) and figure's span"),
    ("doc_id", pl.String(), "document the fact came from"),
    ("path", pl.String(), "raw file of that document"),
    ("publisher", pl.String(), "outlet of that document"),
    ("published", pl.Date(), "publication date of that document"),
    ("url", pl.String(), "address of that document"),
    ("sentence_no", pl.Int32(), "0-based sentence number in the text"),
    ("sentence", pl.String(), "the sentence that states the fact"),
    ("span_start", pl.Int64(), "character offset of the figure in the text"),
    ("span_end", pl.Int64(), "character offset just after the figure"),
    ("rule", pl.String(), "extraction stage and rule that produced the fact"),
    (
        "date_source",
        pl.Enum(DATE_SOURCES),
        "where the date came from (doc_date: the day the text is about, a guess; "
        "null: not recorded)",
    ),
    ("kind", pl.Enum(KINDS), "exchange, release or held"),
    ("status", pl.Enum(STATUSES), "reported, planned or estimated"),
    ("persons_of", pl.String(), "ISO 3166 alpha-2 code of whose people are counted, XX mixed"),
    ("held_by", pl.String(), "ISO code of who held them, XX mixed, null unknown"),
    ("category", pl.Enum(CATEGORIES), "military, civilian or unspecified"),
    ("low", pl.Int64(), "lowest figure stated"),
    ("high", pl.Int64(), "highest figure stated"),
    ("qualifier", pl.Enum(QUALIFIERS), "how the figure was stated"),
    ("date", pl.Date(), "day the counted thing happened or the estimate holds"),
    ("period_start", pl.Date(), "first day of a total spread over days"),
    ("period_end", pl.Date(), "last day of a total spread over days"),
    ("said_by", pl.String(), "who the figure is attributed to"),
]

# Each fact's scope as the extract job finds it (events/scope.py, scope_of_shard), row for
# row beside its shard's facts: the events step reads these instead of the sentences.
SCOPE_COLUMNS: list[Column] = [
    ("scope", pl.String(), "stage (one handover), operation (all its stages) or running total"),
    ("background", pl.Boolean(), "a figure about an earlier exchange (never given today's date)"),
    ("date", pl.Date(), "the fact's day, unless its clause shows it is not the figure's own"),
    ("period_start", pl.Date(), "first day of a total over days (where scope keeps it)"),
    ("period_end", pl.Date(), "last day of that total (where scope keeps it)"),
    ("mediation", pl.Boolean(), "the sentence may name a mediation (read for exchanges)"),
]

EVENT_COLUMNS: list[Column] = [
    ("event_id", pl.String(), "stable id: hash of the event's key"),
    ("kind", pl.Enum(KINDS), "exchange, release or held"),
    ("status", pl.Enum(STATUSES), "reported, planned or estimated"),
    ("persons_of", pl.String(), "ISO code of whose people are counted"),
    ("held_by", pl.String(), "ISO code of who held them"),
    ("category", pl.Enum(CATEGORIES), "military, civilian or unspecified"),
    ("date", pl.Date(), "day of the event (null: undated)"),
    ("period_start", pl.Date(), "first day of a total spread over days"),
    ("period_end", pl.Date(), "last day of a total spread over days"),
    ("date_inherited", pl.Boolean(), "date taken from a dated fact of the same figure"),
    ("undated", pl.Boolean(), "no source fixes the day: kept, never summed by day"),
    ("best", pl.Int64(), "figure most sources give (the later report breaks ties)"),
    ("low", pl.Int64(), "lowest figure over sources and ranges"),
    ("high", pl.Int64(), "highest figure over sources and ranges"),
    ("disputed", pl.Boolean(), "sources give different figures"),
    ("n_facts", pl.Int32(), "statements of the event"),
    ("n_sources", pl.Int32(), "distinct documents stating it"),
    ("stage_id", pl.String(), "the stage (kind, status, side, day) the event belongs to"),
    ("role", pl.Enum(ROLES), "total, breakdown of a total, derived total, or single"),
    ("part_of", pl.String(), "event_id of the total a breakdown belongs to"),
    ("doc_ids", pl.String(), "documents stating it, '; '-joined, sorted"),
    ("publishers", pl.String(), "their outlets, '; '-joined, sorted"),
    ("urls", pl.String(), "their addresses, '; '-joined, sorted"),
    ("said_by", pl.String(), "who the figures are attributed to, '; '-joined, sorted"),
    ("scope", pl.String(), "stage (one handover), operation (all its stages) or running total"),
    (
        "summable",
        pl.Boolean(),
        "may be added up: a stage total of one side (never XX, a part, "
        "an operation or running total, a plan or an estimate)",
    ),
    ("exchange_id", pl.String(), "the exchange operation the row belongs to"),
    ("dates_stated", pl.String(), "the days the texts give for it, '; '-joined, sorted"),
    (
        "inferred",
        pl.Boolean(),
        "no text states this side's count: the other side's, in a like-for-like exchange",
    ),
]

EXCHANGE_COLUMNS: list[Column] = [
    ("exchange_id", pl.String(), "stable id: hash of the two sides and the first day"),
    ("first_date", pl.Date(), "day of the first stage"),
    ("last_date", pl.Date(), "day of the last stage"),
    ("side_a", pl.String(), "ISO code of one side (the smaller code)"),
    (
        "side_b",
        pl.String(),
        "ISO code of the other side (null: the holder is not known; a one-sided release by a"
        " known holder names it, with returned_b null; side_a again: people of one country"
        " held inside it, all counted in returned_a)",
    ),
    (
        "returned_a",
        pl.Int64(),
        "people of side_a returned: sum of its summable stages (null: no stage of it)",
    ),
    (
        "returned_b",
        pl.Int64(),
        "people of side_b returned: sum of its summable stages (null: no stage of it, or"
        " side_b is side_a)",
    ),
    ("stages", pl.Int32(), "days with a handover"),
    ("mediator", pl.String(), "who mediated or hosted, where the texts say so"),
    ("planned_a", pl.Int64(), "the plan for this exchange: people of side_a"),
    ("planned_b", pl.Int64(), "the plan for this exchange: people of side_b"),
    ("n_sources", pl.Int32(), "distinct documents stating its stages"),
    ("disputed", pl.Boolean(), "a stage of it is disputed"),
]

CLAIM_COLUMNS: list[Column] = [
    ("claim_id", pl.String(), "stable id: hash of the text, side, kind and figure"),
    ("persons_of", pl.String(), "ISO code of whose people the total counts"),
    ("held_by", pl.String(), "ISO code of who held them (null: not said)"),
    ("kind", pl.String(), "exchange or release"),
    ("scope", pl.String(), "running (since some start) or operation (all stages of one)"),
    ("low", pl.Int64(), "lowest figure stated"),
    ("high", pl.Int64(), "highest figure stated"),
    ("qualifier", pl.String(), "how the figure was stated"),
    ("since", pl.Date(), "start of the stated span (null: not said)"),
    ("stated_on", pl.Date(), "the day it was said (publication day)"),
    (
        "until",
        pl.Date(),
        "last day of the span it counts: stated_on, or the stated span's end when that is "
        "earlier (a year's total said the next January: 31 December)",
    ),
    ("said_by", pl.String(), "who it is attributed to"),
    ("publisher", pl.String(), "outlet"),
    ("doc_id", pl.String(), "document stating it"),
    ("sentence", pl.String(), "the sentence stating it"),
    ("sum_of_stages", pl.Int64(), "summable stages of persons_of from since to until"),
    ("difference", pl.Int64(), "stated figure minus sum_of_stages"),
]

_EVENT = {column[0]: column for column in EVENT_COLUMNS}
REVIEW_COLUMNS: list[Column] = [
    ("flags", pl.String(), "why to look first: disputed, single source, inherited date, …"),
    ("n_flags", pl.Int32(), "number of flags"),
    *(
        _EVENT[name]
        for name in (
            "event_id",
            "kind",
            "status",
            "date",
            "period_start",
            "period_end",
            "persons_of",
            "held_by",
            "category",
            "role",
            "scope",
            "summable",
            "exchange_id",
            "best",
            "low",
            "high",
            "disputed",
            "n_sources",
            "n_facts",
            "publishers",
        )
    ),
    ("figure", pl.String(), "low–high as the reports word it: '8,000–10,000', 'more than 8,000'"),
    ("corrections", pl.String(), "corrections already applied to its facts, with reasons"),
    ("fact_ids", pl.String(), "ids of its facts, '; '-joined (for data/corrections.yaml)"),
    ("facts", pl.String(), "one line per fact: id | outlet and day | figure | rule | sentence"),
]


def schema(columns: list[Column]) -> pl.Schema:
    """A polars schema from a column list."""
    return pl.Schema([(name, dtype) for name, dtype, _ in columns])


DOCUMENT_SCHEMA = schema(DOCUMENT_COLUMNS)
REJECTED_SCHEMA = schema(REJECTED_COLUMNS)
FACT_SCHEMA = schema(FACT_COLUMNS)
EVENT_SCHEMA = schema(EVENT_COLUMNS)
EXCHANGE_SCHEMA = schema(EXCHANGE_COLUMNS)
CLAIM_SCHEMA = schema(CLAIM_COLUMNS)

# A fact whose day no words of its own give: the day its text is about, failing any other
# (its date_source says so). Such a day yields to a day the same text states for the same
# figure (events.dating._stated_day), and the review sheet marks it "(day guessed)". A
# fact whose source is not recorded (null: a reviewer's added fact or set day, a facts
# file written before the column) counts as dated by its own words. Here, beside the
# column, so that a reader of facts (the review sheet) need not load the events package.
DATE_GUESSED = (pl.col("date_source") == DateSource.DOCUMENT.value).fill_null(False)

FACT_ORDER = ["doc_id", "span_start", "persons_of", "held_by", "category", "kind", "fact_id"]

CORRECTION_COLUMNS: list[Column] = [
    ("fact_id", pl.String(), "the corrected fact (an added one's: made from its source and span)"),
    ("action", pl.String(), "drop, set or add"),
    (
        "applied",
        pl.Boolean(),
        "false: no fact has this id any more, the fact is added or an add replaces it, "
        "or an add's text was not found",
    ),
    (
        "change",
        pl.String(),
        "what changed: 'dropped: <the fact>', 'added: <the fact>', or 'field: before → after; …'",
    ),
    ("reason", pl.String(), "the reviewer's reason"),
    ("by", pl.String(), "who decided it"),
    ("decided_on", pl.Date(), "when it was decided"),
    ("persons_of", pl.String(), "whose people the fact counts (after the correction)"),
    ("date", pl.Date(), "the fact's day (after the correction)"),
    ("publisher", pl.String(), "outlet of the fact's document"),
    ("published", pl.Date(), "publication date of that document"),
    ("path", pl.String(), "raw file of that document"),
    ("sentence", pl.String(), "the sentence that states the fact"),
    ("before", pl.String(), "the fact's fields before the correction"),
    ("after", pl.String(), "the fact's fields after it (empty: dropped)"),
    (
        "warning",
        pl.String(),
        "what to check: an add counted beside extracted facts of other sides of its figure "
        "(the same people twice unless the figure is each side's)",
    ),
    (
        "beside_ids",
        pl.String(),
        "the facts (extracted, or another add's) the warning names, '; '-joined",
    ),
]
CORRECTION_SCHEMA = schema(CORRECTION_COLUMNS)


def frame(rows: list[dict], columns: list[Column]) -> pl.DataFrame:
    """Rows as a frame with exactly the given schema (also when there are no rows)."""
    return pl.DataFrame(rows, schema=schema(columns), orient="row")


_UMASK = os.umask(0)
os.umask(_UMASK)


@contextmanager
def atomic_path(target: str | Path):
    """Yield a temporary path beside target; move it into place only on success.

    A killed job thus leaves the old file or none, never half of a new one.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    for stale in target.parent.glob(f".{target.name}.*.tmp"):  # left by a killed writer
        stale.unlink(missing_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs are for sharing
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_atomic(target: str | Path, write: Callable[[Path], object]) -> None:
    """Call write(tmp_path) and move the result into place atomically."""
    with atomic_path(target) as tmp:
        write(tmp)


def parquet_metadata(columns: list[Column], description: str) -> dict[str, str]:
    """The description and column schema a table's Parquet file carries inside."""
    return {
        "swaptally:description": description,
        "swaptally:schema": json.dumps(table_schema(columns), sort_keys=True),
    }


def write_parquet(
    df: pl.DataFrame, target: str | Path, columns: list[Column] | None = None, description: str = ""
) -> None:
    """Write df; with columns, the table carries its description and column schema inside."""
    metadata = None if columns is None else parquet_metadata(columns, description)
    # Statistics off: they add nothing for these sizes and keep files smaller.
    write_atomic(
        target,
        lambda tmp: df.write_parquet(tmp, compression="zstd", statistics=False, metadata=metadata),
    )


def write_csv(df: pl.DataFrame, target: str | Path) -> None:
    write_atomic(target, lambda tmp: df.write_csv(tmp))


def write_text(text: str, target: str | Path) -> None:
    write_atomic(target, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))


def sha256_file(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sha256_path(path: str | Path) -> str:
    """sha256_file of a file; of a folder of tables (facts.parquet), a hash over its
    visible files' names and hashes, in name order."""
    path = Path(path)
    if not path.is_dir():
        return sha256_file(path)
    digest = hashlib.sha256()
    for member in sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")):
        digest.update(member.name.encode() + b"\0" + bytes.fromhex(sha256_file(member)))
    return digest.hexdigest()


def _field(name: str, dtype: pl.DataType, description: str, parquet: bool = False) -> dict:
    """A Frictionless Table Schema field for a column."""
    types = {pl.String: "string", pl.Date: "date", pl.Boolean: "boolean", pl.Float64: "number"}
    if isinstance(dtype, pl.Enum):
        field = {
            "name": name,
            "type": "string",
            "description": description,
            "constraints": {"enum": list(dtype.categories.to_list())},
        }
    else:
        kind = "integer" if dtype.is_integer() else types.get(type(dtype), "string")
        field = {"name": name, "type": kind, "description": description}
    if parquet and not isinstance(dtype, pl.String):
        # Readers that go through pandas (frictionless does) see a missing integer or
        # category in Parquet as the float NaN, written "nan"; no such field holds that word.
        field["missingValues"] = ["", "nan"]
    return field


def table_schema(
    columns: list[Column], primary_key: str | None = None, parquet: bool = False
) -> dict:
    """A Table Schema (Data Package v2) for a column list."""
    schema_ = {
        "fields": [_field(*column, parquet=parquet) for column in columns],
        "missingValues": [""],
    }
    if primary_key:
        schema_["primaryKey"] = [primary_key]  # v2: always a list of field names
    return schema_


DATAPACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"


def datapackage(
    resources: list[tuple[str | Path, str, list[Column], str | None]],
    sources: list[dict],
    root: str | Path | None = None,
    hashes: dict[str, str] | None = None,
) -> dict:
    """A Data Package (v2) of tables: each file with its schema, hash and description.

    Every resource is a table (`type: table`), so `frictionless validate` checks
    each file against its schema and hash. Paths are relative to `root` (the package's
    folder; without it, bare file names): the package is valid in the folder it was
    written to and in any copy of that folder. hashes: the sha256 of files already hashed
    (by their path as given), which are not read again.
    """
    known = hashes or {}

    def relative(path: str | Path) -> str:
        return Path(path).relative_to(root).as_posix() if root else Path(path).name

    return {
        "$schema": DATAPACKAGE_PROFILE,
        "name": "swaptally-events",
        "title": "Captive exchanges: counted facts and reconciled events",
        "sources": sources,
        "resources": [
            {
                "name": relative(path).replace("/", "-").replace(".", "-"),
                "type": "table",
                "path": relative(path),
                "format": Path(path).suffix.lstrip("."),
                "hash": f"sha256:{known.get(str(path)) or sha256_file(path)}",
                "description": description,
                "schema": table_schema(columns, primary_key, Path(path).suffix == ".parquet"),
            }
            for path, description, columns, primary_key in resources
        ],
    }


def package_files(package: str | Path) -> list[tuple[str, Path]]:
    """The files a datapackage.json lists, as (path in the package, file beside it); raise
    ValueError if one is not as listed.

    What ships a package (the `dist` bundle) ships these with it, at the same paths, so
    that the copy is a valid package on its own.
    """
    package = Path(package)
    files = []
    for resource in json.loads(package.read_text(encoding="utf-8"))["resources"]:
        path = package.parent / resource["path"]
        digest = f"sha256:{sha256_file(path)}"
        if resource.get("hash", digest) != digest:
            raise ValueError(f"{path} has changed since {package} was written")
        files.append((resource["path"], path))
    return files
