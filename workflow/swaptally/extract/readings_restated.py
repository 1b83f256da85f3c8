"""Stage 5 over a whole text: a figure the text reads twice, by two resolvers or two
shapes, and the weaker reading goes.

'Seoul said 12 fishermen were home from the North' then 'All 12 will be questioned by
police in Incheon': when the text counts a figure twice and one of its facts takes its
sides from the text's context alone (no actor of its clause names them) while another
fact of the same figure has sides its own words name, and the two disagree on the sides
or the kind, the context's reading is the same group read without its words: it goes. Not
the other half of a swap (an exchange of the same figure mirrored: 75 handed to each
side), and not a reading that only differs in status (planned, then done).

'Militia and army trade 64 captives' over '… 64 men of both forces went home in the
trade': a figure the text counts as a swap's total over both sides (persons and holder
XX) is no count of one side's people: a reading of the same figure as one side's exchange
goes.
"""

from __future__ import annotations

from .fact import Fact

__all__ = ["context_restated", "total_restated"]


def context_restated(facts: list[Fact]) -> list[Fact]:
    """`facts` without a fact sided by the text's context alone whose figure another fact of
    the text counts with sides its own clause names, the two disagreeing on the sides or
    the kind; not a swap's mirrored other half."""
    named: dict[tuple[int | None, int | None], list[Fact]] = {}
    weak = False
    for f in facts:
        if f.how is None:
            continue
        if f.how.weak:
            weak = True
        else:
            named.setdefault((f.low, f.high), []).append(f)
    if not weak or not named:
        return facts  # the common case: no context reading, or none beside a named one
    return [f for f in facts if not _read_otherwise(f, named.get((f.low, f.high)))]


def _read_otherwise(f: Fact, named: list[Fact] | None) -> bool:
    """`f`, sided by the context alone, disagrees with every reading in `named` (facts of
    the same figure whose sides their clause names) on the sides or the kind, and is no
    mirror of one of them in a swap."""
    if not named or f.how is None or not f.how.weak:
        return False
    for other in named:
        if (other.kind, other.persons_of, other.held_by) == (f.kind, f.persons_of, f.held_by):
            return False  # the same reading (in another status: planned, then done)
        if f.kind == other.kind == "exchange" and (f.persons_of, f.held_by) == (
            other.held_by,
            other.persons_of,
        ):
            return False  # a swap's other half: the same number each way
    return True


def total_restated(facts: list[Fact]) -> list[Fact]:
    """`facts` without an exchange of one side's people whose figure another fact of the
    text counts as the swap's total over both sides (persons_of and held_by XX)."""
    totals = {
        (f.low, f.high) for f in facts if f.kind == "exchange" and f.persons_of == f.held_by == "XX"
    }
    if not totals:
        return facts  # the common case: no two-sided total
    return [
        f
        for f in facts
        if f.kind != "exchange"
        or (f.low, f.high) not in totals
        or f.persons_of == f.held_by == "XX"
    ]
