"""A day counted from another: 'Militants handed 40 soldiers to the army two days before the
talks opened on Friday' (Wednesday), 'Moscow has named a new envoy, a day after Kyiv
brought home 75 soldiers' (the day before publication).

A phrase 'N day(s) before|after' opens a clause of its own (its complement, up to the end of
its clause). A figure outside that clause happened N days from the day the complement names;
a figure inside it, N days from the day of the clause the phrase hangs on: the day that
clause names, else, when it speaks in the present perfect ('has named'), the publication day,
else the day the text is about."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from swaptally.dates import DateMention

from ..context import Ctx
from ..fact import DateSource
from ..lexicon import Lexicon, alternation
from ..mentions import Figure
from ..sentence import Sentence
from .dated import When, day_counts, days_in
from .handover_days import day_mentions, speech_day


@dataclass(frozen=True, slots=True)
class _Offsets:
    """'two days after', 'a day before': the counts and directions from dating.yaml."""

    pattern: re.Pattern[str]  # group 'n': the count; group 'way': before or after
    counts: dict[str, int]  # count word (lower-cased) → days
    ways: dict[str, int]  # 'before' → -1, 'after' → 1
    perfect: re.Pattern[str]  # a present perfect: 'has named', 'have freed'

    @staticmethod
    def build(lex: Lexicon) -> _Offsets:
        data = lex.data
        counts = day_counts(lex)
        ways = {str(w).lower(): int(n) for w, n in (data.get("day_offset_ways") or {}).items()}
        words = alternation(counts) or r"(?!x)x"
        return _Offsets(
            re.compile(
                rf"\b(?P<n>{words}|\d{{1,2}})\s+days?\s+(?P<way>{alternation(ways) or '(?!x)x'})\b",
                re.IGNORECASE,
            ),
            counts,
            ways,
            re.compile(
                rf"\b(?:{lex.phrases('perfect_aux')})\s+(?:[a-z]+ly\s+|not\s+)?"
                r"(?:been|[a-z]+(?:ed|en|wn|t))\b",
                re.IGNORECASE,
            ),
        )


def _offsets(s: Sentence) -> _Offsets:
    return s.lex.stage_patterns("offset_days", _Offsets.build)


def offset_day(ctx: Ctx, f: Figure, status: str) -> When | None:
    """The day of figure `f` counted from the day a phrase 'N days before|after' ties it to
    (see the module's docstring), or None where its sentence has no such phrase."""
    s = ctx.s
    low = s.lowered
    if "day" not in low or ("before" not in low and "after" not in low):
        return None  # the common case, without a regex
    o = _offsets(s)
    m = o.pattern.search(s.text)
    if m is None:
        return None
    days = days_in(m["n"], o.counts) or 0  # the pattern takes only counts it knows
    gap = datetime.timedelta(days=days * o.ways[m["way"].lower()])
    lo, end = m.start(), s.clause(m.start(), m.end())[1]
    inside = [d for d in day_mentions(s) if m.end() <= d.start < end]
    if not lo <= f.q.start < end:
        # the figure's clause is the one the phrase hangs on: the complement's day, moved
        if not inside or not _moves_outside(s, f, lo, end) or _own_day(ctx, f, lo, end):
            return None
        d = inside[0]
        day = d.future if status == "planned" else d.past
        return When(day + gap, None, None, DateSource.DAYS_BEFORE) if day else None
    if status != "reported" or inside:
        return None  # a day of the figure's own clause dates it as any clause's does
    anchor = _main_day(ctx, lo, end)
    if anchor is None:
        return None
    return When(anchor - gap, None, None, DateSource.DAYS_BEFORE)


def _moves_outside(s: Sentence, f: Figure, lo: int, end: int) -> bool:
    """Whether the figure's clause, outside the phrase's, tells people moved."""
    a, b = f.clause
    return s.moved(a, min(b, lo)) if a < lo else s.moved(max(a, end), b)


def _own_day(ctx: Ctx, f: Figure, lo: int, end: int) -> bool:
    """A handover day outside the phrase's clause: the figure's own day, not the offset's."""
    return any(not lo <= d.start < end for d in ctx.handover_days)


def _main_day(ctx: Ctx, lo: int, end: int) -> datetime.date | None:
    """The day of the clause a phrase at `lo` (its clause ending at `end`) hangs on: a
    handover day it names (not a statement's), else by its tense: the publication day for a
    present perfect ('Moscow has named …, a day after'), the day the text is about for a past
    ('It came two days after')."""
    s, doc = ctx.s, ctx.doc
    named = [
        d
        for d in ctx.handover_days
        if not lo <= d.start < end and not speech_day(s, d) and d.past is not None
    ]
    if named:
        return _nearest(named, lo).past
    if _offsets(s).perfect.search(s.text, 0, lo):
        return doc.published
    return ctx.scene_date or doc.event_date or doc.published


def _nearest(days: list[DateMention], at: int) -> DateMention:
    return min(days, key=lambda d: abs(d.start - at))
