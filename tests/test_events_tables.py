"""Exchanges as things, and claims beside the sum of stages."""

from __future__ import annotations

import datetime as dt

import polars as pl
from event_facts import FRI, build, day, fact
from swaptally import tables


def three_stage_swap() -> list[dict]:
    """A 1,000-for-1,000 plan carried out on three days, both sides reported."""
    rows = []
    for n, figure in enumerate((390, 307, 303)):
        for side, holder in (("UA", "RU"), ("RU", "UA")):
            rows.append(
                fact(
                    f"d{n}", figure, persons_of=side, held_by=holder, date=day(n), published=day(n)
                )
            )
    plan = "Both sides are to hand over 1,000 prisoners each, mediated by Türkiye."
    for side, holder in (("UA", "RU"), ("RU", "UA")):
        rows.append(
            fact(
                "plan",
                1000,
                persons_of=side,
                held_by=holder,
                status="planned",
                date=None,
                published=day(-3),
                sentence=plan,
            )
        )
    return rows


def test_an_exchange_is_its_stages_of_both_sides():
    _, events, exchanges, _ = build(*three_stage_swap())
    assert exchanges.schema == tables.EXCHANGE_SCHEMA
    (row,) = exchanges.to_dicts()
    assert (row["side_a"], row["side_b"]) == ("RU", "UA")
    assert (row["returned_a"], row["returned_b"], row["stages"]) == (1000, 1000, 3)
    assert (row["first_date"], row["last_date"]) == (FRI, day(2))
    assert (row["planned_a"], row["planned_b"]) == (1000, 1000)
    assert row["n_sources"] == 3
    stages = events.filter("summable")
    assert stages["exchange_id"].unique().to_list() == [row["exchange_id"]]


def test_mediator_from_the_texts_of_the_exchange():
    text = "The swap of 84 each was brokered by the United Arab Emirates."
    rows = [
        fact("a", 84, sentence=text),
        fact("a", 84, persons_of="RU", held_by="UA", sentence=text),
    ]
    _, _, exchanges, _ = build(*rows)
    assert exchanges["mediator"].to_list() == ["United Arab Emirates"]


def test_exchanges_months_apart_are_two():
    _, _, exchanges, _ = build(fact("a", 50), fact("b", 60, date=day(40), published=day(40)))
    assert exchanges.select("first_date", "returned_b").rows() == [(FRI, 50), (day(40), 60)]


def test_a_running_total_is_a_claim_beside_the_sum_of_stages():
    since = dt.date(2025, 1, 1)
    said = "Since January, 1,200 Ukrainians have come home, the ombudsman said."
    rows = [
        fact("a", 390, date=day(-40), published=day(-40)),
        fact("b", 300, date=day(-2), published=day(-2)),
        fact(
            "c",
            1200,
            date=None,
            period_start=since,
            period_end=FRI,
            sentence=said,
            said_by="the ombudsman",
        ),
        fact("d", 77, date=dt.date(2024, 11, 1), published=dt.date(2024, 11, 1)),
    ]
    _, events, _, claims = build(*rows)
    assert claims.schema == tables.CLAIM_SCHEMA
    (claim,) = claims.to_dicts()
    assert (claim["since"], claim["stated_on"], claim["said_by"]) == (since, FRI, "the ombudsman")
    assert (claim["sum_of_stages"], claim["difference"]) == (690, 510)
    assert events.filter(pl.col("best") == 1200)["summable"].to_list() == [False]


def test_a_count_so_far_of_an_operation_under_way_is_no_running_total_in_the_report():
    from swaptally import analysis, claimed_totals

    under_way = "Both sides have freed 270 prisoners so far, with more due on Saturday."
    since = "Since the war began, 5,757 Ukrainians have come home, the headquarters said."
    start = dt.date(2022, 2, 24)
    rows = [
        fact("a", 270, date=None, sentence=under_way),
        fact("a", 270, persons_of="RU", held_by="UA", date=None, sentence=under_way),
        fact("b", 5757, date=None, period_start=start, period_end=FRI, sentence=since),
    ]
    _, _, _, claims = build(*rows)
    assert sorted(claims.select("scope", "low").rows()) == [
        ("operation", 270), ("operation", 270), ("running", 5757),
    ]  # fmt: skip
    text = claimed_totals.summarise_claims(claimed_totals.claims_in(claims, analysis.Window()))
    assert "5,757" in text and "270" not in text


def test_operation_totals_are_claims_not_stages():
    said = "In only these two days, 697 prisoners have come home."
    rows = [fact("a", 390, date=day(-1)), fact("a", 307), fact("a", 697, sentence=said)]
    _, events, _, claims = build(*rows)
    assert claims.select("scope", "low", "sum_of_stages").rows() == [("operation", 697, 697)]
    assert events.filter("summable")["best"].sum() == 697


def test_the_unreported_side_of_a_like_for_like_swap_is_inferred():
    rows = three_stage_swap()
    # the third day is reported by one side only
    rows = [r for r in rows if not (r["date"] == day(2) and r["persons_of"] == "RU")]
    _, events, exchanges, _ = build(*rows)
    (mirrored,) = events.filter(pl.col("inferred")).to_dicts()
    assert (mirrored["persons_of"], mirrored["date"], mirrored["best"]) == ("RU", day(2), 303)
    assert mirrored["summable"] is True and mirrored["n_facts"] == 0
    assert exchanges["returned_a"].to_list() == [1000]


def test_no_side_is_inferred_without_a_like_for_like_plan():
    rows = [r for r in three_stage_swap() if r["status"] == "reported"]
    rows = [r for r in rows if not (r["date"] == day(2) and r["persons_of"] == "RU")]
    _, events, _, _ = build(*rows)
    assert events.filter(pl.col("inferred")).height == 0


def test_long_texts_are_coded_by_their_place_among_the_sorted_values_run_by_run():
    from swaptally.events.facts_frame import Texts

    facts = pl.DataFrame(
        {
            "doc_id": ["c", "c", "a", "a", "c", "b", None, None],
            "publisher": ["Y", "Y", "X", "X", "Y", "X", "Z", "Z"],
            "url": [None, None, "u1", "u1", None, "u2", "u3", "u3"],
            "said_by": [None, "ann", "ann", None, None, "bob", "bob", "ann"],
        }
    )
    texts = Texts(facts)
    assert texts.code("doc_id").to_list() == [2, 2, 0, 0, 2, 1, None, None]
    assert texts.code("url").to_list() == [None, None, 0, 0, None, 1, 2, 2]
    assert texts.code("said_by").to_list() == [None, 0, 0, None, None, 1, 1, 0]
    assert texts.values["doc_id"].to_list() == ["a", "b", "c"]
