"""Stage 6, dating: the day of a figure (or the span of a total), and where it came from.

A day stated in the figure's clause, else before it; a period ("over three days", "since
March 2022"); the day set by the sentence before; failing all, the day the text is about.
After all facts of a text are made, parts of a dated stage take its day and a whole
exchange's total (a sum of stages on several days) takes their span instead of one day.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from swaptally.dates import DateMention, Span, find_dates, find_period, ordinal_day

from .context import Ctx, Doc
from .fact import DateSource, Fact, Side, Step
from .lexicon import Lexicon
from .mentions import Figure
from .sentence import Sentence, any_in

__all__ = [
    "When",
    "date_breakdowns",
    "day_one",
    "event_date",
    "event_days",
    "overall_totals",
    "scene_date",
    "when",
]


@dataclass(slots=True, unsafe_hash=True)  # a value, never changed (see fact.Provenance)
class When:
    date: datetime.date | None
    period_start: datetime.date | None
    period_end: datetime.date | None
    source: DateSource


_NOTHING = When(None, None, None, DateSource.NONE)

_NOT_EVENT_DAY_RE = re.compile(r"\b(?:after|before|since|until|till|by)\s+(?:the\s+)?$", re.I)
_NOT_EVENT_DAY_HINTS = ("after", "before", "since", "til", "by")  # a gate before the regex

# "taken hostage on Oct. 7", "captured by Russian forces in May"; not "held": "the 20
# hostages held in Gaza on Monday" were freed on Monday
_CAPTURE_DAY_RE = re.compile(
    r"(?<![\w-])(?:taken|captured|abducted|kidnapped|seized|arrested|detained|jailed|sentenced)\s+"
    r"(?:[\w-]+\s+)?(?:(?:by|in)\s+(?:[\w'’-]+\s+){1,3}?)?(?:on|in|since|during)\s+"
    r"(?:the\s+|its\s+|their\s+)?$",
    re.IGNORECASE,
)

# what may stand between an agreement word and its day: "agreement reached on", "deal of"
_AGREEMENT_GAP_RE = re.compile(
    r"\s+(?:(?:was|were|had|has|been|they|it|reached|signed|struck|concluded|sealed|announced|"
    r"brokered|made|dated|finalized|finalised|to)\s+){0,3}"
    r"(?:(?:in|at)\s+[\w'’-]+\s+)?(?:on|of|in|at)\s+(?:the\s+)?",  # "agreed in Istanbul on"
    re.IGNORECASE,
)


def when(ctx: Ctx, f: Figure, kind: str, status: str) -> When:
    """The date or period of a figure of the given kind and status."""
    doc, s = ctx.doc, ctx.s
    # a period stated up to the next figure ('303 on Sunday, completing an exchange in which
    # 1,000 … over three days': the three days are the 1,000's)
    days = find_period(s.text[f.q.start : s.next_figure_start(f.np_end)])
    if days and (doc.day1 or doc.published):
        return When(None, *_period(doc, status, days), DateSource.PERIOD)
    since = [d for d in s.dates if d.since and d.past and _starts_total(s, d.start)]
    if since and kind != "held":
        return When(None, since[0].past, doc.published, DateSource.SINCE)
    total = None  # whether the figure is a whole exchange's total: found when needed
    if status == "planned":  # a planned figure: a day after it, or one that leads its plan
        dayed = [d for d in _days(s) if d.start >= f.np_end or _leads_plan(s, d, f)]
    else:  # the sentence's, found once for all its figures
        dayed = ctx.stock_days if kind == "held" else ctx.handover_days
    if len(dayed) > 1 and status != "planned":
        # 'said on Monday that 146 … had been returned on Sunday': the day of the statement
        # yields to the other day the sentence names
        dayed = [d for d in dayed if not _speech_day(s, d)] or dayed
    if dayed and status != "planned":
        # a figure takes the day of its own clause; failing that the nearest day stated
        # before it ('started on 23 May, when each side returned 390 …, and continued on
        # Saturday'); a day in a later clause only when the sentence states none before
        lo, hi = f.clause
        if kind == "held":
            # a stock's day: in its own clause, or in one that tells no handover ('As of
            # Jan. 1, …', '…, the ministry said on Sept. 5'; not 'released five nuns on
            # Thursday, …, but a gang is still holding two priests')
            dayed = [
                d for d in dayed if lo <= d.start < hi or not s.moved(*s.clause(d.start, d.end))
            ]
        inside = [d for d in dayed if lo <= d.start < hi]
        before = [d for d in dayed if d.end <= lo]
        if inside:
            dayed = inside
        elif total := _cumulative(s, f, kind):
            # a whole exchange's total: no single day ('have now received 1,000'), unless
            # its predicate names one ('A total of 205 …, 185 of them servicemen, were
            # freed on Oct. 2')
            dayed = _one_day_total(s, f, dayed)
        elif status == "reported" and (span := _span_total(ctx, f)) is not None:
            # 'Since the war began, 1,340 … have come back, the ombudsman said on Monday': a
            # total over the span of its own clause; a day in another clause is the
            # statement's, or a dateline's
            return span
        elif before:
            dayed = before[-1:]
    if dayed:
        best = min(dayed, key=lambda d: _distance(d, f))
        # an operation that began ('began freeing 553 on Wednesday') began on a past day
        day = best.future if status == "planned" and not s.begun else best.past
        return When(day, None, None, DateSource.SENTENCE)
    if kind == "held":
        return When(doc.published, None, None, DateSource.PUBLISHED)
    if status != "reported":
        return _NOTHING
    span = _span_total(ctx, f)
    if span is not None:
        return span
    running = _running(ctx, f)
    if running is not None:
        return running
    if total or (total is None and _cumulative(s, f, kind)):
        return _NOTHING
    if not s.dates and (gap := _days_after(s, f)) is not None:
        anchor = ctx.scene_date or doc.event_date or doc.published
        if anchor is not None:
            return When(anchor - datetime.timedelta(days=gap), None, None, DateSource.DAYS_BEFORE)
    if not s.dates and ctx.scene_date:
        return When(ctx.scene_date, None, None, DateSource.SCENE)
    if s.no == 0 and not s.text.rstrip().endswith((".", "!", "?", "”", '"')):
        return _NOTHING  # a headline states no day of its own
    if doc.event_date is None:
        return _NOTHING
    return When(doc.event_date, None, None, DateSource.DOCUMENT)  # failing any other


_DAYS_AFTER_RE = re.compile(
    r"\b(?:comes?|came|coming|follows|followed|following)\s+(?:just\s+|only\s+)?"
    r"(a|one|two|three|four|five|six|seven|\d)\s+days?\s+after\b",
    re.IGNORECASE,
)
_DAY_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _days_after(s: Sentence, f: Figure) -> int | None:
    """'This comes a day after they were swapped for five …': the figure's handover was that
    many days before the day the text has just named."""
    if "after" not in s.lowered:
        return None
    m = _DAYS_AFTER_RE.search(s.text, 0, f.q.start)
    if m is None:
        return None
    word = m.group(1).lower()
    return int(word) if word.isdigit() else _DAY_COUNTS[word]


def _span_total(ctx: Ctx, f: Figure) -> When | None:
    """'since the war began', 'returned 1,358 people in 2024', 'In 2023, … in which 2,598 …
    were freed': a total over a span named in the figure's clause or opening its sentence
    ('the largest swap this year' names no total)."""
    s = ctx.s
    lo, hi = f.clause
    spans = [
        sp
        for sp in ctx.spans
        if (
            lo <= sp.start < hi
            or s.text[sp.end : lo].strip() == ","  # "Since 2022, 900 …"
            or (not s.text[: sp.start].strip() and s.text[sp.end : sp.end + 1] == ",")
        )  # "In 2023, Ukraine and Russia held 10 swaps in which 2,598 … were freed"
        and _starts_total(s, sp.start)
        and not _captured_in(s, sp)
    ]
    if not spans:
        return None
    span = min(spans, key=lambda sp: abs(sp.start - f.q.start))
    return When(None, span.first, span.last, DateSource.SPAN)


def _captured_in(s: Sentence, sp: Span) -> bool:
    """'24 sailors captured near the Kerch Strait last year': a span that dates a capture."""
    if sp.running:
        return False
    lo = max(s.clause(sp.start, sp.end)[0], sp.start - 40)
    return s.cue("capture_day", lo, sp.start) is not None


def _running(ctx: Ctx, f: Figure) -> When | None:
    """'So far, more than 4,000 have come home', '1,700 to date': a running total, from the
    war's first day (None when the text's parties name no war) to publication."""
    doc, s = ctx.doc, ctx.s
    lo, hi = f.clause
    lo = max(0, lo - 14)  # the clause, or an opening adverbial before it ("So far, …")
    window = s.lowered[lo:hi]
    if doc.published is None or not any(h in window for h in _hints(doc.lex, "running_total")):
        return None  # most figures: a substring test rules the cue out
    cue = s.cue("running_total", lo, hi)
    if cue is None or not _starts_total(s, cue[0]):
        return None  # not 'civilians held since 2022'
    start = doc.lex.war_start(doc.parties[:2])
    return When(None, start, doc.published, DateSource.SPAN)


_HINTS: dict[tuple[int, str], tuple[str, ...]] = {}


def _hints(lex: Lexicon, cue: str) -> tuple[str, ...]:
    """The longest word of each phrase of a cue: one must be in a text the cue matches."""
    key = (id(lex), cue)
    hints = _HINTS.get(key)
    if hints is None:
        phrases = (lex.data.get("triggers") or {}).get(cue) or []
        words = {max(str(p).lower().split(), key=len).rstrip("*") for p in phrases if p}
        hints = _HINTS[key] = tuple(sorted(words))
    return hints


def _cumulative(s: Sentence, f: Figure, kind: str) -> bool:
    """'completing an exchange in which 1,000 …', '… have now received 1,000 each': a whole
    exchange's total, cued in the figure's clause."""
    if kind == "held":
        return False
    if not s.cumulative:  # most sentences have no such cue: one search for all figures
        return False
    lo, hi = f.clause
    return s.cue("cumulative", lo, hi) is not None


def _one_day_total(s: Sentence, f: Figure, dayed: list[DateMention]) -> list[DateMention]:
    """The day of a total whose cue can count one day's handover ('a total of', 'in all'):
    the first day after its clause that is no statement's, with no other total cue between."""
    lo, hi = f.clause
    if s.cue("one_day_total", lo, hi) is None or s.cue("cumulative", hi, len(s.text)):
        return []
    after = [d for d in dayed if d.start >= hi and not _speech_day(s, d)]
    return after[:1]


def _period(doc: Doc, status: str, days: int) -> tuple[datetime.date | None, datetime.date | None]:
    """(first, last day) of a total spread over `days` days: from the swap's first day, or
    for a reported total without one, ending on the day the text is about."""
    step = datetime.timedelta(days=days - 1)
    if doc.day1:
        return doc.day1, doc.day1 + step
    if status == "reported":
        end = doc.event_date or doc.published
        assert end is not None
        return end - step, end
    assert doc.published is not None
    return doc.published, doc.published + step


def _days(s: Sentence) -> list[DateMention]:
    return [d for d in s.dates if d.precision == "day" and not d.since]


def event_days(s: Sentence, kind: str) -> list[DateMention]:
    """The days `s` names (not 'since …') that can date a figure of `kind` it reports."""
    return [d for d in _days(s) if _event_day(s, d, kind)]


def _event_day(s: Sentence, d: DateMention, kind: str) -> bool:
    """Whether a day mention can date a reported figure (not 'after May 2', 'taken on …')."""
    before = s.text[max(0, d.start - 30) : d.start]
    low = before.lower()
    if any_in(_NOT_EVENT_DAY_HINTS, low) and _NOT_EVENT_DAY_RE.search(before):
        return False
    if kind == "held" and _taken_on(s, d):
        return False
    if kind != "held" and (
        _captured_on(s, d, before)
        or _agreement_day(s, d)
        or s.cue("event_noun_after", d.end, min(len(s.text), d.end + 12))
    ):
        return False  # "taken on …", "an agreement reached on May 16", "its Oct. 7 attack"
    lo, _ = s.clause(d.start, d.end)
    return not s.cue("planned_after", lo, d.start)


def _starts_total(s: Sentence, start: int) -> bool:
    """Whether a 'since …' at `start` starts a running total: not after a record ('the first
    prisoner exchange since mid-November') in its clause, nor right after a captivity
    ('civilians held since 2022'; 'returned from captivity since 2022' is a total)."""
    lo = s.clause(start, start)[0]
    return (
        s.cue("record_since", max(lo, start - 45), start) is None
        and s.cue("captive_since", max(lo, start - 20), start) is None
    )


_SPEECH_GAP_RE = re.compile(r"\s*(?:[\w'’-]+\s+){0,2}?(?:(?:late|early)\s+)?(?:on\s+)?")


def _speech_day(s: Sentence, d: DateMention) -> bool:
    """The day of a statement: 'said on Monday', 'announced Wednesday', 'told reporters on
    Tuesday' (at most two words between the speech verb and the day)."""
    cue = _last_cue(s, "speech", max(0, d.start - 30), d.start)
    return cue is not None and _SPEECH_GAP_RE.fullmatch(s.text, cue[1], d.start) is not None


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
    m = _CAPTURE_DAY_RE.search(before)
    if m is None:
        return False
    at = d.start - len(before) + m.start()
    return not _ATTRIBUTIVE_RE.search(s.text, max(0, at - 24), at)


# a participle right after a number or a determiner describes people: "six jailed
# Americans", "the 40 detained men", "the detained activists"
_ATTRIBUTIVE_RE = re.compile(
    r"(?:\d|\b(?:the|these|those|its|their|all|two|three|four|five|six|seven|eight|nine|ten|"
    r"dozens?|hundreds?|\w+teen|\w+ty|one))\s+$",
    re.IGNORECASE,
)


def _taken_on(s: Sentence, d: DateMention) -> bool:
    """'Gunmen still hold 45 villagers they seized on June 20': a stock said to be still held
    holds now; the day people were taken is not its day ('240 were seized on Oct. 7' is)."""
    return bool(s.cue("capture_day", max(0, d.start - 40), d.start)) and bool(
        s.cue("still_held", 0, d.start)
    )


def _leads_plan(s: Sentence, d: DateMention, f: Figure) -> bool:
    """'On Saturday, Israel was expected to release 600 …': a day before a planned figure
    dates it when no one says, announces or agrees anything in between."""
    if d.end > f.q.start or _agreement_day(s, d) or s.cue("speech", d.end, f.q.start):
        return False
    lo = max(0, d.start - 40)
    return not (s.cue("speech", lo, d.start) or s.cue("agreement_day", lo, f.q.start))


def _agreement_day(s: Sentence, d: DateMention) -> bool:
    """The day of an agreement: 'under an agreement reached on May 16', 'the deal of July 23'."""
    cue = _last_cue(s, "agreement_day", max(0, d.start - 45), d.start)
    return cue is not None and _AGREEMENT_GAP_RE.fullmatch(s.text, cue[1], d.start) is not None


def _distance(d: DateMention, f: Figure) -> int:
    if d.start >= f.np_end:
        return d.start - f.np_end
    return f.q.start - d.end + 5  # prefer a date after the figure at equal distance


def day_one(sents: Iterable[Sentence]) -> datetime.date | None:
    """First day of a multi-day swap, from 'on Saturday, the second day …'."""
    for s in sents:
        n = ordinal_day(s.text)
        days = [d for d in s.dates if d.precision == "day" and d.past]
        if n and days:
            assert days[0].past is not None
            return days[0].past - datetime.timedelta(days=n - 1)
    return None


def event_date(sents: list[Sentence], published: datetime.date | None) -> datetime.date | None:
    """The first past day the text ties to a swap or release: the day it is about."""
    for i, s in enumerate(sents):
        dateline = s.no == 0 and len(s.text) < 80
        if not s.dates or not (dateline or s.moved(0, len(s.text)) or _arrival(s)):
            continue
        if _aside(s, sents[i + 1 : i + 2]):
            continue
        days = [d for d in s.dates if d.precision == "day" and not d.since and d.past]
        if len(days) > 1:  # a statement's day yields to the handover's
            days = [d for d in days if not _speech_day(s, d)] or days
        for d in days:
            assert d.past is not None
            past_day = published is None or d.past <= published
            if past_day and _event_day(s, d, "exchange"):
                return d.past
    return None


def _arrival(s: Sentence) -> bool:
    """'The planes carrying the prisoners landed in Kyiv on Saturday': the freed people's
    arrival names the day of the handover the text is about."""
    return s.cue("arrival", 0, len(s.text)) is not None


def _aside(s: Sentence, after: list[Sentence]) -> bool:
    """A sentence whose day is not the story's: one about an earlier swap ('the last time
    they swapped captives was on May 6') or a picture's caption (itself or its next line
    holds a credit: 'Photo: …', 'Photo courtesy of …')."""
    return bool(s.cue("earlier_swap", 0, len(s.text))) or any(_credit(t) for t in [s, *after])


def _credit(s: Sentence) -> bool:
    """A picture credit: a picture word, then a colon, 'courtesy', 'by' or 'credit'."""
    at = s.cue("photo_credit", 0, len(s.text))
    return at is not None and bool(_CREDIT_RE.match(s.text, at[1]))


_CREDIT_RE = re.compile(r"\s*(?::|(?:courtesy|by|credit)\b)", re.IGNORECASE)


def date_breakdowns(facts: list[Fact]) -> list[Fact]:
    """Parts of a dated stage ('270 troops and 120 civilians' of Friday's 390) take its day."""
    dated: dict[tuple[str, int], datetime.date] = {}
    out = list(facts)
    by_sentence: dict[tuple[int, str], list[int]] = {}
    for i, f in enumerate(facts):
        if f.kind == "held" or f.status != "reported" or f.qualifier != "exact" or f.low is None:
            continue
        if f.date is not None and f.how.date is not DateSource.DOCUMENT:
            dated.setdefault((f.persons_of, f.low), f.date)
        else:
            by_sentence.setdefault((f.sentence_no, f.persons_of), []).append(i)
    for (_, persons), idx in by_sentence.items():
        spans = {facts[i].span_start: facts[i].low or 0 for i in idx}
        total = sum(spans.values())
        if len(spans) >= 2 and (persons, total) in dated:
            for i in idx:
                how = facts[i].how.then(Step.STAGE_DATE, DateSource.STAGE)
                out[i] = replace(facts[i], date=dated[(persons, total)], how=how)
    return out


def overall_totals(facts: list[Fact]) -> list[Fact]:
    """A whole exchange's total is not one day's stage: a figure dated only by the document's
    day that equals a planned or multi-day total of the text, or the sum of a side's stages
    on two or more days (390 + 307 + 303 = 1,000), takes no single day; a sum of stages
    spans their days."""
    stages: dict[str, dict[datetime.date, int]] = {}
    totals: set[tuple[str, int]] = set()
    marked = False
    for f in facts:
        if f.how.marker:
            marked = True
        if f.kind != "exchange" or f.qualifier != "exact" or f.low is None:
            continue
        if f.status == "planned" or f.period_start is not None:
            totals.add((f.persons_of, f.low))
        elif f.date is not None and f.how.date is not DateSource.DOCUMENT:
            days = stages.setdefault(f.persons_of, {})
            days[f.date] = max(days.get(f.date, 0), f.low)
    if not (marked or totals or any(len(days) > 1 for days in stages.values())):
        return facts  # one stage, no totals: nothing to tell apart
    out = []
    for f in facts:
        if f.how.marker:
            # 'Kyiv and Moscow returned 1,000 prisoners to each other': per side when it is
            # each side's sum of stages, else left uncounted
            sides = [p for p, days in stages.items() if len(days) > 1 and sum(days.values())]
            sides = [p for p in sides if sum(stages[p].values()) == f.low and f.low]
            if len(sides) == 2 and f.status == "reported":
                for a, b in (sides, sides[::-1]):
                    days = stages[a]
                    how = replace(f.how, side=Side.EACH_SIDE).then(Step.OVERALL, DateSource.OVERALL)
                    out.append(
                        replace(
                            f, persons_of=a, held_by=b, date=None, period_start=min(days),
                            period_end=max(days), how=how,
                        )
                    )  # fmt: skip
            continue
        loose = f.date is None or f.how.date is DateSource.DOCUMENT
        if f.kind == "exchange" and f.status == "reported" and loose and f.low is not None:
            days = stages.get(f.persons_of, {})
            if len(days) > 1 and sum(days.values()) == f.low and f.period_start is None:
                how = f.how.then(Step.OVERALL, DateSource.OVERALL)
                f = replace(
                    f, date=None, period_start=min(days), period_end=max(days), how=how
                )  # fmt: skip
            elif f.date is not None and (f.persons_of, f.low) in totals:
                f = replace(f, date=None, how=f.how.then(Step.OVERALL, DateSource.NONE))
        out.append(f)
    return out


def scene_date(prev: Sentence | None, published: datetime.date | None) -> datetime.date | None:
    """The day set by the sentence before ('The second stage took place on May 24.'), not
    by a picture's caption ('… on Monday (Photo: …)')."""
    if prev is None or _credit(prev):
        return None
    dates = prev.dates if prev.dated else find_dates(prev.text, published)
    dayed = [
        d.past
        for d in dates
        if d.precision == "day" and d.past and not d.since and _event_day(prev, d, "exchange")
    ]  # not the day of an agreement or a capture ('The deal was agreed on May 16.')
    return dayed[-1] if dayed else None
