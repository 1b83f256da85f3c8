"""The `report` command's steps around papermill: a report's parameters, an executed
notebook stripped of timestamps, its PDF, the manifest of reports and their bundle."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

log = logging.getLogger("swaptally")


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


def register(sub: argparse._SubParsersAction) -> None:
    """Add `report` and its steps to the command line."""
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
