#!/usr/bin/env python3
"""CPU time of extract_facts per stage: where a pass over a corpus spends its time.

Not a test: prints, for each stage (read_text and its parts, each stage of a sentence's
facts, the steps across sentences, the Slavic extractor), its CPU milliseconds a pass, its
share of the pass and its calls. Each stage function is wrapped wherever a module of
swaptally.extract or swaptally.slavic imported it; a stage inside another is counted in
both (the indented ones are parts of the one above). The wrappers cost about a microsecond
a call, so the shares are right to a percent or two; compare two trees with the same
command, not with bench_extract.py's rates.

    python workflow/benchmarks/profile_stages.py [CORPUS.jsonl] [--passes 5]
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import time
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

from bench_extract import DEFAULT_CORPUS, load_docs, words
from swaptally.extract import extract_facts, load_lexicon

# (label, module, function): a label's indent says what it is a part of
STAGES = (
    ("read_text: sentences, mentions, the text's context", "extract.text", "read_text"),
    ("  sentences, prefilter, mentions, groups", "extract.text", "_sentences"),
    ("    split into sentences", "sentences", "sentence_spans"),
    ("    mentions (figures_of)", "extract.mentions", "figures_of"),
    ("      numbers (find_quantities)", "numbers", "find_quantities"),
    ("    groups", "extract.groups", "group_figures"),
    ("    a sentence's dates", "extract.text", "_dates"),
    ("  parties", "extract.text", "_parties"),
    ("  text frame", "extract.text_frame", "text_frame"),
    ("  the text's day", "extract.dating", "event_date"),
    ("speakers of a sentence", "extract.speakers", "speeches"),
    ("sentence_facts: a sentence's facts", "extract.assemble", "sentence_facts"),
    ("  sides", "extract.sides", "resolve_sides"),
    ("  kind and status", "extract.kind_status", "figure_kind"),
    ("    a stock (is_stock)", "extract.held_stock", "is_stock"),
    ("  planned", "extract.planned", "is_planned"),
    ("  kind per side", "extract.kind_sides", "side_kind"),
    ("  dating", "extract.dating", "when"),
    ("anaphora", "extract.assemble", "anaphora"),
    ("across sentences: restatements", "extract.assemble", "restatements"),
    ("across sentences: dates", "extract.dating", "overall_totals"),
    ("across sentences: swaps", "extract.doc_swaps", "deal_swaps"),
    ("Slavic (all)", "slavic", "extract_slavic"),
)


def _modules() -> list[ModuleType]:
    """Every module of swaptally.extract and swaptally.slavic, and the shared ones."""
    out = []
    for name in ("extract", "extract.dating", "slavic"):
        pkg = importlib.import_module(f"swaptally.{name}")
        out.append(pkg)
        out += [
            importlib.import_module(f"{pkg.__name__}.{m.name}")
            for m in pkgutil.iter_modules(pkg.__path__)
        ]
    return out + [importlib.import_module(f"swaptally.{m}") for m in ("numbers", "sentences")]


def _wrap(modules: list[ModuleType], module: str, name: str, label: str, spent: Counter) -> None:
    """Time `module.name` under `label` wherever it is imported (recursive calls once)."""
    orig = getattr(importlib.import_module(f"swaptally.{module}"), name)
    inside = [False]

    def timed(*args: Any, **kwargs: Any) -> Any:
        if inside[0]:
            return orig(*args, **kwargs)
        inside[0] = True
        t0 = time.thread_time_ns()
        try:
            return orig(*args, **kwargs)
        finally:
            spent[label] += time.thread_time_ns() - t0
            spent[label, "calls"] += 1
            inside[0] = False

    for m in modules:
        for attr, value in list(vars(m).items()):
            if value is orig:
                setattr(m, attr, timed)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--passes", type=int, default=5, help="measured passes over the corpus")
    args = ap.parse_args()
    docs, lex = load_docs(args.corpus), load_lexicon()

    def run() -> None:
        for text, published in docs:
            extract_facts(text, published, lex)

    run()  # a first pass compiles the patterns a text needs: not a stage's cost
    spent: Counter = Counter()
    modules = _modules()
    for label, module, name in STAGES:
        _wrap(modules, module, name, label, spent)
    n = max(1, args.passes)
    t0 = time.thread_time_ns()
    for _ in range(n):
        run()
    total = (time.thread_time_ns() - t0) / n
    print(f"a pass: {total / 1e6:.0f} ms CPU, {words(docs) / total * 1e9:,.0f} words/s (wrapped)")
    for label, _, _ in STAGES:
        ms = spent[label] / n / 1e6
        share = 100 * spent[label] / n / total
        print(f"{label:52s} {ms:7.1f} ms {share:5.1f} %  {spent[label, 'calls'] // n:6d} calls")


if __name__ == "__main__":
    main()
