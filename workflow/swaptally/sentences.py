"""Sentence splitting with character offsets.

News bodies mix headlines without a full stop, quotes that close after the full stop
(`… over,” he said.`) and abbreviations (U.S., Lt., Col., No., Oct. 7). One regex pass
finds candidate ends; a few cheap checks veto the ones that are not.
"""

from __future__ import annotations

import re

__all__ = ["sentence_spans", "split_sentences"]

_ABBREV = frozenset(
    (
        "mr mrs ms dr prof lt col gen sgt capt maj cpl pvt adm cmdr gov sen rep rev st jr sr "
        "no nos vs etc approx est dept govt fig vol pp ca inc ltd corp co mt ft "
        "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri "
        "sat sun i.e e.g a.m p.m u.s u.k u.n u.s.a"
    ).split()
)
# a line break, or end punctuation with any closing quotes/brackets, then space and a
# character that can start a sentence (not lower case, not continuing punctuation)
_END_RE = re.compile(
    r"\n|[.!?\u2026]+[\"\u201d\u2019')\]]*(?=\s+(?![a-z,;:])\S|\s*$)"
)
_WORD_BEFORE_RE = re.compile(r"([\w.]+)$")
_INITIALS_RE = re.compile(r"(?:\b[A-Z]\.)+[A-Z]?$")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at `dot` ends an abbreviation or an initial, not a sentence."""
    m = _WORD_BEFORE_RE.search(text, max(0, dot - 12), dot)
    if not m:
        return False
    word = m.group(1)
    if word.lower().rstrip(".") in _ABBREV:
        return True
    return bool(_INITIALS_RE.search(text, max(0, dot - 12), dot + 1)) or (
        len(word) == 1 and word.isupper()
    )


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    punct = m.group()
    if punct == "\n" or punct[0] != "." or len(punct.rstrip("\"\u201d\u2019')]")) != 1:
        return True
    start = m.start()
    return not (start and text[start - 1].isalpha() and _is_abbreviation(text, start))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed, in order; never empty spans."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END_RE.finditer(text):
        if _is_boundary(text, m):
            _add(text, start, m.end(), spans)
            start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    seg = text[start:end]
    body = seg.strip()
    if body:
        lead = len(seg) - len(seg.lstrip())
        spans.append((start + lead, start + lead + len(body)))


def split_sentences(text: str) -> list[str]:
    """The sentences of `text` as strings."""
    return [text[s:e] for s, e in sentence_spans(text)]
