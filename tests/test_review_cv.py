"""Do the review sheet's flags point at wrong facts? The flags' data file, and the study
that measures them on gold sets (swaptally review-cv)."""

from __future__ import annotations

import datetime as dt
import json
import logging
import re

import polars as pl
import pytest
from event_facts import fact_row
from swaptally import review, tables
from swaptally.cli import main
from swaptally.events import build_events
from swaptally.gold import GoldSet
from swaptally.review_cv import choose_rules, format_cv, measure, set_facts

DAY = dt.date(2025, 3, 6)


def _fact(persons: str, holder: str, n: int, kind: str = "exchange") -> dict:
    return {
        "kind": kind, "status": "reported", "persons_of": persons, "held_by": holder,
        "category": "military", "low": n, "high": n,
    }  # fmt: skip


def _doc(id_: str, publisher: str, text: str, facts: list[dict]) -> dict:
    return {
        "id": id_, "url": f"https://{id_}.example", "publisher": publisher,
        "published": DAY.isoformat(), "lang": "en", "text": text, "facts": facts,
    }  # fmt: skip


# ---------------------------------------------------------------- the flags' data


def test_the_flags_rules_are_data(tmp_path, monkeypatch):
    """The sheet flags by the lists review_flags.yaml holds: a rule listed there is
    flagged, and the same facts are not when the file lists another."""
    rows = [
        fact_row("alpha", 9, 9, fact_id="fa-1", rule="context+hostages", publisher="A"),
        fact_row("beta", 9, 9, fact_id="fa-2", rule="context", publisher="B"),
        fact_row("gamma", 40, 40, fact_id="fa-3", rule="each_side", publisher="C",
                 persons_of="RU", held_by="UA"),
    ]  # fmt: skip
    facts, events = build_events(tables.frame(rows, tables.FACT_COLUMNS))
    load = review.flagged_rules

    def flags_with(text: str) -> dict[str, str]:
        path = tmp_path / f"flags-{text.split()[1]}.yaml"  # one file each: flagged_rules caches
        path.write_text(text, encoding="utf-8")
        rules = load(path)
        monkeypatch.setattr(review, "flagged_rules", lambda *_: rules)
        sheet = review.review_sheet(facts, events)
        return dict(zip(sheet["fact_ids"], sheet["flags"], strict=True))

    listed = flags_with("weak_side_rules: [context]\nerror_prone_rules: [each_side]\n")
    assert listed == {"fa-1; fa-2": "weak side cue", "fa-3": "single source; error-prone rule"}
    other = flags_with("weak_side_rules: [domestic]\nerror_prone_rules: [hostages]\n")
    assert other == {"fa-1; fa-2": "error-prone rule", "fa-3": "single source"}


def test_an_error_prone_rule_part_flags_its_event(monkeypatch):
    monkeypatch.setattr(review, "flagged_rules", lambda: (frozenset(), frozenset({"hostages"})))
    rows = [
        fact_row("alpha", 9, 9, fact_id="fa-1", rule="demonym_group+hostages", publisher="A"),
        fact_row("beta", 9, 9, fact_id="fa-2", rule="demonym_group", publisher="B"),
        fact_row("gamma", 40, 40, fact_id="fa-3", rule="each_side", publisher="C",
                 persons_of="RU", held_by="UA"),
    ]  # fmt: skip
    facts, events = build_events(tables.frame(rows, tables.FACT_COLUMNS))
    sheet = review.review_sheet(facts, events)
    flags = dict(zip(sheet["fact_ids"], sheet["flags"], strict=True))
    # a later step of the rule is enough; the part must be whole ('hostages', not 'host')
    assert flags["fa-1; fa-2"] == "error-prone rule"
    assert flags["fa-3"] == "single source"


# ---------------------------------------------------------------- measuring on gold


SWAPS = GoldSet(
    "mine",
    [
        # read right: Armenia's and Azerbaijan's 12 each
        _doc(
            "d1", "Caucasus Wire",
            "Armenia and Azerbaijan exchanged 12 soldiers each on Tuesday, Yerevan said.",
            [_fact("AM", "AZ", 12), _fact("AZ", "AM", 12)],
        ),
        # gold says the 30 were Colombians held by rebels; whatever is extracted differs
        _doc(
            "d2", "Andes Daily",
            "Rebels in the south freed 30 hostages on Friday, the church said.",
            [_fact("CO", "XX", 31, kind="release")],
        ),
    ],
)  # fmt: skip


def test_set_facts_labels_each_fact_and_gives_its_rows_flags():
    facts = set_facts(SWAPS)
    right = facts.filter(pl.col("doc_id") == "d1")
    assert right.height == 2 and not right["wrong"].any()
    assert set(right["label"]) == {"right"}
    # each fact sits in the row of its event, with that row's flags
    assert all("single source" in flags for flags in facts["flags"].to_list())
    assert facts.filter(pl.col("doc_id") == "d2")["wrong"].all()
    m = measure(facts, pl.col("flags").list.len() > 0)
    assert (m.facts, m.wrong_flagged) == (facts.height, int(facts["wrong"].sum()))


def frame(rows: list[tuple[str, bool]]) -> pl.DataFrame:
    """Facts given by their rule and whether they are wrong."""
    return pl.DataFrame(
        {
            "parts": [rule.split("+") for rule, _ in rows],
            "wrong": [wrong for _, wrong in rows],
            "flags": [[] for _ in rows],
        },
        schema_overrides={"flags": pl.List(pl.String)},
    )


def test_a_rule_part_is_chosen_when_it_fails_often_in_several_sets():
    ok = [("demonym_group", False)] * 30 + [("each_side", False)] * 30
    bad_a = [("each_side+partitive", True)] * 5 + [("each_side+partitive", False)] * 3
    bad_b = [("each_side+partitive", True)] * 4 + [("each_side", False)] * 4
    assert choose_rules([frame(ok + bad_a), frame(ok + bad_b)]) == ["partitive"]
    # in one set only: a sentence, not a mechanism
    assert choose_rules([frame(ok + bad_a), frame(ok)]) == []
    # too few facts
    assert choose_rules([frame(ok + bad_a[:2]), frame(ok + bad_b[:2])]) == []
    # a part the sheet flags already (a weak side rule) is not chosen again
    assert choose_rules([frame(ok + bad_a), frame(ok + bad_b)], known=["partitive"]) == []


def assert_tables_are_whole(text: str) -> None:
    """Every row of each Markdown table has as many cells as its header."""
    table: list[str] = []
    for line in [*text.splitlines(), ""]:
        if line.startswith("|"):
            table.append(line)
            continue
        if table:
            widths = {row.count("|") for row in table}
            assert len(widths) == 1, table
            assert set(table[1].strip("|").split("|")) == {"---"}, table
        table = []


def test_format_cv_measures_each_set_with_the_rules_chosen_without_it():
    ok = [("demonym_group", False)] * 30 + [("each_side", False)] * 30
    bad = [("each_side+partitive", True)] * 5 + [("each_side+partitive", False)] * 3
    sets = {"a": frame(ok + bad), "b": frame(ok + bad), "c": frame(ok + bad[:4] + bad[5:])}
    text = format_cv(sets)
    row_c = next(line for line in text.splitlines() if line.startswith("| c |"))
    # chosen on a and b; on c it flags the 7 partitive facts: all 4 wrong ones among them
    assert "| partitive | 1.00 / 0.57 / 0.10 |" in row_c
    assert_tables_are_whole(text)
    assert (
        "Rule parts chosen on all sets (for review_flags.yaml's error_prone_rules): partitive"
        in text
    )


def test_review_cv_command_runs_on_gold_files(tmp_path, capsys):
    paths = []
    for i, doc in enumerate(SWAPS.docs):
        path = tmp_path / f"set{i}.jsonl"
        path.write_text(json.dumps(doc) + "\n", encoding="utf-8")
        paths.append(str(path))
    assert main(["review-cv", *paths]) == 0
    out = capsys.readouterr().out
    assert "| set0 | 2 | 0 (0.00) |" in out and "| set1 |" in out
    assert "| single source |" in out
    assert "| releaser_other |" in out  # each rule part of review_flags.yaml, per set
    assert "Figures not taken (as review-not-taken.csv lists them)" in out
    assert_tables_are_whole(out)


def test_a_cyrillic_excerpt_with_no_language_is_counted_with_the_slavic_ones():
    """The not-taken tables tell languages apart as the list does, by the letters when
    the excerpt states none, and extract each excerpt once."""
    from swaptally.review_cv import ENGLISH, SLAVIC, not_taken_counts

    docs = [
        {"id": "en", "text": "Nine sailors came home on Monday.", "facts": []},
        {"id": "ru", "text": "В понедельник домой вернулись девять моряков.", "facts": []},
    ]
    counts = not_taken_counts(GoldSet("mixed", docs))
    assert counts[ENGLISH][0].texts == 1 and counts[SLAVIC][0].texts == 1


GOOD_LINE = {"id": "g1", "text": "Nine sailors came home.", "facts": []}
FULL_FACT = {
    "kind": "release", "status": "reported", "persons_of": "PH", "held_by": "unknown",
    "category": "civilian", "low": 9, "high": 9,
}  # fmt: skip


@pytest.mark.parametrize(
    ("suffix", "content", "message"),
    [
        (":check", [GOOD_LINE], r"\.jsonl:check: only the tune half may be studied"),
        (":tun", [GOOD_LINE], r"\.jsonl:tun: 'tun' is not a half; give .*\.jsonl:tune"),
        ("", None, r"\.jsonl: no such gold set file"),
        ("", "no json here\n", r"\.jsonl: line 1: not JSON"),
        ("", "", r"\.jsonl: no excerpts"),
        ("", [GOOD_LINE, [1, 2]], r"\.jsonl: line 2: not an excerpt"),
        ("", [{"id": "g2", "facts": []}], r"\.jsonl: line 1 \(g2\): no 'text'"),
        ("", [{"id": "g3", "text": "x"}], r"line 1 \(g3\): 'facts' is not a list of facts"),
        ("", [{"text": "x", "facts": []}], r"line 1: the excerpt has no 'id'"),
        (
            "",
            [{"url": "https://example.org/a", "text": "x", "facts": []}],
            r"line 1 \(https://example\.org/a\): the excerpt has no 'id'",
        ),
        (
            "",
            [{**GOOD_LINE, "facts": [{"kind": "exchange"}]}],
            r"line 1 \(g1\): fact 1 lacks 'status', 'persons_of', 'held_by', 'category', "
            r"'low', 'high'",
        ),
        (
            "",
            [{**GOOD_LINE, "facts": [{**FULL_FACT, "low": "nine"}]}],
            r"line 1 \(g1\): fact 1: low 'nine' is not a whole number or null",
        ),
        (
            "",
            [{**GOOD_LINE, "published": "14/06/2025"}],
            r"line 1 \(g1\): published '14/06/2025' is not a day",
        ),
    ],
)
def test_a_bad_gold_argument_is_one_line_never_a_traceback(
    tmp_path, caplog, capsys, suffix, content, message
):
    path = tmp_path / "set.jsonl"
    if content is not None:
        text = (
            content if isinstance(content, str) else "".join(json.dumps(d) + "\n" for d in content)
        )
        path.write_text(text, encoding="utf-8")
    with caplog.at_level(logging.ERROR, logger="swaptally"):
        assert main(["review-cv", f"{path}{suffix}"]) == 1
    (error,) = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert re.search(message, error) and "\n" not in error
    assert "Traceback" not in capsys.readouterr().err


def test_a_folder_is_not_a_gold_set(tmp_path, caplog):
    with caplog.at_level(logging.ERROR, logger="swaptally"):
        assert main(["error-profile", str(tmp_path)]) == 1
    assert f"{tmp_path}: a folder, not a gold set" in caplog.text


@pytest.mark.parametrize(
    ("lexicon", "message"),
    [
        ("actors: [unclosed\n", r"lex\.yaml: not valid YAML at line 2"),
        ("actors: 5\n", r"lex\.yaml: actors: 5 is not names and values, as this section is"),
        ("- a word\n", r"lex\.yaml: a lexicon is sections by name"),
    ],
)
def test_a_bad_lexicon_is_one_line_never_a_traceback(tmp_path, caplog, lexicon, message):
    gold = tmp_path / "set.jsonl"
    gold.write_text(json.dumps(GOOD_LINE) + "\n", encoding="utf-8")
    (tmp_path / "lex.yaml").write_text(lexicon, encoding="utf-8")
    with caplog.at_level(logging.ERROR, logger="swaptally"):
        assert main(["review-cv", str(gold), "--lexicon", str(tmp_path / "lex.yaml")]) == 1
    (error,) = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert re.search(message, error) and "\n" not in error
