"""Who said it."""

from __future__ import annotations

from swaptally.extract.speakers import quote_speakers, said_by


def said(text: str) -> str | None:
    return said_by(text, text.lower())


def test_according_to_and_said() -> None:
    assert said("According to the Red Cross, 40 detainees went home.") == "the Red Cross"
    assert (
        said("Kenya's foreign ministry said 12 sailors were freed.") == "Kenya's foreign ministry"
    )
    assert said("Twelve sailors were freed on Monday.") is None


def test_quote_spanning_sentences_takes_the_speaker_after_it() -> None:
    sents = ["“We brought 30 home.", "More will follow,” the mayor said.", "Rain fell."]
    assert quote_speakers(sents) == {0: "the mayor", 1: "the mayor"}
