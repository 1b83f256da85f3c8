"""Stage 6, dating: the day of a figure (or the span of a total), and where it came from.

A day stated in the figure's clause, else before it; a period ("over three days", "since
March 2022"); the day set by the sentence before; failing all, the day the text is about.
After all facts of a text are made, parts of a dated stage take its day and a whole
exchange's total (a sum of stages on several days) takes their span instead of one day.

    dated.py          When: a figure's day or period, and its source
    handover_days.py  which days a sentence names can date a handover (not a statement's,
                      an agreement's or a capture's)
    holidays.py       a holiday named as a day ('on Independence Day'), near publication
    periods.py        totals over more than one day: periods, spans, running totals
    offset_days.py    a day counted from another clause's ('two days before the talks
                      opened on Friday', '…, a day after Kyiv brought home 75 soldiers')
    figure_day.py     the day of one figure, and the source that decided it
    text_days.py      the days a whole text sets: its first day, its day, the scene's day
    stage_days.py     after all facts: parts take their stage's day, totals their span,
                      a plan told again its day
"""

from __future__ import annotations

from .dated import When
from .figure_day import when
from .handover_days import event_days
from .stage_days import date_breakdowns, overall_totals, restated_plans, restated_reports
from .text_days import day_one, event_date, scene_date

__all__ = [
    "When",
    "date_breakdowns",
    "day_one",
    "event_date",
    "event_days",
    "overall_totals",
    "restated_plans",
    "restated_reports",
    "scene_date",
    "when",
]
