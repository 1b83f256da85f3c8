"""Scope of a figure (stage, operation, running total) and background figures."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from event_facts import FRI, build, day, fact, summable
from swaptally.events.scope import figure_scope, mediators_named


@pytest.mark.parametrize(
    ("sentence", "figure", "scope"),
    [
        (
            "Since February 2022 some 4,812 Ukrainians have come home from captivity.",
            4812,
            "running",
        ),
        ("Kyiv says 2,903 defenders were returned in 41 exchanges.", 2903, "running"),
        ("In total 6,120 soldiers have been freed, the ombudsman said.", 6120, "running"),
        ("So far 880 civilians have been brought back.", 880, "running"),
        ("Over these two days 512 people came home, he wrote.", 512, "operation"),
        ("The headquarters counted 1 450 returned as of June 3.", 1450, "running"),
        ("На сегодня всего из плена вернулись 3 120 человек.", 3120, "running"),
        ("Загалом з початку війни додому повернулися 2 700 оборонців.", 2700, "running"),
        ("On Friday 212 soldiers came home in the largest swap since the summer.", 212, "stage"),
        ("Of the 212 freed, 40 had been held in captivity since 2014.", 40, "stage"),
        ("The two sides swapped 88 prisoners each on Friday.", 88, "stage"),
    ],
)
def test_scope_of_a_figure_from_its_clause(sentence, figure, scope):
    assert figure_scope(sentence, figure, figure, FRI, None, None)[0] == scope


def test_a_cue_in_another_clause_does_not_change_the_figure():
    sentence = "Today 212 soldiers came home; since 2022 the total has reached 4,812."
    assert figure_scope(sentence, 212, 212, FRI, None, None)[0] == "stage"
    assert figure_scope(sentence, 4812, 4812, FRI, None, None)[0] == "running"


def test_a_long_period_ending_at_publication_is_a_running_total():
    start = dt.date(2022, 3, 1)
    assert figure_scope("4,812 returned.", 4812, 4812, FRI, start, FRI)[0] == "running"
    assert figure_scope("1,000 over three days.", 1000, 1000, FRI, day(-2), FRI)[0] == "operation"


def test_a_superlative_since_is_not_a_period():
    # extraction read "since January" as a period; the clause says it is one swap
    sentence = "On Thursday the sides swapped 64 captives each, the first swap since January."
    row = fact(
        "a", 64, date=None, period_start=dt.date(2025, 1, 1), period_end=FRI, sentence=sentence
    )
    facts, events, _, _ = build(row, fact("b", 64, date=day(-1)))
    assert facts.filter(pl.col("doc_id") == "a")["scope"].to_list() == ["stage"]
    assert summable(events) == [(day(-1), 64)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Last time, 48 soldiers were handed over.",
        "In the previous exchange 48 soldiers came home.",
        "In December 2024, 48 soldiers were freed in a swap.",
        "Тогда в Украину вернулись 48 военных.",
    ],
)
def test_background_figure_does_not_take_the_publication_day(sentence):
    today = fact("a", 15, sentence="On Friday 15 captives came home.")
    recalled = fact("a", 48, sentence=sentence)  # extraction gave it the article's day
    facts, events, _, _ = build(today, recalled)
    assert summable(events) == [(FRI, 15)]
    assert facts.filter(pl.col("low") == 48)["date"].to_list() == [None]


def test_background_recalled_exchange_keeps_its_own_date_and_stays_apart():
    # a story on 15 freed on Friday that recalls 32 freed in an earlier exchange
    lead = fact(
        "a", 15, persons_of="AM", held_by="AZ", sentence="Fifteen Armenians came home on Friday."
    )
    recall = fact(
        "a",
        32,
        persons_of="AM",
        held_by="AZ",
        date=dt.date(2024, 12, 6),
        sentence="It recalls an exchange in December 2024 in which 32 soldiers were freed.",
    )
    _, events, _, _ = build(lead, recall)
    stage = events.filter(pl.col("summable") & (pl.col("date") == FRI)).to_dicts()
    assert [(r["best"], r["low"], r["disputed"]) for r in stage] == [(15, 15, False)]
    assert summable(events, "AM") == [(dt.date(2024, 12, 6), 32), (FRI, 15)]


def test_agreement_day_is_not_the_handover_day():
    sentence = "Under the agreements reached on March 2, 120 servicemen were returned."
    _, events, _, _ = build(fact("a", 120, date=dt.date(2025, 3, 2), sentence=sentence))
    assert summable(events) == [(FRI, 120)]


def test_mediator_named_beside_a_mediation_cue():
    sentences = ["The swap was mediated by the United Arab Emirates.", "Turkey is a country."]
    assert mediators_named(sentences) == "United Arab Emirates"
    assert mediators_named(["Turkey is a country."]) is None
