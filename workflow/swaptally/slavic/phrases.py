"""Word sequences of the lexicon (surface phrases: "в обмен на", "среди них") found in a
sentence's tokens, indexed by their first word so most tokens cost one dict look-up."""

from __future__ import annotations

from swaptally.slavic.morph import Token

__all__ = ["find_phrase", "has_phrase"]

_PHRASE_INDEX: dict[int, tuple[tuple, dict[str, list[tuple[str, ...]]]]] = {}


def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases indexed by their first word (built once per phrase list)."""
    got = _PHRASE_INDEX.get(id(phrases))
    if got is None or got[0] is not phrases:
        index: dict[str, list[tuple[str, ...]]] = {}
        for words in phrases:
            index.setdefault(words[0], []).append(words)
        got = _PHRASE_INDEX[id(phrases)] = (phrases, index)
    return got[1]


def has_phrase(toks: list[Token], lo: int, hi: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """True when one of `phrases` (surface word sequences) lies within tokens lo..hi."""
    return find_phrase(toks, lo, hi, phrases) is not None


def find_phrase(
    toks: list[Token], lo: int, hi: int, phrases: tuple[tuple[str, ...], ...]
) -> tuple[int, int] | None:
    """(first token, token after the last) of the first of `phrases` within tokens lo..hi."""
    get = _by_first_word(phrases).get
    for k in range(lo, hi):
        starts = get(toks[k].low)
        if starts is None:
            continue  # most words start no phrase: no loop set up for them
        for words in starts:
            n = len(words)
            if k + n <= hi and all(toks[k + m].low == words[m] for m in range(1, n)):
                return k, k + n
    return None
