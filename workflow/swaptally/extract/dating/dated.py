"""What dating decides for a figure: a day or a period, and the source that gave it."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from ..fact import DateSource
from ..lexicon import Lexicon


@dataclass(slots=True, unsafe_hash=True)  # a value, never changed (see fact.Provenance)
class When:
    date: datetime.date | None
    period_start: datetime.date | None
    period_end: datetime.date | None
    source: DateSource


def day_counts(lex: Lexicon) -> dict[str, int]:
    """dating.yaml's day_counts: count word (lower-cased) → days ('two' → 2)."""
    return {str(w).lower(): int(n) for w, n in (lex.data.get("day_counts") or {}).items()}


def days_in(word: str, counts: dict[str, int]) -> int | None:
    """The days a count says: a digit as itself, a word by `counts` ('two days')."""
    word = word.lower()
    return int(word) if word.isdigit() else counts.get(word)
