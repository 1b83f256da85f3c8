"""Days told as a count of days from another: 'two days ago', 'a week ago' (from the
publication day), 'three days earlier' (from the day the sentence names before it: 'said on
Friday it had freed 12 two days earlier' is Wednesday), 'the day before yesterday'. The
words are the lexicon's (dating.yaml `relative_days`, `day_units`, `day_counts`)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from swaptally.dates import DateMention

from ..lexicon import Lexicon, alternation
from .dated import day_counts, days_in

__all__ = ["CountedDay", "relative_dates", "with_relative_dates"]


@dataclass(slots=True)
class CountedDay(DateMention):
    """A day told as a count of days ('two days ago'): it has no preposition of its own, so
    the event it dates is the one told nearest before it (handover_days.counted_other)."""


@dataclass(frozen=True, slots=True)
class _Relative:
    pattern: re.Pattern[str] | None  # group 'n', 'unit' and 'ago' or 'from'; or 'fixed'
    counts: dict[str, int]  # count word → number ('two' → 2)
    units: dict[str, int]  # unit word → days ('week' → 7)
    ways: dict[str, int]  # 'ago' → -1, 'earlier' → -1, 'later' → 1
    fixed: dict[str, int]  # 'the day before yesterday' → -2
    gates: tuple[str, ...]  # one of these is in every sentence the pattern matches

    @staticmethod
    def build(lex: Lexicon) -> _Relative:
        data = lex.data.get("relative_days") or {}
        counts = day_counts(lex)
        units = {str(w).lower(): int(n) for w, n in (lex.data.get("day_units") or {}).items()}
        ago = {str(w).lower(): int(n) for w, n in (data.get("ago") or {}).items()}
        told = {str(w).lower(): int(n) for w, n in (data.get("from_named") or {}).items()}
        fixed = {
            " ".join(str(w).lower().split()): int(n) for w, n in (data.get("fixed") or {}).items()
        }
        if not units or not (ago or told or fixed):
            return _Relative(None, counts, units, {}, fixed, ())
        never = r"(?!x)x"
        # "later than", "earlier that day": the count word is not the direction word's
        not_after = alternation(data.get("from_named_not_before") or []) or never
        vague = alternation(data.get("vague_before") or []) or never
        count = (
            rf"(?P<vague>(?:{vague})\s+)?(?<![\w-])(?P<n>{alternation(counts) or never}"
            rf"|\d{{1,2}})\s+(?P<unit>{alternation(units)})"
        )
        pattern = re.compile(
            rf"\b(?:(?P<fixed>{alternation(fixed) or never})"
            rf"|{count}\s+(?:(?P<ago>{alternation(ago) or never})"
            rf"|(?P<from>{alternation(told) or never})(?!\s+(?:{not_after})\b)))(?![\w-])",
            re.IGNORECASE,
        )
        gates = tuple(sorted({*ago, *told, *(f.split()[-1] for f in fixed)}))
        return _Relative(pattern, counts, units, {**ago, **told}, fixed, gates)


def relative_dates(
    lex: Lexicon, text: str, published: dt.date | None, named: tuple[DateMention, ...] = ()
) -> list[DateMention]:
    """The days `text` tells as counts of days: from publication ('two days ago'), or from
    the last day of `named` (the sentence's other days) before it ('a day earlier'); none
    where that day is not named in the sentence (it is another sentence's)."""
    if published is None:
        return []
    rel = lex.stage_patterns("dating.relative_days", _Relative.build)
    low = text.lower()
    if rel.pattern is None or not any(g in low for g in rel.gates):
        return []  # the common case, without a regex
    out: list[DateMention] = []
    past: dt.date | None
    future: dt.date | None
    for m in rel.pattern.finditer(text):
        if m["fixed"]:
            gap = dt.timedelta(days=rel.fixed[" ".join(m["fixed"].lower().split())])
            past = future = published + gap
        else:
            n = days_in(m["n"], rel.counts)
            if n is None or m["vague"]:
                continue  # "more than two weeks ago": no day fixed
            gap = dt.timedelta(days=n * rel.units[m["unit"].lower()])
            if m["ago"]:
                past = future = published + gap * rel.ways[m["ago"].lower()]
            else:
                before = [d for d in named if d.end <= m.start() and d.precision == "day"]
                if not before:
                    continue
                way = rel.ways[m["from"].lower()]
                past, future = (
                    None if d is None else d + gap * way
                    for d in (before[-1].past, before[-1].future)
                )
        # a day before publication is no plan's, one after it no report's
        past = past if past is not None and past <= published else None
        future = future if future is not None and future >= published else None
        if past or future:
            out.append(CountedDay(m.start(), m.end(), past, future, "day", False))
    return out


def with_relative_dates(
    lex: Lexicon, text: str, published: dt.date | None, found: tuple[DateMention, ...]
) -> tuple[DateMention, ...]:
    """`found` (the sentence's other days) with the relative ones added: each takes the
    place of the words it holds ('yesterday' in 'the day before yesterday')."""
    extra = relative_dates(lex, text, published, found)
    if not extra:
        return found
    kept = [d for d in found if not any(e.start < d.end and d.start < e.end for e in extra)]
    return tuple(sorted([*kept, *extra], key=lambda d: d.start))
