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

import construction_harness as harness
import pytest
from constructions_en import AXES, CASES, Case
from swaptally.extract import extract_facts, load_lexicon

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


def problems(case: Case) -> list[str]:
    """What the extractor gets wrong on `case` (empty when it reads it right)."""
    return harness.problems(case, extract_facts(case.text, SAT, LEX))


def _param(case: Case):
    return harness.param(case, KNOWN)


def test_the_catalogue_is_well_formed() -> None:
    harness.check_well_formed(CASES, KNOWN, AXES)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_construction(case: Case) -> None:
    assert problems(case) == []


def tally() -> dict[str, tuple[int, int]]:
    """Per axis: (cases read right, cases)."""
    return harness.tally(CASES, AXES, problems)


if __name__ == "__main__":
    for c in CASES:
        if (p := problems(c)) and "-v" in sys.argv:
            print(c.id, "|", c.text, "\n   ", "\n    ".join(p))
    counts = tally()
    for axis, (ok, n) in counts.items():
        print(f"{axis:9} {ok:3}/{n}")
    print(f"{'all':9} {sum(o for o, _ in counts.values()):3}/{len(CASES)}")
