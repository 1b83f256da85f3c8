"""A figure with no people noun of its own ('freed 40', '40 were released', '42 each',
'1,000-for-1,000', 'the number of'): the few constructions in which it still counts people.
The verbs come from the lexicon's triggers, the count nouns ('number', 'tally') too."""

from __future__ import annotations

import re
from dataclasses import dataclass

from swaptally.numbers import Quantity

from .fact import Mention
from .gone import gone_word_at
from .lexicon import Lexicon, lowered
from .phrase_patterns import alternation

__all__ = ["EACH_AFTER_LRE", "Verbs", "bare_rule", "number_after", "verbs"]

_EACH_AFTER_RE = re.compile(
    r"\s*(?:(?:prisoners|people|captives|detainees|POWs)\s+)?(?:each|apiece)\b(?!\s+other)"
    r"|\s+(?:\w+\s+){0,3}?(?:on|from|for|by|to)\s+(?:each|both|either)\s+sides?\b",
    re.IGNORECASE,
)

EACH_AFTER_LRE = lowered(_EACH_AFTER_RE)


@dataclass(frozen=True, slots=True)
class Verbs:
    """The verbs that tie a bare figure to people, for lower-cased text: grammar here, the
    verbs from the lexicon's triggers (a user lexicon reaches them)."""

    after: re.Pattern[str]  # "40 were released", "12 came home"
    before: re.Pattern[str]  # "freed 40"
    subgroup: re.Pattern[str]  # "77 of the returned servicemen": a description
    taken_at: re.Pattern[str]  # "40 people detained during the protests": the scene
    taken_before: re.Pattern[str]  # "detained 40 …": a verb of capture right before
    scene_after: re.Pattern[str]  # "… during the protests": the scene of that capture
    thing_before: re.Pattern[str]  # "handed 20 …": a verb that takes things too, right before
    living_before: re.Pattern[str]  # "released 30": a verb the dead never take, right before
    people_ending: re.Pattern[str]  # "traders", "migrants": a word that names people
    own_words: re.Pattern[str]  # "… 31 Abrams tanks": up to three words of the figure's own
    things: frozenset[str]  # "tanks", "computers": nouns of things (categories thing_nouns)
    alive: re.Pattern[str]  # "7 are presumed alive": the living part of captives
    held: re.Pattern[str]  # "40 remain in its jails", "11 are still with the kidnappers"

    @staticmethod
    def build(lex: Lexicon) -> Verbs:
        w = lex.phrases
        after = re.compile(
            r"\s+(?:more\s+|others?\s+|of\s+them\s+|of\s+whom\s+)?(?:people\s+)?"
            r"(?:were|have\s+been|had\s+been|has\s+been|was|are|will\s+be|would\s+be|to\s+be|"
            r"being|had|have|were\s+also|have\s+also|are\s+now|is)\s+(?:\w+\s+){0,2}?"
            rf"(?:{w('passive_verb')})\b"
            rf"|\s+(?:{w('custody_verb')})\b"
            rf"|\s+of\s+(?:those|them|whom)\s+(?:{w('moved_participle')})\b"
            rf"|\s+(?:{w('came_home')})\b",
            re.IGNORECASE,
        )
        before = re.compile(
            rf"(?:{w('object_verb')})\w*\s+(?:another\s+|a\s+further\s+|an\s+additional\s+|"
            r"the\s+)?$",
            re.IGNORECASE,
        )
        subgroup = re.compile(rf"\s+of\s+the\s+(?:{w('moved_adjective')})\b", re.IGNORECASE)
        # a phrase of place or time naming the scene: "during the protests"
        scene = (
            r"(?:during|at|in|after|amid|following|over|near|outside)\s+"
            rf"(?:[\w'’-]+\s+){{0,2}}?(?:{w('taken_scene')})(?![\w])"
        )
        # a participle of capture, then the scene
        taken_at = re.compile(
            rf"\s+(?:{w('taken_participle')})\s+(?:[\w-]+\s+)?{scene}", re.IGNORECASE
        )
        # the same verbs, active, right before the figure: "police detained 60 activists
        # during the protests" (the scene follows the group as after a participle)
        taken_before = re.compile(rf"\b(?:{w('taken_participle')})\s+$", re.IGNORECASE)
        scene_after = re.compile(rf"\s+{scene}", re.IGNORECASE)
        thing_before = re.compile(
            rf"\b(?:{w('object_verb_things')})\s+(?:another\s+|a\s+further\s+|the\s+)?$",
            re.IGNORECASE,
        )
        # the small words a bare count of people takes ("handed 90 to Russia", "… 90 back")
        stop = alternation(str(v) for v in lex.data.get("noun_gap_stop") or []) or r"(?!x)x"
        living_before = re.compile(
            rf"\b(?:{w('living_verb')})\s+(?:another\s+|a\s+further\s+|the\s+)?$",
            re.IGNORECASE,
        )
        ends = alternation(str(v) for v in lex.data.get("people_noun_endings") or []) or r"(?!x)x"
        people_ending = re.compile(rf"[a-z][\w'’-]*(?:{ends})")
        # the words right after the figure up to a small word or a mark: its noun phrase
        own_words = re.compile(
            rf"(?:\s+(?!(?:{stop}|{w('object_bare_next')})\b)[\w'’-]+(?![\w'’-])){{1,3}}",
            re.IGNORECASE,
        )
        things = frozenset(str(v).lower() for v in lex.data.get("thing_nouns") or [])
        # a copula, a hedge of belief if any, then a state of being held: "(of whom) 7 are
        # presumed (to be) alive", "40 of them remain in military jails", "11 are still with
        # the kidnappers" ("alive" the one state that needs captives named before it: "12
        # are alive" may count the survivors of a crash)
        roles = lex.data.get("actor_roles") or {}
        captors = alternation(
            str(v) for k in ("armed_holders", "unnamed_captors") for v in roles.get(k) or []
        )
        state = (
            rf"\s+(?:of\s+(?:them|whom)\s+)?(?:{w('held_part_copula')})\s+(?:still\s+)?"
            rf"(?:(?:{w('belief_hedge')})\s+"
            r"(?:to\s+(?:be|still\s+be)\s+)?(?:still\s+)?)?"
        )
        alive = re.compile(rf"{state}(?:{w('alive_state')})(?![\w])", re.IGNORECASE)
        held = re.compile(
            rf"{state}(?:in\s+(?:[\w'’-]+\s+){{0,2}}?(?:{w('captivity_place')})"
            rf"|with\s+(?:the|their|its|his|her)\s+(?:{captors or '(?!x)x'}))(?![\w])",
            re.IGNORECASE,
        )
        return Verbs(
            lowered(after), lowered(before), lowered(subgroup), lowered(taken_at),
            lowered(taken_before), lowered(scene_after), lowered(thing_before),
            lowered(living_before), people_ending, lowered(own_words),
            things, lowered(alive), lowered(held),
        )  # fmt: skip


def verbs(lex: Lexicon) -> Verbs:
    """The lexicon's verb patterns for bare figures, built once."""
    return lex.stage_patterns("mentions", Verbs.build)


@dataclass(frozen=True, slots=True)
class _CountNouns:
    number_of: re.Pattern[str]  # "the number of" before a figure
    after: re.Pattern[str]  # "… to 3,500 the number (of)": the count noun after it
    raised: re.Pattern[str]  # "the total released this year to": a count raised to it
    moved: re.Pattern[str]  # "released", "freed": the count is of people handed over
    # "the number of (POW) exchanges (to 60)": the count's head counts events
    events: re.Pattern[str]
    # "the number of soldiers killed (at 92,000)": the count is of the dead, hurt or missing
    gone: re.Pattern[str]
    # "bringing the total …": a verb raising the count, right before it
    raising: re.Pattern[str]
    # a handover before it in the sentence ("freed 95 on Friday, bringing the total …")
    handover: re.Pattern[str]


def _count_nouns(lex: Lexicon) -> _CountNouns:
    """'the number of' before a figure, the same word after it ('bringing to 3,500 the
    number (of Ukrainians) returned'), and a count raised to the figure ('bringing the
    total released this year to 160', 'pushing the number it has freed past 500'), for
    lower-cased text; the words are the lexicon's count_noun and raised_to."""
    w = lex.phrases
    nouns = w("count_noun")
    number_of = re.compile(rf"\b(?:{nouns})\s+of\b", re.IGNORECASE)
    after = re.compile(
        rf"\s+the\s+(?:total\s+)?(?:{nouns})\b(?:\s+of\s+(?:the\s+)?)?", re.IGNORECASE
    )
    # the count, up to eight words of what it counts (group 1: 'released this year', 'of
    # Ukrainians returned home'), then (group 2) the word that raises it to the figure
    # ('to'; 'past' is read as the figure's qualifier, so the words may end right before it)
    raised = re.compile(
        rf"\bthe\s+(?:{w('raised_count_noun')}|{nouns})\b((?:\s+[\w'’-]+){{0,8}}?)"
        rf"\s+((?:{w('raised_to')})\s+)?$",
        re.IGNORECASE,
    )
    what = re.compile(rf"\b(?:{w('moved_adjective')})\b", re.IGNORECASE)
    events = re.compile(
        rf"\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{w('events_counted')})\b", re.IGNORECASE
    )
    gone = re.compile(rf"\b(?:{w('gone_state')})(?![\w])", re.IGNORECASE)
    raising = re.compile(rf"\b(?:{w('raising_verb')})\s+$", re.IGNORECASE)
    return _CountNouns(
        lowered(number_of), lowered(after), lowered(raised), lowered(what), lowered(events),
        lowered(gone), lowered(raising), lex.cue_lower["any_moved"],
    )  # fmt: skip


def number_after(lex: Lexicon, t: str, at: int) -> re.Match[str] | None:
    """'the number (of)' right after a figure ending at `at` (`t` lower-cased)."""
    return lex.stage_patterns("mentions.count_nouns", _count_nouns).after.match(t, at)


def bare_rule(lex: Lexicon, text: str, q: Quantity, label: bool, written: str) -> Mention | None:
    """A figure with no people noun: counts people only in a few constructions. `text` is
    the sentence lower-cased, `written` as written (same offsets)."""
    if label:
        return Mention.N_FOR_N
    if EACH_AFTER_LRE.match(text, q.num_end):
        return Mention.EACH_SIDE
    vb = verbs(lex)
    if vb.after.match(text, q.num_end):
        return Mention.PASSIVE_VERB
    if vb.held.match(text, q.num_end) or (
        vb.alive.match(text, q.num_end) and lex.cue_lower["captive_noun"].search(text, 0, q.start)
    ):
        return Mention.HELD_PART  # "30 captives, of whom 7 are presumed alive"
    if vb.before.search(text, max(0, q.start - 40), q.start):
        if _counts_things(vb, text, written, q):
            return None
        return Mention.VERB_OBJECT
    counts = lex.stage_patterns("mentions.count_nouns", _count_nouns)
    m = counts.number_of.search(text, max(0, q.start - 90), q.start)
    if m is not None and not gone_word_at(lex, text, m.end()):
        # not "put the number of missing at 287", "the number of exchanges to 60", "the
        # number of soldiers killed at 92,000": no captives
        if counts.events.match(text, m.end()) or counts.gone.search(text, m.end(), q.start):
            return None
        if lex.cue_lower["aboard"].search(text, m.end(), q.start):
            return None  # "the number of passengers on board at 450": a vehicle's load
        return Mention.NUMBER_OF
    if _raised_to(lex, text, q, counts):
        return Mention.NUMBER_OF  # "bringing the total released this year to 160"
    return None


def _counts_things(vb: Verbs, text: str, written: str, q: Quantity) -> bool:
    """The handover verb's bare figure has a noun of its own that names things: a noun of
    things among its words ("31 Abrams tanks", "20 computers"), any word after a verb that
    takes things often ("handed 12 long prison terms"), or a plural of its own in lower case
    ("270 votes"), unless the word names people by its ending ("six traders") or follows a
    capitalised word ("20 Syrian refugees", not "12 Patriot launchers": a thing's noun)."""
    m = vb.own_words.match(text, q.num_end)
    if m is None:
        return False  # "freed 270 on Saturday", "released 90 afterwards": no word of its own
    if vb.thing_before.search(text, max(0, q.start - 40), q.start):
        return True  # "Germany handed 20 tanks over to Ukraine"
    low = text[m.start() : m.end()].split()
    if any(word in vb.things for word in low):
        return True
    shown = written[m.start() : m.end()].split() if len(written) == len(text) else low
    for i, word in enumerate(shown):
        if word[:1].isupper():
            return False  # a name: "freed three Europeans", "… Syrian refugees"
        if word.endswith("s") and not word.endswith(("'s", "’s", "ss", "us")):
            return not vb.people_ending.fullmatch(low[i])  # "votes", not "traders"
    return False


def _raised_to(lex: Lexicon, text: str, q: Quantity, counts: _CountNouns) -> bool:
    """The figure is the new value of a count of people handed over: 'the total released
    this year to N', 'the number it has freed past N' ('past' read as the figure's
    qualifier). Not 'the total number of exchanges to 60': no people handed over."""
    m = counts.raised.search(text, max(0, q.start - 90), q.start)
    if m is None:
        return False
    if not m[2] and not (q.num_start > q.start and q.qualifier == "at_least"):
        return False  # no word raising the count to the figure
    if counts.moved.search(m[1]) is not None:
        return True
    # "freed 95 on Friday, bringing the total since the war began to 4,000": the total of a
    # handover told before it, not of what its own words name ("… the total of swaps to 60")
    return (
        counts.raising.search(text, max(0, m.start() - 12), m.start()) is not None
        and counts.events.match(m[1]) is None
        and counts.gone.search(m[1]) is None  # "… the total killed this year to 140"
        and counts.handover.search(text, 0, m.start()) is not None
    )
