"""Leave-one-gold-set-out measurement of a learned step, shared by the study tools
(rescorer.py: a keep/drop of facts; side_model_train.py: a choice of sides or kind).

A step has two settings: an L2 penalty, given to training, and a second value (a threshold,
a margin) applied when the model is used. Each set is left out in turn: the settings are
chosen inside the other sets alone (leaving each of them out in turn), a model is trained on
them all, and the held-out set is measured without the model and with it, so its figure is
one it had no say in.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Protocol, TypeVar

__all__ = ["change", "choose_settings", "chosen", "leave_one_set_out", "pooled", "tally"]

T = TypeVar("T")  # a gold text, as the step reads it
M = TypeVar("M")  # a trained model
O = TypeVar("O", bound="Scored")  # noqa: E741 — what a measure returns
R = TypeVar("R")  # a row of the table


class Scored(Protocol):
    @property
    def f1(self) -> float: ...

    tp: int
    fp: int
    fn: int


class Row(Protocol):
    before: Scored
    after: Scored


def _folds(sets: Mapping[str, Sequence[T]], folds: int | None) -> dict[str, list[T]]:
    """The sets dealt round into `folds` groups in their order (each set its own without)."""
    if folds is None or folds >= len(sets):
        return {n: list(ts) for n, ts in sets.items()}
    out: dict[str, list[T]] = {}
    for i, ts in enumerate(sets.values()):
        out.setdefault(f"fold{i % folds}", []).extend(ts)
    return out


def choose_settings(
    sets: Mapping[str, Sequence[T]],
    grid: Sequence[tuple[float, float]],
    fit: Callable[[Iterable[T], float], M],  # train on texts with an L2 penalty
    measure: Callable[[Sequence[T], M | None, float], O],  # no model: the rules' output
    folds: int | None = None,
) -> tuple[float, float]:
    """The (L2, second value) whose models gain most F1 summed over leaving each set out
    (one model per L2 and set; the first of equals); with `folds`, each of that many
    groups of the sets (fewer models to train when the sets are many)."""
    sets = _folds(sets, folds)
    best, best_gain = grid[0], -math.inf
    before = {n: measure(ts, None, grid[0][1]).f1 for n, ts in sets.items()}  # once per set
    for l2 in sorted({g[0] for g in grid}):
        models = {n: fit((t for m, ts in sets.items() if m != n for t in ts), l2) for n in sets}
        for gl2, second in grid:
            if gl2 != l2:
                continue
            gain = sum(measure(ts, models[n], second).f1 - before[n] for n, ts in sets.items())
            if gain > best_gain + 1e-12:
                best, best_gain = (l2, second), gain
    return best


def chosen(
    sets: Mapping[str, Sequence[T]],
    grid: Sequence[tuple[float, float]],
    fit: Callable[[Iterable[T], float], M],
    measure: Callable[[Sequence[T], M | None, float], O],
    folds: int | None = None,
) -> tuple[float, float]:
    """The settings of a model trained on `sets`: the one grid point, or the first with
    fewer than two sets (none to leave out), else those choose_settings finds."""
    if len(grid) == 1 or len(sets) < 2:
        return grid[0]
    return choose_settings(sets, grid, fit, measure, folds)


def leave_one_set_out(
    sets: Mapping[str, Sequence[T]],
    grid: Sequence[tuple[float, float]],
    fit: Callable[[Iterable[T], float], M],  # train on texts with an L2 penalty
    measure: Callable[[Sequence[T], M | None, float], O],  # no model: the rules' output
    row: Callable[[str, float, float, O, O], R],
    folds: int | None = None,
) -> list[R]:
    """Per set left out, `row(name, l2, second, before, after)`: the settings chosen on the
    other sets (one grid point, or one other set: no choice; `folds`, see choose_settings),
    the held-out set measured without and with the model trained on them all."""
    rows = []
    for held, texts in sets.items():
        rest = {n: ts for n, ts in sets.items() if n != held}
        l2, second = chosen(rest, grid, fit, measure, folds)
        model = fit((t for ts in rest.values() for t in ts), l2)
        before, after = measure(texts, None, second), measure(texts, model, second)
        rows.append(row(held, l2, second, before, after))
    return rows


def pooled(outcomes: Iterable[Scored]) -> tuple[float, int, int, int]:
    """Strict F1 over the counts of several sets added up, and the counts."""
    tp = fp = fn = 0
    for o in outcomes:
        tp, fp, fn = tp + o.tp, fp + o.fp, fn + o.fn
    return (2 * tp / (2 * tp + fp + fn) if tp else 0.0), tp, fp, fn


def change(before: Iterable[Scored], after: Iterable[Scored]) -> str:
    """The pooled strict F1 and counts of `before`, then of `after`: 'F1 (tp/fp/fn) → …'."""
    b, a = pooled(before), pooled(after)
    return f"{b[0]:.3f} ({b[1]}/{b[2]}/{b[3]}) → {a[0]:.3f} ({a[1]}/{a[2]}/{a[3]})"


def tally(rows: Sequence[Row]) -> list[str]:
    """The table's last lines: held-out sets up, down, unchanged, and the pooled F1."""
    up = sum(r.after.f1 > r.before.f1 for r in rows)
    down = sum(r.after.f1 < r.before.f1 for r in rows)
    return [
        f"held-out sets up {up}, down {down}, unchanged {len(rows) - up - down}",
        "pooled over the held-out sets: "
        + change((r.before for r in rows), (r.after for r in rows)),
    ]
