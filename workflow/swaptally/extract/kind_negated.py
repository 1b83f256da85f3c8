"""A handover said not to happen: negated ('refused to free 40', 'denied that it had
released 30') or called off ('The planned release of 40 detainees was called off', 'A swap
of 200 … fell through'). Such a figure gives no fact."""

from __future__ import annotations

import re

from .figure import Figure
from .kind_patterns import KindPatterns, kind_patterns, predicate_gap
from .lexicon import Lexicon
from .sentence import Sentence, any_in

__all__ = ["negated"]

# between a negation and the handover verb: another clause's verb ("refused to comment
# after Russia released 40", "did not say whether Kyiv freed 12")
_NEGATION_GAP_STOP_RE = re.compile(
    r"\b(?:after|before|when|as|since|while|but|and|because|until|whether|if|how|once)\b",
    re.IGNORECASE,
)


def negated(s: Sentence, f: Figure) -> bool:
    """'The Taliban refused to free 40 prisoners', 'Minsk denied that it had released 30':
    a handover said not to happen, or not to have happened, is no fact (the people may be
    held, but the sentence does not count a stock). The negation must govern the handover
    verb right before the figure, in the figure's clause, with no other clause between; a
    handover named by its noun whose own predicate says it fell through is none either."""
    if _called_off(s, f):
        return True
    start = f.q.start
    p = kind_patterns(s.lex)
    if any_in(p.call_off_hints, s.lowered) and p.call_off_before.search(
        s.text, max(f.clause[0], start - 60), start
    ):
        return True  # 'Pakistan called off the planned release of 22 fishermen'
    lo = max(f.clause[0], start - 90)
    cue = s.cue("negated", lo, start)
    if cue is None:
        return False  # the common case
    verb = p.handover_before.search(s.text, cue[1], start)
    return verb is not None and not _NEGATION_GAP_STOP_RE.search(s.text, cue[1], verb.start())


def _called_off(s: Sentence, f: Figure) -> bool:
    """'A swap of 200 captives from each side, which Kyiv had hoped for this week, fell
    through', 'The planned release of 40 detainees was called off': the handover's noun
    takes the figure, and its predicate, past a phrase or a relative clause with no verb of
    a handover done nor another clause, says it did not happen."""
    p = kind_patterns(s.lex)
    if not any_in(p.called_off_hints, s.lowered):
        return False  # the common case
    start = f.q.start
    cue = s.cue("called_off", f.np_end, min(len(s.text), f.np_end + 140))
    if cue is None or s.next_figure_start(f.np_end) < cue[0]:
        return False
    to = s.lex.stage_patterns("kind_negated.to", _to_re).match(s.text, cue[1])
    if to is not None:
        happens = s.cue("handover_happens", to.end(), to.end() + 30)
        if happens is None or happens[0] != to.end():
            return False  # "… failed to ease tensions": it happened, its effect did not
    if not _named_handover(s, p, start):
        return False  # "Talks collapsed after Kyiv freed 40": not the handover's predicate
    lo, hi = predicate_gap(s, f, cue[0])  # past "between the Houthis and …", to "was"
    hi = _put_off_first(s, f, lo, hi)
    if p.realized.search(s.text, f.np_end, hi):
        return False  # "… went ahead after talks collapsed", "… were freed before …"
    return not _NEGATION_GAP_STOP_RE.search(s.text, lo, hi)


def _put_off_first(s: Sentence, f: Figure, lo: int, hi: int) -> int:
    """'The swap of 40 … was delayed by several hours and then called off': a first
    predicate of the same group, a delay, coordinated with the one that calls it off; the
    group's own predicate starts at the delay (returned; else `hi` as it was)."""
    then = s.lex.stage_patterns("kind_negated.and_then", _and_then_re).search(s.text, lo, hi)
    if then is None or then.end() != hi:
        return hi
    delay = s.cue("put_off", lo, then.start())
    return hi if delay is None else predicate_gap(s, f, delay[0])[1]


def _and_then_re(lex: Lexicon) -> re.Pattern[str]:
    """A second predicate coordinated with the first: "… and (then) called off" (the
    adverbs of sequence are lexicon then_adverb)."""
    return re.compile(
        rf",?\s+and\s+(?:(?:{lex.phrases('then_adverb')})\s+)?"
        r"(?:(?:was|were|has\s+been|have\s+been)\s+)?",
        re.IGNORECASE,
    )


def _named_handover(s: Sentence, p: KindPatterns, start: int) -> bool:
    """A handover named by a noun that takes the figure: its own noun ("The release of 40
    …"), talk of it ("Talks on freeing 200 …") or a plan to do it ("A deal to free 50 …")."""
    lo = max(0, start - 40)
    if p.handover_of.search(s.text, lo, start) or p.plan_handover.search(s.text, lo, start):
        return True
    return s.cue("talk", max(0, start - 90), start) is not None and (
        p.talk_of.search(s.text, max(0, start - 90), start) is not None
    )


# "failed to …": an infinitive after the predicate; the handover failed only when that
# infinitive is the handover happening ("failed to take place", "failed to go ahead"). A
# 'to' before a determiner or a possessive is a preposition ("failed to the dismay of its
# families"), no infinitive: the predicate is the failure itself
def _to_re(lex: Lexicon) -> re.Pattern[str]:
    """'to' opening an infinitive: not before a determiner (lexicon determiner) or a digit."""
    return re.compile(
        rf"\s+to\s+(?!(?:{lex.phrases('determiner')})\b|\d)",
        re.IGNORECASE,
    )
