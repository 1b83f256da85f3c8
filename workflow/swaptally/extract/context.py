"""What the stages know beyond the figure: the text's context and the sentence's.

Both are never changed once built, and computed once: `Doc` per text (the swap's parties,
the day the text is about), `Ctx` per sentence with figures (the actor carried over from
earlier sentences, the speaker). The sentence's frame (who gives, who gets) is computed on
first use.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from swaptally.dates import DateMention, Span, find_spans

from .frame import Frame
from .lexicon import Lexicon
from .sentence import Sentence
from .speakers import Speech, speaker_at
from .text_frame import TextFrame, names_swap
from .twins import is_twin

__all__ = ["Ctx", "Doc"]


# Doc and Ctx are never changed once built, but not frozen: a frozen dataclass sets each
# field through object.__setattr__, and a Ctx is built for every sentence with figures
@dataclass(eq=False)
class Doc:
    text: str
    published: datetime.date | None
    lex: Lexicon
    parties: tuple[str, ...]  # the sides of the swap, most likely first
    frame: TextFrame  # is the text about a swap, a deal people go free under
    day1: datetime.date | None  # the first day of a multi-day swap
    home: str | None  # the party whose people the text counts most
    event_date: datetime.date | None  # the day of the swap the text is about
    sentences: tuple[Sentence, ...]  # all of them, as read_text split them
    armed: tuple[str, ...] = ()  # codes of the armed groups (non-state holders) it names
    insurgents: tuple[str, ...] = ()  # of those, the groups fighting their own government
    counted: frozenset[str] = frozenset()  # codes whose people the text counts ('20 Thais')
    named: frozenset[str] = frozenset()  # codes it names by a name, not as mediator or host
    # in a text about people freed one-sidedly (no swap, deal or armed group): the state
    # that frees them (text._releasing_state)
    releaser: str | None = None
    # what is computed on first use (the properties below) is kept in these fields, not in
    # the instance's __dict__, so that the class compiles with mypyc; never passed, though
    # __init__ takes them (mypyc leaves a field(init=False) unset: see Sentence)
    _swap_sides: frozenset[str] | None = field(default=None, repr=False)
    _captors: bool | None = field(default=None, repr=False)
    _many_party_deal: bool | None = field(default=None, repr=False)
    _domestic: bool | None = field(default=None, repr=False)
    _war_span_named: bool | None = field(default=None, repr=False)

    @property
    def swap_sides(self) -> frozenset[str]:
        value = self._swap_sides
        if value is None:
            value = self._swap_sides = self._find_swap_sides()
        return value

    def _find_swap_sides(self) -> frozenset[str]:
        """The sides named in the sentences that tell a swap (mediators and hosts left out):
        in a round-up of several conflicts, the swap's sides, not every conflict's."""
        lex = self.lex
        out: set[str] = set()
        for s in self.sentences:  # split and lower-cased once, by read_text
            if names_swap(lex, s.text, s.low):
                # its actors, if read_text looked for them (those with figures) and found any
                actors = s.actors or lex.actors_in(s.text)
                out.update(x.code for x in actors if x.code not in lex.mediators)
        out.discard("XX")
        return frozenset(out)

    @property
    def captors(self) -> bool:
        value = self._captors
        if value is None:
            value = self._captors = self._find_captors()
        return value

    def _find_captors(self) -> bool:
        """The text names captors by no state or group ('gunmen', 'bandits') or a kidnapping
        told without its doer ('abducted'), anywhere (actors.yaml unnamed_captors)."""
        return self.lex.captor_re.search(self.text.lower()) is not None

    @property
    def many_party_deal(self) -> bool:
        value = self._many_party_deal
        if value is None:
            value = self._many_party_deal = self._find_many_party_deal()
        return value

    def _find_many_party_deal(self) -> bool:
        """The text tells one deal of several countries ('… in a deal involving several
        countries'): a search of the whole text, made once."""
        return self.lex.cue["many_party_deal"].search(self.text) is not None

    @property
    def domestic(self) -> bool:
        value = self._domestic
        if value is None:
            value = self._domestic = self._find_domestic()
        return value

    def _find_domestic(self) -> bool:
        """A text about a government's own detainees ('political prisoners', 'dissidents',
        'the opposition') that names no swap and no deal people go free under."""
        if self.frame.swap or self.frame.deal:
            return False
        words = (self.lex.data.get("triggers", {}) or {}).get("own_nationals") or []
        low = self.text.lower()
        return any(str(w).lower() in low for w in words)

    @property
    def war_span_named(self) -> bool:
        value = self._war_span_named
        if value is None:
            value = self._war_span_named = self._find_war_span_named()
        return value

    def _find_war_span_named(self) -> bool:
        """The text names the whole span of its war ('since the full-scale invasion
        began', 'during the war'; not 'the largest swap since the war began'): a running
        total with no start of its own ('so far') then counts from the war's first day."""
        start = self.lex.war_start(self.parties[:2])
        if start is None or self.published is None:
            return False
        spans = find_spans(self.text, self.published, start)
        if any(sp.running and sp.first == start for sp in spans):
            return True
        return self.lex.cue_lower["war_span"].search(self.text.lower()) is not None

    def can_be_side(self, code: str) -> bool:
        """A mediator or host is a side only when the text counts its people."""
        return code not in self.lex.mediators or code in self.parties

    def other(self, code: str | None) -> str | None:
        """The other side of a two-sided conflict (the strongest other party)."""
        if code is None:
            return None
        if code == "XX":
            return "XX" if len(self.parties) != 2 or "XX" in self.parties[:2] else None
        enemy = self.lex.war_enemy(code)
        if enemy is not None and enemy in self.parties:
            return enemy  # a round-up of several conflicts: the war's other side (wars.yaml)
        for c in self.parties[:3]:
            if c != code:
                return c
        # a text about an armed group that names no one else: the state it fights (lexicon)
        if code in self.armed:
            return self.lex.opponent.get(code)
        # a text that names one side of a war alone: the war's other side (wars.yaml)
        return self.lex.war_enemy(code) if len(self.parties) <= 1 else None


@dataclass(eq=False)  # never changed once built (see Doc)
class Ctx:
    """One sentence with figures, in its text."""

    doc: Doc
    s: Sentence
    carried: str | None  # the actor 'it'/'they' refers to: named before, else doc.home
    said: str | None  # who the sentence attributes its content to
    speaker: str | None  # that speaker's code
    prev: Sentence | None  # the sentence before (its day sets the scene)
    frame: Frame  # who gives, who gets: the sentence's cues
    speeches: tuple[Speech, ...] = ()  # its speech verbs and speakers (pronouns named)
    # computed on first use, kept here (see Doc); a scene's day may be None, hence its flag
    _holders: list[tuple[int, str]] | None = field(default=None, repr=False)
    _scene_date: datetime.date | None = field(default=None, repr=False)
    _scene_date_known: bool = field(default=False, repr=False)
    _handover_days: list[DateMention] | None = field(default=None, repr=False)
    _stock_days: list[DateMention] | None = field(default=None, repr=False)
    _spans: list[Span] | None = field(default=None, repr=False)

    def said_for(self, at: int) -> str | None:
        """Who states the figure at `at` ('Russia said 248 …, while Ukraine said 230 …')."""
        return speaker_at(self.speeches, at) if self.speeches else self.said

    @property
    def holders(self) -> list[tuple[int, str]]:
        value = self._holders
        if value is None:
            value = self._holders = self._find_holders()
        return value

    def _find_holders(self) -> list[tuple[int, str]]:
        """(position, code) of the sentence's holder cues, mediators and hosts left out."""
        roles = self.frame.role_starts
        return [(p, c) for p, c in self.frame.holders if self.doc.can_be_side(c) and p not in roles]

    def insurgency(self, code: str | None) -> bool:
        """The text names an insurgent group inside `code`'s own country: its state's people
        held by the group, or the group's people held by the state, have one code."""
        return code is not None and code in self.doc.insurgents

    @property
    def scene_date(self) -> datetime.date | None:
        if not self._scene_date_known:
            self._scene_date = self._find_scene_date()
            self._scene_date_known = True
        return self._scene_date

    def _find_scene_date(self) -> datetime.date | None:
        """The day set by the sentence before ('The second stage took place on May 24.')."""
        return None if self.s.dates else dating.scene_date(self.prev, self.doc.published)

    @property
    def handover_days(self) -> list[DateMention]:
        value = self._handover_days
        if value is None:
            value = self._handover_days = self._find_handover_days()
        return value

    def _find_handover_days(self) -> list[DateMention]:
        """The days the sentence names that can date a handover it reports."""
        return dating.event_days(self.s, "exchange")

    @property
    def stock_days(self) -> list[DateMention]:
        value = self._stock_days
        if value is None:
            value = self._stock_days = self._find_stock_days()
        return value

    def _find_stock_days(self) -> list[DateMention]:
        """The days the sentence names that can date a stock it reports."""
        return dating.event_days(self.s, "held")

    @property
    def spans(self) -> list[Span]:
        value = self._spans
        if value is None:
            value = self._spans = self._find_spans()
        return value

    def _find_spans(self) -> list[Span]:
        """Spans of time the sentence names in words ('last year', 'since the war began')."""
        doc = self.doc
        return find_spans(
            self.s.text,
            doc.published,
            doc.lex.war_start(doc.parties[:2], named_war=True),
            is_twin(doc.lex),
        )

    def other(self, code: str | None) -> str | None:
        """The other side of `code`: the one other actor the sentence names, if it names
        exactly one (actors named here win over the text's parties), else the text's."""
        if code is None or code == "XX":
            return self.doc.other(code)
        roles = self.frame.role_starts  # a mediator or the one told is no side
        codes = {a.code for a in self.s.actors if a.start not in roles}
        named = {c for c in codes - {code, "XX"} if self.doc.can_be_side(c)}
        if code in codes and len(named) == 1 and code not in self.doc.parties[:2]:
            return next(iter(named))
        return self.doc.other(code)


# dating needs Ctx: imported once this module is complete (not on every call)
from . import dating  # noqa: E402
