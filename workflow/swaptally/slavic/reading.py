"""Sentences of a Russian or Ukrainian text, each read once: its tokens, figures, actors,
the days it names and the speaker it quotes.

A sentence's days are its own (dates.find_days) and those it names by reference to the
sentences before: "в тот же день" (the last day named), "на следующий день" (the day
after), "во второй день" (that day of an operation told to begin or last some days).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from swaptally.sentences import sentence_spans
from swaptally.slavic.actors import Actor, actors_of
from swaptally.slavic.dates import DayMention, find_days
from swaptally.slavic.lexicon import SlavicLexicon
from swaptally.slavic.morph import Token, tokens
from swaptally.slavic.numbers import Figure, find_figures
from swaptally.slavic.periods import find_period
from swaptally.slavic.phrases import find_phrase, has_phrase
from swaptally.slavic.said import said_by

__all__ = ["Sentence", "lasting_at", "read_sentences"]

_DIGIT_RE = re.compile(r"\d")


@dataclass(slots=True, unsafe_hash=True)  # never changed: see extract.fact.Provenance
class Sentence:
    """One sentence as read: what every figure in it looks at."""

    no: int
    start: int
    text: str
    toks: list[Token]
    figs: list[Figure]
    days: list[DayMention]
    actors: list[Actor]
    earlier: bool  # recalls an earlier event ("Ранее, 24 августа, …")
    lasting: int | None  # where it tells an operation lasting days ("продлится три дня")
    period: tuple[datetime.date | None, datetime.date] | None  # a span it names in words
    said: str | None  # who it attributes what it says to
    speaker: str | None  # that speaker's side, when a party


def _spans(text: str, lex: SlavicLexicon) -> list[tuple[int, int, int]]:
    """(number, start, end) of each sentence. A piece that starts in lower case continues
    the one before ("более 4 тыс. человек", "у 2022 р. повернулися"), as does one after a
    scale's abbreviation ("по 1 тыс. 200 человек"): the shared splitter ends sentences at
    abbreviations it knows only in English. A joined sentence keeps the number of its first
    piece, so later numbers still match `swaptally explain`."""
    out: list[tuple[int, int, int]] = []
    for no, (start, end) in enumerate(sentence_spans(text)):
        if out and (text[start].islower() or _after_scale(text, out[-1][2], lex)):
            out[-1] = (out[-1][0], out[-1][1], end)
        else:
            out.append((no, start, end))
    return out


_LAST_WORD_RE = re.compile(r"(\w+)\.\s*$")


def _after_scale(text: str, end: int, lex: SlavicLexicon) -> bool:
    """Whether the piece of `text` ending at `end` ends with a scale's abbreviation ("тыс.",
    "тис.", "млн.")."""
    m = _LAST_WORD_RE.search(text, max(0, end - 8), end)
    return m is not None and m.group(1).lower() in lex.scales


def read_sentences(text: str, lex: SlavicLexicon, pub: datetime.date | None) -> list[Sentence]:
    """The sentences of `text`, each read once."""
    out = []
    # "тысячу пленных", "тысячи пленных" have no number word (a word's forms are among its lemmas)
    numbers = lex.numbers.keys() | lex.scales.keys() | lex.vague.keys()
    for no, start, end in _spans(text, lex):
        s = text[start:end]
        toks = tokens(s, lex)
        lemmas = _lemmas(toks)
        if not (lemmas & numbers or _DIGIT_RE.search(s)):  # many sentences have no figure
            # its days are looked for only if it may give the swap's day (_swap_day)
            speaks = (lemmas & lex.speech or ":" in s) and any(t.w.actor for t in toks)
            said = said_by(s, toks, actors_of(toks, lex), lex) if speaks else (None, None)
            out.append(Sentence(no, start, s, toks, [], [], [], False, None, None, *said))
            continue
        actors = actors_of(toks, lex)
        days = find_days(s, toks, lex, pub)
        days += _same_day(toks, days, out, lex, pub)
        then = _then_day(toks, days, out, lex, pub)
        days += then
        if lemmas & lex.day_units:  # "во второй день": few sentences name a day unit
            days += _nth_day(toks, days, out, lex, pub)
        out.append(
            Sentence(
                no, start, s, toks, find_figures(s, toks, lex), sorted(days, key=lambda d: d.start),
                actors, bool(then) or _earlier(toks, lemmas, lex), lasting_at(toks, lemmas, lex),
                find_period(toks, lex, pub),
                *said_by(s, toks, actors, lex),
            )
        )  # fmt: skip
    return out


_LASTING = 4  # tokens from "продлится" to its "дня"


def _lemmas(toks: list[Token]) -> set[str]:
    """Every lemma of the tokens."""
    # (a list, not a generator: markedly faster to unpack)
    return set().union(*[t.a.lemmas for t in toks]) if toks else set()


def _days_named(s: Sentence, lex: SlavicLexicon, pub: datetime.date | None) -> list[DayMention]:
    """The days a sentence before names: a sentence with a figure has them already, one
    without has them looked for only now."""
    return s.days if s.figs else find_days(s.text, s.toks, lex, pub)


def _earlier(toks: list[Token], lemmas: set[str], lex: SlavicLexicon) -> bool:
    """Whether the sentence recalls an earlier event: "Ранее, 24 августа, …", "До этого
    стороны обменялись …", "Попередній обмін відбувся …"."""
    return bool(lemmas & lex.earlier) or has_phrase(
        toks, 0, len(toks), lex.phrases["earlier_phrases"]
    )


def lasting_at(toks: list[Token], lemmas: set[str], lex: SlavicLexicon) -> int | None:
    """The token that tells an operation lasting days: "продлится три дня", "в течение
    нескольких дней", "триватиме до трьох діб" (a word of lasting, a day unit just after),
    or an adjective of its length ("трёхдневный обмен", "триденний обмін")."""
    if lex.day_spans and not lemmas.isdisjoint(lex.day_spans):
        return next(k for k, t in enumerate(toks) if not t.a.lemmas.isdisjoint(lex.day_spans))
    if not (lemmas & lex.lasting and lemmas & lex.day_units):
        return None
    return next(
        (
            k
            for k, t in enumerate(toks)
            if t.a.lemmas & lex.lasting
            and any(u.a.lemmas & lex.day_units for u in toks[k + 1 : k + 1 + _LASTING])
        ),
        None,
    )


def _then_day(
    toks: list[Token],
    own: list[DayMention],
    before: list[Sentence],
    lex: SlavicLexicon,
    pub: datetime.date | None,
) -> list[DayMention]:
    """ "Тогда …", "Тоді …" opening a sentence that names no day of its own, right after one
    that recalls an earlier swap and names its day ("Предыдущий обмен прошёл 30 октября.
    Тогда Украина вернула 140 военных"): that day, and the sentence recalls the earlier swap
    too. Only the sentence right before: a day named further back, or in a sentence of the
    text's own swap, may be another event's (a statement's, a plan's)."""
    at = find_phrase(toks, 0, len(toks), lex.phrases["then_day"]) if toks else None
    if at is None or at[0] != 0 or own or not before:
        return []
    last = before[-1]
    days = _days_named(last, lex, pub)
    lemmas = _lemmas(last.toks)
    if not days or not (last.earlier or _earlier(last.toks, lemmas, lex)):
        return []
    return [DayMention(toks[0].start, toks[at[1] - 1].end, days[-1].date, False)]


def _same_day(
    toks: list[Token],
    own: list[DayMention],
    before: list[Sentence],
    lex: SlavicLexicon,
    pub: datetime.date | None,
) -> list[DayMention]:
    """ "в тот же день", "того ж дня": the last day named before it, in its own sentence
    (`own`: its days) or the sentences before (a sentence with no figure has its days looked
    for only now); "на следующий день", "наступного дня": the day after that."""
    for name, shift in (("same_day", 0), ("next_day", 1)):
        at = find_phrase(toks, 0, len(toks), lex.phrases[name])
        if at is None:
            continue
        here = [d for d in own if d.end <= toks[at[0]].start]
        day = here[-1].date if here else _last_day(before, lex, pub)
        if day is None:
            return []
        day += datetime.timedelta(days=shift)
        return [DayMention(toks[at[0]].start, toks[at[1] - 1].end, day, False)]
    return []


def _last_day(
    before: list[Sentence], lex: SlavicLexicon, pub: datetime.date | None
) -> datetime.date | None:
    """The last day named in the sentences before, not a plan's ("было запланировано на 5
    мая, но сорвалось": "в тот же день" after it is the day of what was done)."""
    for s in reversed(before):
        days = [d for d in _days_named(s, lex, pub) if not _plan_day(s, d, lex)]
        if days:
            return days[-1].date
    return None


def _plan_day(s: Sentence, d: DayMention, lex: SlavicLexicon) -> bool:
    """A day a plan word stands right before (at most three words back): "планировалось
    на 26 сентября", "запланований на п'ятницю"."""
    k = next((i for i, t in enumerate(s.toks) if t.start >= d.start), len(s.toks))
    return any(not t.a.lemmas.isdisjoint(lex.planned) for t in s.toks[max(0, k - 3) : k])


def _nth_day(
    toks: list[Token],
    own: list[DayMention],
    before: list[Sentence],
    lex: SlavicLexicon,
    pub: datetime.date | None,
) -> list[DayMention]:
    """ "в первый день", "во второй день", "третього дня": that day of an operation told to
    begin or last some days ("Обмен начался в пятницу и продлится три дня. … Во второй день
    стороны передали по 307"), counted from the first day named where it is told: earlier
    in the sentence, else the last sentence before that tells it."""
    at = next(
        (
            k
            for k in range(len(toks) - 1)
            if toks[k + 1].a.lemmas & lex.day_units and (nth := lex.ordinal(toks[k].a.ordered))
        ),
        None,
    )
    if at is None:
        return []
    start = None
    if any(t.a.lemmas & lex.began for t in toks[:at]):  # "Обмен начался 23 мая, во второй …"
        here = [d for d in own if d.end <= toks[at].start]
        start = here[0].date if here else None
    for s in reversed(before) if start is None else ():
        lemmas = _lemmas(s.toks)
        if lasting_at(s.toks, lemmas, lex) is None and not lemmas & lex.began:
            continue
        days = _days_named(s, lex, pub)
        start = days[0].date if days else None
        break
    if start is None:
        return []
    day = start + datetime.timedelta(days=nth - 1)
    return [DayMention(toks[at].start, toks[at + 1].end, day, False)]
