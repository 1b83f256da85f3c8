"""Cue gates (phrase_patterns.needles): the substrings one of which every match of a cue
holds, tested before its regex; a gate may skip a search only where it finds nothing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from swaptally.extract import load_lexicon
from swaptally.extract.phrase_patterns import needles, words_re
from swaptally.extract.sentence import any_in

LEX = load_lexicon()

# written for these tests
SENTENCES = [
    "kyiv and moscow swapped 95 prisoners each on friday, the first trade in weeks.",
    "the town changed hands twice; in return the army freed 12 men held since may.",
    "officials said 40 detainees were exchanged for the bodies of 20 soldiers.",
    "the list names 300 civilians still held in prisons, according to estimates.",
    "no deal was agreed at the talks, and a planned exchange was called off.",
]


def test_each_phrase_gives_its_longest_literal_piece() -> None:
    assert needles(["exchang*", "swap", "in return"]) == ("swap", "return", "exchang")
    assert needles(["prisoner swap"]) == ("prisoner",)


def test_a_piece_that_holds_a_shorter_one_is_left_out() -> None:
    assert needles(["swap", "swapped", "swaps"]) == ("swap",)


def test_apostrophes_split_a_word_since_they_match_either_form() -> None:
    assert needles(["pow's release"]) == ("release",)
    assert needles(["o'clock"]) == ("clock",)


def test_no_gate_for_a_phrase_of_wildcards_alone_or_for_many_pieces() -> None:
    assert needles(["~", "freed"]) is None
    assert needles([c * 3 for c in "abcdefghijklmnop"]) is None


def test_every_match_of_every_cue_holds_one_of_its_needles() -> None:
    for name, found in LEX.cue_needles.items():
        rx = LEX.cue_lower[name]
        for s in SENTENCES:
            for m in rx.finditer(s):
                assert any_in(found, m.group()), (name, m.group())


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(sorted(LEX.cue_needles)),
    st.sampled_from(SENTENCES),
    st.integers(0, 80),
    st.integers(0, 80),
)
def test_a_window_without_needles_has_no_match(name: str, s: str, lo: int, width: int) -> None:
    hi = min(len(s), lo + width)
    if not any_in(LEX.cue_needles[name], s[lo:hi]):
        assert LEX.cue_lower[name].search(s, lo, hi) is None


def test_the_gate_is_built_from_the_same_words_as_the_cue() -> None:
    words = ["held hostage", "kidnapped*", "in custody"]
    rx = words_re([w.lower() for w in words], 0)
    gate = needles(words)
    assert gate is not None
    for text in ("two men kidnapped in may", "in custody since june", "a hostage was held"):
        assert bool(rx.search(text)) <= any_in(gate, text)
