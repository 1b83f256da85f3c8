"""Stage fingerprints: a changed lexicon or module re-runs its stage, nothing else does."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest
from swaptally import fingerprint


@pytest.fixture
def package(tmp_path: Path) -> Path:
    copy = tmp_path / "swaptally"
    shutil.copytree(fingerprint.PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def test_fingerprints_are_stable_and_differ_by_stage(package):
    prints = {stage: fingerprint.fingerprint(stage, package) for stage in fingerprint.STAGES}
    assert prints == {stage: fingerprint.fingerprint(stage) for stage in fingerprint.STAGES}
    assert len(set(prints.values())) == len(prints)
    assert all(len(p) == 16 for p in prints.values())


def test_a_lexicon_edit_changes_extraction_only(package):
    before = {stage: fingerprint.fingerprint(stage, package) for stage in fingerprint.STAGES}
    triggers = package / "lexicon" / "triggers.yaml"
    triggers.write_text(triggers.read_text() + "\n# a reviewer's new verb\n")
    after = {stage: fingerprint.fingerprint(stage, package) for stage in fingerprint.STAGES}
    assert after["extract"] != before["extract"]
    assert {s: after[s] for s in ("ingest", "events", "reports")} == {
        s: before[s] for s in ("ingest", "events", "reports")
    }


def test_a_scope_cue_changes_events(package):
    before = fingerprint.fingerprint("events", package)
    scope = package / "lexicon" / "scope.yaml"
    scope.write_text(scope.read_text() + "\n# one more cue\n")
    assert fingerprint.fingerprint("events", package) != before


def test_every_listed_part_exists():
    for parts in fingerprint.STAGES.values():
        for part in parts:
            assert (fingerprint.PACKAGE / part).exists(), part


# The stages in the order the workflow runs them: a stage re-runs when one before it
# does (its inputs change), so it may import their code without listing it.
UPSTREAM = {
    "ingest": (),
    "extract": ("ingest",),
    "events": ("ingest", "extract"),
    "review": ("ingest", "extract", "events"),
    "reports": ("ingest", "extract", "events"),
}


def _module_file(name: str) -> Path | None:
    path = fingerprint.PACKAGE.joinpath(*name.split(".")[1:])
    for candidate in (path / "__init__.py", path.with_suffix(".py")):
        if candidate.exists():
            return candidate
    return None


def _imported(path: Path) -> set[Path]:
    """The package's modules `path` imports, at module level or inside functions
    (not under `if TYPE_CHECKING:`, which never runs)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = list(path.relative_to(fingerprint.PACKAGE.parent).with_suffix("").parts[:-1])
    skipped = {
        id(node)
        for stmt in ast.walk(tree)
        if isinstance(stmt, ast.If) and "TYPE_CHECKING" in ast.unparse(stmt.test)
        for node in ast.walk(stmt)
    }
    names: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom):
            base = here[: len(here) - node.level + 1] if node.level else []
            module = ".".join([*base, node.module] if node.module else base)
            names |= {module} | {f"{module}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
    files = (_module_file(n) for n in names if n.split(".")[0] == "swaptally")
    return {f for f in files if f is not None}


def _listed(stage: str) -> set[Path]:
    return {
        path
        for part in fingerprint.STAGES[stage]
        for path in fingerprint._files(fingerprint.PACKAGE, part)
        if path.suffix == ".py"
    }


@pytest.mark.parametrize("stage", list(UPSTREAM))
def test_a_stage_lists_every_module_its_code_imports(stage):
    """An edit of a module a stage imports must re-run it: listing the module by hand went
    stale (extraction's ascii_twin.py, review's analysis.py were missing)."""
    allowed = _listed(stage).union(*(_listed(up) for up in UPSTREAM[stage]))
    # the command-line modules import every stage lazily, each for its own command
    todo = [p for p in _listed(stage) if "cli" not in p.relative_to(fingerprint.PACKAGE).parts]
    seen: set[Path] = set()
    while todo:
        path = todo.pop()
        if path not in seen:
            seen.add(path)
            todo.extend(_imported(path) - seen)
    missing = sorted(p.relative_to(fingerprint.PACKAGE).as_posix() for p in seen - allowed)
    assert missing == []


def test_each_stage_lists_its_command():
    commands = {"ingest": "cli/ingest.py", "extract": "cli", "events": "cli/events.py",
                "review": "cli/events.py", "reports": "cli/report.py"}  # fmt: skip
    for stage, command in commands.items():
        assert command in fingerprint.STAGES[stage], stage
