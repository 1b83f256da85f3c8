"""Stage 5, what a figure counts: people counted at their taking, an abduction or an arrest,
not a stock held now nor a handover.

"The gunmen seized 61 residents in March", "Police detained 107 people during the protests",
"At least 177 worshippers were abducted", "65,000 had been detained since 2020", "with more
than 1,400 children kidnapped": each counts an event of capture. Some of those people may
be free since and others still held, so the figure is no stock; nor does it count anyone
handed over. Not a capture told with its people still held ("seized 30 villagers, who are
still held"), nor a relative clause on the captors ("gunmen who abducted 287 pupils are
demanding a ransom": the captors' clause, whose group the main predicate may tell held),
nor a military capture ("captured 500 soldiers": prisoners of war, held; the verbs are the
lexicon's capture_count_verb, which leaves out "captured" and "took"). A group named by its
taking counts it too where nothing else is told of it ("leaders prayed for the 52 kidnapped
seminarians"; _taken_group).
"""

from __future__ import annotations

import re

from .fact import Mention
from .figure import Figure
from .lexicon import Lexicon
from .sentence import APPOSITION, Sentence

__all__ = ["capture_count"]

# a strong break: the clause after it tells another event ("…; the rest remain in detention")
_STRONG_BREAK_RE = re.compile(r"[;:()\[\]\u2013\u2014]|\s-\s")


def capture_count(s: Sentence, f: Figure) -> bool:
    """Whether figure `f` of `s` counts people at their capture (an abduction or arrest
    count), no captives held or handed over."""
    if f.label or f.two_sided:
        return False
    low = s.lowered
    if not any(h in low for h in _hints(s.lex)):
        return False  # the common case: no capture verb in the sentence
    if f.follows is not None:
        head = s.figures[f.follows]
        if f.q.start < _past_apposition(low, head.np_end) and capture_count(s, head):
            return True  # "40 villagers, including 15 nurses, taken from …": a part
    p = s.lex.stage_patterns("capture_counts", _patterns)
    start, end = f.q.start, f.np_end
    verb = p.active.search(low, max(0, start - 24), start) or p.apposed.search(
        low, max(0, start - 50), start
    )
    if verb is not None:
        if p.relative.search(low, max(0, verb.start() - 30), verb.start()):
            return False  # "gunmen who abducted 287 pupils …": the captors' clause
        told_end = end
        if p.perfect.search(low, max(0, verb.start() - 20), verb.start()) and not _spanned(
            s, start, end
        ):
            return False  # "they have seized 1,000 people": the taking's result, held now
    else:
        m = (
            p.passive.match(low, end)
            or p.passive.match(low, _past_apposition(low, end))  # "…, including five children,"
            or (
                p.participle.match(low, end)
                if p.tally.search(low, max(0, start - 20), start)
                else None
            )
        )
        if m is None:
            return _taken_group(s, f, p)
        told_end = m.end()
    brk = _STRONG_BREAK_RE.search(s.text, told_end)
    stop = brk.start() if brk else len(s.text)
    if verb is None:
        if _part_of_handover(s, start, stop):
            return False  # "freed 369, … and 333 were detained without charge": a part
    else:
        _, hi = s.clause(start, told_end)
        if s.moved(told_end, hi):
            return False  # "abducted 40 villagers and freed them": a handover told with it
    return s.cue("capture_still", told_end, stop) is None


# at most three words between a handover word and the figure it governs ("freed all 30",
# "the release of the 30")
_GOVERNED_GAP_RE = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}")


def _taken_group(s: Sentence, f: Figure, p: _Patterns) -> bool:
    """Whether `f` names its people by their taking (lexicon taken_group_word) and counts
    them at it: in a phrase that only names the group ('prayed for the 52 kidnapped
    seminarians', 'a nurse from the 63 miners snatched at the quarry', 'a charity counted
    275 abducted pupils';
    lexicon taken_group_place) or as the subject of a predicate that tells them gone ('33
    students taken from the campus are still missing'). Not where a handover or holding
    word governs the figure ('rescued 27 kidnapped farmers', 'is holding two priests taken
    …') nor where its own predicate tells it handed over or held ('… seized in March were
    freed', '… remain with their captors')."""
    if f.mention is not Mention.NOUN_PHRASE:
        return False  # a part takes its whole's noun ("30 of the 50 abducted"): the part's
    low = s.lowered
    start, end = f.q.start, f.np_end
    after = p.participle_after.match(low, end) or p.participle_after.match(
        low, _past_apposition(low, end)
    )  # "40 villagers, including 15 nurses, taken from …"
    if after is None and p.participle_before.search(low, f.q.num_end, end) is None:
        return False
    told_end = after.end() if after is not None else end
    lo = max(0, start - 40)
    t = s.low or s.text  # what the sentence's cue patterns read
    for name in ("any_moved", "holding_verb"):
        for m in s.cues[name].finditer(t, lo, start):
            if _GOVERNED_GAP_RE.fullmatch(t, m.end(), start):
                return False  # "freed 30 kidnapped farmers", "is holding two priests taken …"
    if _own_predicate(s, p, told_end):
        return False  # "… seized in May were freed on Friday", "… are still held"
    gone = s.cue("gone_state", told_end, _stop(s, told_end))
    return gone is not None or p.group_place.search(low, lo, start) is not None


def _stop(s: Sentence, at: int) -> int:
    """Where the predicate of a group ending at `at` may run to: the next strong break or
    number ('Of the 80 taken, 30 remain': the 30's), or the end."""
    brk = _STRONG_BREAK_RE.search(s.text, at)
    return min(brk.start() if brk else len(s.text), s.next_figure_start(at))


def _own_predicate(s: Sentence, p: _Patterns, told_end: int) -> bool:
    """After a group named by its taking (ending at `told_end`), up to a strong break: a
    handover ('… were freed on Friday') or its people still held ('… remain with the
    gang'), not gone ('… are still missing')."""
    stop = _stop(s, told_end)
    if s.moved(told_end, stop):
        return True
    still = s.cue("capture_still", told_end, stop)
    gone = s.cue("gone_state", told_end, stop)
    return still is not None and (gone is None or gone[0] < still[0])


# a comma apposition right after a group ("…, including two teenagers,", "…, most of them
# women,"; sentence.APPOSITION), a single person coordinated with the group before it
# ("… and a guide"): the group's own predicate follows them
_APPOSITION_LRE = re.compile(r"(?:\s+and\s+(?:a|an|one)\s+[\w-]+)?" + APPOSITION)


def _past_apposition(low: str, end: int) -> int:
    """Where the predicate of the group ending at `end` may start: past an apposition
    (_APPOSITION_LRE) when one follows, else `end`. `low` lower-cased."""
    m = _APPOSITION_LRE.match(low, end)
    return m.end() if m else end


def _part_of_handover(s: Sentence, start: int, stop: int) -> bool:
    """A handover told in the figure's stretch of the sentence ('Of those freed, …, 170 had
    been detained in Gaza'), or before it with a figure between ('freed 210 on Monday; 40
    were serving life terms and 170 were detained'): the figure is a part of the group
    handed over, told by how its people were held."""
    lo = max((b.end() for b in _STRONG_BREAK_RE.finditer(s.text, 0, start)), default=0)
    if s.moved(lo, stop):
        return True
    cue = s.cue("any_moved", 0, lo)
    return cue is not None and any(cue[1] <= g.q.start < start for g in s.figures)


def _spanned(s: Sentence, start: int, end: int) -> bool:
    """A span of time the captures add up over, in the figure's stretch of the sentence
    ('since the 2018 protests … have jailed hundreds', 'have detained 400 over the past
    year'): a tally of arrests, not the result held now."""
    lo = max((b.end() for b in _STRONG_BREAK_RE.finditer(s.text, 0, start)), default=0)
    brk = _STRONG_BREAK_RE.search(s.text, end)
    return s.cue("capture_span", lo, brk.start() if brk else len(s.text)) is not None


class _Patterns:
    __slots__ = (
        "active", "apposed", "group_place", "participle",
        "participle_after", "participle_before", "passive", "perfect", "relative", "tally",
    )  # fmt: skip

    def __init__(self, lex: Lexicon) -> None:
        verbs = lex.phrases("capture_count_verb").lower()
        # the verb right before the figure, with only an adverb between ("seized 61",
        # "first detained about 40")
        self.active = re.compile(rf"\b(?:{verbs})\s+$")
        # the figure in an apposition to the verb's object ("seized the convoy, 14 engineers
        # and a driver, on May 2")
        self.apposed = re.compile(
            rf"\b(?:{verbs})\s+(?:the|a|an|their|its|his|her)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+,\s+$"
        )
        # the group's own predicate, passive and past ("were abducted", "had been detained",
        # "were first reported abducted")
        self.passive = re.compile(
            r"\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+"
            rf"(?:(?:{lex.phrases('capture_adverb').lower()})\s+){{0,3}}(?:{verbs})\b"
        )
        # a participle right after the group, in a tally of captures ("counts 130 seafarers
        # abducted", "with 1,400 children kidnapped")
        self.participle = re.compile(rf"\s+(?:{verbs})\b")
        taken = lex.phrases("taken_group_word").lower()
        # a group named by its taking, after its noun or before it (_taken_group)
        self.participle_after = re.compile(rf"\s+(?:{taken})\b")
        self.participle_before = re.compile(rf"\s(?:{taken})\s")
        self.group_place = re.compile(
            rf"\b(?:{lex.phrases('taken_group_place').lower()})\s+(?:[\w'’-]+\s+){{0,2}}$"
        )
        self.perfect = re.compile(
            rf"\b(?:have|has|'ve)\s+(?:(?:{lex.phrases('capture_adverb').lower()})\s+){{0,2}}$"
        )
        self.tally = re.compile(rf"\b(?:{lex.phrases('capture_tally').lower()})\s+$")
        self.relative = re.compile(
            rf"\b(?:who|that|which)\s+(?:(?:{lex.phrases('capture_adverb').lower()}|had|have|"
            r"has)\s+){0,3}$"
        )


def _patterns(lex: Lexicon) -> _Patterns:
    return _Patterns(lex)


def _hints(lex: Lexicon) -> tuple[str, ...]:
    """The first letters of each capture verb, lower-cased: a cheap gate before the regexes."""
    return lex.stage_patterns(
        "capture_counts.hints",
        lambda lx: tuple(
            {str(w).lower()[:5] for w in lx.data["triggers"].get("capture_count_verb") or []}
        ),
    )
