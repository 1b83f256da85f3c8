"""How a figure is written for a reader: '7,000', '8,000–10,000', 'more than 7,000'.

A fact keeps "more than 7,000" as low 7,001 and no high (FACTS.md), so that every
figure is a range of whole numbers. Printed as it is stored, that reads "7,001", a
figure no source gave. For whole numbers "at least 7,001" and "more than 7,000" are the
same range, so the wording changes and the number does not.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import polars as pl


def figure(low: int | None, high: int | None) -> str:
    """A stored range as a source would say it.

    >>> figure(307, 307), figure(8000, 10000), figure(7001, None), figure(2000, None)
    ('307', '8,000–10,000', 'more than 7,000', 'at least 2,000')
    >>> figure(None, 300), figure(None, None)
    ('up to 300', '–')
    """
    if low is None and high is None:
        return "–"
    if low is None:
        return f"up to {high:,}"
    if high is None:
        # "more than 7,000" is stored as 7,001: say it the way it was said when that
        # gives a round figure, else the lower bound itself.
        if low > 1 and (low - 1) % 10 == 0:
            return f"more than {low - 1:,}"
        return f"at least {low:,}"
    if low == high:
        return f"{low:,}"
    return f"{low:,}–{high:,}"


def share(low: float | None, high: float | None) -> str:
    """A share interval as percentages: '10.0% to 12.5%', '80.9%', 'at most 12.5%'.

    >>> share(0.1, 0.125), share(0.809, 0.809), share(None, 0.125)
    ('10.0% to 12.5%', '80.9%', 'at most 12.5%')
    """
    if low is None and high is None:
        return "–"
    if low is None:
        return f"at most {high:.1%}"
    if high is None or f"{low:.1%}" == f"{high:.1%}":
        return f"{low:.1%}"
    return f"{low:.1%} to {high:.1%}"


def count(n: int, noun: str, plural: str | None = None) -> str:
    """'1 source', '3 sources', '1,200 texts'.

    >>> count(1, "source"), count(3, "source"), count(2, "body", "bodies")
    ('1 source', '3 sources', '2 bodies')
    """
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


def sureness(n_sources: int, disputed: bool) -> str:
    """How sure a figure is, in a few words: how many texts state it, whether they disagree.

    >>> sureness(1, False), sureness(4, False), sureness(9, True)
    ('single source', '4 sources', '9 sources, disputed')
    """
    said = "single source" if n_sources == 1 else count(n_sources, "source")
    return said + (", disputed" if disputed else "")


def what(kind: str, status: str) -> str:
    """An event's kind and status in words: 'exchange', 'planned exchange', 'estimate'.

    >>> what("exchange", "reported"), what("exchange", "planned"), what("held", "estimated")
    ('exchange', 'planned exchange', 'estimate of people held')
    """
    if kind == "held":
        return "estimate of people held"
    return kind if status == "reported" else f"{status} {kind}"


def worded(
    df: pl.DataFrame,
    name: str = "figure",
    low: str = "low",
    high: str = "high",
    word: Callable[[Any, Any], str] = figure,
) -> pl.DataFrame:
    """A column `name` with each row's low–high range worded as said ('more than 7,000').

    Tables show it instead of bare low and high columns, where "more than 7,000" reads
    as a low of 7,001 beside an empty high; word=share words a share interval.
    """
    return df.with_columns(
        pl.struct(low, high)
        .map_elements(lambda r: word(r[low], r[high]), return_dtype=pl.String)
        .alias(name)
    )
