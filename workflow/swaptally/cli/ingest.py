"""Commands that read raw texts: `ingest` (one shard's documents), `rejections` (every text
not read) and `strict` (the gate that fails a run when any was rejected)."""

from __future__ import annotations

import argparse
import logging

from swaptally.cli.progress import progress

log = logging.getLogger("swaptally")


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


def register(sub: argparse._SubParsersAction) -> None:
    """Add `ingest`, `rejections` and `strict` to the command line."""
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
