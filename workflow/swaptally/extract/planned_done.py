"""What tells a group's handover done against a plan: a realised verb in a span that the
plan does not govern, the group's own realised predicate right after it, a past handover
verb right before it; and a coordination's shared plan, which a figure so told done does
not share. Read by planned.py (is a figure planned?) and assemble.py (group_planned)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .kind_patterns import KindPatterns, kind_patterns
from .mentions import Figure
from .sentence import Sentence

__all__ = [
    "PAST_RE", "PLAN_AFTER_RE", "group_planned", "past_handover", "realized_after", "realized_in",
]  # fmt: skip

# a verb in the past: regular ('handed', 'conducted'), not one inside a compound ('UN-led')
PAST_RE = re.compile(r"(?<![\w-])[a-z]{3,}ed\b", re.IGNORECASE)

_REL_PRONOUN_RE = re.compile(r"\b(?:who|whom|which|that|whose)\b", re.IGNORECASE)


# an absolute phrase opening right before the figure: "…, with 90 inmates released"
_WITH_BEFORE_RE = re.compile(r"\bwith\s+$", re.IGNORECASE)


PLAN_AFTER_RE = re.compile(r"\s+(?:to\b|being\b)", re.IGNORECASE)


def realized_after(s: Sentence, f: Figure) -> bool:
    """A realised-event verb of the figure's own clause after its group ('… are to be freed
    on Sunday; on Saturday 90 Palestinians were released'): the figure is its subject, past
    the plan told before; not 'were to be freed', 'are to be freed', nor a relative clause's
    ('set to free 1,700 people who were detained in Gaza')."""
    _, hi = f.clause
    text = s.text
    if _WITH_BEFORE_RE.search(text, max(0, f.q.start - 8), f.q.start):
        return False  # 'with 90 inmates released in exchange': a participle, no verb of its own
    rel = _REL_PRONOUN_RE.search(text, f.np_end, hi)
    hi = rel.start() if rel else hi  # '1,700 people who were detained': another clause's verb
    # the group's own predicate: the verb right after it ('90 Palestinians were released',
    # not '… two sailors kept aboard while the tanker was towed': another subject's)
    # (the verb starts within 12 characters; it may run on: 'had come home')
    for m in kind_patterns(s.lex).realized.finditer(text, f.np_end, min(hi, f.np_end + 30)):
        if m.start() > f.np_end + 12:
            break
        if _INFINITIVE_BEFORE_RE.search(text, max(f.np_end, m.start() - 4), m.start()):
            continue  # 'to be freed': the plan's own infinitive
        if PLAN_AFTER_RE.match(text, m.end()):
            continue  # 'were to be freed': a plan in the past tense
        return True
    return False


_INFINITIVE_BEFORE_RE = re.compile(r"\b(?:be|to)\s+$", re.IGNORECASE)


def realized_in(p: KindPatterns, text: str, lo: int, hi: int) -> bool:
    """A realised-event verb in text[lo:hi], not one the plan itself governs ('a dozen
    herders should be freed soon, against 70 others': 'be freed' is still the plan's)."""
    for m in p.realized.finditer(text, lo, hi):
        if not _INFINITIVE_BEFORE_RE.search(text, max(lo, m.start() - 4), m.start()):
            return True
    return False


def group_planned(s: Sentence, i: int, planned: Callable[[int], bool]) -> bool:
    """'150 prisoners and 50 hostages are to be freed': a coordination shares its status;
    not with a figure whose own clause tells its handover done ('Hamas freed 20 on Monday,
    and 30 more are due to be freed on Sunday': the 20 went free)."""
    figs = s.figures
    f = figs[i]
    if f.follows is None and all(g.follows is None for g in figs):
        return False  # no coordination in the sentence
    if not any(planned(j) for j, g in enumerate(figs) if g.follows == i or f.follows == j):
        return False
    # the figure the object of a done verb of its clause ('freed 20', 'amnestied 1,200'), or
    # the subject of one right after it ('70 walked out on bail, and 25 more are expected to');
    # not a verb further on ('30 … would be among those released', 'were to have gone free')
    lo = f.clause[0]
    return not (
        realized_in(kind_patterns(s.lex), s.text, lo, f.q.start)
        or past_handover(s, lo, f)
        or realized_after(s, f)
    )


def past_handover(s: Sentence, lo: int, f: Figure) -> bool:
    """A handover or clemency verb in the past right before the figure's group, in its
    clause ('The governor pardoned 400 convicts on Friday, and 18 women jailed for debt should
    be let go soon': the 400 went free, whatever the coordinated clause plans)."""
    for m in PAST_RE.finditer(s.text, max(lo, f.q.start - 40), f.q.start):
        if s.moved(m.start(), m.end()) or s.cue("clemency", m.start(), m.end()):
            return not s.cue("any_plan", lo, m.start())
    return False
