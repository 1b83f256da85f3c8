"""Figures a clause leaves half told: the parts of a list after "среди", "серед" (a
breakdown, not counts) and a figure whose noun and verb are left out after a dash (the
sides its own clause tells). Both are read per figure in extract._sentence_facts."""

from __future__ import annotations

from swaptally.slavic.groups import Group
from swaptally.slavic.lexicon import SlavicLexicon
from swaptally.slavic.morph import Token
from swaptally.slavic.numbers import Figure
from swaptally.slavic.phrases import has_phrase
from swaptally.slavic.reading import Sentence

__all__ = ["ELIDED", "breakdown_item", "elided_sides"]

ELIDED = "+elided"  # figure_group's mark of a figure whose noun and verb are left out


def elided_sides(
    s: Sentence, gap: range | None, before: tuple[str, str | None] | None, lex: SlavicLexicon
) -> list[tuple[str, str | None]] | None:
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


_BREAKDOWN_ITEMS = 3  # figures listed after "среди", "серед" that make a list of parts


def breakdown_item(s: Sentence, fig: Figure, group: Group, lex: SlavicLexicon) -> bool:
    """A figure of a list of three or more parts after "среди", "серед" ("серед них 40
    артилеристів, 25 зв'язківців і 9 медиків"; "среди вернувшихся 12 офицеров, 30 сержантов
    и 50 рядовых"): a breakdown of the people told before by branch, rank or gender, no
    count of its own (corpus README: optional). Civilians are another kind of captive, and
    a people named is another side: those count."""
    if group.nationality or group.category == "civilian":
        return False
    opener = next((k for k in range(fig.first) if s.toks[k].low in lex.grammar["among"]), None)
    if opener is None:
        return False
    items = [f for f in s.figs if _listed_after(s.toks, opener, f.first, lex)]
    return fig in items and len(items) >= _BREAKDOWN_ITEMS


def _listed_after(toks: list[Token], opener: int, at: int, lex: SlavicLexicon) -> bool:
    """The figure at `at` is an item of the list "среди" opens: after it, not the whole it
    governs ("Среди 64 пленных трое лётчиков": 64 is the whole), and no finite verb between
    ("…, среди них трое раненых, улетели в Анкару, пятеро — в Баку": a clause of its own)
    but in an item's relative clause ("40 связистов, которые служили под Херсоном, 25 …")."""
    if at <= opener + 1:
        return False
    for t in toks[opener + 1 : at]:
        if t.a.lemmas & lex.relative:
            return True  # (a list whose items take relative clauses: the first one decides)
        if "VERB" in t.a.pos and not t.a.infinitive:
            return False
    return True
