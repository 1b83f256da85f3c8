"""Sides the clause's grammar tells: the doer of a relative clause on the group ('the 144
fighters it brought home'), the receiver before it ('Ukraine received 80'), the owner of
'its'/'their'/'our', the holder it is held by ('60 prisoners held by Russia'), the
partner of 'a swap with X', and the other half of 'N for M'."""

from __future__ import annotations

import re

from . import frame_doers, frame_named
from .bare_figures import verbs
from .context import Ctx
from .fact import Side
from .lexicon import Lexicon, norm
from .mentions import Figure
from .sided import Answer, Sided
from .sides_holder import finish
from .sides_releaser import own_prisoners
from .speakers import speaker_code

__all__ = [
    "counterpart", "held_by_other", "possessive", "receiver_object", "receiver_subject",
    "relative_clause", "swap_partner",
]  # fmt: skip


_RECEIVE_BEFORE_RE = re.compile(
    r"\b(?:receiv\w+|got\s+back|getting\s+back|welcom\w+)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)


def relative_clause(ctx: Ctx, f: Figure) -> Answer | None:
    """'the 144 fighters it brought home' (its own people), 'the 155 soldiers Ukraine
    turned over' (the other side's): the actor of a relative clause on the group."""
    if f.codes:
        return None
    persons = frame_doers.relative_doer(ctx, f, receiving=True)
    if persons:
        return finish(ctx, f, persons, Side.RELATIVE_CLAUSE)
    releaser = frame_doers.relative_doer(ctx, f, receiving=False)
    persons = ctx.other(releaser)
    if not (releaser and persons):
        return None
    if own_prisoners(ctx, f, releaser, persons):
        # 'the 40 detainees it promised to free in an agreement with Washington': its own
        return (Sided(releaser, releaser, Side.RELATIVE_CLAUSE),)
    holder = frame_doers.nearest_holder(ctx, f) or releaser
    return (Sided(persons, holder, Side.RELATIVE_CLAUSE),)


def receiver_object(ctx: Ctx, f: Figure) -> Answer | None:
    """'Ukraine received 80 prisoners': the first actor named before 'received'."""
    s, pos = ctx.s, f.q.num_start
    near = s.text[max(0, pos - 40) : pos].lower()
    if not ("rece" in near or "got" in near or "getting" in near or "welcom" in near):
        return None
    verb = _RECEIVE_BEFORE_RE.search(s.text, max(0, pos - 40), pos)
    if not verb:
        return None
    names = [
        a
        for a in s.actors
        if not a.demonym and a.start < verb.start() and ctx.doc.can_be_side(a.code)
    ]
    # the receiver of this clause ('…, while Moscow received 95'), else the sentence's first
    lo = f.clause[0]
    own = [a.code for a in names if a.start >= lo]
    persons = own[-1] if own else (names[0].code if names else None)
    return finish(ctx, f, persons, Side.RECEIVER) if persons else None


def possessive(ctx: Ctx, f: Figure) -> Answer | None:
    """'42 of its soldiers', 'our defenders'; not 'Israel freed 90 of its prisoners' (the
    captives a state frees are those it holds: releaser_other reads them)."""
    if f.possessive not in ("its", "their", "our"):
        return None
    persons = _speakers_own(ctx, f) or frame_doers.possessor(ctx, f.q.num_start, f.possessive)
    if persons and _frees_its_captives(ctx, f, persons):
        return None
    if persons and f.possessive != "our":
        persons = _owner_not_freer(ctx, f, persons)
    return finish(ctx, f, persons, Side.POSSESSIVE) if persons else None


def _frees_its_captives(ctx: Ctx, f: Figure, owner: str) -> bool:
    """'Israel freed 90 of its prisoners', 'the Houthis released 40 of their detainees': the
    owner of captives (a captive noun, not 'its soldiers') frees them with a verb only a
    holder takes (lexicon living_verb, not 'returned', 'got back'): they are its captives,
    the other side's people ('Kyiv said 140 of its prisoners were freed' are its own)."""
    s = ctx.s
    words = s.text[f.q.num_end : f.np_end].split()
    if not words or norm(words[-1]) not in s.lex.captive_nouns:
        return False
    if not verbs(s.lex).living_before.search(s.lowered, max(0, f.q.start - 30), f.q.start):
        return False
    return frame_doers.subject(ctx, f.q.num_start, receiving=False) == owner


def _owner_not_freer(ctx: Ctx, f: Figure, owner: str) -> str:
    """'Moscow said Kyiv let 150 of its troops go': a side frees the other's people, so
    'its' people (not captives) freed by the actor named last are the speaker's, when the
    figure's speaker is another side ('Kyiv said it had freed 90 of its soldiers' keeps
    Kyiv's: no other speaker)."""
    s = ctx.s
    if not verbs(s.lex).living_before.search(s.lowered, max(0, f.q.start - 30), f.q.start):
        return owner  # the common case: no freeing verb right before the group
    if frame_doers.subject(ctx, f.q.num_start, receiving=False) != owner:
        return owner
    speaker = speaker_code(s.lex, ctx.said_for(f.q.start), ctx.carried)
    if speaker in (None, "XX", owner) or not ctx.doc.can_be_side(speaker):
        return owner
    return speaker


def held_by_other(ctx: Ctx, f: Figure) -> Answer | None:
    """'60 prisoners held by Russia': people of the holder's other side."""
    holder = frame_doers.nearest_holder(ctx, f)
    persons = ctx.other(holder)
    if (
        holder is not None
        and ctx.insurgency(holder)
        and persons not in (None, "XX", holder)
        and not ctx.doc.lex.fights(holder, persons)
        and all(a.code != persons for a in ctx.s.actors)  # 'the two are Filipinos': told
    ):
        # 'drivers seized by the insurgents' in a text that names a neighbour too: the
        # insurgents fight their own state, not the neighbour; whose people, not told
        persons = "XX"
    if persons in (None, "XX"):
        persons = _speakers_own(ctx, f) or persons  # 'held by the coalition', Houthis said
    return finish(ctx, f, persons, Side.HELD_BY_OTHER) if persons else None


def _speakers_own(ctx: Ctx, f: Figure) -> str | None:
    """A group named by its holder's enemy is the speaker's: '1,500 of their fighters are
    still held by the coalition', Houthi officials said."""
    speaker = ctx.speaker
    if speaker is None or speaker == "XX" or not ctx.doc.can_be_side(speaker):
        return None
    holder = frame_doers.holding_subject(ctx, f) or frame_doers.nearest_holder(ctx, f)
    return speaker if holder is not None and holder != speaker else None


def receiver_subject(ctx: Ctx, f: Figure) -> Answer | None:
    """'… 60 prisoners, whom Ukraine received' / 'Kyiv got back 60'."""
    persons = frame_doers.subject(ctx, f.q.num_start, receiving=True)
    return finish(ctx, f, persons, Side.RECEIVER) if persons else None


def counterpart(ctx: Ctx, f: Figure) -> Answer | None:
    """'50 hostages for 150 Palestinian prisoners'."""
    persons = frame_named.counterpart(ctx, f)
    return finish(ctx, f, persons, Side.COUNTERPART) if persons else None


def swap_partner(ctx: Ctx, f: Figure) -> Answer | None:
    """'41 residents were freed in a prisoner exchange with Ukraine': the partner of a
    swap ('with X') held the people freed in it; they are its other side's. Only for a
    group no doer of its clause sides (the releaser's or receiver's resolvers come first)."""
    s = ctx.s
    lo, hi = f.clause
    if " with " not in s.lowered[lo:hi]:
        return None  # the common case, without a regex
    partner = _swap_partner(ctx, f)
    persons = ctx.other(partner)
    if partner is None or persons in (None, "XX", partner):
        return None
    return (Sided(persons, partner, Side.SWAP_PARTNER),)


def _swap_partner(ctx: Ctx, f: Figure) -> str | None:
    """The actor right after 'exchange (of captives) with' in the figure's clause."""
    s = ctx.s
    lo, hi = f.clause
    with_re = s.lex.stage_patterns("sides.swap_with", _swap_with_re)
    for m in with_re.finditer(s.text, lo, hi):
        for a in s.actors:
            if a.start == m.end():
                ok = not a.demonym and ctx.doc.can_be_side(a.code) and a.code != "XX"
                return a.code if ok else None
    return None


def _swap_with_re(lex: Lexicon) -> re.Pattern[str]:
    """A swap noun and its partner: 'exchange with', 'swap of prisoners with the'."""
    return re.compile(
        rf"\b(?:{lex.phrases('swap_noun')})s?\s+(?:of\s+(?:[\w-]+\s+){{1,2}}?)?with\s+(?:the\s+)?",
        re.IGNORECASE,
    )
