"""Stage 5, what a figure counts: a whole counted when its people were taken, whose part the
same sentence tells freed or still held, counts no one held now.

"Eleven of the 28 drivers seized in May were released", "kidnappers who abducted 64 traders
have freed 23 of them": the 28 and the 64 are how many were taken, long before; some are
free now, so neither is a stock. A part whose handover is still to come keeps the whole
held ("30 of the 120 hostages seized on May 4 are to go free": all 120 are held today).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .fact import Mention
from .mentions import Figure
from .sentence import Sentence

__all__ = ["handed_whole", "taken_whole"]

# how far after the whole's noun its capture participle may stand ("12 staff members of a
# hospital who were abducted last month")
_PARTICIPLE_REACH = 60


def taken_whole(
    s: Sentence, figs: Sequence[Figure], i: int, planned: Callable[[int], bool]
) -> bool:
    """Whether figure `i` of `s` is a whole counted at its taking, with a part told done:
    'N of the M <taken>' (the part right before it) or '<took> M … N of them' (a part
    after it). `planned(j)`: whether figure j's handover is still to come."""
    f = figs[i]
    if f.stock:  # "N of the M …": the part is the figure before
        part = i - 1
        if part < 0 or figs[part].mention is not Mention.PARTITIVE:
            return False
        hi = min(s.next_figure_start(f.np_end), f.np_end + _PARTICIPLE_REACH)
        if s.cue("capture_verb", f.np_end, hi) is None:
            return False
        return not planned(part) and not _plan_after(s, f.np_end)
    return _taken_then_part(s, figs, i, planned)


def _plan_after(s: Sentence, end: int) -> bool:
    """A plan cue after `end`, the end of the whole's or the part's phrase ('30 of the 120
    hostages seized on May 4 are expected to be freed'): the part's predicate may be a plan."""
    return s.cue("any_plan", end, len(s.text)) is not None


def _taken_then_part(
    s: Sentence, figs: Sequence[Figure], i: int, planned: Callable[[int], bool]
) -> bool:
    """'Kidnappers who abducted 64 traders have freed 23 of them': the take verb right before
    the whole, and a later figure of the sentence a part of it ('N of them', 'N of whom')
    told done or still held ('kidnapped 16 miners, nine of whom are still with the gang')."""
    if " of them" not in s.lowered and " of whom" not in s.lowered:
        return False  # the common case
    start = figs[i].q.start
    verb = s.cue("capture_verb", max(0, start - 14), start)
    if verb is None or s.text[verb[1] : start].strip():
        return False  # not right before the whole ("holds 240 …" is a stock now)
    for j in range(i + 1, len(figs)):
        g = figs[j]
        if _OF_THEM_RE.match(s.lowered, g.q.num_end) and not planned(j):
            return not _plan_after(s, g.np_end)
    # a part by gender or age is no figure ('seized 30 villagers, 12 of them children'), but
    # tells the same: some of the group taken are counted apart
    for at in s.figure_starts:
        if at > figs[i].np_end and (m := _PART_OF_THEM_RE.match(s.lowered, at)) is not None:
            return not _plan_after(s, m.end())
    return False


# right after a part's number: 'of them', 'of whom' ('freed 137 of them', '…, nine of whom
# are still with the gang')
_OF_THEM_RE = re.compile(r"\s+of\s+(?:them|whom)\b")

# a number, then 'of them' ('12 of them children', 'five of them women')
_PART_OF_THEM_RE = re.compile(r"[\w,.-]+\s+of\s+them\b")


def handed_whole(figs: Sequence[Figure], i: int, kind: str, status: str) -> bool:
    """Whether figure `i` is the whole of a part right before it ('freed two of the three
    soldiers') and would be counted as handed over: only the part went free; the whole as
    a done handover counts no one. A whole told held ('33 of the 100 hostages it holds')
    stays a stock, and a plan's whole ('freed 4,000 of the 5,000 it agreed to release')
    stays the plan."""
    f = figs[i]
    if not f.stock or kind == "held" or status != "reported" or i == 0:
        return False
    return figs[i - 1].mention is Mention.PARTITIVE
