"""The kind for one side of a figure, after its sides are known: a running total of a
war's returns is an exchange; in a text about a swap, a third country's people freed apart
from it, or a figure of another conflict in a round-up, is a one-sided release.
kind_status.py gives the kind the figure has before its sides are read."""

from __future__ import annotations

import re

from .context import Ctx, Doc
from .dating import When
from .fact import DateSource, KindRule, Mention
from .figure import Figure
from .kind_status import KindStatus
from .sentence import Sentence

__all__ = ["side_kind", "total_kind"]


def total_kind(
    ctx: Ctx,
    f: Figure,
    kind: str,
    rule: KindRule,
    persons: str | None,
    holder: str | None,
    when: When,
) -> tuple[str, KindRule]:
    """A running total of one side's people back from the captivity of the side it is at war
    with ('4,812 Ukrainians have come home from Russian captivity since 2022', 'the number
    brought home has reached 4,812', also counted 'so far' from no stated start or in an
    operation under way) counts the war's swaps: an exchange, though no swap word is
    written; not a state's own people ('Belarus has freed 300 political prisoners since
    2024'), nor sides the lexicon knows at no war, nor a release a cue calls one-sided; the
    figure's own clause must tell the return ('… 1,700 had been detained during the war'
    tells how they were held)."""
    if rule is not KindRule.RELEASE_TEXT or persons is None or holder is None:
        return kind, rule  # most figures: a kind told by a cue
    if ctx.doc.lex.war_enemy(persons) != holder or not _return_told(ctx, f):
        return kind, rule
    if (when.period_start is not None and when.source in _TOTAL_SOURCES) or (
        when.source in _UNSTARTED or _so_far(ctx, f)
    ):
        return "exchange", KindRule.RUNNING_TOTAL
    return kind, rule


# a comma right after a group, before its predicate, perhaps past an apposition: "4,552
# people, soldiers and civilians, have come back" (the group may end with the apposition)
_APPOSITION_RE = re.compile(r",\s+(?:[^,;:()]{1,60},\s+)?")


def _return_told(ctx: Ctx, f: Figure) -> bool:
    """The figure's own clause tells the return ('… 1,700 had been detained during the war'
    tells how they were held), or its predicate past an apposition does."""
    s = ctx.s
    if s.moved(*f.clause):
        return True
    # a count raised to the figure ('freed 95, bringing the total since the war began to
    # 4,000') may leave the return to the clause before
    if f.mention is Mention.NUMBER_OF and s.moved(0, f.q.start):
        return True
    m = _APPOSITION_RE.match(s.text, f.np_end)
    return m is not None and s.moved(m.end(), min(len(s.text), m.end() + 30))


def _so_far(ctx: Ctx, f: Figure) -> bool:
    """A total up to now that the figure's dating did not read as a period: told before the
    figure in a clause of its own ('Up to now, she said, 1,210 people have been freed'), or a
    span since a start the dating could not place ('… had been freed from Russian captivity
    since the full-scale invasion in February 2022')."""
    s = ctx.s
    if s.cue("running_total", 0, f.q.start) is not None:
        return True
    since = _SINCE_RE.search(s.text, f.np_end, f.clause[1])
    # the return's own span, after its verb ('… freed since 2022'), not a participle's
    # ('900 men detained since the war's first days' tells how long they were held)
    return since is not None and s.moved(f.np_end, since.start())


_SINCE_RE = re.compile(r"\bsince\s+(?:the\s+)?[\w-]", re.IGNORECASE)


# a total up to now whose start the text does not say: 'so far', 'so far, with more due'
_UNSTARTED = (DateSource.RUNNING, DateSource.UNDER_WAY)
_TOTAL_SOURCES = (DateSource.SINCE, DateSource.SPAN, *_UNSTARTED)


def side_kind(
    ctx: Ctx,
    ks: KindStatus,
    persons: str | None,
    per_side: bool = False,
    start: int = 0,
    holder: str | None = None,
) -> tuple[str, KindRule]:
    """The kind for one side: a third country's people freed alongside a swap are one of
    its halves ('ten foreigners who fought for Kyiv were flown out under the same deal')
    unless their sentence tells them freed apart from it (`_freed_apart`); a figure
    counted for each side ('with each side freeing 200', `per_side`) is a swap's, though
    no swap word is written, and its sides are the sentence's own, never a third country:
    'Russia and Ukraine exchanged 200 each' after 'Azerbaijan freed 15 Armenians' in a
    round-up. `start`: where the figure starts in its sentence."""
    if per_side and ks.rule is KindRule.RELEASE_TEXT:
        return "exchange", KindRule.PER_SIDE
    if per_side:
        return ks.kind, ks.rule
    doc = ctx.doc
    if ks.rule is KindRule.SWAP_TEXT and _other_conflict(doc, persons, holder):
        # a round-up: 'Azerbaijan freed 15 Armenian soldiers' beside 'Russia and Ukraine
        # exchanged 200 prisoners each' is no half of that swap
        return "release", KindRule.OTHER_CONFLICT
    # (a text naming one side alone has no third country: its other side is the war's)
    third = persons not in (None, "XX") and len(doc.parties) > 1 and persons not in doc.parties[:2]
    if (
        ks.kind == "exchange"
        and third
        and ks.rule is not KindRule.SWAP_VERB
        and _freed_apart(ctx.s, start)
    ):
        return "release", KindRule.THIRD_COUNTRY
    return ks.kind, ks.rule


def _other_conflict(doc: Doc, persons: str | None, holder: str | None) -> bool:
    """Both sides of a figure are known, and neither is a side the text's swap sentences
    name: the figure belongs to another conflict of a round-up (not when the text tells one
    deal of many countries)."""
    if persons in (None, "XX") or holder in (None, "XX"):
        return False
    sides = doc.swap_sides
    if not sides or persons in sides or holder in sides:
        return False  # the common case: the sides of the text's swap
    # (the text's most named parties may be another conflict's: 'In Yemen, the Houthis
    # released 40' in a round-up whose swap is Russia and Ukraine's)
    return not doc.many_party_deal  # "… in a deal involving several countries": one swap


def _freed_apart(s: Sentence, start: int) -> bool:
    """A third country's people told freed apart from the swap: a one-sided cue anywhere
    in their sentence ('two Thais and a Russian were freed outside the framework of the
    deal', 'Qatar separately won the release of 6 Nepalis'; the cue often follows the
    first of several groups), or 'in addition to' right before them."""
    n = len(s.text)
    if s.cue("release_only", 0, n) or s.cue("separate", 0, n):
        return True
    return s.cue("added_to", max(0, start - 30), start) is not None
