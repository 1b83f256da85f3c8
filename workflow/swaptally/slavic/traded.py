"""Releases that are a swap's half by who freed whom: the people of the state an armed group
fights, freed by that group (extract_slavic runs it after the releases told as halves of a
swap in the text, extract._mirrored)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from swaptally.slavic.lexicon import SlavicLexicon
from swaptally.slavic.reading import Sentence

if TYPE_CHECKING:  # (extract imports this module: the type only for hints)
    from swaptally.slavic.extract import Found

__all__ = ["swap_half", "traded_back"]

_TRADED = "+traded_back"  # shown by `explain` only; no code reads it back


def traded_back(
    found: list[tuple[Sentence, Found]], lex: SlavicLexicon
) -> list[tuple[Sentence, Found]]:
    """Releases of the people of the state an armed group fights, held by that group (the
    lexicon's opponent: "ХАМАС отпустил шестерых израильтян"), unless said to be one-sided
    ("помимо обмена", a pardon, goodwill): such a group gives its enemy's people
    back only in a trade, and the corpus counts them as a swap's half, though the text
    names no swap. Not people of other states it frees ("граждан Таиланда")."""
    out = []
    for s, f in found:
        persons, holder = f.sides
        enemy = lex.opponents.get(holder or "")
        if f.fields[0] == "release" and not f.one_sided and enemy is not None and persons == enemy:
            f = swap_half(s, f, _TRADED)
        out.append((s, f))
    return out


def swap_half(s: Sentence, f: Found, tag: str) -> Found:
    """`f`, a release, now a swap's half (an exchange; `tag` added to its rule, for
    `explain`). A reported one its sentence leaves undated takes the swap's day ("В
    понедельник ХАМАС освободил 20 заложников. В ответ Израиль освободил …"), unless it
    recalls an earlier event or is of many nationalities (a mixed group is no one side's
    half)."""
    undated = f.date is None and f.fields[1] == "reported" and f.fields[8] is None
    return replace(
        f, fields=("exchange", *f.fields[1:]), rule=f.rule + tag,
        undated_swap=undated and not s.earlier and f.sides[0] != "XX",
    )  # fmt: skip
