"""What the construction catalogues' tests share: a case read against its gold facts
(kind, status, persons_of, held_by, category, low, high; the stated date or period), its
strict xfail from the catalogue's KNOWN, the catalogue's form, and the Slavic catalogues'
expected fact (F) and swap side (ex)."""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

import pytest
from constructions_en import UNSET, fact

D = datetime.date


def key(f: Any) -> tuple:
    """An extracted fact's strict key."""
    return (f.kind, f.status, f.persons_of, f.held_by, f.category, f.low, f.high)


def problems(case: Any, facts: Iterable[Any]) -> list[str]:
    """What the extractor gets wrong on an English `case` given its `facts` (empty when
    it reads it right)."""
    facts = list(facts)
    got = {key(f) for f in facts}
    gold = {fact(g) for g in case.gold}
    optional = {fact(g) for g in case.optional}
    out = [f"missed {g}" for g in sorted(gold - got, key=str)]
    out += [f"extra {g}" for g in sorted(got - gold - optional, key=str)]
    for f in facts:
        if key(f) not in gold:
            continue
        if case.date != UNSET and (f.date.isoformat() if f.date else None) != case.date:
            out.append(f"date {f.date} for {key(f)}, not {case.date}")
        if case.period is not None:
            period = tuple(d.isoformat() if d else None for d in (f.period_start, f.period_end))
            if period != case.period:
                out.append(f"period {period} for {key(f)}, not {case.period}")
    return out


def tally(cases: Sequence[Any], axes: Any, problems: Any) -> dict[str, tuple[int, int]]:
    """Per axis: (cases read right, cases), a case read right when `problems` finds none."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for c in cases:
        total[c.axis] += 1
        right[c.axis] += not problems(c)
    return {a: (right[a], total[a]) for a in axes}


def slavic_facts(text: str, pub: D, lang: str) -> set[F]:
    """The facts the Slavic extractor gives `text`, as F (date and period too)."""
    from swaptally.slavic import extract_slavic

    return {
        F(f.kind, f.status, f.persons_of, f.held_by, f.category, f.low, f.high, f.date,
          (f.period_start, f.period_end) if f.period_start else None)
        for f in extract_slavic(text, pub, lang)
    }  # fmt: skip


THU = datetime.date(2025, 11, 13)  # a Thursday: the day the Slavic news tests are told on


def slavic_rows(text: str, lang: str, published: datetime.date = THU) -> list[tuple]:
    """(kind, status, persons_of, held_by, category, low) of each fact the Slavic extractor
    gives `text`, in order."""
    from swaptally.slavic import extract_slavic

    got = extract_slavic(text, published, lang)
    return [(f.kind, f.status, f.persons_of, f.held_by, f.category, f.low) for f in got]


def param(case: Any, known: Mapping[str, str]) -> Any:
    """The case as a pytest parameter, a strict xfail when KNOWN names it."""
    marks = [pytest.mark.xfail(strict=True, reason=known[case.id])] if case.id in known else []
    return pytest.param(case, id=case.id, marks=marks)


def check_well_formed(cases: Sequence[Any], known: Mapping[str, str], axes: Any) -> None:
    """Ids unique, KNOWN naming cases, every axis used, gold facts of known kinds and
    never optional too, and each construction said in more than one conflict (rows that
    stand alone aside: at least half of them)."""
    assert len({c.id for c in cases}) == len(cases)
    assert set(known) <= {c.id for c in cases}
    assert {c.axis for c in cases} == set(axes)
    for c in cases:
        for g in (*c.gold, *c.optional):
            assert fact(g)[0] in ("exchange", "release", "held")
        assert not set(c.gold) & set(c.optional), c.id
    per_row = Counter((c.axis, c.construction) for c in cases)
    assert sum(n >= 2 for n in per_row.values()) >= len(per_row) // 2


class F(NamedTuple):
    """A fact a Slavic case expects."""

    kind: str
    status: str
    persons_of: str
    held_by: str | None
    category: str
    low: int | None
    high: int | None
    date: D | None = None
    period: tuple[D, D] | None = None


def ex(
    p: str, h: str, cat: str, n: int, date: D | None = None, status: str = "reported", **kw
) -> F:
    """One side of a swap (or a return from captivity): n of p's people, held by h."""
    return F("exchange", status, p, h, cat, n, n, date, **kw)
