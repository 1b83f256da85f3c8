"""The extractor on the team's own held-out English news (tests/data/own_news.jsonl).

121 short excerpts written by the team in the styles of wire services and local outlets,
about swaps, releases and holdings in many conflicts, with traps (casualties, ages,
bodies, money); gold facts annotated by hand (FACTS.md, the corpus conventions). The
floor sits a little under the score reached, so a change that loses unseen-style
constructions fails here. `python tests/own_news_score.py --errors` lists what is missed.
"""

from __future__ import annotations

import pytest
from own_news_score import load, score

# reached: 0.845 on 80, 0.822 on 107, 0.793 on 121 excerpts (own108–own121 first: 0.630),
# 0.874 on 121 after this session's fixes (1bc8fe3)
FLOOR_F1 = 0.85


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    return load()


def test_own_news_is_annotated_in_the_corpus_shape(docs: list[dict]) -> None:
    assert len(docs) >= 40
    assert len({d["id"] for d in docs}) == len(docs)
    for d in docs:
        assert d["lang"] == "en" and d["text"] and d["published"]
        for f in d["facts"]:
            assert f["kind"] in ("exchange", "release", "held")
            assert f["status"] == "estimated" if f["kind"] == "held" else f["status"] != "estimated"


def test_own_news_strict_f1_stays_above_its_floor(docs: list[dict]) -> None:
    s = score(docs)
    assert s.f1 >= FLOOR_F1, "\n".join(s.errors)
    # a ratio, not a count: the set grows by batches (98 dated matched facts at 121 texts)
    assert s.dates_ok >= 0.95 * s.dates_all
