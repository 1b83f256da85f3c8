"""Figures not taken: the sentences where a number stands next to a people noun, or in a
sentence about captives, and no fact was made from it, so a reviewer can find what
extraction missed (and add it with an `add` entry of data/corrections.yaml).

A figure (numbers.find_quantities: years, ages, money and the like are not figures) is
listed when no fact of its text has a span that overlaps it and one of the lexicon's
people nouns (categories.yaml, captive and hostage nouns, plural demonyms: "prisoners",
"soldiers", "Eritreans") is among the AFTER words after it or the BEFORE words before
it, or its sentence has one of the lexicon's captivity cues (any_captivity). English
texts only: the Russian and Ukrainian extractor reads numbers and nouns by their lemmas,
which this plain reading does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

import polars as pl

from swaptally import tables
from swaptally.extract import Lexicon, load_lexicon
from swaptally.numbers import find_quantities
from swaptally.sentences import sentence_spans

AFTER = 4  # "25 more Ukrainian service members": the noun ends a short phrase
BEFORE = 2  # "prisoners, 25 of them"

COLUMNS: list[tables.Column] = [
    ("path", pl.String(), "raw file of the document"),
    ("publisher", pl.String(), "outlet of that document"),
    ("published", pl.Date(), "publication date of that document"),
    ("url", pl.String(), "address of that document (an add entry may name it)"),
    ("sentence_no", pl.Int32(), "0-based sentence number in the text"),
    ("figure", pl.String(), "the figure as written"),
    ("noun", pl.String(), "the people noun beside it (empty: a sentence about captives)"),
    ("span_start", pl.Int64(), "character offset of the figure in the text"),
    ("sentence", pl.String(), "the sentence (a quote for an add entry)"),
]


def _nouns_of(lex: Lexicon) -> re.Pattern[str]:
    words = {*lex.noun_category, *lex.captive_nouns, *lex.hostage_nouns}
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alternation})(?![\w])", re.IGNORECASE)


def _nouns(lex: Lexicon) -> re.Pattern[str]:
    """The lexicon's people nouns as one pattern (made once a lexicon)."""
    return lex.stage_patterns("not_taken.nouns", _nouns_of)


class Figure(NamedTuple):
    sentence_no: int
    span_start: int
    span_end: int
    noun: str
    low: int | None
    value: int


def _near(text: str, start: int, end: int, words: int, after: bool) -> str:
    """Up to `words` words of text after end (or before start), within the sentence."""
    if after:
        m = re.match(rf"(?:\W+[\w'’-]+){{0,{words}}}", text[end:])
        return text[end : end + (m.end() if m else 0)]
    m = re.search(rf"(?:[\w'’-]+\W+){{0,{words}}}$", text[:start])
    return text[start - len(m.group(0)) if m else start : start]


def not_taken(
    text: str, taken: Iterable[tuple[int, int]], lex: Lexicon, wide: bool = True
) -> list[Figure]:
    """Each figure that overlaps none of the `taken` spans (the text's facts) and stands
    beside a people noun, or (`wide`) in a sentence about captives (the lexicon's
    any_captivity cues: exchange, release, held, captive context, taking); `noun` is
    then ""."""
    taken = sorted(taken)
    nouns = _nouns(lex)
    about = lex.cue_lower.get("any_captivity")
    out = []
    for no, (a, b) in enumerate(sentence_spans(text)):
        sentence = text[a:b]
        captives: bool | None = None  # read once a sentence, when needed
        for q in find_quantities(sentence):
            start, end = a + q.start, a + q.end
            if any(s < end and start < e for s, e in taken):
                continue
            m = nouns.search(_near(sentence, q.start, q.end, AFTER, True)) or nouns.search(
                _near(sentence, q.start, q.end, BEFORE, False)
            )
            if m is not None:
                out.append(Figure(no, start, end, m.group(0), q.low, q.value))
                continue
            if wide and captives is None:
                captives = about is not None and bool(about.search(sentence.lower()))
            if wide and captives:
                out.append(Figure(no, start, end, "", q.low, q.value))
    return out


def not_taken_sheet(
    documents: pl.DataFrame, facts: pl.DataFrame, lexicon_files: Sequence[str] = ()
) -> pl.DataFrame:
    """Every English document's figures not taken (COLUMNS), in path and text order."""
    lex = load_lexicon(lexicon_files)
    spans: dict[str, list[tuple[int, int]]] = {}
    for doc_id, s, e in facts.select("doc_id", "span_start", "span_end").iter_rows():
        spans.setdefault(doc_id, []).append((s, e))
    rows = []
    english = documents.filter(pl.col("lang").fill_null("en") == "en").sort("path")
    for d in english.iter_rows(named=True):
        text = d["text"]
        bounds = sentence_spans(text)
        for f in not_taken(text, spans.get(d["doc_id"], ()), lex):
            a, b = bounds[f.sentence_no]
            rows.append(
                {
                    "path": d["path"],
                    "publisher": d["publisher"],
                    "published": d["published"],
                    "url": d["url"],
                    "sentence_no": f.sentence_no,
                    "figure": text[f.span_start : f.span_end],
                    "noun": f.noun,
                    "span_start": f.span_start,
                    "sentence": text[a:b],
                }
            )
    return tables.frame(rows, COLUMNS)


def write_not_taken(
    documents: Sequence[str | Path],
    facts: Sequence[str | Path],
    target: str | Path,
    lexicon_files: Sequence[str] = (),
) -> int:
    """Write the figures not taken of these documents shards as CSV, a figure taken when a
    fact of any of these facts tables (the published one, the extracted shards) has it;
    return how many rows."""
    from swaptally.merge import read_all, split_duplicates

    names = ["doc_id", "path", "publisher", "published", "url", "lang", "text"]
    # a text under two paths is read at the first
    docs, _ = split_duplicates(
        read_all(documents, [c for c in tables.DOCUMENT_COLUMNS if c[0] in names])
    )
    spans = [pl.read_parquet(p, columns=["doc_id", "span_start", "span_end"]) for p in facts]
    taken = pl.concat(spans) if spans else pl.DataFrame(schema=tables.FACT_SCHEMA)
    sheet = not_taken_sheet(docs, taken, lexicon_files)
    tables.write_csv(sheet, target)
    return sheet.height
