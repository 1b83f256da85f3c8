"""Stage 4, sides: whose people a figure counts (persons_of) and who held them (held_by).

An ordered tuple of named resolvers, each `(ctx, figure) -> answer | None`: the first
that answers decides, and its name (a `Side`) is recorded on the fact for `explain`.
An answer is one `Sided` per side the figure counts (two for "each side"). Resolvers of
mixed groups are in sides_mixed.py; the side of people a named actor frees, in
sides_releaser.py; of people a state lists as its prisoners, in sides_lists.py; the holder
of a side once its people are known, in sides_holder.py; the answer and shared lookups, in
sided.py.
"""

from __future__ import annotations

import re

from . import frame, frame_doers, frame_named, frame_two_sides
from .bare_figures import verbs
from .context import Ctx
from .fact import Side
from .lexicon import ARMED_ROLES, Actor, norm
from .mentions import Figure
from .sided import (
    Answer,
    Resolver,
    Sided,
    crew_group,
    holder_or_releaser,
    hostage_group,
    insurgents_hold,
    named_group,
    number_of_at,
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

_WHO_ARE_RE = re.compile(  # '… (in its custody, | it holds) who are (all) Pakistani …'
    r"(?:\s+(?:in|under|at)\s+(?:[\w'’]+\s+){0,2}?[\w'’]+"
    r"|\s+(?:it|they)\s+(?:holds?|has|have|is\s+holding|are\s+holding))?\s*,?\s*"
    r"(?:(?:who|that)\s+(?:are|were|is|was)\s+(?:all\s+|also\s+)?"
    r"|(?:thought|believed|said|suspected)\s+to\s+be\s+)"
)


_RECEIVE_BEFORE_RE = re.compile(
    r"\b(?:receiv\w+|got\s+back|getting\s+back|welcom\w+)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)


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


def nationality_after(ctx: Ctx, f: Figure) -> Answer | None:
    """'391 prisoners and 33 fishermen who are Pakistani nationals': a nationality told in
    a relative clause after the group (or after the last group coordinated with it)."""
    if f.codes:
        return None
    s = ctx.s
    figs = s.figures
    i = frame.figure_index(s, f)
    last = f
    for g in figs[i + 1 :]:
        if g.follows is None or figs[g.follows] is not last:
            break
        last = g
    end = last.np_end
    near = s.lowered[end : end + 30]
    if near.startswith((" of the ", " from the ")):
        forces = s.cue("forces_of", end, end + 30)
        if forces and forces[0] <= end + 1:  # '49 POWs of the Armed Forces of Ukraine'
            # the country after the phrase, or a name that takes it in ('Armed Forces of
            # Ukraine' names Ukraine)
            named = [a for a in s.actors if end < a.start <= forces[1] + 2 < a.end + 2]
            if named and not named[0].demonym:
                whose = _appositive_head(ctx, named[0])
                return finish(ctx, f, whose, Side.NATIONALITY_AFTER)
    # after the last group coordinated with it, or (its parts set off after it: '246
    # prisoners who are Indian — 53 civilians and 193 fishermen') after its own
    for at in dict.fromkeys((end, f.np_end)):
        near = s.lowered[at : at + 30]
        if " who " not in near and " that " not in near and " to be " not in near:
            continue  # the common case, without a regex
        for a in s.actors:
            if at < a.start <= at + 45 and a.demonym:
                if _WHO_ARE_RE.fullmatch(s.text, at, a.start):
                    return finish(ctx, f, a.code, Side.NATIONALITY_AFTER)
                break
    return None


# a possessive and a noun between two names: the second is the head ("Russia's ally North
# Korea", "Iran's proxy the Houthis"), the first only qualifies it
_POSSESSIVE_NOUN_RE = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){1,2}(?:the\s+)?")


def _appositive_head(ctx: Ctx, a: Actor) -> str:
    """The code of the actor `a` names, or of the one its possessive qualifies: 'the army
    of Russia's ally North Korea' is North Korea's."""
    s = ctx.s
    for b in s.actors:
        if b.start > a.end:
            return b.code if _POSSESSIVE_NOUN_RE.fullmatch(s.text, a.end, b.start) else a.code
    return a.code


_AMONG_WERE_RE = re.compile(r"\bamong\s+(?:the\s+|those\s+)?(?:[\w'’-]+\s+){0,3}?$", re.IGNORECASE)
_WERE_BEFORE_RE = re.compile(r"\s+(?:were|was|are)\s+(?:also\s+)?(?:some\s+|about\s+)?$")


def among_group(ctx: Ctx, f: Figure) -> Answer | None:
    """'Among the Palestinians were 250 serving life terms', 'Among the freed Ukrainians
    were 20 civilians': a part of the group named by a demonym after 'among'."""
    if f.codes:
        return None
    s = ctx.s
    low = s.lowered
    if "among" not in low[max(0, f.q.start - 60) : f.q.start]:
        return None  # the common case, without a regex
    for a in reversed(s.actors):
        if a.end > f.q.start or f.q.start - a.end > 25:
            continue
        if (
            a.demonym
            and _WERE_BEFORE_RE.fullmatch(s.text, a.end, f.q.start)
            and _AMONG_WERE_RE.search(s.text, max(0, a.start - 40), a.start)
        ):
            return finish(ctx, f, a.code, Side.AMONG_GROUP)
        break
    return None


def demonym_group(ctx: Ctx, f: Figure) -> Answer | None:
    """'307 Ukrainian soldiers': the demonym in the noun phrase."""
    return finish(ctx, f, f.codes[0], Side.DEMONYM_GROUP) if f.codes else None


_NUMBER_OF_GAP_RE = re.compile(r"(?:number|figure|tally|count)\s+of\s+(?:the\s+)?")


def number_of_group(ctx: Ctx, f: Figure) -> Answer | None:
    """'Kyiv says the number of Russian prisoners it holds is 6,000': the demonym of the
    group 'the number of' counts, when the figure's own noun phrase names none."""
    at = number_of_at(ctx, f)
    if f.codes or at < 0:
        return None
    s = ctx.s
    for a in s.actors:
        if at < a.start < f.q.start and a.demonym:
            if _NUMBER_OF_GAP_RE.fullmatch(s.lowered, at, a.start) and a.code != "XX":
                return finish(ctx, f, a.code, Side.DEMONYM_GROUP)
            break
    return None


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
    group = named_group(ctx, doc.armed, ARMED_ROLES)
    holder = frame_doers.nearest_holder(ctx, f) or group
    if insurgents_hold(ctx, f, group):
        return (Sided(group, group, Side.HOSTAGES),)  # taken at home: their country's people
    # the state it fights (the lexicon's, else the text's), never another armed group's
    enemy = doc.lex.opponent.get(holder) or ctx.other(holder)
    persons = "XX" if group in doc.insurgents or enemy in (None, *doc.armed) else enemy
    return (Sided(persons, holder, Side.HOSTAGES),)


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
    return finish(ctx, f, persons, Side.POSSESSIVE) if persons else None


def _frees_its_captives(ctx: Ctx, f: Figure, owner: str) -> bool:
    """'Israel freed 90 of its prisoners', 'the Houthis released 40 of their detainees': the
    owner of captives (a captive noun, not 'its soldiers') frees them with a verb only a
    holder takes (lexicon living_verb, not 'returned', 'got back'): they are its captives,
    the other side's people ('Ukraine said 230 of its prisoners were freed' are its own)."""
    s = ctx.s
    words = s.text[f.q.num_end : f.np_end].split()
    if not words or norm(words[-1]) not in s.lex.captive_nouns:
        return False
    if not verbs(s.lex).living_before.search(s.lowered, max(0, f.q.start - 30), f.q.start):
        return False
    return frame_doers.subject(ctx, f.q.num_start, receiving=False) == owner


def held_by_other(ctx: Ctx, f: Figure) -> Answer | None:
    """'60 prisoners held by Russia': people of the holder's other side."""
    holder = frame_doers.nearest_holder(ctx, f)
    persons = ctx.other(holder)
    if (
        ctx.insurgency(holder)
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


def swap_total(ctx: Ctx, f: Figure) -> Answer | None:
    """'the exchange of 26 people' with no side named: both sides' total."""
    if holder_or_releaser(ctx, f, None) is not None:
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
    home = doc.home
    if not doc.domestic or f.category == "military" or home in (None, "XX", *doc.armed):
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
    holder = holder_or_releaser(ctx, f, None) or a.held_by  # the captors, when named
    return (Sided("XX", holder, Side.CREW, a.category),)


RESOLVERS: tuple[Resolver, ...] = (
    unknown_group,
    mixed_group,
    many_countries,
    all_sides,
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
    releaser_other,
    counterpart,
    hostages,
    swap_total,
    neutral_count,
    domestic,
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
