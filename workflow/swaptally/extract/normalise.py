"""Text normalised for the lexicon's words: straight apostrophes, and the key a name is
looked up by (`norm`).
"""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")


def norm(s: str) -> str:
    return " ".join(s.replace("’", "'").split()).lower()


# typographic apostrophes (right and left single quotes, the modifier letter of Ukrainian
# spelling), read as the straight one that the lexicon and the stages' patterns are
# written with: "didn’t take place" is "didn't take place"
_APOSTROPHES = ("\u2019", "\u2018", "\u02bc")


def straight_apostrophes(text: str) -> str:
    """`text` with every typographic apostrophe straight: one character for one, so that
    offsets hold (`text` itself, unchanged, when it has none: most texts)."""
    for c in _APOSTROPHES:
        if c in text:
            text = text.replace(c, "'")
    return text


def straight_data(value: T) -> T:
    """Lexicon data with straight apostrophes in every string (a user's file may be typed
    with curly ones), so that its words are found in texts read with straight ones."""
    if isinstance(value, str):
        return straight_apostrophes(value)  # type: ignore[return-value]
    if isinstance(value, dict):
        return {  # type: ignore[return-value]
            straight_apostrophes(k) if isinstance(k, str) else k: straight_data(v)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [straight_data(v) for v in value]  # type: ignore[return-value]
    return value
