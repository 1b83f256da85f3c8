"""The time scale of a report: days for a few weeks, weeks or months for longer, years beyond.

A report over one weekend counts per day; one over four years counts per month, so
a chart has a few dozen bars at most and every label stays readable.
"""

from __future__ import annotations

import datetime as dt

import polars as pl

SCALES = ("day", "week", "month", "year")
# Longest span (in days) each scale is chosen for; beyond the last, years.
LIMITS = (("day", 45), ("week", 270), ("month", 5 * 366))
TRUNCATE = {"day": "1d", "week": "1w", "month": "1mo", "year": "1y"}


def choose_scale(start: dt.date | None, end: dt.date | None, override: str | None = None) -> str:
    """The scale for a window from start to end (an open or unknown window counts per day).

    >>> choose_scale(dt.date(2025, 5, 23), dt.date(2025, 5, 25))
    'day'
    >>> choose_scale(dt.date(2022, 2, 24), dt.date(2026, 6, 30))
    'month'
    """
    if override:
        if override not in SCALES:
            raise ValueError(f"unknown time scale {override!r}; use one of {', '.join(SCALES)}")
        return override
    if start is None or end is None:
        return "day"
    days = (end - start).days + 1
    for scale, limit in LIMITS:
        if days <= limit:
            return scale
    return "year"


def span(
    frame: pl.DataFrame, start: dt.date | None, end: dt.date | None, column: str = "date"
) -> tuple[dt.date | None, dt.date | None]:
    """The window's ends, filled from the data where the window leaves them open."""
    dates = frame[column].drop_nulls() if column in frame.columns else pl.Series([], dtype=pl.Date)
    return (
        start or (dates.min() if len(dates) else None),
        end or (dates.max() if len(dates) else None),
    )


def bucket(column: str, scale: str) -> pl.Expr:
    """The first day of the period (day, ISO week from Monday, month, year) of a date column."""
    return pl.col(column).dt.truncate(TRUNCATE[scale])


def label(day: dt.date, scale: str) -> str:
    """How a period is named in tables and prose: '23 May 2025', 'May 2025', '2025'."""
    if scale == "day":
        return f"{day.day} {day:%B %Y}"
    if scale == "week":
        return f"week of {day.day} {day:%b %Y}"
    if scale == "month":
        return f"{day:%B %Y}"
    return f"{day.year}"


def per(scale: str) -> str:
    """'per day', 'per week'… for titles."""
    return f"per {scale}"
