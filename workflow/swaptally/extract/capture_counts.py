"""Stage 5, what a figure counts: people counted at their taking, an abduction or an arrest,
not a stock held now nor a handover.

"The militiamen seized 33 herders in March", "Police detained 212 marchers during the
rally", "At least 58 bus passengers were abducted", "9,400 have been arrested since the coup",
"with more than 700 farmers kidnapped": each counts an event of capture. Some of those
people may be free since and others still held, so the figure is no stock; nor does it
count anyone handed over. Not a capture told with its people still held ("seized 30
villagers, who are still held"), nor a relative clause on the captors ("kidnappers who
abducted 64 traders are demanding a ransom": the captors' clause, whose group the main
predicate may tell held),
nor a military capture ("captured 500 soldiers": prisoners of war, held; the verbs are the
lexicon's capture_count_verb, which leaves out "captured" and "took"). "Took" and "taken"
(capture_count_verb_people) count a taking only of people who are neither soldiers nor
captives by their noun ("bandits took 35 bus passengers at a roadblock"; not "took 40
soldiers prisoner", "took 15 hostages": a stock).
"""

from __future__ import annotations

import re

from .figure import Figure
from .lexicon import Lexicon
from .mention_takings import STRONG_BREAK_RE
from .sentence import APPOSITION, Sentence

__all__ = ["capture_count"]


def capture_count(s: Sentence, f: Figure) -> bool:
    """Whether figure `f` of `s` counts people at their capture (an abduction or arrest
    count), no captives held or handed over."""
    if f.label or f.two_sided:
        return False
    low = s.lowered
    if not any(h in low for h in _hints(s.lex)):
        return False  # the common case: no capture verb in the sentence
    if _counted_at_capture(s, f, s.lex.stage_patterns("capture_counts", _patterns)):
        return True
    # "took"/"taken" (capture_count_verb_people): only of people neither soldiers nor
    # captives by their noun ("took 35 passengers", not "took 15 hostages")
    if f.category == "military" or s.cue("captive_noun", f.q.num_end, f.np_end) is not None:
        return False
    return _counted_at_capture(s, f, s.lex.stage_patterns("capture_counts.people", _people))


def _counted_at_capture(s: Sentence, f: Figure, p: _Patterns) -> bool:
    """capture_count with the verbs of `p`."""
    low = s.lowered
    start, end = f.q.start, f.np_end
    verb = p.active.search(low, max(0, start - 24), start) or p.apposed.search(
        low, max(0, start - 50), start
    )
    if verb is not None:
        if p.relative.search(low, max(0, verb.start() - 30), verb.start()):
            return False  # "kidnappers who abducted 64 traders …": the captors' clause
        told_end = end
        if p.perfect.search(low, max(0, verb.start() - 20), verb.start()) and not _spanned(
            s, start, end
        ):
            return False  # "they have seized 1,000 people": the taking's result, held now
    else:
        m = (
            p.passive.match(low, end)
            or p.passive.match(low, _past_apposition(low, end))  # "…, including five children,"
            or p.passive.match(low, _past_conjuncts(low, end))  # "… and their driver"
            or (
                p.participle.match(low, end)
                if p.tally.search(low, max(0, start - 20), start)
                else None
            )
        )
        if m is None:
            return False
        told_end = m.end()
    brk = STRONG_BREAK_RE.search(s.text, told_end)
    stop = brk.start() if brk else len(s.text)
    if verb is None:
        if _part_of_handover(s, start, stop):
            return False  # "freed 369, … and 333 were detained without charge": a part
    else:
        _, hi = s.clause(start, told_end)
        if s.moved(told_end, hi):
            return False  # "abducted 40 villagers and freed them": a handover told with it
    return s.cue("capture_still", told_end, stop) is None


# a comma apposition right after a group ("…, including two teenagers,", "…, most of them
# women,"; sentence.APPOSITION), a single person coordinated with the group before it
# ("… and a guide"): the group's own predicate follows them
_APPOSITION_LRE = re.compile(r"(?:\s+and\s+(?:a|an|one)\s+[\w-]+)?" + APPOSITION)


def _past_apposition(low: str, end: int) -> int:
    """Where the predicate of the group ending at `end` may start: past an apposition
    (_APPOSITION_LRE) when one follows, else `end`. `low` lower-cased."""
    m = _APPOSITION_LRE.match(low, end)
    return m.end() if m else end


# the other groups of a list that shares one predicate ("six teachers, a nurse and two
# pupils were kidnapped", "nine engineers and their driver had been abducted"): each opens
# with its own word (a count, an article, a possessive) and runs up to four words with no
# number inside, so that a clause of its own ("… and police said 30 were seized") is no
# conjunct; a part named with "including" may close the last one
_WORD = r"(?!(?:were|was|had|have|has|are|is|been|and|including)\b)[\w'’-]+"
_CONJUNCT = rf"{_WORD}(?:\s+(?!\d){_WORD}){{0,3}}"
_CONJUNCTS_LRE = re.compile(
    # the first conjunct after 'and' or a bare comma: ', and' opens a clause of its own
    # ("they hold 90 soldiers, and 12 civilians were detained"), not a list
    rf"(?:\s+and\s+|,\s+(?!and\b)){_CONJUNCT}(?:(?:,\s+(?:and\s+)?|\s+and\s+){_CONJUNCT})*"
    r"(?:\s+including\s+[^,;:()]{1,40},|,)?(?=\s)"
)


def _past_conjuncts(low: str, end: int) -> int:
    """Where the shared predicate of a list of groups may start, the first group ending at
    `end`: past the other groups of the list (_CONJUNCTS_LRE), else `end`. `low`
    lower-cased."""
    m = _CONJUNCTS_LRE.match(low, end)
    return m.end() if m else end


def _part_of_handover(s: Sentence, start: int, stop: int) -> bool:
    """A handover told in the figure's stretch of the sentence ('Of those freed, …, 170 had
    been detained in Gaza'), or before it with a figure between ('freed 210 on Monday; 40
    were serving life terms and 170 were detained'): the figure is a part of the group
    handed over, told by how its people were held."""
    lo = max((b.end() for b in STRONG_BREAK_RE.finditer(s.text, 0, start)), default=0)
    if s.moved(lo, stop):
        return True
    cue = s.cue("any_moved", 0, lo)
    return cue is not None and any(cue[1] <= g.q.start < start for g in s.figures)


def _spanned(s: Sentence, start: int, end: int) -> bool:
    """A span of time the captures add up over, in the figure's stretch of the sentence
    ('since the 2018 protests … have jailed hundreds', 'have detained 400 over the past
    year'): a tally of arrests, not the result held now."""
    lo = max((b.end() for b in STRONG_BREAK_RE.finditer(s.text, 0, start)), default=0)
    brk = STRONG_BREAK_RE.search(s.text, end)
    return s.cue("capture_span", lo, brk.start() if brk else len(s.text)) is not None


class _Patterns:
    __slots__ = ("active", "apposed", "participle", "passive", "perfect", "relative", "tally")

    def __init__(self, lex: Lexicon, key: str = "capture_count_verb") -> None:
        verbs = lex.phrases(key).lower()
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
        # a participle right after the group, in a tally of captures ("counts 45 fishermen
        # abducted", "with 700 farmers kidnapped")
        self.participle = re.compile(rf"\s+(?:{verbs})\b")
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


def _people(lex: Lexicon) -> _Patterns:
    return _Patterns(lex, "capture_count_verb_people")


def _hints(lex: Lexicon) -> tuple[str, ...]:
    """The first letters of each capture verb, lower-cased: a cheap gate before the regexes."""
    keys = ("capture_count_verb", "capture_count_verb_people")
    return lex.stage_patterns(
        "capture_counts.hints",
        lambda lx: tuple(
            sorted({str(w).lower()[:5] for k in keys for w in lx.data["triggers"].get(k) or []})
        ),
    )
