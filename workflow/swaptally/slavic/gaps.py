"""Figures a clause leaves half told: a figure whose noun and verb are left out after a
dash (the sides its own clause tells), read per figure in extract._sentence_facts."""

from __future__ import annotations

from swaptally.slavic.clue import Pair, Sides
from swaptally.slavic.lexicon import SlavicLexicon
from swaptally.slavic.phrases import has_phrase
from swaptally.slavic.reading import Sentence

__all__ = ["elided_sides"]


def elided_sides(
    s: Sentence, gap: range | None, before: Pair | None, lex: SlavicLexicon
) -> Sides | None:
    """Sides of a figure whose noun and verb are left out after a dash, from the figure
    before in the sentence and what its own clause names: "в обратном направлении — трое"
    (the other way), a party that held the people before ("…, а Ереван на втором — девять":
    it got its own), "ещё" ("…, другого — ще 85": more of the same). A clause that names
    only a time ("…, а летом — больше 65") does not tell whose they are."""
    if gap is None or before is None:
        return None
    persons, holder = before
    named = [a.code for a in s.actors if a.party and a.at in gap]
    if has_phrase(s.toks, gap.start, gap.stop, lex.phrases["reverse"]) or holder in named:
        return None if holder is None else [(holder, persons)]
    more = lex.grammar.get("more") or frozenset()
    same = persons in named or any(t.low in more for t in s.toks[gap.start : gap.stop])
    return [before] if same else None
