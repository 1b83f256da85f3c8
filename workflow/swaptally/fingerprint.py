"""Short hashes of the package code and vocabulary each stage depends on.

A rule passes its stage's fingerprint as a Snakemake parameter. Snakemake re-runs a
job whose parameters changed, so after an upgrade of swaptally or an edit of its
lexicon the stage runs again on unchanged texts instead of keeping tables the old
code made (which may lack columns the new code reads).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

PACKAGE = Path(__file__).parent

# Modules every stage imports: the version, and shared plain helpers.
_SHARED = ("__init__.py", "date_source.py", "errors.py", "ascii_twin.py", "yaml_words.py")

# What each stage reads of the package, as paths relative to it (folders: every .py
# and .yaml below), its command included. A stage also depends on the stages before it
# through its inputs, so it may import their code without listing it
# (tests/test_fingerprint.py checks that every module a stage imports is listed).
STAGES: dict[str, tuple[str, ...]] = {
    "ingest": (*_SHARED, "ingest.py", "tables.py", "cli/ingest.py", "cli/progress.py"),
    "extract": (
        *_SHARED,
        "extract",
        "slavic",
        "lexicon",
        "numbers.py",
        "dates.py",
        "sentences.py",
        "cli",
        "tables.py",
        # the kinds of movement a stage day is told by (dating.stage_days, slavic.figure_day)
        "kinds.py",
        # each fact's scope is found per shard (extract --scope)
        "events/scope.py",
        "events/scope_clause.py",
        "events/scope_cues.py",
        "events/attribution.py",
    ),
    "events": (
        *_SHARED,
        "cli/events.py",
        "events",
        "kinds.py",
        "lexicon/scope.yaml",
        "merge.py",
        "merge_facts.py",
        "published_facts.py",
        "corrections.py",
        "corrections_load.py",
        "added_facts.py",
        "tables.py",
        # claims: whether two totals' speakers are one (said_score.same_speaker)
        "said_score.py",
        "extract/speakers.py",
        "lexicon/speakers.yaml",
        # what the events code imports of the others (fingerprint: its stage cache's key)
        "fingerprint.py",
        "gold.py",
        "report.py",
        "timescale.py",
        "wording.py",
    ),
    "review": (
        *_SHARED,
        "cli/events.py",
        "review.py",
        "review_flags.yaml",
        "not_taken.py",
        "tables.py",
        "wording.py",
        # a report's sheet takes the report's window and sides from the reports' code
        "analysis.py",
        "claimed_totals.py",
        "fingerprint.py",
        "gold.py",
        "kinds.py",
        "ledger.py",
        "names.py",
        "timescale.py",
    ),
    "reports": (
        *_SHARED,
        "cli/report.py",
        "claimed_totals.py",
        "fingerprint.py",
        "gold.py",
        "wording.py",
        "analysis.py",
        "kinds.py",
        "ledger.py",
        "names.py",
        "plots.py",
        "present.py",
        "report.py",
        "timescale.py",
        "templates",
    ),
}


def _files(root: Path, part: str) -> list[Path]:
    path = root / part
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.suffix in {".py", ".yaml", ".css", ".html"})
    return [path] if path.exists() else []


def fingerprint(stage: str, root: Path = PACKAGE) -> str:
    """16 hex digits that change whenever a file `stage` depends on changes."""
    return code_digest(STAGES[stage], root)


def code_digest(parts: Iterable[str], root: Path = PACKAGE) -> str:
    """16 hex digits that change whenever a file of `parts` (paths relative to `root`;
    folders: every .py, .yaml, .css and .html below, "." the whole package) changes."""
    digest = hashlib.sha256()
    for part in parts:
        for path in _files(root, part):
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]
