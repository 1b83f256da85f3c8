"""Sentence splitting: quotes, headlines, abbreviations, offsets."""

from __future__ import annotations

from swaptally.sentences import sentence_spans, split_sentences


def test_plain_sentences() -> None:
    assert split_sentences("One went home. Two stayed! Did three? Yes.") == [
        "One went home.",
        "Two stayed!",
        "Did three?",
        "Yes.",
    ]


def test_headline_without_full_stop() -> None:
    text = "Forty sailors freed in port swap\nThe sailors landed on Monday."
    assert split_sentences(text) == [
        "Forty sailors freed in port swap",
        "The sailors landed on Monday.",
    ]


def test_quote_closing_after_the_full_stop() -> None:
    text = "“Twelve came back. Six are ill,” the mayor said. Talks go on."
    assert split_sentences(text) == [
        "“Twelve came back.",
        "Six are ill,” the mayor said.",
        "Talks go on.",
    ]


def test_abbreviations_do_not_split() -> None:
    text = (
        "U.S. envoy Lt. Col. Reyes met No. 2 aide Dr. Ito on Feb. 3 at 5 p.m. in St. Paul. "
        "Then he left."
    )
    assert split_sentences(text) == [text[: text.index(" Then")], "Then he left."]


def test_initials_do_not_split() -> None:
    assert split_sentences("J. R. Okafor said so. Fine.") == ["J. R. Okafor said so.", "Fine."]


def test_lowercase_after_a_stop_continues() -> None:
    assert split_sentences("About 40 approx. were counted.") == ["About 40 approx. were counted."]


def test_offsets_are_exact_and_trimmed() -> None:
    text = "  First one.   Second one.\n\n Third  "
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == ["First one.", "Second one.", "Third"]


def test_empty_and_blank() -> None:
    assert sentence_spans("") == []
    assert sentence_spans(" \n\t ") == []
