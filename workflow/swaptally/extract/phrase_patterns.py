"""Phrases → regexes: a lexicon's word lists compiled into alternations that are fast in
Python's re (factored as a trie, a lookahead on first characters, lower-cased and ASCII
twins of a pattern)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from swaptally.ascii_twin import ascii_twin

__all__ = [
    "alternation", "ascii_twin", "first_chars", "lowered", "needles", "trie_of", "trie_re",
    "words_re", "words_source",
]  # fmt: skip


def alternation(phrases: Iterable[str]) -> str:
    """Phrases → one regex alternation, factored as a trie (re tries alternatives one by one)."""
    return trie_re(trie_of(phrases))


def lowered(rx: re.Pattern[str]) -> re.Pattern[str]:
    """A case-insensitive pattern rewritten for lower-cased text, without IGNORECASE (which
    makes Python's re much slower). Escapes such as \\S keep their case."""
    pattern = re.sub(r"(\\.)|([A-Z])", lambda m: m.group(1) or m.group(2).lower(), rx.pattern)
    return re.compile(pattern, rx.flags & ~re.IGNORECASE)


def trie_of(phrases: Iterable[str]) -> dict:
    trie: dict = {}
    for p in set(phrases):
        node = trie
        for tok in _tokens(p):
            node = node.setdefault(tok, {})
        node[""] = {}
    return trie


def _tokens(phrase: str) -> list[str]:
    """A phrase as regex tokens: one per character, a space/'~'/'*' as its own piece."""
    star = phrase.endswith("*")
    core = phrase[:-1] if star else phrase
    out: list[str] = []
    for i, word in enumerate(core.split()):
        if i:
            out.append(r"\s+")
        if word == "~":
            out.append(r"[\w'’-]+")
            continue
        out.extend("['’]" if c in "'’" else re.escape(c) for c in word)
    if star:
        out.append(r"[\w-]*")
    return out


def trie_re(node: dict) -> str:
    ends = "" in node
    branches = [tok + trie_re(child) for tok, child in sorted(node.items()) if tok]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # longer matches first: the empty ending is tried last, as an optional group
    return f"(?:{body})?" if ends else body


# the most substrings a gate tests before it costs more than the search it saves
_MOST_NEEDLES = 10


def needles(phrases: Iterable[str]) -> tuple[str, ...] | None:
    """Lower-case substrings one of which every match of words_re(`phrases`) holds: each
    phrase's longest literal piece (no '~' word, no '*', split at apostrophes, which match
    either form), less any piece that holds a shorter one. A substring test in C costs a
    few instructions a character, a regex search ten to fifty times that: with none of
    them in a text, the search is skipped. None when a phrase has no literal piece or when
    there are more than _MOST_NEEDLES of them."""
    pieces = set()
    for phrase in phrases:
        core = phrase.lower().removesuffix("*")
        parts = [p for w in core.split() if w != "~" for p in re.split("['’]", w) if p]
        if not parts:
            return None  # '~' alone matches any word: no substring is sure
        pieces.add(max(parts, key=len))
    kept: list[str] = []
    for piece in sorted(pieces, key=lambda p: (len(p), p)):
        if not any(k in piece for k in kept):
            kept.append(piece)
    return tuple(kept) if 0 < len(kept) <= _MOST_NEEDLES else None


def first_chars(phrases: Iterable[str], fold: bool) -> str:
    """A lookahead on the first characters of `phrases`: big alternations fail fast."""
    chars = {p[0] for p in phrases if p}
    if fold:
        chars |= {c.swapcase() for c in chars}
    if not chars or "~" in chars or "'" in chars:
        return ""
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"


def words_re(phrases: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(*words_source(phrases, flags))


def words_source(phrases: Iterable[str], flags: int = re.IGNORECASE) -> tuple[str, int]:
    """(pattern, flags) that words_re compiles: a form of it (its ASCII twin) can then be
    compiled without compiling the pattern itself."""
    phrases = list(phrases)
    firsts = {p[0] for p in phrases if p}
    # few first characters, or few lower-case ones (names: capitals are rare in text)
    few = len(firsts) <= _FEW or sum(map(str.islower, firsts)) <= _FEW
    if not flags & re.IGNORECASE and firsts and few and all(map(str.isalnum, firsts)):
        return _first_char_source(phrases), 0
    alt = alternation(phrases) or r"(?!x)x"
    head = first_chars(phrases, bool(flags & re.IGNORECASE))
    # before a word character, '\b' means what '(?<![\w])' does, and re tests it faster
    start = r"\b" if head and _WORD_HEAD_RE.fullmatch(head) else r"(?<![\w])"
    return rf"{start}{head}(?:{alt})(?![\w])", flags


_WORD_HEAD_RE = re.compile(r"\(\?=\[\w+\]\)")  # a head of word characters only


_FEW = 7  # first characters (of case-sensitive phrases) few enough for _first_char_source


def _first_char_source(phrases: list[str]) -> str:
    """words_re's pattern for phrases that start with few distinct characters: each branch
    opens with its first character, so that re skips to the next position holding one in C
    (most text holds none of them); the look-behind after it tests that a word starts
    there."""
    trie = trie_of(phrases)
    branches = [c + r"(?<!\w.)" + trie_re(rest) for c, rest in sorted(trie.items())]
    return "(?:" + "|".join(branches) + r")(?![\w])"
