"""A headline's figure told again in the body with another status ("Україна та Росія
проводять обмін 300 на 300" over "обмін 300 на 300 триватиме до неділі"; "Баку согласился
отпустить шестерых" over "во вторник Азербайджан передал … шестерых"): a headline bends
its tense (a label, a present for what is under way, an agreement over what is done), the
body's verbs tell the status. The headline's reading goes where the body tells the same
people, held by the same side, with another status."""

from __future__ import annotations

from typing import Protocol, TypeVar

from swaptally.slavic.reading import Sentence

__all__ = ["headline_status", "is_headline"]

_ENDS = (".", "!", "?", "…")


class _Fact(Protocol):
    fields: tuple  # kind, status, persons_of, held_by, category, low, high, … (extract.Found)


F = TypeVar("F", bound=_Fact)


def is_headline(s: Sentence, first: int) -> bool:
    """Whether `s` is a text's headline: its first sentence (number `first`), ending with no
    full stop."""
    return s.no == first and not s.text.rstrip().endswith(_ENDS)


def _told(f: _Fact) -> tuple:
    """What makes two readings one figure of the same people: all but status and category."""
    kind, _, persons, holder, _, low, high = f.fields[:7]
    return kind, persons, holder, low, high


def headline_status(found: list[tuple[Sentence, F]], first: int) -> list[tuple[Sentence, F]]:
    """`found` ((sentence, fact) pairs in text order) without a headline's readings whose
    figure the body tells of the same people, held by the same side, only in other
    statuses. `first`: the number of the text's first sentence."""
    body: dict[tuple, set[str]] = {}
    for s, f in found:
        if s.no != first:
            body.setdefault(_told(f), set()).add(f.fields[1])

    def bent(s: Sentence, f: F) -> bool:
        again = body.get(_told(f))
        return bool(again) and f.fields[1] not in again and is_headline(s, first)

    return [(s, f) for s, f in found if not bent(s, f)]
