"""Training and measuring the learned choice of sides (side_model.py), by leaving one gold set out.

A candidate is right when the fact with its sides has a gold fact's strict key (required or
optional: its sides are right either way). A fact none of whose candidates is right (the
figure is no captives', or its kind is wrong) teaches nothing and is left out of training;
it is still scored. The model is a conditional logit: the softmax over a fact's candidates
of their linear scores, fitted (scipy's L-BFGS, deterministic for the same rows) to put the
probability on the right ones, with an L2 penalty. The penalty and the margin a candidate
must beat the rule's by are chosen inside the training sets alone (leaving each of them out
in turn): the held-out set's figure is one it had no say in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from swaptally.extract import Fact, Lexicon
from swaptally.gold import KEY, GoldSet, first_of_keys, key_of, labelled, score_counts
from swaptally.set_cv import chosen, leave_one_set_out, tally
from swaptally.side_model import (
    Candidates,
    Model,
    View,
    candidates_of,
    choices,
    rerank,
    text_candidates,
)  # fmt: skip

__all__ = [
    "GRID", "CvRow", "Text", "choose_hyper", "cross_validate", "evaluate", "format_table",
    "rule_feature", "texts_of", "train",
]  # fmt: skip

GRID = tuple((l2, m) for l2 in (1.0, 3.0, 10.0, 30.0) for m in (0.0, 0.5, 1.0, 2.0, 3.0))
MIN_COUNT = 3  # a feature seen in fewer training facts is left out


@dataclass(frozen=True)
class Text:
    gold: list[dict]
    facts: list[Fact]
    cands: list[Candidates | None]
    right: list[tuple[bool, ...] | None]  # per fact, per candidate: its key is gold's


def _right(gold: list[dict], f: Fact, c: Candidates) -> tuple[bool, ...]:
    keys = first_of_keys(gold)
    base = list(key_of(f))
    at = [KEY.index(k) for k in c.fields]
    out = []
    for values in c.values:
        for i, v in zip(at, values, strict=True):
            base[i] = v
        out.append(tuple(base) in keys)
    return tuple(out)


def texts_of(
    gold: GoldSet, lex: Lexicon, build: Callable[[View, Fact], Candidates] = candidates_of
) -> list[Text]:
    """The set's texts: their facts as extracted, each one's candidates (`build`: its sides
    by default) and which are right."""
    out = []
    for item in labelled(gold, lex):
        d = item.doc
        cands = text_candidates(d["text"], item.published, item.facts, lex, build)
        right = [
            None if c is None else _right(d["facts"], f, c)
            for f, c in zip(item.facts, cands, strict=True)
        ]
        out.append(Text(d["facts"], item.facts, cands, right))
    return out


def _groups(texts: Iterable[Text]) -> list[tuple[Candidates, tuple[bool, ...]]]:
    """The facts that teach: some candidate right and some wrong."""
    return [
        (c, r)
        for t in texts
        for c, r in zip(t.cands, t.right, strict=True)
        if c is not None and r is not None and any(r) and not all(r)
    ]


class _Vocabulary:
    """Every feature name seen, numbered in the order first seen (training sorts its own
    columns by name, so the order never reaches a model)."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.names: list[str] = []
        self.rule: list[bool] = []

    def id(self, name: str) -> int:
        i = self.ids.get(name)
        if i is None:
            i = self.ids[name] = len(self.names)
            self.names.append(name)
            self.rule.append(rule_feature(name))
        return i


_VOCAB = _Vocabulary()
# a fact's candidates as arrays (row pointers, feature ids, values), kept by the
# Candidates' identity: leaving sets out trains and scores the same facts hundreds of times
_ENCODED: dict[int, tuple[Candidates, tuple]] = {}


def _encoded(c: Candidates) -> tuple:
    got = _ENCODED.get(id(c))
    if got is not None and got[0] is c:
        return got[1]
    import numpy as np

    ptr, cols, vals = [0], [], []
    for x in c.features:
        for k, v in x.items():
            cols.append(_VOCAB.id(k))
            vals.append(v)
        ptr.append(len(cols))
    enc = (np.array(ptr), np.array(cols, dtype=np.int64), np.array(vals, dtype=float))
    _ENCODED[id(c)] = (c, enc)  # the Candidates kept alive: its id is not reused
    return enc


def _scores(model: Model, texts: Sequence[Text]) -> list[list[list[float] | None]]:
    """Each fact's candidates' scores under `model`, from the arrays."""
    import numpy as np

    encoded = [[None if c is None else _encoded(c) for c in t.cands] for t in texts]
    w = np.zeros(len(_VOCAB.names))  # the vocabulary is complete once all are encoded
    for k, v in model.weights.items():
        i = _VOCAB.ids.get(k)  # a weight no candidate has adds nothing
        if i is not None:
            w[i] = v
    out = []
    for text in encoded:
        per = []
        for enc in text:
            if enc is None:
                per.append(None)
                continue
            ptr, cols, vals = enc
            terms = np.append(vals * w[cols], 0.0)
            sums = np.add.reduceat(terms, ptr[:-1]) if len(cols) else np.zeros(len(ptr) - 1)
            sums[ptr[:-1] == ptr[1:]] = 0.0  # a candidate without features
            per.append(sums.tolist())
        out.append(per)
    return out


def rule_feature(name: str) -> bool:
    """A feature that tells the rule's choice (its sides, the resolver that chose them)."""
    return ":rule" in name or name.startswith("pair:swapped")


def train(texts: Iterable[Text], l2: float, margin: float = 0.0, with_rule: bool = True) -> Model:
    """The conditional logit's weights over the teaching facts of `texts`; without the
    rule's choice among its features (`with_rule` false), a choice from the text alone."""
    try:
        import numpy as np
        from scipy import sparse
        from scipy.optimize import minimize
    except ImportError as err:  # a study tool's library: an extra, not a runtime need
        raise RuntimeError("side-model training needs scipy: pip install -e '.[study]'") from err

    groups = _groups(texts)
    enc = [_encoded(c) for c, _ in groups]
    if not enc:
        return Model({}, margin)
    # a feature's count: the teaching facts some candidate of which has it
    seen = np.bincount(
        np.concatenate([np.unique(cols) for _, cols, _ in enc]), minlength=len(_VOCAB.names)
    )
    ids = [i for i in np.flatnonzero(seen >= MIN_COUNT) if with_rule or not _VOCAB.rule[i]]
    names = sorted(_VOCAB.names[i] for i in ids)
    if not names:
        return Model({}, margin)
    col = {k: i for i, k in enumerate(names)}
    to_col = np.full(len(_VOCAB.names), -1)
    to_col[[_VOCAB.ids[k] for k in names]] = np.arange(len(names))
    sizes = np.array([len(ptr) - 1 for ptr, _, _ in enc])
    counts = np.concatenate([np.diff(ptr) for ptr, _, _ in enc])
    rows = np.repeat(np.arange(len(counts)), counts)
    cols = to_col[np.concatenate([c for _, c, _ in enc])]
    vals = np.concatenate([v for _, _, v in enc])
    keep = cols >= 0
    r = int(sizes.sum())
    a = sparse.csr_matrix((vals[keep], (rows[keep], cols[keep])), shape=(r, len(names)))
    good = np.array([g for _, ok in groups for g in ok], dtype=bool)
    idx = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    group_of = np.repeat(np.arange(len(sizes)), sizes)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        s = a @ w
        top = np.maximum.reduceat(s, idx)[group_of]
        e = np.exp(s - top)
        z_all = np.add.reduceat(e, idx)
        z_ok = np.add.reduceat(np.where(good, e, 0.0), idx)
        value = float(np.sum(np.log(z_all) - np.log(z_ok))) + 0.5 * l2 * float(w @ w)
        p_all = e / z_all[group_of]
        p_ok = np.where(good, e, 0.0) / z_ok[group_of]
        return value, a.T @ (p_all - p_ok) + l2 * w

    fit = minimize(loss, np.zeros(len(names)), jac=True, method="L-BFGS-B",
                   options={"maxiter": 2000, "gtol": 1e-9})  # fmt: skip
    return Model({k: round(float(fit.x[i]), 6) for k, i in col.items()}, margin)


@dataclass(frozen=True)
class Outcome:
    tp: int
    fp: int
    fn: int
    to_right: int  # facts whose chosen values (sides, or kind and status) went wrong → right
    to_wrong: int  # from right to wrong
    wrong_to_wrong: int
    can_be_right: int = 0  # facts some candidate of which is right (their other fields are)
    chosen_right: int = 0  # of those, the facts whose chosen values are right

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0


def evaluate(texts: Sequence[Text], model: Model | None) -> Outcome:
    """The strict counts over `texts` with the model's sides (the rule's without one)."""
    tp = fp = fn = up = down = same = can_be_right = chosen_right = 0
    scores = _scores(model, texts) if model is not None else [None] * len(texts)
    for t, sc in zip(texts, scores, strict=True):
        if model is None:
            picked, facts = [0] * len(t.facts), t.facts
        else:
            picked = choices(model, t.facts, t.cands, sc)
            facts = rerank(model, t.facts, t.cands, picked)
        a, b, c = score_counts(t.gold, facts)
        tp, fp, fn = tp + a, fp + b, fn + c
        for cand, ok, i in zip(t.cands, t.right, picked, strict=True):
            if cand is None or ok is None:
                continue
            can_be_right += any(ok)
            chosen_right += ok[i]
            if i:
                up += ok[i] and not ok[0]
                down += ok[0] and not ok[i]
                same += not ok[0] and not ok[i]
    return Outcome(tp, fp, fn, up, down, same, can_be_right, chosen_right)


@dataclass(frozen=True)
class CvRow:
    held_out: str
    l2: float
    margin: float
    before: Outcome
    after: Outcome


def _fit_measure(with_rule: bool) -> tuple[Callable, Callable]:
    """Training at a margin of 0 and measuring at a margin: the weights do not depend on it."""

    def fit(texts: Iterable[Text], l2: float) -> Model:
        return train(texts, l2, 0.0, with_rule)

    def measure(texts: Sequence[Text], model: Model | None, margin: float) -> Outcome:
        return evaluate(texts, None if model is None else Model(model.weights, margin))

    return fit, measure


def choose_hyper(
    sets: Mapping[str, list[Text]],
    grid: Sequence[tuple[float, float]],
    with_rule: bool,
    folds: int | None = None,
) -> tuple[float, float]:
    """The (L2, margin) whose choices gain most F1 summed over leaving each set (or each of
    `folds` groups of them) out; the one grid point, or the first with fewer than two sets,
    without a choice (set_cv.chosen)."""
    return chosen(sets, grid, *_fit_measure(with_rule), folds)


def cross_validate(
    sets: Mapping[str, list[Text]],
    grid: Sequence[tuple[float, float]] = GRID,
    with_rule: bool = True,
    folds: int | None = None,
) -> list[CvRow]:
    """Leave each set out: choose (L2, margin) on the others (leaving each, or each of
    `folds` groups of them, out), train on them all, score the held-out set with the
    rule's sides and with the model's."""
    return leave_one_set_out(sets, grid, *_fit_measure(with_rule), CvRow, folds)


def format_table(rows: Sequence[CvRow]) -> str:
    lines = [
        "| held out | L2, margin | rule F1 (tp/fp/fn) | learned F1 (tp/fp/fn) "
        "| facts changed: to right / to wrong / wrong to wrong | facts with the chosen values "
        "right: rule → learned | change |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        b, a = r.before, r.after
        lines.append(
            f"| {r.held_out} | {r.l2:g}, {r.margin:g} | {b.f1:.3f} ({b.tp}/{b.fp}/{b.fn}) "
            f"| {a.f1:.3f} ({a.tp}/{a.fp}/{a.fn}) | {a.to_right} / {a.to_wrong} / "
            f"{a.wrong_to_wrong} | {b.chosen_right}/{b.can_be_right} → "
            f"{a.chosen_right}/{a.can_be_right} "
            f"| {a.f1 - b.f1:+.3f} |"
        )
    return "\n".join([*lines, *tally(rows)]) + "\n"
