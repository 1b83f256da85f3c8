"""The dead, the hurt and the missing counted beside captives: how far a count of the dead
reaches ('the remains of 300 fighters came back, and 12 more with them'), a list of groups
filed as hurt or dead by one predicate ('three guards and six rebels died'), and where a
casualty word names no casualties but the scene of a capture ('40 people detained during
the protests'). mention_traps.py asks these with its other traps."""

from __future__ import annotations

import re

from swaptally.numbers import Quantity, find_quantities

from .bare_figures import verbs
from .gone import gone_after
from .lexicon import Lexicon
from .mention_takings import STRONG_BREAK_RE
from .sentence import clause_of

__all__ = ["dead_reach", "list_gone", "taken_at_scene"]


def dead_reach(
    lex: Lexicon, text: str, t: str, dead_at: int, q: Quantity, breaks: list[tuple[int, int]]
) -> bool:
    """A count of the dead at `dead_at` reaches the bare figure `q` after it: in the same
    clause or one joined to it by a comma or a conjunction ('handed over the bodies of 1,000
    soldiers, and Kyiv received 19 in return': 19 of the dead too), not past a semicolon, a
    colon, a dash or a bracket ('Ukraine received the bodies of 500 soldiers on Friday; …,
    Russia returned 20' counts the living), nor past a comma or conjunction into a clause
    of captives coming home ('…, while 84 came home from captivity'); and not the object of
    a verb only the living take ('returned the remains of 15 Palestinians and released 30')."""
    own = clause_of(breaks, len(text), q.start, q.num_end)
    if clause_of(breaks, len(text), dead_at, q.start) != own and (
        STRONG_BREAK_RE.search(text, dead_at, q.start) or _living_clause(lex, t, own)
    ):
        return False
    return not verbs(lex).living_before.search(t, max(0, q.start - 40), q.start)


def _living_clause(lex: Lexicon, t: str, clause: tuple[int, int]) -> bool:
    """The figure's own clause tells captives coming home ('…, and on Friday 84 came home
    from Russian captivity'): a homecoming or a word of captivity (lexicon came_home,
    homecoming, captivity_word). `t` lower-cased."""
    lo, hi = clause
    return any(
        lex.cue_lower[name].search(t, lo, hi)
        for name in ("captivity_word", "came_home", "homecoming")
    )


# between two groups of one list: a comma, 'and', or both
_NEXT_CONJUNCT_LRE = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_WORD_LRE = re.compile(r"\s+[\w'’-]+")


def list_gone(lex: Lexicon, t: str, q: Quantity, end: int) -> bool:
    """The group `q` (its noun phrase ending at `end`) opens a list of counted groups
    ('three guards and six rebels', '12 soldiers, 3 medics and 40 civilians') whose
    predicate files them as hurt, dead or missing: each group's predicate. Not a list that
    is a handover's object ('freed 20 soldiers and 12 civilians were wounded' joins two
    clauses). `t` lower-cased."""
    m = _NEXT_CONJUNCT_LRE.match(t, end)
    if m is None or lex.cue_lower["any_moved"].search(t, max(0, q.start - 40), q.start):
        return False
    for _ in range(4):  # lists longer than five groups are not told with one predicate
        qs = find_quantities(t[m.end() : m.end() + 40])
        if not qs or qs[0].start != 0:
            return False
        # the next group's noun phrase: a people noun's, else one word ('six rebels')
        at = m.end() + qs[0].num_end
        np = lex.np_lower_re.match(t, at) or _WORD_LRE.match(t, at)
        if np is None:
            return False
        if gone_after(lex, t, np.end()) or lex.not_captive_after.match(t, np.end()):
            return True
        m = _NEXT_CONJUNCT_LRE.match(t, np.end())
        if m is None:
            return False
    return False


def taken_at_scene(lex: Lexicon, t: str, q: Quantity, end: int) -> bool:
    """The casualty word after the group names the scene of its capture, not the people:
    '40 people detained during the protests', 'police detained 40 people during the
    protests'. `t` lower-cased."""
    vb = verbs(lex)
    if vb.taken_at.match(t, end):
        return True
    return bool(vb.scene_after.match(t, end)) and bool(
        vb.taken_before.search(t, max(0, q.start - 20), q.start)
    )
