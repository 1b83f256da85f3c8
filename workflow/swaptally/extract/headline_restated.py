"""Stage 5 over a whole text: a headline's figure that the body counts again under another
noun.

'Rebels hand 60 captives back to the army' over 'On Friday the rebels freed 60 government
soldiers …': a headline names its group short, often with a broader noun ('captives',
'Ukrainians', 'prisoners') or a looser one than the report's; the body, which counts the
same figure again, names the group as the report has it. The headline's fact of that
figure, its category read from the headline's own noun, is no fact of its own beside the
body's: it goes. A headline figure the body counts with the same noun stays (the same fact
twice costs nothing), and so does one the body does not count again.
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
    return [
        f
        for f in facts
        if f.sentence_no > 0 or (f.low, f.high) not in body or f.category in body[(f.low, f.high)]
    ]


def _is_headline(doc: Doc) -> bool:
    """The first sentence is a title: a line of its own, ending with no stop."""
    sents = doc.sentences
    if len(sents) < 2:
        return False
    first, second = sents[0], sents[1]
    return "\n" in doc.text[first.end : second.start] and not _STOP_END_RE.search(first.text)
