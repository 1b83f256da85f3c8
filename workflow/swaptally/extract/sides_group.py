"""Sides a group's own words tell: a demonym in its noun phrase ('307 Ukrainian soldiers'),
a nationality in a relative clause after it ('… who are Pakistani nationals'), 'of the
Armed Forces of Ukraine', 'among the Palestinians were 250', 'the number of Russian
prisoners … is 6,000', a noun of an armed group's members ('100 jihadists')."""

from __future__ import annotations

import re

from . import frame, frame_doers
from .context import Ctx
from .fact import Side
from .lexicon import Actor, Lexicon
from .mentions import Figure
from .places import Places
from .sided import Answer, Sided, armed_group, holder_or_releaser, hostage_group, number_of_at
from .sides_holder import finish

__all__ = [
    "among_group", "armed_members", "demonym_group", "nationality_after", "number_of_group",
    "place_people",
]  # fmt: skip


_WHO_ARE_RE = re.compile(  # '… (in its custody, | it holds) who are (all) Pakistani …'
    r"(?:\s+(?:in|under|at)\s+(?:[\w'’]+\s+){0,2}?[\w'’]+"
    r"|\s+(?:it|they)\s+(?:holds?|has|have|is\s+holding|are\s+holding))?\s*,?\s*"
    r"(?:(?:who|that)\s+(?:are|were|is|was)\s+(?:all\s+|also\s+)?"
    r"|(?:thought|believed|said|suspected)\s+to\s+be\s+)"
)


def place_people(ctx: Ctx, f: Figure) -> Answer | None:
    """'14 Turkana herders', '40 Ekiti farmers': a group named by the region or town
    it comes from (a place inside one country, places.py) is that country's people. Not
    hostages or captives, named by where they are held ('the Gaza hostages')."""
    if f.codes or hostage_group(ctx, f):
        return None
    code = _place_in_group(ctx, f) or _place_after_group(ctx, f)
    return finish(ctx, f, code, Side.PLACE_PEOPLE) if code else None


# right after a group's noun: where its people come from ('six miners from Ghana')
_FROM_AFTER_RE = re.compile(r"\s+from\s+(?:the\s+)?")


def _place_in_group(ctx: Ctx, f: Figure) -> str | None:
    """The country of a place named inside the group ('14 Turkana herders')."""
    s = ctx.s
    lo, hi = f.q.num_end, f.np_end
    if not any(c.isupper() for c in s.text[lo:hi]):
        return None  # the common case: no name inside the group's noun phrase
    places = ctx.doc.lex.stage_patterns("places", Places.build)
    for m in places.name_run_re.finditer(s.text, lo, hi):
        code = places.of(s.text, m.start(), m.end())
        if code is not None:
            return code
    return None


def _place_after_group(ctx: Ctx, f: Figure) -> str | None:
    """The country a group is said to come from right after its noun ('six miners from
    Ghana', 'nine workers from Bihar, held by …'); not where a handover before it in its
    clause brought them from ('got back 40 soldiers from Zembla')."""
    s = ctx.s
    gap = _FROM_AFTER_RE.match(s.text, f.np_end)
    if gap is None:
        return None
    if s.cue("any_moved", f.clause[0], f.q.start) is not None:
        return None  # 'received 32 servicemen from Azerbaijan': where they came back from
    at = gap.end()
    for a in s.actors:
        if a.start == at:
            named = not a.demonym and a.code != "XX" and not s.text.startswith("'s", a.end)
            return a.code if named and a.role == "state" else None
    places = ctx.doc.lex.stage_patterns("places", Places.build)
    m = places.name_run_re.match(s.text, at)
    return places.of(s.text, m.start(), m.end()) if m else None


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


def armed_members(ctx: Ctx, f: Figure) -> Answer | None:
    """'Chad freed 60 jihadists', 'Israel let 30 militants go': members of an armed group
    (lexicon insurgent_nouns) are the people of the text's armed group; with none named,
    a state frees its own insurgents at home. Never a bystander's (the foreign hostage they
    were freed for)."""
    if f.codes:
        return None
    s, doc = ctx.s, ctx.doc
    nouns = s.lex.stage_patterns("sides.insurgent_nouns", _insurgent_nouns)
    # the noun phrase, or (a noun the mentions stage does not know) the words right after
    # the number, up to three, to the first punctuation
    window = s.lowered[f.q.num_end : max(f.np_end, f.q.num_end + 40)]
    words = re.split(r"[^\w\s'-]", window, maxsplit=1)[0].split()[:3]
    if not any(w in nouns for w in words):
        return None  # the common case
    releaser = frame_doers.subject(ctx, f.q.num_start, receiving=False)
    persons = armed_group(ctx) if doc.armed else releaser
    if persons in (None, "XX"):
        return None
    holder = holder_or_releaser(ctx, f, persons) or releaser
    return (Sided(persons, holder, Side.ARMED_MEMBERS),)


def _insurgent_nouns(lex: Lexicon) -> frozenset[str]:
    roles = lex.data.get("actor_roles", {}) or {}
    return frozenset(str(w).lower() for w in roles.get("insurgent_nouns") or [])
