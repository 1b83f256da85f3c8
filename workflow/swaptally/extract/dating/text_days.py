"""The days a whole text sets for its figures: the first day of a multi-day swap ('on
Saturday, the second day …'), the day the text is about, and the day the sentence before
sets (the scene)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable

from swaptally.dates import DateMention, find_dates, ordinal_day

from ..sentence import Sentence
from ..twins import is_twin
from .handover_days import is_event_day, speech_day


def day_one(sents: Iterable[Sentence]) -> datetime.date | None:
    """First day of a multi-day swap, from 'on Saturday, the second day …'."""
    for s in sents:
        days = [d for d in s.dates if d.precision == "day" and d.past]
        n = ordinal_day(s.text) if days else None  # most sentences name no day: no search
        if n and days:
            assert days[0].past is not None
            return days[0].past - datetime.timedelta(days=n - 1)
    return None


def event_date(sents: list[Sentence], published: datetime.date | None) -> datetime.date | None:
    """The first past day the text ties to a swap or release: the day it is about. Failing
    one in the sentences read for figures, a day told in another ('The men reached the
    border post on Monday', 'They walked free on Sunday')."""
    day = _event_day(sents, published, [s.dates for s in sents])
    if day is None and any(not s.dated for s in sents):
        told = [() if s.dated else moving_days(s, published) for s in sents]
        day = _event_day(sents, published, told)
    return day


def moving_days(s: Sentence, published: datetime.date | None) -> tuple[DateMention, ...]:
    """The days a sentence names where it moves people or tells their arrival (most do
    not: none): those read with its figures, else found anew in a sentence not read for
    figures."""
    if not (s.moved(0, len(s.text)) or arrival(s)):
        return ()
    return tuple(s.dates) if s.dated else tuple(find_dates(s.text, published, is_twin(s.lex)))


def _event_day(
    sents: list[Sentence],
    published: datetime.date | None,
    dates: list[tuple[DateMention, ...]],
) -> datetime.date | None:
    """The first past handover day among `dates` (each sentence's)."""
    for i, s in enumerate(sents):
        dateline = s.no == 0 and len(s.text) < 80
        if not dates[i] or not (dateline or s.moved(0, len(s.text)) or arrival(s)):
            continue
        if _aside(s, sents[i + 1 : i + 2]):
            continue
        days = [d for d in dates[i] if d.precision == "day" and not d.since and d.past]
        days = [d for d in days if not speech_day(s, d)]  # a statement's day is no handover's
        for d in days:
            assert d.past is not None
            past_day = published is None or d.past <= published
            if past_day and is_event_day(s, d, "exchange"):
                return d.past
    return None


def arrival(s: Sentence) -> bool:
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


def scene_date(prev: Sentence | None, published: datetime.date | None) -> datetime.date | None:
    """The day set by the sentence before ('The second stage took place on May 24.'), not
    by a picture's caption ('… on Monday (Photo: …)')."""
    if prev is None:
        return None
    dates = prev.dates if prev.dated else find_dates(prev.text, published, is_twin(prev.lex))
    days = [d for d in dates if d.precision == "day" and d.past and not d.since]
    if not days or _credit(prev):
        return None  # no day (most sentences): the caption search is not needed
    # not the day of an agreement or a capture ('The deal was agreed on May 16.')
    dayed = [d.past for d in days if is_event_day(prev, d, "exchange")]
    return dayed[-1] if dayed else None
