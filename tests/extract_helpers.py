"""Build the stages' inputs from a sentence written for a test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from swaptally.extract import Lexicon, extract_facts, load_lexicon
from swaptally.extract.context import Ctx, Doc
from swaptally.extract.frame import Frame
from swaptally.extract.kind_status import figure_kind
from swaptally.extract.planned import is_planned
from swaptally.extract.text import read_text

SAT = dt.date(2024, 3, 9)  # a Saturday
SUN = dt.date(2024, 6, 16)  # a Sunday
LEX = load_lexicon()


def user_lexicon(folder: Path, yaml_text: str) -> Lexicon:
    """The package lexicon with `yaml_text` on top, as a user's file in `folder`."""
    extra = folder / "user.yaml"
    extra.write_text(yaml_text, encoding="utf-8")
    return load_lexicon([extra])


def context(text: str, no: int | None = None, published: dt.date | None = SAT) -> Ctx:
    """The context of sentence `no` of `text` (default: the last one with figures)."""
    doc, sents, cands = read_text(text, published, LEX)
    s = sents[cands[-1] if no is None else no]
    return Ctx(doc, s, doc.home, None, None, sents[s.no - 1] if s.no else None, Frame(s))


def doc_of(text: str, published: dt.date | None = SAT) -> Doc:
    return read_text(text, published, LEX)[0]


def lows(text: str, published: dt.date = SUN) -> set[int | None]:
    """The figure (low) of each fact `text` gives."""
    return {f.low for f in extract_facts(text, published, LEX)}


def sided_rows(text: str, published: dt.date = SAT) -> set[tuple[str, str, str | None, int | None]]:
    """(kind, persons_of, held_by, low) of each fact `text` gives: its sides."""
    return {(f.kind, f.persons_of, f.held_by, f.low) for f in extract_facts(text, published, LEX)}


def fact_rows(text: str, published: dt.date = SUN) -> set[tuple]:
    """(kind, status, persons_of, held_by, category, low) of each fact `text` gives."""
    return {
        (f.kind, f.status, f.persons_of, f.held_by, f.category, f.low)
        for f in extract_facts(text, published, LEX)
    }


def kind_rows(text: str, published: dt.date = SUN) -> set[tuple]:
    """(kind, status, low) of each fact: the sides are another stage's."""
    return {(k, s, n) for k, s, _, _, _, n in fact_rows(text, published)}


def kind_status(text: str) -> tuple[str, str]:
    """(kind, status) of the first figure of `text`'s last sentence with figures."""
    ctx = context(text)
    f = ctx.s.figures[0]
    ks = figure_kind(ctx, f, lambda: is_planned(ctx.s, f))
    return ks.kind, ks.status


def kinds(text: str) -> list[tuple[str, str, str, str | None, int | None]]:
    """(kind, status, persons_of, held_by, low) of each fact, in the text's order."""
    return [(f.kind, f.status, f.persons_of, f.held_by, f.low) for f in extract_facts(text, SAT)]
