"""The swaptally command line: every workflow stage is one subcommand.

swaptally ingest   raw texts → documents table (one shard)
swaptally rejections  every rejected raw text of the corpus, duplicates across shards too
swaptally strict   fail, listing them, when any raw text was rejected (strict=true)
swaptally extract  documents or raw texts → counted facts
swaptally events   facts (with a reviewer's corrections) → facts/events tables, CSV, package
swaptally review   events and their facts → a review sheet, flagged rows first
swaptally report   parameters, executed notebooks, PDFs, manifest, bundle
swaptally explain  one text with each fact marked at its sentence
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import operator
import sys
import traceback
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import polars as pl

from swaptally import __version__

log = logging.getLogger("swaptally")


def progress(items: Iterable, total: int | None, what: str) -> Iterator:
    """A progress bar on a terminal; silent in logs and CI (tqdm's disable=None)."""
    from tqdm import tqdm

    return iter(
        tqdm(
            items,
            total=total,
            desc=what,
            unit=" " + what.split()[-1],
            disable=None,
            file=sys.stderr,
        )
    )


# ---------------------------------------------------------------- ingest


def cmd_ingest(args: argparse.Namespace) -> int:
    from swaptally import ingest, tables

    paths = list(ingest.iter_inputs(args.paths))
    if args.files_from:
        paths += ingest.manifest_paths(args.files_from)
    if not args.paths and not args.files_from:
        log.error("no raw files or folders given (PATH… or --files-from)")
        return 2
    if args.shards:
        paths = [p for p in paths if ingest.shard_of(p, args.shards) == args.shard]
    documents, rejected = ingest.read_paths(progress(paths, len(paths), "ingest files"))
    for doc in documents:
        for warning in doc.warnings:
            log.warning("%s: %s", doc.path, warning)
    for item in rejected:
        log.warning("%s: rejected: %s", item.path, item.reason)
    docs = ingest.documents_frame(documents)
    tables.write_parquet(docs, args.output, tables.DOCUMENT_COLUMNS, "source texts of one shard")
    rejects = ingest.rejections_frame(rejected)
    if args.rejected:
        tables.write_parquet(rejects, args.rejected, tables.REJECTED_COLUMNS, "texts not read")
    log.info("ingest: %d files, %d documents, %d rejected", len(paths), docs.height, rejects.height)
    return 0


def cmd_rejections(args: argparse.Namespace) -> int:
    from swaptally.accounting import write_rejections

    count = write_rejections(args.documents, args.rejected, args.output)
    log.info("rejections: %d raw texts rejected", count)
    return 0


def cmd_strict(args: argparse.Namespace) -> int:
    from swaptally.accounting import RejectedTexts, check_strict

    try:
        check_strict(args.rejections, args.output)
    except RejectedTexts as err:
        log.error("%s", err)
        return 1
    return 0


# ---------------------------------------------------------------- extract


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


# ---------------------------------------------------------------- events


def cmd_events(args: argparse.Namespace) -> int:
    from swaptally.corrections import CorrectionsError, load_corrections
    from swaptally.merge import StrictError, publish

    try:
        corrections = (
            load_corrections(args.corrections, must_exist=True) if args.corrections else []
        )
        counts = publish(
            args.facts,
            args.documents,
            args.rejected,
            args.outdir,
            strict=args.strict,
            corrections=corrections,
            scope_paths=args.scope,
            cache=args.cache,
        )
    except (StrictError, CorrectionsError) as err:
        log.error("%s", err)
        return 1
    log.info(
        "events: %(documents)d texts read, %(rejected)d rejected; "
        "%(facts)d facts → %(events)d events, %(exchanges)d exchanges, %(claims)d claims",
        counts,
    )
    return 0


# ---------------------------------------------------------------- review


def cmd_review(args: argparse.Namespace) -> int:
    from swaptally.review import write_review

    rows = write_review(args.facts, args.events, args.output, args.corrections)
    log.info("review: %d events → %s", rows, args.output)
    return 0


# ---------------------------------------------------------------- report


def cmd_report_params(args: argparse.Namespace) -> int:
    from swaptally.report import write_parameters

    write_parameters(args.name, args.notebook, json.loads(args.values), args.output)
    return 0


def cmd_report_normalize(args: argparse.Namespace) -> int:
    from swaptally.report import normalise_notebook

    source = sys.stdin.read() if args.input == "-" else Path(args.input).read_text(encoding="utf-8")
    if not source.strip():
        log.error("no notebook on input (did papermill fail?)")
        return 1
    normalise_notebook(source, args.output)
    return 0


def cmd_report_pdf(args: argparse.Namespace) -> int:
    from swaptally.report import render_pdf

    render_pdf(args.notebook, args.output)
    return 0


def cmd_report_manifest(args: argparse.Namespace) -> int:
    from swaptally.report import write_manifest

    write_manifest(args.parameters, args.output, args.reports_dir, args.corrections)
    return 0


def cmd_report_bundle(args: argparse.Namespace) -> int:
    from swaptally.report import write_bundle

    write_bundle(args.files, args.output)
    return 0


# ---------------------------------------------------------------- explain


def cmd_explain(args: argparse.Namespace) -> int:
    from swaptally import ingest
    from swaptally.corrections import fact_ids, source_of
    from swaptally.explain import explain
    from swaptally.extract import extract_facts, load_lexicon

    documents, rejected = ingest.read_paths(ingest.iter_inputs([args.path]))
    for item in rejected:
        print(f"{item.path}: rejected: {item.reason}", file=sys.stderr)
    lexicon = load_lexicon(args.lexicon)
    for doc in documents:
        published = args.published or doc.published  # --published overrides the metadata
        # Without a date, say what ingest would warn (no date, or one it cannot read).
        dating = [w for w in doc.warnings if "publication date" in w]
        when = f"published {published}" if published else "; ".join(dating)
        print(f"== {doc.path} ({when or 'no publication date'})")
        facts = extract_facts(doc.text, published, lexicon, lang=doc.lang)
        print(explain(doc.text, facts, fact_ids(source_of(doc.url, doc.path), facts)))
    return 0 if documents else 1


# ---------------------------------------------------------------- parser


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(
        prog="swaptally", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    root.add_argument("--version", action="version", version=f"swaptally {__version__}")
    root.add_argument("-q", "--quiet", action="store_true", help="only warnings and errors")
    sub = root.add_subparsers(dest="command", required=True)

    p = sub.add_parser(
        "ingest",
        help="raw texts → documents table",
        description="Read raw texts (.md/.txt with "
        "front matter or a sidecar .yaml, .html, .jsonl feeds) into a documents table.",
    )
    p.add_argument("paths", nargs="*", help="raw files or folders")
    p.add_argument(
        "--files-from",
        metavar="FILE",
        help="also read the raw files listed in FILE (a shard manifest: one path a line)",
    )
    p.add_argument(
        "--shard", type=int, default=0, help="keep only the files of this shard (0-based)"
    )
    p.add_argument("--shards", type=int, default=0, help="number of shards (0: no sharding)")
    p.add_argument("-o", "--output", required=True, help="documents .parquet to write")
    p.add_argument("--rejected", help="rejections .parquet to write")
    p.set_defaults(run=cmd_ingest)

    p = sub.add_parser(
        "rejections",
        help="every rejected raw text of the corpus → CSV",
        description="List every raw text that was not read, with the reason: the shards' "
        "rejections and the texts that duplicate one in another shard (as the merge sees them).",
    )
    p.add_argument("--documents", nargs="*", default=[], help="documents .parquet shards")
    p.add_argument("--rejected", nargs="*", default=[], help="rejections .parquet shards")
    p.add_argument("-o", "--output", required=True, help="CSV to write (path, reason)")
    p.set_defaults(run=cmd_rejections)

    p = sub.add_parser(
        "strict",
        help="fail, listing them, if any raw text was rejected",
        description="The gate of a strict run: exit 1 listing every rejected text, or write "
        "OUTPUT when none was rejected.",
    )
    p.add_argument("rejections", help="the CSV `swaptally rejections` wrote")
    p.add_argument("-o", "--output", required=True, help="file written when no text was rejected")
    p.set_defaults(run=cmd_strict)

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

    p = sub.add_parser(
        "events",
        help="facts → events table, CSV and data package",
        description="Merge every shard's facts, documents and rejections into the published "
        "tables: facts, events (one row per real-world event and side), documents, rejected "
        "texts, and the data package that describes them.",
    )
    p.add_argument("facts", nargs="*", help="facts .parquet shards")
    p.add_argument("--documents", nargs="*", default=[], help="documents .parquet shards")
    p.add_argument("--rejected", nargs="*", default=[], help="rejections .parquet shards")
    p.add_argument(
        "--scope",
        nargs="*",
        default=None,
        help="each facts shard's scope (swaptally extract --scope), in the same order; "
        "without them it is found here",
    )
    p.add_argument(
        "--strict",
        action="store_true",
        help="fail, listing them, if any text was rejected or a correction names no fact",
    )
    p.add_argument(
        "--corrections",
        metavar="YAML",
        help="a reviewer's corrections of facts (data/corrections.yaml), applied before events",
    )
    p.add_argument(
        "--outdir", default="data/processed", help="where to write (default: data/processed)"
    )
    p.add_argument(
        "--cache",
        metavar="DIR",
        help="keep what the next run can reuse here (facts.parquet's shard files; the "
        "workflow gives data/interim/cache); without it everything is written anew",
    )
    p.set_defaults(run=cmd_events)

    p = sub.add_parser(
        "review",
        help="events and their facts → review sheet (CSV), flagged rows first",
        description="One row per event with its facts (ids, sources, sentences) and flags "
        "a reviewer should look at first; fix a fact by its id in data/corrections.yaml.",
    )
    p.add_argument("facts", help="processed facts.parquet")
    p.add_argument("events", help="processed events.parquet")
    p.add_argument("--corrections", metavar="CSV", help="processed corrections.csv")
    p.add_argument("-o", "--output", required=True, help="review .csv to write")
    p.set_defaults(run=cmd_review)

    p = sub.add_parser(
        "report",
        help="report steps around papermill",
        description="The steps around papermill: check a report's parameters, strip an executed "
        "notebook's timestamps, render it as a PDF, list the reports, bundle them.",
    )
    steps = p.add_subparsers(dest="step", required=True)
    s = steps.add_parser(
        "params", help="check a report's parameters and write them for papermill -f"
    )
    s.add_argument("name")
    s.add_argument("--notebook", required=True)
    s.add_argument("--values", default="{}", help="parameters as a JSON object")
    s.add_argument("-o", "--output", required=True)
    s.set_defaults(run=cmd_report_params)
    s = steps.add_parser("normalize", help="strip run timestamps from an executed notebook")
    s.add_argument(
        "input", nargs="?", default="-", help="executed notebook (default: standard input)"
    )
    s.add_argument("-o", "--output", required=True)
    s.set_defaults(run=cmd_report_normalize)
    s = steps.add_parser("pdf", help="executed notebook → PDF, code hidden")
    s.add_argument("notebook")
    s.add_argument("-o", "--output", required=True)
    s.set_defaults(run=cmd_report_pdf)
    s = steps.add_parser("manifest", help="list every report with hashes, parameters and inputs")
    s.add_argument("parameters", nargs="+", help="the reports' parameter files")
    s.add_argument("--reports-dir", default="reports")
    s.add_argument("--corrections", metavar="YAML", help="the corrections file, to hash it")
    s.add_argument("-o", "--output", required=True)
    s.set_defaults(run=cmd_report_manifest)
    s = steps.add_parser("bundle", help="zip files for distribution, byte-stable")
    s.add_argument("files", nargs="+")
    s.add_argument("-o", "--output", required=True)
    s.set_defaults(run=cmd_report_bundle)

    p = sub.add_parser(
        "explain",
        help="show one text with each fact marked at its sentence",
        description="Print a raw text one sentence a line, each followed by the counted facts "
        "drawn from it and the rule that found them: why a fact was found or missed.",
    )
    p.add_argument("path", help="a raw file (a .jsonl feed shows each article)")
    p.add_argument(
        "--lexicon", action="append", default=[], help="extra lexicon YAML file (repeatable)"
    )
    p.add_argument(
        "--published",
        type=dt.date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="publication date, overriding the document's (resolves 'on Friday' in a plain .txt)",
    )
    p.set_defaults(run=cmd_explain)
    return root


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    # Our own messages at INFO; other libraries' only from WARNING (fontTools alone logs
    # ~180 INFO lines per PDF while subsetting fonts).
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    log.setLevel(logging.WARNING if args.quiet else logging.INFO)
    from swaptally.report import ParameterError

    try:
        return args.run(args)
    except (ParameterError, OSError) as err:  # the user's input or files: say what, no traceback
        log.error("%s", err)
        return 1


if __name__ == "__main__":
    sys.exit(main())
