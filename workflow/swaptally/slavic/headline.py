"""A headline's figure told again in the body with another status or kind ("Україна та Росія
проводять обмін 300 на 300" over "обмін 300 на 300 триватиме до неділі"; "Баку согласился
отпустить шестерых" over "во вторник Азербайджан передал … шестерых"; "З полону звільнили
9 моряків" over "повстанці відпустили дев'ятьох моряків без жодних умов"): a headline bends
its tense (a label, a present for what is under way, an agreement over what is done) and
leaves out what the handover was, the body's verbs and words tell them. The headline's
reading goes where the body tells the same people, held by the same side, only in another
status, or as a release where the headline read a swap's half. A body sentence that tells
ANOTHER handover ("в июле проведут ещё один обмен 300 на 300") retells nothing, whatever
its tense: the lexicon's grammar.another_event."""

from __future__ import annotations

from typing import Protocol, TypeVar

from swaptally.slavic.reading import Sentence

__all__ = ["headline_status"]

_ENDS = (".", "!", "?", "…")


class _Fact(Protocol):
    fields: tuple  # kind, status, persons_of, held_by, category, low, high, … (extract.Found)


F = TypeVar("F", bound=_Fact)


def _is_headline(s: Sentence, first: int) -> bool:
    """Whether `s` is a text's headline: its first sentence (number `first`), ending with no
    full stop. English (extract.headline_restated) also asks for a line break after it; the
    text is not at hand here, and none is needed: the shared splitter (sentences.py) ends a
    sentence that has no stop only at a line break, or at the text's end, where no body
    follows. (A first sentence that closes a straight quote or a bracket after its stop,
    '"…завершён."', reads as having none: it is taken for a headline.)"""
    return s.no == first and not s.text.rstrip().endswith(_ENDS)


def _told(f: _Fact) -> tuple:
    """What makes two readings one figure of the same people: all but kind, status and
    category."""
    _, _, persons, holder, _, low, high = f.fields[:7]
    return persons, holder, low, high


def _another(s: Sentence, another: frozenset[str]) -> bool:
    """Whether `s` tells another handover: a word of `another` (lemmas; "очередной"), or two
    in a row ("еще один", "новый обмен")."""
    toks = s.toks
    for k, t in enumerate(toks):
        if t.a.lemmas & another:
            return True
        if k + 1 < len(toks):
            pairs = {f"{a} {b}" for a in t.a.lemmas for b in toks[k + 1].a.lemmas}
            if pairs & another:
                return True
    return False


def headline_status(
    found: list[tuple[Sentence, F]], first: int, another: frozenset[str] = frozenset()
) -> list[tuple[Sentence, F]]:
    """`found` ((sentence, fact) pairs in text order) without a headline's readings whose
    figure the body tells of the same people, held by the same side, only in other statuses
    or as a release where the headline read an exchange. `first`: the number of the text's
    first sentence; `another`: the words of a sentence that tells another handover (its
    readings are no retelling)."""
    body: dict[tuple, set[tuple]] = {}
    for s, f in found:
        if s.no != first and not _another(s, another):
            body.setdefault(_told(f), set()).add(f.fields[:2])

    def bent(s: Sentence, f: F) -> bool:
        again = body.get(_told(f)) or set()
        kind, status = f.fields[:2]
        if (kind, status) in again or not _is_headline(s, first):
            return False
        # another status of the same kind; or a release where the headline read a swap's
        # half, the reading a bare return or freeing gets by default (not the reverse: "X
        # освободил 30" over "30 вернулись домой" says more than the body), one done: a
        # planned release is no telling of a swap the headline reports
        return any(
            k == kind or (kind, k, st) == ("exchange", "release", "reported") for k, st in again
        )

    return [(s, f) for s, f in found if not bent(s, f)]
