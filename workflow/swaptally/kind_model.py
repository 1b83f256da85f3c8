"""A learned choice of a fact's kind and status, the same way side_model.py chooses its sides.

The candidates are every (kind, status) of FACTS.md — exchange, release, held × reported,
planned, estimated — the rule's first. Each is described by the lexicon's cue categories in
the figure's clause and in its sentence (names in triggers.yaml, never their words), a plan
word governing the figure in its clause ('will free 40'), an operation only begun, a
total, the text's frame (about a swap, a deal), the fact's sides (a state holding its own people,
holder unknown), the figure's other readings and its size, each crossed with the
candidate's kind or status; and by whether it is the rule's choice, crossed with the kind
rule that made it. Trained and measured by side_model_train.py (`swaptally side-model-cv
--fields kind`).
"""

from __future__ import annotations

import math

from swaptally.extract import Fact
from swaptally.fact_features import CUES
from swaptally.side_model import Candidates, View

__all__ = ["KIND_STATUS", "kind_candidates_of"]

KIND_STATUS = ("kind", "status")
_KINDS = ("exchange", "release", "held")
_STATUSES = ("reported", "planned", "estimated")


def _context(view: View, f: Fact) -> set[str]:
    """What the fact's place says, whatever its kind: cues, frame, sides, size."""
    s = view.sents[f.sentence_no]
    at, end = f.span_start - s.start, f.span_end - s.start
    lo, hi = s.clause(at, end)
    t = s.low or s.text
    out = set()
    for cue in CUES:
        rx = s.cues.get(cue)
        if rx is None:
            continue
        if rx.search(t, lo, hi):
            out.add(f"clause_cue={cue}")
        elif rx.search(t):
            out.add(f"sentence_cue={cue}")
    plans = [p for p in s.governing_plans if lo <= p[0] and p[1] <= at]
    out.add(f"plan_governs={bool(plans)}")  # 'will free 40', 'agreed to swap 40'
    out.add(f"begun={s.begun}")
    out.add(f"cumulative={s.cumulative}")
    out.add(f"swap_text={view.swap}")
    out.add(f"deal_text={view.deal}")
    if f.persons_of == f.held_by and f.persons_of != "XX":
        out.add("own_held")
    if f.held_by is None:
        out.add("holder_none")
    if "XX" in (f.persons_of, f.held_by):
        out.add("sides_xx")
    n = f.low if f.low is not None else f.high
    out.add(f"size={'none' if n is None else min(4, int(math.log10(max(n, 1))))}")
    out.add(f"qualifier={f.qualifier}")
    out.add(f"first_sentence={f.sentence_no == 0}")
    return out


def kind_candidates_of(view: View, f: Fact) -> Candidates:
    """The fact's candidate (kind, status) pairs, the rule's first, and their features."""
    rule = (f.kind, f.status)
    values = [rule, *((k, st) for k in _KINDS for st in _STATUSES if (k, st) != rule)]
    context = _context(view, f)
    by = f.how.kind if f.how is not None else "slavic"
    feats = []
    for k, st in values:
        x = {f"kind={k}": 1.0, f"status={st}": 1.0, f"kind={k}&status={st}": 1.0}
        for c in context:
            x[f"{c}&kind={k}"] = 1.0
            x[f"{c}&status={st}"] = 1.0
        if k == f.kind:
            x["kind:rule"] = 1.0
            x[f"kind:rule&by={by}"] = 1.0
        if st == f.status:
            x["status:rule"] = 1.0
            x[f"status:rule&by={by}"] = 1.0
        if (k, st) == rule:
            x["pair:rule"] = 1.0
        feats.append(x)
    return Candidates(KIND_STATUS, tuple(values), tuple(feats))
