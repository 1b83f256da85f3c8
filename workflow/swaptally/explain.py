"""Show why facts were (or were not) extracted: the text with each fact at its sentence."""

from __future__ import annotations

from collections.abc import Sequence

from swaptally.extract import Fact
from swaptally.sentences import sentence_spans

__all__ = ["explain"]


def _describe(f: Fact, text: str, id_: str | None) -> str:
    figure = text[f.span_start : f.span_end]
    rng = f"{f.low}" if f.low == f.high else f"{f.low}..{f.high}"
    when = f.date.isoformat() if f.date else "-"
    if f.period_start or f.period_end:
        when += f" period {f.period_start or '?'}..{f.period_end or '?'}"
    said = f" said_by={f.said_by!r}" if f.said_by else ""
    ident = f" {id_}" if id_ else ""
    return (
        f"  >>{ident} [{f.rule}] {figure!r}: {f.kind} {f.status} persons_of={f.persons_of} "
        f"held_by={f.held_by} {f.category} {rng} ({f.qualifier}) date={when}{said}\n"
        f"     stages: {_stages(f)}"
    )


def _stages(f: Fact) -> str:
    """Which stage and rule made each part of the fact."""
    how = f.how
    if how is None:  # a fact of the Russian/Ukrainian extractor: its rule names its stage
        return f.rule
    parts = [
        f"mentions={how.mention or '-'}",
        f"sides={how.side}",
        f"kind_status={how.kind}",
        f"dating={how.date}",
    ]
    if how.steps:
        parts.append("then=" + ",".join(str(s) for s in how.steps))
    return " ".join(parts)


def explain(text: str, facts: Sequence[Fact], ids: Sequence[str] | None = None) -> str:
    """`text` one sentence a line, numbered, each followed by the facts drawn from it.

    With ids (corrections.fact_ids, one per fact) each fact shows its id.
    """
    by_sentence: dict[int, list[tuple[Fact, str | None]]] = {}
    for f, id_ in zip(facts, ids or [None] * len(facts), strict=True):
        by_sentence.setdefault(f.sentence_no, []).append((f, id_))
    lines = []
    for no, (start, end) in enumerate(sentence_spans(text)):
        mark = "*" if no in by_sentence else " "
        lines.append(f"{mark}{no:4d}  {text[start:end]}")
        lines.extend(_describe(f, text, id_) for f, id_ in by_sentence.get(no, []))
    total = len(facts)
    lines.append(f"-- {total} fact{'s' if total != 1 else ''} in {len(by_sentence)} sentences")
    return "\n".join(lines) + "\n"
