"""The day of one figure: a day in its clause, else the nearest stated before it; for a
total, the period or span it covers; failing all, the scene's day or the day the text is
about. Returns a When with the source that decided it."""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left
from dataclasses import dataclass

from swaptally.dates import DateMention, find_period

from ..context import Ctx
from ..fact import DateSource, Mention
from ..lexicon import Lexicon, alternation
from ..mentions import Figure
from ..sentence import Sentence
from ..twins import is_twin
from .dated import When, day_counts, days_in
from .handover_days import (
    agreement_day,
    capture_clause,
    day_mentions,
    other_event_day,
    record_day,
    speech_day,
)
from .offset_days import offset_day
from .periods import (
    cumulative,
    one_day_total,
    operation_days,
    period_of,
    running_total,
    span_total,
    starts_total,
)

_NOTHING = When(None, None, None, DateSource.NONE)


# a relative pronoun opening a clause: "…, which shot a captive on May 9, …"
_RELATIVE_OPENS_RE = re.compile(r"\s*(?:who|which|whom|whose)\b", re.IGNORECASE)


def _relative_day(s: Sentence, d: DateMention) -> bool:
    """A day inside a relative clause set off on another noun ('The militia, which shot
    a captive on May 9, still holds six'): the day of that clause's own event, not the
    day a stock of another clause holds on (the stock is told as it is now)."""
    lo, _ = s.clause(d.start, d.end)
    return lo > 0 and _RELATIVE_OPENS_RE.match(s.text, lo) is not None


def when(ctx: Ctx, f: Figure, kind: str, status: str) -> When:
    """The date or period of a figure of the given kind and status."""
    doc, s = ctx.doc, ctx.s
    # a period stated up to the next figure ('303 on Sunday, completing an exchange in which
    # 1,000 … over three days': the three days are the 1,000's)
    days = find_period(s.text[f.q.start : s.next_figure_start(f.np_end)], is_twin(s.lex))
    # or one named before it, whose object the figure is ('a three-day exchange of 900'),
    # or one opening its clause ('Over two days the forces have rescued 155 …')
    days = days or operation_days(s, f) or _period_before(s, f)
    if days and (doc.day1 or doc.published):
        return When(None, *period_of(doc, status, days), DateSource.PERIOD)
    since = [
        d
        for d in s.dates
        if d.past and (d.since or _since_event(s, d)) and starts_total(s, _since_word(s, d))
    ]
    if since and kind != "held":
        return When(None, since[0].past, doc.published, DateSource.SINCE)
    if f.mention is Mention.NUMBER_OF and status == "reported" and kind != "held":
        # "Friday's exchange brings to 5,000 the number of Ukrainians freed since 2022": a
        # running count over its span, whatever day its sentence names
        # "…, bringing the total to 4,000": a count so far, whatever day the clause names
        span = span_total(ctx, f) or running_total(ctx, f)
        if span is not None:
            return span
    if kind != "held" and (offset := offset_day(ctx, f, status)) is not None:
        # 'handed 40 soldiers over two days before the talks opened on Friday': from
        # the day of the other clause
        return offset
    total = None  # whether the figure is a whole exchange's total: found when needed
    if status == "planned":  # a planned figure: a day after it, or one that leads its plan
        dayed = [
            d
            for d in day_mentions(s)
            if (d.start >= f.np_end or _leads_plan(s, d, f)) and not other_event_day(s, d)
        ]
    else:  # the sentence's, found once for all its figures
        dayed = ctx.stock_days if kind == "held" else ctx.handover_days
    if not dayed and status == "planned" and s.cue("same_day", *f.clause) is not None:
        # 'In return 369 … were to walk free the same day': the day the text is about
        day = ctx.scene_date or doc.event_date
        if day is not None:
            return When(day, None, None, DateSource.SCENE)
    if len(dayed) > 1 and status != "planned":
        # 'said on Monday that 146 … had been returned on Sunday': the day of the statement
        # yields to the other day the sentence names
        dayed = [d for d in dayed if not speech_day(s, d)] or dayed
    if dayed and status != "planned":
        # a figure takes the day of its own clause; failing that the nearest day stated
        # before it ('started on 23 May, when each side returned 390 …, and continued on
        # Saturday'); a day in a later clause only when the sentence states none before
        lo, hi = f.clause
        if kind == "held":
            # a stock's day: in its own clause, or in one that tells no handover ('As of
            # Jan. 1, …', '…, the ministry said on Sept. 5'; not 'released five nuns on
            # Thursday, …, but a gang is still holding two priests'), nor a capture ('nine
            # officers, abducted on Monday from a checkpoint, are still held': their taking)
            dayed = [
                d
                for d in dayed
                if lo <= d.start < hi
                or (
                    not s.moved(*s.clause(d.start, d.end))
                    and not _relative_day(s, d)
                    and not capture_clause(s, d)
                )
                or record_day(s, d)
            ]
        inside = [d for d in dayed if lo <= d.start < hi]
        before = [d for d in dayed if d.end <= lo]
        if inside:
            dayed = inside
        elif total := cumulative(s, f, kind):
            # a whole exchange's total: no single day ('have now received 1,000'), unless
            # its predicate names one ('A total of 205 …, 185 of them servicemen, were
            # freed on Oct. 2')
            dayed = one_day_total(s, f, dayed)
        elif status == "reported" and (span := span_total(ctx, f)) is not None:
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
    span = span_total(ctx, f)
    if span is not None:
        return span
    running = running_total(ctx, f)
    if running is not None:
        return running
    if total or (total is None and cumulative(s, f, kind)):
        return _NOTHING
    if not s.dates and s.cue("new_story", 0, min(len(s.text), 30)) is not None:
        return _NOTHING  # "Elsewhere, Russia and Ukraine exchanged 150 each": another story
    if not s.dates and (gap := _days_after(s, f)) is not None:
        anchor = ctx.scene_date or doc.event_date or doc.published
        if anchor is not None:
            return When(anchor - datetime.timedelta(days=gap), None, None, DateSource.DAYS_BEFORE)
    if not s.dates and ctx.scene_date:
        return When(ctx.scene_date, None, None, DateSource.SCENE)
    if doc.event_date is None:
        return _NOTHING
    return When(doc.event_date, None, None, DateSource.DOCUMENT)  # failing any other


@dataclass(frozen=True, slots=True)
class _DaysAfter:
    """'(This) comes two days after': the verbs and counts from the lexicon (dating.yaml)."""

    pattern: re.Pattern[str]  # its group 1: the count, a word of `counts` or a digit
    counts: dict[str, int]  # count word (lower-cased) → days

    @staticmethod
    def build(lex: Lexicon) -> _DaysAfter:
        counts = day_counts(lex)
        words = alternation(counts) or r"(?!x)x"
        return _DaysAfter(
            re.compile(
                rf"\b(?:{lex.phrases('days_after_verb')})\s+"
                rf"(?:(?:{lex.phrases('days_after_adverb')})\s+)?"
                rf"({words}|\d{{1,2}})\s+days?\s+after\b",
                re.IGNORECASE,
            ),
            counts,
        )


def _days_after(s: Sentence, f: Figure) -> int | None:
    """'It came two days after they were traded for six …': the figure's handover was that
    many days before the day the text has just named."""
    if "after" not in s.lowered:
        return None
    days = s.lex.stage_patterns("days_after", _DaysAfter.build)
    m = days.pattern.search(s.text, 0, f.q.start)
    if m is None:
        return None
    return days_in(m.group(1), days.counts)


def _period_before(s: Sentence, f: Figure) -> int | None:
    """A period in the figure's clause before it, past any figure before it ('Over two days
    the forces have rescued 155', '40 … over the three days, in return for 120 …')."""
    lo = f.clause[0]
    i = bisect_left(s.figure_starts, f.q.start)
    if i:
        lo = max(lo, s.figure_starts[i - 1])
    return find_period(s.text[lo : f.q.start], is_twin(s.lex)) if lo < f.q.start else None


def _since_event_re(lex: Lexicon) -> re.Pattern[str]:
    """'since the truce took hold on', 'since the rounds began on': an event's start, up to
    four words of the event between (the verbs are the lexicon's since_event_verb)."""
    return re.compile(
        rf"\bsince\s+(?:[\w'’-]+\s+){{1,4}}?(?:{lex.phrases('since_event_verb')})\s+"
        r"(?:on\s+|in\s+)?(?:the\s+)?$",
        re.IGNORECASE,
    )


def _since_event(s: Sentence, d: DateMention) -> bool:
    """The day an event began that a 'since' before it starts a span from ('Since the truce
    took hold on 19 January, 19 hostages … have been freed')."""
    lo = max(0, d.start - _SINCE_EVENT_REACH)
    if "since" not in s.lowered[lo : d.start]:
        return False  # the common case, without a regex
    return bool(s.lex.stage_patterns("since_event", _since_event_re).search(s.text, lo, d.start))


_SINCE_EVENT_REACH = 60  # how far before the day its 'since' may stand


def _since_word(s: Sentence, d: DateMention) -> int:
    """Where the 'since' or 'from' of a date that starts a span stands ('the largest swap
    since early May': the record before it is read from 'since', not from the month)."""
    low = s.lowered
    lo = max(0, d.start - 14)
    at = max(low.rfind("since", lo, d.start), low.rfind("from", lo, d.start))
    if at < 0 and _since_event(s, d):
        at = low.rfind("since", max(0, d.start - _SINCE_EVENT_REACH), d.start)
    return max(at, lo)


def _leads_plan(s: Sentence, d: DateMention, f: Figure) -> bool:
    """'On Saturday, Israel was expected to release 600 …': a day before a planned figure
    dates it when no one says, announces or agrees anything in between."""
    if d.end > f.q.start or agreement_day(s, d) or s.cue("speech", d.end, f.q.start):
        return False
    lo = max(0, d.start - 40)
    return not (s.cue("speech", lo, d.start) or s.cue("agreement_day", lo, f.q.start))


def _distance(d: DateMention, f: Figure) -> int:
    if d.start >= f.np_end:
        return d.start - f.np_end
    return f.q.start - d.end + 5  # prefer a date after the figure at equal distance
