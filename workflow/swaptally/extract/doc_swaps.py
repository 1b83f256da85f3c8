"""Stage 5 over a whole text: releases that are in truth the halves of a swap.

A deal under which each side frees the other's people, or each side handing back the
other's people in one sentence (counter_handover: even under a one-sided cue, called per
sentence by assemble), is a swap though no swap word is written; so is a war's
captives freed by the enemy, in a war whose captives go home in swaps (war_swaps).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .context import Doc
from .fact import Fact, KindRule, Provenance, Side
from .sentence import Sentence

__all__ = ["counter_handover", "deal_swaps", "mutual_swaps", "named_one_sided", "war_swaps"]


def deal_swaps(doc: Doc, facts: list[Fact]) -> list[Fact]:
    """A deal (a truce, a ceasefire) under which each side frees the other's people is a
    swap, though no swap word is written: 'Hamas freed three hostages', 'Israel released 90
    Palestinians'. Releases between those two sides become its halves; a third country's
    people, and releases a cue calls one-sided, stay releases."""
    if doc.frame.swap or not doc.frame.deal:
        return facts
    pairs = {(f.persons_of, f.held_by) for f in facts if _by_text(f)}
    mutual = {a for a, b in pairs if (b, a) in pairs and a != b and "XX" not in (a, b)}
    # a civil war's deal: the state and the insurgents at home free each other's people,
    # both of one country ('Kabul let 100 Taliban go under the pact'), so the two directions
    # have the same codes; two such figures at least, as two directions have
    home = [f.persons_of for f in facts if _by_text(f) and f.persons_of == f.held_by]
    mutual |= {a for a in set(home) if a in doc.insurgents and home.count(a) > 1}
    under = doc.lex.cue["deal"]
    if not any(f.held_by in mutual and _by_text(f) and under.search(f.sentence) for f in facts):
        return facts  # no release said to be under the deal
    own = mutual | set(doc.parties[:2]) | {"XX"}  # the sides' people, or a mixed group
    out = []
    for f in facts:
        if _by_text(f) and f.how is not None and f.held_by in mutual and f.persons_of in own:
            f = replace(f, kind="exchange", how=replace(f.how, kind=KindRule.DEAL_SWAP))
        out.append(f)
    return out


def mutual_swaps(doc: Doc, facts: list[Fact]) -> list[Fact]:
    """Each side handing back the other's people in one sentence or the next is a swap,
    though no swap word is written: 'Ukraine brought home 189 people, while 150 Russian
    servicemen were handed back to Moscow'; 'The Russian side handed over 95 Ukrainian
    prisoners. The Ukrainian side returned 90 Russian soldiers.' Releases (by the text alone)
    between the two become its halves; one a cue calls one-sided stays a release, and so do
    totals over a span ('has freed 40 since 2020'), no one handover."""
    if doc.frame.swap:
        return facts
    found = [f for f in facts if _mutual_candidate(f)]
    if len(found) < 2:
        return facts
    # where each (persons, holder) pair is counted: the figures of each sentence, and days
    where: dict[tuple[str | None, str | None, int], set[tuple[int, object]]] = {}
    for f in found:
        key = (f.persons_of, f.held_by, f.sentence_no)
        where.setdefault(key, set()).add((f.span_start, f.date))

    def mirrored(f: Fact) -> bool:
        # another figure; not the same one read both ways ('two Austrian-Iranian dual
        # nationals': one group freed, whose two codes mirror each other); in the next
        # sentence or the one before, on the same day ('Azerbaijan freed 5 in March. In June
        # Armenia freed 2' are two releases)
        if f.persons_of == f.held_by:
            return False
        n, back = f.sentence_no, (f.held_by or "", f.persons_of)
        if any(at != f.span_start for at, _ in where.get((*back, n), ())):
            return True
        near = where.get((*back, n - 1), set()) | where.get((*back, n + 1), set())
        return f.date is not None and any(day == f.date for _, day in near)

    return [
        replace(f, kind="exchange", how=replace(f.how, kind=KindRule.MUTUAL))
        if f.how is not None and _mutual_candidate(f) and mirrored(f)
        else f
        for f in facts
    ]


def counter_handover(s: Sentence, facts: list[Fact]) -> list[Fact]:
    """The facts of one sentence, a one-sided release among them made a swap's half when
    the sentence counts the handover the other way: one group of the releaser's people
    freed by the side that got the first ('Chile freed 6 Bolivian truckers as a goodwill
    gesture, and Bolivia let 10 Chilean hikers go'). Not when either group already has its
    other half in the sentence ('Tajikistan returned 3 injured Kyrgyz guards as a gesture,
    while the two swapped 65 detainees each': the two 65s are each other's halves), nor a group of
    a side's own people or of no known side, nor when the sentence tells the two as
    separate events: a word of lexicon swap_apart_link between them ('freed 100 as a
    goodwill step, a month after Addis Ababa released 40'), or two different days."""
    moved = [(f, f.how) for f in facts if f.how is not None and _sided_handover(f)]
    halves: set[Fact] = set()  # the releases that are a swap's halves: the cued and its other
    for f, how in moved:
        if f.kind != "release" or how.kind is not KindRule.RELEASE_ONLY:
            continue
        back = [(g, gh) for g, gh in moved if _mirrors(g, f)]
        if len(back) != 1:
            continue  # no group the other way, or several: no one counter-handover
        ((other, other_how),) = back
        if other_how.side is Side.EACH_SIDE or not (_alone(moved, f) and _alone(moved, other)):
            continue  # a group with its other half already counted in the sentence
        if not _apart(s, f, other):
            halves |= {f, other}
    if not halves:
        return facts  # the common case
    out = []
    for f in facts:
        if f in halves and f.kind == "release" and f.how is not None:
            f = replace(f, kind="exchange", how=replace(f.how, kind=KindRule.COUNTER_HANDOVER))
        out.append(f)
    return out


def _apart(s: Sentence, f: Fact, g: Fact) -> bool:
    """The sentence tells the handovers of `f` and `g` as two events: on two different
    days, or with a word between them that sets one apart ('a month after', 'later')."""
    if f.date is not None and g.date is not None and f.date != g.date:
        return True
    first, last = sorted((f, g), key=lambda x: x.span_start)
    lo, hi = first.span_end - s.start, last.span_start - s.start
    return lo < hi and s.cue("swap_apart_link", lo, hi) is not None


def _mirrors(g: Fact, f: Fact) -> bool:
    """`g` counts the people of `f`'s holder freed by `f`'s people's side."""
    return (g.persons_of, g.held_by) == (f.held_by, f.persons_of)


def _sided_handover(f: Fact) -> bool:
    """A handover whose people and holder are two known sides."""
    known = f.held_by not in (None, "XX") and f.persons_of != "XX"
    return f.kind != "held" and known and f.persons_of != f.held_by


def _alone(moved: list[tuple[Fact, Provenance]], f: Fact) -> bool:
    """`f` is the one group the sentence counts of its people freed by its holder."""
    return sum((g.persons_of, g.held_by) == (f.persons_of, f.held_by) for g, _ in moved) == 1


def _mutual_candidate(f: Fact) -> bool:
    return _by_text(f) and f.held_by not in (None, "XX") and f.period_start is None


def _by_text(f: Fact) -> bool:
    """A release whose kind came from the text alone (no cue of its own)."""
    return f.how is not None and f.how.kind is KindRule.RELEASE_TEXT


def named_one_sided(doc: Doc, facts: list[Fact]) -> list[Fact]:
    """A sentence that opens by naming the handover just told as one-sided ('… freed 40
    prisoners on Sunday. The unilateral release came a year after …'; a one_sided_opening
    cue right after its opening determiner): the figures of the sentence before are a release,
    though the text tells a swap elsewhere, and so is the same figure told again (a
    headline's)."""
    if not doc.frame.swap:
        return facts
    named = {
        f.sentence_no
        for f in facts
        if f.how is not None
        and f.how.kind is KindRule.SWAP_TEXT
        and _opens_one_sided(doc, f.sentence_no + 1)
    }
    if not named:
        return facts  # the common case
    told = {(f.persons_of, f.held_by, f.low, f.high) for f in facts if f.sentence_no in named}
    return [
        replace(f, kind="release", how=replace(f.how, kind=KindRule.RELEASE_ONLY))
        if f.how is not None
        and f.how.kind is KindRule.SWAP_TEXT
        and (f.persons_of, f.held_by, f.low, f.high) in told
        else f
        for f in facts
    ]


# the opening of a sentence that names a handover just told: "The", "This", "That"
_OPENING_RE = re.compile(r"(?:the|this|that)\s+", re.IGNORECASE)


def _opens_one_sided(doc: Doc, no: int) -> bool:
    if no >= len(doc.sentences):
        return False
    s = doc.sentences[no]
    m = _OPENING_RE.match(s.text)
    if m is None:
        return False
    cue = s.cue("one_sided_opening", m.end(), min(len(s.text), m.end() + 12))
    return cue is not None and cue[0] == m.end()


def war_swaps(doc: Doc, facts: list[Fact]) -> list[Fact]:
    """In a text that tells a negotiated freeing (a deal, a truce, a go-between), captives of
    one side of a war the lexicon knows (wars.yaml) freed by the other side are a swap's
    half, though no swap word is written: such a war's soldiers, hostages and prisoners go
    home in swaps ('Under the ceasefire, Israel let 18 Palestinian detainees out of Ofer';
    'Moscow handed 64 Ukrainian marines back in talks the Emirates mediated'). Not the war's
    civilians (deported children, residents taken across the border go home one way), nor a
    group whose kind its sentence already weighed (a swap word there: 'in return for a pause
    in the shelling, Moscow sent 12 POWs home'; a one-sided cue: 'as a goodwill gesture'),
    nor a group whose sides the text's context alone gave (its own words do not say who they
    are). A freeing told with no deal or go-between ('Russia freed 95 Ukrainian soldiers on
    Friday') stays a release."""
    found = {id(f) for f in facts if _war_captives(doc, f)}
    if not found or not _negotiated(doc):
        return facts  # the common case: no war's captives freed, or no deal told
    return [
        replace(f, kind="exchange", how=replace(f.how, kind=KindRule.WAR_SWAP))
        if id(f) in found and f.how is not None
        else f
        for f in facts
    ]


def _negotiated(doc: Doc) -> bool:
    """The text tells a deal (a truce, an agreement) or a go-between ('thanked the Emirates
    for mediating'): the freeing was negotiated, as a war's swaps are."""
    return doc.frame.deal or any(s.cue("go_between_cue", 0, len(s.text)) for s in doc.sentences)


# the stretch after a figure where its noun stands: up to a break or another figure
_NOUN_RE = re.compile(r"[^,;:.()\d]{0,40}")


def _war_captives(doc: Doc, f: Fact) -> bool:
    """`f` is a release by the text alone of one war side's captives by the other, no
    civilians, told by their own words in a sentence that weighs no kind of its own."""
    if not _by_text(f) or f.persons_of in (None, "XX") or f.held_by is None:
        return False
    if doc.lex.war_enemy(f.persons_of) != f.held_by:
        return False  # the common case: no war the lexicon knows between the two
    if f.category == "civilian" or f.how is None or f.how.side is Side.CONTEXT:
        return False
    s = doc.sentences[f.sentence_no]
    at = f.span_end - s.start
    noun = _NOUN_RE.match(s.text, at)
    end = noun.end() if noun else at
    n = len(s.text)
    return not (
        s.cue("war_civilians", at, end)
        or s.cue("swap_text", 0, n)
        or s.cue("release_only", 0, n)
        or s.cue("separate", 0, n)
    )
