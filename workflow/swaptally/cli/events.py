"""Commands over the whole corpus's facts: `events` (the published tables and data
package) and `review` (the sheet a reviewer corrects facts from)."""

from __future__ import annotations

import argparse
import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # a type only: the CLI imports its stages when a command runs
    from swaptally.analysis import Window

log = logging.getLogger("swaptally")


def cmd_events(args: argparse.Namespace) -> int:
    from swaptally.corrections import CorrectionsError
    from swaptally.corrections_load import load_corrections
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


def cmd_review(args: argparse.Namespace) -> int:
    from swaptally.review import write_review

    if args.not_taken and not args.documents:
        # the texts are where the figures are: without them the list would be empty
        args.parser.error("--not-taken needs --documents (the documents .parquet shards)")
    window = None
    if args.report:
        import yaml

        try:
            window = _window(args.report)
        except (OSError, ValueError, yaml.YAMLError) as err:  # ParameterError is a ValueError
            log.error("--report %s: %s", args.report, err)
            return 1
    rows = write_review(args.facts, args.events, args.output, args.corrections, window)
    log.info("review: %d events → %s", rows, args.output)
    if args.not_taken:
        from swaptally.not_taken import write_not_taken

        listed = write_not_taken(
            args.documents, [args.facts, *args.taken], args.not_taken, args.lexicon, window
        )
        log.info("review: %d figures not taken → %s", listed, args.not_taken)
    return 0


def _window(path: str) -> Window:
    """The window (analysis.Window) of a report's parameters file: start, end, sides."""
    from pathlib import Path

    import yaml

    from swaptally.analysis import Window
    from swaptally.report import ParameterError, check_parameters

    values = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    if not isinstance(values, dict):
        raise ParameterError("not a report's parameters (start, end, sides, …)")
    params = check_parameters(values)
    return Window(params.start, params.end, params.sides)


def register(sub: argparse._SubParsersAction) -> None:
    """Add `events` and `review` to the command line."""
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
    p.add_argument(
        "--report",
        metavar="YAML",
        help="only the events a report looks at: its parameters (start, end, sides; the "
        "workflow writes data/interim/reports/NAME.yaml)",
    )
    p.add_argument(
        "--not-taken",
        metavar="CSV",
        help="also list the figures beside a people noun or in a sentence about captives "
        "that gave no fact (needs --documents); with --report, of the texts published in "
        "its window",
    )
    p.add_argument("--documents", nargs="*", default=[], help="documents .parquet shards")
    p.add_argument(
        "--taken",
        nargs="*",
        default=[],
        help="facts shards as extracted (a figure a reviewer dropped is not listed)",
    )
    p.add_argument(
        "--lexicon", action="append", default=[], help="extra lexicon YAML file (repeatable)"
    )
    p.set_defaults(run=cmd_review, parser=p)
