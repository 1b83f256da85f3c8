"""Stable fact ids and a reviewer's corrections: loaded, checked, applied before events."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import polars as pl
import pytest
import yaml
from helpers import contents
from swaptally import ingest, tables
from swaptally.cli import facts_of as extract_all
from swaptally.cli import main
from swaptally.corrections import CorrectionsError, apply_corrections, fact_id
from swaptally.corrections_load import load_corrections
from swaptally.events import build_tables

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data/raw"

SWAP = """---
title: "Swap at the border"
publisher: "Test Wire"
published: 2025-05-24
url: "https://test.example/swap"
---
Talks had dragged on for weeks.
Russia and Ukraine each handed over 205 prisoners of war on Saturday.
"""

OTHER = """---
title: "More come home"
publisher: "Other Wire"
published: 2025-05-30
---
Ukraine said 41 of its soldiers came home from Russian captivity on Friday.
"""


def documents(folder: Path) -> pl.DataFrame:
    docs, _ = ingest.read_paths(ingest.iter_inputs([str(folder)]))
    return ingest.documents_frame(docs)


def facts_of(documents: pl.DataFrame) -> pl.DataFrame:
    facts, errors = extract_all(documents)
    assert errors.is_empty()
    return facts


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------- ids


def test_each_side_of_one_figure_has_its_own_id(tmp_path):
    write(tmp_path / "raw", "swap.md", SWAP)
    facts = facts_of(documents(tmp_path / "raw"))
    assert facts.height == 2 and facts["fact_id"].n_unique() == 2
    # built from the URL and the figure's span, not from a row number
    start = SWAP.split("---\n", 2)[2].index("205")
    expected = {fact_id("https://test.example/swap", start, start + 3, rank) for rank in (0, 1)}
    assert set(facts["fact_id"]) == expected


def test_a_text_without_url_is_identified_by_its_path(tmp_path):
    path = write(tmp_path / "raw", "other.md", OTHER)
    facts = facts_of(documents(tmp_path / "raw"))
    (row,) = facts.rows(named=True)
    assert row["url"] is None
    assert row["fact_id"] == fact_id(str(path), row["span_start"], row["span_end"])


def test_adding_texts_keeps_every_fact_id(tmp_path):
    raw = tmp_path / "raw"
    write(raw, "swap.md", SWAP)
    write(raw, "other.md", OTHER)
    before = facts_of(documents(raw))
    # a text that sorts first, in front of both, with facts of its own
    write(raw, "aaa-first.md", SWAP.replace("swap", "first").replace("205", "77"))
    after = facts_of(documents(raw))
    assert after.height == before.height + 2
    keep = ["fact_id", "path", "span_start", "persons_of", "low"]
    assert (
        before.select(keep).rows()
        == after.filter(pl.col("fact_id").is_in(before["fact_id"].implode())).select(keep).rows()
    )


def test_ids_of_the_sample_corpus_are_unique_and_survive_an_added_text(tmp_path):
    base = facts_of(documents(SAMPLE))
    assert base["fact_id"].n_unique() == base.height
    raw = tmp_path / "raw"
    for path in SAMPLE.iterdir():
        write(raw, path.name, path.read_text(encoding="utf-8"))
    write(raw, "zz-added.md", OTHER)
    grown = facts_of(documents(raw))
    # paths differ (another folder): compare texts with URLs, whose ids must not move
    with_url = base.filter(pl.col("url").is_not_null())
    assert with_url.height > 0.8 * base.height
    assert set(with_url["fact_id"]) <= set(grown["fact_id"])


def test_explain_prints_the_fact_id(tmp_path, capsys):
    path = write(tmp_path / "raw", "swap.md", SWAP)
    assert main(["explain", str(path)]) == 0
    shown = capsys.readouterr().out
    ids = facts_of(documents(tmp_path / "raw"))["fact_id"]
    assert all(id_ in shown for id_ in ids)


# ---------------------------------------------------------------- the file


def test_a_missing_or_empty_file_means_no_corrections(tmp_path):
    assert load_corrections(tmp_path / "corrections.yaml") == []
    empty = write(tmp_path, "corrections.yaml", "# nothing corrected yet\n")
    assert load_corrections(empty) == []
    with pytest.raises(CorrectionsError, match="no such corrections file"):
        load_corrections(tmp_path / "typo.yaml", must_exist=True)


def test_the_shipped_example_is_empty_and_its_entries_are_valid():
    shipped = ROOT / "data/corrections.yaml"
    assert load_corrections(shipped) == []  # the default run is not changed
    lines = shipped.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("# - fact:"))
    example = "\n".join(line[2:] for line in lines[start:] if line.startswith("# "))
    entries = yaml.safe_load(example)
    assert {e["action"] for e in entries} == {"drop", "set", "add"}
    ids = set(facts_of(documents(SAMPLE))["fact_id"])
    # they name real facts of the sample corpus
    assert {e["fact"] for e in entries if e["action"] != "add"} <= ids
    # and an added fact's text is found there (tests/test_added_facts.py applies it)
    texts = documents(SAMPLE)
    for entry in (e for e in entries if e["action"] == "add"):
        (text,) = texts.filter(pl.col("url") == entry["document"])["text"]
        assert entry["quote"] in text


def without(entry: dict, key: str) -> dict:
    return {k: v for k, v in entry.items() if k != key}


GOOD = {"fact": "fa-0123456789abcdef", "action": "drop", "reason": "not a count of people"}


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({**GOOD, "action": "remove"}, r"entry 1: action: 'remove' is not an action: drop, set"),
        (without(GOOD, "action"), r"entry 1: 'action' is required"),
        ({**without(GOOD, "action"), "set": {"low": 3}}, r"entry 1: 'action' is required"),
        ({**GOOD, "action": "set", "set": {"persons_of": "UKR"}}, r"set.persons_of: 'UKR' is not"),
        ({**GOOD, "action": "set", "set": {"held_by": "AA"}}, r"'AA' is not a country code: no"),
        ({**GOOD, "action": "set", "set": {"period_end": "May"}}, r"period_end: 'May' is not a"),
        ({k: v for k, v in GOOD.items() if k != "reason"}, r"entry 1: 'reason' is required"),
        ({**GOOD, "reason": "  "}, r"entry 1: reason: is blank"),
        ({**GOOD, "fact": "3"}, r"entry 1: fact: '3' is not a fact id: 'fa-' and 16 hex"),
        ({**GOOD, "action": "set"}, r"entry 1: 'set' is required"),
        ({**GOOD, "set": {"low": 3}}, r"entry 1: 'set' goes only with action: set"),
        ({**GOOD, "action": "set", "set": {"kind": "swap"}}, r"set.kind: 'swap' is not a kind"),
        ({**GOOD, "action": "set", "set": {"low": -1}}, r"set.low: -1 is less than"),
        ({**GOOD, "action": "set", "set": {"side": "UA"}}, r"set: 'side' is not a field: cat"),
        ({**GOOD, "action": "set", "set": {}}, r"entry 1: set: names no field to change"),
        ({**GOOD, "action": "set", "set": {"low": "many"}}, r"low: 'many' is not a whole number"),
        ({**GOOD, "note": "x"}, r"entry 1: 'note' is not a key of an entry: action, by, date"),
        ({**GOOD, "reason": 5}, r"entry 1: reason: 5 is not text$"),
        ({**GOOD, "action": "set", "set": {"low": 9, "high": 2}}, r"set.low 9 > set.high 2"),
        ({**GOOD, "date": "2025-02-30"}, r"entry 1: date: '2025-02-30' is not a day"),
        ({**GOOD, "by": ""}, r"entry 1: by: '' should be non-empty"),
    ],
)
def test_a_malformed_entry_is_one_clear_line(tmp_path, entry, message):
    path = write(tmp_path, "corrections.yaml", yaml.safe_dump([entry]))
    with pytest.raises(CorrectionsError, match=message) as caught:
        load_corrections(path)
    assert "\n" not in str(caught.value) and str(path) in str(caught.value)


def test_the_first_wrong_entry_is_named_whatever_is_wrong_further_down(tmp_path):
    """A reviewer fixes the file from the top: the message names the first bad entry."""
    entries = [GOOD, {**GOOD, "fact": "fa-0123456789abcde0", "action": "sett"}, {"reason": 1}]
    path = write(tmp_path, "corrections.yaml", yaml.safe_dump(entries))
    with pytest.raises(CorrectionsError, match=r"entry 2: action: 'sett' is not an action"):
        load_corrections(path)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- fact: [unclosed\n", r"not valid YAML at line \d"),
        ("fact: fa-0123456789abcdef\n", r"not a list of entries \(each entry begins with '- '"),
        ("- just words\n", r"entry 1: not an entry: an entry is keys and values"),
        (
            "- fact: fa-0123456789abcdef\n  action: drop\n  reason: x\n  date: 2025-02-30\n",
            r"corrections\.yaml: entry 1: date: '2025-02-30' is not a day",
        ),
        (
            "- fact: fa-0123456789abcdef\n  action: drop\n  reason: x\n"
            "- fact: fa-0123456789abcde0\n  action: set\n  set: {date: 2026-13-01}\n  reason: x\n",
            r"corrections\.yaml: entry 2: set\.date: '2026-13-01' is not a day",
        ),
    ],
)
def test_a_malformed_file_is_one_clear_line(tmp_path, text, message):
    path = write(tmp_path, "corrections.yaml", text)
    with pytest.raises(CorrectionsError, match=message):
        load_corrections(path)


def test_a_file_not_in_utf8_says_so(tmp_path):
    path = tmp_path / "corrections.yaml"
    path.write_bytes(
        "- fact: fa-0123456789abcdef\n  action: drop\n  reason: Dni\xe8pro\n".encode("latin-1")
    )
    with pytest.raises(CorrectionsError, match=r"corrections\.yaml: not UTF-8 text$"):
        load_corrections(path)


def test_one_entry_per_fact(tmp_path):
    twice = [GOOD, {**GOOD, "action": "set", "set": {"low": 3}}]
    path = write(tmp_path, "corrections.yaml", yaml.safe_dump(twice))
    with pytest.raises(CorrectionsError, match=r"entry 2: .* already corrected by entry 1"):
        load_corrections(path)


def test_unquoted_dates_are_read_as_days(tmp_path):
    text = (
        "- fact: fa-0123456789abcdef\n  action: set\n  reason: the source says Friday\n"
        "  set: {date: 2025-05-23, held_by: null}\n  by: A. Reviewer\n  date: 2025-06-01\n"
    )
    (c,) = load_corrections(write(tmp_path, "corrections.yaml", text))
    assert c.values == {"date": dt.date(2025, 5, 23), "held_by": None}
    assert (c.by, c.on, c.entry) == ("A. Reviewer", dt.date(2025, 6, 1), 1)


def test_country_codes_and_words_are_read_as_yaml_1_2_reads_them(tmp_path):
    """YAML 1.1 (PyYAML's default) reads unquoted NO, on, off, yes as booleans."""
    text = (
        "- fact: fa-0123456789abcdef\n  action: set\n  reason: yes\n"
        "  set: {held_by: NO, persons_of: RU, said_by: on}\n  by: off\n"
    )
    (c,) = load_corrections(write(tmp_path, "corrections.yaml", text))
    assert c.values == {"held_by": "NO", "persons_of": "RU", "said_by": "on"}
    assert (c.reason, c.by) == ("yes", "off")
    # true and false are still booleans, so a side written as one is refused
    refused = write(tmp_path, "refused.yaml", text.replace("held_by: NO", "held_by: false"))
    with pytest.raises(CorrectionsError, match=r"entry 1: set.held_by: False"):
        load_corrections(refused)


# ---------------------------------------------------------------- applying them


@pytest.fixture
def swap_facts(tmp_path) -> pl.DataFrame:
    write(tmp_path / "raw", "swap.md", SWAP)
    write(tmp_path / "raw", "other.md", OTHER)
    return facts_of(documents(tmp_path / "raw"))


def corrections(tmp_path: Path, *entries: dict):
    return load_corrections(write(tmp_path, "corrections.yaml", yaml.safe_dump(list(entries))))


def id_of(facts: pl.DataFrame, **where) -> str:
    rows = facts.filter(**where)
    assert rows.height == 1
    return rows["fact_id"][0]


def test_drop_removes_the_fact_and_lists_it(tmp_path, swap_facts):
    target = id_of(swap_facts, low=41)
    out, applied = apply_corrections(
        swap_facts,
        corrections(tmp_path, {"fact": target, "action": "drop", "reason": "a duplicate"}),
    )
    assert target not in out["fact_id"] and out.height == swap_facts.height - 1
    (row,) = applied.rows(named=True)
    assert (row["fact_id"], row["action"], row["applied"], row["change"]) == (
        target,
        "drop",
        True,
        "dropped: 41 UA release reported 2025-05-30",
    )
    assert row["reason"] == "a duplicate" and row["publisher"] == "Other Wire"
    assert "low=41" in row["before"] and row["after"] is None


def test_a_dropped_figure_is_worded_as_a_source_says_it(tmp_path, swap_facts):
    """'more than 8,000' is stored as low 8,001 and no high: the change says it in
    words, not '8001––'."""
    target = id_of(swap_facts, low=41)
    facts = swap_facts.with_columns(
        low=pl.when(pl.col("fact_id") == target).then(8001).otherwise(pl.col("low")),
        high=pl.when(pl.col("fact_id") == target).then(None).otherwise(pl.col("high")),
    )
    _, applied = apply_corrections(
        facts, corrections(tmp_path, {"fact": target, "action": "drop", "reason": "r"})
    )
    assert applied["change"].to_list() == [
        "dropped: more than 8,000 UA release reported 2025-05-30"
    ]


def test_set_changes_only_the_named_fields_of_that_fact(tmp_path, swap_facts):
    target = id_of(swap_facts, low=205, persons_of="UA")
    entry = {
        "fact": target,
        "action": "set",
        "set": {"low": 206, "high": 206, "said_by": None, "category": "civilian"},
        "reason": "the ministry corrected its count",
    }
    out, applied = apply_corrections(swap_facts, corrections(tmp_path, entry))
    assert out.schema == swap_facts.schema and out.height == swap_facts.height
    changed = out.filter(pl.col("fact_id") == target).row(0, named=True)
    assert (changed["low"], changed["high"], changed["category"]) == (206, 206, "civilian")
    # every other fact, and every other field, as it was
    same = [c for c in out.columns if c not in ("low", "high", "category")]
    assert out.select(same).equals(swap_facts.select(same))
    assert out.filter(pl.col("fact_id") != target).equals(
        swap_facts.filter(pl.col("fact_id") != target)
    )
    (row,) = applied.rows(named=True)
    assert row["change"] == "category: military → civilian; low: 205 → 206; high: 205 → 206"
    assert "low=205" in row["before"] and "low=206" in row["after"]


def test_set_a_field_to_null_and_a_day(tmp_path, swap_facts):
    target = id_of(swap_facts, low=41)
    entry = {
        "fact": target,
        "action": "set",
        "set": {"held_by": None, "date": "2025-05-29"},
        "reason": "the holder is not named; Thursday, not Friday",
    }
    out, _ = apply_corrections(swap_facts, corrections(tmp_path, entry))
    row = out.filter(pl.col("fact_id") == target).row(0, named=True)
    assert row["held_by"] is None and row["date"] == dt.date(2025, 5, 29)


def test_a_stale_id_is_warned_about_and_listed_never_silently_ignored(tmp_path, swap_facts, caplog):
    stale = {"fact": "fa-00000000000000ff", "action": "drop", "reason": "gone"}
    with caplog.at_level(logging.WARNING, logger="swaptally"):
        out, applied = apply_corrections(swap_facts, corrections(tmp_path, stale))
    assert out.equals(swap_facts)
    assert "fa-00000000000000ff does not exist" in caplog.text
    (row,) = applied.rows(named=True)
    assert row["applied"] is False and row["change"].startswith("no such fact")
    with pytest.raises(CorrectionsError, match=r"yaml: entry 1: fact fa-0+ff does not exist"):
        apply_corrections(swap_facts, corrections(tmp_path, stale), strict=True)


def test_a_set_that_turns_a_range_upside_down_is_refused(tmp_path, swap_facts):
    target = id_of(swap_facts, low=41)
    ranged = swap_facts.with_columns(
        high=pl.when(pl.col("fact_id") == target).then(45).otherwise(pl.col("high"))
    )
    entry = {"fact": target, "action": "set", "set": {"high": 3}, "reason": "typo"}
    with pytest.raises(CorrectionsError, match="low 41 > high 3"):
        apply_corrections(ranged, corrections(tmp_path, entry))


def test_one_bound_set_on_an_exact_figure_sets_the_figure(tmp_path, swap_facts):
    """`set: {low: 30}` on '41' means 30, not the range 30–41, as an add's high is its low
    unless given; on a range the other bound stays, and null opens the range."""
    target = id_of(swap_facts, low=41)
    entry = {"fact": target, "action": "set", "set": {"low": 30}, "reason": "recount"}
    out, applied = apply_corrections(swap_facts, corrections(tmp_path, entry))
    assert out.filter(pl.col("fact_id") == target).select("low", "high").row(0) == (30, 30)
    assert applied["change"].to_list() == ["low: 41 → 30; high: 41 → 30"]
    ranged = swap_facts.with_columns(
        high=pl.when(pl.col("fact_id") == target).then(45).otherwise(pl.col("high"))
    )
    out, _ = apply_corrections(ranged, corrections(tmp_path, entry))
    assert out.filter(pl.col("fact_id") == target).select("low", "high").row(0) == (30, 45)
    opened = {**entry, "set": {"high": None}}
    out, _ = apply_corrections(swap_facts, corrections(tmp_path, opened))
    assert out.filter(pl.col("fact_id") == target).select("low", "high").row(0) == (41, None)


def test_no_corrections_change_nothing(swap_facts):
    out, applied = apply_corrections(swap_facts, [])
    assert out.equals(swap_facts)
    assert applied.is_empty() and applied.schema == tables.schema(tables.CORRECTION_COLUMNS)


# ---------------------------------------------------------------- on the sample corpus


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    """The sample corpus ingested and extracted by the CLI, as the workflow does."""
    folder = tmp_path_factory.mktemp("sample")
    docs, rejected, facts = (folder / n for n in ("docs.parquet", "rej.parquet", "facts.parquet"))
    assert main(["-q", "ingest", str(SAMPLE), "-o", str(docs), "--rejected", str(rejected)]) == 0
    assert main(["-q", "extract", str(docs), "-o", str(facts)]) == 0
    return folder


def run_events(sample: Path, outdir: Path, *extra: str) -> int:
    return main(
        [
            "-q",
            "events",
            str(sample / "facts.parquet"),
            "--documents",
            str(sample / "docs.parquet"),
            "--rejected",
            str(sample / "rej.parquet"),
            "--outdir",
            str(outdir),
            *extra,
        ]
    )


def estimate_facts(facts: pl.DataFrame) -> pl.DataFrame:
    return facts.filter(
        (pl.col("kind") == "held") & (pl.col("low") == 8000) & (pl.col("high") == 10000)
    )


def test_dropping_every_fact_of_the_estimate_removes_it_from_events(sample, tmp_path):
    targets = estimate_facts(pl.read_parquet(sample / "facts.parquet"))["fact_id"].to_list()
    assert len(targets) >= 3  # several outlets state it
    entries = [{"fact": t, "action": "drop", "reason": "not sourced"} for t in targets]
    path = write(tmp_path, "corrections.yaml", yaml.safe_dump(entries))
    before, after = tmp_path / "before", tmp_path / "after"
    assert run_events(sample, before) == 0
    assert run_events(sample, after, "--corrections", str(path)) == 0

    def estimates(folder: Path) -> set:
        events = pl.read_parquet(folder / "events.parquet").filter(pl.col("kind") == "held")
        return set(events.select("persons_of", "low", "high").rows())

    assert ("UA", 8000, 10000) in estimates(before)
    assert ("UA", 8000, 10000) not in estimates(after)
    assert estimate_facts(pl.read_parquet(after / "facts.parquet")).is_empty()
    listed = pl.read_csv(after / "corrections.csv")
    assert sorted(listed["fact_id"]) == sorted(targets)
    assert listed["action"].to_list() == ["drop"] * len(targets) and listed["applied"].all()
    assert pl.read_csv(before / "corrections.csv").is_empty()  # header only, no corrections


def test_reruns_with_corrections_are_byte_identical(sample, tmp_path):
    facts = pl.read_parquet(sample / "facts.parquet")
    entries = [
        {"fact": estimate_facts(facts)["fact_id"][0], "action": "drop", "reason": "not sourced"},
        {
            "fact": facts.filter(pl.col("low") == 307)["fact_id"][0],
            "action": "set",
            "set": {"low": 309, "high": 309},
            "reason": "the later count",
            "by": "A. Reviewer",
            "date": "2025-06-01",
        },
    ]
    path = write(tmp_path, "corrections.yaml", yaml.safe_dump(entries))
    one, two = tmp_path / "one", tmp_path / "two"
    assert run_events(sample, one, "--corrections", str(path)) == 0
    assert run_events(sample, two, "--corrections", str(path)) == 0
    names = sorted(p.name for p in one.iterdir())
    assert "corrections.csv" in names and names == sorted(p.name for p in two.iterdir())
    for name in names:
        assert contents(one / name) == contents(two / name), name
    events = pl.read_parquet(one / "events.parquet")
    assert 309 in events["high"].to_list()


def test_events_command_refuses_a_bad_file_and_a_stale_id_under_strict(sample, tmp_path, caplog):
    bad = write(tmp_path, "bad.yaml", "- fact: nope\n")
    assert run_events(sample, tmp_path / "out", "--corrections", str(bad)) == 1
    assert run_events(sample, tmp_path / "out", "--corrections", str(tmp_path / "no.yaml")) == 1
    stale = write(tmp_path, "stale.yaml", yaml.safe_dump([{**GOOD}]))
    assert run_events(sample, tmp_path / "out", "--corrections", str(stale)) == 0
    assert run_events(sample, tmp_path / "out", "--corrections", str(stale), "--strict") == 1
    assert "stale.yaml: entry 1: fact fa-0123456789abcdef does not exist" in caplog.text


def test_a_reviewers_scope_is_kept_by_the_events_step(tmp_path, swap_facts):
    target = id_of(swap_facts, low=205, persons_of="UA")
    entry = {
        "fact": target,
        "action": "set",
        "set": {"scope": "running"},
        "reason": "205 is Ukraine's total since the spring, not Saturday's handover",
    }
    corrected, applied = apply_corrections(swap_facts, corrections(tmp_path, entry))
    facts, events, _, claims = build_tables(corrected)
    assert facts.filter(pl.col("fact_id") == target)["scope"].to_list() == ["running"]
    assert facts.filter(pl.col("fact_id") != target)["scope"].unique().to_list() == ["stage"]
    ua = events.filter(pl.col("persons_of") == "UA").row(0, named=True)
    assert (ua["scope"], ua["summable"]) == ("running", False)
    assert claims.filter(pl.col("persons_of") == "UA")["low"].to_list() == [205]
    assert applied["change"].to_list() == ["scope: – → running"]


def test_a_dropped_period_figure_is_worded_with_its_whole_period(tmp_path, swap_facts):
    """A year's total has no day: the change names its period, not its first day alone
    (which reads as one swap on that day)."""
    target = id_of(swap_facts, low=41)
    year = pl.col("fact_id") == target
    facts = swap_facts.with_columns(
        date=pl.when(year).then(None).otherwise(pl.col("date")),
        period_start=pl.when(year).then(dt.date(2023, 1, 1)).otherwise(pl.col("period_start")),
        period_end=pl.when(year).then(dt.date(2023, 12, 31)).otherwise(pl.col("period_end")),
    )
    _, applied = apply_corrections(
        facts, corrections(tmp_path, {"fact": target, "action": "drop", "reason": "r"})
    )
    assert applied["change"].to_list() == [
        "dropped: 41 UA release reported 2023-01-01 to 2023-12-31"
    ]
