"""Structural features of an extracted fact: how it was made, never which words its text has.

For measuring where extraction goes wrong across gold sets (`swaptally error-profile`) and
for learning to keep or drop facts (`swaptally rescorer-cv`). Each feature is a name, with
value 1 when present:

- the stages that made it: its mention, side resolver, kind rule, date source and later
  steps (fact.Provenance), or the Russian/Ukrainian extractor's rule;
- what it says: kind, status, category, qualifier, size of the figure (a power of ten),
  sides unknown (XX, no holder), a state holding its own people;
- where its sides came from: the sides named in its own sentence or not, how many actors
  the sentence names, whether they are the text's two parties;
- its place: first sentence or later, how many figures its sentence has, how many
  readings (facts) the figure gave, the same figure told elsewhere in the text;
- the lexicon's cue categories (names in triggers.yaml, not their words) its sentence holds;
- the text's frame: about a swap, a deal, an armed group.

No bag of words: a word of one excerpt is no feature, so a model over them cannot learn
the sentences it was shown.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from swaptally.extract import Fact, Lexicon

__all__ = ["CUES", "TextView", "fact_features", "text_view"]

# Cue categories of the lexicon (triggers.yaml) whose presence in the sentence is a feature:
# those that tell a handover from a stock, a plan, a casualty or an aside.
CUES = (
    "all_sides", "called_off", "captivity_place", "clemency", "cumulative", "custody_verb",
    "dead_in_group", "deal", "destination", "earlier_swap", "estimated", "exchange", "held",
    "homecoming", "hurt_verb", "in_all", "including_list", "negated", "not_captive",
    "own_nationals", "per_side", "planned", "receiver", "release", "release_only", "releaser",
    "running_total", "sender", "separate", "speech", "still_held", "swap_verb", "take_verb",
    "talk", "two_sides",
)  # fmt: skip


@dataclass(frozen=True)
class TextView:
    """What the features read of the text beyond its facts (English texts only)."""

    parties: tuple[str, ...] = ()
    swap: bool = False
    deal: bool = False
    armed: bool = False


def text_view(text: str, published, lex: Lexicon, lang: str | None) -> TextView | None:
    """The English extractor's view of the text's context; None for other languages."""
    if (lang or "en") != "en":
        return None
    from swaptally.extract.text import read_text

    doc, _, _ = read_text(text, published, lex)
    return TextView(doc.parties, doc.frame.swap, doc.frame.deal, bool(doc.armed))


def _size(n: int | None) -> str:
    return "none" if n is None else str(min(5, int(math.log10(max(n, 1)))))


def fact_features(
    f: Fact, facts: Sequence[Fact], view: TextView | None, lex: Lexicon, lang: str | None
) -> dict[str, int]:
    """The features of `f`, one of the text's `facts`."""
    x = {f"lang={lang or 'en'}": 1}
    how = f.how
    if how is None:  # the Russian/Ukrainian extractor: its rule names the stage
        head, _, tail = f.rule.partition("+")
        x[f"rule={head}"] = 1
        if tail:
            x[f"rule_then={tail}"] = 1
        if f.date_source is not None:  # that extractor records a guessed day only
            x[f"date_from={f.date_source}"] = 1
    else:
        x[f"mention={how.mention or '-'}"] = 1
        x[f"side={how.side}"] = 1
        x[f"kind_rule={how.kind}"] = 1
        x[f"date_from={how.date}"] = 1
        for step in how.steps:
            x[f"step={step}"] = 1
    for name in ("kind", "status", "category", "qualifier"):
        x[f"{name}={getattr(f, name)}"] = 1
    x[f"size={_size(f.low if f.low is not None else f.high)}"] = 1
    x["persons_xx"] = int(f.persons_of == "XX")
    x["holder_none"] = int(f.held_by is None)
    x["holder_xx"] = int(f.held_by == "XX")
    x["own_held"] = int(f.persons_of == f.held_by and f.persons_of != "XX")
    x["dated"] = int(f.date is not None)
    x["period"] = int(f.period_start is not None or f.period_end is not None)
    x["said"] = int(bool(f.said_by))
    x[f"sentence={min(f.sentence_no, 3)}"] = 1
    readings = sum(1 for g in facts if g.span_start == f.span_start)
    x[f"readings={min(readings, 3)}"] = 1
    figures = len({g.span_start for g in facts if g.sentence_no == f.sentence_no})
    x[f"figures_in_sentence={min(figures, 3)}"] = 1
    elsewhere = [g for g in facts if g.span_start != f.span_start and g.low == f.low]
    x["figure_elsewhere"] = int(any(g.high == f.high for g in elsewhere))
    x["sides_elsewhere"] = int(
        any(
            (g.high, g.persons_of, g.held_by) == (f.high, f.persons_of, f.held_by)
            for g in elsewhere
        )
    )
    if view is not None:
        codes = {a.code for a in lex.actors_in(f.sentence)}
        x["persons_named"] = int(f.persons_of in codes)
        x["holder_named"] = int(f.held_by in codes)
        x[f"actors_in_sentence={min(len(codes), 3)}"] = 1
        x["persons_party"] = int(f.persons_of in view.parties[:2])
        x["holder_party"] = int(f.held_by in view.parties[:2])
        x[f"parties={min(len(view.parties), 3)}"] = 1
        x["swap_text"] = int(view.swap)
        x["deal_text"] = int(view.deal)
        x["armed_text"] = int(view.armed)
        for cue in CUES:
            rx = lex.cue.get(cue)
            if rx is not None and rx.search(f.sentence):
                x[f"cue={cue}"] = 1
    return x
