"""A holiday named as a day ('on Independence Day', 'on New Year's Eve', 'on the eve of
Orthodox Easter'): the day it names, near publication. The holidays and the days each may
fall on are the lexicon's (dating.yaml `holidays`); Easter is reckoned per year."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from swaptally.dates import DateMention

from ..lexicon import Lexicon, alternation

__all__ = ["holiday_dates"]

# how far from publication a holiday's day may lie to be the one the text names: a report
# of the holiday's handover comes within days of it, a plan names one still ahead
_REACH = dt.timedelta(days=14)


@dataclass(frozen=True, slots=True)
class _Holidays:
    pattern: re.Pattern[str] | None  # group 'eve': 'the eve of'; group 'h': the holiday
    days: dict[str, tuple[str, ...]]  # holiday (lower case) → its days: "MM-DD" or a rule
    gates: tuple[str, ...]  # one of these is in every sentence that names a holiday

    @staticmethod
    def build(lex: Lexicon) -> _Holidays:
        table = lex.data.get("holidays") or {}
        days = {
            str(name).lower(): tuple(str(d) for d in (v if isinstance(v, list) else [v]))
            for name, v in table.items()
        }
        if not days:
            return _Holidays(None, {}, ())
        names = alternation(str(n) for n in table)
        # "on Independence Day", "on Ukraine's Independence Day", "on the eve of Easter";
        # a holiday's name is capitalised (not "a new year of talks")
        pattern = re.compile(
            r"\b(?:[Oo]n|[Aa]t)\s+(?P<eve>the\s+eve\s+of\s+)?"
            r"(?:(?:the|its|their|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s?)\s+)?"
            rf"(?P<h>{names})(?![\w-])"
        )
        gates = tuple(sorted({str(n).split()[-1][:5] for n in table}))
        return _Holidays(pattern, days, gates)


def holiday_dates(lex: Lexicon, text: str, published: dt.date | None) -> list[DateMention]:
    """The days the holidays `text` names stand for: for a past handover the holiday's
    latest day on or before publication, for a planned one its next on or after, each
    within two weeks of publication (else no day: 'on Independence Day in 2019')."""
    if published is None:
        return []
    found = lex.stage_patterns("dating.holidays", _Holidays.build)
    if found.pattern is None or not any(g in text for g in found.gates):
        return []  # the common case, without a regex
    out = []
    for m in found.pattern.finditer(text):
        shift = dt.timedelta(days=-1 if m["eve"] else 0)
        near = sorted(
            d + shift
            for rule in found.days[m["h"].lower()]
            for year in (published.year - 1, published.year, published.year + 1)
            if (d := _day_of(rule, year)) is not None and abs(d + shift - published) <= _REACH
        )
        past = [d for d in near if d <= published]
        ahead = [d for d in near if d >= published]
        if past or ahead:
            start = m.start("eve") if m["eve"] else m.start("h")
            last = past[-1] if past else None
            mention = DateMention(start, m.end(), last, ahead[0] if ahead else last, "day", False)
            out.append(mention)
    return out


def _day_of(rule: str, year: int) -> dt.date | None:
    """The day `rule` gives in `year`: "MM-DD", "easter" or "orthodox easter"."""
    if rule == "easter":
        return _easter(year)
    if rule == "orthodox easter":
        return _orthodox_easter(year)
    month, _, day = rule.partition("-")
    try:
        return dt.date(year, int(month), int(day))
    except ValueError:
        return None


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * el) // 433
    month = (h + el - 7 * m + 90) // 25
    return dt.date(year, month, (h + el - 7 * m + 33 * month + 19) % 32)


def _orthodox_easter(year: int) -> dt.date:
    """Orthodox Easter Sunday: the Julian computus (Meeus), given as a Gregorian day."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    julian = dt.date(year, month, day + 1)
    return julian + dt.timedelta(days=year // 100 - year // 400 - 2)
