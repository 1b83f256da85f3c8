"""Figures not taken: numbers beside a people noun, or in a sentence about captives, that
gave no fact, listed so a reviewer can find what extraction missed."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from swaptally import tables
from swaptally.cli import main
from swaptally.extract import extract_facts, load_lexicon
from swaptally.not_taken import not_taken, not_taken_sheet

DAY = dt.date(2025, 6, 10)


def figures(text: str, wide: bool = True) -> list[tuple[str, str]]:
    lex = load_lexicon()
    facts = extract_facts(text, DAY, lex)
    found = not_taken(text, [(f.span_start, f.span_end) for f in facts], lex, wide)
    return [(text[f.span_start : f.span_end], f.noun) for f in found]


def test_a_figure_beside_a_people_noun_that_gave_no_fact_is_listed():
    # the extractor reads the 84 as a swap and makes no fact of the medics' 25
    text = (
        "Moscow and Kyiv each handed over 84 prisoners of war late on Thursday. "
        "The ombudsman said the group numbered 25 nurses and paramedics in all."
    )
    facts = extract_facts(text, DAY, load_lexicon())
    assert {f.low for f in facts} == {84}
    assert figures(text) == [("25", "nurses")]


def test_figures_of_other_things_are_not_listed():
    text = (
        "The ministry opened 12 new schools in the region on Tuesday. "
        "In 2019 the fund spent $40 million on roads."
    )
    assert figures(text) == []


def test_a_year_is_no_figure_not_taken_unless_its_people_follow_it():
    """A bare 19xx/20xx that the number reader keeps because a noun follows ("the 2022
    swap") is a year in a sentence about captives; counted people right after it are
    not ("2022 prisoners")."""
    assert figures("The captives of the 2022 swap said their guards were brutal.") == []
    assert figures("The 2024 talks freed the captives, their lawyer said.") == []
    text = "The ministry said 2022 prisoners were still in its lists."
    found = not_taken(text, [], load_lexicon())  # as if no fact were made of it
    assert [(text[f.span_start : f.span_end], f.noun) for f in found] == [("2022", "prisoners")]


def test_the_wide_reading_adds_what_the_noun_reading_leaves():
    # "labourers" is no people noun of the lexicon; the sentence is about a swap
    text = "Caracas freed ten detained Americans in a swap for 252 deported labourers on Friday."
    lex = load_lexicon()
    assert [f.low for f in extract_facts(text, DAY, lex)] == [10]
    assert ("252", "") in figures(text)
    assert ("252", "") not in figures(text, wide=False)


def test_the_sheet_lists_documents_in_path_order_in_every_language_it_reads(tmp_path):
    rows = [
        {
            "doc_id": "b", "path": "b.md", "publisher": "B Wire", "published": DAY,
            "url": "https://b.example", "lang": "en",
            "text": "Talks went on. The group numbered 25 nurses and paramedics in all.",
        },
        {
            "doc_id": "a", "path": "a.md", "publisher": "A Wire", "published": DAY,
            "url": None, "lang": "ru", "text": "Бригада из 25 медиков ждёт решения суда.",
        },
        {  # stated as English, read as the extractor reads it: Ukrainian
            "doc_id": "c", "path": "c.md", "publisher": "C Wire", "published": DAY,
            "url": None, "lang": "en",
            "text": "За даними редакції, 57 журналістів досі перебувають у неволі.",
        },
        {  # a language with no reading of its numbers and nouns
            "doc_id": "d", "path": "d.md", "publisher": "D Wire", "published": DAY,
            "url": None, "lang": "de", "text": "Die Gruppe zählte 25 Sanitäter.",
        },
    ]  # fmt: skip
    docs = pl.DataFrame(rows)
    facts = tables.frame([], tables.FACT_COLUMNS)
    sheet = not_taken_sheet(docs, facts)
    assert sheet.select("path", "sentence_no", "figure", "noun").rows() == [
        ("a.md", 0, "25", "медиков"),
        ("b.md", 1, "25", "nurses"),
        ("c.md", 0, "57", "журналістів"),
    ]
    assert sheet["sentence"][1] == "The group numbered 25 nurses and paramedics in all."


def slavic(text: str, lang: str, wide: bool = True) -> list[tuple[str, str]]:
    lex = load_lexicon()
    facts = extract_facts(text, DAY, lex, lang=lang)
    spans = [(f.span_start, f.span_end) for f in facts]
    found = not_taken(text, spans, lex, wide, lang=lang, published=DAY)
    return [(text[f.span_start : f.span_end], f.noun) for f in found]


@pytest.mark.parametrize(
    ("lang", "text", "listed"),
    [
        # a captive noun after the figure, in any case form: read by its lemma
        ("ru", "Группа насчитывала 40 медиков, и все они ждут решения суда.", [("40", "медиков")]),
        ("uk", "Як повідомили матері, 17 моряків досі не вийшли на зв'язок.", [("17", "моряків")]),
        # number words, read as the extractor reads them
        ("uk", "Бригада налічувала двадцять п'ять медиків.", [("двадцять п'ять", "медиків")]),
        # a figure a fact was made of is not listed
        ("uk", "Додому повернулися 84 захисники.", []),
        ("ru", "Россия передала Украине 84 защитника.", []),
        # figures of other things, years and money, the dead
        ("ru", "В области открыли 12 новых школ, а в 2019 году потратили 40 миллионов.", []),
        ("uk", "Тіла 35 загиблих передали родинам.", [("35", "")]),
    ],
)
def test_russian_and_ukrainian_figures_are_read_by_their_lemmas(lang, text, listed):
    assert slavic(text, lang) == listed


def test_a_demonym_as_a_noun_is_a_people_noun():
    """Not taken when no fact has it (here: none given): 'грузинах' is a demonym by its
    lemma, in the prepositional case, after a number word in the genitive."""
    text = "Родственники ждут вестей о сорока двух грузинах."
    found = not_taken(text, [], load_lexicon(), wide=False, lang="ru", published=DAY)
    assert [(text[f.span_start : f.span_end], f.noun, f.low) for f in found] == [
        ("сорока двух", "грузинах", 42)
    ]


def test_the_dead_and_an_adjective_are_no_people_noun():
    """'35 загиблих військових' counts the dead, though a people noun follows;
    'украинской' is a demonym's adjective, not people."""
    assert slavic("Тіла 35 загиблих військових передали родинам.", "uk", wide=False) == []
    assert slavic("Тела 909 погибших солдат передали украинской стороне.", "ru", wide=False) == []


def test_the_wide_reading_of_a_slavic_sentence_about_captives():
    # "фамилий" counts no people; the sentence is about a swap ("обмен")
    text = "В списке на обмен значатся 1200 фамилий."
    assert slavic(text, "ru") == [("1200", "")]
    assert slavic(text, "ru", wide=False) == []
    assert slavic("В списке покупок значатся 1200 позиций.", "ru") == []


def _review_command(tmp_path, raw):
    """Ingest, extract and publish the raw texts; return the documents, the extracted facts
    and the `review` command that writes review.csv and not-taken.csv beside them."""
    docs, rej, facts = (tmp_path / n for n in ("docs.parquet", "rej.parquet", "facts.parquet"))
    assert main(["-q", "ingest", str(raw), "-o", str(docs), "--rejected", str(rej)]) == 0
    assert main(["-q", "extract", str(docs), "-o", str(facts)]) == 0
    out = tmp_path / "out"
    assert main(["-q", "events", str(facts), "--documents", str(docs), "--outdir", str(out)]) == 0
    review = [
        "-q", "review", str(out / "facts.parquet"), str(out / "events.parquet"),
        "-o", str(tmp_path / "review.csv"), "--not-taken", str(tmp_path / "not-taken.csv"),
        "--documents", str(docs), "--taken", str(facts),
    ]  # fmt: skip
    return docs, facts, review


def test_review_writes_the_list_beside_the_sheet_and_skips_taken_figures(tmp_path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "medics.md").write_text(
        "---\ntitle: Medics\npublisher: Lake Post\npublished: 2025-06-10\n---\n"
        "Moscow and Kyiv each handed over 84 prisoners of war late on Thursday.\n"
        "The ombudsman said the group numbered 25 nurses and paramedics in all.\n",
        encoding="utf-8",
    )
    docs, facts, review = _review_command(tmp_path, raw)
    assert main(review) == 0
    listed = pl.read_csv(tmp_path / "not-taken.csv", schema_overrides={"figure": pl.String})
    assert listed.select("figure", "noun", "publisher").rows() == [("25", "nurses", "Lake Post")]
    # once a fact is made of it (here: as if extracted), it is no longer listed
    extracted = pl.read_parquet(facts)
    start = pl.read_parquet(docs)["text"][0].index("25 nurses")
    at_25 = extracted.head(1).with_columns(
        span_start=pl.lit(start, pl.Int64), span_end=pl.lit(start + 2, pl.Int64)
    )
    pl.concat([extracted, at_25]).write_parquet(tmp_path / "more.parquet")
    review[-1] = str(tmp_path / "more.parquet")
    assert main(review) == 0
    assert pl.read_csv(tmp_path / "not-taken.csv").is_empty()
    # without the texts there is nothing to list: a usage error, not an empty list
    (tmp_path / "not-taken.csv").unlink()
    with pytest.raises(SystemExit) as stopped:
        main(review[: review.index("--documents")])
    assert stopped.value.code == 2
    assert "--not-taken needs --documents" in capsys.readouterr().err
    assert not (tmp_path / "not-taken.csv").exists()


def test_a_reports_list_holds_the_texts_published_in_its_window(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, day, n in (("june.md", "2025-06-10", 25), ("march.md", "2024-03-02", 31)):
        (raw / name).write_text(
            f"---\ntitle: Medics\npublisher: Lake Post\npublished: {day}\n---\n"
            f"The ombudsman said the group numbered {n} nurses and paramedics in all.\n",
            encoding="utf-8",
        )
    *_, review = _review_command(tmp_path, raw)
    params = tmp_path / "2025.yaml"
    params.write_text("start: '2025-01-01'\nend: '2025-12-31'\nsides: [UA]\n", encoding="utf-8")
    assert main(review) == 0
    assert pl.read_csv(tmp_path / "not-taken.csv")["path"].str.contains("june|march").all()
    assert pl.read_csv(tmp_path / "not-taken.csv").height == 2
    assert main([*review, "--report", str(params)]) == 0
    listed = pl.read_csv(tmp_path / "not-taken.csv")
    assert listed.select("published", "figure").rows() == [("2025-06-10", 25)]
