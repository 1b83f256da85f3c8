"""A reviewer adds a fact the extractor missed: by document and quote, as data."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import polars as pl
import pytest
import yaml
from helpers import contents
from swaptally.cli import main
from swaptally.corrections import CorrectionsError, fact_id
from swaptally.corrections_load import load_corrections
from swaptally.review import review_sheet

ROOT = Path(__file__).resolve().parents[1]

# The group of 25 is a figure the extractor does not read ("the group numbered 25").
MEDICS = """---
title: "Medics home after months in detention"
publisher: "Lakeside Courier"
published: 2025-06-10
url: "https://lakeside.example/medics-home"
---
A bus carrying freed medics crossed the border on Monday evening.
Kyiv's ombudsman said the group numbered 25, nurses and paramedics taken in 2022.
Moscow and Kyiv each handed over 84 prisoners of war late on Monday, the ombudsman added.
"""

FISHERMEN = """---
title: "Trawler crew back in Murmansk"
publisher: "Fjord Post"
published: 2025-07-03
---
Oslo handed the crew back on Wednesday; the vessel’s crew came to 11, the coast guard said.
"""

URL = "https://lakeside.example/medics-home"
BODY = MEDICS.split("---\n", 2)[2]

ADD = {
    "action": "add",
    "document": URL,
    "quote": "the group numbered 25, nurses and paramedics",
    "fields": {
        "kind": "exchange",
        "status": "reported",
        "persons_of": "UA",
        "held_by": "RU",
        "category": "civilian",
        "low": 25,
        "date": "2025-06-09",
    },
    "reason": "the freed medics; 'the group numbered 25' is not read",
}


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Two texts of our own, ingested and extracted (with scope files) by the CLI."""
    folder = tmp_path_factory.mktemp("added")
    write(folder / "raw", "medics.md", MEDICS)
    write(folder / "raw", "fishermen.md", FISHERMEN)
    docs, rej = folder / "docs.parquet", folder / "rej.parquet"
    assert main(["-q", "ingest", str(folder / "raw"), "-o", str(docs), "--rejected", str(rej)]) == 0
    facts, scope = folder / "facts.parquet", folder / "scope.parquet"
    assert main(["-q", "extract", str(docs), "-o", str(facts), "--scope", str(scope)]) == 0
    return folder


def run(corpus: Path, outdir: Path, entries: list[dict], *extra: str, scope: bool = True) -> int:
    path = write(outdir.parent, f"{outdir.name}.yaml", yaml.safe_dump(entries))
    return main(
        [
            "-q",
            "events",
            str(corpus / "facts.parquet"),
            *(["--scope", str(corpus / "scope.parquet")] if scope else []),
            "--documents",
            str(corpus / "docs.parquet"),
            "--rejected",
            str(corpus / "rej.parquet"),
            "--corrections",
            str(path),
            "--outdir",
            str(outdir),
            *extra,
        ]
    )


# ---------------------------------------------------------------- the file


def test_an_add_entry_is_read(tmp_path):
    (c,) = load_corrections(write(tmp_path, "c.yaml", yaml.safe_dump([ADD])))
    assert (c.action, c.fact, c.document, c.quote, c.figure) == (
        "add",
        "",
        URL,
        ADD["quote"],
        None,
    )
    assert c.values["low"] == 25 and str(c.values["date"]) == "2025-06-09"


def without(entry: dict, key: str) -> dict:
    return {k: v for k, v in entry.items() if k != key}


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (without(ADD, "quote"), r"entry 1: 'quote' is required"),
        (without(ADD, "document"), r"entry 1: 'document' is required"),
        ({**ADD, "fact": "fa-0123456789abcdef"}, r"entry 1: an added fact has no 'fact' id"),
        (
            {"fact": "fa-0123456789abcdef", "action": "drop", "reason": "x", "quote": "y"},
            r"entry 1: 'document', 'quote', 'figure' and 'fields' go only with action: add",
        ),
        ({**ADD, "fields": without(ADD["fields"], "low")}, r"entry 1: fields: 'low' is required"),
        (
            {**ADD, "fields": {**ADD["fields"], "kind": "swap"}},
            r"'swap' is not a kind: exchange, release or",
        ),
        (
            {**ADD, "fields": {**ADD["fields"], "side": "UA"}},
            r"fields: 'side' is not a field: category",
        ),
        ({**ADD, "fields": {**ADD["fields"], "high": 3}}, r"fields.low 25 > fields.high 3"),
        ({**ADD, "fields": {**ADD["fields"], "low": None}}, r"fields.low: an added fact needs"),
        ({**ADD, "fields": {**ADD["fields"], "date": "2025-06-31"}}, r"fields.date: .* not a day"),
        ({**ADD, "fields": {**ADD["fields"], "date": "9 June"}}, r"fields.date: .* not a day"),
        (
            {**ADD, "fields": {**ADD["fields"], "persons_of": "Ukraine"}},
            r"fields.persons_of: 'Ukraine' is not a country code: ISO 3166 alpha-2 in capitals",
        ),
        (
            {**ADD, "fields": {**ADD["fields"], "held_by": "ru"}},
            r"fields.held_by: 'ru' is not a country code",
        ),
        (
            {**ADD, "fields": {**ADD["fields"], "held_by": "QZ"}},
            r"fields.held_by: 'QZ' is not a country code: no country has it",
        ),
        (without(ADD, "action"), r"entry 1: 'action' is required"),
    ],
)
def test_a_malformed_add_is_one_clear_line(tmp_path, entry, message):
    path = write(tmp_path, "c.yaml", yaml.safe_dump([entry]))
    with pytest.raises(CorrectionsError, match=message) as caught:
        load_corrections(path)
    assert "\n" not in str(caught.value) and str(path) in str(caught.value)


# ---------------------------------------------------------------- applied


def test_an_added_fact_flows_into_facts_events_and_the_corrections_table(corpus, tmp_path):
    assert run(corpus, tmp_path / "before", []) == 0
    assert run(corpus, tmp_path / "after", [ADD]) == 0
    before = pl.read_parquet(tmp_path / "before/facts.parquet")
    facts = pl.read_parquet(tmp_path / "after/facts.parquet")
    assert facts.height == before.height + 1
    row = facts.filter(pl.col("rule") == "added").row(0, named=True)
    start = BODY.index("25,")
    # its id is made as an extracted fact's is: from the URL and the figure's span
    assert row["fact_id"] == fact_id(URL, start, start + 2)
    assert (row["span_start"], row["span_end"], row["sentence_no"]) == (start, start + 2, 1)
    assert row["sentence"] == BODY.splitlines()[1]
    assert (row["kind"], row["persons_of"], row["held_by"], row["category"]) == (
        "exchange",
        "UA",
        "RU",
        "civilian",
    )
    assert (row["low"], row["high"], row["qualifier"], str(row["date"])) == (
        25,
        25,
        "exact",
        "2025-06-09",
    )
    assert row["publisher"] == "Lakeside Courier" and row["event_id"] is not None
    events = pl.read_parquet(tmp_path / "after/events.parquet")
    (event,) = events.filter(pl.col("event_id") == row["event_id"]).rows(named=True)
    assert (event["best"], event["category"], event["persons_of"]) == (25, "civilian", "UA")

    # the day's total of Ukraine's returns grows by the 25
    def ua_day(folder: str) -> int:
        table = pl.read_parquet(tmp_path / folder / "events.parquet")
        day = table.filter(
            (pl.col("persons_of") == "UA") & (pl.col("kind") == "exchange") & pl.col("summable")
        )
        return day["best"].sum()

    assert ua_day("after") == ua_day("before") + 25
    (listed,) = pl.read_csv(tmp_path / "after/corrections.csv").rows(named=True)
    assert (listed["fact_id"], listed["action"], listed["applied"]) == (row["fact_id"], "add", True)
    assert listed["change"] == "added: 25 UA exchange reported 2025-06-09"
    assert listed["before"] is None and "low=25" in listed["after"]
    package = json.loads((tmp_path / "after/datapackage.json").read_text(encoding="utf-8"))
    described = {r["path"]: r["description"] for r in package["resources"]}
    assert described["facts.parquet/shard-0001.parquet"].startswith("the facts a reviewer added")
    assert described["facts.parquet/shard-0000.parquet"].endswith("shard 0 of 1")
    documents = pl.read_csv(tmp_path / "after/documents.csv")
    assert documents.filter(pl.col("path").str.ends_with("medics.md"))["n_facts"].to_list() == [
        before.filter(pl.col("url") == URL).height + 1
    ]


def test_the_review_sheet_shows_the_added_fact_and_its_reason(corpus, tmp_path):
    assert run(corpus, tmp_path / "out", [ADD]) == 0
    out = tmp_path / "out"
    sheet = review_sheet(
        pl.read_parquet(out / "facts.parquet"),
        pl.read_parquet(out / "events.parquet"),
        pl.read_csv(out / "corrections.csv", try_parse_dates=True),
    )
    (row,) = sheet.filter(pl.col("corrections").is_not_null()).rows(named=True)
    assert "| added |" in row["facts"] and row["best"] == 25
    assert "added: 25 UA exchange" in row["corrections"] and "is not read" in row["corrections"]


def test_the_quote_is_found_whatever_its_spaces_and_apostrophes(corpus, tmp_path):
    """The reviewer types a straight apostrophe and one space; the text has ’ and a line."""
    entry = {
        **ADD,
        "document": str(corpus / "raw/fishermen.md"),
        "quote": "the vessel's   crew came to 11",
        "fields": {
            "kind": "release",
            "status": "reported",
            "persons_of": "RU",
            "held_by": "NO",
            "low": 11,
        },
    }
    assert run(corpus, tmp_path / "out", [entry], scope=False) == 0
    row = pl.read_parquet(tmp_path / "out/facts.parquet").filter(pl.col("rule") == "added")
    text = FISHERMEN.split("---\n", 2)[2]
    assert row["span_start"].to_list() == [text.index("11")] and row["held_by"].to_list() == ["NO"]
    assert row["url"].to_list() == [None]  # no URL: the id is made from the path
    assert row["fact_id"][0] == fact_id(
        str(corpus / "raw/fishermen.md"), text.index("11"), text.index("11") + 2
    )


def test_figure_names_the_one_of_several_and_keeps_its_qualifier(corpus, tmp_path):
    """Two figures written alike: the words beside one pick it; the qualifier words of
    the one named are its span's, as extraction spans it."""
    text = "Kyiv received 390 soldiers and Moscow received 390 Russians, about 1,000 in all."
    quote = "Kyiv received 390 soldiers and Moscow received 390 Russians, about 1,000 in all"
    second = text.index("390 Russians")
    for figure in ("390 Russians", "received 390 Russians"):
        added = _add_in(text, quote, 390, figure)
        assert added.facts["span_start"].to_list() == [second], figure
        assert added.facts["span_end"].to_list() == [second + 3], figure
    assert _add_in(text, quote, 390).facts["span_start"].to_list() == [text.index("390")]
    added = _add_in(text, quote, 1000, "1,000")
    assert added.facts.select("span_start", "span_end", "qualifier").row(0) == (
        text.index("about"),
        text.index(" in all"),
        "approx",
    )
    assert _add_in(text, quote, 390, "390 Belarusians").missing


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"document": "https://lakeside.example/elsewhere"}, "no such document"),
        ({"quote": "the group numbered 52"}, "quote not found in"),
        ({"fields": {**ADD["fields"], "low": 26}}, "figure 26 not found in the quote"),
    ],
)
def test_an_add_that_is_not_found_is_a_warning_and_fails_a_strict_run(
    corpus, tmp_path, caplog, change, why
):
    entry = {**ADD, **change}
    with caplog.at_level(logging.WARNING, logger="swaptally"):
        assert run(corpus, tmp_path / "out", [entry]) == 0
    yaml_file = tmp_path / "out.yaml"
    assert f"{yaml_file}: entry 1: {why}" in caplog.text  # the file, the entry, what
    assert (
        pl.read_parquet(tmp_path / "out/facts.parquet").filter(pl.col("rule") == "added").is_empty()
    )
    (listed,) = pl.read_csv(tmp_path / "out/corrections.csv").rows(named=True)
    assert (listed["action"], listed["applied"], listed["fact_id"]) == ("add", False, None)
    assert listed["change"].startswith(why)
    caplog.clear()
    assert run(corpus, tmp_path / "strict", [entry], "--strict") == 1
    (error,) = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert error.startswith(f"{tmp_path / 'strict.yaml'}: entry 1: {why}") and "\n" not in error


def test_a_figure_extracted_later_is_not_counted_twice(corpus, tmp_path, caplog):
    """The reviewer added both sides of '84 each'; the extractor finds them too (as if
    it had learnt to since): the added facts stand for the figure, the extracted are
    left out, and the ids are the extracted ones' (same source, span, rank)."""
    quote = "each handed over 84 prisoners of war"
    entries = [
        {
            **ADD,
            "quote": quote,
            "fields": {
                **ADD["fields"],
                "persons_of": side,
                "held_by": other,
                "low": 84,
                "category": "military",
            },
        }
        for side, other in (("UA", "RU"), ("RU", "UA"))
    ]
    assert run(corpus, tmp_path / "plain", []) == 0
    with caplog.at_level(logging.WARNING, logger="swaptally"):
        assert run(corpus, tmp_path / "out", entries) == 0
    plain = pl.read_parquet(tmp_path / "plain/facts.parquet")
    facts = pl.read_parquet(tmp_path / "out/facts.parquet")
    extracted = plain.filter(pl.col("low") == 84)
    assert extracted.height == 2
    at_84 = facts.filter(pl.col("low") == 84)
    assert at_84.height == 2 and at_84["rule"].to_list() == ["added", "added"]
    assert sorted(at_84["fact_id"]) == sorted(extracted["fact_id"])
    assert facts.height == plain.height

    def sides(folder: str) -> list:
        events = pl.read_parquet(tmp_path / folder / "events.parquet").filter(pl.col("summable"))
        return sorted(events.select("persons_of", "best").rows())

    assert sides("out") == sides("plain")  # the same totals: nothing counted twice
    listed = pl.read_csv(tmp_path / "out/corrections.csv")
    assert listed["applied"].all()
    assert all("in place of the extracted" in c for c in listed["change"])
    assert "the added" in caplog.text and "remove the entry to keep the extracted" in caplog.text


def test_one_side_of_a_figure_added_twice_is_refused(corpus, tmp_path, caplog):
    assert run(corpus, tmp_path / "out", [ADD, {**ADD, "reason": "again"}]) == 1
    assert (
        f"{tmp_path / 'out.yaml'}: entry 2: entry 1 adds this figure for UA held by RU already "
        "(it would count twice); remove one of them" in caplog.text
    )


def test_runs_with_added_facts_are_byte_identical(corpus, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    assert run(corpus, one, [ADD]) == 0
    assert run(corpus, two, [ADD]) == 0
    names = sorted(str(p.relative_to(one)) for p in one.rglob("*") if p.is_file())
    assert names == sorted(str(p.relative_to(two)) for p in two.rglob("*") if p.is_file())
    for name in names:
        assert contents(one / name) == contents(two / name), name


def test_norway_in_an_added_fact_is_a_side(tmp_path):
    text = yaml.safe_dump([ADD]).replace("held_by: RU", "held_by: NO")
    assert "held_by: NO" in text
    (c,) = load_corrections(write(tmp_path, "c.yaml", text))
    assert c.values["held_by"] == "NO"


# ---------------------------------------------------------------- the shipped example


def test_the_shipped_add_example_applies_to_the_sample_corpus(tmp_path):
    lines = (ROOT / "data/corrections.yaml").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("# - action: add"))
    example = "\n".join(line[2:] for line in lines[start:] if line.startswith("# "))
    sample = tmp_path / "sample"
    sample.mkdir()
    docs, rej, facts = (sample / n for n in ("docs.parquet", "rej.parquet", "facts.parquet"))
    raw = str(ROOT / "data/raw")
    assert main(["-q", "ingest", raw, "-o", str(docs), "--rejected", str(rej)]) == 0
    assert main(["-q", "extract", str(docs), "-o", str(facts)]) == 0
    assert run(sample, tmp_path / "out", yaml.safe_load(example), "--strict", scope=False) == 0
    (listed,) = pl.read_csv(tmp_path / "out/corrections.csv").rows(named=True)
    assert listed["applied"] and listed["change"].startswith("added: 390 RU exchange")


def _side_of_84(side: str, other: str) -> dict:
    return {
        **ADD,
        "quote": "each handed over 84 prisoners of war",
        "figure": "84",
        "fields": {
            **ADD["fields"],
            "persons_of": side,
            "held_by": other,
            "low": 80,
            "high": 84,
            "category": "military",
        },
        "reason": "one side's figure",
    }


def test_an_add_of_one_side_replaces_that_side_only_and_takes_its_id(corpus, tmp_path):
    """'each handed over 84' gives both sides; an add of Russia's side stands for the
    extracted Russian fact alone (its id too): Ukraine's stays as extracted."""
    assert run(corpus, tmp_path / "plain", []) == 0
    assert run(corpus, tmp_path / "out", [_side_of_84("RU", "UA")]) == 0
    plain = pl.read_parquet(tmp_path / "plain/facts.parquet").filter(pl.col("low") == 84)
    assert sorted(plain["persons_of"]) == ["RU", "UA"]
    facts = pl.read_parquet(tmp_path / "out/facts.parquet")
    at_84 = facts.filter(pl.col("span_start") == BODY.index("84"))
    by_side = {r["persons_of"]: r for r in at_84.iter_rows(named=True)}
    assert sorted(by_side) == ["RU", "UA"]
    assert (by_side["RU"]["rule"], by_side["RU"]["low"]) == ("added", 80)
    assert by_side["UA"]["rule"] != "added" and by_side["UA"]["low"] == 84
    ids = {r["persons_of"]: r["fact_id"] for r in plain.iter_rows(named=True)}
    assert by_side["RU"]["fact_id"] == ids["RU"] and by_side["UA"]["fact_id"] == ids["UA"]
    (listed,) = pl.read_csv(tmp_path / "out/corrections.csv").rows(named=True)
    assert listed["change"].endswith(f"in place of the extracted {ids['RU']} (the same figure)")


def test_an_add_of_a_side_not_extracted_takes_an_id_of_its_own(corpus, tmp_path):
    """An add at an extracted figure of a side no fact has replaces nothing, and its id
    is none of the extracted ones'."""
    assert run(corpus, tmp_path / "plain", []) == 0
    assert run(corpus, tmp_path / "out", [_side_of_84("BY", "UA")]) == 0
    plain = pl.read_parquet(tmp_path / "plain/facts.parquet")
    facts = pl.read_parquet(tmp_path / "out/facts.parquet")
    assert facts.height == plain.height + 1
    assert facts["fact_id"].n_unique() == facts.height


def test_a_change_of_a_fact_an_add_replaces_is_not_applied_and_says_why(corpus, tmp_path, caplog):
    assert run(corpus, tmp_path / "plain", []) == 0
    plain = pl.read_parquet(tmp_path / "plain/facts.parquet").filter(pl.col("low") == 84)
    ids = {r["persons_of"]: r["fact_id"] for r in plain.iter_rows(named=True)}
    entries = [
        {"fact": ids["RU"], "action": "set", "set": {"low": 90, "high": 90}, "reason": "r"},
        {"fact": ids["UA"], "action": "set", "set": {"low": 83, "high": 83}, "reason": "u"},
        _side_of_84("RU", "UA"),
    ]
    with caplog.at_level(logging.WARNING, logger="swaptally"):
        assert run(corpus, tmp_path / "out", entries) == 0
    assert f"fact {ids['RU']} is replaced by the add of entry 3" in caplog.text
    listed = {
        (r["fact_id"], r["action"]): r
        for r in pl.read_csv(tmp_path / "out/corrections.csv").rows(named=True)
    }
    ru_set = listed[(ids["RU"], "set")]
    assert ru_set["applied"] is False and "replaced by the add of entry 3" in ru_set["change"]
    assert listed[(ids["UA"], "set")]["applied"] is True
    facts = pl.read_parquet(tmp_path / "out/facts.parquet")
    lows = {
        r["persons_of"]: r["low"]
        for r in facts.filter(pl.col("span_start") == BODY.index("84")).iter_rows(named=True)
    }
    assert lows == {"RU": 80, "UA": 83}  # the add's figure, and the set of the other side
    caplog.clear()
    assert run(corpus, tmp_path / "strict", entries, "--strict") == 1
    assert f"{tmp_path / 'strict.yaml'}: entry 1: not applied: fact {ids['RU']}" in caplog.text


def test_a_drop_of_an_added_fact_is_not_applied_and_says_to_remove_the_add(
    corpus, tmp_path, caplog
):
    assert run(corpus, tmp_path / "added", [ADD]) == 0
    added = pl.read_parquet(tmp_path / "added/facts.parquet").filter(pl.col("rule") == "added")
    (id_,) = added["fact_id"].to_list()
    drop = {"fact": id_, "action": "drop", "reason": "changed my mind"}
    with caplog.at_level(logging.WARNING, logger="swaptally"):
        assert run(corpus, tmp_path / "out", [ADD, drop]) == 0
    assert f"out.yaml: entry 2: not applied: fact {id_} is the add of entry 1" in caplog.text
    listed = {
        r["action"]: r for r in pl.read_csv(tmp_path / "out/corrections.csv").rows(named=True)
    }
    assert listed["drop"]["applied"] is False and "(or remove it)" in listed["drop"]["change"]
    assert listed["add"]["applied"] is True
    facts = pl.read_parquet(tmp_path / "out/facts.parquet")
    assert id_ in facts["fact_id"].to_list()


def _add_in(text: str, quote: str, low: int, figure: str | None = None):
    from swaptally.added_facts import add_facts
    from swaptally.corrections import Correction

    documents = pl.DataFrame(
        {
            "doc_id": ["d1"],
            "path": ["camp.md"],
            "publisher": ["Our Desk"],
            "published": [None],
            "url": [None],
            "text": [text],
        },
        schema_overrides={"published": pl.Date},
    )
    fields = {"kind": "held", "status": "reported", "persons_of": "UA", "low": low}
    entry = Correction(
        fact="",
        action="add",
        reason="r",
        values=fields,
        entry=1,
        document="camp.md",
        quote=quote,
        figure=figure,
    )
    return add_facts([entry], documents)


def test_the_figure_is_a_whole_number_of_the_quote():
    """95 is not the 95 of 1995 or of 950."""
    text = "The camp opened in 1995 and now holds 950 prisoners."
    added = _add_in(text, "opened in 1995 and now holds 950 prisoners", 95)
    assert added.facts.is_empty()
    assert added.missing == {
        1: "figure 95 not found in the quote 'opened in 1995 and now holds 950 prisoners'"
    }
    text = "The camp opened in 1995; 95 of its prisoners were freed."
    added = _add_in(text, "opened in 1995; 95 of its prisoners", 95)
    assert added.facts["span_start"].to_list() == [text.index("; 95") + 2]


def test_a_quote_not_found_says_where_it_stops_matching():
    """A misspelt word in a long quote: the warning shows how far the quote matched and
    what the text reads from there, so the typo is found without a diff by eye."""
    text = "The two sides swapped 75 captives under a deal brokered by Qatar on Sunday."
    added = _add_in(text, "swapped 75 captives under a deal brokerd by Qatar", 75)
    assert added.missing[1] == (
        "quote not found in camp.md: 'swapped 75 captives under a deal brokerd by Qatar'"
        " (its first 6 words are there; the text goes on 'brokered by Qatar')"
    )
    # a quote of which too little matches is only named
    added = _add_in(text, "released 75 captives", 75)
    assert added.missing[1] == "quote not found in camp.md: 'released 75 captives'"
