"""The text as the stages see it: its sentences and the context they share.

Every sentence is split off; only those with a figure and a people word (a cheap
prefilter) are analysed. The text's context is then computed once: the parties of the
swap (actors named most, not as mediators or hosts), the party whose people are counted
most, the first day of a multi-day swap and the day the text is about.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass

from swaptally.dates import DateMention, find_dates
from swaptally.sentences import sentence_spans

from . import dating
from .context import Doc
from .dating.holidays import holiday_dates
from .dating.relative_days import with_relative_dates
from .frame import starts_in_role
from .frame_patterns import frame_patterns
from .groups import group_figures
from .lexicon import ARMED_ROLES, Actor, Lexicon, alternation, lowered
from .mentions import after_the_dead, counts_dead, figures_of
from .sentence import Sentence, any_in
from .text_frame import names_swap, text_frame
from .twins import is_twin

__all__ = ["last_actor", "read_text"]

_NUM_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|thousand|million|dozen|dozens|hundreds|thousands|scores|millions"
)


@dataclass(frozen=True, slots=True)
class _Prefilter:
    """Whether a sentence has a figure of some kind: a digit or a number word. Built by
    Lexicon.stage_patterns though it needs no word of the lexicon, so that the lexicon's
    ASCII twin (twins.py) has twins of these scans of every sentence."""

    digit: re.Pattern[str]
    numword_first: re.Pattern[str]  # lower-cased text: a number word opening it
    # one past the first character: the non-word character before it first, so that re
    # skips to the next such character in C instead of testing \b everywhere; the words
    # factored as a trie (re tries a flat alternation's words one by one: 0.7 the cost)
    numword_after: re.Pattern[str]

    @staticmethod
    def build(lex: Lexicon) -> _Prefilter:
        return _Prefilter(
            re.compile(r"\d"),
            re.compile(rf"\b(?=[otfsenhdm])(?:{_NUM_WORDS})\b"),
            re.compile(rf"\W(?:{alternation(_NUM_WORDS.split('|'))})\b"),
        )


# plain text's digits (ASCII \d): ten substring tests run in C at a fraction of a regex
# search's cost per character (Unicode text keeps \d, which knows other scripts' digits)
_DIGITS = tuple("0123456789")

_VENUE_ENDS = (" in ", " at ", " in the ", " at the ", "In ", "At ")


def _link_re(lex: Lexicon) -> re.Pattern[str]:
    """For lower-cased text: 'each', 'N-for-N', 'of those', 'were (…) released' (the verbs
    are the lexicon's link_passive). Its first characters as a lookahead: a faster scan."""
    objects = lex.phrases("object_verb")
    rx = re.compile(
        r"\beach\b|-for-|\bfor\s+\d|\bof\s+(?:those|them|whom)\b"
        r"|\b(?:were|have\s+been|had\s+been)\s+(?:\w+\s+)?"
        rf"(?:{lex.phrases('link_passive')})\b"
        # "Russia freed 270", "to free nearly 5,500": a handover verb's bare figure
        rf"|\b(?:{objects})\w*\s+(?:[a-z]+\s+){{0,2}}?(?:\d|(?:{_NUM_WORDS})\b)",
        re.IGNORECASE,
    )
    first = "".join(sorted({"-", "e", "f", "o", "w", "h", *_first_letters(lex, "object_verb")}))
    return re.compile(f"(?=[{first}])(?:" + lowered(rx).pattern + ")")


def _first_letters(lex: Lexicon, name: str) -> set[str]:
    """The first letters of trigger list `name`'s words, lower-cased."""
    words = (lex.data.get("triggers", {}) or {}).get(name) or []
    return {str(w)[:1].lower() for w in words if str(w)}


def read_text(
    text: str, published: datetime.date | None, lex: Lexicon
) -> tuple[Doc, list[Sentence], list[int]]:
    """The text's context, all its sentences, and the indexes of those with figures."""
    sents, cands = _sentences(text, published, lex)
    ctx = [sents[i] for i in cands] + sents[:3]
    parties, named = _parties(lex, ctx)
    frame = text_frame(lex, text, sents, published)
    armed = _armed(ctx, ARMED_ROLES)
    counted = _counted(sents, cands)
    one_sided = not (frame.swap or frame.deal or armed)  # releases by one state, at most
    releaser = _releasing_state(lex, sents, cands, parties, counted - named) if one_sided else None
    doc = Doc(
        text=text,
        published=published,
        lex=lex,
        parties=tuple(parties),
        frame=frame,
        day1=dating.day_one(sents[i] for i in cands),
        home=_home(parties, sents, cands),
        event_date=dating.event_date(sents, published),
        sentences=tuple(sents),
        armed=armed,
        insurgents=_armed(ctx, ("insurgent",)),
        counted=counted,
        named=frozenset(named),
        releaser=releaser,
    )
    return doc, sents, cands


def _sentences(
    text: str, published: datetime.date | None, lex: Lexicon
) -> tuple[list[Sentence], list[int]]:
    """All sentences (text only for non-candidates) and the indexes of the candidates."""
    sents, cands = [], []
    pre = lex.stage_patterns("text_prefilter", _Prefilter.build)
    plain = is_twin(lex)  # the text is plain: module patterns' ASCII twins match alike
    dead = False  # the last sentence read for figures counted the dead handed over, no one else
    for no, (a, b) in enumerate(sentence_spans(text)):
        t = text[a:b]
        low = t.lower()  # presence tests only: offsets may differ, matches do not
        same = low if len(low) == len(t) else ""
        figs: tuple = ()
        starts: tuple[int, ...] = ()
        breaks = None
        # cheap prefilter first: a figure and a people word; only then the analysis
        digit = any_in(_DIGITS, t) if plain else pre.digit.search(t)
        if (digit or _has_number_word(pre, low)) and (
            lex.noun_lower_re.search(low) or _has_link(lex, low)
        ):
            found, starts, breaks = figures_of(lex, t, same, bool(cands) and cands[-1] == no - 1)
            if dead and found:
                found = after_the_dead(lex, same, found)  # "… Russia received 24 in return"
            figs = group_figures(t, found)
            dead = not found and (dead or counts_dead(lex, same, starts))
        actors = lex.actors_in(t) if figs or no < 3 else ()
        dated = bool(figs) or (no < 3 and (len(t) < 80 or names_swap(lex, t, same)))
        dates = _dates(lex, t, published, plain) if dated else ()
        sents.append(
            Sentence(lex, no, a, b, t, same, actors, dates, dated, figs, starts, low, breaks)
        )
        if figs:
            cands.append(no)
    return sents, cands


def _has_number_word(pre: _Prefilter, low: str) -> bool:
    """A number word anywhere in `low`, in two cheap scans."""
    return bool(pre.numword_first.match(low) or pre.numword_after.search(low))


def _has_link(lex: Lexicon, low: str) -> bool:
    """A figure may count people without a people noun: 'each', 'N-for-N', '90 Palestinian'."""
    link = lex.stage_patterns("text", _link_re)
    return bool(link.search(low) or lex.demonym_noun_lower_re.search(low))


def _parties(lex: Lexicon, sents: list[Sentence]) -> tuple[list[str], set[str]]:
    """Sides of the swap, most likely first: actors named most, their people counted most.
    A mediator or host ('mediated by the UAE', 'UAE-brokered', an actor the lexicon gives
    the mediator role) is no side unless its own people are counted. With them, the codes
    named by a name (not only by a demonym), mediators and hosts left out."""
    weight: Counter[str] = Counter()
    named: set[str] = set()  # named by a name, not only by a demonym
    for s in sents:
        if not s.actors:
            continue  # no actor to weigh: no role hints to look for either
        low = s.lowered
        maybe = any_in(lex.role_hints, low)
        roles = [m.span() for m in lex.cue["non_party_roles"].finditer(s.text)] if maybe else []
        in_roles = starts_in_role(s, roles) if roles else set()
        told = any_in(frame_patterns(lex).addressee_hints, low)  # 'told', a cheap gate
        for a in s.actors:
            if _place_named(lex, s.text, a):
                continue  # 'near the Brazilian border': a place, no party
            if a.demonym:
                if a.start in s.counting:
                    weight[a.code] += 3
                elif a.code not in lex.mediators:
                    weight[a.code] += 1
            elif (
                (a.code not in lex.mediators or _frees(lex, s, a))
                and a.start not in in_roles
                and not (told and _told(lex, s, a))
            ):
                named.add(a.code)
                if not _venue_of_event(lex, s.text, a):
                    weight[a.code] += 1  # 'renewed talks in Caracas': where, not a party
    ranked = [c for c, w in weight.most_common() if w > 0]
    if len(named) < 2:
        return ranked, named
    # a country whose people are only counted ('five Thai hostages') is no party to a
    # conflict between two named ones: it goes after them
    return [c for c in ranked if c in named] + [c for c in ranked if c not in named], named


def _releasing_state(
    lex: Lexicon,
    sents: list[Sentence],
    cands: list[int],
    parties: list[str],
    only_counted: Collection[str],
) -> str | None:
    """The state a text about one-sided releases tells as freeing people: the one named
    most often (by a name) as the doer of a release in its sentences with figures and its
    first three ('X frees 52 prisoners', 'X has pardoned 30'), else the text's one party,
    unless the text knows it only as the people it counts (`only_counted`: '12 Nigerian
    sailors' freed by a state the lexicon does not know). None when two are named as
    often."""
    freeing: Counter[str] = Counter(
        a.code
        for i in sorted({*cands, *range(min(3, len(sents)))})
        for a in sents[i].actors
        if a.code != "XX" and _frees_as_state(lex, sents[i], a)
    )
    ranked = freeing.most_common(2)
    if ranked:
        return ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else None
    sides = [c for c in parties if c != "XX"]
    return sides[0] if len(sides) == 1 and sides[0] not in only_counted else None


def _counted(sents: list[Sentence], cands: list[int]) -> frozenset[str]:
    """Codes whose people the text counts: named in a figure's noun phrase ('six
    Americans'), or a demonym before a people noun ('Thai hostages')."""
    codes: set[str] = set()
    for i in cands:
        s = sents[i]
        for f in s.figures:
            codes.update(f.codes)
        codes.update(a.code for a in s.actors if a.demonym and a.start in s.counting)
    return frozenset(codes)


def _frees(lex: Lexicon, s: Sentence, a: Actor) -> bool:
    """A mediator that frees people itself ('Qatar pardoned eight Indian nationals', 'Egypt
    released 20 Sudanese prisoners') gives them: it is their holder, a side. Only a release
    verb counts ('Qatar has brokered …' matches the releaser pattern's 'has', no release)."""
    if _at_venue(s.text, a):
        return False  # 'a deal agreed in Muscat to free 2,900': the place frees no one
    m = (lex.releaser_lower_re if s.low else lex.releaser_re).match(s.low or s.text, a.end)
    return m is not None and lex.cue["release"].search(s.low or s.text, a.end, m.end()) is not None


def _frees_as_state(lex: Lexicon, s: Sentence, a: Actor) -> bool:
    """The actor frees people, by its name ('Belarus freed 40') or as the head of an
    institution of it ('Myanmar's junta freed 700', 'the Cuban authorities released 12';
    lexicon institution)."""
    if not a.demonym and _frees(lex, s, a):
        return True
    inst = frame_patterns(lex).institution.match(
        s.text, a.end + 2 if s.text.startswith(("'s", "’s"), a.end) else a.end
    )
    return inst is not None and _frees(lex, s, Actor(a.start, inst.end(), a.code, False, a.role))


def _place_named(lex: Lexicon, t: str, a: Actor) -> bool:
    """The actor names a place ('the Brazilian border', 'the Iranian-Iraqi border';
    lexicon place_after_actor), no party."""
    return lex.stage_patterns("text_place_after", _place_after_re).match(t, a.end) is not None


def _place_after_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(
        rf"(?:-[A-Z][\w'’]*)?\s+(?:{lex.phrases('place_after_actor')})\b", re.IGNORECASE
    )


def _venue_of_event(lex: Lexicon, t: str, a: Actor) -> bool:
    """The actor is named as where talks, a meeting or a briefing took place ('talks in
    Caracas', 'a briefing in Minsk'; lexicon: triggers.venue_event): no party."""
    if not _at_venue(t, a):
        return False  # the common case
    event = lex.stage_patterns("text_venue", _venue_event_re)
    return event.search(t, a.start - 40 if a.start > 40 else 0, a.start) is not None


def _venue_event_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{lex.phrases('venue_event')})\s+(?:[\w'’-]+\s+){{0,2}}?(?:in|at)\s+(?:the\s+)?$",
        re.IGNORECASE,
    )


def _at_venue(t: str, a: Actor) -> bool:
    """The actor is named as a place ('talks in Istanbul', 'a deal signed at Doha'): the
    object of 'in'/'at', not the subject of the verb after it."""
    # no slice, nor max(0, …) (ten times the cost of the test): asked for every actor
    return t.endswith(_VENUE_ENDS, a.start - 7 if a.start > 7 else 0, a.start)


def _armed(sents: list[Sentence], roles: Collection[str]) -> tuple[str, ...]:
    """Codes of the armed groups (non-state holders) in `roles` the text names, most named
    first."""
    codes = [a.code for s in sents for a in s.actors if a.role in roles]
    if not codes:
        return ()  # most texts: no Counter to build
    return tuple(c for c, _ in Counter(codes).most_common())


def _told(lex: Lexicon, s: Sentence, a: Actor) -> bool:
    """The actor is the one a speaker tells ('Putin told Donald Trump that …'): no party."""
    told = frame_patterns(lex).addressee
    return told.search(s.text, a.start - 14 if a.start > 14 else 0, a.start) is not None


def _home(parties: list[str], sents: list[Sentence], cands: list[int]) -> str | None:
    """The party whose people the text counts most ('Ukrainian prisoners')."""
    counted: Counter[str] = Counter()
    for i in cands:
        s = sents[i]
        for a in s.actors:
            if a.demonym and a.code in parties[:2] and a.start in s.counting:
                counted[a.code] += 1
    if counted:
        return counted.most_common(1)[0][0]
    return parties[0] if parties else None


def last_actor(
    sents: list[Sentence], i: int, doc: Doc | None = None, seen: dict[int, str | None] | None = None
) -> str | None:
    """What 'it'/'they' refers to: the nearest sentence before that names an actor gives
    its subject when it opens with one, else the last actor it names. A mediator or host
    ('the Turkish government, which coordinated the swap') is none (`doc` tells). `seen`
    keeps each sentence's answer for the next calls on the same text."""
    for j in range(i - 1, i - 6 if i > 5 else -1, -1):
        if not sents[j].actors:
            continue  # most sentences: no actor looked for or found
        if seen is not None and j in seen:
            code = seen[j]
        else:
            code = _subject_named(sents[j], doc)
            if seen is not None:
                seen[j] = code
        if code is not None:
            return code
    return None


def _subject_named(s: Sentence, doc: Doc | None) -> str | None:
    """The actor a sentence names as its subject (opening with it), else its last one."""
    t = s.text
    # a place named as a venue ('talks in Istanbul') is not an actor of the swap
    names = [
        a
        for a in s.actors
        if not a.demonym and not _at_venue(t, a) and (doc is None or doc.can_be_side(a.code))
    ]
    if not names:
        return None
    return names[0].code if names[0].start <= 4 else names[-1].code


def _dates(
    lex: Lexicon, t: str, published: datetime.date | None, plain: bool
) -> tuple[DateMention, ...]:
    """The days sentence `t` names: dates in words and numbers, and holidays named as days
    (the lexicon's), in the order they stand."""
    found = find_dates(t, published, plain)
    holidays = holiday_dates(lex, t, published)
    if holidays:
        found = sorted(found + holidays, key=lambda d: d.start)
    return with_relative_dates(lex, t, published, tuple(found))
