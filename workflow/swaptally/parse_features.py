"""The dependency parse's frame (extract/parse_frame.py) as features of the learned choices
of sides and of kind and status (side_model.py, kind_model.py), for the study
(`swaptally side-model-cv --parse`): does a parse tell the models what the rules miss?

Each candidate side gets the roles the parse gives its code ('p:parse_subject=give': the
subject of a giving verb as persons_of), and XX or an unknown holder what the parse leaves
unsaid (no nationality, no possessor); each kind and status the verb's tense, a modal or a
verb of plan, a swap. The frames of a text are parsed once, on the text's View.
"""

from __future__ import annotations

from swaptally.extract import Fact
from swaptally.extract.parse_frame import ParseFrame, frame_at, parse_texts, sides_of
from swaptally.side_model import Candidates, View, candidates_of

__all__ = ["frame_of", "kind_candidates_with_parse", "side_candidates_with_parse"]

# the roles a code may have in a frame, by the frame's field
_ROLES = (
    "subject", "agent", "own_agent", "recipient", "source", "nationality", "possessor",
    "other_persons", "speaker",
)  # fmt: skip


def frame_of(view: View, f: Fact) -> ParseFrame | None:
    """The parse frame of fact `f`'s figure; the text's sentences with facts are parsed
    once, on first use (kept on the view)."""
    docs = view.__dict__.setdefault("_parsed", {})
    no = f.sentence_no
    if no not in docs:
        docs[no] = parse_texts([view.sents[no].text])[0]
    s = view.sents[no]
    return frame_at(docs[no], f.span_start - s.start, s.actors, view.lex)


def _slot(fr: ParseFrame, code: str | None, slot: str, sides: tuple) -> dict[str, float]:
    x: dict[str, float] = {}
    persons, holders = sides
    if code in (None, "XX"):
        empty = not (persons if slot == "p" else holders)
        x[f"{slot}:{str(code).lower()}&parse_empty={empty}"] = 1.0
        if slot == "p":
            bare = not fr.nationality and not fr.possessor
            x[f"p:{str(code).lower()}&parse_bare_noun={bare}"] = 1.0
        return x
    for role in _ROLES:
        if code in getattr(fr, role):
            x[f"{slot}:parse_{role}={fr.cls or '-'}"] = 1.0
            x[f"{slot}:parse_{role}"] = 1.0
    mine = persons if slot == "p" else holders
    if code in mine:
        x[f"{slot}:parse_side" + ("_one" if len(mine) == 1 else "_many")] = 1.0
    elif mine:
        x[f"{slot}:parse_other_side"] = 1.0
    return x


def side_candidates_with_parse(view: View, f: Fact) -> Candidates:
    """candidates_of, each candidate with the parse's roles of its two codes."""
    c = candidates_of(view, f)
    fr = frame_of(view, f) if f.how is not None else None
    if fr is None:
        return c
    sides = sides_of(fr)
    feats = []
    for (p, h), x in zip(c.values, c.features, strict=True):
        y = dict(x)
        y.update(_slot(fr, p, "p", sides))
        y.update(_slot(fr, h, "h", sides))
        if fr.passive:
            y.update({f"{k}&parse_passive": v for k, v in y.items() if k.startswith("h:parse")})
        feats.append(y)
    return Candidates(c.fields, c.values, tuple(feats))


def _tags(fr: ParseFrame) -> list[str]:
    tags = [f"parse_cls={fr.cls or '-'}"]
    for name in ("passive", "negated", "planned", "past", "swap", "for_other"):
        if getattr(fr, name):
            tags.append(f"parse_{name}")
    return tags


def kind_candidates_with_parse(view: View, f: Fact) -> Candidates:
    """kind_candidates_of, each (kind, status) with the parse's verb read: its class,
    passive, negated, planned, past, a swap."""
    from swaptally.kind_model import kind_candidates_of

    c = kind_candidates_of(view, f)
    fr = frame_of(view, f) if f.how is not None else None
    if fr is None:
        return c
    tags = _tags(fr)
    feats = []
    for (k, st), x in zip(c.values, c.features, strict=True):
        y = dict(x)
        for t in tags:
            y[f"{t}&kind={k}"] = 1.0
            y[f"{t}&status={st}"] = 1.0
        feats.append(y)
    return Candidates(c.fields, c.values, tuple(feats))
