"""A figure's side named by the words right around it: whom its people are handed to
('returned to Ukraine'), whom they fought for, a government's own nationals ('political
prisoners'), 'on the Russian side', and the other figure of a swap ('50 hostages for 150
Palestinian prisoners')."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .frame import figure_index
from .frame_patterns import frame_patterns
from .mentions import UNKNOWN, Figure
from .sentence import Sentence, any_in

if TYPE_CHECKING:
    from .context import Ctx

__all__ = [
    "counterpart", "destination", "fought_for", "own_nationals", "side_phrase", "side_releases",
]  # fmt: skip

_SIDE_AFTER_RE = re.compile(r"\s+side\b(?!s)", re.IGNORECASE)


def fought_for(s: Sentence, f: Figure) -> str | None:
    """The side a group fought for, named right after it: its holder is the other side."""
    for a in s.actors:
        if f.np_end < a.start <= f.np_end + 45 and frame_patterns(s.lex).fought_for.fullmatch(
            s.text, f.np_end, a.start
        ):
            return a.code
    return None


def own_nationals(s: Sentence, f: Figure) -> bool:
    """'20 political prisoners', '20 opposition-linked prisoners', 'dissidents', '300 people
    jailed for political reasons': people a government holds are its own nationals."""
    np_text = (s.lowered)[f.q.num_end : f.np_end]
    if any_in(frame_patterns(s.lex).own_nationals, np_text):
        return True
    hi = min(f.clause[1], f.np_end + 60, s.next_figure_start(f.np_end))
    return s.cue("own_nationals_after", f.np_end, hi) is not None


def side_phrase(ctx: Ctx, f: Figure) -> str | None:
    """'on the Russian side, 270 troops': a demonym's side named in the figure's clause."""
    found = _side_named(ctx, f)
    return found[0] if found else None


def side_releases(ctx: Ctx, f: Figure) -> bool:
    """The side phrase is the subject of a releasing verb ('with the Ukrainian side
    releasing 237 prisoners', 'the Armenian side handed over 12'): it gives the people."""
    found = _side_named(ctx, f)
    if found is None:
        return False
    s, at = ctx.s, found[1]
    low = s.low or s.text
    rx = s.lex.releaser_lower_re if s.low else s.lex.releaser_re
    m = rx.match(low, at)
    if m is None or m.end() > f.q.start:
        return False
    given = frame_patterns(s.lex).given  # 'handed over', 'gave back' right before the figure
    return s.cue("release", at, m.end()) is not None or bool(given.search(s.text, at, f.q.start))


def _side_named(ctx: Ctx, f: Figure) -> tuple[str, int] | None:
    """The code of a demonym's side named in the figure's clause, and where 'side' ends."""
    if not ctx.frame.has_side_word:
        return None
    s = ctx.s
    lo, _ = f.clause
    for a in reversed(s.actors):
        if a.demonym and lo <= a.start and a.end <= f.q.start:
            m = _SIDE_AFTER_RE.match(s.text, a.end)
            if m:
                return a.code, m.end()
    return None


def counterpart(ctx: Ctx, f: Figure) -> str | None:
    """'50 hostages for 150 Palestinian prisoners': one side of a swap is the other's other."""
    s = ctx.s
    i = figure_index(s, f)
    for j in (i - 1, i + 1):  # only the neighbouring figure
        if (
            not 0 <= j < len(s.figures)
            or len(s.figures[j].codes) != 1
            or s.figures[j].codes == (UNKNOWN,)
        ):
            continue
        g = s.figures[j]
        between = s.text[f.np_end : g.q.start] if j > i else s.text[g.np_end : f.q.start]
        link = frame_patterns(s.lex).swap_link.search(between)
        if link and (len(between) < 90 if link.group().lower() != "for" else len(between) < 40):
            return ctx.other(g.codes[0])
    return None


def destination(s: Sentence, f: Figure) -> str | None:
    """'… 20 civilians, which were returned to Ukraine', 'handed over 15 prisoners to
    Armenia': people go home to their side."""
    stop = min(s.next_figure_start(f.np_end), f.np_end + 80)
    found = frame_patterns(s.lex)
    for a in s.actors:
        named = f.np_end <= a.start < stop and not a.demonym
        if not (named and " to " in s.text[max(0, a.start - 12) : a.start]):
            continue
        if a.code in s.lex.mediators:
            continue  # 'delivered to Turkey': a go-between keeps them, they are not its people
        if found.destination.search(s.text, max(0, a.start - 40), a.start):
            return a.code
        if _given_to(s, f, a.start):
            return a.code
    return None


# between a given group and whom it is given to: 'handed 15 prisoners (back) to Armenia'
_GIVEN_TO_RE = re.compile(r"\s+(?:over\s+|back\s+|home\s+)?to\s+(?:the\s+)?")


def _given_to(s: Sentence, f: Figure, at: int) -> bool:
    """The figure is the object of a giving verb ('handed over 15 prisoners') and the actor
    at `at` follows its noun as the one it is given to ('… to Armenia')."""
    if not _GIVEN_TO_RE.fullmatch(s.text, f.np_end, at):
        return False
    return bool(frame_patterns(s.lex).given.search(s.text, max(0, f.q.start - 30), f.q.start))
