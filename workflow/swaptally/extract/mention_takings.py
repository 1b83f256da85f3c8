"""Figures of people counted at an event of taking, not held now nor handed over: arrests
told as events ('some 8,500 were arrested as the crackdown went on'), and a group named as the set
its people were taken in ('were among the 70 farmers seized in May'), and the make-up of a
group counted at its taking ('kidnapped 30 people, nine of them nurses'). mention_traps.py asks
these of every figure linked to people."""

from __future__ import annotations

import re

from swaptally.numbers import Quantity, parse_number

from .lexicon import Lexicon
from .part_traps import count_pattern

__all__ = [
    "ARREST_HINTS",
    "STRONG_BREAK_RE",
    "arrests",
    "deported_away",
    "part_of_the_taken",
    "set_of_the_taken",
]

# a break stronger than a comma or a conjunction: the clause after it tells a new event
# (casualty_traps.py and capture_counts.py share it)
STRONG_BREAK_RE = re.compile(r"[;:()\[\]\u2013\u2014]|\s-\s")

ARREST_HINTS = ("arrest", "rounded", "detained")


def arrests(lex: Lexicon, t: str, end: int) -> bool:
    """'Some 8,500 were arrested as the crackdown went on', '4,300 have been detained
    since the strike began': the group's predicate is a verb of arrest (lexicon
    arrest_verb; arrest_past_verb with a scene of unrest) and its sentence tells no
    handover: a count of arrests, no captives held or freed. `t` lower-cased."""
    m = lex.stage_patterns("mentions.arrests", _arrests_re).match(t, end)
    if m is None or (m["scene"] is not None and not _unrest(lex, t, end)):
        return False
    return not _handover_told(lex, t, end)


class _Deported:
    """The patterns of deported_away, built once per lexicon."""

    __slots__ = ("after", "before")

    def __init__(self, lex: Lexicon) -> None:
        verb = lex.phrases("deport_verb")
        # the group's predicate: 'were expelled from Chad to', 'had been sent to'
        self.after = re.compile(
            rf"\s+(?:were|had\s+been|have\s+been|was)\s+(?:{verb})"
            r"(?:\s+from\s+[^,.;:]{1,40}?)?\s+to\s+(?:the\s+)?",
            re.IGNORECASE,
        )
        # the verb before the group, 'to' after it: 'sent about 250 migrants to'
        self.before = re.compile(rf"\b(?:{verb})\s+(?:[\w'’-]+\s+){{0,2}}$", re.IGNORECASE)


def deported_away(lex: Lexicon, text: str, q: Quantity, end: int) -> bool:
    """'In March 250 Venezuelan migrants were deported to El Salvador', 'the US sent 238
    Venezuelans to a third country': a group of a nationality sent away (lexicon
    deport_verb) to a country not its own, a count of the sending away into that
    country's custody, no handover nor a stock. Not a group sent home ('eight Russians
    were sent back to Moscow'). `text` as written (a country is a capitalised name)."""
    pats = lex.stage_patterns("mention_takings.deported", _Deported)
    m = pats.after.match(text, end)
    to: int | None
    if m is not None:
        to = m.end()
    elif pats.before.search(text, max(0, q.start - 40), q.start):
        to = _to_after(text, end)
        if to is None:
            return False
    else:
        return False
    own = {a.code for a in lex.actors_in(text[q.num_end : end]) if a.demonym}
    dest = lex.actors_in(text[to : to + 40])
    if not own or not dest or dest[0].demonym or dest[0].start != 0:
        return False  # 'sent home', 'to a camp': no country right after 'to'
    return dest[0].code not in own and dest[0].code != "XX"


_TO_RE = re.compile(r"\s+to\s+(?:the\s+)?")


def _to_after(text: str, end: int) -> int | None:
    m = _TO_RE.match(text, end)
    return m.end() if m else None


# right before a group: it is named as a set its people belong to ("were among the",
# "came from the", "belong to a group of"; not a group a verb hands over: "freed a group of
# 16 engineers kidnapped in May")
_SET_BEFORE_LRE = re.compile(
    r"\b(?:among|from)\s+(?:the\s+)?$|\b(?:belongs?|belonged|part)\s+(?:to|of)\s+a\s+group\s+of\s+$"
)


class _TakenSet:
    """The patterns of set_of_the_taken, built once per lexicon."""

    __slots__ = ("taken",)

    def __init__(self, lex: Lexicon) -> None:
        # up to three words that carry the group on ("… and staff", "… from Jos"), a verb
        # of abduction or arrest as a participle (lexicon capture_count_verb: not "taken",
        # "captured": soldiers and hostages taken are held), then the scene or the time
        self.taken = re.compile(
            rf"(?:\s+[\w'’-]+){{0,3}}?\s+(?:{lex.phrases('capture_count_verb').lower()})\s+"
            r"(?:in|on|during|at|from|near|since|last|after|off)\b"
        )


def set_of_the_taken(lex: Lexicon, t: str, q: Quantity, end: int) -> bool:
    """'The two freed were among the 70 farmers seized in a raid in May', '… are part of a
    group of 130 traders abducted at a market': a group named as the set its people
    were taken in, a verb of abduction or arrest as its participle with the scene or the
    time: a count at the taking, long past, no stock held now nor a handover; not where its
    clause tells them still held ('… abducted in April who are still held'). `t`
    lower-cased."""
    if not _SET_BEFORE_LRE.search(t, max(0, q.start - 32), q.start):
        return False  # the common case
    m = lex.stage_patterns("mention_takings.taken_set", _TakenSet).taken.match(t, end)
    if m is None:
        return False
    stop = STRONG_BREAK_RE.search(t, m.end())
    hi = stop.start() if stop else len(t)
    return lex.cue_lower["capture_still"].search(t, m.end(), hi) is None


class _TakenWhole:
    """The pattern of part_of_the_taken, built once per lexicon."""

    __slots__ = ("head", "hints", "inset", "participle")

    def __init__(self, lex: Lexicon) -> None:
        triggers = lex.data.get("triggers", {}) or {}
        taking = [
            str(w)
            for k in ("capture_count_verb", "taking_whole_verb")
            for w in triggers.get(k) or []
        ]
        # the first word of each verb of taking the patterns read (a cheap gate before them),
        # from the lexicon, so that a verb a user's lexicon adds is read too
        self.hints = tuple(sorted({w.split()[0].lower() for w in [*taking, "taken"]}))
        count = count_pattern(lex)
        verbs = "|".join(
            (lex.phrases("capture_count_verb").lower(), lex.phrases("taking_whole_verb").lower())
        )
        # a verb of taking, its object's count (a few words of hedge or article before it),
        # up to four words of noun and scene, then the mark that opens the group's make-up
        self.head = re.compile(
            rf"\b(?:{verbs})\s+(?:[a-z]+\s+){{0,2}}?(?P<head>{count})\b"
            r"(?:\s+[\w'’-]+){0,4}?\s*(?:,|:|\u2013|\u2014)\s+(?!and\b|who\b|whom\b|which\b)"
        )
        # or the group's count with its noun, its make-up set off by commas, then the group's
        # participle of taking with the scene or the time ("40 people, 11 of them guards, seized
        # near the border")
        self.inset = re.compile(rf"\b(?P<head>{count})\s+[\w'’-]+(?:\s+[\w'’-]+){{0,2}}?,\s+$")
        taken = "|".join((lex.phrases("capture_count_verb").lower(), "taken"))
        self.participle = re.compile(
            rf"[^,.;:]{{0,40}},\s+(?:{taken})\s+(?:in|on|during|at|from|near|last|after)\b"
        )


def part_of_the_taken(lex: Lexicon, t: str, q: Quantity) -> bool:
    """'Raiders abducted 30 people, nine of them nurses', 'the gang kidnapped the 12: eight
    pilgrims and four guides': a figure inside the make-up of a group counted at its
    taking (a verb of abduction or arrest right before the group's count, the make-up past
    a comma, colon or dash; or the make-up set off by commas before the group's participle
    of taking: '40 people, 11 of them guards, seized near the border') is a part of that
    count, no stock held now nor a handover; not a part told still held ('…, five of whom
    are still held') nor one with a handover of its own. `t` lower-cased."""
    lo = max(0, q.start - 140)
    pats = lex.stage_patterns("mention_takings.taken_whole", _TakenWhole)
    if not any(h in t[lo : q.num_end + 80] for h in pats.hints):
        return False  # the common case
    stop = _PART_END_RE.search(t, q.num_end)
    hi = stop.start() if stop else len(t)
    if lex.cue_lower["any_moved"].search(t, q.num_end, hi) is not None:
        return False  # the part's own handover ("… 20 tourists: 14 were freed on Monday")
    inset = pats.inset.search(t, lo, q.start)
    if inset is not None and pats.participle.match(t, q.num_end):
        head = parse_number(inset["head"].replace(",", ""))
        return head is not None and q.value < head
    for m in pats.head.finditer(t, lo, q.start):
        head = parse_number(m["head"].replace(",", ""))
        between = t[m.end() : q.start]
        if head is None or q.value >= head or "." in between:
            continue
        if lex.cue_lower["any_moved"].search(between) is not None:
            continue  # a handover told between the group and the figure
        return lex.cue_lower["capture_still"].search(t, q.num_end, hi) is None
    return False


# the end of a part's own clause: a comma or a stronger break
_PART_END_RE = re.compile(r"[,;:()\[\]\u2013\u2014]|\s-\s")


def _segment(t: str, at: int) -> tuple[int, int]:
    """The part of the sentence around `at` that no strong break cuts."""
    lo = 0
    for m in STRONG_BREAK_RE.finditer(t, 0, at):
        lo = m.end()
    hi = STRONG_BREAK_RE.search(t, at)
    return lo, hi.start() if hi else len(t)


def _handover_told(lex: Lexicon, t: str, at: int) -> bool:
    """A handover word in the part of the sentence around `at` ('The release comes as …;
    seven UN staff were arrested on Friday': the release is another part's)."""
    return lex.cue_lower["any_moved"].search(t, *_segment(t, at)) is not None


def _unrest(lex: Lexicon, t: str, at: int) -> bool:
    """A scene of unrest (lexicon arrest_scene) in the part of the sentence around `at`."""
    return lex.cue_lower["arrest_scene"].search(t, *_segment(t, at)) is not None


def _arrests_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(
        r"\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been|are\s+being|were\s+being)\s+"
        rf"(?:{lex.phrases('arrest_verb').lower()})"
        rf"|(?:were|was|had\s+been)\s+(?P<scene>{lex.phrases('arrest_past_verb').lower()}))\b"
    )
