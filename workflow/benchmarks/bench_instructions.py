#!/usr/bin/env python3
"""Count the instructions of a pass of extract_facts over a corpus (valgrind).

A figure that other processes on the machine do not blur. Not a test: prints counts. A rate
per CPU second (bench_extract.py) moves by 10 % and more between two runs of one tree when
other processes share the cores; two runs of one tree here counted the same instructions a
pass to 0.01 % (hash seed fixed), so a change of a tenth of a percent shows. For each tree
(default: the one this file is in) a process reads the corpus once to warm its caches and
compile its patterns, then --passes times more; the same run with no pass after the warm one
is subtracted, which leaves start-up, the lexicon and the warm pass out. Instructions are no
time (a cache miss costs more than an add): confirm a gain with bench_extract.py. Needs
valgrind (its cachegrind tool); a tree took about 50 s here with one pass (two runs).

    python workflow/benchmarks/bench_instructions.py [CORPUS.jsonl] [--passes 1]
                                                     [--tree DIR ...]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve()
REPO = HERE.parents[2]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "dev.jsonl"
_REFS_RE = re.compile(r"I\s+refs:\s+([\d,]+)")


def instructions(tree: Path, corpus: Path, passes: int) -> int:
    """Instructions of a process that runs `passes` passes over `corpus` after a warm one,
    with `tree`'s package first on the path."""
    env = dict(os.environ, PYTHONPATH=str(tree / "workflow"), PYTHONHASHSEED="0")
    cmd = [
        "valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
        sys.executable, str(HERE), "--child", str(corpus), "--passes", str(passes),
    ]  # fmt: skip
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    found = _REFS_RE.search(done.stderr)
    if done.returncode or not found:
        raise SystemExit(f"valgrind run failed for {tree}:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def child(corpus: Path, passes: int) -> None:
    """The measured process: a warm pass, then `passes` passes."""
    sys.path.insert(0, str(HERE.parent))
    from bench_extract import load_docs
    from swaptally.extract import extract_facts, load_lexicon

    docs = load_docs(corpus)
    lex = load_lexicon()
    for _ in range(1 + passes):
        for text, published in docs:
            extract_facts(text, published, lex)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--passes", type=int, default=1, help="measured passes over the corpus")
    ap.add_argument("--tree", type=Path, action="append", help="a checkout (repeatable)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.corpus, args.passes)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed: it counts the instructions")
    sys.path.insert(0, str(HERE.parent))
    from bench_extract import load_docs, words

    n_words = words(load_docs(args.corpus))
    first = None
    for tree in args.tree or [REPO]:
        tree = tree.resolve()
        per_pass = (
            instructions(tree, args.corpus, args.passes) - instructions(tree, args.corpus, 0)
        ) / args.passes
        change = f" ({per_pass / first - 1:+.2%} on the first)" if first else ""
        first = first or per_pass
        print(
            f"{tree}: {per_pass / 1e6:,.1f} M instructions a pass, "
            f"{per_pass / n_words:,.0f} a word ({n_words:,} words){change}"
        )


if __name__ == "__main__":
    main()
