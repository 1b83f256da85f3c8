"""Stage 5 over a whole text: a stock figure that is a group the text counts
as handed over, told again by its captivity before the handover.

'Algeria handed 12 Malian herders back on Tuesday. … Bamako had pressed for news of the 12
Malian herders held in Tamanrasset': the body names a group the text counts as exchanged or
released once more, by the captivity it came out of ('relatives of the nine sailors held in
Izmir', 'lawyers for the four miners held in Tacna'). A stock (held) fact with that group's
figure, people and holder is that group before its handover, no stock of its own beside it:
it goes.

A group counts as handed over when the text reports its handover, or when a handover of it
is planned in a text that reports a swap done (the deal's groups are what the swap moved).
A group only planned to go free in a text that reports no swap is still held: its stock
stays ('Rebels are to free 12 soldiers next week. The 12 were captured in May').

A stock stays, too, when its figure's clause tells a group beside the one handed over
('three others are still held', 'three more remain with the gang', 'also holds', 'were not
among them'; lexicon beside_moved_group, beside_moved_after), or when its people are of
another category than the group handed over (civilians held, soldiers freed).
"""

from __future__ import annotations

from .context import Doc
from .fact import Fact

__all__ = ["held_restated"]

_MOVED = ("exchange", "release")
_UNSET = "unspecified"  # a category the text does not tell


def held_restated(facts: list[Fact], doc: Doc) -> list[Fact]:
    """`facts` without the stocks that tell a handed-over group again."""
    swap_done = any(f.kind == "exchange" and f.status == "reported" for f in facts)
    moved: dict[tuple[int | None, int | None, str | None, str | None], set[str]] = {}
    for f in facts:
        if f.kind in _MOVED and (f.status == "reported" or swap_done):
            moved.setdefault(_group(f), set()).add(f.category)
    if not moved or all(f.kind != "held" for f in facts):
        return facts  # the common case: no stock, or nothing handed over
    return [
        f
        for f in facts
        if f.kind != "held"
        or _group(f) not in moved
        or _other_category(f, moved[_group(f)])
        or _beside_moved(f, doc)
    ]


def _other_category(f: Fact, moved: set[str]) -> bool:
    """The stock's people are of a category, and every handed-over group of its figure is
    of another (journalists held, soldiers freed): not that group again."""
    return f.category != _UNSET and _UNSET not in moved and f.category not in moved


def _group(f: Fact) -> tuple[int | None, int | None, str | None, str | None]:
    """What names a group across its tellings: its figure, its people, their holder."""
    return f.low, f.high, f.persons_of, f.held_by


def _beside_moved(f: Fact, doc: Doc) -> bool:
    """The figure's own clause tells a group beside the one handed over ('three others
    are still held', 'three more remain')."""
    lex = doc.lex
    s = doc.sentences[f.sentence_no]
    start, end = f.span_start - s.start, f.span_end - s.start  # a figure of this sentence
    low = s.lowered
    lo, hi = s.clause(start, end)
    if lex.cue_lower["beside_moved_group"].search(low, lo, hi):
        return True
    after = len(low) - len(low[end:].lstrip())
    return lex.cue_lower["beside_moved_after"].match(low, after) is not None
