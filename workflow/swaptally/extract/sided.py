"""Shared pieces of the sides stage: the answer a resolver gives, and the lookups several
resolvers make (who releases a figure, its noun phrase, the armed group named, the pairs
of sides: allies, enemies, insurgents holding their own)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from . import frame_doers
from .context import Ctx
from .fact import Mention, Side
from .lexicon import ARMED_ROLES, Lexicon
from .mentions import Figure
from .phrase_patterns import words_re
from .sentence import any_in

__all__ = [
    "Answer",
    "Resolver",
    "Sided",
    "allied_pair",
    "captors_land",
    "counterpart_of",
    "crew_group",
    "crew_re",
    "holder_or_releaser",
    "hostage_group",
    "insurgents_hold",
    "named_group",
    "np_words",
    "number_of_at",
]


@dataclass(slots=True, unsafe_hash=True)  # a value, never changed (see fact.Provenance)
class Sided:
    persons_of: str
    held_by: str | None
    side: Side  # the resolver that fired
    category: str | None = None  # a category the side implies ("who fought for Ukraine")


Answer = tuple[Sided, ...]
Resolver = Callable[[Ctx, Figure], Answer | None]


def holder_or_releaser(ctx: Ctx, f: Figure, persons: str | None) -> str | None:
    """The actor that holds the figure as its object ('Israel holds 11'), else the holder
    named for the figure, else the actor that releases it (not `persons`)."""
    sent = _sent_to(ctx, f, persons)
    if sent is not None:
        return sent
    if ctx.frame.holding_hint:  # a holding verb in the sentence (most have none)
        holding = frame_doers.holding_subject(ctx, f)
        if holding is not None and holding != persons:
            return holding
    holder = frame_doers.nearest_holder(ctx, f)
    if holder is None:
        releaser = frame_doers.subject(ctx, f.q.num_start, receiving=False)
        if releaser and not ctx.insurgency(releaser) and _given_in_return(ctx, f):
            # 'Kyiv handed over 30 in exchange for 77 Ukrainians and 6 foreigners': the
            # releaser gets the group after the swap's link, its other side held it
            other = ctx.other(releaser)
            return other if other not in (None, "XX") and other != persons else None
        if releaser and allied_pair(ctx, f, releaser):
            return "XX"  # 'the coalition and the Yemeni government released 706 Houthis'
        if releaser and releaser != persons:
            holder = _joint(ctx, f, releaser, persons)
    return holder


def _sent_to(ctx: Ctx, f: Figure, persons: str | None) -> str | None:
    """'180 Venezuelans whom the US had deported and sent to El Salvador': a relative
    clause on the group that sends it away (lexicon sent_away_verb) to another country
    than its own: that country held them (a third country's prison)."""
    s = ctx.s
    end = f.np_end
    near = s.lowered[end : end + 90]
    if " to " not in near and " in " not in near:
        return None  # the common case, without a regex
    sent = s.lex.stage_patterns("sided.sent_to", _sent_to_re)
    for a in s.actors:
        if a.start <= end or a.start > end + 90:
            continue
        if sent.fullmatch(s.text, end, a.start):
            ok = not a.demonym and a.code not in (persons, "XX") and ctx.doc.can_be_side(a.code)
            if _LIST_NEXT_RE.match(s.text, a.end):
                return None  # 'held in the US, Germany and Poland': several holders
            return a.code if ok else None
    return None


# right after a country: another one after it ('in the US, Germany, Poland')
_LIST_NEXT_RE = re.compile(r"\s*(?:,|and\b|or\b)\s*(?:the\s+)?[A-Z]")


def _sent_to_re(lex: Lexicon) -> re.Pattern[str]:
    """From a group to the country its relative clause sends it to."""
    # a relative clause, or a participle right after the group ('252 migrants deported to X')
    rel = r"(?:(?:whom|who|that|which)\s+[^,.;:]{0,60}?\b|(?:previously\s+|earlier\s+)?)"
    sent = rf"(?:{lex.phrases('sent_away_verb')})(?:\s+them)?(?:\s+by\s+[^,.;:]{{1,40}}?)?\s+to"
    kept = rf"(?:{lex.phrases('kept_in_verb')})\s+in"
    # 'to the', or 'to a remote jail in': the country the place stands in
    place = rf"(?:an?|the)\s+[^,.;:]{{0,40}}?\b(?:{lex.phrases('holding_place')})\s+in\s+"
    return re.compile(
        rf"\s*,?\s*{rel}(?:{sent}|{kept})\s+(?:{place})?(?:the\s+)?",
        re.IGNORECASE,
    )


def _given_in_return(ctx: Ctx, f: Figure) -> bool:
    """The figure stands after 'in exchange for' / 'in return for' (lexicon in_return_for)
    in its clause, after the last releaser before it: the other half of that handover."""
    low = ctx.s.lowered
    lo = f.clause[0]
    if " for " not in low[lo : f.q.start]:
        return False  # the common case, without a search
    doers = [p for p, _ in ctx.frame.releasers if lo <= p < f.q.start]
    return bool(doers) and ctx.s.cue("in_return_for", doers[-1], f.q.start) is not None


# between the two of a pair that frees people together: 'and', 'and the', 'and its ally'
_PAIR_GAP_RE = re.compile(r"\s+and\s+(?:the\s+|its\s+(?:ally|allies|partner)\s+)?")


def allied_pair(ctx: Ctx, f: Figure, releaser: str) -> str | None:
    """The first of a pair whose second is the releaser, named together as the figure's
    subject ('Russia together with its ally Belarus freed 12 prisoners', 'the Saudi-led coalition
    and the Yemeni government released 706'), neither at war with the other nor the two
    parties of the swap the text tells: both held the people (XX). None if no pair."""
    s, doc = ctx.s, ctx.doc
    low = s.lowered
    if " and " not in low[max(0, f.q.start - 120) : f.q.start]:
        return None  # the common case, without a search
    acts = [a for a in s.actors if a.end <= f.q.start]
    if len(acts) < 2:
        return None
    a, b = acts[-2], acts[-1]  # the pair must be the last actors before the figure
    if b.code != releaser or b.demonym or a.demonym or a.code == b.code:
        return None
    if not _PAIR_GAP_RE.fullmatch(s.text, a.end, b.start):
        return None
    if not (doc.can_be_side(a.code) and doc.can_be_side(b.code)):
        return None
    if doc.lex.fights(a.code, b.code):
        return None  # 'Russia and Ukraine freed …': each side its own (other resolvers)
    swap = doc.frame.swap or doc.frame.deal
    swap_pair = bool(swap) and a.code in doc.parties[:2] and b.code in doc.parties[:2]
    return a.code if "XX" in (a.code, b.code) or not swap_pair else None


def _joint(ctx: Ctx, f: Figure, releaser: str, persons: str | None) -> str:
    """'Russia and Belarus freed 16 Ukrainians': two states that free people of neither
    both held them (XX); the releaser alone otherwise ('Russia and Ukraine swapped 90
    Ukrainian soldiers' are held by Russia, the pair's other)."""
    low = ctx.s.lowered
    if persons in (None, "XX") or not any(
        a.code == releaser and low.endswith((" and ", " and the "), 0, a.start)
        for a in ctx.s.actors
    ):
        return releaser  # the common case: the releaser is not the second of a pair
    for t in ctx.frame.two_party_subjects:
        if t.end > f.q.start:
            break
        if not t.sides or releaser not in t.sides or persons in t.sides or t.civil:
            continue
        if any(t.end <= a.start < f.q.start for a in ctx.s.actors):
            continue  # the pair is not the figure's own subject ('…, and Venezuela freed 10')
        a, b = t.sides
        if a != b and all(ctx.doc.can_be_side(c) for c in t.sides):
            return "XX"
    return releaser


_NUMBER_OF_WORDS = ("number of ", "figure of ", "tally of ", "count of ")


def number_of_at(ctx: Ctx, f: Figure) -> int:
    """Where 'number of' (or 'tally of', …) starts before a figure counted as 'the number of
    X … N', or -1."""
    if f.mention is not Mention.NUMBER_OF:
        return -1
    low = ctx.s.lowered
    lo = max(0, f.q.start - 90)
    return max(low.rfind(w, lo, f.q.start) for w in _NUMBER_OF_WORDS)


def np_words(ctx: Ctx, f: Figure) -> str:
    """The figure's noun phrase, lower-cased, with an 'of the …' after it ('381 people of
    the government'); for 'the number of X … N', the words from 'number of' to N."""
    low = ctx.s.lowered
    words = low[f.q.num_end : f.np_end]
    at = number_of_at(ctx, f)
    if at >= 0:  # 'the number of hostages freed … reached 105'
        words += low[at : f.q.start]
    if low.startswith(" of the ", f.np_end):
        words += low[f.np_end : f.np_end + 30]
    elif low.startswith((" hostage", " captive"), f.np_end):
        words += low[f.np_end : f.np_end + 9]  # 'holding 200 people hostage'
    return words


def captors_land(ctx: Ctx) -> str | None:
    """In a text about captors of no state (a gang, 'gunmen', a kidnapping told without its
    doer: Doc.captors), the one country it names by a name as where people were taken,
    held or freed ('missionaries abducted in Zembla', 'the last 12 freed in Zembla'): the
    land where the captors hold their captives, whatever the captives' home; None when it
    names none or several."""
    doc = ctx.doc
    if not doc.captors:
        return None
    rx = doc.lex.stage_patterns("sided.captors_land", _captors_land_re)
    found = {
        a.code
        for s in doc.sentences  # (the sentences with figures: read_text found their actors)
        for a in s.actors
        if not a.demonym and a.code != "XX" and rx.search(s.text, max(0, a.start - 60), a.start)
    }
    return next(iter(found)) if len(found) == 1 else None


def _captors_land_re(lex: Lexicon) -> re.Pattern[str]:
    """A verb of taking, holding or freeing, up to three words, then 'in (the)' before a name."""
    return re.compile(
        rf"\b(?:{lex.phrases('captors_land_verb')})\s+(?:[\w-]+\s+){{0,3}}?in\s+(?:the\s+)?$",
        re.IGNORECASE,
    )


def hostage_group(ctx: Ctx, f: Figure) -> bool:
    words = np_words(ctx, f)
    return any_in(ctx.doc.lex.hostage_nouns, words)


def crew_group(ctx: Ctx, f: Figure) -> bool:
    """A ship's crew (lexicon crew_nouns) in the figure's noun phrase."""
    return crew_re(ctx.doc.lex).search(ctx.s.lowered, f.q.num_end, f.np_end) is not None


def crew_re(lex: Lexicon) -> re.Pattern[str]:
    """The lexicon's crew_nouns (actor_roles) in lower-cased text, built once: where a word
    starts, with any ending ('crews'), never inside one ('screwed')."""
    return lex.stage_patterns("sided.crew_nouns", _crew_re)


def _crew_re(lex: Lexicon) -> re.Pattern[str]:
    roles = lex.data.get("actor_roles", {}) or {}
    return words_re((f"{str(w).lower()}*" for w in roles.get("crew_nouns") or []), 0)


def named_group(ctx: Ctx, codes: tuple[str, ...], roles: frozenset[str]) -> str | None:
    """The armed group the sentence names (one of `codes`), else the text's first."""
    named = [a.code for a in ctx.s.actors if a.role in roles and a.code in codes]
    return named[0] if named else (codes[0] if codes else None)


def armed_group(ctx: Ctx) -> str | None:
    """Of the text's armed groups (Doc.armed), the one the sentence names in an armed role,
    else the text's first; None in a text that tells of no armed group."""
    return named_group(ctx, ctx.doc.armed, ARMED_ROLES)


def counterpart_of(ctx: Ctx, code: str, other: str) -> bool:
    """`other` is a side `code` holds people of: its enemy in a war (wars.yaml) or the
    state its armed group fights (the lexicon's opponents), a state whose people the text
    counts, or the other party of the swap or deal the text tells. A state merely named
    beside it ('after a visit by a US envoy', a crew's flag, a speaker) is none."""
    doc = ctx.doc
    if other == "XX" or code == other:
        return True
    if doc.lex.fights(code, other):
        return True
    if other in doc.counted:
        return True  # the text counts its people ('11 Kenyan drivers'): it holds them
    swap = doc.frame.swap or doc.frame.deal
    return bool(swap) and other in doc.parties[:2] and code in doc.parties[:2]


def insurgents_hold(ctx: Ctx, f: Figure, group: str | None) -> bool:
    """Insurgents the sentence names in the group's clause hold or free it ('the ELN is
    holding 30 hostages', 'the rebels' group freed 4 kidnapped engineers', '14 hostages are
    yet to be freed by the ELN'): hostages they took in their own country, of no stated
    nationality, are that country's (as hostages taken in Israel are IL); hostages told
    apart from their captors ('held by armed groups') are left of many."""
    if group is None or group not in ctx.doc.insurgents:
        return False
    if ctx.doc.lex.armed_holder_re.match(ctx.s.lowered, f.np_end):
        return False  # 'the ELN freed nine people held by armed groups': of many
    hi = f.clause[1]
    if not any(
        a.code == group
        and a.role == "insurgent"
        and (a.end <= f.q.start or f.np_end <= a.start < hi)
        for a in ctx.s.actors
    ):
        return False
    return holder_or_releaser(ctx, f, None) == group
