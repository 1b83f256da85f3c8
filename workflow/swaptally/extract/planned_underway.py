"""Status of an operation under way: one only begun ('An exchange of 800 prisoners began on
Friday') or of several days told in the present ('The four-day exchange covers some 600
detainees') is not yet done, its total still to come (planned.is_planned)."""

from __future__ import annotations

import re

from .kind_patterns import kind_patterns
from .lexicon import Lexicon
from .mentions import Figure
from .sentence import Sentence

__all__ = ["only_begun", "operation_under_way"]


_BEGUN_NOT_RE = re.compile(r"\s+(?:with|by)\b", re.IGNORECASE)

# right after a begun cue, up to its figure: a verb in -ing that takes it ("began releasing")
_BEGUN_GERUND_RE = re.compile(r"\s+[a-z]+ing\s+(?:(?:the|some|another)\s+)?", re.IGNORECASE)


_BEGUN_NOT_BEFORE_RE = re.compile(
    r"\b(?:since|after|before|when|until|as|once)\s+(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)


def operation_under_way(s: Sentence, f: Figure, lo: int) -> bool:
    """'The four-day exchange covers some 600 detainees': an operation of several days
    told in the present is still under way, and its total is still to come (not 'The
    three-day exchange of 900 ended on Sunday': its verb tells it over)."""
    start = f.q.start
    at = max(lo, start - 80)
    if "day" not in s.lowered[at:start]:
        return False  # the common case
    return kind_patterns(s.lex).operation_now.search(s.text, at, start) is not None


def only_begun(s: Sentence, f: Figure, lo: int) -> bool:
    """'An exchange of 800 prisoners began on Friday', 'began an operation to transfer 900':
    an operation under way is not yet done; not 'began with X releasing 3', not 'the war
    began', not when a realised-event verb says a part is done."""
    _, hi = f.clause
    cue = s.cue("started", lo, hi)
    if cue is None:
        return False
    text = s.text
    gerund = f.q.start > cue[1] and _BEGUN_GERUND_RE.fullmatch(text, cue[1], f.q.start)
    if _BEGUN_NOT_RE.match(text, cue[1]) or (
        not (gerund and s.moved(cue[1], f.q.start))  # "… as the state began releasing 400"
        and _BEGUN_NOT_BEFORE_RE.search(text, max(lo, cue[0] - 60), cue[0])
    ):
        return False
    if f.q.start > cue[1] and s.lex.stage_patterns("planned.begun_with", _begun_with_re).search(
        text, cue[1], f.q.start
    ):
        return False  # "began a three-day swap on Friday with 390 each": its first part, done
    # a realised event of another clause before the cue's own ('the envoy walked free as the state
    # began releasing 400') tells nothing of the operation begun
    # (nor one of a clause after it: '… began releasing 300 after 100 were freed')
    subs = list(_SUBORDINATOR_RE.finditer(text, lo, cue[0]))
    own = subs[-1].end() if subs else lo
    after = _SUBORDINATOR_RE.search(text, cue[1], hi)
    end = after.start() if after else hi
    if f.q.start >= end:
        return False  # "… began releasing 300 after 100 were freed": the 100 are another's
    return s.moved(own, end) and not kind_patterns(s.lex).realized.search(text, own, end)


# a conjunction that opens a subordinate clause: "… walked free as Israel began releasing"
_SUBORDINATOR_RE = re.compile(r"\b(?:as|while|when|after|because|since)\s+", re.IGNORECASE)


def _begun_with_re(lex: Lexicon) -> re.Pattern[str]:
    """'with' right before the figure, or before a handover's noun that takes it ('began
    the exchange on Friday with (the release of) 390 prisoners'), or before the group it
    is swapped for ('… with the release of 13 hostages in exchange for 39 prisoners'): what
    the start was."""
    return re.compile(
        rf"\bwith\s+(?:the\s+)?(?:(?:{lex.phrases('talk_handover')})\s+of\s+(?:the\s+)?)?"
        rf"(?:\d[^,;:]{{0,60}}?\b(?:{lex.phrases('in_return_for')})\s+(?:the\s+)?)?$",
        re.IGNORECASE,
    )
