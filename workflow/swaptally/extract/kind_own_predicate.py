"""A group that opens a clause of its own, and what that clause's predicate says of it.

'A report counts 60 reporters freed and notes that 14 are still held': the 14 is the
subject of its own clause, opened by a conjunction, whose finite predicate says it is held,
whatever a verb of the clause before says of the 60. 'The court freed 70 on bail, and 25
more are expected to walk out': the second group's own predicate is a plan. A sentence's
clause breaks (punctuation, 'but', 'while') do not split coordinated clauses joined by 'and'
or 'and that'; here the group's own clause starts at the conjunction when nothing but
quantifiers stand between it and the figure (lexicon subject_opening), and its predicate
follows the group at once (an auxiliary or a finite 'remain').
"""

from __future__ import annotations

import re
from enum import Enum

from .figure import Figure
from .lexicon import Lexicon
from .sentence import Sentence

__all__ = ["Predicate", "own_predicate"]


class Predicate(Enum):
    HELD = "held"  # "… are still held", "… remain in captivity", "… still wait for release"
    PLANNED = "planned"  # "… are expected to follow", "… are due to go home"


def _opening_re(lex: Lexicon) -> re.Pattern[str]:
    """Right before a figure: a conjunction that opens a clause (or a clause break, or the
    sentence's start) and nothing but quantifiers after it ('and that the remaining')."""
    return re.compile(
        rf"(?:^|[,;:]\s*|\b(?:{lex.phrases('clause_conjunction')})\s+)"
        rf"(?:(?:{lex.phrases('subject_opening')})\s+)*$",
        re.IGNORECASE,
    )


def _finite_re(lex: Lexicon) -> re.Pattern[str]:
    """Right after the group: its finite predicate's auxiliary (or a finite 'remain'), then
    perhaps an adverb (lexicon holding_now_adverb: a holding now; predicate_adverb)."""
    return re.compile(
        r"\s+(?P<aux>(?:are|is|were|was)|remain|remains|remained)\s+"
        rf"(?:(?P<now>{lex.phrases('holding_now_adverb')})\s+|"
        rf"(?:{lex.phrases('predicate_adverb')})\s+)?",
        re.IGNORECASE,
    )


_PRESENT = frozenset(("are", "is", "remain", "remains"))  # a present auxiliary


def own_predicate(s: Sentence, f: Figure) -> Predicate | None:
    """What the predicate of the clause the group `f` opens says of it: held, a plan, or
    nothing this module reads (None, the common case)."""
    m = s.lex.stage_patterns("kind_own_predicate.finite", _finite_re).match(s.text, f.np_end)
    if m is None:
        return None  # the common case: no finite verb right after the group
    start = f.q.start
    opening = s.lex.stage_patterns("kind_own_predicate.opening", _opening_re)
    if opening.search(s.text, max(0, start - 60), start) is None:
        return None  # the group is a verb's object or inside a phrase
    at, n = m.end(), len(s.text)
    aux = m.group("aux").lower()
    if aux.startswith("remain"):
        at = m.start("aux")
    # a holding now: a present auxiliary, or 'still' ('… said 14 were still held'); not a
    # past taking ('… and that 40 were detained at the border' tells where freed people had
    # been)
    now = aux in _PRESENT or m.group("now") is not None
    held = s.cue("held", at, min(n, at + 24)) if now else None
    if held is not None and held[0] == at:
        return Predicate.HELD  # "… are still held", "… remain in captivity"
    wait = s.cue("still_waiting", at, min(n, at + 24))
    if wait is not None and wait[0] == at:
        return Predicate.HELD  # "… still wait for release": not free yet
    plan = s.cue("planned_be", at, min(n, at + 12))
    if plan is not None and plan[0] == at and s.text.startswith(" to ", plan[1]):
        return Predicate.PLANNED  # "… are expected to follow", "… are due to go home"
    return None
