"""Stage 3, frame: who gives, who gets, exchanged for what, in a figure's sentence.

Cues around actors and figures: holders ("held by X", "X captivity"), the actor that
releases or receives (a verb after its name, or 'it'/'they'), "each side", "between A and
B", "in exchange for", "returned to X". The side resolvers (sides.py) combine them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .fact import Mention
from .frame_patterns import FramePatterns, frame_patterns
from .kind_patterns import kind_patterns
from .lexicon import Lexicon
from .mention_parts import gapped_break
from .mentions import UNKNOWN, Figure
from .sentence import Sentence, any_in, lazy

if TYPE_CHECKING:
    from .context import Ctx

__all__ = ["Frame", "TwoParty"]

_HOLDER_HINT_RE = re.compile(r"\b(?:by|in|of)\s+(?:the\s+)?$")

_SIDE_AFTER_RE = re.compile(r"\s+side\b(?!s)", re.IGNORECASE)

# 'It', 'it', 'They', 'they': the first letter first, so that re skips to the next in C
_PRONOUN_RE = re.compile(r"[IiTt](?<!\w.)(?:(?<=[Ii])t|(?<=[Tt])hey)\b")

_HELD = ("held", "controlled", "occupied")

# a gapped clause: a clause break, a name, then its figure ("…, Ukraine 82")
_GAPPED_GAP_RE = re.compile(r",?\s+")


def _break_before_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(gapped_break(lex) + "$")  # right before a gapped clause's name


# between two actors of a two-party subject, a body after the first ("Sudan's army and")
_TWO_JOIN_RE = re.compile(
    r"(?:['’]s\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?(?:\s+and\s+(?:the\s+)?|,\s+)"
)


@dataclass(frozen=True, slots=True)
class TwoParty:
    """A two-party subject and its verb: 'Russia and Ukraine swapped', 'both sides freed'."""

    start: int
    end: int
    sides: tuple[str, str] | None  # the two codes named; None for 'the two sides'
    civil: bool  # one of them an insurgent: one code for both sides ('Yemen and the Houthis')


def _freed_remain(s: Sentence, p: FramePatterns, window: str, at: int) -> bool:
    """'The 95 soldiers freed on Friday remain in Ukraine for treatment': a place where
    people stay (lexicon holder_place_verb) after a group a handover word takes, between
    that group's figure and the verb, is where the freed are, not their holder."""
    place = p.holder_place.search(window)
    if place is None:
        return False
    verb = at + place.start()
    i = bisect_left(s.figure_starts, verb)
    return i > 0 and s.moved(s.figure_starts[i - 1], verb)


@dataclass(frozen=True, eq=False)
class Frame:
    """The cues of one sentence that every figure in it shares, each found on first use."""

    s: Sentence
    armed: str | None = None  # the text's one armed group, which 'the group' names

    @lazy
    def including_hint(self) -> bool:
        """A word of an 'including_list' phrase in the sentence (sides_mixed's gate)."""
        low = self.s.lowered
        return any_in(frame_patterns(self.s.lex).including_hints, low)

    @lazy
    def holding_hint(self) -> bool:
        """A holding verb's stem in the sentence (holding_subject's gate)."""
        low = self.s.lowered
        return any_in(frame_patterns(self.s.lex).holding_hints, low)

    @lazy
    def holders(self) -> list[tuple[int, str]]:
        """(position, code) of actors named as holders: 'held by X', 'X captivity', 'X-held'."""
        s = self.s
        text = s.lowered
        p = frame_patterns(s.lex)
        after_re = p.holder_after_lower if s.low else p.holder_after
        out = []
        for i, a in enumerate(s.actors):
            window = text[max(0, a.start - 40) : a.start]
            tail = window.rstrip()[-4:]  # a cheap gate before the right-anchored regexes
            hinted = tail.endswith((" by", " in", " of", "the")) and _HOLDER_HINT_RE.search(window)
            before = hinted and p.holder_before.search(window)
            if before and _freed_remain(s, p, window, a.start - len(window)):
                before = None  # "the 95 soldiers freed on Friday remain in Ukraine"
            after = None if before else after_re.match(s.low or s.text, a.end)
            if (
                after
                and a.demonym
                and after.group()[:1].isspace()
                and after.group().endswith(_HELD)
            ):
                after = None  # '238 Venezuelans held in …' are held, not holders ('Russian-held')
            if before or after:
                out.append((a.start, _listed_with(s, i) if before else a.code))
        return out

    @lazy
    def pronouns(self) -> list[tuple[int, int]]:
        return [m.span() for m in _PRONOUN_RE.finditer(self.s.text)]

    @lazy
    def releasers(self) -> list[tuple[int, str | None]]:
        """(position, code, None for a pronoun) of the actors that release or hand over."""
        lex = self.s.lex
        return self._doers(lex.releaser_lower_re if self.s.low else lex.releaser_re)

    @lazy
    def receivers(self) -> list[tuple[int, str | None]]:
        """(position, code, None for a pronoun) of the actors that receive or get back."""
        lex = self.s.lex
        return self._doers(lex.receiver_lower_re if self.s.low else lex.receiver_re)

    def _doers(self, pattern: re.Pattern[str]) -> list[tuple[int, str | None]]:
        s = self.s
        text = s.low or s.text
        doers: list[tuple[int, str | None]] = [
            (a.start, a.code) for a in s.actors if not a.demonym and pattern.match(text, a.end)
        ]
        doers += [(a, None) for a, b in self.pronouns if pattern.match(text, b)]
        if self.armed is not None:  # 'the group is still holding 200': the text's one group
            anaphors = frame_patterns(s.lex).armed_anaphor.finditer(s.text)
            doers += [(m.start(), self.armed) for m in anaphors if pattern.match(text, m.end())]
        doers.sort(key=lambda d: d[0])
        if doers and len(s.figures) > 1:
            doers += self._gapped_doers(doers[0][0])
        return doers

    def _gapped_doers(self, first: int) -> list[tuple[int, str | None]]:
        """'Israel freed 1,968 Palestinians, Hamas 20 hostages', 'Russia freed 90 prisoners,
        Ukraine 82': a name right before a figure after a clause break does what the
        sentence's earlier doer does (its verb is not repeated)."""
        s = self.s
        starts = {f.q.start for f in s.figures}
        breaks = s.lex.stage_patterns("gapped_break_before", _break_before_re)
        out: list[tuple[int, str | None]] = []
        for a in s.actors:
            if a.start <= first or a.demonym:
                continue
            gap = _GAPPED_GAP_RE.match(s.text, a.end)
            if gap is None or gap.end() not in starts:
                continue
            if breaks.search(s.text, max(0, a.start - 14), a.start):
                out.append((a.start, a.code))
        return out

    @lazy
    def two_party_subjects(self) -> list[TwoParty]:
        """'Russia and Ukraine swapped', 'the two sides exchanged', 'Saudi Arabia and the
        Houthis swapped' (names of any length, as the lexicon found them)."""
        s = self.s
        lex, p = s.lex, frame_patterns(s.lex)
        out: list[TwoParty] = []
        for m in p.two_party_subject.finditer(s.text):
            if not m["a"]:
                out.append(TwoParty(m.start(), m.end(), None, False))
                continue
            a, b = lex.actor(m["a"]), lex.actor(m["b"])
            if a and b:
                civil = "insurgent" in (lex.role(m["a"]), lex.role(m["b"]))
                out.append(TwoParty(m.start(), m.end(), (a[0], b[0]), civil))
        seen = {t.start for t in out}
        for x, y in zip(s.actors, s.actors[1:], strict=False):
            if x.start in seen or not _TWO_JOIN_RE.fullmatch(s.text, x.end, y.start):
                continue
            tail = p.two_party_tail.match(s.text, y.end)
            if tail:
                civil = "insurgent" in (x.role, y.role)
                out.append(TwoParty(x.start, tail.end(), (x.code, y.code), civil))
        out.sort(key=lambda t: t.start)
        return out

    @lazy
    def has_side_word(self) -> bool:
        return "side" in self.s.lowered


def figure_index(s: Sentence, f: Figure) -> int:
    return next(i for i, g in enumerate(s.figures) if g is f)


def subject(ctx: Ctx, pos: int, receiving: bool) -> str | None:
    """The actor (name, not demonym) that releases (or receives) before `pos`; a pronoun
    subject ('it', 'they') is the actor carried from before the sentence."""
    doers = ctx.frame.receivers if receiving else ctx.frame.releasers
    named = [c for p, c in doers if p < pos and c is not None and ctx.doc.can_be_side(c)]
    if named:
        return named[-1]
    pronouns = [p for p, c in doers if p < pos]
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
        return _pronoun_referent(ctx, p) if receiving else ctx.carried
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
    names = [
        a for a in ctx.s.actors if a.start < pos and not a.demonym and ctx.doc.can_be_side(a.code)
    ]
    return names[-1].code if names else ctx.carried


def each_sides(ctx: Ctx) -> list[str]:
    """The two sides that each gave: named in the sentence, else the text's parties."""
    doc, s = ctx.doc, ctx.s
    seen = [a.code for a in s.actors if a.code != "XX" and doc.can_be_side(a.code)]
    uniq = list(dict.fromkeys(seen))
    if len(uniq) == 2:  # 'Russia and Ukraine each freed 200': the sentence's own, not earlier
        return uniq
    seen = [c for c in uniq if c in doc.parties[:2]]
    if len(seen) >= 2:
        return seen[:2]
    sides = list(doc.parties[:2])
    if len(sides) == 1 and ctx.insurgency(sides[0]):
        # 'the Houthis and the government swapped 50 each': a war at home, one code for both
        return sides * 2
    return sides


def two_party_total(ctx: Ctx, f: Figure) -> bool | None:
    """'Russia and Ukraine swapped more than 300 prisoners' (no 'each'): a two-sided total
    (True); an exact figure so stated is ambiguous (False); None when no such subject."""
    s = ctx.s
    if f.label and _swapped_label(s, f):
        return None  # 'swapped prisoners 95 for 95': a figure per side
    for m in ctx.frame.two_party_subjects:
        if m.end > f.q.start:
            break
        if _own_doer(ctx, f, m.end):
            continue  # '…; Russia freed 90 and Ukraine 95': the clause's own doer
        # one code for both sides only in a war at home: 'Yemen and the Houthis'
        if m.sides and m.sides[0] == m.sides[1] and not m.civil:
            continue
        if m.sides and not all(ctx.doc.can_be_side(c) for c in m.sides):
            continue  # 'brokered by Qatar, Hamas released 3': a mediator is no side
        # 'each' after the next figure is that figure's ('2,000 people, 1,000 from each side')
        each = frame_patterns(s.lex).each
        if each.search(s.text, m.start, min(f.np_end + 30, s.next_figure_start(f.np_end))):
            return None
        return f.q.qualifier in ("at_least", "approx") or said_in_all(s, f)
    if _between_two(s, f):  # 'the exchange of 12 prisoners between Russia and the US'
        if f.two_sided:
            return None  # 'a swap of 15 prisoners each between Armenia and Azerbaijan'
        return f.q.qualifier in ("at_least", "approx") or said_in_all(s, f)
    return None


def _swapped_label(s: Sentence, f: Figure) -> bool:
    """'swapped prisoners 95 for 95': an 'N for N' after a swap's past verb and its object
    says how many each side gave (a label of a format or a plan, 'the 50-for-50 format', is
    left to the two-party rules)."""
    return bool(
        kind_patterns(s.lex).label_swapped.search(s.text, max(0, f.q.start - 40), f.q.start)
    )


# between a doer and its figure: a few words ('freed', 'had handed over', 'also returned')
_DOER_GAP_RE = re.compile(r"\s+(?:[\w'’-]+\s+){1,3}")


def _own_doer(ctx: Ctx, f: Figure, after: int) -> bool:
    """A side named after a two-party subject (past `after`) that does the handover of the
    figure itself, in the figure's own clause: 'Russia and Ukraine swapped prisoners on
    Friday; Russia freed 90 and Ukraine 95'."""
    s = ctx.s
    lo = max(after, f.clause[0])
    for a in s.actors:
        if a.start < lo or a.demonym or not ctx.doc.can_be_side(a.code):
            continue
        if a.start >= f.q.start:
            break
        if _DOER_GAP_RE.fullmatch(s.text, a.end, f.q.start) and s.moved(a.end, f.q.start):
            return True
        if f.mention is Mention.GAPPED and not s.text[a.end : f.q.start].strip(" ,"):
            return True  # '…, and Ukraine 95': the doer of the verb not repeated
    return False


def said_in_all(s: Sentence, f: Figure) -> bool:
    """'In all, 26 people were exchanged', 'swapped a total of 190': a cue before the figure
    says it is the total of both sides."""
    return s.cue("in_all", 0, f.q.start) is not None


def _between_two(s: Sentence, f: Figure) -> bool:
    """Two different actors named right after the figure as 'between A and B'."""
    low = s.lowered
    i = low.find(" between ", f.np_end, f.np_end + 40)
    if i < 0:
        return False
    j = low.find(" and ", i, i + 50)
    if j < 0:
        return False
    a = [x.code for x in s.actors if i < x.start < j]
    b = [x.code for x in s.actors if j < x.start < j + 30]
    return bool(a and b and a[0] != b[0])


def fought_for(s: Sentence, f: Figure) -> str | None:
    """The side a group fought for, named right after it: its holder is the other side."""
    for a in s.actors:
        if f.np_end < a.start <= f.np_end + 45 and frame_patterns(s.lex).fought_for.fullmatch(
            s.text, f.np_end, a.start
        ):
            return a.code
    return None


def own_nationals(s: Sentence, f: Figure) -> bool:
    """'20 political prisoners', '20 opposition-linked prisoners', 'dissidents': people a
    government holds are its own nationals."""
    np_text = (s.lowered)[f.q.num_end : f.np_end]
    return any_in(frame_patterns(s.lex).own_nationals, np_text)


def side_phrase(ctx: Ctx, f: Figure) -> str | None:
    """'on the Russian side, 270 troops': a demonym's side named in the figure's clause."""
    if not ctx.frame.has_side_word:
        return None
    s = ctx.s
    lo, _ = f.clause
    for a in reversed(s.actors):
        if (
            a.demonym
            and lo <= a.start
            and a.end <= f.q.start
            and _SIDE_AFTER_RE.match(s.text, a.end)
        ):
            return a.code
    return None


def counterpart(ctx: Ctx, f: Figure) -> str | None:
    """'50 hostages for 150 Palestinian prisoners': one side of a swap is the other's other."""
    s = ctx.s
    i = figure_index(s, f)
    for j in (i - 1, i + 1):  # only the neighbouring figure
        if (
            not 0 <= j < len(s.figures)
            or len(s.figures[j].codes) != 1
            or s.figures[j].codes == (UNKNOWN,)
        ):
            continue
        g = s.figures[j]
        between = s.text[f.np_end : g.q.start] if j > i else s.text[g.np_end : f.q.start]
        link = frame_patterns(s.lex).swap_link.search(between)
        if link and (len(between) < 90 if link.group().lower() != "for" else len(between) < 40):
            return ctx.other(g.codes[0])
    return None


def unsided_swap(ctx: Ctx, f: Figure) -> str | None:
    """'The exchange of 26 people' ("object"), '1,994 captives have been exchanged'
    ("passive") with no side named: a total of both sides, or None."""
    doc, s = ctx.doc, ctx.s
    named = {a.code for a in s.actors if a.code in doc.parties[:2]}
    if len(named) > 1:
        return None
    p = frame_patterns(s.lex)
    if p.swapped_object.search(s.text, max(0, f.q.start - 40), f.q.start):
        return "object"
    if not named and _mediated_total(s, f):
        return "object"
    return "passive" if p.swapped_subject.match(s.text, f.np_end) else None


def _mediated_total(s: Sentence, f: Figure) -> bool:
    """'bringing the total number of captives freed through its mediation to 1,788': a
    mediator's running total, in a clause that names no party, counts both sides."""
    lo, hi = f.clause
    if not (s.cue("non_party_roles", lo, hi) and s.cue("running_total", lo, hi)):
        return False
    # hostages are one side's people, whoever mediated their release ('the number of
    # hostages freed through Qatari mediation reached 105'): no total of both sides
    low = s.lowered
    return not any(w in low[lo:hi] for w in s.lex.hostage_nouns)


def destination(s: Sentence, f: Figure) -> str | None:
    """'… 20 civilians, which were returned to Ukraine', 'handed over 15 prisoners to
    Armenia': people go home to their side."""
    stop = min(s.next_figure_start(f.np_end), f.np_end + 80)
    found = frame_patterns(s.lex)
    for a in s.actors:
        named = f.np_end <= a.start < stop and not a.demonym
        if not (named and " to " in s.text[max(0, a.start - 12) : a.start]):
            continue
        if a.code in s.lex.mediators:
            continue  # 'delivered to Turkey': a go-between keeps them, they are not its people
        if found.destination.search(s.text, max(0, a.start - 40), a.start):
            return a.code
        if _given_to(s, f, a.start):
            return a.code
    return None


# between a given group and whom it is given to: 'handed 15 prisoners (back) to Armenia'
_GIVEN_TO_RE = re.compile(r"\s+(?:over\s+|back\s+|home\s+)?to\s+(?:the\s+)?")


def _given_to(s: Sentence, f: Figure, at: int) -> bool:
    """The figure is the object of a giving verb ('handed over 15 prisoners') and the actor
    at `at` follows its noun as the one it is given to ('… to Armenia')."""
    if not _GIVEN_TO_RE.fullmatch(s.text, f.np_end, at):
        return False
    return bool(frame_patterns(s.lex).given.search(s.text, max(0, f.q.start - 30), f.q.start))


def each_in_clause(s: Sentence, f: Figure) -> bool:
    text = s.lowered
    found = frame_patterns(s.lex)
    if not any_in(found.each_hints, text):
        return False  # the common case, without a regex
    lo, hi = f.clause
    each = found.each_lower
    return bool(
        each.search(text, lo, f.q.start)
        or each.search(text, f.np_end, min(hi, f.np_end + 50, s.next_figure_start(f.np_end)))
    )


_LIST_JOIN_RE = re.compile(r",\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")


def _listed_with(s: Sentence, i: int) -> str:
    """The code of actor `i` named as a holder, or XX when a list of other countries follows
    it ('held in the US, Germany, Poland and Norway': several held them)."""
    a = s.actors[i]
    codes, joined_by_and, prev = {a.code}, False, a
    for nxt in s.actors[i + 1 :]:
        join = _LIST_JOIN_RE.fullmatch(s.text, prev.end, nxt.start)
        if join is None or nxt.demonym or s.text.startswith(("'s", "’s"), nxt.end):
            break  # not a member of the list ('held by Russia, Ukraine's ombudsman said')
        codes.add(nxt.code)
        prev = nxt
        if "and" in join.group():
            joined_by_and = True
            break  # 'A, B and C': the list ends
    return "XX" if joined_by_and and len(codes - {"XX"}) > 1 else a.code


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
    if after:
        return after[0]
    inside = [c for p, c in cues if f.q.start <= p < f.np_end]
    if inside:
        return inside[0]
    before = [c for p, c in cues if lo <= p < f.q.start]
    return before[-1] if before else None


def context_side(ctx: Ctx) -> str | None:
    """The side the sentence's holders or parties imply, else the text's home party."""
    doc, s = ctx.doc, ctx.s
    held_by = {c for _, c in ctx.holders}
    if len(held_by) == 1:
        other = ctx.other(next(iter(held_by)))
        if other:
            return other
    named = [a.code for a in s.actors if a.code in doc.parties[:2] and a.code not in held_by]
    if len(set(named)) == 1:
        return named[0]
    return doc.home
