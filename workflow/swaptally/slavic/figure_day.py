"""The day of a figure (against the publication day), and the day of the document's swap
that a reported swap figure whose sentence names no day takes."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING

from swaptally.kinds import MOVEMENTS
from swaptally.slavic.dates import DayMention, clause_verb, find_days
from swaptally.slavic.groups import find_group
from swaptally.slavic.kind_status import MOVES, stage_of
from swaptally.slavic.lexicon import SlavicLexicon
from swaptally.slavic.numbers import Figure
from swaptally.slavic.reading import Sentence

if TYPE_CHECKING:
    from swaptally.slavic.extract import Found


def _one_clause(s: Sentence, at: int, k: int, marks: frozenset[str]) -> bool:
    """Whether no clause mark stands between character `at` and token k of the sentence."""
    lo, hi = sorted((at, s.toks[k].start))
    return not any(t.low in marks for t in s.toks if lo < t.start < hi)


def day_of(
    s: Sentence,
    fig: Figure,
    kind: str,
    status: str,
    pub: datetime.date | None,
    marks: frozenset[str],
    alongside: bool = False,
):
    """(date, the sentence names no day for a reported swap). `alongside`: a release told
    as one-sided within a swap story ("Крім того, Росія передала 22 …, яких не враховували
    в обміні"): handed over with the swap, it takes the swap's day as the swap's halves do."""
    at = s.toks[fig.first].start
    before = [d for d in s.days if d.start < at]
    day = before[-1] if before else (s.days[0] if s.days else None)
    if kind == "held":
        # a stock's day: one named before it, or after it in its own clause ("в плену
        # остаются 40, а захвачены они были 3 мая": the day after «а» is the capture's)
        if day and day.start > at and not _one_clause(s, day.start, fig.first, marks):
            day = None
        return (day.date if day else pub), False
    if day and s.lasting is not None and _one_clause(s, day.start, s.lasting, marks):
        return None, False  # "обмен начался в пятницу и продлится три дня": its start
    if status == "planned":
        if day and day.weekday and pub and day.date < pub:  # the next such day, unless the
            # weekday dates what was done ("в четверг договорились"), not the handover to come
            return (None if day.past else day.date + datetime.timedelta(days=7)), False
        return (_ahead(day.date, day.rolled, pub) if day and pub else None), False
    if day and not _still_to_come(s, day, at, marks):
        return day.date, False
    return None, (kind == "exchange" or alongside) and not s.earlier and s.period is None


# how far ahead a plan's day named with no year may lie: news tells plans weeks ahead, not a
# year ("30 декабря … передаст" told on 3 January is no plan for December)
PLAN_REACH = datetime.timedelta(days=92)


def _ahead(date: datetime.date, rolled: bool, pub: datetime.date) -> datetime.date | None:
    """A plan's day: the one still to come when its year was not named ("2 декабря" told in
    November is this December's, not last year's; "10 января" told in late December is next
    January's), if it is at most PLAN_REACH away; else a day before publication is no plan's."""
    if date >= pub and not rolled:
        return date
    try:
        nxt = date.replace(year=date.year + 1)
    except ValueError:  # 29 February
        return None
    return nxt if nxt - pub <= PLAN_REACH else None


def _still_to_come(s: Sentence, day: DayMention, at: int, marks: frozenset[str]) -> bool:
    """A day named after a done figure, in a clause of its own whose verb is in the future
    tense, is the day of what is still to come, not the figure's: "До сих пор освободили
    по 270 пленных, обмен продолжится в субботу", "Україна повернула 90 захисників, а
    наступний обмін відбудеться в неділю"."""
    if day.start < at:
        return False
    k = next((i for i, t in enumerate(s.toks) if t.start >= day.start), None)
    if k is None or _one_clause(s, at, k, marks):
        return False
    verb = clause_verb(s.toks, k, marks)
    return verb is not None and s.toks[verb].a.future


def day_of_swap(
    sents: list[Sentence],
    found: list[tuple[Sentence, Found]],
    lex: SlavicLexicon,
    pub: datetime.date | None,
    kinds: frozenset[str] = frozenset(["exchange"]),
) -> datetime.date | None:
    """The day of the document's swap: the first day named in a sentence with no figure
    that tells of a handover ("Сегодня стороны провели обмен", "В субботу состоялось
    возвращение военнопленных") or dates a reported figure of `kinds` (a swap's), unless
    that sentence recalls an earlier one."""
    dated = {
        s.no: f.date
        for s, f in found
        if f.fields[0] in kinds and f.fields[1] == "reported" and f.date
    }
    for s in sents:
        if s.earlier:
            continue
        if s.no in dated:
            return dated[s.no]
        # (a numbered stage of an operation dates the stage: "в субботу провели второй этап
        # обмена 1000 на 1000", whose formula is the whole operation's plan)
        staged = bool(s.figs) and stage_of(s.toks, 0, len(s.toks), lex)
        if (not s.figs or staged) and any(t.w.verb in MOVES for t in s.toks):
            days = find_days(s.text, s.toks, lex, pub)  # the first such sentence, mostly
            if days:
                return days[0].date
    return None


_HANDED = frozenset(MOVEMENTS)  # kinds of a handover (not a stock)


@dataclass(frozen=True, slots=True)
class TextDays:
    """The days a text gives a reported figure whose sentence names none (found once all
    its sentences are read): the day of its swap; the first day of a handover it tells
    (of any kind); the day each figure is dated by where its sentence names one."""

    swap: datetime.date | None
    handover: datetime.date | None
    stated: dict[tuple[str | None, int | None], datetime.date]  # (persons_of, low) → its day
    # (number, nationality its group names or "") → the one day a sentence moving it names
    retold: dict[tuple[int, str], datetime.date]

    def date_of(self, s: Sentence, f: Found) -> tuple[datetime.date | None, bool]:
        """(the figure's day, whether the text gave it rather than its sentence). A swap's
        half its sentence leaves undated takes the swap's day. A release in a sentence that
        names no day takes the day of the same figure told with one ("Индия передала 88
        рыбаков" as a headline, "В воскресенье … передали 88 рыбаков" below), or in a text
        that tells no swap the day of the handover it tells (a pardon's headline, the
        crossing "сегодня" below), as an English text's figures take its day (event_date).
        A release beside a swap that tells its own figure stays undated: another event."""
        if f.undated_swap and self.swap is not None:
            return self.swap, True
        kind, status, persons, _, _, low, _, _, period_start = f.fields[:9]
        if (
            f.date is None and kind in _HANDED and status == "reported" and low is not None
            and not (s.days or s.earlier or s.period is not None or period_start is not None)
            and (day := self.retold.get((low, persons)) or self.retold.get((low, ""))) is not None
        ):  # fmt: skip
            return day, True
        if kind != "release" or status != "reported" or f.date is not None or f.undated_swap:
            return f.date, False
        if s.days or s.earlier or s.period is not None or period_start is not None:
            return None, False  # a day of something else, an earlier event, a span
        if any(n == low and nat not in ("", persons) for n, nat in self.retold):
            return None, False  # the same number of another people moved that day: theirs
        day = self.stated.get((persons, low)) or (self.handover if self.swap is None else None)
        return day, day is not None


def day_of_text(
    sents: list[Sentence],
    found: list[tuple[Sentence, Found]],
    lex: SlavicLexicon,
    pub: datetime.date | None,
) -> TextDays:
    """The days the text gives its figures that their sentences leave undated (TextDays)."""
    stated: dict[tuple[str | None, int | None], set[datetime.date]] = {}
    for _, f in found:
        if f.date is not None and f.fields[1] == "reported" and f.fields[0] in _HANDED:
            stated.setdefault((f.fields[2], f.fields[5]), set()).add(f.date)
    swap = day_of_swap(sents, found, lex, pub)
    handover = swap or day_of_swap(sents, found, lex, pub, _HANDED)
    # (a figure told with two days is no one handover's)
    one_day = {k: next(iter(days)) for k, days in stated.items() if len(days) == 1}
    return TextDays(swap, handover, one_day, _retold(sents, lex, pub))


def _retold(
    sents: list[Sentence], lex: SlavicLexicon, pub: datetime.date | None
) -> dict[tuple[int, str], datetime.date]:
    """The day of each figure a sentence tells people moving on ("40 рыбаков передали
    консулу в пятницу"): a headline or a sentence that tells the same figure with no day
    ("Береговая охрана отпустила 40 рыбаков") takes it, one handover told twice. Only a
    sentence with one day and no earlier event, and a figure no sentence tells with two
    days. Keyed by the number and the nationality its group names ("" when it names
    none, a figure that stands for any people): the same number of another people is
    another group's handover ("5 грузинских пастухов" in a headline, "в среду 5
    армянских паломников вернулись" below), as in the English twin (stage_days)."""
    days: dict[tuple[int, str], set[datetime.date]] = {}
    for s in sents:
        named = {d.date for d in s.days}  # ("Кабул, 12 апреля — Сегодня …": one day)
        if s.earlier or len(named) != 1 or not any(t.w.verb in MOVES for t in s.toks):
            continue
        day = next(iter(named))
        if pub is not None and day > pub:
            continue  # a day still to come is a plan's
        for fig in s.figs:
            group = find_group(s.toks, fig, lex)
            nationality = (group.nationality if group else None) or ""
            days.setdefault((fig.value, nationality), set()).add(day)
    return {n: next(iter(d)) for n, d in days.items() if len(d) == 1}
