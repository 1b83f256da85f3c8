"""Sides the whole text decides: a group's mix of nationalities, told once, holds for every
mention of the group.

News counts one group several times: in the headline and the lead, where its side is
inferred from who frees it ('the rebels freed 11 aid workers'), and once more where its
make-up is told ('they were eight Germans and three Dutch nationals'; 'nine prisoners, with
Britons and Austrians among them'). The make-up decides: a group of several nationalities is `XX`
wherever it is counted. A group is known by its count and its holder: a mention of the
same count held by the same side (or by one no clause names) is the same group.

A group is told mixed when a fact of its count is a mixed group's (mixed_group, mixed_list,
many_countries: the clause says so), or when figures standing next to each other in one
sentence, of at least two nationalities and one holder, add up to its count (its parts; a
single person named last, '… and a Nepali', is one more).
A mention whose own clause states a nationality ('11 German engineers') keeps it; figures told
apart from the story ('Separately, …', 'In other news, …') are no group's parts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .fact import OWN_SIDES, Fact, Side, Step
from .sentence import Sentence

__all__ = ["composition", "halves_told"]

# the resolvers that read a group's make-up as mixed in its own clause
_MIXED = frozenset({Side.MIXED_GROUP, Side.MIXED_LIST, Side.MANY_COUNTRIES, Side.INSURGENTS_CAMP})

_NO_HOLDER = (None, "XX")


def composition(facts: Sequence[Fact], sents: Sequence[Sentence]) -> list[Fact]:
    """`facts` (one text's, in sentence order; `sents` its sentences) with every mention of
    a group the text tells is of several nationalities counted as such (persons_of `XX`),
    its holder kept."""
    mixed = _mixed_groups(facts, sents)
    if not mixed:
        return list(facts)  # most texts: no group told mixed
    out = []
    for f in facts:
        holders = mixed.get((f.low, f.high))
        if holders is not None and _same_group(f, holders):
            f = replace(f, persons_of="XX", how=f.how.then(Step.COMPOSITION))
        out.append(f)
    return out


def _same_group(f: Fact, holders: set[str]) -> bool:
    """`f` counts the mixed group of its count: one code its own clause did not state, held
    by the group's holder (or by no side a clause names)."""
    if f.persons_of == "XX" or f.how is None or f.how.marker or f.how.side in OWN_SIDES:
        return False
    return f.held_by in _NO_HOLDER or not holders or f.held_by in holders


def _mixed_groups(
    facts: Sequence[Fact], sents: Sequence[Sentence]
) -> dict[tuple[int | None, int | None], set[str]]:
    """(low, high) of each group the text tells is mixed → the holders it names for it
    (empty: none named)."""
    out: dict[tuple[int | None, int | None], set[str]] = {}
    for f in facts:
        if f.how is not None and f.how.side in _MIXED and f.persons_of == "XX":
            held = out.setdefault((f.low, f.high), set())
            if f.held_by not in _NO_HOLDER:
                held.add(f.held_by)
    for whole, holder in (*_part_sums(facts, sents), *_listed(facts, sents)):
        held = out.setdefault((whole, whole), set())
        if holder is not None:
            held.add(holder)
    return out


def _part_sums(facts: Sequence[Fact], sents: Sequence[Sentence]) -> list[tuple[int, str | None]]:
    """Counts made up of parts of several nationalities: runs of exact figures next to each
    other in one sentence ('eight Germans and three Dutch nationals'), of one holder, that
    add up to a count the text states elsewhere as a group of one nationality."""
    wholes = {f.low for f in facts if f.low == f.high and f.low and f.persons_of != "XX"}
    found: list[tuple[int, str | None]] = []
    i = 0
    while i < len(facts):
        j = i
        while j + 1 < len(facts) and facts[j + 1].sentence_no == facts[i].sentence_no:
            j += 1
        s = sents[facts[i].sentence_no]
        if not _apart(s):
            found.extend(_runs(facts[i : j + 1], wholes, s))
        i = j + 1
    return found


# the lexicon's cues of a sentence that tells its people apart from the story's group
_APART = ("separate", "new_story")


def _apart(s: Sentence) -> bool:
    """The sentence tells its figures apart from the story ('Separately, …'): its people
    are no part of a group counted elsewhere."""
    return any(s.cue(name, 0, len(s.text)) for name in _APART)


def _runs(sentence: Sequence[Fact], wholes: set[int], s: Sentence) -> list[tuple[int, str | None]]:
    """The runs of one sentence's facts (one per figure, in order), with the single persons
    named right after a run ('10 Thais and a Filipino'), that are parts of a whole in
    `wholes`: at least two nationalities, one holder."""
    figs: list[Fact] = []
    for f in sentence:
        if f.low != f.high or f.low is None or (figs and figs[-1].span_start == f.span_start):
            continue  # a range, or a figure's second side: no part to add
        figs.append(f)
    if not figs:
        return []
    ends = [g.span_start - s.start for g in figs[1:]] + [len(s.text)]
    singles = [_singles(s, f.span_end - s.start, end) for f, end in zip(figs, ends, strict=True)]
    found = []
    for a in range(len(figs)):
        total = 0
        for b in range(a, len(figs)):
            total += figs[b].low or 0
            run = figs[a : b + 1]
            holders = {f.held_by for f in run} - set(_NO_HOLDER)
            if len(holders) > 1:
                break
            codes = {f.persons_of for f in run}
            for whole, parts in ((total, codes), (total + len(singles[b]), {*codes, *singles[b]})):
                if whole in wholes and len(parts) > 1 and (b > a or parts != codes):
                    found.append((whole, next(iter(holders), None)))
    return found


# after a group's figure, what sets off a list of its members: a dash or a colon
_LIST_OPENS_RE = re.compile(r"\s[-–—]\s|:")
# the list set off by a dash ends at the next dash
_LIST_CLOSES_RE = re.compile(r"\s[-–—]\s")


def _listed(facts: Sequence[Fact], sents: Sequence[Sentence]) -> list[tuple[int, str | None]]:
    """Counts whose members the text lists with at least two nationalities right after the
    group: in its sentence ('three miners - a Bolivian driver and two Chileans - were freed')
    or in the next, which opens on them ('Among them were …', 'They
    were …'; the group is the first the sentence before counts, its subject)."""
    found: list[tuple[int, str | None]] = []
    first: dict[int, Fact] = {}
    for f in facts:
        first.setdefault(f.sentence_no, f)
    for f in facts:
        if f.low != f.high or f.low is None or f.low < 2 or f.persons_of == "XX":
            continue
        s = sents[f.sentence_no]
        codes = _members_here(s, f, facts)
        n = f.sentence_no + 1
        if first[f.sentence_no] is f and n < len(sents) and _opens_on_members(sents[n]):
            codes |= _nationalities(sents[n], 0, len(sents[n].text), facts)
        if len(codes) > 1:
            found.append((f.low, f.held_by if f.held_by not in _NO_HOLDER else None))
    return found


def _opens_on_members(s: Sentence) -> bool:
    hit = s.cue("members_next", 0, min(len(s.text), 30))
    return hit is not None and hit[0] == 0


def _members_here(s: Sentence, f: Fact, facts: Sequence[Fact]) -> set[str]:
    """The nationalities of the members listed right after `f`'s group in its sentence, set
    off by a dash (to the next dash) or a colon ('three miners - a Bolivian driver and two
    Chileans - were freed'). A list after 'including' is sides_mixed's (mixed_list)."""
    at = f.span_end - s.start
    opens = _LIST_OPENS_RE.search(s.text, at, min(len(s.text), at + 80))
    if opens is None:
        return set()  # most groups: no list after them
    lo = opens.end()
    if any(
        g.sentence_no == f.sentence_no and at < g.span_start - s.start < lo
        for g in facts
        if g is not f
    ):
        return set()  # another group stands between: the list is that one's
    closes = _LIST_CLOSES_RE.search(s.text, lo)
    return _nationalities(s, lo, closes.start() if closes else len(s.text), facts)


def _nationalities(s: Sentence, lo: int, hi: int, facts: Sequence[Fact]) -> set[str]:
    """The nationalities named in s.text[lo:hi]: its demonyms ('a Bolivian driver') and the
    people of the figures there."""
    actors = s.actors or s.lex.actors_in(s.text)
    # a second citizenship is the same person's ('an Israeli-Russian'): its first is told
    codes = {
        a.code
        for a in actors
        if a.demonym and lo <= a.start < hi and s.text[a.start - 1 : a.start] != "-"
    }
    codes.update(
        g.persons_of
        for g in facts
        if g.sentence_no == s.no and lo <= g.span_start - s.start < hi and g.persons_of is not None
    )  # (an English fact always names its people: the None is a Slavic fact's)
    codes.discard("XX")
    return codes


# before a nationality: a single person of it, the last part of a list ('… and a Filipino')
_ONE_BEFORE_RE = re.compile(r"(?:,|\band)\s+an?\s+$", re.IGNORECASE)


def _singles(s: Sentence, start: int, end: int) -> list[str]:
    """The nationalities of the single persons named by a demonym after a figure (from
    `start`, before `end`, the next figure): '… 10 Thais and a Filipino' → the Filipino's."""
    return [
        a.code
        for a in s.actors
        if a.demonym
        and start < a.start < min(end, start + 60)
        and _ONE_BEFORE_RE.search(s.text, start, a.start)
    ]


def halves_told(facts: Sequence[Fact]) -> list[Fact]:
    """`facts` (one text's) with each two-party figure of no 'each' ('Armenia and Azerbaijan
    traded 64 captives': per side or in all, a marker) counted as the swap's whole (XX held
    by XX) when the figures of one other sentence, or the rest of its own, add up to it and
    count both sides ('Baku handed over 40 Armenians, and Yerevan returned 24
    Azerbaijanis'; '35 apiece'), or no one side: the text tells its halves. Parts of one
    side's people ('60 soldiers and 30 civilians came home') are that side's breakdown:
    the figure stays a marker."""
    if not any(f.how is not None and f.how.marker for f in facts):
        return list(facts)  # most texts: no two-party figure of no 'each'
    out = []
    for f in facts:
        marker = f.how
        if marker is not None and _halves_add_up(f, facts):
            how = replace(marker, side=Side.TWO_SIDED_TOTAL).then(Step.HALVES_TOLD)
            f = replace(f, persons_of="XX", held_by="XX", how=how)
        out.append(f)
    return out


def _halves_add_up(f: Fact, facts: Sequence[Fact]) -> bool:
    """`f` is a two-party figure of no 'each' whose halves another sentence, or the rest of
    its own (of two states), tells."""
    if f.how is None or not f.how.marker or f.low is None or f.low != f.high:
        return False
    # halves of another swap (planned, or of another day or period) tell no whole of this one
    sums = _sentence_sums([g for g in facts if _same_event(g, f)])
    if any(n != f.sentence_no and total == f.low for n, total in sums):
        return True
    return _rest_of_sentence(facts, f) == f.low


def _same_event(g: Fact, f: Fact) -> bool:
    """`g` may be told of `f`'s event: its status, no period, no other day."""
    if g.status != f.status or g.period_start is not None or g.period_end is not None:
        return False
    return g.date is None or f.date is None or g.date == f.date


def _sentence_sums(facts: Sequence[Fact]) -> list[tuple[int, int]]:
    """(sentence, sum) of each sentence whose exchange figures count both sides or no one
    side (two or more facts, exact)."""
    by: dict[int, list[Fact]] = {}
    for f in facts:
        by.setdefault(f.sentence_no, []).append(f)
    return [(n, total) for n, group in by.items() if (total := _halves_sum(group)) is not None]


def _rest_of_sentence(facts: Sequence[Fact], whole: Fact) -> int | None:
    """The sum of the other figures of `whole`'s sentence ('swap 800 people, 400 from each
    side'), when they are halves (_halves_sum)."""
    rest = [
        f for f in facts if f.sentence_no == whole.sentence_no and f.span_start != whole.span_start
    ]
    return _halves_sum(rest, both=True)


def _halves_sum(group: Sequence[Fact], *, both: bool = False) -> int | None:
    """The sum of `group`'s figures when they may be a swap's halves: two or more exact
    exchange facts, not all of one state's people (`both`: of two states at least; parts
    of no side in the figure's own clause are its breakdown, 'traded 19 detainees: 12
    soldiers and 7 civilians'); else None."""
    if len(group) < 2 or any(
        f.kind != "exchange" or f.low is None or f.low != f.high for f in group
    ):
        return None
    states = {f.persons_of for f in group} - {"XX"}
    if len(states) == 1 or (both and not states):
        return None  # one side's breakdown, or the figure's own
    return sum(f.low or 0 for f in group)
