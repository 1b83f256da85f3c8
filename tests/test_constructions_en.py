"""The extractor on the catalogue of English constructions (tests/constructions_en.py).

Each case is one construction in one conflict's words; it passes when the text gives exactly
its gold facts (kind, status, persons_of, held_by, category, low, high), no others beyond
those the conventions leave optional, and the stated date or period. A case the extractor
does not yet read is marked xfail (strict) with what it gets wrong, in KNOWN below: the
count of those by axis is how far the extractor is from reading the language.

    python tests/test_constructions_en.py   # passes and known failures by axis
"""

from __future__ import annotations

import datetime as dt
import sys
from collections import Counter

import pytest
from constructions_en import AXES, CASES, UNSET, Case, fact
from swaptally.extract import Fact, extract_facts, load_lexicon

SAT = dt.date(2024, 3, 9)
LEX = load_lexicon()

# What each case the extractor does not read yet gets wrong (the mechanism, not the sentence).
KNOWN: dict[str, str] = {
    # the swap's other half stated with no noun, or as 'N for N'
    # three or more parties on each side
    "swap:three parties:US-DE-PL-RU-BY:while": "the 16 freed by two states missed; the 8 "
    "called a release",
    # running totals: counted in swaps, over their stated span
}


def _key(f: Fact) -> tuple:
    return (f.kind, f.status, f.persons_of, f.held_by, f.category, f.low, f.high)


def problems(case: Case) -> list[str]:
    """What the extractor gets wrong on `case` (empty when it reads it right)."""
    facts = extract_facts(case.text, SAT, LEX)
    got = {_key(f) for f in facts}
    gold = {fact(g) for g in case.gold}
    optional = {fact(g) for g in case.optional}
    out = [f"missed {g}" for g in sorted(gold - got, key=str)]
    out += [f"extra {g}" for g in sorted(got - gold - optional, key=str)]
    for f in facts:
        if _key(f) not in gold:
            continue
        if case.date != UNSET and (f.date.isoformat() if f.date else None) != case.date:
            out.append(f"date {f.date} for {_key(f)}, not {case.date}")
        if case.period is not None:
            period = tuple(d.isoformat() if d else None for d in (f.period_start, f.period_end))
            if period != case.period:
                out.append(f"period {period} for {_key(f)}, not {case.period}")
    return out


def _param(case: Case):
    marks = [pytest.mark.xfail(strict=True, reason=KNOWN[case.id])] if case.id in KNOWN else []
    return pytest.param(case, id=case.id, marks=marks)


def test_the_catalogue_is_well_formed() -> None:
    assert len({c.id for c in CASES}) == len(CASES)
    assert set(KNOWN) <= {c.id for c in CASES}
    assert {c.axis for c in CASES} == set(AXES)
    for c in CASES:
        for g in (*c.gold, *c.optional):
            assert fact(g)[0] in ("exchange", "release", "held")
    # each construction is said in more than one conflict (except the optional and trap rows
    # that stand for themselves)
    per_row = Counter((c.axis, c.construction) for c in CASES)
    assert sum(n >= 2 for n in per_row.values()) >= len(per_row) // 2


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_construction(case: Case) -> None:
    assert problems(case) == []


def tally() -> dict[str, tuple[int, int]]:
    """Per axis: (cases read right, cases)."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for c in CASES:
        total[c.axis] += 1
        right[c.axis] += not problems(c)
    return {a: (right[a], total[a]) for a in AXES}


if __name__ == "__main__":
    for c in CASES:
        if (p := problems(c)) and "-v" in sys.argv:
            print(c.id, "|", c.text, "\n   ", "\n    ".join(p))
    counts = tally()
    for axis, (ok, n) in counts.items():
        print(f"{axis:9} {ok:3}/{n}")
    print(f"{'all':9} {sum(o for o, _ in counts.values()):3}/{len(CASES)}")
