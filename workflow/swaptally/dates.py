"""Date expressions resolved against the publication date.

A weekday equal to the publication weekday is the publication day ("on Saturday" in a
Saturday paper). Past events take the latest such weekday on or before publication,
planned ones the next on or after it. Day-and-month without a year take the year that
puts them nearest publication. Month-only mentions have month precision: they fix no day.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from swaptally.ascii_twin import ascii_twin

__all__ = [
    "DateMention",
    "Span",
    "find_dates",
    "find_period",
    "find_spans",
    "ordinal_day",
    "resolve_weekday",
]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7,
}  # fmt: skip
# days from publication of a relative day ("last night": the evening before the paper)
_REL_OFFSETS = {"yesterday": -1, "last night": -1, "tomorrow": 1}
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}

_MONTH = (
    r"(?P<{g}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# cheap first-character gate: digits, capitals, or the few lower-case openers; the words
# it stands for after. A new opener's first character goes into the class too, or its
# dates are never found
_DATE_GATE = r"(?=[0-9JFMASONDTWLYtyonl])"
_DATE_BODY = (
    r"(?=[0-9JFMASONDTWLY]|t(?:o(?:day|night|morrow)|his\s|he\s(?:day|previous|same)\s)|yesterday|overnight|last\s|next\s"
    r"|later\s)(?:"
    rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH.format(g='m1')}(?:,?\s+(?P<y1>(?:19|20)\d\d))?"
    rf"|{_MONTH.format(g='m2')}\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>(?:19|20)\d\d))?"
    rf"|{_MONTH.format(g='m3')}(?:,?\s+(?P<y3>(?:19|20)\d\d))?"
    r"|(?P<last>(?:[Ll]ast|[Nn]ext|[Tt]his|[Tt]his\s+past)\s+)?"
    r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?"
    r"|(?P<rel>(?i:today|tonight|yesterday|tomorrow|this\s+morning|this\s+afternoon"
    r"|this\s+evening|overnight|(?<!the\s)last\s+night(?!\s+of\b)))"  # not "the last night of"
    # a day told from the day named before it (or from publication): "said on Thursday that
    # 84 had come home the day before", "is due to free 1,950 later in the day"
    r"|(?P<before>(?i:the\s+(?:day\s+before|previous\s+day)))"
    r"(?!\s+(?i:than|the|a|an|its|their|his|her|this|that)\b)"  # not "the day before the swap"
    r"|(?P<same>(?i:later\s+(?:in\s+the|that)\s+day|the\s+same\s+day))"
    r")(?![\w-])"
)
# the class before \b: most positions fail it, and it is cheaper than \b's two Unicode word
# tests; in the ASCII twin (plain text) \b reads a table and fails first at most positions
# (a pass over the plain dev sentences: 0.85 the instructions), so it goes before the class
_DATE_RE = re.compile(_DATE_GATE + r"\b" + _DATE_BODY)
_PLAIN_DATE_RE = re.compile(r"\b" + _DATE_GATE + _DATE_BODY, re.ASCII)
# a month named alone is a date only after one of these (or with a year): "in May"
_MONTH_PRE_RE = re.compile(
    r"\b(?:in|since|from|until|of|early|late|mid-?|by|during|end\s+of|start\s+of)\s*$",
    re.IGNORECASE,
)
_WEEKDAY_WORD_RE = re.compile(r"\w+day")
_SINCE_RE = re.compile(r"\b(?:since|from)\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
_PERIOD_RE = re.compile(
    r"\bover\s+(?:the\s+(?:(?:next|coming|past|last)\s+)?|a\s+)?"
    r"(?P<n>two|three|four|five|six|seven|ten|\d)(?:[\s-]+days?\b|\s+(?P<weeks>weeks)\b)"
    r"|\b(?:these|the\s+past|the\s+last|in\s+just)\s+(?:these\s+)?"
    r"(?P<n2>two|three|four|five|six|seven|\d)\s+days\b",
    re.IGNORECASE,
)
_PLAIN_PERIOD_RE = ascii_twin(_PERIOD_RE)
_ORDINAL_DAY_RE = re.compile(
    r"\b(?P<o>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+"
    r"(?:and\s+final\s+|and\s+last\s+)?(?:day|stage|phase|part|round)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _DateScans:
    """The patterns find_dates runs: as written, or their ASCII twins for plain text."""

    date: re.Pattern[str]
    since: re.Pattern[str]
    month_pre: re.Pattern[str]
    weekday_word: re.Pattern[str]


_DATE_PATTERNS = (_DATE_RE, _SINCE_RE, _MONTH_PRE_RE, _WEEKDAY_WORD_RE)
_DATE_SCANS = _DateScans(*_DATE_PATTERNS)
_PLAIN_DATE_SCANS = _DateScans(_PLAIN_DATE_RE, *map(ascii_twin, _DATE_PATTERNS[1:]))


@dataclass(slots=True)  # not frozen: a frozen __init__ is markedly slower
class DateMention:
    start: int
    end: int
    past: dt.date | None  # the day when the text speaks of something done
    future: dt.date | None  # the day when it speaks of something planned
    precision: str  # day | month
    since: bool  # "since March 2022": the start of a period ending at publication


@dataclass(frozen=True, slots=True)
class Span:
    """A span of time named in words: 'last year', 'since 2022', 'since the start of the war'."""

    start: int
    end: int
    first: dt.date
    last: dt.date
    running: bool  # "since …", "so far this year": a running total; else a named span


_SPAN_RE = re.compile(
    # the war's start, however its war is named: "since the war began", "since the start of
    # the full-scale Russian invasion", "since Russia's invasion", "since the first days of
    # the conflict", "since the start of what Moscow terms its special military
    # operation", "since Russia launched its full-scale invasion"
    r"\b(?:(?P<war>since\s+(?:the\s+(?:start|beginning|outbreak|first\s+days?|early\s+days)"
    r"\s+of\s+)?(?:the\s+|(?-i:[A-Z])[\w-]+['’]s\s+|what\s+(?:[\w'’-]+\s+){1,4}?calls?\s+"
    r"(?:its|the)\s+|(?-i:[A-Z])[\w-]+\s+(?:launched|began|started)\s+(?:its|the|a)\s+)?"
    r"(?:(?:full|large)[-\s]scale\s+)?(?:(?-i:[A-Z][a-z]+(?:ian|ese|i))\s+)?"
    r"(?:war|invasion|conflict|special\s+military\s+operation)"
    r"(?:\s+(?:began|started|broke\s+out))?)"
    # "since the start of the year" is the article's year, as "this year" (never the war's)
    r"|(?P<this>(?:since\s+the\s+(?:start|beginning|turn)\s+of\s+(?:this|the)"
    r"|(?:so\s+far\s+|earlier\s+)?this)\s+year)"
    r"|(?P<last>last\s+year)"
    r"|since\s+(?:the\s+(?:start|beginning)\s+of\s+|early\s+|late\s+|mid-?)?"
    r"(?P<since>(?:19|20)\d\d)"
    r"|(?:in|during|throughout)\s+(?P<in>(?:19|20)\d\d))(?![\w-])",
    re.IGNORECASE,
)


_SUPERLATIVE_BEFORE_RE = re.compile(
    r"\b(?:first|largest|biggest|most|only|\w+est)\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE
)
_SPAN_SCANS = (_SPAN_RE, _SUPERLATIVE_BEFORE_RE)
_PLAIN_SPAN_SCANS = (ascii_twin(_SPAN_RE), ascii_twin(_SUPERLATIVE_BEFORE_RE))


def find_spans(
    s: str, published: dt.date | None, war_start: dt.date | None = None, plain: bool = False
) -> list[Span]:
    """Spans of time `s` names in words, each ending at publication when still running.
    'since the start of the war' needs the war's first day (`war_start`). `plain`: `s` is
    plain text (swaptally.extract.twins.plain_text), scanned faster."""
    low = s.lower()
    if published is None or not ("year" in low or "since" in low or " 20" in low or " 19" in low):
        return []  # the common case, without a regex
    out = []
    span_re, superlative = _PLAIN_SPAN_SCANS if plain else _SPAN_SCANS
    for m in span_re.finditer(s):
        if superlative.search(s, m.start() - 50 if m.start() > 50 else 0, m.start()):
            continue  # "the largest exchange since the war began": a record, not a total
        first: dt.date | None = None
        last = published
        if m["war"]:
            first = war_start
        elif m["this"]:
            first = dt.date(published.year, 1, 1)
        elif m["last"]:
            first = dt.date(published.year - 1, 1, 1)
            last = dt.date(published.year - 1, 12, 31)
        elif m["since"]:
            first = dt.date(int(m["since"]), 1, 1)
        else:
            year = int(m["in"])
            first, last = dt.date(year, 1, 1), min(dt.date(year, 12, 31), published)
        if first is not None and first <= last:
            running = m.group().lower().startswith(("since", "so far"))
            out.append(Span(m.start(), m.end(), first, last, running))
    return out


def resolve_weekday(weekday: int, published: dt.date, future: bool, shift: str = "") -> dt.date:
    """Weekday (0 = Monday) → a date; 'last'/'next' in `shift` exclude publication day."""
    back = (published.weekday() - weekday) % 7
    if future or shift == "next":
        ahead = (weekday - published.weekday()) % 7
        return published + dt.timedelta(days=ahead or (7 if shift == "next" else 0))
    if shift == "last" and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


def _year_for(month: int, day: int, published: dt.date | None) -> int | None:
    """The year that puts day/month nearest publication (a report of last December…)."""
    if published is None:
        return None
    best = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            cand = dt.date(year, month, day)
        except ValueError:
            continue
        gap = (cand - published).days
        # events are reported after they happen: allow ~2 months ahead, ~10 back
        score = gap if gap >= 0 else -gap / 5
        if gap <= 62 and (best is None or score < best[0]):
            best = (score, year)
    return best[1] if best else None


def _day(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _mention(
    m: re.Match[str],
    s: str,
    published: dt.date | None,
    anchor: dt.date | None = None,
    scans: _DateScans = _DATE_SCANS,
) -> DateMention | None:
    """The date `m` names; `anchor` is the day named before it in `s`, if any."""
    g = m.groupdict()
    at = m.start()
    since = bool(scans.since.search(s, at - 14 if at > 14 else 0, at))
    if g["d1"] or g["d2"]:
        month = _MONTHS[(g["m1"] or g["m2"])[:3].lower()]
        day = int(g["d1"] or g["d2"])
        y = g["y1"] or g["y2"]
        d = _day(int(y) if y else _year_for(month, day, published), month, day)
        return DateMention(m.start(), m.end(), d, d, "day", since) if d else None
    if g["m3"]:
        if not g["y3"] and not scans.month_pre.search(s, at - 12 if at > 12 else 0, at):
            return None  # "May" the verb, or a month with no anchor
        month = _MONTHS[g["m3"][:3].lower()]
        year = int(g["y3"]) if g["y3"] else _year_for(month, 1, published)
        d = _day(year, month, 1)
        return DateMention(m.start(), m.end(), d, d, "month", since) if d else None
    if published is None:
        return None
    if g["wd"]:
        wd = _WEEKDAYS.index(g["wd"].lower())
        shift = (g["last"] or "").split()[0].lower() if g["last"] else ""
        past = resolve_weekday(wd, published, False, shift)
        fut = past if shift == "last" else resolve_weekday(wd, published, True, shift)
        return DateMention(m.start(), m.end(), past, fut, "day", since)
    if g["before"] or g["same"]:
        if anchor is None and (g["before"] or not g["same"].lower().endswith("the day")):
            return None  # told from a day named in another sentence (the scene's)
        d = (anchor or published) - dt.timedelta(days=1 if g["before"] else 0)
        return DateMention(m.start(), m.end(), d, d, "day", since)
    rel = " ".join(g["rel"].lower().split())
    offset = _REL_OFFSETS.get(rel, 0)
    d = published + dt.timedelta(days=offset)
    return DateMention(m.start(), m.end(), d, d, "day", since)


def find_dates(s: str, published: dt.date | None, plain: bool = False) -> list[DateMention]:
    """Every date expression in `s`, resolved against `published` where it is relative.
    `plain`: `s` is plain text (swaptally.extract.twins.plain_text), scanned faster."""
    out = []
    scans = _PLAIN_DATE_SCANS if plain else _DATE_SCANS
    relative = False  # the last mention kept is a relative word ("today")
    for m in scans.date.finditer(s):
        anchor = next((d.past for d in reversed(out) if d.precision == "day"), None)
        mention = _mention(m, s, published, anchor, scans)
        if mention is None:
            continue
        next_to = out and 0 <= mention.start - out[-1].end <= 3 and mention.precision == "day"
        # "Friday, May 23" / "Sunday (Jan 19)": the explicit date wins over the weekday;
        # "today (Tuesday)", "yesterday, May 5": the day named wins over the relative word
        # (told in a quote, or written before the paper's day)
        if next_to and (
            relative
            or (m["wd"] is None and scans.weekday_word.fullmatch(s[out[-1].start : out[-1].end]))
        ):
            out.pop()
        relative = bool(m["rel"])
        out.append(mention)
    return out


def find_period(s: str, plain: bool = False) -> int | None:
    """Length in days of a total spread over days: 'over three days' → 3, 'over the four
    days' → 4, 'over six weeks' → 42. `plain`: `s` is plain text
    (swaptally.extract.twins.plain_text), scanned faster."""
    low = s.lower()
    if "day" not in low and "week" not in low:
        return None  # the common case, without a regex
    m = (_PLAIN_PERIOD_RE if plain else _PERIOD_RE).search(s)
    if not m:
        return None
    n = (m["n"] or m["n2"]).lower()
    days = _COUNTS.get(n) or (int(n) if n.isdigit() else None)
    return days * 7 if days and m["weeks"] else days


def ordinal_day(s: str) -> int | None:
    """'the second day' / 'first stage' → 2 / 1: which day of a multi-day swap `s` is about."""
    low = s.lower()
    if not any(
        w in low for w in ("first", "second", "third", "fourth", "fifth", "1st", "2nd", "3rd")
    ):
        return None  # the common case, without a regex
    m = _ORDINAL_DAY_RE.search(s)
    return _ORDINALS[m["o"].lower()] if m else None
