"""Stage 5 over a whole text: a headline's figure that the body counts again, under
another noun or told round, goes.

'Rebels hand 60 captives back to the army' over 'On Friday the rebels freed 60 government
soldiers …': a headline names its group short, often with a broader noun ('captives',
'Ukrainians', 'prisoners') or a looser one than the report's; the body, which counts the
same figure again, names the group as the report has it. The headline's fact of that
figure, its category read from the headline's own noun, is no fact of its own beside the
body's: it goes. A headline figure the body counts with the same noun stays (the same fact
twice costs nothing), and so does one the body does not count again.

'Army frees more than 200 conscripts' over 'The ministry let 227 jailed soldiers walk free':
a headline rounds its figure ('more than 200', 'about 1,500', a round '300') where the
body tells the count itself (227, 'at least 1,540', 'over 300'); the rounded figure is
the same group told short, no count of its own: it goes when a body figure of the same
kind (a handover, or a stock) of the same people lies within the rounding (from the round
number up to half the step of its last digit: 200 to 249) and one of the two is told as a
bound or an estimate ('more than', 'over', 'about').
"""

from __future__ import annotations

import re

from .context import Doc
from .fact import Fact

__all__ = ["headline_restated"]

# the end of a sentence that is no headline: a stop, or a stop inside a closing quote
_STOP_END_RE = re.compile(r"[.!?…][\"'”’)]*\s*$")


def headline_restated(facts: list[Fact], doc: Doc) -> list[Fact]:
    """`facts` without those of the headline (the text's first sentence, when it is a
    title: a line of its own with no stop) whose figure the body counts again, each time
    under a category other than the headline's."""
    if all(f.sentence_no > 0 for f in facts) or not _is_headline(doc):
        return facts  # the common case: no fact in a headline
    body: dict[tuple[int | None, int | None], set[str]] = {}
    for f in facts:
        if f.sentence_no > 0:
            body.setdefault((f.low, f.high), set()).add(f.category)
    told = [f for f in facts if f.sentence_no > 0]
    return [
        f
        for f in facts
        if f.sentence_no > 0
        or (
            ((f.low, f.high) not in body or f.category in body[(f.low, f.high)])
            and not any(_rounds(f, b) for b in told)
        )
    ]


def _round_step(n: int) -> int:
    """The step of a round number's last digit (200 → 100, 3,000 → 1,000, 250 → 10); 1
    for a number that is not round (37), which rounds nothing."""
    step = 1
    while n >= step * 10 and n % (step * 10) == 0:
        step *= 10
    return step


def _rounds(head: Fact, body: Fact) -> bool:
    """The headline's figure `head` is `body`'s told round: a round number N ('more than
    200', '300') and the body's count from N up to N plus half the step of N's last digit
    (227, 'over 300'; not 460), one of the two a bound or an estimate, both handovers or
    both stocks, the two not the same reading, and both counting the same people (not the
    other side of a swap)."""
    if (head.low, head.high) == (body.low, body.high) or body.low is None:
        return False
    if not _same_people(head, body):
        return False  # one side's count beside the other side's: a swap's two halves
    if head.qualifier == "exact" and body.qualifier == "exact":
        return False  # two counts told exactly: two groups ('frees 200' beside '227 more')
    n = head.low
    if n is None or n < 10:
        return False
    if head.qualifier == "at_least" and _round_step(n) == 1:
        n -= 1  # 'more than 200' is read 201 on
    step = _round_step(n)
    if step == 1 or (head.kind == "held") != (body.kind == "held"):
        return False  # not round, or a stock beside a handover: two groups
    return n <= body.low < n + step // 2


def _same_people(head: Fact, body: Fact) -> bool:
    """`head` and `body` may count one group: their people agree, or one of them names no
    nation (a headline often names none), and the two are no mirror of each other (one
    side's people held by the other, and the other's held by the one)."""
    hp, bp = head.persons_of, body.persons_of
    unnamed = ("XX", None)
    if hp not in unnamed and bp not in unnamed and hp != bp:
        return False
    return hp == head.held_by or (hp, head.held_by) != (body.held_by, bp)


def _is_headline(doc: Doc) -> bool:
    """The first sentence is a title: a line of its own, ending with no stop."""
    sents = doc.sentences
    if len(sents) < 2:
        return False
    first, second = sents[0], sents[1]
    return "\n" in doc.text[first.end : second.start] and not _STOP_END_RE.search(first.text)
