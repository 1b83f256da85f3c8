"""A fact of a Russian or Ukrainian text before its final date (slavic.extract builds it
per figure; the whole-text stages of slavic.whole_text revise it), and the rule marks the
two share."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

__all__ = ["MIXED", "Found"]

# the group's inclusion names other peoples (sides.mixed): for `explain`, never read back
MIXED = "+mixed"


@dataclass(slots=True, unsafe_hash=True)  # never changed: see extract.fact.Provenance
class Found:
    """One fact before its final date: the sentence may leave the day to the document."""

    fields: tuple
    rule: str
    date: datetime.date | None
    undated_swap: bool  # a reported swap whose sentence names no day (takes the doc's)
    sides: tuple[str | None, str | None]  # (persons_of, held_by): clue.Pair, either may be None
    one_sided: bool = False  # a release the sentence says is one-sided (a pardon, goodwill)
    in_return: bool = False  # told as given in return ("натомість", "в ответ"): a swap's half
    formula: bool = False  # read off a formula ("по формуле 205 на 205"), one side each
    breakdown: bool = False  # a part by branch, rank or sex ("серед них 12 прикордонників"):
    # no fact of its own; only its day is read (it may date the text's swap), then it goes
