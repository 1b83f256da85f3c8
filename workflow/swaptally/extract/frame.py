"""Stage 3, frame: who gives, who gets, exchanged for what, in a figure's sentence.

Cues around actors and figures: holders ("held by X", "X captivity"), the actor that
releases or receives (a verb after its name, or 'it'/'they'), "each side", "between A and
B", "in exchange for", "returned to X". The side resolvers (sides.py) combine them.
This module finds the cues a sentence's figures share (the Frame: holders, doers, gapped
clauses' doers, two-party subjects); the readers of them for one figure: frame_doers.py
(who gives or gets), frame_two_sides.py (both sides at once), frame_named.py (a side named
right around the figure).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .frame_patterns import FramePatterns, frame_patterns
from .lexicon import Actor, Lexicon
from .mention_parts import gapped_break
from .mentions import Figure
from .sentence import Sentence, any_in
from .speakers import speeches
from .twins import is_twin

if TYPE_CHECKING:
    pass

__all__ = ["Frame", "TwoParty", "figure_index", "in_role", "starts_in_role"]

_HOLDER_HINT_RE = re.compile(r"\b(?:by|in|of)\s+(?:the\s+)?$")

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


def _place_before_re(lex: Lexicon) -> re.Pattern[str]:
    """A preposition of place (lexicon place_preposition) right before a name, lower-case
    or opening the sentence: the name is a place phrase, no subject."""
    words = [str(w) for w in lex.data["triggers"].get("place_preposition") or []]
    alts = "|".join(f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}" for w in words if w)
    return re.compile(rf"\b(?:{alts or '(?!x)x'})\s+(?:the\s+)?$")


@dataclass(frozen=True, slots=True)
class TwoParty:
    """A two-party subject and its verb: 'Russia and Ukraine swapped', 'both sides freed'."""

    start: int
    end: int
    sides: tuple[str, str] | None  # the two codes named; None for 'the two sides'
    civil: bool  # one of them an insurgent: one code for both sides ('Yemen and the Houthis')
    receive: bool = False  # its verb one of receiving ('got back'): a total only of opponents


def _freed_remain(s: Sentence, p: FramePatterns, window: str, at: int) -> bool:
    """'The 95 soldiers freed on Friday remain in Ukraine for treatment', 'Hamas freed
    three hostages, who remain in Israeli hospitals': a place where people stay (lexicon
    holder_place_verb) after a group a handover word takes, between that group's figure
    and the verb or right before the figure in its clause, is where the freed are, not
    their holder."""
    place = p.holder_place.search(window)
    if place is None:
        return False
    verb = at + place.start()
    i = bisect_left(s.figure_starts, verb)
    if i == 0:
        return False
    figure = s.figure_starts[i - 1]
    lo = max(s.clause(figure, figure + 1)[0], figure - 40)  # "freed (the) three hostages"
    return s.moved(lo, verb)


def _taken_there(s: Sentence, p: FramePatterns, window: str, a: Actor) -> bool:
    """'40 villagers seized in Zembla after the raids': a verb of taking, 'in X', then
    the time of the taking (lexicon taken_in_verb, taking_time): X is the scene of the
    taking, not the holder (their own land, whose enemy took them) — where the sentence
    names someone else who may hold them: another state that is no speaker, or X's own
    people (taken at home). Else X is the only holder reading ('herders detained in Mali
    after a raid went home, Niamey said'): it stays."""
    if p.taken_in.search(window) is None or p.taking_time.match(s.text, a.end) is None:
        return False
    said = [sp.who for sp in speeches(s.text, s.lowered, s.lex) if sp.who]
    return any(b.code == a.code if b.demonym else _another_state(s, a, b, said) for b in s.actors)


def _another_state(s: Sentence, a: Actor, b: Actor, said: list[str]) -> bool:
    """`b` names a state other than `a`'s, and is no speaker of the sentence."""
    if b.code in (a.code, "XX"):
        return False
    name = s.text[b.start : b.end]
    return not any(name in who for who in said)


@dataclass(eq=False)  # never changed once built; not frozen: its cache fields are set
class Frame:
    """The cues of one sentence that every figure in it shares, each found on first use."""

    s: Sentence
    armed: str | None = None  # the text's one armed group, which 'the group' names
    # what is computed on first use (the properties below) is kept in these fields (never
    # passed: None until then), not in the instance's __dict__, so that the class compiles
    # with mypyc, as Sentence's (see there why they are __init__ parameters)
    _including_hint: bool | None = field(default=None, repr=False)
    _holding_hint: bool | None = field(default=None, repr=False)
    _holders: list[tuple[int, str]] | None = field(default=None, repr=False)
    _role_starts: frozenset[int] | None = field(default=None, repr=False)
    _pronouns: list[tuple[int, int]] | None = field(default=None, repr=False)
    _releasers: list[tuple[int, str | None]] | None = field(default=None, repr=False)
    _receivers: list[tuple[int, str | None]] | None = field(default=None, repr=False)
    _two_party_subjects: list[TwoParty] | None = field(default=None, repr=False)
    _has_side_word: bool | None = field(default=None, repr=False)

    @property
    def including_hint(self) -> bool:
        value = self._including_hint
        if value is None:
            value = self._including_hint = self._find_including_hint()
        return value

    @property
    def holding_hint(self) -> bool:
        value = self._holding_hint
        if value is None:
            value = self._holding_hint = self._find_holding_hint()
        return value

    @property
    def holders(self) -> list[tuple[int, str]]:
        value = self._holders
        if value is None:
            value = self._holders = self._find_holders()
        return value

    @property
    def role_starts(self) -> frozenset[int]:
        value = self._role_starts
        if value is None:
            value = self._role_starts = self._find_role_starts()
        return value

    @property
    def pronouns(self) -> list[tuple[int, int]]:
        value = self._pronouns
        if value is None:
            value = self._pronouns = self._find_pronouns()
        return value

    @property
    def releasers(self) -> list[tuple[int, str | None]]:
        value = self._releasers
        if value is None:
            value = self._releasers = self._find_releasers()
        return value

    @property
    def receivers(self) -> list[tuple[int, str | None]]:
        value = self._receivers
        if value is None:
            value = self._receivers = self._find_receivers()
        return value

    @property
    def two_party_subjects(self) -> list[TwoParty]:
        value = self._two_party_subjects
        if value is None:
            value = self._two_party_subjects = self._find_two_party_subjects()
        return value

    @property
    def has_side_word(self) -> bool:
        value = self._has_side_word
        if value is None:
            value = self._has_side_word = self._find_has_side_word()
        return value

    def _find_including_hint(self) -> bool:
        """A word of an 'including_list' phrase in the sentence (sides_mixed's gate)."""
        low = self.s.lowered
        return any_in(frame_patterns(self.s.lex).including_hints, low)

    def _find_holding_hint(self) -> bool:
        """A holding verb's stem in the sentence (holding_subject's gate)."""
        low = self.s.lowered
        return any_in(frame_patterns(self.s.lex).holding_hints, low)

    def _find_holders(self) -> list[tuple[int, str]]:
        """(position, code) of actors named as holders: 'held by X', 'X captivity', 'X-held'."""
        s = self.s
        text = s.lowered
        p = frame_patterns(s.lex)
        after_re = p.holder_after_lower if s.low else p.holder_after
        before_re = p.holder_before_lower if is_twin(s.lex) else p.holder_before  # on `text`
        out = []
        for i, a in enumerate(s.actors):
            window = text[max(0, a.start - 40) : a.start]
            tail = window.rstrip()[-4:]  # a cheap gate before the right-anchored regexes
            hinted = tail.endswith((" by", " in", " of", "the")) and _HOLDER_HINT_RE.search(window)
            before = hinted and before_re.search(window)
            if before and _freed_remain(s, p, window, a.start - len(window)):
                before = None  # "the 95 soldiers freed on Friday remain in Ukraine"
            if before and _taken_there(s, p, window, a):
                before = None  # "farmers abducted in Zembla after the clashes, whom …"
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

    def _find_role_starts(self) -> frozenset[int]:
        """Starts of the actors this sentence names in a role that gives and gets no one: a
        mediator or host ('joint mediation with US', 'UAE-brokered', 'US envoy X'; lexicon
        non_party_roles) or the one a speaker tells ('Putin told Donald Trump that';
        lexicon addressee_verb). Most sentences name none: the cheap gates first."""
        s = self.s
        if not s.actors:
            return frozenset()
        lex, low = s.lex, s.lowered
        out: set[int] = set()
        if any_in(lex.role_hints, low):
            roles = [m.span() for m in lex.cue["non_party_roles"].finditer(s.text)]
            out.update(starts_in_role(s, roles))
        p = frame_patterns(lex)
        if any_in(p.addressee_hints, low):
            for a in s.actors:
                if not a.demonym and p.addressee.search(s.text, max(0, a.start - 14), a.start):
                    out.add(a.start)
        return frozenset(out)

    def _find_pronouns(self) -> list[tuple[int, int]]:
        return [m.span() for m in _PRONOUN_RE.finditer(self.s.text)]

    def _find_releasers(self) -> list[tuple[int, str | None]]:
        """(position, code, None for a pronoun) of the actors that release or hand over."""
        lex = self.s.lex
        return self._doers(lex.releaser_lower_re if self.s.low else lex.releaser_re)

    def _find_receivers(self) -> list[tuple[int, str | None]]:
        """(position, code, None for a pronoun) of the actors that receive or get back."""
        lex = self.s.lex
        return self._doers(lex.receiver_lower_re if self.s.low else lex.receiver_re)

    def _doers(self, pattern: re.Pattern[str]) -> list[tuple[int, str | None]]:
        s = self.s
        text = s.low or s.text
        doers: list[tuple[int, str | None]] = [
            (a.start, a.code)
            for a in s.actors
            if not a.demonym and (pattern.match(text, a.end) or self._past_apposition(a, pattern))
        ]
        doers += [(a, None) for a, b in self.pronouns if pattern.match(text, b)]
        if self.armed is not None:  # 'the group is still holding 200': the text's one group
            anaphors = frame_patterns(s.lex).armed_anaphor.finditer(s.text)
            doers += [(m.start(), self.armed) for m in anaphors if pattern.match(text, m.end())]
        doers.sort(key=lambda d: d[0])
        if doers and len(s.figures) > 1:
            doers += self._gapped_doers(doers[0][0])
        return doers

    def _past_apposition(self, a: Actor, pattern: re.Pattern[str]) -> bool:
        """The actor's verb follows a noun phrase set off by commas after it ('X, the
        country's largest rebel group, has freed 12'): the actor does what the verb says."""
        s = self.s
        if not s.text.startswith(",", a.end):
            return False  # the common case: no comma right after the name
        appos = frame_patterns(s.lex).apposition.match(s.text, a.end)
        return appos is not None and pattern.match(s.low or s.text, appos.end()) is not None

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

    def _find_two_party_subjects(self) -> list[TwoParty]:
        """'Russia and Ukraine swapped', 'the two sides exchanged', 'Saudi Arabia and the
        Houthis swapped' (names of any length, as the lexicon found them)."""
        s = self.s
        lex, p = s.lex, frame_patterns(s.lex)
        out: list[TwoParty] = []
        for m in p.two_party_subject.finditer(s.text):
            if not m["a"]:
                out.append(TwoParty(m.start(), m.end(), None, False, bool(m["recv"])))
                continue
            a, b = lex.actor(m["a"]), lex.actor(m["b"])
            if a and b:
                civil = "insurgent" in (lex.role(m["a"]), lex.role(m["b"]))
                out.append(TwoParty(m.start(), m.end(), (a[0], b[0]), civil, bool(m["recv"])))
        seen = {t.start for t in out}
        for x, y in zip(s.actors, s.actors[1:], strict=False):
            if x.start in seen or not _TWO_JOIN_RE.fullmatch(s.text, x.end, y.start):
                continue
            place_before = lex.stage_patterns("frame.place_before", _place_before_re)
            if place_before.search(s.text, max(0, x.start - 12), x.start):
                continue  # 'In Yemen, the Houthis released 40': a place, then the subject
            tail = p.two_party_tail.match(s.text, y.end)
            if tail:
                civil = "insurgent" in (x.role, y.role)
                recv = bool(tail["recv"])
                out.append(TwoParty(x.start, tail.end(), (x.code, y.code), civil, recv))
        out.sort(key=lambda t: t.start)
        return out

    def _find_has_side_word(self) -> bool:
        return "side" in self.s.lowered


def in_role(text: str, start: int, end: int, roles: list[tuple[int, int]]) -> bool:
    """An actor at start..end of `text` is named as mediator or host: right after a role
    phrase in its clause ('mediated by the', 'thanks to'; not 'brokered by Qatar, the
    United States …') or right before one ('UAE-brokered', "Qatar's mediation"; not 'the US
    and Venezuela, brokered by …'); `roles` are the spans of the phrases."""
    return any(
        (0 <= start - e <= 12 and "," not in text[e:start])
        or (0 <= b - end <= 4 and "," not in text[end:b])
        for b, e in roles
    )


# between two actors of one list ('the United States and the UAE', 'US, UAE')
_PAIR_RE = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")


def starts_in_role(s: Sentence, roles: list[tuple[int, int]]) -> set[int]:
    """Starts of the actors named in a role (`roles`: the spans of its phrases), and of
    those listed right before one ('with the United States and the UAE mediating', 'with
    U.S. and UAE mediation'): the role is the whole list's."""
    out = {a.start for a in s.actors if in_role(s.text, a.start, a.end, roles)}
    if not out:
        return out
    acts = s.actors
    for i in range(len(acts) - 1, 0, -1):
        nxt, a = acts[i], acts[i - 1]
        if nxt.start in out and _PAIR_RE.fullmatch(s.text, a.end, nxt.start):
            out.add(a.start)
    return out


def figure_index(s: Sentence, f: Figure) -> int:
    """Where `f` (this very figure, not an equal one) stands in its sentence's figures."""
    for i, g in enumerate(s.figures):  # a loop: no generator to set up, ~2,000 calls a pass
        if g is f:
            return i
    raise ValueError("the figure is not the sentence's")


_LIST_JOIN_RE = re.compile(r",\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")


def _listed_with(s: Sentence, i: int) -> str:
    """The code of actor `i` named as a holder, or XX when a list of other countries follows
    it ('held in the US, Germany, Poland and Norway': several held them)."""
    codes, joined_by_and = listed_from(s, i)
    return "XX" if joined_by_and and len(codes - {"XX"}) > 1 else s.actors[i].code


def listed_from(s: Sentence, i: int) -> tuple[set[str], bool]:
    """The codes of a list of actors that starts with actor `i` ('the US, Germany, Poland
    and Norway'), and whether an 'and' ends it."""
    a = s.actors[i]
    codes, joined_by_and, prev = {a.code}, False, a
    for nxt in s.actors[i + 1 :]:
        join = _LIST_JOIN_RE.fullmatch(s.text, prev.end, nxt.start)
        if join is None or nxt.demonym or s.text.startswith(("'s", "’s"), nxt.end):
            break  # not a member of the list ('held by Russia, Ukraine's ombudsman said')
        if prev is a and join.group().startswith(",") and "and" in join.group():
            break  # 'held in A, and B then …': a new clause, no list of two with a comma
        codes.add(nxt.code)
        prev = nxt
        if "and" in join.group():
            joined_by_and = True
            break  # 'A, B and C': the list ends
    return codes, joined_by_and
