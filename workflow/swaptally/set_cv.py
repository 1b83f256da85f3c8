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

__all__ = ["choose_settings", "leave_one_set_out"]

T = TypeVar("T")  # a gold text, as the step reads it
M = TypeVar("M")  # a trained model
O = TypeVar("O", bound="Scored")  # noqa: E741 — what a measure returns
R = TypeVar("R")  # a row of the table


class Scored(Protocol):
    @property
    def f1(self) -> float: ...


def choose_settings(
    sets: Mapping[str, Sequence[T]],
    grid: Sequence[tuple[float, float]],
    fit: Callable[[Iterable[T], float], M],  # train on texts with an L2 penalty
    measure: Callable[[Sequence[T], M | None, float], O],  # no model: the rules' output
) -> tuple[float, float]:
    """The (L2, second value) whose models gain most F1 summed over leaving each set out
    (one model per L2 and set; the first of equals)."""
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


def leave_one_set_out(
    sets: Mapping[str, Sequence[T]],
    grid: Sequence[tuple[float, float]],
    fit: Callable[[Iterable[T], float], M],  # train on texts with an L2 penalty
    measure: Callable[[Sequence[T], M | None, float], O],  # no model: the rules' output
    row: Callable[[str, float, float, O, O], R],
) -> list[R]:
    """Per set left out, `row(name, l2, second, before, after)`: the settings chosen on the
    other sets (one grid point, or one other set: no choice), the held-out set measured
    without and with the model trained on them all."""
    rows = []
    for held, texts in sets.items():
        rest = {n: ts for n, ts in sets.items() if n != held}
        one = len(grid) == 1 or len(rest) < 2
        l2, second = grid[0] if one else choose_settings(rest, grid, fit, measure)
        model = fit((t for ts in rest.values() for t in ts), l2)
        before, after = measure(texts, None, second), measure(texts, model, second)
        rows.append(row(held, l2, second, before, after))
    return rows
