"""Sentence splitting with character offsets.

News bodies mix headlines without a full stop, quotes that close after the full stop
(`… over,” he said.`) and abbreviations (U.S., Lt., Col., No., Oct. 7). One regex pass
finds candidate ends; a few cheap checks veto the ones that are not.
"""

from __future__ import annotations

import re

__all__ = ["sentence_spans", "split_sentences"]

# abbreviations after which a full stop ends no sentence (lower case, without the last dot)
_ABBREV_WORDS = (
    "mr mrs ms dr prof lt col gen sgt capt maj cpl pvt adm cmdr gov sen rep rev st jr sr "
    "no nos vs etc approx est dept govt fig vol pp ca inc ltd corp co mt ft "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri "
    "sat sun i.e e.g a.m p.m u.s u.k u.n u.s.a"
)
_ABBREV = frozenset(_ABBREV_WORDS.split())
_LONGEST_ABBREV = 1 + max(map(len, _ABBREV))  # a word of this many letters is none
# a line break, or end punctuation with any closing quotes/brackets, then space and a
# character that can start a sentence (not lower case, not continuing punctuation)
_END_RE = re.compile(  # a character set first: re's scan skips to the next candidate in C
    r"[\n.!?\u2026](?:(?<=\n)|(?:(?<=[.!?])[.!?]*|(?<=\u2026)(?!\s*\d))"
    r"[.!?\u2026]*[\"\u201d\u2019')\]]*(?=\s+(?![a-z,;:])\S|\s*$))"
)  # an ellipsis before a figure ("today… 213 soldiers") continues the sentence
_INITIALS_RE = re.compile(r"(?:\b[A-Z]\.)+[A-Z]?$")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at `dot` ends an abbreviation or an initial, not a sentence."""
    lo = dot - 12 if dot > 12 else 0  # not max(0, …), which costs ten times more
    space, newline = text.rfind(" ", lo, dot), text.rfind("\n", lo, dot)
    cut = space if space > newline else newline
    word = text[(cut if cut > lo - 1 else lo - 1) + 1 : dot]
    word = word.lstrip("(\"'“‘")
    if not word:
        return False
    if word.lower() in _ABBREV or (len(word) == 1 and word.isupper()):
        return True
    return "." in word and bool(_INITIALS_RE.search(text, lo, dot + 1))  # "U.S." , "J.R."


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    punct = m.group()
    if punct == "\n" or punct[0] != "." or len(punct.rstrip("\"\u201d\u2019')]")) != 1:
        return True
    start = m.start()
    if not (start and text[start - 1].isalpha()):
        return True
    if start >= _LONGEST_ABBREV and text[start - _LONGEST_ABBREV : start].isalpha():
        return True  # most sentences end on a word longer than any abbreviation
    return not _is_abbreviation(text, start)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed, in order; never empty spans."""
    ends = [m.end() for m in _END_RE.finditer(text) if _is_boundary(text, m)]
    ends.append(len(text))
    spans: list[tuple[int, int]] = []
    start = 0
    for end in ends:
        seg = text[start:end]
        body = seg.strip()
        if body:
            lead = start + len(seg) - len(seg.lstrip())
            spans.append((lead, lead + len(body)))
        start = end
    return spans


def split_sentences(text: str) -> list[str]:
    """The sentences of `text` as strings."""
    return [text[s:e] for s, e in sentence_spans(text)]
