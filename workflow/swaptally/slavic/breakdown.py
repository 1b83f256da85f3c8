"""Breakdowns of a group by branch, rank or gender ("серед звільнених 40 бійців ЗСУ, 12
нацгвардійців, 7 моряків і двоє поліцейських"; "среди освобождённых 30 пехотинцев, 11
пограничников и 5 офицеров"): parts of a group counted elsewhere, which the corpus
conventions never require (corpus/README.md: "breakdowns by rank, gender or branch").
A part of another category (civilians among soldiers) is counted, as the conventions
count "270 troops and 120 civilians"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from swaptally.slavic.lexicon import SlavicLexicon
from swaptally.slavic.reading import Sentence

if TYPE_CHECKING:  # (extract imports this module: no cycle at run time)
    from swaptally.slavic.extract import Found

__all__ = ["without_breakdown"]

_LISTED = 3  # figures after "серед"/"среди": a list, not one part ("серед них 95 оборонців")
_BRANCHES = 2  # soldiers among them: the list splits soldiers by branch or rank


def without_breakdown(s: Sentence, found: list[Found], lex: SlavicLexicon) -> list[Found]:
    """The sentence's facts less the parts of a breakdown by branch, rank or gender: three
    figures or more listed after the word "серед"/"среди", two of them soldiers (a list
    of peoples or of soldiers and civilians is no such breakdown). Civilians stay."""
    at = next((t.start for t in s.toks if t.low in lex.grammar["among"]), None)
    if at is None:
        return found
    listed = [f for f in found if f.fields[-1][0] > s.start + at]
    figures = {f.fields[-1] for f in listed}
    soldiers = {f.fields[-1] for f in listed if f.fields[4] == "military"}
    if len(figures) < _LISTED or len(soldiers) < _BRANCHES:
        return found
    return [f for f in found if f.fields[-1][0] <= s.start + at or f.fields[4] == "civilian"]
