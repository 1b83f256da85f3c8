"""Stage 4, sides: whose people a figure counts (persons_of) and who held them (held_by).

An ordered tuple of named resolvers, each `(ctx, figure) -> answer | None`: the first
that answers decides, and its name (a `Side`) is recorded on the fact for `explain`.
An answer is one `Sided` per side the figure counts (two for "each side"). Resolvers of
mixed groups are in sides_mixed.py; of the sides a group's own words tell, in
sides_group.py; of the sides the clause's grammar tells (receiver, owner, holder), in
sides_clause.py; the side of people a named actor frees, in sides_releaser.py; of captives
of captors with no state, in sides_captors.py; of people a state lists as its prisoners,
in sides_lists.py; the holder of a side once its people are known, in sides_holder.py;
the answer and shared lookups, in sided.py.
"""

from __future__ import annotations

import re

from . import frame, frame_doers, frame_named, frame_two_sides
from .context import Ctx
from .fact import Side
from .lexicon import Lexicon
from .mentions import Figure
from .phrase_patterns import words_re
from .sided import (
    Answer,
    Resolver,
    Sided,
    armed_group,
    captors_land,
    crew_group,
    crew_re,
    holder_or_releaser,
    hostage_group,
    insurgents_hold,
    named_group,
)
from .sides_captors import stateless_captors
from .sides_clause import (
    counterpart,
    held_by_other,
    possessive,
    receiver_object,
    receiver_subject,
    relative_clause,
    swap_partner,
)
from .sides_group import (
    among_group,
    armed_members,
    demonym_group,
    nationality_after,
    number_of_group,
    place_people,
)
from .sides_holder import finish, state_people_named
from .sides_lists import list_owner
from .sides_mixed import (
    all_sides,
    destinations,
    many_countries,
    mixed_by_part,
    mixed_group,
    mixed_list,
    neutral_count,
    unknown_group,
)
from .sides_releaser import releaser_other

__all__ = ["RESOLVERS", "Sided", "resolve_sides"]


_LITERAL_EACH_RE = re.compile(r"\beach\b", re.IGNORECASE)
_INSURGENT = frozenset({"insurgent"})


def side_phrase(ctx: Ctx, f: Figure) -> Answer | None:
    """'on the Russian side, 270 troops' (its people); 'the Ukrainian side released 237'
    (the other side's, held by it)."""
    side = None if f.codes else frame_named.side_phrase(ctx, f)
    if not side:
        return None
    if frame_named.side_releases(ctx, f):
        # 'with the Ukrainian side releasing 237 prisoners': the side gives them, it held them
        return (Sided(ctx.other(side) or "XX", side, Side.SIDE_PHRASE),)
    holder = frame_doers.nearest_holder(ctx, f) or ctx.other(side)
    return (Sided(side, holder, Side.SIDE_PHRASE),)


def destination(ctx: Ctx, f: Figure) -> Answer | None:
    """'… 20 civilians, which were returned to Ukraine': people go home to their side."""
    going_to = None if f.codes else frame_named.destination(ctx.s, f)
    if not going_to:
        return None
    holder = frame_doers.nearest_holder(ctx, f) or ctx.other(going_to)
    return (Sided(going_to, holder, Side.DESTINATION),)


def two_party_total(ctx: Ctx, f: Figure) -> Answer | None:
    """'Russia and Ukraine swapped 230 prisoners': per side or in all? Left uncounted; an
    exact one is kept as a marker (it counts each side when it is the sum of each side's
    stages, see dating.overall_totals)."""
    total = None if f.codes else frame_two_sides.two_party_total(ctx, f)
    if total is None:
        return None
    return (Sided("XX", "XX", Side.TWO_PARTY_TOTAL if total else Side.TWO_PARTY_EXACT),)


def total_of_each(ctx: Ctx, f: Figure) -> Answer | None:
    """'95 prisoners each, 190 in total', '… 95 soldiers each; 190 people in all were
    freed': a total said beside a figure for each side is both sides' (XX held by XX)."""
    s = ctx.s
    if f.codes or f.two_sided or len(s.figures) < 2:
        return None  # the common case
    if not frame_two_sides.said_in_all(s, f):
        return None
    each = any(
        g is not f and (g.two_sided or frame_two_sides.each_in_clause(s, g)) for g in s.figures
    )
    return (Sided("XX", "XX", Side.TWO_SIDED_TOTAL),) if each else None


def each_side(ctx: Ctx, f: Figure) -> Answer | None:
    """'each side handed over 42', '1,000-for-1,000': one fact per side."""
    s = ctx.s
    if f.codes or not (f.two_sided or frame_two_sides.each_in_clause(s, f)):
        return None
    lo, hi = f.clause
    if (
        f.q.qualifier == "at_least" or frame_two_sides.said_in_all(s, f)
    ) and not _LITERAL_EACH_RE.search(s.text, lo, hi):
        # "more than 470 … on both sides", "the two sides released a total of 190"
        return (Sided("XX", "XX", Side.TWO_SIDED_TOTAL),)
    sides = frame_two_sides.each_sides(ctx)
    if len(sides) >= 2:
        a, b = sides[:2]
        return (Sided(a, b, Side.EACH_SIDE), Sided(b, a, Side.EACH_SIDE))
    return (Sided("XX", "XX", Side.EACH_SIDE),)


def state_people(ctx: Ctx, f: Figure) -> Answer | None:
    """'1,000 government soldiers' in a text about insurgents: people of the state they
    fight (the group's own country), held by them unless the sentence names a holder."""
    doc = ctx.doc
    if f.codes or not doc.insurgents:
        return None
    if not state_people_named(ctx, f):
        return None
    state = named_group(ctx, doc.insurgents, _INSURGENT)
    holder = holder_or_releaser(ctx, f, None) or state
    return (Sided(state, holder, Side.STATE_PEOPLE),) if state else None


def hostages(ctx: Ctx, f: Figure) -> Answer | None:
    """'the 20 hostages', '8 people held by armed groups', of unstated nationality, in a
    text about an armed group: held by the group; the people of the state it fights
    outside its country (hostages taken in Israel are IL), of many (XX) when insurgents
    took them at home."""
    doc = ctx.doc
    if f.codes or not doc.armed:
        return None
    if not hostage_group(ctx, f) and not doc.lex.armed_holder_re.match(ctx.s.lowered, f.np_end):
        return None  # neither hostages nor 'held by armed groups'
    group = armed_group(ctx) or doc.armed[0]  # (armed_group is the first when none is named)
    holder = frame_doers.nearest_holder(ctx, f) or group
    if insurgents_hold(ctx, f, group) or _home_hostages(ctx, f, group):
        return (Sided(group, group, Side.HOSTAGES),)  # taken at home: their country's people
    # the state it fights (the lexicon's, else the text's), never another armed group's
    enemy = doc.lex.opponent.get(holder) or ctx.other(holder)
    persons = (
        enemy
        if enemy is not None and enemy not in doc.armed and group not in doc.insurgents
        else "XX"
    )
    return (Sided(persons, holder, Side.HOSTAGES),)


def _home_hostages(ctx: Ctx, f: Figure, group: str | None) -> bool:
    """Hostages insurgents took at home, of no stated nationality, in a text that tells of
    no foreigner (no other nationality counted, no crew or missionaries, lexicon crew_nouns)
    and not freed by a go-between: the country's own people ('troops rescued 14 hostages
    from a rebel camp', 'the guerrillas let the last nine hostages go')."""
    doc = ctx.doc
    if group not in doc.insurgents or doc.lex.armed_holder_re.match(ctx.s.lowered, f.np_end):
        return False
    if any(c not in (group, "XX") for c in doc.counted):
        return False
    if crew_re(doc.lex).search(doc.text.lower()):
        return False  # missionaries, a ship's crew: people whose work takes them abroad
    low = ctx.s.lowered
    go_betweens = doc.lex.stage_patterns("sides.go_betweens", _go_betweens)
    if doc.lex.cue_lower["go_between_cue"].search(low) or go_betweens.search(low, 0, f.q.start):
        return False  # 'the Red Cross has freed 1,500 hostages': a go-between's total
    freer = frame_doers.subject(ctx, f.q.num_start, receiving=False)
    return freer != "XX" and freer not in doc.lex.mediators


def _go_betweens(lex: Lexicon) -> re.Pattern[str]:
    """The names of the bodies that mediate or host releases (lexicon scope.mediators),
    where a word starts, with any ending ('Saudis'), never inside one ('woman': no Oman)."""
    named = (lex.data.get("scope", {}) or {}).get("mediators") or {}
    return words_re((f"{str(n).lower()}*" for names in named.values() for n in names or []), 0)


def own_nationals(ctx: Ctx, f: Figure) -> Answer | None:
    """'Belarus freed 20 political prisoners': a government holds its own nationals."""
    if f.codes or not frame_named.own_nationals(ctx.s, f):
        return None
    holder = holder_or_releaser(ctx, f, None) or _one_state_named(ctx)
    return (Sided(holder, holder, Side.OWN_NATIONALS),) if holder else None


def _one_state_named(ctx: Ctx) -> str | None:
    """The one state a text about no swap, deal or armed group names by a name (its people
    counted elsewhere, '12 Spaniards among them', make no other): '300 people remain
    jailed for political reasons, a rights group says' are held by it."""
    doc = ctx.doc
    if doc.frame.swap or doc.frame.deal or doc.armed:
        return None
    named = doc.named - {"XX"}
    return next(iter(named)) if len(named) == 1 else None


def swapped_for(ctx: Ctx, f: Figure) -> Answer | None:
    """'Ukraine got back 215 of its people in exchange for 55 prisoners': a group given for
    an earlier one is that one's mirror: its holder's people, held by its side."""
    if f.codes or " for " not in ctx.s.lowered[max(0, f.q.start - 8) : f.q.start]:
        return None  # the common case, without a regex
    g = _given_for(ctx, f)
    if g is None:
        return None
    (a, *more) = resolve_sides(ctx, g)
    if more or "XX" in (a.persons_of, a.held_by) or a.held_by is None:
        return None  # one side of the other group, and its holder, must be known
    own = frame_doers.nearest_holder(ctx, f)
    if own is not None and own != a.persons_of:
        return None  # '… for 100 prisoners held by a third party': not the mirror
    return (Sided(a.held_by, a.persons_of, Side.SWAPPED_FOR),)


# after a group, the words that give another for it: 'in exchange for', 'in return for'
_GIVEN_FOR_RE = re.compile(
    r"[^.;:\d]{0,70}?\b(?:in\s+(?:exchange|return)\s+for|(?:exchanged|swapped|traded)\s+for)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _given_for(ctx: Ctx, f: Figure) -> Figure | None:
    """The group before `f` that `f` is given for ('215 … in exchange for 55'): the head of
    the last group before it, with the swap's words right before `f`."""
    figs = ctx.s.figures
    i = frame.figure_index(ctx.s, f)
    if i == 0:
        return None
    g = figs[i - 1]
    if not _GIVEN_FOR_RE.fullmatch(ctx.s.text, g.np_end, f.q.start):
        return None
    while g.follows is not None:  # '215 of its people, among them 108 fighters, …'
        g = figs[g.follows]
    return g


def swap_total(ctx: Ctx, f: Figure) -> Answer | None:
    """'the exchange of 26 people' with no side named: both sides' total; so too a swap's
    whole ('a swap involving 14 people') though a side is named beside it ('five Poles came
    home from Belarus after …': their holder is no holder of the whole)."""
    whole = frame_two_sides.whole_of_swap(ctx.s, f)
    if not whole and holder_or_releaser(ctx, f, None) is not None:
        return None
    unsided = frame_two_sides.unsided_swap(ctx, f)
    if (
        unsided == "passive"
        and f.q.qualifier == "exact"
        and not frame_two_sides.said_in_all(ctx.s, f)
    ):
        # '390 prisoners were exchanged': per side or in all? (like 'X and Y exchanged 390')
        return (Sided("XX", "XX", Side.TWO_PARTY_EXACT),)
    return (Sided("XX", "XX", Side.SWAP_TOTAL),) if unsided else None


def domestic(ctx: Ctx, f: Figure) -> Answer | None:
    """In a text about a government's own detainees (political prisoners, dissidents; no
    swap, no deal), a group of civilians its sentence does not side ('Among those freed were
    three journalists', 'the 18 were driven to the border') is the text's state's own, held
    by it, as '18 political prisoners' are."""
    doc = ctx.doc
    home = doc.releaser or doc.home  # the state that frees people, else the one counted most
    if (
        home is None
        or not doc.domestic
        or f.category == "military"
        or home == "XX"
        or home in doc.armed
    ):
        return None
    return (Sided(home, home, Side.DOMESTIC),)


def context(ctx: Ctx, f: Figure) -> Answer:
    """Failing all else: the side the sentence's holders or parties imply, or the text's."""
    return finish(ctx, f, frame_doers.context_side(ctx, f), Side.CONTEXT)


def crew(ctx: Ctx, f: Figure) -> Answer | None:
    """'Somali pirates freed 17 sailors', 'the Houthis released the 21 crew members of a
    cargo ship, after a deal with the US': a ship's crew of no stated nationality is
    of an untold side (XX), not its captors' nor their enemy's; the holder stays (a crew's
    flag and its people's are not told). A crew the context gives another side by a
    nationality ('Among the Ukrainians freed were 12 sailors') is left to it."""
    if f.codes or not crew_group(ctx, f):
        return None
    (a,) = context(ctx, f)
    told = any(x.demonym for x in ctx.s.actors)
    if told and a.persons_of not in (a.held_by, "XX") and a.held_by is not None:
        return None
    # the captors, when named; else, for captors of no state, the land the text names the
    # people taken or freed in ('missionaries abducted in Zembla'), not the home of their
    # church or firm that the context may give
    holder = holder_or_releaser(ctx, f, None) or captors_land(ctx) or a.held_by
    return (Sided("XX", holder, Side.CREW, a.category),)


RESOLVERS: tuple[Resolver, ...] = (
    unknown_group,
    mixed_group,
    all_sides,  # before many_countries: 'from both countries' is the two sides, not many
    many_countries,
    mixed_by_part,
    mixed_list,
    side_phrase,
    destinations,
    destination,
    state_people,
    total_of_each,
    two_party_total,
    each_side,
    nationality_after,
    place_people,
    list_owner,
    demonym_group,
    number_of_group,
    among_group,
    own_nationals,
    swapped_for,
    relative_clause,
    receiver_object,
    possessive,
    held_by_other,
    receiver_subject,
    crew,
    armed_members,
    releaser_other,
    counterpart,
    hostages,
    swap_partner,
    swap_total,
    neutral_count,
    domestic,
    stateless_captors,
    context,
)


# the resolvers that can answer for a figure whose noun phrase names actors (all others
# leave such a figure alone): the same order, fewer calls for the common case
_NAMED = tuple(
    r for r in RESOLVERS if r in (unknown_group, mixed_group, mixed_by_part, demonym_group)
)


def resolve_sides(ctx: Ctx, f: Figure) -> Answer:
    """The answer of the first resolver that gives one."""
    for resolver in _NAMED if f.codes else RESOLVERS:
        answer = resolver(ctx, f)
        if answer is not None:
            return answer
    raise AssertionError("the context resolver always answers")
