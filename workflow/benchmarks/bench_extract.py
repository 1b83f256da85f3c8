#!/usr/bin/env python3
"""Benchmark extract_facts (words/second) against quantulum3 on the same text.

Not a test: prints rates. The dev corpus texts are repeated until about --mb megabytes;
extract_facts runs over every copy, --repeat times (the best run is the machine's rate,
the median shows the noise of a shared machine); quantulum3 (≈ 40 times slower) runs over
a fixed sample of the same text and its rate is scaled to words/second. Rates are per CPU
second of this process, i.e. per core.

    python workflow/benchmarks/bench_extract.py [CORPUS.jsonl] [--mb 10] [--repeat 3]
                                                [--sample-words 5000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import sys
import time
from pathlib import Path

from swaptally.extract import extract_facts, load_lexicon

REPO = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "dev.jsonl"
BUILD_SCRIPT = Path(__file__).resolve().parent / "build_compiled.py"


def load_docs(path: Path) -> list[tuple[str, dt.date | None]]:
    """(text, publication day) of each line of a JSON Lines corpus (`text`, `published`)."""
    if not path.is_file():
        raise SystemExit(f"no corpus at {path}: give a JSON Lines file with a text a line")
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            pub = dt.date.fromisoformat(d["published"]) if d.get("published") else None
            docs.append((d["text"], pub))
    return docs


def repeat_to(
    docs: list[tuple[str, dt.date | None]], size: int
) -> list[tuple[str, dt.date | None]]:
    out, total = [], 0
    while total < size:
        for text, pub in docs:
            out.append((text, pub))
            total += len(text.encode("utf-8"))
            if total >= size:
                break
    return out


def words(docs: list[tuple[str, dt.date | None]]) -> int:
    return sum(len(text.split()) for text, _ in docs)


def bench_swaptally(docs: list[tuple[str, dt.date | None]]) -> tuple[float, float, int]:
    """(CPU seconds, wall seconds, facts): CPU time is the per-core cost, whatever else runs."""
    lex = load_lexicon()
    cpu, wall = time.process_time(), time.perf_counter()
    n = sum(len(extract_facts(text, pub, lex)) for text, pub in docs)
    return time.process_time() - cpu, time.perf_counter() - wall, n


def build_of() -> str:
    """Which build of the extraction runs: plain Python, or compiled with mypyc
    (build_compiled.py; its modules are C extensions, `.so` files)."""
    own = [m for m in list(sys.modules.values()) if m.__name__.startswith("swaptally")]
    compiled = [m for m in own if str(getattr(m, "__file__", "")).endswith(".so")]
    if not compiled:
        return "plain Python"
    return f"compiled with mypyc ({modules_built(len(compiled), len(own))}{staleness()})"


def modules_built(loaded: int, imported: int) -> str:
    """How many modules the build compiled, counted as build_compiled.py prints it and
    README's table gives it (its COMPILED_FROM.json: the extraction's modules it compiled
    of those it considered), else, with no such file, the `.so` modules of all `swaptally`
    modules imported (another count: the CLI, the lexicon loader … are never compiled)."""
    import swaptally

    stamp = Path(swaptally.__file__).resolve().parents[1] / "COMPILED_FROM.json"
    if not stamp.is_file():
        return f"{loaded} of {imported} swaptally modules imported"
    built = json.loads(stamp.read_text(encoding="utf-8"))
    done, kept = len(built["compiled"]), len(built["interpreted"])
    return f"{done} of {done + kept} modules, as build_compiled.py counts them"


def staleness() -> str:
    """Whether the compiled build that runs is of the work tree's source as it is now: a
    stale build still runs, with the code of its day (build_compiled.py --check)."""
    import swaptally

    spec = importlib.util.spec_from_file_location("build_compiled", BUILD_SCRIPT)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    changed = script.changed_since(Path(swaptally.__file__).resolve().parents[1])
    if changed is None:
        return "; no COMPILED_FROM.json beside it: stale or not, unknown"
    return f"; STALE: {len(changed)} files changed since the build" if changed else "; up to date"


def bench_quantulum(
    docs: list[tuple[str, dt.date | None]], sample_words: int
) -> tuple[float, float, int]:
    from quantulum3 import classifier, parser  # imported here: start-up is not in the rate

    # quantulum3 turns its unit classifier on whenever scikit-learn is installed (the dev
    # extra has it, for `rescorer-cv`), and that classifier is a pickle of an old
    # scikit-learn which the current one cannot load. Its rule-based parse, the one a
    # plain `pip install quantulum3` runs, is the comparison.
    classifier.USE_CLF = False

    sample, count = [], 0
    for text, _ in docs:
        sample.append(text)
        count += len(text.split())
        if count >= sample_words:
            break
    parser.parse("warm up 3 people")
    cpu, wall = time.process_time(), time.perf_counter()
    for text in sample:
        parser.parse(text)
    return time.process_time() - cpu, time.perf_counter() - wall, count


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--mb", type=float, default=10.0, help="size of the repeated text")
    ap.add_argument("--sample-words", type=int, default=5000, help="quantulum3 sample size")
    ap.add_argument("--repeat", type=int, default=3, help="extract_facts runs over the text")
    args = ap.parse_args()

    docs = repeat_to(load_docs(args.corpus), int(args.mb * 1_000_000))
    n_words = words(docs)
    mb = sum(len(t.encode("utf-8")) for t, _ in docs) / 1e6
    print(f"text: {len(docs)} documents, {mb:.1f} MB, {n_words:,} words")
    runs = sorted(bench_swaptally(docs) for _ in range(max(1, args.repeat)))
    cpu, wall, n_facts = runs[0]
    median = runs[len(runs) // 2][0]
    print(
        f"swaptally extract_facts: {n_words / cpu:,.0f} words/s per core "
        f"(best of {len(runs)}: {cpu:.2f} s CPU, {wall:.2f} s wall; "
        f"median {n_words / median:,.0f} words/s; {n_facts:,} facts; {build_of()})"
    )
    q_cpu, q_wall, q_words = bench_quantulum(docs, args.sample_words)
    print(
        f"quantulum3 parser.parse: {q_words / q_cpu:,.0f} words/s per core "
        f"(sample of {q_words:,} words: {q_cpu:.2f} s CPU, {q_wall:.2f} s wall; scaled)"
    )


if __name__ == "__main__":
    main()
