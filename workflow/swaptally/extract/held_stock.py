"""A stock: a figure counting people still held ('Hamas took 200 hostages', 'an estimated
8,000 are held', 'Viasna counts 1,150 political prisoners', 'handed 15 suspects to the
police'), held/estimated, as against people handed over; and the parts of a group handed
over that only tell where they had been held ('Of the Palestinians freed, 250 had been
convicted …'). Here the holding and estimate cues around a group are weighed;
stock_constructions.py holds the constructions that count a stock without them,
stock_moved.py the predicates that hand a group said to be held over after all."""

from __future__ import annotations

import re

from .context import Ctx
from .fact import Mention
from .figure import Figure
from .kind_own_predicate import Predicate, own_predicate
from .kind_patterns import kind_patterns
from .sentence import APPOSITION, Sentence, any_in
from .stock_constructions import (
    count_of_captives,
    demanded_of_holder,
    handover_of,
    left_in,
    listed,
    pool_of_captives,
    possessed,
    taken_passive,
    talked_of_held,
    tallied,
    to_custody,
    transferred,
    yet_to_go,
)
from .stock_moved import (
    came_back,
    gapped_moved,
    governed_past_comma,
    held_before_now,
    moved_after,
    part_of_handed_over,
    predicate_moved,
    predicate_past_aside,
)

__all__ = ["is_stock"]


def is_stock(ctx: Ctx, f: Figure) -> bool:
    """The figure counts people held (a stock), not a handover."""
    if f.mention is Mention.HELD_PART:
        return True  # "of whom 7 are presumed alive", "11 remain with the kidnappers": held
    if own_predicate(ctx.s, f) is Predicate.HELD:
        # "… freed this year and notes that 14 are still held": the group's own clause says so
        return not part_of_handed_over(ctx, f)
    lo, hi = f.clause
    held = _is_held(ctx.s, f, lo, hi) or transferred(ctx, f) or count_of_captives(ctx, f)
    return held and not part_of_handed_over(ctx, f)


# a relative clause right after a group: "…, who had been", "that were"
_RELATIVE_RE = re.compile(
    r",?\s+(?:who|that|which)\s+(?:had\s+|have\s+|has\s+|were\s+|was\s+)?(?:been\s+)?",
    re.IGNORECASE,
)


# the figure is a larger group the subject belongs to: "were among some 240 people seized"
_AMONG_RE = re.compile(r"\bamong\s+(?:the\s+)?(?:some\s+|about\s+|around\s+|an\s+estimated\s+)?$")


_HYPOTHETICAL_RE = re.compile(r"\b(?:could|might|may)\s+(?:\w+\s+)?(?:be\s+)?", re.IGNORECASE)


# a noun coordinated with the group's before a participle on both ("137 pupils and staff
# seized by bandits")
_COORDINATED_NOUN_RE = re.compile(r"\s+and\s+[a-z][\w-]*\s+")


# a comma apposition after a group, then its predicate: "8,000 Ukrainians, most of them
# soldiers, are still held", "23 citizens, including two former ministers, remain in custody"
_APPOSITION_PREDICATE_RE = re.compile(
    APPOSITION + r"\s+(?=(?:are|is|were|was|have|has|remain\w*|still)\b)", re.IGNORECASE
)


# the same predicate right after a part named inside the apposition ("…, including two
# journalists, remain in custody")
_PART_PREDICATE_RE = re.compile(
    r",\s+(?=(?:are|is|were|was|have|has|remain\w*|still)\b)", re.IGNORECASE
)


def _is_held(s: Sentence, f: Figure, lo: int, hi: int) -> bool:
    if f.label:
        return False
    text, start, end = s.text, f.q.start, f.np_end
    near = text[max(0, start - 14) : start].lower()
    p = kind_patterns(s.lex)
    if any_in(p.take_hints, near) and p.take_before.search(text, max(0, start - 14), start):
        return True  # "Hamas took 200 hostages", "radicals are holding 200 people"
    if taken_passive(s, f):
        return True  # "some 200 hostages were first seized by the militants in May"
    if listed(s, f):
        return True  # "shared details of 391 prisoners": a list counts people held
    if to_custody(s, f, hi):
        return True  # "handed 15 suspects to the police": still held
    if possessed(s, f):
        return True  # "the rebels have as many as 6,000 army captives"
    if tallied(s, f):
        return True  # "Viasna counts about 1,150 political prisoners"
    if demanded_of_holder(s, f):
        return True  # "New Delhi pressed Islamabad to free 184 fishermen"
    if talked_of_held(s, f, lo):
        return True  # "called for the release of all 8,000 Ukrainians held by Russia"
    after = s.lowered[f.np_end : f.np_end + 64]
    if (" yet" in after or " not " in after) and yet_to_go(s, f):
        return True  # "At least 14 hostages are yet to be freed": still held
    if pool_of_captives(s, f):
        return True  # "frees 35 of roughly 1,350 political prisoners": the pool held
    n = len(text)
    after_end = min(hi, end + 45)
    if f.q.qualifier != "vague" and not s.cue("any_stock", lo, n):
        return False  # most figures: no stock cue at all
    estimated = (
        f.q.qualifier == "vague"
        or s.cue("estimated", lo, f.q.num_start)  # "an estimated 200"
        or s.cue("estimated", end, after_end)
    )
    moved = s.moved(lo, start) or gapped_moved(s, f, lo) or governed_past_comma(s, lo, start)
    if moved and _HYPOTHETICAL_RE.search(text, lo, start):
        moved = False  # "could be exchanged for 6,000 held in prisons": the stock is the fact
    held = _held_cue(s, end, after_end) or _held_cue(s, lo, start) or left_in(s, f)
    if not held and (tail := _coordination_tail(s, f)) > end:
        # "150 fishermen and 40 civilian prisoners were in Pakistani custody": the predicate
        # after the last group of a coordination is every group's
        held = _held_cue(s, tail, min(hi, tail + 45))
    if not held and (_held_past_apposition(s, f) or _held_past_aside(s, f, lo)):
        return True
    # "of the around 240 hostages captured …", "among some 240 people seized …" (not "the
    # release of the 20 hostages held …")
    whole = (f.stock and not handover_of(s, start)) or _AMONG_RE.search(
        text, max(0, start - 30), start
    )
    if whole and s.cue("held", end, hi + 40):
        return True
    moved_later: bool | tuple[int, int] | None = moved_after(s, end, hi) or s.cue(
        "swap_verb", end, hi
    )
    if held and not moved_later and _RELATIVE_RE.match(text, end):
        # "two men, who had been held since 2014, have been released": the holding is a
        # relative clause; the sentence's predicate comes after it
        moved_later = moved_after(s, held[1], n)
    elif (
        held
        and not moved_later
        and held[0] >= start
        and (held[0] <= end + 1 or _COORDINATED_NOUN_RE.fullmatch(text, end, held[0]))
    ):
        # "eight Russians held in the US, Germany and Norway were sent back": the holding is
        # a participle on the group; its predicate may come after a list of places (not a
        # verb before the group: "is holding 40 hostages … unless its men are released")
        nxt = s.next_figure_start(end)
        moved_later = (
            predicate_moved(s, held[1], nxt)
            or predicate_past_aside(s, held[1])
            or came_back(s, held[1], min(nxt, held[1] + 60))
        )
    if (
        held
        and not moved
        and not moved_later
        and (held[0] < end or not s.moved(end, held[0]))
        and not held_before_now(s, f, held, lo)
    ):
        return True
    if not estimated:
        return False
    # an estimate whose predicate comes after an apposition: "An estimated 200 people,
    # including …, are being held"
    return bool(s.cue("held", end, n)) and not (moved or s.moved(end, n))


def _held_cue(s: Sentence, lo: int, hi: int) -> tuple[int, int] | None:
    """The first 'held' cue in text[lo:hi] that says captivity: not a holding verb in
    another sense ('who held out at Azovstal', 'held talks'; lexicon held_not_after)."""
    cue = s.cue("held", lo, hi)
    while cue is not None and (_other_sense(s, cue[1]) or _held_until(s, cue[0])):
        cue = s.cue("held", cue[1], hi)
    return cue


# between a time clause's opening and its holding word: a few words, no break
_FEW_WORDS_RE = re.compile(r"(?:\s+[\w'’-]+){0,4}\s+")


def _held_until(s: Sentence, at: int) -> bool:
    """The holding word at `at` in a time clause that tells the holding over ('… after being
    held by the rebels', '… after three weeks in captivity'; lexicon held_ended_before)."""
    opener = s.cue("held_ended_before", max(0, at - 40), at)
    while opener is not None:
        if _FEW_WORDS_RE.fullmatch(s.text, opener[1], at):
            return True
        opener = s.cue("held_ended_before", opener[1], at)
    return False


def _other_sense(s: Sentence, at: int) -> bool:
    """A word of lexicon held_not_after right after the holding word ending at `at`."""
    word = s.cue("held_not_after", at + 1, at + 14)
    return word is not None and word[0] == at + 1 and s.text[at : at + 1] == " "


def _held_past_apposition(s: Sentence, f: Figure) -> bool:
    """'Over 6,000 Ukrainians, mostly troops, are still held by Russia': the
    group's predicate, past a comma apposition, says it is held and moves no one (so
    does a part named in the apposition)."""
    end = f.np_end
    if s.text[end : end + 1] != ",":
        return False
    m = _APPOSITION_PREDICATE_RE.match(s.text, end)
    if m is None and f.follows is not None:
        m = _PART_PREDICATE_RE.match(s.text, end)
    if m is None:
        return False
    _, hi = s.clause(m.end(), m.end() + 1)
    return bool(s.cue("held", m.end(), hi)) and not s.moved(m.end(), hi)


# right after an aside on a group, its own predicate: an auxiliary, perhaps 'still', 'now'
# (the holding word must follow at once: "…, are still in captivity"; with no auxiliary
# only a finite 'remain': "…, remain held", not a participle "…, held since May")
_PREDICATE_OPENS_RE = re.compile(
    r"\s*(?P<aux>(?:are|is|were|was|have\s+been|has\s+been)\s+)?"
    r"(?:(?:still|now|currently|all)\s+)?",
    re.IGNORECASE,
)

# an aside's opening mark right after a group
_ASIDE_OPENS_RE = re.compile(r"\s*[,(\u2013\u2014-]")

# the breaks an aside may be set off by: a comma, a dash, a bracket (not ';', ':', 'but')
_ASIDE_MARKS = frozenset(",-\u2013\u2014()")


def _held_past_aside(s: Sentence, f: Figure, lo: int) -> bool:
    """'Nine Azerbaijani soldiers, seized near the border in May, remain in Armenian
    hands', 'some 400 Georgians, 300 of whom are farmers, are still detained by Moscow':
    past an aside set off by commas, dashes or brackets right after the group (a participle's
    phrase, a part, a relative clause), a predicate with no subject of its own is the
    group's, and it says the group is held. Not when the group is the object of a handover
    verb before it, nor when the aside hands people over ('…, freed on Monday, remain in
    hospital')."""
    text, end = s.text, f.np_end
    if not _ASIDE_OPENS_RE.match(text, end) or s.moved(lo, f.q.start):
        return False  # the common case: no aside right after the group
    if _governed(s, lo, f.q.start):
        return False  # 'The last swap, involving some 1,000 detainees, was held in 2020'
    seen = 0
    for b0, b1 in s.breaks:
        if b0 < end:
            continue
        if text[b0] not in _ASIDE_MARKS or seen == 4:
            return False  # another clause ('; ', 'but'), or no aside this long
        seen += 1
        if b0 > end and s.moved(end, b0):
            return False  # the aside tells a handover: the people went free
        m = _PREDICATE_OPENS_RE.match(text, b1)
        at = m.end()  # type: ignore[union-attr]  # always matches
        cue = _held_cue(s, at, min(len(text), at + 24))
        finite = m.group("aux") or s.lowered.startswith("remain", at)  # type: ignore[union-attr]
        taken = s.cue("capture_verb", at, min(len(text), at + 12)) if finite else None
        if taken is not None and taken[0] == at:
            return False  # "…, were seized on May 2": the taking told, not a stock now
        if cue is not None and cue[0] == at and finite:
            _, hi = s.clause(at, at + 1)
            return not s.moved(at, hi)
    return False


# a participle or a verb in the past right before a group: the group is its object
_VERB_FORM_RE = re.compile(r"\b[a-z]{2,}(?:ing|ed)\b", re.IGNORECASE)


def _governed(s: Sentence, lo: int, start: int) -> bool:
    """A verb form ('involving', 'seized') between the clause's start and the group: the
    group is that verb's object, not the subject of a predicate after its aside ('An
    estimated' is the figure's own qualifier)."""
    est = s.cue("estimated", lo, start)
    if est is not None:
        lo = max(lo, est[1])
    return _VERB_FORM_RE.search(s.text, lo, start) is not None


def _coordination_tail(s: Sentence, f: Figure) -> int:
    """Where the last group of the coordination `f` opens ends ('150 fishermen and 40
    civilian prisoners'), or `f`'s own end when none follows it."""
    end, at = f.np_end, s.figures.index(f) if f in s.figures else -1
    for i, g in enumerate(s.figures):
        if at >= 0 and g.follows == at:
            end, at = g.np_end, i
    return end
