"""The Slavic extractor on the catalogue drawn from real news (tests/constructions_news_slavic.py).

Each case is one construction in Russian or Ukrainian; it passes when the text gives exactly
its gold facts (kind, status, persons_of, held_by, category, low, high, date, period), and no
others beyond those the conventions leave optional. A case the extractor does not read yet is
xfail (strict) in KNOWN, with the MECHANISM it lacks (not the sentence): those counts by axis
are how far the extractor is from how real news is written.

    python tests/test_constructions_news_slavic.py      # passes and failures by axis
    python tests/test_constructions_news_slavic.py -v   # and what each failing case gets
"""

from __future__ import annotations

import sys
from collections import Counter

import construction_harness as harness
import pytest
from constructions_news_slavic import AXES, CASES, PUB, Case, F

# The mechanisms the failing cases lack (named once, so the cases sharing one count together;
# a mechanism fixed leaves the list with its last case: the commits name what was fixed).
PARTICIPLE = (
    "a participle or adjective between numeral and noun ('52 освобождёнными … военнослужащими', "
)
PARTICIPLE += "'98 вернувшихся из плена', '23 незаконно осуждённых', 'трое гражданских украинцев')"

# What each case the extractor does not read yet lacks (the mechanism, not the sentence).
KNOWN: dict[str, str] = {
    "part-sentenced-of-which-ru": PARTICIPLE,
}  # fmt: skip


def got_facts(case: Case) -> set[F]:
    """The facts extracted from the case's text, as F."""
    return harness.slavic_facts(case.text, PUB, case.lang)


def scored(case: Case) -> set[F]:
    """The extracted facts that count: the wanted ones and any other not left optional."""
    return {f for f in got_facts(case) if f in case.want or tuple(f[:7]) not in case.maybe}


def passes(case: Case) -> bool:
    return scored(case) == case.want


@pytest.mark.parametrize("case", [harness.param(c, KNOWN) for c in CASES])
def test_construction(case: Case) -> None:
    assert scored(case) == case.want


def test_catalogue_is_whole() -> None:
    """Ids are unique, every construction is in both languages, KNOWN names only cases."""
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids))
    stems = Counter(c.id.rsplit("-", 1)[0] for c in CASES)
    assert all(n == 2 for n in stems.values())
    assert all(f"{s}-ru" in ids and f"{s}-uk" in ids for s in stems)
    assert set(KNOWN) <= set(ids)


def by_axis() -> dict[str, tuple[int, int]]:
    """Passing and all cases of each axis."""
    out = dict.fromkeys(AXES, (0, 0))
    for c in CASES:
        axis = c.id.split("-", 1)[0]
        ok, n = out[axis]
        out[axis] = (ok + passes(c), n + 1)
    return out


if __name__ == "__main__":
    total = [0, 0]
    for axis, (ok, n) in by_axis().items():
        print(f"{axis:8} {ok:3}/{n:<3} failing {n - ok}")
        total[0] += ok
        total[1] += n
    print(f"{'all':8} {total[0]:3}/{total[1]}")
    print("\nfailing cases by mechanism:")
    for why, n in Counter(KNOWN.values()).most_common():
        print(f"{n:3}  {why}")
    if "-v" in sys.argv:
        for c in CASES:
            if not passes(c):
                print(f"\n{c.id}: {c.text}\n  want {sorted(c.want, key=str)}")
                print(f"  got  {sorted(got_facts(c), key=str)}")
