"""No input string makes extraction raise (hypothesis over arbitrary Unicode)."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from swaptally.dates import find_dates
from swaptally.extract import _extract, extract_facts, load_lexicon
from swaptally.numbers import find_quantities, parse_number
from swaptally.sentences import sentence_spans

LEX = load_lexicon()
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
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


# ---------------------------------------------------------------- spans, numbers, dates

_FIGURE_WORD_RE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|dozens?|"
    r"scores|tens)\b",
    re.IGNORECASE,
)
FIGURES = st.one_of(
    st.integers(1, 99_999).map(str),
    st.integers(1_000, 999_999).map(lambda n: f"{n:,}"),
    st.sampled_from(
        [
            "dozens of",
            "hundreds of",
            "thousands of",
            "three hundred",
            "forty-two",
            "about 300",
            "more than 50",
            "up to 200",
            "between 8,000 and 10,000",
            "8,000 to 10,000",
            "nearly 90",
        ]
    ),
)
SENTENCES = st.builds(
    "{} {} {} {} {}.".format,
    st.sampled_from(["Russia and Ukraine each", "Kyiv", "Moscow", "Israel", "Hamas", "They"]),
    st.sampled_from(["exchanged", "returned", "freed", "received", "holds", "handed over"]),
    FIGURES,
    st.sampled_from(["prisoners", "Ukrainian soldiers", "civilians", "hostages", "people"]),
    st.sampled_from(["on Friday", "in a swap", "held by Russia", "over three days", ""]),
)
FACT_TEXT = st.one_of(TEXT, st.lists(SENTENCES, min_size=1, max_size=6).map(" ".join))


@FAST
@given(FACT_TEXT, DATES)
def test_a_fact_span_is_its_figure(text: str, published: dt.date | None) -> None:
    spans = sentence_spans(text)
    for f in _extract(text, published, LEX):
        span = text[f.span_start : f.span_end]
        assert span.strip(), f
        assert _FIGURE_WORD_RE.search(span), (span, f)
        alone = {(q.low, q.high) for q in find_quantities(span)}
        if (f.low, f.high) in alone:
            continue
        # The weaker form. A figure can need the words around it to be read as a count:
        # numbers.py drops a lone "2093" as a year unless the words after it ("2093
        # prisoners") say it counts something, and those words lie outside the span. So
        # the span must be the figure that find_quantities reads at that very place in
        # its sentence, with the fact's (low, high).
        a, _ = spans[f.sentence_no]
        sentence = text[a : spans[f.sentence_no][1]]
        in_place = {(q.start + a, q.end + a, q.low, q.high) for q in find_quantities(sentence)}
        assert (f.span_start, f.span_end, f.low, f.high) in in_place, (span, f)


@FAST
@given(st.integers(0, 10**9 - 1))
def test_parse_number_reads_plain_and_grouped_digits(n: int) -> None:
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n


@FAST
@given(st.dates(dt.date(1950, 1, 1), dt.date(2100, 12, 31)), st.sampled_from(WEEKDAY_NAMES))
def test_a_weekday_resolves_within_the_week_before_publication(
    published: dt.date, weekday: str
) -> None:
    days = [d for d in find_dates(f"It happened on {weekday}.", published) if d.past]
    assert len(days) == 1
    (d,) = days
    assert published - dt.timedelta(days=6) <= d.past <= published
    assert d.past.strftime("%A") == weekday
