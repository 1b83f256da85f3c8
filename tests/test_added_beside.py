"""An add at a figure the extractor already gave to other sides is counted beside them:
a warning in the log, corrections.csv, review.csv (a flag and its text) and explain."""

from __future__ import annotations

import logging
from pathlib import Path

import polars as pl
import pytest
import yaml
from swaptally.cli import main
from test_explain_corrections import URL, explained, make_corpus

HELD_BY_NONE = {  # AM's 62 again, without who held them: the same people twice
    "action": "add",
    "document": URL,
    "quote": "each freed 62 prisoners",
    "fields": {"kind": "exchange", "status": "reported", "persons_of": "AM", "low": 62},
    "reason": "the Armenians came home",
}
OTHER_SIDE = {  # a third party at the figure: maybe each side's, maybe one group twice
    "action": "add",
    "document": URL,
    "quote": "each freed 62 prisoners",
    "fields": {"kind": "exchange", "status": "reported", "persons_of": "GE", "held_by": "AZ",
               "low": 62},
    "reason": "Georgians among them",
}  # fmt: skip


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("beside"))


def events(corpus: Path, tmp_path: Path, entries: list[dict]) -> Path:
    """Run the events step with these corrections and the review sheet; the output folder."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "c.yaml"
    path.write_text(yaml.safe_dump(entries), encoding="utf-8")
    out = tmp_path / "out"
    args = [str(corpus / "facts.parquet"), "--documents", str(corpus / "docs.parquet")]
    args += ["--rejected", str(corpus / "rej.parquet"), "--corrections", str(path)]
    assert main(["-q", "events", *args, "--outdir", str(out)]) == 0
    tables = [str(out / "facts.parquet"), str(out / "events.parquet")]
    csv = ["--corrections", str(out / "corrections.csv"), "-o", str(out / "review.csv")]
    assert main(["-q", "review", *tables, *csv]) == 0
    return out


def ids(corpus: Path) -> dict[str, str]:
    facts = pl.read_parquet(corpus / "facts.parquet").filter(pl.col("low") == 62)
    return dict(zip(facts["persons_of"], facts["fact_id"], strict=True))


def test_an_add_of_a_side_already_extracted_warns_of_the_same_people_twice(
    corpus, tmp_path, caplog
):
    with caplog.at_level(logging.WARNING, logger="swaptally"):
        out = events(corpus, tmp_path, [HELD_BY_NONE])
    am = ids(corpus)["AM"]
    said = f"the extracted {am} (AM held by AZ) counts AM at this figure already"
    assert f"{tmp_path / 'c.yaml'}: entry 1: {said}: the same people twice" in caplog.text
    (row,) = pl.read_csv(out / "corrections.csv").rows(named=True)
    assert row["applied"] and said in row["warning"] and "`set` it instead" in row["warning"]
    sheet = pl.read_csv(out / "review.csv")
    flagged = sheet.filter(pl.col("flags").str.contains("add beside other sides"))
    # the added fact's event and the extracted AM fact's event, both on top
    assert set(flagged["fact_ids"].str.split("; ").explode()) >= {am, row["fact_id"]}
    assert "add beside other sides" in sheet["flags"][0]
    assert any("; check: the extracted" in c for c in flagged["corrections"].drop_nulls())


def test_an_add_of_another_side_says_when_it_is_right(corpus, tmp_path, caplog):
    with caplog.at_level(logging.WARNING, logger="swaptally"):
        out = events(corpus, tmp_path, [OTHER_SIDE])
    (row,) = pl.read_csv(out / "corrections.csv").rows(named=True)
    found = ids(corpus)
    assert row["warning"].startswith(
        f"counted beside the extracted {found['AZ']} (AZ held by AM), {found['AM']} (AM held "
        "by AZ) of the same figure: right if the figure is each side's"
    )


def test_the_warning_follows_the_other_entries(corpus, tmp_path):
    """An add that stands for its side's fact is no warning; beside a fact the reviewer
    dropped, or set to another kind, the same people are not counted twice (the other
    side is still beside it)."""
    same_side = {**HELD_BY_NONE, "fields": {**HELD_BY_NONE["fields"], "held_by": "AZ"}}
    out = events(corpus, tmp_path / "a", [same_side])
    assert pl.read_csv(out / "corrections.csv")["warning"].null_count() == 1
    sheet = pl.read_csv(out / "review.csv")
    assert not sheet["flags"].fill_null("").str.contains("add beside").any()
    found = ids(corpus)
    drop = {"fact": found["AM"], "action": "drop", "reason": "the add has it"}
    moved = {"fact": found["AM"], "action": "set", "set": {"kind": "release"}, "reason": "r"}
    for name, other in (("b", drop), ("c", moved)):
        out = events(corpus, tmp_path / name, [HELD_BY_NONE, other])
        warning = pl.read_csv(out / "corrections.csv")["warning"].drop_nulls().to_list()
        assert warning == [
            f"counted beside the extracted {found['AZ']} (AZ held by AM) of the same figure: "
            "right if the figure is each side's, one group counted twice if not (then `set` "
            "that fact's side instead of adding, or `drop` it)"
        ]


def test_explain_says_it_at_the_added_fact(corpus, tmp_path, capsys):
    path = tmp_path / "c.yaml"
    path.write_text(yaml.safe_dump([HELD_BY_NONE]), encoding="utf-8")
    out = explained(corpus, capsys, "--corrections", str(path))
    am = ids(corpus)["AM"]
    assert f"check: the extracted {am} (AM held by AZ) counts AM at this figure already" in out


def test_a_fact_another_add_stands_for_is_named_by_that_add(corpus, tmp_path):
    """The extracted AM fact an add of its side replaces is no longer counted: an add
    beside it is beside that add, and the advice is to change its entry (a `set` of the
    replaced fact would not be applied)."""
    same_side = {**HELD_BY_NONE, "fields": {**HELD_BY_NONE["fields"], "held_by": "AZ"}}
    found = ids(corpus)
    out = events(corpus, tmp_path / "a", [same_side, OTHER_SIDE])
    warning = pl.read_csv(out / "corrections.csv")["warning"].drop_nulls().to_list()
    assert warning == [
        f"counted beside the extracted {found['AZ']} (AZ held by AM) and the add of entry 1 "
        "(AM held by AZ) of the same figure: right if the figure is each side's, one group "
        "counted twice if not (then `set` the extracted fact's side or change the entry's "
        "instead of adding, or drop one)"
    ]
    out = events(corpus, tmp_path / "b", [same_side, HELD_BY_NONE])
    warning = pl.read_csv(out / "corrections.csv")["warning"].drop_nulls().to_list()
    assert warning == [
        "the add of entry 1 (AM held by AZ) counts AM at this figure already: the same "
        "people twice (change that entry instead of adding another, or remove one)"
    ]
    assert found["AM"] not in warning[0]


def test_the_facts_beside_an_add_are_listed_by_id(corpus, tmp_path):
    """corrections.csv's beside_ids lists them, and review.csv flags their events: an
    add named by its entry in the warning too."""
    same_side = {**HELD_BY_NONE, "fields": {**HELD_BY_NONE["fields"], "held_by": "AZ"}}
    out = events(corpus, tmp_path, [same_side, HELD_BY_NONE])
    first, second = pl.read_csv(out / "corrections.csv").rows(named=True)
    assert first["fact_id"] == ids(corpus)["AM"]  # the add took the extracted fact's id
    assert first["beside_ids"] is None and second["beside_ids"] == first["fact_id"]
    sheet = pl.read_csv(out / "review.csv")
    flagged = sheet.filter(pl.col("flags").str.contains("add beside other sides"))
    assert set(flagged["fact_ids"].str.split("; ").explode()) >= {
        first["fact_id"],
        second["fact_id"],
    }
