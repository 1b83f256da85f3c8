"""Periods told in Russian and Ukrainian sentences, as (first day or None, last day).

"в 2022–2023 годах", "с 23 по 25 мая", "за последние три дня", "в этом году", "с мая",
"с начала войны" / "з початку війни", and the days an operation is told to last
("продлится три дня"). The days themselves are read by dates.py.
"""

from __future__ import annotations

import datetime

from swaptally.slavic.dates import DayMention, day_range
from swaptally.slavic.lexicon import SlavicLexicon
from swaptally.slavic.morph import Token
from swaptally.slavic.numbers import DASHES
from swaptally.slavic.phrases import has_phrase

__all__ = ["Period", "day_span", "find_period", "operation_days"]

Period = tuple[datetime.date | None, datetime.date]


def _year_word(toks: list[Token], k: int, lex: SlavicLexicon) -> bool:
    """A year's word at token k ("2022 года", "2022 р.") or its ordinal ending, the word
    left out ("с февраля 2022-го", "від лютого 2022-го")."""
    if toks[k].a.lemmas & lex.year_words:
        return True
    ending = k + 1 < len(toks) and toks[k + 1].low in lex.grammar["ordinal_endings"]
    return toks[k].low in DASHES and ending


def _year_span(toks: list[Token], lex: SlavicLexicon, pub: datetime.date) -> Period | None:
    """ "с 2022 года" (from then to publication), "в 2023 году" / "у 2023 році" (that year),
    "с марта 2022 года" / "з березня 2022 року" (from that month), "в мае 2025 года" (that
    month)."""
    g = lex.grammar
    for i in range(1, len(toks) - 1):
        low = toks[i].low
        if len(low) != 4 or not low.isdigit() or not _year_word(toks, i + 1, lex):
            continue
        year = int(low)
        if not 1900 < year <= pub.year:
            continue
        month = toks[i - 1].w.month if i > 1 and not toks[i - 2].low.isdigit() else None
        prep = toks[i - 2].low if month else toks[i - 1].low  # "24 мая 2025 года" is a day
        since = _year_before(toks, i, year)  # "в 2022–2023 годах": from the first year's start
        prep = toks[i - 3].low if since and i > 2 else prep
        first = datetime.date(since or year, month or 1, 1)
        if first > pub:
            continue
        if prep in g["since_preps"]:
            return first, pub
        if prep in g["in_preps"]:
            last = (
                _month_end(datetime.date(year, month, 1)) if month else datetime.date(year, 12, 31)
            )
            return first, min(last, pub)
    return None


def _year_before(toks: list[Token], i: int, year: int) -> int | None:
    """The first year of a span of years ending at token i ("2022–2023 годах", "2022-2024
    роках"), or None."""
    if i < 2 or toks[i - 1].low not in DASHES:
        return None
    low = toks[i - 2].low
    first = int(low) if len(low) == 4 and low.isdigit() else None
    return first if first and 1900 < first < year else None


def _month_end(first: datetime.date) -> datetime.date:
    nxt = datetime.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return nxt - datetime.timedelta(days=1)


def day_span(toks: list[Token], lex: SlavicLexicon, pub: datetime.date | None) -> Period | None:
    """The first and last day of a span of days the sentence names ("с 23 по 25 мая",
    "20–21 ноября", "15 і 16 жовтня"), or None."""
    days = day_range(toks, lex, pub) if pub is not None else None
    return (days[2], days[3]) if days else None


def find_period(toks: list[Token], lex: SlavicLexicon, pub: datetime.date | None) -> Period | None:
    """The span a sentence names in words: days from one to another ("с 23 по 25 мая"),
    from the war's first day, from the year's first day, last year, the last twelve
    months, this month so far, since or in a year or month, the last counted days ("за два
    дні") (None when it names none)."""
    if pub is None:
        return None
    every = (0, len(toks))
    days = day_range(toks, lex, pub)
    if days:
        return days[2], days[3]
    if has_phrase(toks, *every, lex.phrases["since_start"]) or _since_war(toks, lex):
        return lex.since_start, pub
    if has_phrase(toks, *every, lex.phrases["year_start"]):
        return datetime.date(pub.year, 1, 1), pub
    if has_phrase(toks, *every, lex.phrases["last_year"]):
        return datetime.date(pub.year - 1, 1, 1), datetime.date(pub.year - 1, 12, 31)
    if has_phrase(toks, *every, lex.phrases["past_year"]):  # "за последний год": 12 months
        return _year_back(pub), pub
    if has_phrase(toks, *every, lex.phrases["month_start"]):  # "цього місяця": so far
        return pub.replace(day=1), pub
    return _year_span(toks, lex, pub) or _month_span(toks, lex, pub) or _past_days(toks, lex, pub)


def _days_before(toks: list[Token], k: int, g: dict[str, frozenset[str]]) -> bool:
    """Whether token k opens what the counted days come before ("за три дня до обмена"), not
    where people went ("за три дні до України повернулися": a place or party after "до")."""
    if k >= len(toks) or toks[k].low not in g["span_before"]:
        return False
    return k + 1 >= len(toks) or toks[k + 1].w.actor is None


def _year_back(pub: datetime.date) -> datetime.date:
    """The same day a year before publication (28 February for a 29th)."""
    try:
        return pub.replace(year=pub.year - 1)
    except ValueError:
        return pub.replace(year=pub.year - 1, day=28)


def _count(t: Token) -> float | None:
    """The number a token before a day unit says: its digits or its number word."""
    return int(t.low) if t.low.isdigit() else t.w.number


def _past_days(toks: list[Token], lex: SlavicLexicon, pub: datetime.date) -> Period | None:
    """A total over the last counted days up to publication: "за два дня", "За три дні",
    "за минулі два дні", "за сім днів" (the preposition of a span, at most one word, the
    count, a day unit). Not the days before something ("за три дня до обмена"), not a count
    no operation lasts (more than two weeks)."""
    g = lex.grammar
    for k in range(2, len(toks)):
        if not toks[k].a.lemmas & lex.day_units:
            continue
        n = _count(toks[k - 1])
        prep = next((j for j in (k - 2, k - 3) if j >= 0 and toks[j].low in g["span_over"]), None)
        if not n or prep is None or n != int(n) or not 1 < n <= _LONGEST_OPERATION:
            continue
        if _days_before(toks, k + 1, g):
            continue  # "за три дня до обмена": three days before it
        return pub - datetime.timedelta(days=int(n) - 1), pub
    return None


def _month_span(toks: list[Token], lex: SlavicLexicon, pub: datetime.date) -> Period | None:
    """ "в августе", "у серпні": a month with no day and no year, the last such month; "с
    мая", "з травня": from its first day to publication, or to the end of the month named
    after "по"/"до" ("с мая по июль")."""
    g = lex.grammar
    for i in range(1, len(toks)):
        month = toks[i].w.month
        if month is None:
            continue
        since = toks[i - 1].low in g["since_preps"] and "gent" in toks[i].a.cases
        if not since and (toks[i - 1].low not in g["in_preps"] or "loct" not in toks[i].a.cases):
            continue
        year = pub.year if month <= pub.month else pub.year - 1
        first = datetime.date(year, month, 1)
        if not since:
            return first, min(_month_end(first), pub)
        last = _month_to(toks, i + 1, g)
        if last is None:
            return first, pub
        # "с мая по июль", "з травня до липня": to the end of the closing month
        end = datetime.date(year if last >= month else year + 1, last, 1)
        return first, min(_month_end(end), pub)
    return None


def _month_to(toks: list[Token], k: int, g: dict[str, frozenset[str]]) -> int | None:
    """The month that closes a span right after its opening month, 'по июль', 'до липня'."""
    if k + 1 >= len(toks) or toks[k].low not in {*g["day_range_to"], *g["range_to"]}:
        return None
    return toks[k + 1].w.month


_LASTING_REACH = 4  # tokens from "продлится" to its "дня" ("в течение трех дней")
_LONGEST_OPERATION = 14  # days: a longer "lasting" tells of something else (a truce)


def operation_days(
    toks: list[Token], days: list[DayMention], lasting: int, lex: SlavicLexicon
) -> Period | None:
    """The days of an operation told to last a counted number of days from a day named
    before ("В пятницу начался обмен 1000 на 1000, который продлится три дня", "У п'ятницю
    розпочався обмін, який триватиме три дні"): that day to the last of them. "Несколько
    дней", "до трьох діб" count no exact number: None. An adjective of its length counts
    from the first day the sentence names ("Трёхдневный обмен начался в пятницу")."""
    started = [d for d in days if d.end <= toks[lasting].start]
    span = next((lex.day_spans[w] for w in toks[lasting].a.ordered if w in lex.day_spans), None)
    if span is not None:
        first = started[-1] if started else days[0] if days else None
        return None if first is None else (first.date, first.date + datetime.timedelta(span - 1))
    if not started:
        return None
    for k in range(lasting + 1, min(len(toks), lasting + 1 + _LASTING_REACH)):
        if not toks[k].a.lemmas & lex.day_units:
            continue
        n = _count(toks[k - 1])
        exact = k - 1 > lasting and toks[k - 2].low not in lex.grammar["range_to"]
        if not n or not exact or n > _LONGEST_OPERATION:
            return None
        day = started[-1].date
        return day, day + datetime.timedelta(days=n - 1)
    return None


_WAR_REACH = 3  # words from "начала"/"почала" to the war's noun ("начала полномасштабную войну")


def _since_war(toks: list[Token], lex: SlavicLexicon) -> bool:
    """The sentence counts from the war's start, told by its words' lemmas, not a fixed
    phrase: "с/з/від/після" + "начало/початок/час" or "відколи/с тех пор как … начала" + a noun of
    the war within three words ("від початку повномасштабної війни", "Відколи Росія почала
    повномасштабну війну", "с начала российской агрессии")."""
    g = lex.grammar
    for k, t in enumerate(toks):
        since = k > 0 and (toks[k - 1].low in g["from"] or toks[k - 1].low in g["since_after"])
        start = bool(t.a.lemmas & lex.war_start) and since
        began = bool(t.a.lemmas & lex.began) and any(u.low in g["subordinators"] for u in toks[:k])
        if (start or began) and any(
            u.a.lemmas & lex.war_nouns for u in toks[k + 1 : k + 1 + _WAR_REACH]
        ):
            return True
    return False
