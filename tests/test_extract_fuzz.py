"""No input string makes extraction raise (hypothesis over arbitrary Unicode)."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from swaptally.dates import find_dates
from swaptally.extract import _extract, extract_facts, load_lexicon
from swaptally.numbers import find_quantities
from swaptally.sentences import sentence_spans

LEX = load_lexicon()
# words that steer text into the extractor's rules, mixed with arbitrary Unicode
WORDS = st.sampled_from(
    [
        "Russia",
        "Ukraine",
        "Hamas",
        "Israel",
        "each",
        "both",
        "sides",
        "exchanged",
        "released",
        "held",
        "1,000",
        "307",
        "between",
        "and",
        "to",
        "more",
        "than",
        "about",
        "thousands",
        "of",
        "prisoners",
        "POWs",
        "civilians",
        "on",
        "Friday",
        "May",
        "23",
        "tomorrow",
        "said",
        "“",
        "”",
        ".",
        ",",
        "–",
        "8",
        "000",
        "three",
        "hundred",
        "dozen",
        "1000-for-1000",
        "its",
        "their",
        "Kyiv",
        "the",
        "Kremlin",
        "were",
        "returned",
        "from",
        "captivity",
        "over",
        "three",
        "days",
        "second",
        "day",
    ]
)
TEXT = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(WORDS, st.text(max_size=6)), max_size=80).map(" ".join),
)
DATES = st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(TEXT, DATES)
def test_inner_extraction_never_raises(text: str, published: dt.date | None) -> None:
    # the inner function has no safety net: a bug here is a real failure
    facts = _extract(text, published, LEX)
    for f in facts:
        assert 0 <= f.span_start < f.span_end <= len(text)
        assert f.kind in ("exchange", "release", "held")
        assert f.qualifier in ("exact", "range", "approx", "at_least", "at_most", "vague")


@FAST
@given(TEXT, DATES)
def test_public_extraction_is_sorted(text: str, published: dt.date | None) -> None:
    facts = extract_facts(text, published)
    keys = [(f.span_start, f.persons_of) for f in facts]
    assert keys == sorted(keys)


@FAST
@given(st.text(max_size=300), DATES)
def test_parts_never_raise(text: str, published: dt.date | None) -> None:
    for a, b in sentence_spans(text):
        assert 0 <= a < b <= len(text)
        assert text[a:b].strip() == text[a:b]
    find_quantities(text)
    find_dates(text, published)
