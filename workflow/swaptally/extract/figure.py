"""A figure: a number that counts people, with what its noun phrase says (stage 1's output,
made in mentions.py and read by every stage after it)."""

from __future__ import annotations

from dataclasses import dataclass

from swaptally.numbers import Quantity

from .fact import Mention

__all__ = ["UNKNOWN", "Figure"]

UNKNOWN = "?"  # the code of a nationality the lexicon does not know


@dataclass(slots=True)  # never changed once its sentence is built; not frozen: faster
class Figure:
    """A number that counts people, with what its noun phrase says."""

    q: Quantity
    np_end: int  # end of the noun phrase (the number's end when there is none)
    category: str
    codes: tuple[str, ...]  # actors named in the noun phrase ("Ukrainian")
    possessive: str | None  # "their", "its", "our" before the noun
    two_sided: bool  # "each", "on both sides", "N-for-N"
    label: bool  # "1,000-for-1,000"
    mention: Mention | None
    follows: int | None = None  # index of the figure it is a breakdown of ("including 6")
    stock: bool = False  # "N of the M hostages": M is a stock
    clause: tuple[int, int] = (0, 0)  # the clause around it
    by_gender_or_age: bool = False  # its noun is "women", "minors", "children" …
    needs_context: bool = False  # its noun says no captivity ("300 people", "12 doctors")
