"""How far two annotations of the same excerpts agree, scored as the shared scorer scores
an extractor: the ceiling a gold set allows.

Annotation B's required facts are read as predictions against annotation A (A's optional
facts neither count for nor against them), then the other way round; both directions are
given because each side's optional facts absorb the other's readings differently. The
disagreements are sorted as extraction errors are (`swaptally error-profile`'s words):
the same figure with other sides, kind or status, or category; a required fact the other
marks only optional, or has no fact of its figure for (missed); a fact with a figure the
other gives no fact for (not in gold), or only optional facts for (optional read otherwise).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from swaptally.gold import GoldError, GoldSet, first_of_keys, key_of

__all__ = ["LANGS", "Agreement", "agree", "format_agreement", "pair_docs"]

LANGS = ("en", "ru", "uk", "all")


@dataclass
class Agreement:
    """One direction's counts over the excerpts of one language (or all)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    dated: int = 0  # matched required facts the reference dates
    dates_right: int = 0  # of them, the other annotation gives the same day
    kinds: Counter = field(default_factory=Counter)  # disagreements by kind

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def pair_docs(a: GoldSet, b: GoldSet) -> list[tuple[dict, dict]]:
    """The excerpts of A with B's annotation of each, by id; GoldError when the two do not
    annotate the same excerpts (an id in one only), so no excerpt is silently left out."""
    by_id = {d["id"]: d for d in b.docs}
    only_a = [d["id"] for d in a.docs if d["id"] not in by_id]
    only_b = sorted(by_id.keys() - {d["id"] for d in a.docs})
    if only_a or only_b:
        where = []
        if only_a:
            where.append(f"{len(only_a)} only in {a.name} (first {only_a[0]})")
        if only_b:
            where.append(f"{len(only_b)} only in {b.name} (first {only_b[0]})")
        raise GoldError("the two annotations differ in their excerpts: " + "; ".join(where))
    return [(d, by_id[d["id"]]) for d in a.docs]


def _figure(fact: dict) -> tuple:
    return fact.get("low"), fact.get("high")


def _disagreement(ref: dict, guess: dict) -> str:
    sides = (ref["persons_of"], ref["held_by"]) != (guess["persons_of"], guess["held_by"])
    kind = (ref["kind"], ref["status"]) != (guess["kind"], guess["status"])
    if sides and kind:
        return "sides+kind"
    if sides:
        return "sides"
    if kind:
        return "kind/status"
    return "category"


def _add(counts: Agreement, reference: Sequence[dict], other: Sequence[dict]) -> None:
    """Score the other annotation's required facts against the reference's, one excerpt."""
    first = first_of_keys(reference)
    guesses = [f for f in other if not f.get("optional")]
    found: dict[tuple, dict] = {}
    for f in guesses:
        found.setdefault(key_of(f), f)
    required = {k: g for k, g in first.items() if not g.get("optional")}
    counts.tp += sum(1 for k in required if k in found)
    extra = [f for k, f in found.items() if k not in first]
    counts.fp += len(extra)
    missed = [g for k, g in required.items() if k not in found]
    counts.fn += len(missed)
    for k, g in required.items():
        if k in found and g.get("date"):
            counts.dated += 1
            counts.dates_right += any(f.get("date") == g["date"] for f in guesses if key_of(f) == k)
    marked_optional = {_figure(f) for f in other if f.get("optional")}
    for g in missed:  # a missed fact read otherwise pairs with one extra fact of its figure
        same = [f for f in extra if _figure(f) == _figure(g)]
        if same:
            extra.remove(same[0])
            counts.kinds[_disagreement(g, same[0])] += 1
        elif _figure(g) in marked_optional:
            counts.kinds["required, the other's optional"] += 1
        else:
            counts.kinds["missed"] += 1
    optional_figures = {_figure(g) for g in reference if g.get("optional")}
    for f in extra:
        read = "optional read otherwise" if _figure(f) in optional_figures else "not in gold"
        counts.kinds[read] += 1


def agree(a: GoldSet, b: GoldSet) -> dict[str, tuple[Agreement, Agreement]]:
    """Per language (and 'all'): (B scored against A, A scored against B)."""
    result = {lang: (Agreement(), Agreement()) for lang in LANGS}
    for doc_a, doc_b in pair_docs(a, b):
        lang = doc_a.get("lang") or "en"
        for key in (lang, "all"):
            if key not in result:
                continue
            b_on_a, a_on_b = result[key]
            _add(b_on_a, doc_a["facts"], doc_b["facts"])
            _add(a_on_b, doc_b["facts"], doc_a["facts"])
    return result


def _line(label: str, c: Agreement) -> str:
    dates = f"{c.dates_right / c.dated:.3f} of {c.dated}" if c.dated else "none dated"
    kinds = ", ".join(
        f"{k} {n}" for k, n in sorted(c.kinds.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    return (
        f"| {label} | {c.precision:.3f} | {c.recall:.3f} | {c.f1:.3f} | {c.tp}/{c.fp}/{c.fn} | "
        f"{dates} | {kinds or 'none'} |"
    )


def format_agreement(a: GoldSet, b: GoldSet, result: dict[str, tuple[Agreement, Agreement]]) -> str:
    """A Markdown table: each language with facts, each direction a row."""
    rows = [
        f"Agreement of {b.name} with {a.name} (strict key; the scored side's required facts "
        "against the reference's, its optional facts absorbing)",
        "",
        "| scored against reference | precision | recall | F1 | tp/fp/fn | dates right | "
        "disagreements |",
        "|---|---|---|---|---|---|---|",
    ]
    for lang in LANGS:
        b_on_a, a_on_b = result[lang]
        if not (b_on_a.tp + b_on_a.fp + b_on_a.fn + a_on_b.tp + a_on_b.fp + a_on_b.fn):
            continue
        rows.append(_line(f"{lang}: {b.name} against {a.name}", b_on_a))
        rows.append(_line(f"{lang}: {a.name} against {b.name}", a_on_b))
    return "\n".join(rows) + "\n"
