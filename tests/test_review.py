"""The review sheet and the corrections appendix."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import polars as pl
from event_facts import fact_row
from swaptally import tables
from swaptally.analysis import Window
from swaptally.corrections import Correction, apply_corrections
from swaptally.events import build_events
from swaptally.report import manifest
from swaptally.review import corrections_appendix, review_sheet, write_review

FRI, SAT = dt.date(2025, 5, 23), dt.date(2025, 5, 24)


def fact(fid: str, doc: str, low: int | None, **fields) -> dict:
    defaults = {
        "fact_id": fid,
        "publisher": f"{doc.title()} Wire",
        "published": SAT,
        "url": None,
        "sentence": f"In {doc}'s words, {low} people came home.",
        "rule": "demonym_group",
        "date": FRI,
    }
    high = fields.pop("high", low)
    return fact_row(doc, low, high, **{**defaults, **fields})


def facts_frame(*rows: dict) -> pl.DataFrame:
    return tables.frame(list(rows), tables.FACT_COLUMNS)


def sheet(*rows: dict, corrections: pl.DataFrame | None = None) -> pl.DataFrame:
    facts, events = build_events(facts_frame(*rows))
    return review_sheet(facts, events, corrections)


def test_flagged_events_come_first_with_their_facts():
    rows = sheet(
        # well attested: two sources agree
        fact("fa-a1", "alpha", 390),
        fact("fa-b1", "beta", 390),
        # disputed: two sources disagree on Saturday's Russians
        fact("fa-a2", "alpha", 307, persons_of="RU", held_by="UA", date=SAT),
        fact("fa-b2", "beta", 309, persons_of="RU", held_by="UA", date=SAT),
        # one source, its side taken from the document's context
        fact("fa-c1", "gamma", 12, date=SAT, rule="context", date_source="doc_date"),
    )
    assert rows.schema == tables.schema(tables.REVIEW_COLUMNS)
    assert rows["flags"].to_list() == ["single source; weak side cue", "disputed", ""]
    assert rows["n_flags"].to_list() == [2, 1, 0]
    assert rows["fact_ids"].to_list() == ["fa-c1", "fa-a2; fa-b2", "fa-a1; fa-b1"]
    lines = rows["facts"][1].split("\n")
    assert lines[0] == (
        "fa-a2 | Alpha Wire 2025-05-24 | 307 exact | demonym_group | "
        "In alpha's words, 307 people came home."
    )
    assert lines[1].startswith("fa-b2 | Beta Wire 2025-05-24 | 309 exact |")
    # a day the text is about, taken for a figure of no day of its own, is shown as a guess
    assert rows["facts"][0].startswith(
        "fa-c1 | Gamma Wire 2025-05-24 | 12 exact | context (day guessed) |"
    )


def test_inherited_dates_undated_events_and_unclear_scope_are_flagged():
    rows = sheet(
        fact("fa-t", "alpha", 390),
        # the parts of Friday's 390, stated without a day: they inherit it
        fact("fa-m", "alpha", 270, category="military", date=None, span_start=20),
        fact("fa-c", "alpha", 120, category="civilian", date=None, span_start=30),
        # a plan no source dates
        fact("fa-u", "beta", 41, persons_of="RU", held_by="UA", date=None, status="planned"),
        # 60 returned "in the swap": per side or in all?
        fact("fa-x", "gamma", 60, persons_of="XX", held_by="XX"),
    )
    flags = dict(zip(rows["fact_ids"], rows["flags"], strict=True))
    assert flags == {
        "fa-m": "single source; inherited date",
        "fa-c": "single source; inherited date",
        "fa-u": "single source; undated",
        "fa-x": "single source; scope unclear",
        "fa-t": "single source",
    }


def test_a_derived_total_shows_the_facts_of_its_parts():
    rows = sheet(
        fact("fa-t", "alpha", 270, category="military"),
        fact("fa-c", "alpha", 120, category="civilian", span_start=20),
    )
    derived = rows.filter(pl.col("role") == "derived_total").row(0, named=True)
    assert derived["best"] == 390 and derived["fact_ids"] == "fa-c; fa-t"


def test_figures_are_worded_as_the_reports_word_them():
    """An open-ended 'more than 8,000' is stored as 8,001 and no high; the sheet says it
    as the reports do, on the event's row and on its fact's line."""
    rows = sheet(
        fact("fa-m", "alpha", 8001, high=None, qualifier="at_least", sentence="Over 8,000."),
        fact("fa-r", "beta", 1200, high=1500, qualifier="range", persons_of="RU", held_by="UA"),
        fact("fa-u", "gamma", None, high=300, qualifier="at_most", persons_of="GE", held_by="XX"),
    )
    by_id = {r["fact_ids"]: r for r in rows.iter_rows(named=True)}
    assert {k: r["figure"] for k, r in by_id.items()} == {
        "fa-m": "more than 8,000",
        "fa-r": "1,200–1,500",
        "fa-u": "up to 300",
    }
    assert by_id["fa-m"]["facts"].split(" | ")[2] == "more than 8,000"
    assert by_id["fa-r"]["facts"].split(" | ")[2] == "1,200–1,500 range"
    assert by_id["fa-u"]["facts"].split(" | ")[2] == "up to 300"
    assert "?" not in "".join(by_id[k]["facts"] for k in by_id)


def test_corrections_already_applied_are_shown_on_their_event():
    facts = facts_frame(fact("fa-a1", "alpha", 390), fact("fa-b1", "beta", 390))
    fix = Correction(fact="fa-b1", action="set", reason="recount", values={"low": 391, "high": 391})
    corrected, applied = apply_corrections(facts, [fix])
    facts, events = build_events(corrected)
    rows = review_sheet(facts, events, applied)
    (row,) = rows.rows(named=True)
    assert row["corrections"] == "fa-b1: low: 390 → 391; high: 390 → 391 (recount)"
    assert row["flags"] == "disputed"


def test_write_review_is_byte_stable(tmp_path):
    facts, events = build_events(
        facts_frame(
            fact("fa-a1", "alpha", 390), fact("fa-a2", "beta", 391, url="https://b.example")
        )
    )
    facts.write_parquet(tmp_path / "facts.parquet")
    events.write_parquet(tmp_path / "events.parquet")
    for name in ("one.csv", "two.csv"):
        assert (
            write_review(tmp_path / "facts.parquet", tmp_path / "events.parquet", tmp_path / name)
            == 1
        )
    assert (tmp_path / "one.csv").read_bytes() == (tmp_path / "two.csv").read_bytes()
    assert pl.read_csv(tmp_path / "one.csv")["facts"][0].count("\n") == 1


def appendix_table(tmp_path: Path, rows: list[dict]) -> Path:
    events = tmp_path / "events.parquet"
    events.write_bytes(b"")  # only its folder matters
    tables.frame(rows, tables.CORRECTION_COLUMNS).write_csv(tmp_path / "corrections.csv")
    return events


def correction_row(fid: str, **fields) -> dict:
    row = dict.fromkeys(tables.schema(tables.CORRECTION_COLUMNS).names())
    row.update(fact_id=fid, action="drop", applied=True, change="dropped", reason="why")
    row.update(fields)
    return row


def test_the_appendix_lists_the_corrections_of_the_reports_window_and_sides(tmp_path):
    events = appendix_table(
        tmp_path,
        [
            correction_row("fa-in", persons_of="UA", date=FRI),
            correction_row("fa-undated", persons_of="UA", date=None),
            correction_row("fa-june", persons_of="UA", date=dt.date(2025, 6, 2)),
            correction_row("fa-russians", persons_of="RU", date=FRI),
            correction_row("fa-stale", applied=False, change="no such fact"),
        ],
    )
    window = Window(dt.date(2025, 5, 1), dt.date(2025, 5, 31), ("UA",))
    assert corrections_appendix(events, window)["fact_id"].to_list() == ["fa-in", "fa-undated"]
    everything = corrections_appendix(events)["fact_id"].to_list()
    assert everything == ["fa-in", "fa-undated", "fa-june", "fa-russians"]  # never the stale one
    assert corrections_appendix(tmp_path / "elsewhere" / "events.parquet").is_empty()


def test_the_manifest_hashes_the_corrections_file(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    for name in ("totals.pdf", "totals.ipynb"):
        (reports / name).write_text(name)
    parameters = tmp_path / "totals.yaml"
    parameters.write_text("events: none.parquet\nfacts: none.parquet\nrejected: none.csv\n")
    corrections = tmp_path / "corrections.yaml"
    corrections.write_text("- fact: fa-0123456789abcdef\n  action: drop\n  reason: x\n")
    listed = manifest([parameters], reports, corrections)["corrections"]
    assert listed == {
        "path": corrections.as_posix(),
        "sha256": hashlib.sha256(corrections.read_bytes()).hexdigest(),
    }
    assert manifest([parameters], reports)["corrections"] is None


def test_a_fact_a_reviewer_fixed_no_longer_raises_its_rules_flag():
    """A side guessed from the text's context is flagged; once a reviewer has set the
    fact's fields, the sheet no longer puts it on top for its rule, though its other
    flags (one source) stay. An unreviewed fact of the same rule keeps the flag."""
    facts = facts_frame(
        fact("fa-c1", "gamma", 12, date=SAT, rule="context"),
        fact("fa-d1", "delta", 40, date=SAT, rule="context", persons_of="RU", held_by="UA"),
    )
    before = review_sheet(*build_events(facts))
    assert before["flags"].to_list() == ["single source; weak side cue"] * 2
    fix = Correction(
        fact="fa-c1", action="set", reason="read", values={"persons_of": "RU", "held_by": "UA"}
    )
    corrected, applied = apply_corrections(facts, [fix])
    rows = review_sheet(*build_events(corrected), applied)
    flags = dict(zip(rows["fact_ids"], rows["flags"], strict=True))
    assert flags == {"fa-c1": "single source", "fa-d1": "single source; weak side cue"}


def test_the_appendix_lists_a_correction_that_moved_a_fact_out_of_the_report(tmp_path):
    """A fact set to the other side, or to a day outside the window, left the report's
    figures: the appendix of the report it left lists it, with the reason."""
    was_ua = "kind=exchange; status=reported; persons_of=UA; held_by=RU; low=22; high=22"
    events = appendix_table(
        tmp_path,
        [
            correction_row("fa-moved", action="set", persons_of="RU", date=None, before=was_ua),
            correction_row(
                "fa-redated",
                action="set",
                persons_of="UA",
                date=dt.date(2024, 5, 23),
                before=was_ua + "; date=2025-05-23",
            ),
            correction_row(
                "fa-other", action="set", persons_of="RU", date=FRI, before="persons_of=BY"
            ),
            correction_row("fa-added", action="add", persons_of="RU", date=FRI),
        ],
    )
    window = Window(dt.date(2025, 5, 1), dt.date(2025, 5, 31), ("UA",))
    assert corrections_appendix(events, window)["fact_id"].to_list() == ["fa-moved", "fa-redated"]


def test_a_guessed_day_is_told_as_the_events_step_tells_it_without_loading_events():
    """One expression decides whether a fact's day is its text's guess: the events step's
    dating and the review sheet's "(day guessed)" read the same one, and the sheet's
    module does not load the events package (2 s of imports) to have it."""
    import subprocess
    import sys

    from swaptally.events import facts_frame

    assert facts_frame.DATE_GUESSED is tables.DATE_GUESSED
    probe = "import sys, swaptally.review; print('swaptally.events' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert out.stdout.strip() == "False", out.stderr
    rows = sheet(
        fact("fa-n", "alpha", 12, date_source=None),
        fact("fa-g", "beta", 9, date=SAT, date_source="doc_date", persons_of="RU", held_by="UA"),
    )
    lines = "\n".join(rows["facts"])
    assert "| demonym_group (day guessed) |" in lines and lines.count("(day guessed)") == 1


def test_a_reports_sheet_holds_only_the_events_of_its_window_and_sides(tmp_path, caplog):
    """A reviewer of one report reads its events: its sides, its days (an undated figure
    by its publication day, as the report takes its facts), a total its parts make."""
    from swaptally.cli import main

    MAR = dt.date(2025, 3, 1)
    facts, events = build_events(
        facts_frame(
            fact("fa-in", "alpha", 390, date=MAR, published=MAR),
            fact("fa-ru", "alpha", 307, persons_of="RU", held_by="UA", date=MAR, published=MAR),
            fact("fa-old", "beta", 95, date=dt.date(2024, 10, 18), published=dt.date(2024, 10, 18)),
            fact("fa-und", "gamma", 41, date=None, status="planned"),
            fact("fa-mil", "delta", 270, category="military", span_start=10, date=SAT),
            fact("fa-civ", "delta", 120, category="civilian", span_start=30, date=SAT),
        )
    )
    facts.write_parquet(tmp_path / "facts.parquet")
    events.write_parquet(tmp_path / "events.parquet")
    params = tmp_path / "ua-2025.yaml"
    params.write_text("start: '2025-01-01'\nend: '2025-12-31'\nsides: [UA]\n", encoding="utf-8")
    args = ["-q", "review", str(tmp_path / "facts.parquet"), str(tmp_path / "events.parquet")]
    assert main([*args, "-o", str(tmp_path / "all.csv")]) == 0
    assert main([*args, "--report", str(params), "-o", str(tmp_path / "ua.csv")]) == 0
    whole, mine = pl.read_csv(tmp_path / "all.csv"), pl.read_csv(tmp_path / "ua.csv")
    ids = {i for row in mine["fact_ids"].drop_nulls() for i in row.split("; ")}
    assert ids == {"fa-in", "fa-und", "fa-mil", "fa-civ"}
    assert set(mine["persons_of"]) == {"UA"} and "derived_total" in mine["role"].to_list()
    assert mine.height < whole.height and set(mine["event_id"]) < set(whole["event_id"])
    params.write_text("start: '2025-13-01'\n", encoding="utf-8")
    assert main([*args, "--report", str(params), "-o", str(tmp_path / "bad.csv")]) == 1
    assert "must be a date as YYYY-MM-DD" in caplog.text and str(params) in caplog.text
