"""Where extraction goes wrong, counted by mechanism across gold sets.

Each extracted fact is labelled against its set's gold (gold.py) and described by its
structural features (fact_features.py: the resolver that sided it, the kind rule, the cue
categories of its sentence, …). For each feature the table gives, per set, the facts with
it that are wrong of those that count (optional ones left out): a mechanism that fails in
several sets is worth a rule, one that fails in one set is a sentence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from swaptally.gold import NOT_IN_GOLD, OPTIONAL, RIGHT
from swaptally.rescorer import Text

__all__ = ["error_kinds", "format_profile", "profile"]


def _wrong(label: str) -> bool:
    return label not in (RIGHT, OPTIONAL)


def error_kinds(label: str) -> str:
    """A wrong fact's fault in the issue's words: not captives, sides, kind, status,
    category (the first that applies)."""
    if label == NOT_IN_GOLD:
        return "not in gold"
    fields = set(label.partition(":")[2].split(","))
    if fields & {"persons_of", "held_by"}:
        return "sides"
    if "kind" in fields:
        return "kind"
    if "status" in fields:
        return "status"
    return "category"


def profile(sets: Mapping[str, Sequence[Text]]) -> dict[str, dict[str, tuple[int, int]]]:
    """feature → set → (wrong facts, facts counted) with that feature."""
    out: dict[str, dict[str, tuple[int, int]]] = {}
    for name, texts in sets.items():
        counted: Counter[str] = Counter()
        wrong: Counter[str] = Counter()
        for t in texts:
            for x, lab in zip(t.features, t.labels, strict=True):
                if lab == OPTIONAL:
                    continue
                for k in x:
                    if x[k]:
                        counted[k] += 1
                        wrong[k] += _wrong(lab)
        for k, n in counted.items():
            out.setdefault(k, {})[name] = (wrong[k], n)
    return out


def _summary(name: str, texts: Sequence[Text]) -> str:
    labels = [lab for t in texts for lab in t.labels if lab != OPTIONAL]
    faults = Counter(error_kinds(lab) for lab in labels if _wrong(lab))
    right = sum(lab == RIGHT for lab in labels)
    text = ", ".join(f"{k} {v}" for k, v in sorted(faults.items()))
    return f"{name}: {len(texts)} texts, facts right {right}, wrong {sum(faults.values())} ({text})"


def format_profile(sets: Mapping[str, Sequence[Text]], min_wrong: int = 3) -> str:
    """The summary of each set, then a Markdown table of the features with at least
    `min_wrong` wrong facts over all sets, the most often wrong first."""
    table = profile(sets)
    names = list(sets)
    lines = [_summary(n, ts) for n, ts in sets.items()]
    lines += ["", "| feature | wrong / facts | rate | sets failing | " + " | ".join(names) + " |"]
    lines.append("|---|---|---|---|" + "---|" * len(names))
    rows = []
    for k, per in table.items():
        w = sum(a for a, _ in per.values())
        n = sum(b for _, b in per.values())
        if w >= min_wrong:
            rows.append((-w / n, -w, k, w, n, per))
    for _, _, k, w, n, per in sorted(rows):
        failing = sum(1 for a, _ in per.values() if a)
        cells = " | ".join(f"{per[s][0]}/{per[s][1]}" if s in per else "-" for s in names)
        lines.append(f"| {k} | {w}/{n} | {w / n:.2f} | {failing} | {cells} |")
    return "\n".join(lines) + "\n"
