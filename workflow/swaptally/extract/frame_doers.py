"""Who gives or gets a figure's people, read from the sentence's frame: the doer before the
figure ('Russia freed 90', 'it received'), the doer of a relative clause after it ('the 144
fighters it brought home'), the owner of 'its'/'their'/'our', an actor holding them
('Ukraine holds two …'), the holder named nearest, and the side the sentence implies."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .frame_patterns import frame_patterns
from .mentions import Figure
from .sentence import Sentence, any_in

if TYPE_CHECKING:
    from .context import Ctx

__all__ = [
    "context_side", "holding_subject", "nearest_holder", "possessor", "relative_doer", "subject",
]  # fmt: skip


def subject(ctx: Ctx, pos: int, receiving: bool) -> str | None:
    """The actor (name, not demonym) that releases (or receives) before `pos`; a pronoun
    subject ('it', 'they') is the actor carried from before the sentence."""
    doers = ctx.frame.receivers if receiving else ctx.frame.releasers
    roles = ctx.frame.role_starts  # 'joint mediation with US led to swap': US frees no one
    named = [
        c
        for p, c in doers
        if p < pos and c is not None and ctx.doc.can_be_side(c) and p not in roles
    ]
    if named:
        return named[-1]
    # a pronoun's ('it', 'they'), not a mediator's ('Egypt, the main mediator, has said')
    pronouns = [p for p, c in doers if c is None and p < pos and p not in roles]
    if not pronouns:
        return None
    if receiving:
        return _pronoun_referent(ctx, pronouns[-1])
    return ctx.carried


_RELATIVE_GAP_RE = re.compile(r"\s*(?:that\s+|which\s+|who\s+|whom\s+)?(?:the\s+)?", re.IGNORECASE)


def relative_doer(ctx: Ctx, f: Figure, receiving: bool) -> str | None:
    """'the 144 fighters it brought home', 'the 155 soldiers Ukraine turned over': the actor
    of a relative clause right after the figure's noun phrase receives (or releases) it."""
    s = ctx.s
    near = s.text[f.np_end : f.np_end + 16]
    named = any(f.np_end <= a.start <= f.np_end + 14 for a in s.actors)
    if not named and " it " not in near and " they " not in near:
        return None  # the common case: no actor right after the group
    doers = ctx.frame.receivers if receiving else ctx.frame.releasers
    for p, code in doers:
        if p < f.np_end or p > f.np_end + 14:
            continue
        gap = _RELATIVE_GAP_RE.match(s.text, f.np_end)
        if gap is None or gap.end() != p:
            continue
        if code is not None:
            return code if ctx.doc.can_be_side(code) else None
        return _pronoun_referent(ctx, p)
    return None


def _pronoun_referent(ctx: Ctx, pronoun: int) -> str | None:
    """'Russia's defence ministry said the 390 it received …': the pronoun refers to the
    actor (or institution) named before it in the sentence, else the carried actor."""
    s = ctx.s
    names = [
        a.code
        for a in s.actors
        if a.start < pronoun
        and (not a.demonym or frame_patterns(s.lex).institution.match(s.text, a.end))
    ]
    return names[-1] if names else ctx.carried


def possessor(ctx: Ctx, pos: int, poss: str) -> str | None:
    """Who 'its'/'their'/'our' refers to: the speaker for 'our' (None when no speaker is
    known: an actor named before 'our' is not 'we'), else the last actor named."""
    if poss == "our":
        return ctx.speaker
    roles = ctx.frame.role_starts  # 'US envoy X told the group that 5,000 of its prisoners'
    names = [
        (a.start, a.code)
        for a in ctx.s.actors
        if a.start < pos and not a.demonym and ctx.doc.can_be_side(a.code) and a.start not in roles
    ]
    if ctx.frame.armed is not None:  # 'the group' names the text's one armed group
        anaphors = frame_patterns(ctx.s.lex).armed_anaphor.finditer(ctx.s.text, 0, pos)
        names += [(m.start(), ctx.frame.armed) for m in anaphors]
    return max(names)[1] if names else ctx.carried


def holding_subject(ctx: Ctx, f: Figure) -> str | None:
    """'Ukraine holds two North Korean soldiers', 'the Houthis are holding at least 23': the
    actor right before the figure, with a holding verb between, holds the people counted."""
    if not ctx.frame.holding_hint:
        return None  # the common case: no holding verb in the sentence
    s = ctx.s
    start = f.q.start
    p = frame_patterns(s.lex)
    near = s.lowered[max(0, start - 40) : start]
    if not any_in(p.holding_hints, near):
        return None  # none right before the figure
    gap = p.holding_gap
    for a in reversed(s.actors):
        if a.end <= start and not a.demonym and gap.fullmatch(s.text, a.end, start):
            return a.code if ctx.doc.can_be_side(a.code) else None
    return None


def nearest_holder(ctx: Ctx, f: Figure) -> str | None:
    """The holder named for the figure: after it in its clause, inside it, or before it."""
    s = ctx.s
    cues = ctx.holders
    if not cues:
        return None
    lo, hi = f.clause
    stop = s.next_figure_start(f.np_end)
    after = [c for p, c in cues if f.np_end <= p < min(stop, hi + 60)]
    if after and not _other_half_between(s.text, f.np_end, after_at(cues, f.np_end)):
        return after[0]
    inside = [c for p, c in cues if f.q.start <= p < f.np_end]
    if inside:
        return inside[0]
    before = [c for p, c in cues if lo <= p < f.q.start]
    return before[-1] if before else None


def after_at(cues: list[tuple[int, str]], at: int) -> int:
    """Where the first holder cue at or after `at` stands."""
    return next(p for p, _ in cues if p >= at)


# between a group and a holder named after it: the swap's other half ('two soldiers for
# Ukrainians held by Russia', '… in a trade for a Russian held in Germany'): the holder is
# that half's (catalogue M14)
_OTHER_HALF_RE = re.compile(r"\b(?:exchange|return|trade|swap)\s+for\b", re.IGNORECASE)
_FOR_NEXT_RE = re.compile(r"\s*,?\s*for\b", re.IGNORECASE)  # right after the group


def _other_half_between(text: str, start: int, end: int) -> bool:
    # a match, not '^' in a search: '^' holds only at the string's start, not at `start`
    return (
        _FOR_NEXT_RE.match(text, start, end) is not None
        or _OTHER_HALF_RE.search(text, start, end) is not None
    )


def context_side(ctx: Ctx, f: Figure | None = None) -> str | None:
    """The side the sentence's holders or parties imply, else the text's home party. A party
    named as another figure's people ('90 prisoners of war of the Russian army were handed
    over, and 12 civilians were brought back too') implies nothing of this one's."""
    doc, s = ctx.doc, ctx.s
    held_by = {c for _, c in ctx.holders}
    if len(held_by) == 1:
        other = ctx.other(next(iter(held_by)))
        if other:
            return other
    roles = ctx.frame.role_starts
    named = [
        a.code
        for a in s.actors
        if a.code in doc.parties[:2]
        and a.code not in held_by
        and a.start not in roles
        and not (f is not None and _of_other_figure(s, f, a.start))
    ]
    if len(set(named)) == 1:
        return named[0]
    return doc.home


_OF_GROUP_RE = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")


def _of_other_figure(s: Sentence, f: Figure, at: int) -> bool:
    """The actor at `at` names another figure's people right after its noun ('90
    prisoners of war of the Russian army'). A demonym in that figure's noun phrase ('300
    Indian fishermen and 20 …') may tell of this one's too: it is kept."""
    for g in s.figures:
        if g is f:
            continue
        if g.np_end < at and _OF_GROUP_RE.fullmatch(s.text, g.np_end, at):
            return True
    return False
