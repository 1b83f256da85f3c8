"""Days named in Russian and Ukrainian sentences, resolved against the publication day.
(Spans of days, months, years and the war: periods.py.)

"24 мая" / "24 травня" (the year of publication, or the year before when that day is still
ahead), "24 мая 2025 года", "01.12.2022", holidays on a fixed day ("в День Победы"),
weekdays ("в субботу", "у суботу": the last such day on or before publication; the next
one for a plan) and relative words ("сегодня", "вчора").
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace

from swaptally.slavic.lexicon import SlavicLexicon
from swaptally.slavic.morph import Token
from swaptally.slavic.numbers import DASHES

__all__ = ["DayMention", "clause_verb", "day_range", "find_days"]

_NUMERIC_RE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_AHEAD = datetime.timedelta(days=7)  # a day this far past publication is last year's


@dataclass(frozen=True, slots=True)
class DayMention:
    start: int  # character offsets in the sentence
    end: int
    date: datetime.date
    weekday: bool  # named by its weekday (a plan takes the next such day)
    past: bool = False  # the verb of its clause is in the past ("В четверг договорились, …")
    rolled: bool = False  # named with no year and read as last year's (past publication):
    # a plan's day is the next one ("2 декабря Баку передаст …" in November is this year's)


def _day(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _named(toks: list[Token], i: int, lex: SlavicLexicon, pub: datetime.date) -> DayMention | None:
    """A named day, "24 мая [2025 года]", with the month at token i+1."""
    if i + 1 >= len(toks) or not toks[i].low.isdigit() or len(toks[i].low) > 2:
        return None
    start, day = toks[i].start, toks[i].low
    if _ordinal_suffix(toks, i, lex):  # "17-го июня", "17-го червня": the month after it
        i += 2
    month = toks[i + 1].w.month
    if month is None:
        return None
    end = toks[i + 1].end
    year = pub.year
    if i + 2 < len(toks) and len(toks[i + 2].low) == 4 and toks[i + 2].low.isdigit():
        year, end = int(toks[i + 2].low), toks[i + 2].end
        got = _day(year, month, int(day))
    else:
        got = _day(year, month, int(day))
        rolled = bool(got and got > pub + _AHEAD)
        if rolled:
            got = _day(year - 1, month, int(day))
        return DayMention(start, end, got, False, rolled=rolled) if got else None
    return DayMention(start, end, got, False) if got else None


def _ordinal_suffix(toks: list[Token], i: int, lex: SlavicLexicon) -> bool:
    """An ordinal's ending after the digits at token i, before a month: "17-го июня"."""
    return (
        i + 3 < len(toks)
        and toks[i + 1].low in {"-", "\u2011"}
        and toks[i + 2].low in lex.grammar["ordinal_endings"]
        and toks[i + 1].start == toks[i].end
    )


def _holiday(
    toks: list[Token], i: int, lex: SlavicLexicon, pub: datetime.date
) -> DayMention | None:
    """A holiday on a fixed day after a preposition ("в День Победы", "у День Незалежності",
    "на Різдво"): its last such day (this year's, or last year's when still ahead). "Накануне
    Дня Победы" (the genitive) names no day."""
    if not i or toks[i - 1].low not in lex.grammar["weekday_preps"]:
        return None
    for words, month, day in lex.holidays[toks[i].low]:
        n = len(words)
        if i + n <= len(toks) and all(toks[i + m].low == words[m] for m in range(1, n)):
            end = toks[i + n - 1].end
            year = toks[i + n].low if i + n < len(toks) else ""
            if len(year) == 4 and year.isdigit():  # "у День Незалежності 2024 року": that year's
                got = _day(int(year), month, day)
                end = toks[i + n].end
            else:
                got = _day(pub.year, month, day)
                if got and got > pub + _AHEAD:
                    got = _day(pub.year - 1, month, day)
            return DayMention(toks[i].start, end, got, False) if got else None
    return None


def _eve_of(toks: list[Token], i: int, lex: SlavicLexicon) -> bool:
    """ "накануне Нового года", "напередодні обміну": the eve of something named, not the
    day before publication."""
    if toks[i].low not in lex.grammar["eve"] or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    cases = nxt.a.cases  # "напередодні сторони обмінялися": a subject, not an object
    gent = "gent" in cases and "nomn" not in cases and "PREP" not in nxt.a.pos
    return bool(nxt.a.pos & {"NOUN", "ADJF"}) and gent and nxt.w.actor is None


def find_days(
    s: str, toks: list[Token], lex: SlavicLexicon, pub: datetime.date | None
) -> list[DayMention]:
    """The days named in sentence `s`, in order; a day that dates a statement ("Минобороны
    в субботу сообщило, что …", "заявив у понеділок") is not the day of what it tells."""
    if pub is None:
        return []
    out: list[DayMention] = []
    # every day named, a statement's too: what "днем ранее" counts from
    named: list[DayMention] = []
    relative = lex.relative_days
    spanned = day_range(toks, lex, pub)
    for i, tok in enumerate(toks):
        if spanned and spanned[0] <= i < spanned[1]:
            continue  # "с 23 по 25 мая": a span (find_period), no day of its own
        if tok.low in lex.holidays:
            got = _holiday(toks, i, lex, pub)
            if got and not _of_statement(toks, i, lex) and not _aside(toks, i, lex):
                out.append(got)
            continue
        if not (tok.low in relative or tok.w.weekday is not None or tok.low.isdigit()):
            continue  # most words name no day: no call for them
        if i and tok.low.isdigit() and toks[i - 1].low in lex.grammar["bound_preps"]:
            continue  # "первый обмен с 24 августа", "після 5 лютого": a span's bound
        got = _day_at(toks, i, lex, pub)
        if got:
            named.append(got)
        if got and not _of_statement(toks, i, lex) and not _aside(toks, i, lex):
            out.append(replace(got, past=_in_past(toks, i, lex)) if got.weekday else got)
    for i, got in _counted_days(toks, lex, pub, named):
        if not _of_statement(toks, i, lex) and not _aside(toks, i, lex):
            out.append(got)
    for m in _NUMERIC_RE.finditer(s):
        day = _day(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if day:
            out.append(DayMention(m.start(), m.end(), day, False))
    return sorted(out, key=lambda d: d.start)


def _counted_days(
    toks: list[Token], lex: SlavicLexicon, pub: datetime.date, named: list[DayMention]
) -> list[tuple[int, DayMention]]:
    """Days told as a count of days or weeks (token index of the unit, the day): before
    publication ("два дня назад", "3 дні тому", "неделю назад"), or from the day named
    before them in the sentence ("в пятницу сообщили, что двумя днями ранее …", "днем
    раніше"); none from a day another sentence names."""
    g = lex.grammar
    ago, back, ahead = g["days_ago"], g["days_earlier"], g["days_later"]
    out = []
    for k, tok in enumerate(toks):
        if not k or tok.low not in ago | back | ahead:
            continue  # most words tell no count of days
        u = k - 1
        if tok.low in ago and toks[u].low in g["days_ago_filler"] and u:
            u -= 1  # "три дня тому назад"
        unit = toks[u].a.lemmas
        size = 1 if unit & lex.day_units else 7 if unit & g["week_units"] else 0
        if not size:
            continue
        n, first = 1, u  # "день назад", "неделю назад": one
        if u and toks[u - 1].low.isdigit() and len(toks[u - 1].low) <= 2:
            n, first = int(toks[u - 1].low), u - 1
        elif u and (number := toks[u - 1].w.number) is not None:
            n, first = int(number), u - 1
        if first < u and first and toks[first - 1].low in DASHES:
            continue  # "на трасі Н-31 тиждень тому": the digits name a road, no count
        if first and toks[first - 1].low in g["days_vague"]:
            continue  # "более двух недель назад": no day fixed
        gap = datetime.timedelta(days=n * size)
        if tok.low in ago:
            day = pub - gap
        else:
            before = [d for d in named if d.end <= toks[u].start]
            if not before:
                continue
            day = before[-1].date + (gap if tok.low in ahead else -gap)
        out.append((u, DayMention(toks[first].start, tok.end, day, False)))
    return out


_RANGE_GAP = 2  # tokens between the first day's digits and "по" ("с 23 мая по 25 мая")


def day_range(
    toks: list[Token], lex: SlavicLexicon, pub: datetime.date
) -> tuple[int, int, datetime.date, datetime.date] | None:
    """(first token, token after the last, first day, last day) of a span of days: "с 23
    по 25 мая", "з 23 травня по 25 травня", "с 30 апреля по 2 мая"."""
    g = lex.grammar
    joins = g["and"] | DASHES
    for i in range(len(toks) - 2):
        if not toks[i].low.isdigit() or not i or toks[i - 1].low not in g["since_preps"]:
            if toks[i].low.isdigit() and toks[i + 1].low in joins:
                listed = _day_list(toks, i, lex, pub)  # "15 и 16 октября", "15–16 жовтня"
                if listed:
                    return listed
            continue
        for k in range(i + 1, min(len(toks) - 2, i + 2 + _RANGE_GAP)):
            if toks[k].low not in g["day_range_to"]:
                continue
            last = _named(toks, k + 1, lex, pub)
            if last is None:
                return None
            first = _named(toks, i, lex, pub) if k > i + 1 else None
            if first is None:  # "с 23 по 25 мая": the month of the last day
                day = _day(last.date.year, last.date.month, int(toks[i].low))
                first = None if day is None else DayMention(0, 0, day, False)
            if first is None or first.date > last.date:
                return None
            return i - 1, _span_end(toks, k + 1, last), first.date, last.date
    return None


def _day_list(
    toks: list[Token], i: int, lex: SlavicLexicon, pub: datetime.date
) -> tuple[int, int, datetime.date, datetime.date] | None:
    """Two days named together with the month after the second, "15 и 16 октября", "15 і
    16 жовтня", "15–16 октября": the first and last day of one span (the second's month)."""
    if len(toks[i].low) > 2:
        return None
    last = _named(toks, i + 2, lex, pub)
    if last is None:
        return None
    first = _day(last.date.year, last.date.month, int(toks[i].low))
    if first is None or first >= last.date:
        return None
    return i, _span_end(toks, i + 2, last), first, last.date


def _span_end(toks: list[Token], at: int, last: DayMention) -> int:
    """The token after a span's last day, named from token `at` on."""
    return next(j for j in range(at, len(toks)) if toks[j].end >= last.end) + 1


def _day_at(toks: list[Token], i: int, lex: SlavicLexicon, pub: datetime.date) -> DayMention | None:
    tok = toks[i]
    if tok.low in lex.relative_days:
        if _eve_of(toks, i, lex):
            return None
        said = _quote_said_on(toks, i, lex, pub)  # «Сегодня …», — написал он в субботу
        day = (said or pub) + datetime.timedelta(days=lex.relative_days[tok.low])
        return DayMention(tok.start, tok.end, day, False)
    wd = tok.w.weekday
    preps = lex.grammar["weekday_preps"]
    adj = i > 0 and "ADJF" in toks[i - 1].a.pos  # "в минувшую субботу"
    # a weekday in the genitive after an adjective, with no preposition: "минулої п'ятниці"
    bare = adj and "gent" in tok.a.cases and (i < 2 or toks[i - 2].low not in preps)
    if (
        wd is not None
        and i
        and (toks[i - 1].low in preps or (adj and i > 1 and toks[i - 2].low in preps) or bare)
    ):
        back = (pub.weekday() - wd) % 7
        if not back and adj and toks[i - 1].a.lemmas & lex.last_week:
            back = 7  # "в прошлую субботу", told on a Saturday: the one a week back
        return DayMention(tok.start, tok.end, pub - datetime.timedelta(days=back), True)
    return _named(toks, i, lex, pub)


_QUOTE_TO_VERB = 4  # tokens from a closing quote to the verb that says it («…», — написал)


def _quote_said_on(
    toks: list[Token], i: int, lex: SlavicLexicon, pub: datetime.date
) -> datetime.date | None:
    """The day the quote that token i stands in was said, when the verb of saying after it
    names one: «Сегодня мы встретили 13 пленных», — написал он в субботу: "сегодня" is
    that Saturday, not the day of publication."""
    g = lex.grammar
    marks = [k for k in range(i) if toks[k].low in g["quote_open"] | g["quote_close"]]
    if not marks or toks[marks[-1]].low not in g["quote_open"]:
        return None  # not inside a quote (most relative days)
    close = next((k for k in range(i + 1, len(toks)) if toks[k].low in g["quote_close"]), None)
    if close is None:
        return None
    for v in range(close + 1, min(len(toks), close + 1 + _QUOTE_TO_VERB)):
        if not (toks[v].a.lemmas & lex.speech and "VERB" in toks[v].a.pos):
            continue
        for k in range(v + 1, min(len(toks), v + 1 + _NEAR_SPEECH + 1)):
            if toks[k].w.weekday is not None or toks[k].low.isdigit():
                day = _day_at(toks, k, lex, pub)
                return day.date if day else None
        return None
    return None


_NEAR_SPEECH = 2  # tokens between a day and the speech verb it dates


def _of_statement(toks: list[Token], i: int, lex: SlavicLexicon) -> bool:
    """Whether the day at token i sits next to a verb of saying (it dates the statement),
    unless a clause mark parts them and the day's clause has a verb of its own ("Обмен
    состоялся в пятницу, сообщил Зеленский": the day of the swap), or a colon or quote
    after the verb opens what is said ("Коордштаб повідомляє: 14 червня …")."""
    lo, hi = max(0, i - _NEAR_SPEECH - 1), min(len(toks), i + _NEAR_SPEECH + 2)
    marks = lex.grammar["clause_marks"]
    opens = lex.grammar["content_opens"]
    for k in range(lo, hi):
        if not (toks[k].a.lemmas & lex.speech and toks[k].a.pos & {"VERB", "GRND", "PRTS"}):
            continue
        if k < i and any(t.low in opens for t in toks[k + 1 : i]):
            continue  # "повідомляє: 14 червня …", "написал: «Сегодня …»": what is said
        parted = any(t.low in marks for t in toks[min(i, k) + 1 : max(i, k)])
        if not (parted and _own_verb(toks, i, marks, lex)):
            return True
    return False


def _own_verb(toks: list[Token], i: int, marks: frozenset[str], lex: SlavicLexicon) -> bool:
    """Whether the clause of the day at token i has a verb of its own (not one of saying)."""
    lo = next((j + 1 for j in range(i - 1, -1, -1) if toks[j].low in marks), 0)
    hi = next((j for j in range(i + 1, len(toks)) if toks[j].low in marks), len(toks))
    return any("VERB" in t.a.pos and not t.a.lemmas & lex.speech for t in toks[lo:hi])


def _in_past(toks: list[Token], i: int, lex: SlavicLexicon) -> bool:
    """Whether the verb nearest to token i in its clause is in the past tense: "В четверг
    делегации договорились, что обмен пройдет …" dates the agreement, not the swap to come;
    "у п'ятницю стороны передадуть" is a day ahead. A verb in the day's own clause comes
    first: "договорились, что в четверг стороны обменяются" is a day ahead."""
    marks = lex.grammar["clause_marks"]
    own = clause_verb(toks, i, marks)
    if own is not None:
        return toks[own].a.past
    for step in range(1, len(toks)):
        for k in (i - step, i + step):
            if 0 <= k < len(toks) and "VERB" in toks[k].a.pos and toks[k].a.pos != {"NOUN"}:
                return toks[k].a.past
        lo_gone = i - step < 0 or toks[i - step].low in marks
        hi_gone = i + step >= len(toks) or toks[i + step].low in marks
        if lo_gone and hi_gone:
            break
    return False


def clause_verb(toks: list[Token], i: int, marks: frozenset[str]) -> int | None:
    """The verb nearest to token i with no clause mark between them, or None."""
    lo_open = hi_open = True
    for step in range(1, len(toks)):
        for k, side in ((i - step, "lo"), (i + step, "hi")):
            if not (lo_open if side == "lo" else hi_open):
                continue
            if not 0 <= k < len(toks) or toks[k].low in marks:
                lo_open, hi_open = (False, hi_open) if side == "lo" else (lo_open, False)
            elif "VERB" in toks[k].a.pos and toks[k].a.pos != {"NOUN"}:
                return k
        if not (lo_open or hi_open):
            return None
    return None


_MOVES = frozenset(["get", "give", "free", "come_back", "exchange"])


def _aside(toks: list[Token], i: int, lex: SlavicLexicon) -> bool:
    """Whether the day at token i is in a relative clause about something else ("угоди,
    яка набула чинності 19 січня"; "военных, которые попали в плен 5 мая"). A clause on
    the swap itself ("обмена, который прошёл 5 июня") or telling a handover ("которых
    вернули 5 июня") dates it."""
    marks = lex.grammar["clause_marks"]
    k = i - 1
    while k >= 0 and toks[k].low not in marks:
        k -= 1
    if k + 1 >= i or not toks[k + 1].a.lemmas & lex.relative:
        return False
    if k > 0 and toks[k - 1].w.verb == "exchange":
        return False
    end = next((j for j in range(i + 1, len(toks)) if toks[j].low in marks), len(toks))
    return not any(t.w.verb in _MOVES for t in toks[k + 1 : end])
