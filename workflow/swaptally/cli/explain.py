"""The `explain` command: one raw text a sentence a line, each with the facts drawn from it
and the rule that found them."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
from pathlib import Path

DEFAULT_CORRECTIONS = "data/corrections.yaml"
DEFAULT_PROCESSED = "data/processed"
CONFIG = "workflow/config.yaml"


def _configured(key: str, default: str, config: str = CONFIG) -> str:
    """A path the workflow's config names when explain runs in the project, else default."""
    import yaml

    try:
        settings = yaml.safe_load(Path(config).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return default  # the workflow itself says what is wrong with it
    named = settings.get(key) if isinstance(settings, dict) else None
    return named if isinstance(named, str) and named else default


def default_corrections(config: str = CONFIG) -> str:
    """The corrections file the workflow applies: the `corrections` of its config when
    explain runs in the project (a `--config corrections=…` given to snakemake is not
    seen), else DEFAULT_CORRECTIONS."""
    return _configured("corrections", DEFAULT_CORRECTIONS, config)


FACT_ID = re.compile(r"fa-[0-9a-f]{16}")


def text_of_fact(fact: str, processed: str | None = None) -> str:
    """The raw text a fact id of review.csv comes from, as the last run's tables name it:
    facts.parquet, else corrections.csv (a dropped fact is only there). Raises LookupError."""
    import polars as pl

    folder = Path(processed or _configured("processed", DEFAULT_PROCESSED))
    for table in (folder / "facts.parquet", folder / "corrections.csv"):
        if not table.exists():
            continue
        rows = pl.scan_parquet(table) if table.suffix == ".parquet" else pl.scan_csv(table)
        found = rows.filter(pl.col("fact_id") == fact).select("path").drop_nulls().collect()
        if found.height:
            return found["path"][0]
    raise LookupError(
        f"{fact}: no fact of that id in {folder}/facts.parquet or corrections.csv "
        "(run the workflow first, or give the text's path)"
    )


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
    from swaptally.corrections import fact_ids, source_of
    from swaptally.corrections_load import load_corrections
    from swaptally.explain import corrected, explain
    from swaptally.extract import extract_facts, load_lexicon

    # the project's corrections file unless told otherwise: explain shows what is counted
    path = None if args.no_corrections else args.corrections or default_corrections()
    corrections = load_corrections(path, must_exist=bool(args.corrections)) if path else []
    text = args.path
    if FACT_ID.fullmatch(text) and not Path(text).exists():  # a fact id from review.csv
        try:
            text = text_of_fact(text, args.processed)
        except LookupError as err:
            print(f"swaptally explain: {err}", file=sys.stderr)
            return 1
    documents, rejected = ingest.read_paths(ingest.iter_inputs([as_documents_spell(text)]))
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
    p.add_argument(
        "path",
        help="a raw file (a .jsonl feed shows each article), or a fact id (fa-…) of review.csv: "
        "the text it comes from",
    )
    p.add_argument(
        "--processed",
        metavar="DIR",
        help=f"where a fact id is looked up (default: the folder {CONFIG} names, else "
        f"{DEFAULT_PROCESSED})",
    )
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
