"""Totals that cover more than one day: a period ('over three days'), a span named in the
figure's clause ('since the war began', 'in 2024'), a running total ('so far'), a whole
exchange's total ('completing an exchange in which 1,000 …'), and whether a 'since …'
starts one at all."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from swaptally.dates import DateMention, Span

from ..context import Ctx, Doc
from ..fact import DateSource
from ..lexicon import Lexicon, alternation
from ..mentions import Figure
from ..sentence import Sentence, any_in
from .dated import When, day_counts, days_in
from .handover_days import speech_day


def span_total(ctx: Ctx, f: Figure) -> When | None:
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
        and starts_total(s, sp.start)
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


def running_total(ctx: Ctx, f: Figure) -> When | None:
    """'So far, more than 4,000 have come home', '1,700 to date': a running total up to
    publication. It runs from the war's first day (none when the text's parties name no
    war) only where its cue says so ('during the war', 'since') or the text names the war's
    span ('since the full-scale invasion began'); else its start is unknown. A count 'so
    far' of an operation still under way ('270 so far, with more due on Saturday') is that
    operation's, not the war's (under_way)."""
    doc, s = ctx.doc, ctx.s
    lo, hi = f.clause
    lo = max(0, lo - 14)  # the clause, or an opening adverbial before it ("So far, …")
    window = s.lowered[lo:hi]
    if doc.published is None or not any_in(_hints(doc.lex, "running_total"), window):
        return None  # most figures: a substring test rules the cue out
    cue = s.cue("running_total", lo, hi)
    if cue is None or not starts_total(s, cue[0]):
        return None  # not 'civilians held since 2022'
    if s.cue("under_way", f.q.start, len(s.text)) is not None:
        return under_way(doc)
    if s.cue("running_named", *cue) is None and not doc.war_span_named:
        return When(None, None, doc.published, DateSource.RUNNING)
    start = doc.lex.war_start(doc.parties[:2])
    return When(None, start, doc.published, DateSource.SPAN)


def under_way(doc: Doc) -> When:
    """The count so far of an operation still under way: from its first day (the text's
    first day of a multi-day swap) to publication; one day when it began that day. Without
    that day, no day: the day the text is about may be the operation's latest, not its
    first. The total it is heading for is the plan (status)."""
    first = doc.day1
    if first is None or doc.published is None:
        return When(None, None, None, DateSource.UNDER_WAY)
    if first >= doc.published:
        return When(first, None, None, DateSource.UNDER_WAY)
    return When(None, first, doc.published, DateSource.UNDER_WAY)


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


def cumulative(s: Sentence, f: Figure, kind: str) -> bool:
    """'completing an exchange in which 1,000 …', '… have now received 1,000 each': a whole
    exchange's total, cued in the figure's clause."""
    if kind == "held":
        return False
    if not s.cumulative:  # most sentences have no such cue: one search for all figures
        return False
    lo, hi = f.clause
    return s.cue("cumulative", lo, hi) is not None


def one_day_total(s: Sentence, f: Figure, dayed: list[DateMention]) -> list[DateMention]:
    """The day of a total whose cue can count one day's handover ('a total of', 'in all'):
    the first day after its clause that is no statement's, with no other total cue between."""
    lo, hi = f.clause
    if s.cue("one_day_total", lo, hi) is None or s.cue("cumulative", hi, len(s.text)):
        return []
    after = [d for d in dayed if d.start >= hi and not speech_day(s, d)]
    return after[:1]


def period_of(
    doc: Doc, status: str, days: int
) -> tuple[datetime.date | None, datetime.date | None]:
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


def starts_total(s: Sentence, start: int) -> bool:
    """Whether a 'since …' at `start` starts a running total: not after a record ('the first
    prisoner exchange since mid-November') in its clause, nor right after a captivity
    ('civilians held since 2022'; 'returned from captivity since 2022' is a total)."""
    lo = s.clause(start, start)[0]
    return (
        s.cue("record_since", max(lo, start - 45), start) is None
        and s.cue("captive_since", max(lo, start - 20), start) is None
    )


@dataclass(frozen=True, slots=True)
class _OperationDays:
    """A multi-day operation that takes the figure as its object: the count words and
    operation nouns from the lexicon (dating.yaml)."""

    pattern: re.Pattern[str]  # group 'n': the days; group 'o': the final day's ordinal
    counts: dict[str, int]  # count or ordinal word (lower-cased) → days

    @staticmethod
    def build(lex: Lexicon) -> _OperationDays:
        data = lex.data
        counts = day_counts(lex)
        ordinals = {str(w).lower(): int(n) for w, n in (data.get("day_ordinals") or {}).items()}
        words = alternation(w for w, n in counts.items() if n > 1) or r"(?!x)x"
        last = alternation(ordinals) or r"(?!x)x"
        ops = lex.phrases("operation_noun")
        # what ties the operation to its figure (operation_link): "of", "that returned",
        # "in which" (a relative clause, also after a comma)
        link = (
            rf"(?:\s+(?:{lex.phrases('operation_link')})"
            rf"|,?\s+(?:{lex.phrases('operation_clause_link')}))"
        )
        return _OperationDays(
            re.compile(
                rf"\b(?:(?P<n>{words}|\d{{1,2}})(?:[\s-]+day\s+|\s+days\s+of\s+)"
                rf"|(?P<o>{last})\s+and\s+(?:final|last)\s+day\s+of\s+)"
                rf"(?:[\w-]+\s+){{0,2}}?(?:{ops})(?:\s+[\w.'’-]+){{0,3}}?{link}"
                r"\s+(?:[\w-]+\s+){0,3}?$",
                re.IGNORECASE,
            ),
            counts | ordinals,
        )


# how far before a figure its operation may be named
_OPERATION_REACH = 120


def operation_days(s: Sentence, f: Figure) -> int | None:
    """'a three-day exchange of nearly 900 detainees', 'three days of handovers on Sunday,
    in which 887 …', 'the closing day of a three-day operation that brought back 1,000': the
    figure is the total of an operation over that many days."""
    start = f.q.start
    lo = max(0, start - _OPERATION_REACH)
    if "day" not in s.lowered[lo:start]:
        return None  # the common case, without a regex
    days = s.lex.stage_patterns("operation_days", _OperationDays.build)
    m = days.pattern.search(s.text, lo, start)
    if m is None:
        return None
    return days_in(m["n"] or m["o"], days.counts)
