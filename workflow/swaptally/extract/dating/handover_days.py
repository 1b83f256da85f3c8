"""Which days a sentence names can date a handover: not the day of a statement ('said on
Monday'), of an agreement ('a deal reached on May 16'), of a capture ('taken hostage on
Oct. 7'), of another event ('its Oct. 7 attack'), nor one after 'before' or 'since'."""

from __future__ import annotations

import re
from dataclasses import dataclass

from swaptally.dates import DateMention

from ..lexicon import Lexicon
from ..sentence import Sentence, any_in
from .relative_days import CountedDay


@dataclass(frozen=True, slots=True)
class _DayPatterns:
    """The grammar around a day, the words from the lexicon's triggers (dating.yaml)."""

    not_event_day: re.Pattern[str]  # "after May 2", "until the 15th": another event's day
    not_event_day_hints: tuple[str, ...]  # a cheap gate before not_event_day (its words)
    agreement_gap: re.Pattern[str]  # "(agreement) reached on", "(deal) of": its day after
    attributive: re.Pattern[str]  # "six (jailed)": the participle describes people
    other_event: re.Pattern[str]  # "an ambush on", "the assault of"
    in_force: re.Pattern[str]  # "(a truce that) took effect on": when it began
    capture_opens: re.Pattern[str]  # "(…,) seized from a school (…)": a clause of capture
    capture_word: re.Pattern[str]  # "seized", "taken captive": a word of a taking (capture_far)

    @staticmethod
    def build(lex: Lexicon) -> _DayPatterns:
        words = (lex.data.get("triggers", {}) or {}).get("not_event_day_before") or []
        return _DayPatterns(
            not_event_day=re.compile(
                rf"\b(?:{lex.phrases('not_event_day_before')})\s+(?:the\s+)?$", re.I
            ),
            not_event_day_hints=tuple(dict.fromkeys(str(w).lower() for w in words)),
            agreement_gap=re.compile(  # "agreed in Istanbul on": a place before the day
                rf"\s+(?:(?:{lex.phrases('agreement_day_gap')})\s+){{0,3}}"
                r"(?:(?:in|at)\s+[\w'’-]+\s+)?(?:on|of|in|at)\s+(?:the\s+)?",
                re.IGNORECASE,
            ),
            other_event=re.compile(
                rf"\b(?:{lex.phrases('event_noun_after')})(?:\s+(?:on|of))?\s+(?:the\s+)?$",
                re.IGNORECASE,
            ),
            in_force=re.compile(
                rf"\b(?:{lex.phrases('in_force')})(?:\s+on)?\s+(?:the\s+)?$", re.IGNORECASE
            ),
            capture_opens=re.compile(
                r"\s*(?:(?:who|that|which)\s+(?:were|was|had\s+been|have\s+been)\s+)?"
                rf"(?:{lex.phrases('capture_participle')})\b",
                re.IGNORECASE,
            ),
            capture_word=re.compile(rf"\b(?:{lex.phrases('capture_far')})\b", re.IGNORECASE),
            # a number in figures, or a word in -teen or -ty, counts too
            attributive=re.compile(
                rf"(?:\d|\b(?:{lex.phrases('attributive_before')}|\w+teen|\w+ty))\s+$",
                re.IGNORECASE,
            ),
        )


def _patterns(s: Sentence) -> _DayPatterns:
    return s.lex.stage_patterns("handover_days", _DayPatterns.build)


def day_mentions(s: Sentence) -> list[DateMention]:
    return [d for d in s.dates if d.precision == "day" and not d.since]


def event_days(s: Sentence, kind: str) -> list[DateMention]:
    """The days `s` names (not 'since …') that can date a figure of `kind` it reports."""
    return [d for d in day_mentions(s) if is_event_day(s, d, kind)]


def other_event_day(s: Sentence, d: DateMention) -> bool:
    """A day that names when people were taken or another event happened, not a handover
    ('taken on …', '…, seized in the small hours of Wednesday, …', 'after the attack of
    October 7', 'its Oct. 7 attack'): no plan is for it either."""
    before = s.text[max(0, d.start - 30) : d.start]
    return bool(
        _captured_on(s, d, before)
        or capture_clause(s, d)
        or _captured_before(s, d)
        or s.cue("event_noun_after", d.end, min(len(s.text), d.end + 12))
        or _other_event_on(s, d, before)
    )


def is_event_day(s: Sentence, d: DateMention, kind: str) -> bool:
    """Whether a day mention can date a reported figure (not 'after May 2', 'taken on …')."""
    before = s.text[max(0, d.start - 30) : d.start]
    low = before.lower()
    p = _patterns(s)
    if any_in(p.not_event_day_hints, low) and p.not_event_day.search(before):
        return False
    if d.start < _DATELINE_REACH and _dateline(s, d):
        return False  # "KYIV, March 9 (Agency) — …": the day the story was filed
    if kind == "held" and _taken_on(s, d):
        return False
    if kind != "held" and (
        counted_other(s, d)
        or _captured_on(s, d, before)
        or capture_clause(s, d)
        or _captured_before(s, d)
        or agreement_day(s, d)
        or s.cue("event_noun_after", d.end, min(len(s.text), d.end + 12))
        or _other_event_on(s, d, before)
    ):
        return False  # "taken on …", "an agreement reached on May 16", "its Oct. 7 attack"
    lo, _ = s.clause(d.start, d.end)
    if s.cue("planned_after", lo, d.start):
        return False
    # a handover's day still to come ('the first group is to cross on Friday'): a weekday
    # read as past would date the text a week early (a stock keeps its day of capture)
    return kind == "held" or not s.cue("planned_governing", lo, d.start)


# a dateline opens a text: a place in capitals or a capitalised name, a comma, the day, an
# optional agency in brackets, then a dash
_DATELINE_REACH = 40
_DATELINE_HEAD_RE = re.compile(r"\W*[A-Z][\w.'’ -]{1,30},\s*")
_DATELINE_TAIL_RE = re.compile(r"(?:,?\s*\d{4})?\s*(?:\([^()]{1,40}\)\s*)?[—–-]")


def _dateline(s: Sentence, d: DateMention) -> bool:
    """'Moscow, May 9 (Agency) — …': the day a dateline gives is the filing day."""
    return bool(
        _DATELINE_HEAD_RE.fullmatch(s.text, 0, d.start) and _DATELINE_TAIL_RE.match(s.text, d.end)
    )


def _other_event_on(s: Sentence, d: DateMention, before: str) -> bool:
    """'a curfew that took effect on Monday': the day a truce or rule began; 'gunmen seized
    them in an ambush on May 3': the day of another event, when its clause moves no one
    ('troops freed 20 in a raid on Friday' is the release's day)."""
    p = _patterns(s)
    if p.in_force.search(before):
        return True
    return bool(p.other_event.search(before)) and not s.moved(*s.clause(d.start, d.end))


# not 'announced that on Monday …': a day after 'that' is the reported clause's
_SPEECH_GAP_RE = re.compile(
    r"\s*(?:(?!that\s)[\w'’-]+\s+){0,2}?(?:(?:late|early)\s+)?(?:on\s+)?", re.IGNORECASE
)


def speech_day(s: Sentence, d: DateMention) -> bool:
    """The day of a statement: 'said on Monday', 'announced Wednesday', 'told reporters on
    Tuesday' (at most two words between the speech verb and the day)."""
    cue = _last_cue(s, "speech", max(0, d.start - 30), d.start)
    return cue is not None and _SPEECH_GAP_RE.fullmatch(s.text, cue[1], d.start) is not None


# how far back from a day told as a count of days its event is looked for
_COUNTED_REACH = 100
# cues of an event other than a handover that a count of days right after them dates
_OTHER_EVENTS = ("capture_participle", "agreement_day", "event_noun_after", "in_force",
    "counted_other")  # fmt: skip


def counted_other(s: Sentence, d: DateMention) -> bool:
    """A day told as a count of days ('two weeks ago') dates the event told nearest before
    it: not a handover's where that is a capture ('kidnapped from their school a week ago'),
    talks ('at their talks a week ago') or a clause of another event ('the first since the
    border reopened five days earlier'), told after the last word that moves people."""
    if not isinstance(d, CountedDay):
        return False
    lo = max(0, d.start - _COUNTED_REACH)
    moved = _last_cue(s, "any_moved", lo, d.start)
    other = [c[0] for n in _OTHER_EVENTS if (c := _last_cue(s, n, lo, d.start)) is not None]
    return bool(other) and (moved is None or max(other) > moved[0])


def _last_cue(s: Sentence, name: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The last match of cue `name` inside text[lo:hi]: the word nearest the day decides."""
    cue = s.cue(name, lo, hi)
    while cue is not None:
        nxt = s.cue(name, cue[1], hi)
        if nxt is None:
            return cue
        cue = nxt
    return None


def _captured_on(s: Sentence, d: DateMention, before: str) -> bool:
    """'taken hostage on Oct. 7': the day people were taken, not a handover's; not where the
    participle describes counted people ('freed six jailed Americans on Friday')."""
    m = s.lex.stage_patterns("capture_participle", _capture_participle_re).search(before)
    if m is None:
        return False
    at = d.start - len(before) + m.start()
    return not _patterns(s).attributive.search(s.text, max(0, at - 24), at)


def capture_clause(s: Sentence, d: DateMention) -> bool:
    """'Forty pupils, seized from their school by gunmen in the small hours of Wednesday,
    have been freed': a day in a clause of its own that a participle of capture opens, and
    that moves no one, is the day they were taken, however far from the participle."""
    lo, hi = s.clause(d.start, d.end)
    return bool(_patterns(s).capture_opens.match(s.text, lo)) and not s.moved(lo, hi)


def _captured_before(s: Sentence, d: DateMention) -> bool:
    """'Pirates who had kidnapped the crew of a cargo ship off the cape near the port on
    4 May let them go on Sunday', 'the miners taken hostage with their foreman in a
    tunnel of the copper pit late on Tuesday are due out soon': a word of capture earlier
    in the day's clause, and nothing before the day that moves people, make it the day
    they were taken, however many words stand between."""
    lo, _ = s.clause(d.start, d.end)
    if lo >= d.start:
        return False
    if _patterns(s).capture_word.search(s.text, lo, d.start) is None:
        return False
    # not where people move or arrive first ('troops rescued nine abducted crewmen on …')
    return not (s.moved(lo, d.start) or s.cue("arrival", lo, d.start))


def _capture_participle_re(lex: Lexicon) -> re.Pattern[str]:
    """A participle of capture (the lexicon's capture_participle) and what may stand between
    it and a day: "taken hostage on Oct. 7", "captured by Russian forces in May"; a day
    told with no preposition ("seized in the north two days ago") is taken as directly."""
    return re.compile(
        rf"(?<![\w-])(?:{lex.phrases('capture_participle')})\s+"
        r"(?:[\w-]+\s+)?(?:(?:by|in|off|near|outside)\s+(?:[\w'’-]+\s+){1,3}?)?"
        r"(?:(?:on|in|since|during)\s+(?:the\s+|its\s+|their\s+)?)?$",
        re.IGNORECASE,
    )


def record_day(s: Sentence, d: DateMention) -> bool:
    """The day of a list or count of the people held ('registers swapped on March 1 show',
    'when the sides handed over their lists on 1 June'): a stock holds on it, whatever verb
    moved the lists."""
    lo = max(s.clause(d.start, d.end)[0], d.start - 40)
    return s.cue("stock_record", lo, d.start) is not None


def _taken_on(s: Sentence, d: DateMention) -> bool:
    """'Gunmen still hold 45 villagers they seized on June 20': a stock said to be still held
    holds now; the day people were taken is not its day ('240 were seized on Oct. 7' is)."""
    return bool(s.cue("capture_day", max(0, d.start - 40), d.start)) and bool(
        s.cue("still_held", 0, d.start)
    )


def agreement_day(s: Sentence, d: DateMention) -> bool:
    """The day of an agreement: 'under an agreement reached on May 16', 'the deal of July 23'."""
    cue = _last_cue(s, "agreement_day", max(0, d.start - 45), d.start)
    gap = _patterns(s).agreement_gap
    return cue is not None and gap.fullmatch(s.text, cue[1], d.start) is not None
