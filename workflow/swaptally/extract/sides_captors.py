"""Captives of captors with no state (a resolver of the sides stage, sides.py): people
taken by captors the text names by no state or group (actors.yaml unnamed_captors,
captor_verbs: 'bandits', 'pirates', a kidnapping told without its doer), of no stated
nationality, in a text that counts people of other states among the captives, are of many
sides (XX), held in the country the captors act in: the corpus convention for holders
without a state. Without it only the text's context sides them, and it takes the home
state of the captives' employer or of the foreigners among them for their holder."""

from __future__ import annotations

import re

from .context import Ctx
from .fact import Side
from .lexicon import Lexicon
from .mentions import Figure
from .phrase_patterns import alternation
from .sided import Answer, Sided, hostage_group

__all__ = ["stateless_captors"]


def stateless_captors(ctx: Ctx, f: Figure) -> Answer | None:
    """'the release of 5 nurses snatched from a clinic', 'hostages a gang kept in Zembla
    walked out', in a text about foreigners taken by captors with no state: XX held by the
    state the captors act in (_captors_state)."""
    doc = ctx.doc
    if f.codes or not doc.captors or doc.armed or not doc.counted:
        return None  # the common case: a text about states, or about a named armed group
    if not _taken(ctx, f):
        return None  # not the captors' people: 'the government freed 200 prisoners'
    where = _captors_state(ctx)
    if where is None or not doc.counted - {where, "XX"}:
        return None  # no foreigners among the captives: the country's own (other rules)
    if doc.lex.war_enemy(where) in doc.parties:
        return None  # a war's two sides: the captives are its enemy's (other rules)
    return (Sided("XX", where, Side.STATELESS_CAPTORS),)


def _taken(ctx: Ctx, f: Figure) -> bool:
    """The group is one captors took: hostages, or a captor verb or 'held by' captors right
    after it in its clause ('14 crew members seized at sea', '3 held by bandits')."""
    if hostage_group(ctx, f):
        return True
    s = ctx.s
    hi = min(f.clause[1], s.next_figure_start(f.np_end), f.np_end + 60)
    taken = s.lex.stage_patterns("sides_captors.taken", _taken_re)
    return taken.match(s.lowered, f.np_end, hi) is not None


def _taken_re(lex: Lexicon) -> re.Pattern[str]:
    """After a group: a captor verb ('abducted', 'kidnapped') or 'held by' one of the
    captors without a state, a few words on (lower-cased text)."""
    roles = lex.data.get("actor_roles", {}) or {}
    verbs = alternation(str(w).lower() for w in roles.get("captor_verbs") or [])
    captors = alternation(
        str(w).lower() for k in ("armed_holders", "unnamed_captors") for w in roles.get(k) or []
    )
    return re.compile(
        rf"[^.;:]*?\b(?:(?:{verbs or '(?!x)x'})|held\s+by\s+(?:\S+\s+){{0,3}}?"
        rf"(?:{captors or '(?!x)x'}))(?![\w])"
    )


def _captors_state(ctx: Ctx) -> str | None:
    """The state the captors act in: the one the text names by a name whose people it does
    not count (the captives' states are the counted ones), else the text's home party among
    several such."""
    doc = ctx.doc
    states = doc.named - doc.counted - {"XX"}
    if len(states) == 1:
        return next(iter(states))
    return doc.home if doc.home in states else None
