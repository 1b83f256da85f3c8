"""Figures not taken: the sentences where a number stands next to a people noun, or in a
sentence about captives, and no fact was made from it, so a reviewer can find what
extraction missed (and add it with an `add` entry of data/corrections.yaml).

A figure (numbers.find_quantities: years, ages, money and the like are not figures) is
listed when no fact of its text has a span that overlaps it and one of the lexicon's
people nouns (categories.yaml, captive and hostage nouns, plural demonyms: "prisoners",
"soldiers", "Eritreans") is among the AFTER words after it or the BEFORE words before
it, or its sentence has one of the lexicon's captivity cues (any_captivity).

Russian and Ukrainian texts (as extraction tells them: slavic.slavic_lang) are read as
their extractor reads them: figures by slavic.numbers (inflected number words, "1 000",
"4,3 тысячи"), words by their lemmas (pymorphy3), the nouns and cues from
lexicon/slavic/<lang>.yaml with the user's `slavic:` section on top: a captive noun or a
demonym near the figure ("25 медиков", "українців"), or a verb of the swap vocabulary,
captivity, a hostage, a deal or a custody word in its sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import polars as pl

from swaptally import tables
from swaptally.extract import Lexicon, load_lexicon
from swaptally.numbers import find_quantities, is_year
from swaptally.sentences import sentence_spans
from swaptally.slavic import SlavicLexicon, slavic_lang, user_lexicon
from swaptally.slavic.reading import read_sentences

if TYPE_CHECKING:  # a type only: analysis imports the ledger and claims, which these need not
    from swaptally.analysis import Window

AFTER = 4  # "25 more Ukrainian service members": the noun ends a short phrase
BEFORE = 2  # "prisoners, 25 of them"

COLUMNS: list[tables.Column] = [
    ("path", pl.String(), "raw file of the document"),
    ("publisher", pl.String(), "outlet of that document"),
    ("published", pl.Date(), "publication date of that document"),
    ("url", pl.String(), "address of that document (an add entry may name it)"),
    ("sentence_no", pl.Int32(), "0-based sentence number in the text"),
    ("figure", pl.String(), "the figure as written"),
    (
        "noun",
        pl.String(),
        "the people noun beside it, as written (empty: a sentence about captives)",
    ),
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
    sentence: tuple[int, int] | None = None  # its sentence's bounds, when not sentence_no's


def _near(text: str, start: int, end: int, words: int, after: bool) -> str:
    """Up to `words` words of text after end (or before start), within the sentence."""
    if after:
        m = re.match(rf"(?:\W+[\w'’-]+){{0,{words}}}", text[end:])
        return text[end : end + (m.end() if m else 0)]
    m = re.search(rf"(?:[\w'’-]+\W+){{0,{words}}}$", text[:start])
    return text[start - len(m.group(0)) if m else start : start]


def not_taken(
    text: str,
    taken: Iterable[tuple[int, int]],
    lex: Lexicon,
    wide: bool = True,
    lang: str | None = "en",
    published: dt.date | None = None,
) -> list[Figure]:
    """Each figure that overlaps none of the `taken` spans (the text's facts) and stands
    beside a people noun, or (`wide`) in a sentence about captives (the lexicon's
    any_captivity cues: exchange, release, held, captive context, taking); `noun` is
    then "". A Russian or Ukrainian text (`lang`, or its letters) is read by the Slavic
    reading (_slavic)."""
    slavic = slavic_lang(text, lang)
    if slavic:
        user = user_lexicon(slavic, lex.data.get("slavic"))
        return _slavic(text, sorted(taken), user, wide, published)
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
            if is_year(sentence[q.start : q.end]):
                # "the 2022 swap", "the 2024 talks freed the captives": a year, unless the
                # people it counts follow it at once ("2022 prisoners")
                m = nouns.match(_near(sentence, q.start, q.end, 1, True).lstrip())
                if m is not None:
                    out.append(Figure(no, start, end, m.group(0), q.low, q.value))
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


def _slavic(
    text: str,
    taken: list[tuple[int, int]],
    lex: SlavicLexicon,
    wide: bool,
    published: dt.date | None,
) -> list[Figure]:
    """not_taken of a Russian or Ukrainian text: its figures as the Slavic extractor finds
    them (qualifier words included in the span, as its facts span them), each beside a
    captive noun or demonym, or in a sentence about captives."""
    cues = _captivity_words(lex)
    out = []
    for s in read_sentences(text, lex, published):
        captives: bool | None = None
        for fig in s.figs:
            start = s.start + s.toks[fig.first].start
            end = s.start + s.toks[fig.last - 1].end
            if any(a < end and start < b for a, b in taken):
                continue
            bounds = (s.start, s.start + len(s.text))
            noun = _slavic_noun(s.toks, fig.first, fig.last, lex)
            if noun is None and wide:
                if captives is None:
                    captives = any(t.w.verb or t.a.lemmas & cues for t in s.toks)
                noun = "" if captives else None
            if noun is not None:
                out.append(Figure(s.no, start, end, noun, fig.low, fig.value, bounds))
    return out


def _captivity_words(lex: SlavicLexicon) -> frozenset[str]:
    """Lemmas that make a Russian or Ukrainian sentence one about captives (beside the
    verbs of the swap vocabulary, which every token carries as `w.verb`)."""
    return lex.captivity | lex.hostages | lex.taken | lex.deal | lex.custody | lex.own_prisoners


def _slavic_noun(toks: list, first: int, last: int, lex: SlavicLexicon) -> str | None:
    """The captive noun or demonym among the AFTER words after the figure or the BEFORE
    words before it, as written ("медиков", "українців"), or None."""

    def people(t) -> bool:
        # a demonym as a noun ("українців"), not its adjective ("украинской стороне")
        demonym = t.w.demonym and "NOUN" in t.a.pos
        return bool(t.w.category or demonym or t.a.lemmas & lex.hostages)

    after = [t for t in toks[last:] if t.low[0].isalnum()][:AFTER]
    if after and after[0].a.lemmas & lex.not_captives:
        after = []  # "909 погибших": the dead, the missing, bodies are never captives
    before = [t for t in toks[:first] if t.low[0].isalnum()][-BEFORE:][::-1]
    return next((t.text for t in after + before if people(t)), None)


def not_taken_sheet(
    documents: pl.DataFrame, facts: pl.DataFrame, lexicon_files: Sequence[str] = ()
) -> pl.DataFrame:
    """Every document's figures not taken (COLUMNS), in path and text order: English,
    Russian and Ukrainian ones (a text in another language lists none)."""
    lex = load_lexicon(lexicon_files)
    spans: dict[str, list[tuple[int, int]]] = {}
    for doc_id, s, e in facts.select("doc_id", "span_start", "span_end").iter_rows():
        spans.setdefault(doc_id, []).append((s, e))
    rows = []
    for d in documents.sort("path").iter_rows(named=True):
        text, lang = d["text"], d["lang"] or "en"
        if lang != "en" and not slavic_lang(text, lang):
            continue  # no reading of its numbers and nouns
        bounds = sentence_spans(text)
        for f in not_taken(
            text, spans.get(d["doc_id"], ()), lex, lang=lang, published=d["published"]
        ):
            a, b = f.sentence or bounds[f.sentence_no]
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
    window: Window | None = None,
) -> int:
    """Write the figures not taken of these documents shards as CSV, a figure taken when a
    fact of any of these facts tables (the published one, the extracted shards) has it;
    return how many rows. window (analysis.Window): only the texts published in its days
    (a figure no fact was made from has no side to choose by)."""
    from swaptally.merge import read_all, split_duplicates

    names = ["doc_id", "path", "publisher", "published", "url", "lang", "text"]
    # a text under two paths is read at the first
    docs, _ = split_duplicates(
        read_all(documents, [c for c in tables.DOCUMENT_COLUMNS if c[0] in names])
    )
    if window is not None:
        docs = window.dated(docs.filter(pl.col("published").is_not_null()), "published")
    spans = [pl.read_parquet(p, columns=["doc_id", "span_start", "span_end"]) for p in facts]
    taken = pl.concat(spans) if spans else pl.DataFrame(schema=tables.FACT_SCHEMA)
    sheet = not_taken_sheet(docs, taken, lexicon_files)
    tables.write_csv(sheet, target)
    return sheet.height
