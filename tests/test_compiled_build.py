"""The mypyc build of the extraction (workflow/benchmarks/build_compiled.py).

The build itself runs only when asked for (`SWAPTALLY_REQUIRE_COMPILED=1 python -m pytest -m
compiled tests/test_compiled_build.py`, with the `compiled` extra installed; without the
variable a missing extra is a skip, with it a failure): it takes about a minute and a half on
two cores. It must give the plain build's facts, byte for byte.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "workflow/benchmarks/build_compiled.py"

# sentences of my own, in the shapes the extractor reads: a swap with both halves, a
# release by a state, a stock of people held, a planned swap, a Russian and a Ukrainian one,
# and a Russian one whose sides resolver names a holder but no people ("их пленных" said by
# a party whose other side the text never names: persons_of None, in both builds)
TEXTS = [
    ("Armenia and Azerbaijan swapped 14 detainees on Monday, seven on each side.", "2024-03-05"),
    (
        "Chad freed 31 Sudanese fighters it had held since the border clashes, officials said."
        " Khartoum welcomed the move and said it would free 12 Chadian soldiers next week.",
        "2023-11-20",
    ),
    (
        "More than 200 Colombian soldiers are still held by the rebels, the ombudsman said"
        " on Friday. The two sides agreed to exchange 40 of them for 35 jailed guerrillas.",
        "2021-06-12",
    ),
    (
        "В субботу Минск передал Вильнюсу девять задержанных, Литва отпустила шестерых.",
        "2024-08-03",
    ),
    ("Україна повернула додому 48 захисників, повідомив омбудсман у понеділок.", "2025-02-10"),
    ("Грузия заявила, что вернет 12 наших пленных и 9 их пленных.", "2024-05-09"),
]


def load_script():
    spec = importlib.util.spec_from_file_location("build_compiled", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_modules_left_interpreted_exist() -> None:
    """Each module the build leaves interpreted by name is still a module of the package."""
    script = load_script()
    for path in script.INTERPRETED:
        assert (ROOT / "workflow/swaptally" / path).is_file(), path


def test_a_build_is_stale_once_a_source_file_changes(tmp_path: Path) -> None:
    """changed_since (--check, and bench_extract's line) names the files edited since the
    build: none for a stamp of the source as it is, the one whose hash differs otherwise."""
    script = load_script()
    assert script.changed_since(tmp_path) is None  # no build there
    sources = script.source_hashes(script.SOURCE)
    stamp = tmp_path / "COMPILED_FROM.json"
    stamp.write_text(json.dumps({"sources": sources}))
    assert script.changed_since(tmp_path) == []
    edited = "extract/sentence.py"
    stamp.write_text(json.dumps({"sources": dict(sources, **{edited: "0" * 64})}))
    assert script.changed_since(tmp_path) == [edited]


def facts_of(pythonpath: Path) -> str:
    code = (
        "import datetime, json, sys\n"
        "from swaptally.extract import extract_facts, load_lexicon\n"
        "lex = load_lexicon()\n"
        "for text, day in json.loads(sys.stdin.read()):\n"
        "    for f in extract_facts(text, datetime.date.fromisoformat(day), lex):\n"
        "        print(repr(f))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(pythonpath), PYTHONHASHSEED="0")
    done = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(TEXTS),
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return done.stdout


@pytest.mark.compiled
def test_compiled_build_gives_the_plain_facts(tmp_path: Path) -> None:
    # without the `compiled` extra the build cannot run: a skip, unless
    # SWAPTALLY_REQUIRE_COMPILED=1 asks for the build (then its absence is a failure)
    if os.environ.get("SWAPTALLY_REQUIRE_COMPILED") == "1":
        import mypyc  # noqa: F401
    else:
        pytest.importorskip("mypyc", reason="the `compiled` extra (mypy) is not installed")
    out = tmp_path / "compiled"
    subprocess.run([sys.executable, str(SCRIPT), "--out", str(out)], check=True)
    stamp = json.loads((out / "COMPILED_FROM.json").read_text())
    # the modules the build's speed rests on (README "The compiled build": Sentence, Actor
    # and Frame native classes), and the sides resolvers, whose hints hold a people that
    # may be None: a change that sends one back to interpreted fails here
    for module in ("extract/sentence", "extract/actors", "extract/frame", "slavic/sides"):
        assert f"swaptally/{module}.py" in stamp["compiled"], module
    assert list((out / "swaptally/extract").glob("sentence.*.so"))
    where = subprocess.run(
        [sys.executable, "-c", "import swaptally.extract.sentence as s; print(s.__file__)"],
        env=dict(os.environ, PYTHONPATH=str(out)),
        capture_output=True,
        text=True,
        check=True,
    )
    assert where.stdout.strip().endswith(".so")  # the compiled module, not its .py
    plain = facts_of(ROOT / "workflow")
    assert plain.count("\n") >= len(TEXTS)
    assert "persons_of=None" in plain  # (the last text's: kept, not a failed text)
    assert facts_of(out) == plain
    # the build is of the work tree as it was: --check says whether it still is
    assert (
        subprocess.run([sys.executable, str(SCRIPT), "--out", str(out), "--check"]).returncode == 0
    )
