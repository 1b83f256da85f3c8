"""Stage 5, kind and status: exchange, release or held; reported, planned or estimated.

A stock ("Hamas took 200 hostages", "an estimated 8,000 are held") is held/estimated; an
agreed, expected or only begun handover is planned; a figure in a text about a swap is an
exchange unless its clause says the release was one-sided.

This module tells the kind a figure's sentence gives it; its helpers: held_stock.py (a
stock, held/estimated), kind_negated.py (a handover said not to happen), kind_sides.py (the
kind for one side: running totals, third countries, other conflicts).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .context import Ctx
from .fact import KindRule
from .held_stock import is_stock
from .lexicon import Lexicon
from .mentions import Figure
from .sentence import Sentence
from .text_frame import for_no_people, swapped

__all__ = ["KindStatus", "figure_kind"]


@dataclass(slots=True, unsafe_hash=True)  # a value, never changed (see fact.Provenance)
class KindStatus:
    kind: str
    status: str
    rule: KindRule


def figure_kind(ctx: Ctx, f: Figure, planned: Callable[[], bool]) -> KindStatus:
    """Kind and status of a figure (the same for every side it counts)."""
    s = ctx.s
    lo, hi = f.clause
    if is_stock(ctx, f):
        return KindStatus("held", "estimated", KindRule.STOCK)
    status = "planned" if planned() else "reported"
    nxt = s.next_figure_start(f.np_end)
    adverbial = -1  # where the clause starts with its adverbial: found once, when needed
    if ctx.doc.frame.swap:
        kind, rule = "exchange", KindRule.SWAP_TEXT
    elif _swap_in_clause(s, adverbial := _with_adverbial(s, lo), min(hi, nxt)):
        # "the previous swap, of some 800 detainees, happened in 2019"
        kind, rule = "exchange", KindRule.SWAP_CLAUSE
    elif f.two_sided:
        # "the two sides released 120 prisoners each": each frees the other's, a swap
        kind, rule = "exchange", KindRule.PER_SIDE
    else:
        kind, rule = "release", KindRule.RELEASE_TEXT
    if not s.cue("any_kind", 0, nxt):
        return KindStatus(kind, status, rule)  # most figures: no kind cue in the sentence
    lo = adverbial if adverbial >= 0 else _with_adverbial(s, lo)
    if not s.cue("any_kind", lo, nxt):
        return KindStatus(kind, status, rule)
    swap = s.cue("swap_verb", lo, nxt)
    if swap and not for_no_people(s.cues, s.low or s.text, swap[1], said_for=True):
        return KindStatus("exchange", status, KindRule.SWAP_VERB)
    if s.cue("other_half", f.np_end, nxt) and not _same_doer_again(s, f, nxt):
        return KindStatus("exchange", status, KindRule.OTHER_HALF)
    one_sided = s.cue("release_only", lo, nxt)
    if one_sided and _swap_after(s, f, max(f.np_end, one_sided[1]), hi):
        # "as a goodwill step, Bolivia sent 9 farmers home and took its guards back in
        # exchange": the sentence tells the handover the other way, after the group and past
        # the cue; a swap's half
        return KindStatus("exchange", status, KindRule.SWAP_AFTER_CUE)
    if one_sided:
        return KindStatus("release", status, KindRule.RELEASE_ONLY)
    if kind == "exchange" and _told_apart(s, lo, nxt):
        return KindStatus("release", status, KindRule.SEPARATE)
    return KindStatus(kind, status, rule)


def _same_doer_again(s: Sentence, f: Figure, hi: int) -> bool:
    """'Russia freed 50 Ukrainians and later freed the same number of Georgians': the same
    doer, with no subject of its own before its second verb of giving, freed both groups,
    no swap (not '… and Ukraine freed the same number', '… and got the same number back')."""
    return s.lex.stage_patterns("same_doer", _same_doer_re).match(s.text, f.np_end, hi) is not None


def _same_doer_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(
        r"[^,;:]*?(?:,\s*)?\band\s+(?:(?:later|then|also|again|subsequently|[a-z]+ly)\s+)?"
        rf"(?:{lex.phrases('give_again_verb')})\s+(?:the\s+same\s+number|an\s+equal\s+number|"
        r"as\s+many)\b",
        re.IGNORECASE,
    )


def _swap_in_clause(s: Sentence, lo: int, hi: int) -> bool:
    """A swap word in text[lo:hi] that swaps people, or is bare (not 'freed 10 hostages in
    return for 60 days of calm', 'as prisoner lists are swapped', 'a step toward a prisoner
    swap': text_frame.swapped reads it as the text's frame does)."""
    return _people_swap(s, lo, hi) is not None


# between a group and a swap word after it: the swap set apart as another event, wished for
# or still to come (lexicon keys)
_SWAP_NOT_TOLD = ("swap_apart_link", "swap_wanted", "planned")


def _swap_after(s: Sentence, f: Figure, lo: int, hi: int) -> bool:
    """A swap of people named in text[lo:hi], after the group `f` with no word between that
    sets it apart as another event ('… weeks after a prisoner exchange', 'ahead of a swap':
    lexicon swap_apart_link), nor one that makes it a swap only wished for, offered or
    still to come ('… and stood ready for a swap of detainees': lexicon swap_wanted,
    planned): a swap only spoken of hands no one back."""
    cue = _people_swap(s, lo, hi)
    return cue is not None and not any(s.cue(c, f.np_end, cue[0]) for c in _SWAP_NOT_TOLD)


def _people_swap(s: Sentence, lo: int, hi: int) -> tuple[int, int] | None:
    """The first swap word in text[lo:hi] that swaps people or is bare (text_frame.swapped)."""
    cue = s.cue("swap_text", lo, hi)
    while cue is not None:
        if swapped(s.lex, s.cues, s.low or s.text, *cue) in ("people", "bare"):
            return cue
        cue = s.cue("swap_text", cue[1], hi)
    return None


def _told_apart(s: Sentence, lo: int, hi: int) -> bool:
    """'Separately, Kyiv handed over 8 civilians', '4 more were freed separately': a
    handover told apart from the text's swap is one-sided; not when the clause names a
    swap of its own ('Separately, the sides exchanged 50 each') nor when the word goes with
    a speech verb ('Kyiv and Moscow separately confirmed that 95 came home')."""
    cue = s.cue("separate", lo, hi)
    if cue is None or s.cue("swap_text", lo, hi):
        return False
    return s.cue("speech", cue[1], min(hi, cue[1] + 12)) is None


def _with_adverbial(s: Sentence, lo: int) -> int:
    """Where the figure's clause starts, with a short phrase before it set off by a comma
    ('In addition to the exchange, Russia freed 12', 'The last swap, involving 1,000 …')."""
    breaks = [b for b in s.breaks if b[1] <= lo]
    if not breaks or s.text[breaks[-1][0]] != ",":
        return lo
    start = breaks[-2][1] if len(breaks) > 1 else 0
    head = breaks[-1][0]
    if head - start > 45 or s.next_figure_start(start) < head:
        return lo  # a long clause or one with its own figure: not an adverbial
    return start
