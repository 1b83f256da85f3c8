"""Phrases → regexes: a lexicon's word lists compiled into alternations that are fast in
Python's re (factored as a trie, a lookahead on first characters, lower-cased and ASCII
twins of a pattern)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from swaptally.ascii_twin import ascii_twin

__all__ = ["alternation", "ascii_twin", "first_chars", "lowered", "trie_of", "trie_re", "words_re"]


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


def first_chars(phrases: Iterable[str], fold: bool) -> str:
    """A lookahead on the first characters of `phrases`: big alternations fail fast."""
    chars = {p[0] for p in phrases if p}
    if fold:
        chars |= {c.swapcase() for c in chars}
    if not chars or "~" in chars or "'" in chars:
        return ""
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"


def words_re(phrases: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    phrases = list(phrases)
    firsts = {p[0] for p in phrases if p}
    # few first characters, or few lower-case ones (names: capitals are rare in text)
    few = len(firsts) <= _FEW or sum(map(str.islower, firsts)) <= _FEW
    if not flags & re.IGNORECASE and firsts and few and all(map(str.isalnum, firsts)):
        return _first_char_re(phrases)
    alt = alternation(phrases) or r"(?!x)x"
    head = first_chars(phrases, bool(flags & re.IGNORECASE))
    # before a word character, '\b' means what '(?<![\w])' does, and re tests it faster
    start = r"\b" if head and _WORD_HEAD_RE.fullmatch(head) else r"(?<![\w])"
    return re.compile(rf"{start}{head}(?:{alt})(?![\w])", flags)


_WORD_HEAD_RE = re.compile(r"\(\?=\[\w+\]\)")  # a head of word characters only


_FEW = 7  # first characters (of case-sensitive phrases) few enough for _first_char_re


def _first_char_re(phrases: list[str]) -> re.Pattern[str]:
    """words_re for phrases that start with few distinct characters: each branch opens with
    its first character, so that re skips to the next position holding one in C (most text
    holds none of them); the look-behind after it tests that a word starts there."""
    trie = trie_of(phrases)
    branches = [c + r"(?<!\w.)" + trie_re(rest) for c, rest in sorted(trie.items())]
    return re.compile("(?:" + "|".join(branches) + r")(?![\w])")
