"""Dating after all facts of a text are made: parts of a dated stage take its day, a
whole exchange's total (a sum of stages on several days) takes their span, not one day,
and a plan told again without its day takes the day it was told with."""

from __future__ import annotations

import datetime
from dataclasses import replace

from swaptally.kinds import MOVEMENTS

from ..fact import DateSource, Fact, Side, Step
from ..sentence import Sentence
from .handover_days import day_mentions, is_event_day, speech_day
from .text_days import moving_days


def date_breakdowns(facts: list[Fact]) -> list[Fact]:
    """Parts of a dated stage ('270 troops and 120 civilians' of Friday's 390) take its day."""
    dated: dict[tuple[str | None, int], datetime.date] = {}
    out = list(facts)
    by_sentence: dict[tuple[int, str | None], list[int]] = {}
    for i, f in enumerate(facts):
        if f.kind == "held" or f.status != "reported" or f.qualifier != "exact" or f.low is None:
            continue
        if f.date is not None and f.how.date is not DateSource.DOCUMENT:
            dated.setdefault((f.persons_of, f.low), f.date)
        else:
            by_sentence.setdefault((f.sentence_no, f.persons_of), []).append(i)
    for (_, persons), idx in by_sentence.items():
        spans = {facts[i].span_start: facts[i].low or 0 for i in idx}
        total = sum(spans.values())
        if len(spans) >= 2 and (persons, total) in dated:
            for i in idx:
                how = facts[i].how.then(Step.STAGE_DATE, DateSource.STAGE)
                out[i] = replace(facts[i], date=dated[(persons, total)], how=how)
    return out


def overall_totals(facts: list[Fact]) -> list[Fact]:
    """A whole exchange's total is not one day's stage: a figure dated only by the document's
    day that equals a planned or multi-day total of the text, or the sum of a side's stages
    on two or more days (390 + 307 + 303 = 1,000), takes no single day; a sum of stages
    spans their days."""
    stages: dict[str | None, dict[datetime.date, int]] = {}
    totals: set[tuple[str | None, int]] = set()
    marked = False
    for f in facts:
        if f.how.marker:
            marked = True
        if f.kind != "exchange" or f.qualifier != "exact" or f.low is None:
            continue
        if (f.status == "planned" and f.date is None) or f.period_start is not None:
            # a plan for one named day ('happened on 9 April as a 200-for-200 swap') is
            # that day's stage, no whole of several
            totals.add((f.persons_of, f.low))
        elif f.date is not None and f.how.date is not DateSource.DOCUMENT:
            days = stages.setdefault(f.persons_of, {})
            days[f.date] = max(days.get(f.date, 0), f.low)
    if not (marked or totals or any(len(days) > 1 for days in stages.values())):
        return facts  # one stage, no totals: nothing to tell apart
    out = []
    for f in facts:
        assert f.how is not None  # the English extractor's facts carry their provenance
        if f.how.marker:
            # 'Kyiv and Moscow returned 1,000 prisoners to each other': per side when it is
            # each side's sum of stages, else left uncounted
            sides = [p for p, days in stages.items() if len(days) > 1 and sum(days.values()) != 0]
            sides = [p for p in sides if sum(stages[p].values()) == f.low and f.low]
            if len(sides) == 2 and f.status == "reported":
                for a, b in (sides, sides[::-1]):
                    days = stages[a]
                    how = replace(f.how, side=Side.EACH_SIDE).then(Step.OVERALL, DateSource.OVERALL)
                    out.append(
                        replace(
                            f, persons_of=a, held_by=b, date=None, period_start=min(days),
                            period_end=max(days), how=how,
                        )
                    )  # fmt: skip
            continue
        loose = f.date is None or f.how.date is DateSource.DOCUMENT
        if f.kind == "exchange" and f.status == "reported" and loose and f.low is not None:
            days = stages.get(f.persons_of, {})
            if len(days) > 1 and sum(days.values()) == f.low and f.period_start is None:
                how = f.how.then(Step.OVERALL, DateSource.OVERALL)
                f = replace(
                    f, date=None, period_start=min(days), period_end=max(days), how=how
                )  # fmt: skip
            elif f.date is not None and (f.persons_of, f.low) in totals:
                f = replace(f, date=None, how=f.how.then(Step.OVERALL, DateSource.NONE))
        out.append(f)
    return out


def restated_plans(facts: list[Fact]) -> list[Fact]:
    """A plan whose sentence names no day ('Rebels say they will free 120 captives', a
    headline) takes the day of the same figure planned with one elsewhere in the text ('were
    due to free 120 … on Monday'): one plan told twice, as a reported figure takes the day
    of the text. Only where the text plans that figure for one day, and never a plan over
    several days (a period) or one dated by a later step."""
    days: dict[tuple[int | None, int | None], set[datetime.date]] = {}
    for f in facts:
        if f.status == "planned" and f.date is not None and f.how.date is DateSource.SENTENCE:
            days.setdefault((f.low, f.high), set()).add(f.date)
    if not days:
        return facts  # most texts plan nothing with a day
    out = []
    for f in facts:
        told = days.get((f.low, f.high)) if f.low is not None else None
        undated = f.date is None and f.period_start is None and f.how.date is DateSource.NONE
        if f.status == "planned" and undated and told and len(told) == 1:
            how = f.how.then(Step.RESTATED, DateSource.DOCUMENT)
            f = replace(f, date=next(iter(told)), how=how)
        out.append(f)
    return out


def restated_reports(
    facts: list[Fact], sents: list[Sentence], published: datetime.date | None
) -> list[Fact]:
    """A handover told in a sentence that names no day ('Rebels have let 30 fishermen go,
    the navy said', a headline) takes the day another sentence of the text tells the same
    figure moving on ('the 30 reached the port on Friday'): one handover told twice. Only a
    day a sentence names alone for the people it moves, past, no statement's, and a figure
    no two sentences tell with different days."""
    undated = [
        i
        for i, f in enumerate(facts)
        if f.kind in MOVEMENTS and f.status == "reported" and f.low is not None
        and f.date is None and f.period_start is None and f.how.date is DateSource.NONE
    ]  # fmt: skip
    if not undated:
        return facts  # most texts date every handover they tell
    told = _figure_days(sents, published)
    out = list(facts)
    for i in undated:
        f = facts[i]
        assert f.low is not None  # (an undated handover's: chosen above)
        day = told.get((f.low, f.persons_of)) or told.get((f.low, ""))
        if day is not None and not day_mentions(sents[f.sentence_no]):
            how = f.how.then(Step.RESTATED_REPORTS, DateSource.DOCUMENT)
            out[i] = replace(f, date=day, how=how)
    return out


def _figure_days(
    sents: list[Sentence], published: datetime.date | None
) -> dict[tuple[int, str | None], datetime.date]:
    """Each figure → the one past handover day a sentence moving people names for it (none
    where two sentences give it two days)."""
    days: dict[tuple[int, str | None], set[datetime.date]] = {}  # (keyed as Fact.persons_of)
    for s in sents:
        if not s.figures:
            continue
        named = {
            d.past
            for d in moving_days(s, published)
            if d.precision == "day" and not d.since and d.past is not None
            and (published is None or d.past <= published)
            and not speech_day(s, d) and is_event_day(s, d, "exchange")
        }  # fmt: skip
        if len(named) != 1:
            continue
        for fig in s.figures:
            if fig.q.low is not None:  # (a figure naming no people stands for any: "")
                for code in fig.codes or ("",):
                    days.setdefault((fig.q.low, code), set()).add(next(iter(named)))
    return {n: next(iter(d)) for n, d in days.items() if len(d) == 1}
