"""A breakdown by branch or rank after an inclusion cue ("серед повернутих — 33 прикордонники,
21 нацгвардієць і семеро моряків", "среди них 60 пограничников и 45 морпехов"): the parts
of a group counted before, split into two or more military groups. The corpus counts such
a split as optional or not at all (corpus README: "breakdowns by rank, gender or branch"),
so its items are no facts of their own; civilians named in it are (a split into soldiers
and civilians is what the gold counts: "серед них 70 військових і 18 цивільних" keeps
both)."""

from __future__ import annotations

from swaptally.slavic.morph import Token

__all__ = ["Part", "branch_items"]

Part = tuple[int, str, bool, str | None]  # a fact's figure: its first token, its category,
# read after an inclusion cue (stages.figure_kind_status: "among"), the noun it counts
# (lower case; None when borrowed from another figure: "30 бойцов из Брянска, из Орла — 9")

_MOVES = frozenset(["get", "give", "free", "come_back", "exchange"])


def _moves(toks: list[Token], lo: int, hi: int) -> bool:
    """A finite verb that moves people between tokens lo and hi: a clause of its own."""
    return any(t.w.verb in _MOVES and "VERB" in t.a.pos for t in toks[lo:hi])


def branch_items(toks: list[Token], facts: list[Part]) -> frozenset[int]:
    """Indices of a sentence's facts that itemise a breakdown by branch or rank: the first
    fact read as a part after an inclusion cue and the facts after it, as long as no verb
    that moves people comes between two of them (a list, not a clause of its own); when two
    military figures or more with nouns of their own, not the same, are among them, every
    item but civilians."""
    first = next((n for n, (_, _, part, _) in enumerate(facts) if part), None)
    if first is None:
        return frozenset()
    items = [first]
    for n in range(first + 1, len(facts)):
        if _moves(toks, facts[items[-1]][0], facts[n][0]):
            break
        items.append(n)
    # (by its own noun: one noun split by where the people are from is no branch's split)
    military = {facts[n][3] for n in items if facts[n][1] == "military" and facts[n][3]}
    if len(military) < 2:
        return frozenset()
    return frozenset(n for n in items if facts[n][1] != "civilian")
