"""The sides of people a state lists as its prisoners (a resolver of the sides stage,
sides.py): two states that swap lists of the prisoners each holds from the other ('India's
list named 300 prisoners from Pakistan', 'Islamabad listed 40 fishermen') tell, by the
list's owner, who holds them."""

from __future__ import annotations

import re

from . import frame_doers
from .context import Ctx
from .fact import Side
from .mentions import Figure
from .sided import Answer, Sided

__all__ = ["list_owner"]

# between a list's owner and the list's cue (lexicon listed: 'list named'): its possessive
# and a word or two ("India's list named", "Pakistan's own updated list had")
_OWNERS_RE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?$")
# between an owner and the figure: a verb that lists (lexicon list_verb) and a determiner
_LISTS_RE = re.compile(r"\s+(?:also\s+|has\s+|had\s+)?$")
# the end of a list's cue that names no verb of listing ('list of', 'information on')
_OF_WORDS = (" of", " on", " about")


def list_owner(ctx: Ctx, f: Figure) -> Answer | None:
    """'India's list named 300 civilian prisoners and 80 fishermen from Pakistan',
    'Islamabad listed 40 prisoners': a state's list of prisoners is of those it holds,
    people of the country named right after the group ('from Pakistan'), else of its
    other side. A holder named for the group wins ('held by Pakistan')."""
    if f.codes:
        return None
    owner = _owner(ctx, f)
    if owner is None or frame_doers.nearest_holder(ctx, f) is not None:
        return None
    persons = _from_country(ctx, f) or ctx.other(owner)
    if persons is None or persons == owner:
        return None
    return (Sided(persons, owner, Side.LIST_OWNER),)


def _head(ctx: Ctx, f: Figure) -> Figure:
    """The first figure of the coordination `f` belongs to ('300 prisoners and 80 …')."""
    figs = ctx.s.figures
    while f.follows is not None:
        f = figs[f.follows]
    return f


def _last(ctx: Ctx, f: Figure) -> Figure:
    """The last figure coordinated with `f` ('… and 80 fishermen from Pakistan')."""
    figs = ctx.s.figures
    at = next(i for i, g in enumerate(figs) if g is f)
    for g in figs[at + 1 :]:
        if g.follows is None or figs[g.follows] is not f:
            break
        f = g
    return f


def _owner(ctx: Ctx, f: Figure) -> str | None:
    """The state whose list names the group: 'X's list named' or 'X listed' right before
    the first figure of its coordination."""
    s, doc = ctx.s, ctx.doc
    head = _head(ctx, f)
    lo = max(head.clause[0], head.q.start - 20)
    listed = s.cue("listed", lo, head.q.start)
    if (
        listed is not None
        and not s.text[listed[1] : head.q.start].strip()
        and not (s.lowered.endswith(_OF_WORDS, 0, listed[1]))
    ):  # 'India's list named 300', not 'Kyiv's list of 300' (whose people, not told)
        names = [a for a in s.actors if a.end <= listed[0] and not a.demonym]
        if names and _OWNERS_RE.fullmatch(s.text, names[-1].end, listed[0]):
            code = names[-1].code
            return code if doc.can_be_side(code) else None
    verb = s.cue("list_verb", lo, head.q.start)
    if verb is None or s.text[verb[1] : head.q.start].strip():
        return None
    names = [a for a in s.actors if a.end <= verb[0] and not a.demonym]
    if names and _LISTS_RE.fullmatch(s.text, names[-1].end, verb[0]):
        code = names[-1].code
        return code if doc.can_be_side(code) else None
    return None


def _from_country(ctx: Ctx, f: Figure) -> str | None:
    """The country named by 'from X' right after the group or the last group coordinated
    with it ('… 81 fishermen from Pakistan'): the people's own in a list of prisoners."""
    s = ctx.s
    last = _last(ctx, f)
    for g in (last, f) if last is not f else (f,):
        end = g.np_end
        if not s.lowered.startswith(" from ", end):
            continue
        after = [a for a in s.actors if a.start >= end + 6]
        if after and s.text[end + 6 : after[0].start] in ("", "the ") and after[0].code != "XX":
            return after[0].code
    return None
