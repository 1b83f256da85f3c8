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

__all__ = ["dead_reach", "dies_in_clause", "list_gone", "taken_at_scene"]


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


# the end of a group's clause: a mark or a conjunction that opens another clause
_CLAUSE_END_LRE = re.compile(r"[,;:()\[\]\u2013\u2014]|\s-\s|\s(?:while|whereas|as|after|before)\s")

# a conjunct or a coordinated verb between the group and the death verb
_COORDINATION_LRE = re.compile(r"\s(?:and|but)\s")
# a noun of captives in the group's noun phrase
_CAPTIVES_LRE = re.compile(
    r"\b(?:prisoners?|captives?|hostages?|detainees?|pows?|inmates|abductees)\b"
)
# right before a whole whose part comes first ('eight of the 33 hostages')
_WHOLE_OF_LRE = re.compile(r"\bof\s+(?:the\s+|its\s+|their\s+)?$")
# between the group and the verb: a relative clause whose subject is another ('taken in a
# raid that killed nine')
_RELATIVE_LRE = re.compile(r"\b(?:that|which|who|whom|whose)\b")
# right after the verb: its object, a count or an article ('killed at least five', 'killed
# the driver'): the verb is transitive, the group its doer
_OBJECT_AFTER_LRE = re.compile(
    r"\s+(?:at\s+least\s+|some\s+|about\s+)?(?:\d|the\b|a\b|an\b|his\b|her\b|their\b|"
    r"one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|dozens\b|"
    r"hundreds\b|scores\b)"
)


def dies_in_clause(lex: Lexicon, t: str, q: Quantity, end: int) -> bool:
    """The rest of the group's clause says it died, past a conjunct with no count or a
    coordinated verb ('two guards and a driver died', 'three men were to go home but
    died', 'an ambush that left nine soldiers and a medic dead'; lexicon death_predicate):
    the dead, no captives. Not a clause that tells a handover too ('… were freed, though
    two later died' has its own clause), nor one that counts another group. `t`
    lower-cased."""
    stop = _CLAUSE_END_LRE.search(t, end, end + 90)
    hi = stop.start() if stop else min(len(t), end + 90)
    m = lex.cue_lower["death_predicate"].search(t, end, hi)
    if m is None:
        return False  # the common case
    if not _COORDINATION_LRE.search(t, q.num_end, m.start()):
        return False  # no conjunct or coordinated verb between: other traps' ('… died')
    if _WHOLE_OF_LRE.search(t, max(0, q.start - 16), q.start):
        return False  # 'eight of the 33 hostages are dead': the verb is the part's
    if find_quantities(t[end : m.start()]) or _RELATIVE_LRE.search(t, end, m.start()):
        return False  # another count, or a relative clause: the verb is another's
    if _OBJECT_AFTER_LRE.match(t, m.end()):
        return False  # 'stormed the town and killed five': the group killed, it did not die
    if lex.cue_lower["held"].search(t, q.num_end, m.start()) or _CAPTIVES_LRE.search(
        t, q.num_end, end
    ):
        # 'a plane carrying 65 captured soldiers crashed and all aboard died', 'were captured
        # and dozens killed': captives whose death ends no count of them
        return False
    lo = max(0, q.start - 40)
    return lex.cue_lower["any_moved"].search(t, lo, m.start()) is None


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
