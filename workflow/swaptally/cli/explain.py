"""The `explain` command: one raw text a sentence a line, each with the facts drawn from it
and the rule that found them."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

DEFAULT_CORRECTIONS = "data/corrections.yaml"
CONFIG = "workflow/config.yaml"


def default_corrections(config: str = CONFIG) -> str:
    """The corrections file the workflow applies: the `corrections` of its config when
    explain runs in the project (a `--config corrections=…` given to snakemake is not
    seen), else DEFAULT_CORRECTIONS."""
    import yaml

    try:
        settings = yaml.safe_load(Path(config).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return DEFAULT_CORRECTIONS  # the workflow itself says what is wrong with it
    named = settings.get("corrections") if isinstance(settings, dict) else None
    return named if isinstance(named, str) and named else DEFAULT_CORRECTIONS


def as_documents_spell(typed: str) -> str:
    """A path as the workflow's documents table spells it, which a fact id without a URL
    is made from: relative to where it runs (the project) when below it, else absolute.
    Symbolic links are kept, as the workflow's paths keep them."""
    full = Path(os.path.abspath(typed))
    try:
        return full.relative_to(os.path.abspath(".")).as_posix()
    except ValueError:
        return full.as_posix()


def cmd_explain(args: argparse.Namespace) -> int:
    from swaptally import ingest
    from swaptally.corrections import fact_ids, load_corrections, source_of
    from swaptally.explain import corrected, explain
    from swaptally.extract import extract_facts, load_lexicon

    # the project's corrections file unless told otherwise: explain shows what is counted
    path = None if args.no_corrections else args.corrections or default_corrections()
    corrections = load_corrections(path, must_exist=bool(args.corrections)) if path else []
    documents, rejected = ingest.read_paths(ingest.iter_inputs([as_documents_spell(args.path)]))
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
        ids = fact_ids(source_of(doc.url, doc.path), facts)
        if not corrections:
            print(explain(doc.text, facts, ids))
            continue
        shown, problems = corrected(doc, facts, ids, corrections)
        print(explain(doc.text, shown, notes=problems))
    return 0 if documents else 1


def register(sub: argparse._SubParsersAction) -> None:
    """Add `explain` to the command line."""
    p = sub.add_parser(
        "explain",
        help="show one text with each fact marked at its sentence",
        description="Print a raw text one sentence a line, each followed by the counted facts "
        "drawn from it and the rule that found them: why a fact was found or missed. A "
        "reviewer's corrections are shown where they apply: facts added (++), dropped or "
        "stood for by an add (xx) and changed, with the entry, its reason, by whom and when.",
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
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--corrections",
        metavar="YAML",
        help=f"a reviewer's corrections (default: the file {CONFIG} names, else "
        f"{DEFAULT_CORRECTIONS}, when there is one): added facts are shown at their sentence "
        "(++), dropped ones and those an add stands for marked xx, changed ones with their new "
        "values, each with its entry and reason",
    )
    which.add_argument(
        "--no-corrections", action="store_true", help="the facts as extracted, corrections unread"
    )
    p.set_defaults(run=cmd_explain)
