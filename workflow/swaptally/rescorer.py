"""Does a learned keep/drop decision over extracted facts generalize? Measured, not assumed.

A logistic regression (scikit-learn's) over each fact's structural features
(fact_features.py) gives the chance that the fact is wrong (no gold fact has its strict
key); a fact above a threshold is dropped. Whether that helps is measured by leaving one
gold set out: train on the others, score the held-out set with and without the drops. The
regularisation and the threshold are chosen inside the training sets alone (leaving each of
them out in turn), so the held-out set's figure is one it had no say in.

Only facts of the English extractor are scored: its provenance is typed (the
Russian/Ukrainian extractor's facts keep theirs).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from swaptally.extract import Fact, Lexicon
from swaptally.fact_features import fact_features, text_view
from swaptally.gold import OPTIONAL, RIGHT, GoldSet, labelled, score_counts
from swaptally.set_cv import leave_one_set_out, tally

__all__ = ["GRID", "CvRow", "Model", "Text", "cross_validate", "format_table", "texts_of", "train"]

# (L2 penalty, threshold on the chance of being wrong): a fact is dropped above it. A drop
# of a right fact costs about 1.3 times what a drop of a wrong one gains (F1 near 0.86),
# so thresholds start at one half.
GRID = tuple((l2, th) for l2 in (1.0, 3.0, 10.0, 30.0) for th in (0.5, 0.6, 0.7))
MIN_COUNT = 3  # a feature seen fewer times in training is left out


@dataclass(frozen=True)
class Text:
    """One gold excerpt: its gold facts, the extracted facts, their features and labels."""

    gold: list[dict]
    facts: list[Fact]
    features: list[dict[str, int]]
    labels: list[str]


def texts_of(gold: GoldSet, lex: Lexicon) -> list[Text]:
    out = []
    for item in labelled(gold, lex):
        d, lang = item.doc, item.lang
        view = text_view(d["text"], item.published, lex, lang) if item.facts else None
        feats = [fact_features(f, item.facts, view, lex, lang) for f in item.facts]
        out.append(Text(d["facts"], item.facts, feats, item.labels))
    return out


@dataclass(frozen=True)
class Model:
    weights: dict[str, float] = field(default_factory=dict)
    bias: float = 0.0

    def p_wrong(self, x: Mapping[str, int]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in x.items())
        return 1.0 / (1.0 + math.exp(-z))


def _scored(f: Fact) -> bool:
    return f.how is not None  # the English extractor's facts only


def train(texts: Iterable[Text], l2: float, min_count: int = MIN_COUNT) -> Model:
    """L2-regularised logistic regression (scikit-learn's; the intercept unpenalised) of
    'wrong' over the scored facts labelled right or wrong (optional ones teach nothing)."""
    try:
        import numpy as np
        from sklearn.linear_model import LogisticRegression
    except ImportError as err:  # a study tool: its library is an extra, not a runtime need
        raise RuntimeError(
            "rescorer training needs scikit-learn: pip install -e '.[study]'"
        ) from err

    xs, ys = [], []
    for t in texts:
        for f, x, lab in zip(t.facts, t.features, t.labels, strict=True):
            if _scored(f) and lab != OPTIONAL:
                xs.append(x)
                ys.append(0 if lab == RIGHT else 1)
    counts: dict[str, int] = {}
    for x in xs:
        for k in x:
            counts[k] = counts.get(k, 0) + 1
    names = sorted(k for k, c in counts.items() if c >= min_count)
    if not xs or len(set(ys)) < 2:
        return Model()
    col = {k: i for i, k in enumerate(names)}
    a = np.zeros((len(xs), len(names)))
    for r, x in enumerate(xs):
        for k, v in x.items():
            if k in col:
                a[r, col[k]] = v
    # C is the inverse of the L2 weight; lbfgs is deterministic for the same rows.
    fit = LogisticRegression(C=1.0 / l2, solver="lbfgs", max_iter=1000, tol=1e-10)
    fit.fit(a, np.array(ys))
    w = fit.coef_[0]
    return Model(
        {k: round(float(w[i]), 6) for k, i in col.items()}, round(float(fit.intercept_[0]), 6)
    )


@dataclass(frozen=True)
class Outcome:
    tp: int
    fp: int
    fn: int
    dropped: dict[str, int]  # by label: right, wrong (any), optional

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0


def evaluate(texts: Sequence[Text], model: Model | None, threshold: float = 0.5) -> Outcome:
    """The strict counts over `texts` with the facts the model drops left out (all kept
    without a model)."""
    tp = fp = fn = 0
    dropped = {RIGHT: 0, "wrong": 0, OPTIONAL: 0}
    for t in texts:
        kept = []
        for f, x, lab in zip(t.facts, t.features, t.labels, strict=True):
            if model is not None and _scored(f) and model.p_wrong(x) > threshold:
                dropped[lab if lab in (RIGHT, OPTIONAL) else "wrong"] += 1
            else:
                kept.append(f)
        a, b, c = score_counts(t.gold, kept)
        tp, fp, fn = tp + a, fp + b, fn + c
    return Outcome(tp, fp, fn, dropped)


@dataclass(frozen=True)
class CvRow:
    held_out: str
    l2: float
    threshold: float
    before: Outcome
    after: Outcome


def cross_validate(
    sets: Mapping[str, list[Text]],
    grid: Sequence[tuple[float, float]] = GRID,
    folds: int | None = None,
) -> list[CvRow]:
    """Leave each set out: choose (L2, threshold) on the others (one grid point: no
    choice; `folds`: see set_cv.choose_settings), train on them all, score the held-out
    set before and after the drops."""
    return leave_one_set_out(sets, grid, train, evaluate, CvRow, folds)


def format_table(rows: Sequence[CvRow]) -> str:
    lines = [
        "| held out | L2, threshold | before F1 (tp/fp/fn) | after F1 (tp/fp/fn) "
        "| dropped right/wrong/optional | change |",
        "|---|---|---|---|---|---|",
    ]
    for r in rows:
        b, a, d = r.before, r.after, r.after.dropped
        lines.append(
            f"| {r.held_out} | {r.l2:g}, {r.threshold:g} | {b.f1:.3f} ({b.tp}/{b.fp}/{b.fn}) "
            f"| {a.f1:.3f} ({a.tp}/{a.fp}/{a.fn}) | {d[RIGHT]}/{d['wrong']}/{d[OPTIONAL]} "
            f"| {a.f1 - b.f1:+.3f} |"
        )
    return "\n".join([*lines, *tally(rows)]) + "\n"
