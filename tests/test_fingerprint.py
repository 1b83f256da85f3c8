"""Stage fingerprints: a changed lexicon or module re-runs its stage, nothing else does."""

from __future__ import annotations

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
