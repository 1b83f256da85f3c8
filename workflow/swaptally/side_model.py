"""A learned choice of a fact's sides (persons_of, held_by) among candidates from its text.

For each fact of the English extractor the candidates are the rule's sides, the two swapped,
XX/XX, and every pair of the actors its sentence and the one before name (with the text's
two parties), each with XX, and a holder left unknown (None). Each candidate is described by
features of where its actors stand — the rule's choice or not, the actor's role in the
lexicon, before or after the figure and how far, the word before it ('to', 'by', 'in'),
a releasing or receiving verb right after it, a demonym in the figure's own noun phrase,
named in the sentence or only the one before, a party of the text, in the figure's clause
or another and which verb categories of the lexicon stand between it and the figure (the
clause structure the rules read) — crossed with the fact's
kind and the resolver that sided it. A linear score ranks them (a conditional logit,
trained by side_model_train.py); a candidate replaces the rule's only when its score beats
the rule's by the model's margin.

The model is data (a JSON of weights), read without scikit-learn: the same facts give the
same sides byte for byte. Measured by leaving one gold set out (`swaptally side-model-cv`):
it does not beat the rules (README, "Learned sides and kind"), so extraction does not use it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from swaptally.extract import Fact, Lexicon
from swaptally.extract.lexicon import straight_apostrophes

__all__ = [
    "SIDES", "Candidates", "Model", "View", "candidates_of", "choices", "choose", "load_model",
    "rerank", "text_candidates",
]  # fmt: skip

Sides = tuple[str, str | None]
SIDES = ("persons_of", "held_by")

_WORD_RE = re.compile(r"[\w'-]+")


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    margin: float = 0.0

    def score(self, x: dict[str, float]) -> float:
        return sum(self.weights.get(k, 0.0) * v for k, v in x.items())

    def to_json(self) -> str:
        data = {"margin": self.margin, "weights": dict(sorted(self.weights.items()))}
        return json.dumps(data, indent=0, sort_keys=True) + "\n"


def load_model(path: str | Path) -> Model:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return Model({str(k): float(v) for k, v in data["weights"].items()}, float(data["margin"]))


@dataclass(frozen=True)
class Candidates:
    """One fact's candidate values of `fields` (persons_of and held_by, or kind and status),
    the rule's first, and each candidate's features."""

    fields: tuple[str, ...]
    values: tuple[tuple, ...]
    features: tuple[dict[str, float], ...]


def _bucket(n: int) -> str:
    return "0" if n <= 1 else "2" if n <= 3 else "4" if n <= 7 else "8" if n <= 15 else "16"


def _words(text: str) -> int:
    return len(_WORD_RE.findall(text))


class View:
    """What the features read of one text: its sentences with their actors, its parties."""

    def __init__(self, text: str, published, lex: Lexicon) -> None:
        from swaptally.extract.text import read_text

        self.lex = lex
        doc, self.sents, _ = read_text(straight_apostrophes(text), published, lex)
        self.parties = tuple(doc.parties[:2])
        self.home = doc.home
        self.armed = frozenset(doc.armed)
        self.swap, self.deal = doc.frame.swap, doc.frame.deal
        self.one_armed = doc.armed[0] if len(doc.armed) == 1 else None
        self._frames: dict[int, tuple[frozenset, frozenset, frozenset]] = {}
        counts: dict[str, int] = {}
        for s in self.sents:
            for a in s.actors:
                counts[a.code] = counts.get(a.code, 0) + 1
        self.counts = counts

    def frame(self, no: int) -> tuple[frozenset, frozenset, frozenset]:
        """The codes the frame stage names in sentence `no` as holders, releasers and
        receivers ('held by X', 'X freed', 'X got back')."""
        got = self._frames.get(no)
        if got is None:
            from swaptally.extract.frame import Frame

            fr = Frame(self.sents[no], self.one_armed)
            got = self._frames[no] = tuple(
                frozenset(c for _, c in found if c)
                for found in (fr.holders, fr.releasers, fr.receivers)
            )
        return got


def _slot(view: View, f: Fact, code: str | None, slot: str, rule: str | None) -> dict:
    """The features of `code` as side `slot` ('p' persons_of, 'h' held_by) of fact `f`."""
    x: dict[str, float] = {}
    if code == rule:
        x[f"{slot}:rule"] = 1.0
    if code is None:
        x[f"{slot}:none"] = 1.0
        return x
    if code == "XX":
        x[f"{slot}:xx"] = 1.0
        return x
    lex = view.lex
    if code in view.parties:
        x[f"{slot}:party{view.parties.index(code)}"] = 1.0
    else:
        x[f"{slot}:no_party"] = 1.0
    if code == view.home:
        x[f"{slot}:home"] = 1.0
    if code in lex.mediators:
        x[f"{slot}:mediator"] = 1.0
    if code in view.armed:
        x[f"{slot}:armed_text"] = 1.0
    x[f"{slot}:text_mentions={_bucket(view.counts.get(code, 0))}"] = 1.0
    s = view.sents[f.sentence_no]
    at, end = f.span_start - s.start, f.span_end - s.start
    mine = [a for a in s.actors if a.code == code]
    if not mine:
        prev = view.sents[f.sentence_no - 1] if f.sentence_no else None
        named_before = prev is not None and any(a.code == code for a in prev.actors)
        x[f"{slot}:in_prev" if named_before else f"{slot}:not_near"] = 1.0
        return x
    x[f"{slot}:in_sentence"] = 1.0
    x.update(_clause_features(s, at, end, mine, slot))
    frames = view.frame(f.sentence_no)
    for name, codes in zip(("holder", "releaser", "receiver"), frames, strict=True):
        if code in codes:
            x[f"{slot}:frame_{name}"] = 1.0
    if len(mine) > 1:
        x[f"{slot}:named_twice"] = 1.0
    if s.actors[0].code == code and s.actors[0].start < at:
        x[f"{slot}:first_actor"] = 1.0
    a = min(mine, key=lambda a: a.start - end if a.start >= end else at - a.end)
    where = "after" if a.start >= end else "before"
    gap = _words(s.text[end : a.start] if where == "after" else s.text[a.end : at])
    x[f"{slot}:{where}"] = 1.0
    x[f"{slot}:{where}_gap={_bucket(gap)}"] = 1.0
    x[f"{slot}:{'demonym' if a.demonym else 'name'}"] = 1.0
    x[f"{slot}:role={a.role}"] = 1.0
    if a.demonym and where == "after" and gap <= 2:
        x[f"{slot}:np_demonym"] = 1.0  # "40 Ukrainian soldiers"
    before = _WORD_RE.findall(s.text[max(0, a.start - 24) : a.start].lower())
    if before:
        x[f"{slot}:word_before={before[-1]}"] = 1.0
        if len(before) > 1:
            x[f"{slot}:words_before={before[-2]}_{before[-1]}"] = 1.0
    else:
        x[f"{slot}:opens"] = 1.0
    t = s.low or s.text
    for name, rx in (
        ("releaser", lex.releaser_lower_re if s.low else lex.releaser_re),
        ("receiver", lex.receiver_lower_re if s.low else lex.receiver_re),
        ("sender", lex.sender_lower_re if s.low else lex.sender_re),
    ):
        if rx.match(t, a.end):
            x[f"{slot}:{name}_verb"] = 1.0
    return x


# verb cue categories (triggers.yaml) whose place between an actor and the figure tells
# its part: 'X freed 40' (a releaser before), '40 held by X' (a holding word before X)
_BETWEEN = ("releaser", "receiver", "sender", "swap_verb", "held", "take_verb", "exchange")


def _clause_features(s, at: int, end: int, mine: Sequence, slot: str) -> dict[str, float]:
    """Where the actor stands in the figure's clause structure: in its clause or another,
    and which verb categories the lexicon finds between it and the figure."""
    lo, hi = s.clause(at, end)
    x: dict[str, float] = {}
    inside = [a for a in mine if lo <= a.start and a.end <= hi]
    x[f"{slot}:clause_{'same' if inside else 'other'}"] = 1.0
    for a in inside or mine[:1]:
        where, a_lo, a_hi = ("after", end, a.start) if a.start >= end else ("before", a.end, at)
        for cue in _BETWEEN:
            if cue in s.cues and s.cue(cue, a_lo, a_hi) is not None:
                x[f"{slot}:{where}_{'clause' if inside else 'sentence'}_via={cue}"] = 1.0
        break
    return x


def _cross(x: dict[str, float], tag: str) -> dict[str, float]:
    return {f"{k}&{tag}": v for k, v in x.items()}


def candidates_of(view: View, f: Fact) -> Candidates:
    """The fact's candidate sides (the rule's first) and their features."""
    rule: Sides = (f.persons_of, f.held_by)
    s = view.sents[f.sentence_no]
    codes = [a.code for a in s.actors]
    if f.sentence_no:
        codes += [a.code for a in view.sents[f.sentence_no - 1].actors]
    codes += list(view.parties)
    codes += [c for c in rule if c is not None]
    actors = list(dict.fromkeys(c for c in codes if c != "XX"))
    persons = [*actors, "XX"]
    holders: list[str | None] = [*actors, "XX", None]
    sides = [rule, *((p, h) for p in persons for h in holders if (p, h) != rule)]
    side = f.how.side if f.how is not None else "slavic"
    slots_p = {c: _slot(view, f, c, "p", rule[0]) for c in persons}
    slots_h = {c: _slot(view, f, c, "h", rule[1]) for c in holders}
    np_demonym = any(a.demonym and 0 <= a.start - f.span_end + s.start <= 30 for a in s.actors)
    context = {
        f"np_demonym={np_demonym}",
        f"actors_in_sentence={min(len({a.code for a in s.actors}), 3)}",
        f"side={side}",
    }
    feats = []
    for p, h in sides:
        x = {**slots_p[p], **slots_h[h]}
        for slot, code in (("p", p), ("h", h)):
            if code == rule[slot == "h"]:
                x.update({f"{slot}:rule&{c}": 1.0 for c in context})
            elif code in ("XX", None):
                x.update({f"{slot}:{str(code).lower()}&{c}": 1.0 for c in context})
        if (p, h) == rule:
            x["pair:rule"] = 1.0
            x[f"pair:rule&side={side}"] = 1.0
            x[f"pair:rule&kind={f.kind}"] = 1.0
        if (h, p) == rule:
            x["pair:swapped"] = 1.0
        if p == h and p != "XX":
            x["pair:own_held"] = 1.0
        if h is not None and p not in ("XX", h) and h != "XX" and view.lex.fights(p, h):
            x["pair:enemies"] = 1.0
        x.update(_cross(x, f"kind={f.kind}"))
        feats.append(x)
    return Candidates(SIDES, tuple(sides), tuple(feats))


def text_candidates(
    text: str,
    published,
    facts: Sequence[Fact],
    lex: Lexicon,
    build: Callable[[View, Fact], Candidates] = candidates_of,
) -> list[Candidates | None]:
    """Each fact's candidates (`build`: its sides by default); None for a fact of the
    Russian/Ukrainian extractor."""
    if not any(f.how is not None for f in facts):
        return [None] * len(facts)
    view = View(text, published, lex)
    return [build(view, f) if f.how is not None else None for f in facts]


def choose(
    model: Model,
    c: Candidates,
    taken: frozenset[tuple] = frozenset(),
    scores: Sequence[float] | None = None,
) -> int:
    """The index of the chosen candidate among those whose values are not `taken` (by
    another reading of the same figure): the best, if it beats the rule's (0) by the
    margin or the rule's is taken; ties go to the earlier candidate. `scores`: the
    candidates' scores under the model, when the caller has them already."""
    if scores is None:
        scores = [model.score(x) for x in c.features]
    free = [i for i, v in enumerate(c.values) if v not in taken] or [0]
    best = max(free, key=lambda i: (scores[i], -i))
    if c.values[0] in taken or scores[best] - scores[0] > model.margin:
        return best
    return 0


_KEY = ("kind", "status", "persons_of", "held_by", "category", "low", "high")


def _reading(f: Fact, fields: tuple[str, ...]) -> tuple:
    """What the readings of one figure share but the chosen fields: 'exchanged 12 each'
    gives two facts, which must not be given the same sides."""
    return (f.span_start, *(getattr(f, k) for k in _KEY if k not in fields))


def choices(
    model: Model,
    facts: Sequence[Fact],
    cands: Sequence[Candidates | None],
    scores: Sequence[Sequence[float] | None] | None = None,
) -> list[int]:
    """Each fact's chosen candidate (0, the rule's, for a fact without candidates);
    `scores`, each fact's candidates' scores when the caller has them."""
    taken: dict[tuple, frozenset[tuple]] = {}
    out = []
    for n, (f, c) in enumerate(zip(facts, cands, strict=True)):
        if c is None:
            out.append(0)
            continue
        key = _reading(f, c.fields)
        i = choose(model, c, taken.get(key, frozenset()), None if scores is None else scores[n])
        taken[key] = taken.get(key, frozenset()) | {c.values[i]}
        out.append(i)
    return out


def rerank(
    model: Model,
    facts: Sequence[Fact],
    cands: Sequence[Candidates | None],
    picked: Sequence[int] | None = None,
) -> list[Fact]:
    """The facts with the model's sides (the rule's where it does not beat them);
    `picked`, the choices when the caller has made them (`choices`)."""
    import dataclasses

    if picked is None:
        picked = choices(model, facts, cands)
    out = []
    for f, c, i in zip(facts, cands, picked, strict=True):
        if i:
            f = dataclasses.replace(f, **dict(zip(c.fields, c.values[i], strict=True)))  # type: ignore[union-attr]
        out.append(f)
    return out
