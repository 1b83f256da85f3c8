"""The kind for one side of a figure, after its sides are known: a running total of a
war's returns is an exchange; in a text about a swap, a third country's people freed apart
from it, or a figure of another conflict in a round-up, is a one-sided release.
kind_status.py gives the kind the figure has before its sides are read."""

from __future__ import annotations

from .context import Ctx, Doc
from .dating import When
from .fact import DateSource, KindRule
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
    if rule is not KindRule.RELEASE_TEXT or (
        when.period_start is None and when.source not in _UNSTARTED
    ):
        return kind, rule  # most figures: one handover, or a kind told by a cue
    if when.source not in _TOTAL_SOURCES or persons is None or holder is None:
        return kind, rule
    if ctx.doc.lex.war_enemy(persons) != holder or not ctx.s.moved(*f.clause):
        return kind, rule
    return "exchange", KindRule.RUNNING_TOTAL


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
