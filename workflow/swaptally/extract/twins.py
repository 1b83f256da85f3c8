"""ASCII twins: the lexicon's patterns compiled for plain text, where they match as the
Unicode ones do and Python's re runs them faster.

Python's re tests \\w, \\b, \\d and \\s, and folds case under IGNORECASE, by asking the
Unicode database for every character it looks at; with re.ASCII it reads a table. On a
text whose characters are ASCII, or non-ASCII ones that are no word character, digit or
space and have no case (typographic quotes and dashes, the ellipsis, currency signs: most
English news), the two modes match alike. Such a text is read with a twin of the lexicon
whose patterns are compiled with re.ASCII (one pass over the English dev texts: 0.97 the
instructions). A control character \\x1c-\\x1f, a space to Unicode's \\s and not to
ASCII's, keeps a text on the Unicode patterns.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from functools import lru_cache
from typing import Any, TypeVar

from .lexicon import LazyPatterns, Lexicon, lazy_patterns
from .phrase_patterns import ascii_twin

__all__ = ["ascii_lexicon", "is_twin", "plain_text", "unicode_only_space"]

T = TypeVar("T")

_ASCII_BYTES = bytes(range(128))


@lru_cache(maxsize=4096)
def _neutral(c: str) -> bool:
    """No word character (\\w, so no \\d), no space (\\s) and no case: the same to re in
    Unicode and ASCII modes, with and without IGNORECASE."""
    return not (c.isalnum() or c.isspace() or c == "_") and c.lower() == c == c.upper()


def plain_text(text: str) -> bool:
    """Whether the ASCII twins of patterns match in `text` (and in any part of it, lower-
    cased or not) as the patterns themselves do."""
    if unicode_only_space(text):
        return False
    if text.isascii():
        return True
    # its non-ASCII characters: the UTF-8 bytes left once the ASCII ones are deleted
    # (a scan in C at a few instructions a character; a regex class costs ten times that)
    others = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    return all(map(_neutral, set(others.decode("utf-8", "surrogatepass"))))


def unicode_only_space(text: str) -> bool:
    """A control character \\x1c-\\x1f: a space to Unicode's \\s, not to ASCII's."""
    return "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text


def ascii_lexicon(lex: Lexicon) -> Lexicon:
    """The twin of `lex` for plain text, built once and kept with it."""
    if isinstance(lex, _AsciiLexicon):
        return lex
    return lex.stage_patterns("ascii_twin", _AsciiLexicon.of)


def is_twin(lex: Lexicon) -> bool:
    """Whether `lex` is a twin: the text it reads is plain (for a stage's own patterns)."""
    return isinstance(lex, _AsciiLexicon)


class _AsciiLexicon(Lexicon):
    """A lexicon whose patterns, and the stages' patterns built from it, are ASCII twins.
    Its data and memos of lookups (codes, roles, categories) are the original's; each
    pattern is compiled on first use (most texts need few of them)."""

    _source: Lexicon  # the lexicon it twins

    @staticmethod
    def of(lex: Lexicon) -> _AsciiLexicon:
        twin = copy.copy(lex)
        twin.__class__ = _AsciiLexicon
        for name, value in vars(lex).items():
            if isinstance(value, re.Pattern):
                delattr(twin, name)  # compiled by _Twinned when first read
                if name not in vars(_AsciiLexicon):
                    setattr(_AsciiLexicon, name, _Twinned(name))
            elif isinstance(value, LazyPatterns) or (
                isinstance(value, dict) and any(isinstance(v, re.Pattern) for v in value.values())
            ):  # (a LazyPatterns' values are compiled as they are asked for: not here)
                setattr(twin, name, _TwinDict(value))
        for name in lazy_patterns(Lexicon):  # compiled on first use: twinned when read
            twin.__dict__.pop(name, None)
            if name not in vars(_AsciiLexicon):
                setattr(_AsciiLexicon, name, _Twinned(name))
        twin._stage = {}
        twin._wild = [(ascii_twin(rx), cat) for rx, cat in lex._wild]
        twin._source = lex
        return twin

    def stage_patterns(self, stage: str, build: Any) -> Any:
        got = self._stage.get(stage)
        if got is None:
            got = self._stage[stage] = _twinned(build(self))
        return got


class _Twinned:
    """A pattern attribute of the twin: the original's twin, compiled on first read and
    then kept in the instance, which shadows this (non-data) descriptor from then on."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        twin = obj.__dict__[self.name] = ascii_twin(getattr(obj._source, self.name))
        return twin


class _TwinDict(dict):
    """Patterns by name, each twinned from the original's on first use."""

    def __init__(self, source: dict[str, re.Pattern[str]]) -> None:
        super().__init__()
        self.source = source

    def __missing__(self, key: str) -> re.Pattern[str]:
        source = self.source
        if isinstance(source, LazyPatterns):  # from its source: the original not compiled
            twin = self[key] = source.twin(key)
        else:
            twin = self[key] = ascii_twin(source[key])
        return twin


def _twinned(value: T) -> T:
    """A stage's patterns (a pattern, or a dataclass of patterns and other values) as ASCII
    twins."""
    if isinstance(value, re.Pattern):
        return ascii_twin(value)  # type: ignore[return-value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: ascii_twin(v)
            for f in dataclasses.fields(value)
            if f.init and isinstance(v := getattr(value, f.name), re.Pattern)
        }
        return dataclasses.replace(value, **changes)  # type: ignore[type-var]
    return value
