"""The swaptally command line: every workflow stage is one subcommand.

swaptally ingest   raw texts → documents table (one shard)
swaptally rejections  every rejected raw text of the corpus, duplicates across shards too
swaptally strict   fail, listing them, when any raw text was rejected (strict=true)
swaptally extract  documents or raw texts → counted facts
swaptally events   facts (with a reviewer's corrections) → facts/events tables, CSV, package
swaptally review   events and their facts → a review sheet, flagged rows first
swaptally report   parameters, executed notebooks, PDFs, manifest, bundle
swaptally explain  one text with each fact marked at its sentence (and a reviewer's
                   corrections: added, dropped, changed facts)
swaptally error-profile  wrong facts by mechanism across gold sets (study only)
swaptally rescorer-cv    does a learned keep/drop of facts generalize? (study only)
swaptally side-model-cv  does a learned choice of sides generalize? (study only)
swaptally said-by  who states each figure, against gold's said_by (study only)
swaptally review-cv      do review.csv's flags and figures-not-taken list find wrong and
                         missed facts? (study only)
swaptally agreement      how far two annotations of the same excerpts agree (study only)
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Sequence

from swaptally import __version__
from swaptally.cli import events, explain, extract, gold, ingest, report, side_model
from swaptally.cli.extract import facts_of

__all__ = ["facts_of", "main", "parser"]

log = logging.getLogger("swaptally")

# Each module adds its commands; `swaptally --help` lists them in this order.
COMMAND_GROUPS = (ingest, extract, events, report, explain, gold, side_model)


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(
        prog="swaptally", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    root.add_argument("--version", action="version", version=f"swaptally {__version__}")
    root.add_argument("-q", "--quiet", action="store_true", help="only warnings and errors")
    sub = root.add_subparsers(dest="command", required=True)
    for group in COMMAND_GROUPS:
        group.register(sub)
    return root


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    # Our own messages at INFO; other libraries' only from WARNING (fontTools alone logs
    # ~180 INFO lines per PDF while subsetting fonts).
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    log.setLevel(logging.WARNING if args.quiet else logging.INFO)
    from swaptally.errors import InputError
    from swaptally.report import ParameterError

    try:
        return args.run(args)
    except (ParameterError, InputError, OSError) as err:  # the user's input: what, no traceback
        log.error("%s", err)
        return 1
