"""ASCII twins (extract/twins.py): which texts are plain, and that the twin lexicon finds
what the lexicon finds there."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from swaptally.extract import _extract, extract_facts, load_lexicon
from swaptally.extract.frame_patterns import frame_patterns
from swaptally.extract.kind_patterns import kind_patterns
from swaptally.extract.twins import ascii_lexicon, plain_text
from swaptally.numbers import find_quantities

LEX = load_lexicon()
TWIN = ascii_lexicon(LEX)
DAY = dt.date(2025, 3, 14)

# written for these tests: typographic quotes, dashes and an ellipsis, no other non-ASCII
PLAIN_TEXTS = [
    "Armenia and Azerbaijan swapped 12 detainees each on Tuesday \u2014 the first such swap "
    "in a year. \u201cWe brought home all 12,\u201d an official said.",
    "The rebels\u2019 commander said 40 soldiers were still held\u2026 Another 15 civilians "
    "were freed on Monday \u2013 and 3 foreigners were handed to the Red Cross.",
    "Israel released 90 Palestinian prisoners in exchange for three hostages, "
    "the army said on Sunday.",
]


def test_plain_texts_are_ascii_or_have_only_caseless_punctuation_beyond_it() -> None:
    assert plain_text("Kyiv said 50 POWs came home.")
    assert plain_text("\u201cFifty,\u201d he said \u2014 \u2018all\u2019 of them\u2026 \u20ac5")
    assert plain_text("")


def test_letters_digits_spaces_and_cased_signs_beyond_ascii_are_not_plain() -> None:
    assert not plain_text("talks in T\u00fcrkiye on Friday")  # a letter: \w in Unicode only
    assert not plain_text("\u0663 prisoners")  # an Arabic-Indic digit: \d in Unicode only
    assert not plain_text("50\u00a0prisoners")  # a no-break space: \s in Unicode only
    assert not plain_text("50\x1cprisoners")  # \s in Unicode only, and ASCII
    assert not plain_text("\u24b6 list")  # a circled letter: no \w, but it has a case
    assert not plain_text("\u043f\u043b\u0435\u043d\u043d\u044b\u0435")


def test_twin_is_built_once_and_its_patterns_are_ascii_twins() -> None:
    assert ascii_lexicon(LEX) is TWIN and ascii_lexicon(TWIN) is TWIN
    for name, rx in vars(LEX).items():
        if isinstance(rx, re.Pattern):
            twin = getattr(TWIN, name)
            assert twin.pattern == rx.pattern and twin.flags & re.ASCII
    assert TWIN.cue["release"].pattern == LEX.cue["release"].pattern
    assert TWIN.cue["release"].flags & re.ASCII and not LEX.cue["release"].flags & re.ASCII
    for stage in (frame_patterns, kind_patterns):
        for f in dataclasses.fields(stage(TWIN)):
            value = getattr(stage(TWIN), f.name)
            assert not isinstance(value, re.Pattern) or value.flags & re.ASCII
    assert TWIN.data is LEX.data  # the same vocabulary


def test_twin_finds_the_same_facts_as_the_lexicon() -> None:
    for text in PLAIN_TEXTS:
        assert plain_text(text)
        found = _extract(text, DAY, LEX)
        assert found, text
        assert _extract(text, DAY, TWIN) == found
        assert extract_facts(text, DAY, LEX) == found  # which the public function uses


def test_text_beyond_plain_keeps_the_unicode_patterns() -> None:
    # '\u00e9' is a word character only to Unicode's \w: "Orl\u00e9ans" is one word there
    text = "Police in Orl\u00e9ans detained 14 men after the march."
    assert not plain_text(text)
    assert extract_facts(text, DAY, LEX) == _extract(text, DAY, LEX)


_WORDS = (
    "Russia Ukraine Hamas Israel Kyiv Armenia each both sides exchanged released freed held "
    "handed over 1,000 307 12 between and to more than about thousands of prisoners POWs "
    "civilians soldiers hostages on Friday May 23 said were returned from captivity three "
    "hundred dozen 1000-for-1000 its their the in a swap deal"
)
WORDS = st.sampled_from(_WORDS.split())
GLUE = st.sampled_from([" ", ", ", ". ", " \u2014 ", " \u201c", "\u201d ", "\u2019s ", "\u2026 "])
PLAIN = st.lists(st.tuples(WORDS, GLUE), max_size=60).map(lambda ws: "".join(a + b for a, b in ws))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PLAIN)
def test_twin_matches_the_lexicon_on_any_plain_text(text: str) -> None:
    assert plain_text(text)
    assert _extract(text, DAY, TWIN) == _extract(text, DAY, LEX)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PLAIN)
def test_figures_of_plain_text_are_found_alike_by_the_ascii_scans(text: str) -> None:
    assert find_quantities(text, plain=True) == find_quantities(text)


def test_figures_in_words_are_read_by_either_scan() -> None:
    assert [q.value for q in find_quantities("about ten prisoners, 20 more", plain=True)] == [
        10,
        20,
    ]
    assert [q.value for q in find_quantities("8 t\u00e9n 9")] == [8, 9]  # no "ten" in it
