"""The `extract` command: documents or raw texts → counted facts (parquet, JSON Lines or
CSV), with the texts extraction failed on, a per-document cache and each fact's scope."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import operator
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

import polars as pl

from swaptally.cli.progress import progress

log = logging.getLogger("swaptally")


def _documents(paths: Sequence[str]) -> pl.DataFrame:
    """Documents from documents tables (.parquet) and raw files or folders, in one frame."""
    from swaptally import ingest, tables

    frames = [pl.read_parquet(p) for p in paths if p.endswith(".parquet")]
    raw = list(ingest.iter_inputs(p for p in paths if not p.endswith(".parquet")))
    if raw:
        documents, rejected = ingest.read_paths(raw)
        for item in rejected:
            log.warning("%s: rejected: %s", item.path, item.reason)
        frames.append(ingest.documents_frame(documents))
    if not frames:
        return tables.frame([], tables.DOCUMENT_COLUMNS)
    return pl.concat(frames, how="vertical_relaxed")


def facts_of(
    documents: pl.DataFrame, lexicon_files: Sequence[str] = ()
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Run the extractor over every document: (facts, one row per fact with the document's
    provenance; errors, one row per document the extractor failed on, with its traceback).
    A failure is logged and the run goes on (`--strict` fails it at the end)."""
    from swaptally import tables
    from swaptally.corrections import fact_ids, source_of
    from swaptally.extract import extract_facts, load_lexicon

    lexicon = load_lexicon(lexicon_files)
    rows, errors = [], []
    columns = ["doc_id", "path", "publisher", "published", "url", "lang", "text"]
    # The table's columns after the document's are fields of Fact, read straight off it:
    # dataclasses.asdict would deep-copy each fact's provenance only to drop it (a fifth
    # of an extract job's time).
    names = [name for name, _, _ in tables.FACT_COLUMNS]
    source = ["fact_id", "doc_id", "path", "publisher", "published", "url"]
    if names[: len(source)] != source:
        raise RuntimeError(f"FACT_COLUMNS must begin with {source}")
    fact_fields = operator.attrgetter(*names[len(source) :])
    for doc_id, path, publisher, published, url, lang, text in progress(
        documents.select(columns).iter_rows(), documents.height, "extract documents"
    ):
        try:
            found = extract_facts(text, published, lexicon, lang=lang)
        except Exception as err:  # a bug in one text's extraction: logged, the run goes on
            trace = traceback.format_exc()
            log.error("%s: extraction failed (doc %s): %r\n%s", path, doc_id, err, trace)
            errors.append({"doc_id": doc_id, "path": path, "error": repr(err), "traceback": trace})
            continue
        for fact, id_ in zip(found, fact_ids(source_of(url, path), found), strict=True):
            rows.append((id_, doc_id, path, publisher, published, url, *fact_fields(fact)))
    facts = pl.DataFrame(rows, schema=tables.schema(tables.FACT_COLUMNS), orient="row")
    return (
        facts.sort(tables.FACT_ORDER, nulls_last=True),
        tables.frame(errors, tables.EXTRACT_ERROR_COLUMNS),
    )


def _facts_with_cache(
    documents: pl.DataFrame, args: argparse.Namespace
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """facts_of(documents), extracting only the documents the cache does not hold
    (extract_cache.py); the cache then holds them all."""
    from swaptally import tables
    from swaptally.extract_cache import ExtractCache, code_key, reused_facts

    cache = ExtractCache(args.cache, args.output or "facts.parquet")
    reused, todo, keys = reused_facts(documents, code_key(args.lexicon), cache)
    if todo.height:
        fresh, errors = facts_of(todo, args.lexicon)
    else:  # nothing to extract: the lexicons are not even loaded
        fresh = tables.frame([], tables.FACT_COLUMNS)
        errors = tables.frame([], tables.EXTRACT_ERROR_COLUMNS)
    keyed = documents.select("doc_id", "path").with_columns(keys)
    fresh = fresh.join(keyed, on=["doc_id", "path"], how="left", maintain_order="left")
    # a full extraction's order (FACT_ORDER ends in the fact's id: one order for any rows)
    facts = pl.concat([reused, fresh.select(reused.columns)])
    facts = facts.sort(tables.FACT_ORDER, nulls_last=True)
    failed = keyed.join(errors.select("doc_id", "path"), on=["doc_id", "path"], how="semi")
    cache.save(facts, keys.filter(~keys.is_in(failed["_doc"].implode())).to_list())
    log.info(
        "extract: %d texts extracted, %d taken from the cache",
        todo.height,
        keys.len() - todo.height,
    )
    return facts.drop("_doc"), errors


def _json_default(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


FORMATS = ("parquet", "jsonl", "csv")


def _format_of(output: str | None) -> str:
    """The format -o's suffix names; jsonl (one fact a line) when printing or unsure."""
    suffix = Path(output).suffix.lstrip(".").lower() if output else ""
    return suffix if suffix in FORMATS else ("parquet" if output else "jsonl")


def cmd_extract(args: argparse.Namespace) -> int:
    from swaptally import tables

    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        log.error("no such file or folder: %s", ", ".join(missing))
        return 2
    fmt = args.format or _format_of(args.output)
    documents = _documents(args.paths)
    if args.cache:
        facts, errors = _facts_with_cache(documents, args)
    else:
        facts, errors = facts_of(documents, args.lexicon)
    if args.errors:
        tables.write_csv(errors, args.errors)
    if fmt == "jsonl":
        lines = (
            json.dumps(row, default=_json_default, ensure_ascii=False)
            for row in facts.iter_rows(named=True)
        )
        text = "".join(line + "\n" for line in lines)
        if args.output:
            tables.write_text(text, args.output)
        else:
            sys.stdout.write(text)
    elif fmt == "csv":
        if args.output:
            tables.write_csv(facts, args.output)
        else:
            sys.stdout.write(facts.write_csv())
    else:
        if not args.output:
            log.error("--format parquet needs -o/--output")
            return 2
        tables.write_parquet(facts, args.output, tables.FACT_COLUMNS, "counted facts")
    if args.scope:
        from swaptally.events.scope import scope_of_shard

        scope = scope_of_shard(facts)
        tables.write_parquet(scope, args.scope, tables.SCOPE_COLUMNS, "each fact's scope")
    log.info("extract: %d facts, %d texts failed", facts.height, errors.height)
    if errors.height and args.strict:
        log.error("strict: extraction failed on %d texts (see above)", errors.height)
        return 1
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add `extract` to the command line."""
    p = sub.add_parser(
        "extract",
        help="documents or raw texts → counted facts",
        description="Extract counted facts. PATH is a documents .parquet, a raw file or a folder.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument(
        "--format",
        choices=FORMATS,
        help="default: from the suffix of -o (.parquet, .jsonl or .csv), "
        "else jsonl on standard output",
    )
    p.add_argument(
        "-o", "--output", help="file to write (jsonl and csv default to standard output)"
    )
    p.add_argument(
        "--lexicon", action="append", default=[], help="extra lexicon YAML file (repeatable)"
    )
    p.add_argument("--errors", help="CSV to write the texts extraction failed on (tracebacks)")
    p.add_argument(
        "--cache",
        metavar="DIR",
        help="keep each document's facts here and extract only the documents it does not "
        "hold (the workflow gives data/interim/cache/extract); same output either way",
    )
    p.add_argument("--strict", action="store_true", help="fail if extraction failed on any text")
    p.add_argument(
        "--scope",
        metavar="PARQUET",
        help="also write each fact's scope, row for row (read by `swaptally events --scope`)",
    )
    p.set_defaults(run=cmd_extract)
