"""The make-up of a group told in an apposition right after it (a resolver of the sides
stage, sides.py): '64 inmates, nationals of several states among them', '40 prisoners,
with Spanish and Mexican citizens among them', '1,200 prisoners, 40 of them foreign
nationals', '31 prisoners, both Zemblans and foreigners,'. A clause that says the group
is mixed makes it XX (corpus README), and the text's other mentions of it with it
(sides_text.composition)."""

from __future__ import annotations

import re

from .context import Ctx
from .fact import Side
from .mentions import Figure
from .sentence import Sentence
from .sided import Answer, Sided
from .sides_mixed import mixed_holder, said_after

__all__ = ["make_up"]


def make_up(ctx: Ctx, f: Figure) -> Answer | None:
    """The make-up of a group told in an apposition right after it, naming foreigners or
    people of several lands: '64 inmates, nationals of several states among them', '40
    prisoners, with Spanish and Mexican citizens among them', '1,200 prisoners, 40 of them
    foreign nationals', '31 prisoners, both Zemblans and foreigners,': a mixed group (XX), held by
    whoever holds or frees it (a state's prisoners with foreigners among them are its own
    prisoners of many lands)."""
    s = ctx.s
    comma = s.text.find(",", f.q.num_end, f.np_end + 2)
    if comma < 0 or s.next_figure_start(f.q.num_end) < comma:
        return None  # the common case: no apposition after the group
    m = _MAKE_UP_OPEN_RE.match(s.text, comma)
    if m is None:
        return None
    codes = _make_up_codes(s, m.end())
    if codes is None or ("XX" not in codes and len(codes) < 2):
        return None
    return (Sided("XX", *mixed_holder(ctx, f, Side.MAKE_UP)),)


# from the comma after a group to its make-up: 'with', 'both', a part ('98 of them')
_MAKE_UP_OPEN_RE = re.compile(
    r",\s+(?:with\s+|both\s+)?(?:[\w,.-]+\s+of\s+them\s+(?:were\s+|are\s+)?)?",
    re.IGNORECASE,
)
# after the make-up: 'among them', then the apposition closes or the clause goes on
_MAKE_UP_CLOSE_RE = re.compile(
    r"(?:\s+among\s+(?:them|whom))?(?:\s*[,.;:)—–]|\s*$|\s+(?:who|that|were|are|had|have|was)\b)",
    re.IGNORECASE,
)
# between two nationalities of the make-up: a comma or 'and' ('Latvian, German and US')
_MAKE_UP_GLUE_RE = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?|-")


def _make_up_codes(s: Sentence, at: int) -> set[str] | None:
    """The codes of the make-up starting at `at`: a phrase of many lands (lexicon
    make_up_many: XX), or a list of demonyms (with a people noun after the last one,
    lexicon make_up_noun), closed by 'among them', a comma or the clause's verb. None when
    no make-up starts there, or when the list is a speaker ('…, German and US officials
    said')."""
    cue = s.cue("make_up_many", at, at + 60)
    if cue is not None and cue[0] == at:
        return {"XX"} if _MAKE_UP_CLOSE_RE.match(s.text, cue[1]) else None
    codes: set[str] = set()
    end = at
    for a in s.actors:
        if a.start < end:
            continue
        if a.start != end and not (codes and _MAKE_UP_GLUE_RE.fullmatch(s.text, end, a.start)):
            break
        if not a.demonym:
            return None
        codes.add(a.code)
        end = a.end
    if not codes:
        return None
    noun = s.cue("make_up_noun", end, end + 24)
    if noun is not None and not s.text[end : noun[0]].strip():
        end = noun[1]
    if said_after(s, end):
        return None
    return codes if _MAKE_UP_CLOSE_RE.match(s.text, end) else None
