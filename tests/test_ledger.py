"""The exchange ledger, plans against their own exchange, claims against the sum of stages."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from swaptally import analysis, claimed_totals, ledger, names, tables, timescale
from swaptally.events import build_events, build_tables

OCT, DEC = dt.date(2024, 10, 18), dt.date(2024, 12, 30)
MAY = [dt.date(2025, 5, 23), dt.date(2025, 5, 24), dt.date(2025, 5, 25)]


def fact(persons_of: str, low: int, day: dt.date | None, held_by: str | None = None, **fields):
    row = dict.fromkeys(tables.FACT_SCHEMA.names())
    row.update(
        doc_id=fields.pop("doc", "d1"),
        published=day or fields.get("period_end") or MAY[-1],
        sentence_no=0,
        span_start=fields.pop("at", 0),
        span_end=1,
        rule="t",
        kind="exchange",
        status="reported",
        persons_of=persons_of,
        held_by=held_by or ("RU" if persons_of == "UA" else "UA"),
        category="unspecified",
        low=low,
        high=low,
        qualifier="exact",
        date=day,
        publisher="P",
    )
    row.update(fields)
    return row


@pytest.fixture(scope="module")
def built() -> tuple[pl.DataFrame, ...]:
    """(facts, events, exchanges, claims) of four exchanges: October (95 each), December
    (170/150), May (three days, planned 1,000), and a three-party day in December 2025; plus
    two running totals Ukraine states."""
    rows, at = [], iter(range(1000))
    for side, figure in (("UA", 95), ("RU", 95)):
        rows.append(fact(side, figure, OCT, at=next(at)))
    for side, figure in (("UA", 170), ("RU", 150)):
        rows.append(fact(side, figure, DEC, at=next(at)))
    for side in ("UA", "RU"):
        for day, figure in zip(MAY, (390, 307, 303), strict=True):
            rows.append(fact(side, figure, day, at=next(at)))
        rows.append(
            fact(
                side,
                1000,
                None,
                status="planned",
                period_start=MAY[0],
                period_end=MAY[-1],
                at=next(at),
            )
        )
    three = dt.date(2025, 12, 12)
    rows += [
        fact("UA", 110, three, at=next(at)),
        fact("RU", 110, three, at=next(at)),
        fact("UA", 14, three, held_by="BY", at=next(at)),
        fact("BY", 6, three, held_by="UA", at=next(at)),
    ]
    for said, figure in ((dt.date(2025, 2, 5), 4131), (dt.date(2025, 12, 12), 6213)):
        rows.append(
            fact(
                "UA",
                figure,
                None,
                period_start=dt.date(2022, 2, 1),
                period_end=said,
                said_by="the coordination headquarters",
                at=next(at),
                doc=f"c{figure}",
            )
        )
    return build_tables(tables.frame(rows, tables.FACT_COLUMNS))


@pytest.fixture(scope="module")
def events(built) -> pl.DataFrame:
    return built[1]


@pytest.fixture(scope="module")
def ops(events) -> pl.DataFrame:
    return ledger.operations(ledger.exchanges_from_events(events))


def test_stages_days_apart_are_one_exchange_with_its_own_plan(events):
    exchanges = ledger.exchanges_from_events(events)
    may = exchanges.filter(pl.col("first_date") == MAY[0]).row(0, named=True)
    assert (may["last_date"], may["stages"], may["returned_a"], may["returned_b"]) == (
        MAY[-1],
        3,
        1000,
        1000,
    )
    assert (may["planned_a"], may["planned_b"]) == (1000, 1000)
    # The plan of May belongs to May alone, not to October's exchange.
    october = exchanges.filter(pl.col("first_date") == OCT)
    assert october["planned_a"].to_list() == [None]


def test_ledger_has_one_row_per_exchange_newest_first(ops):
    table = ledger.ledger_table(ops, ("UA", "RU"))
    assert table.select("dates", "UA", "RU", "others").rows() == [
        ("12 December 2025", 124, 110, "Belarus 6"),
        ("23–25 May 2025", 1000, 1000, None),
        ("30 December 2024", 170, 150, None),
        ("18 October 2024", 95, 95, None),
    ]
    assert table.filter(pl.col("dates") == "23–25 May 2025")["planned"].to_list() == ["1,000 each"]
    columns = ledger.ledger_columns(table, ("UA", "RU"))
    assert columns["UA"] == "to Ukraine" and columns["others"] == "other parties"
    assert "mediator" not in columns  # nobody named one: no empty column


def test_one_row_per_year(ops):
    years = ledger.yearly(ops, ("UA", "RU"))
    assert years.select("year", "exchanges", "UA", "RU").rows() == [
        (2025, 2, 1124, 1110),
        (2024, 2, 265, 245),
    ]


def test_plans_are_compared_with_their_own_exchange_only(ops):
    text = ledger.summarise_plans(ledger.plans(ops))
    assert text == (
        "The exchange of 23–25 May 2025 returned 1,000 of the 1,000 Russians planned (100%) "
        "and 1,000 of the 1,000 Ukrainians planned (100%)."
    )
    assert "346%" not in text


def test_window_keeps_exchanges_of_its_days_and_sides(ops):
    window = analysis.Window(dt.date(2025, 1, 1), dt.date(2025, 12, 31), ("BY",))
    kept = ledger.in_window(ops, window)
    assert kept["first_date"].unique().to_list() == [dt.date(2025, 12, 12)]


def test_claims_stand_beside_the_sum_of_stages(built, events):
    # the claims the events step made, and the same built again from the events table alone
    # (a table without claims.parquet beside it): one schema, the same rows
    claims = built[3]
    rebuilt = claimed_totals.claims_from_events(events)
    assert claims.schema == rebuilt.schema == tables.CLAIM_SCHEMA
    columns = ["scope", "since", "stated_on", "low", "said_by", "sum_of_stages", "difference"]
    assert rebuilt.select(columns).rows() == claims.select(columns).rows()
    # Ukrainians held by Russia: the 14 Belarus handed back are not the claim's stages
    assert claims.select("stated_on", "low", "sum_of_stages", "difference").rows() == [
        (dt.date(2025, 2, 5), 4131, 265, 3866),
        (dt.date(2025, 12, 12), 6213, 1375, 4838),
    ]
    text = claimed_totals.summarise_claims(rebuilt)
    assert text == (
        "The coordination headquarters put the number of Ukrainians returned from Russia since "
        "February 2022 at 6,213 on 12 December 2025; the stages in this table add up to 1,375 "
        "over the same span, 4,838 short of the claim."
    )


def test_claims_from_an_events_table_are_its_reported_totals_only(events):
    # a stock or a plan over a long span is no claim, whatever its scope
    estimate = events.filter(pl.col("low") == 6213).with_columns(
        status=pl.lit("estimated").cast(events["status"].dtype),
        kind=pl.lit("held").cast(events["kind"].dtype),
        event_id=pl.lit("ev-stock"),
    )
    plan = events.filter(pl.col("low") == 6213).with_columns(
        status=pl.lit("planned").cast(events["status"].dtype), event_id=pl.lit("ev-plan")
    )
    claims = claimed_totals.claims_from_events(pl.concat([events, estimate, plan]))
    assert claims["low"].to_list() == [4131, 6213]
    # a table without scope: reported totals over a long span are running totals
    old = claimed_totals.claims_from_events(events.drop("scope"))
    assert old.select("scope", "low").rows() == [("running", 4131), ("running", 6213)]


def test_a_swap_elsewhere_on_the_same_day_is_another_exchange(events):
    other = fact("SD", 30, dt.date(2025, 12, 12), held_by="YE")
    exchanges = pl.concat(
        [
            ledger.exchanges_from_events(events),
            ledger.exchanges_from_events(
                build_events(tables.frame([other], tables.FACT_COLUMNS))[1]
            ),
        ]
    )
    ops = ledger.operations(exchanges)
    december = ops.filter(pl.col("first_date") == dt.date(2025, 12, 12))
    assert december["operation"].n_unique() == 2
    table = ledger.ledger_table(ledger.in_window(ops, analysis.Window(sides=("UA",))), ("UA",))
    assert table.filter(pl.col("dates") == "12 December 2025")["others"].to_list() == [
        "Belarus 6; Russia 110"
    ]


def test_interface_tables_are_read_as_they_are(ops):
    """An exchanges table as the events step writes it gives the same ledger as one built here."""
    exchanges = pl.DataFrame(
        [
            {
                "exchange_id": "x1",
                "first_date": OCT,
                "last_date": OCT,
                "side_a": "RU",
                "side_b": "UA",
                "returned_a": 95,
                "returned_b": 95,
                "stages": 1,
                "mediator": "United Arab Emirates",
                "planned_a": None,
                "planned_b": None,
                "n_sources": 2,
                "disputed": False,
            },
        ],
        schema=ledger.EXCHANGE_SCHEMA,
    )
    table = ledger.ledger_table(ledger.operations(exchanges), ("UA", "RU"))
    assert table.select("dates", "UA", "RU", "mediator").rows() == [
        ("18 October 2024", 95, 95, "United Arab Emirates")
    ]


def test_one_sided_releases_and_operation_totals_from_the_events_step():
    """side_b null (a release) is one side; a claim of scope 'operation' is no running total."""
    day = dt.date(2025, 3, 1)
    common = {
        "first_date": day,
        "last_date": day,
        "stages": 1,
        "mediator": None,
        "planned_a": None,
        "planned_b": None,
        "n_sources": 1,
        "disputed": False,
        "returned_b": None,
        "side_b": None,
    }
    exchanges = pl.DataFrame(
        [
            common | {"exchange_id": "r1", "side_a": "US", "returned_a": 2},
            common | {"exchange_id": "r2", "side_a": "VE", "returned_a": 5},
        ],
        schema=ledger.EXCHANGE_SCHEMA,
    )
    ops = ledger.operations(exchanges)
    assert sorted(ops.select("side", "returned").rows()) == [("US", 2), ("VE", 5)]
    assert ops["operation"].n_unique() == 2
    since = dt.date(2022, 2, 1)
    claims = pl.DataFrame(
        {
            "persons_of": ["UA", "UA", "UA"],
            "scope": ["running", "operation", "running"],
            "stated_on": [day, day, day],
            "since": [since, since, None],
            "low": [6000, 1000, 144],
        }
    )
    # An operation total is no running total; one with its start stated is preferred.
    assert claimed_totals.claims_in(claims, analysis.Window())["low"].to_list() == [6000]


@pytest.mark.parametrize(
    ("start", "end", "scale"),
    [
        (dt.date(2025, 5, 23), dt.date(2025, 5, 25), "day"),
        (dt.date(2025, 5, 1), dt.date(2025, 6, 14), "day"),
        (dt.date(2025, 5, 1), dt.date(2025, 9, 30), "week"),
        (dt.date(2024, 10, 1), dt.date(2025, 12, 31), "month"),
        (dt.date(2022, 2, 24), dt.date(2026, 6, 30), "month"),
        (dt.date(2014, 1, 1), dt.date(2026, 6, 30), "year"),
    ],
)
def test_the_window_chooses_the_time_scale(start, end, scale):
    assert timescale.choose_scale(start, end) == scale
    assert timescale.choose_scale(start, end, "year") == "year"


def test_an_unknown_scale_is_refused():
    with pytest.raises(ValueError, match="unknown time scale 'fortnight'"):
        timescale.choose_scale(None, None, "fortnight")


def test_countries_by_name():
    assert [names.country(c) for c in ("RU", "UA", "BY", "PS", "XX")] == [
        "Russia",
        "Ukraine",
        "Belarus",
        "Palestine",
        "several countries",
    ]
    assert names.people("UA") == "Ukrainians"
    assert names.countries(("UA", "RU", "BY")) == "Ukraine, Russia and Belarus"


def _claim(**fields) -> dict:
    row = dict.fromkeys(tables.CLAIM_SCHEMA.names())
    row.update(kind="exchange", since=dt.date(2022, 2, 24), stated_on=dt.date(2025, 10, 2))
    return row | fields


def test_the_latest_total_is_the_figure_most_sources_give_worded_as_said():
    """Three texts say 'more than 4,000' (stored 4,001) on one day, one says 3,500: the
    summary quotes the three, as they put it, and its gap is a lower bound."""
    claims = pl.DataFrame(
        [
            _claim(persons_of="UA", low=4001, doc_id=f"d{i}", said_by=who, sum_of_stages=3000)
            for i, who in enumerate((None, "the ombudsman", "Kyiv"))
        ]
        + [_claim(persons_of="UA", low=3500, high=3500, doc_id="d9", sum_of_stages=3000)],
        schema=tables.CLAIM_SCHEMA,
    ).with_columns(difference=pl.col("low") - pl.col("sum_of_stages"))
    text = claimed_totals.summarise_claims(claims)
    assert text == (
        "Kyiv put the number of Ukrainians returned since February 2022 at more than 4,000 on "
        "2 October 2025 (3 sources give it); the stages in this table add up to 3,000 over the "
        "same span, at least 1,001 short of the claim."
    )


def test_a_total_of_several_countries_people_has_no_stages_to_compare():
    """A running total of people of several countries (XX) has no sum of stages: the summary
    says so instead of failing (an all-countries report stopped on it)."""
    claims = pl.DataFrame(
        [_claim(persons_of="XX", held_by="CO", low=8, high=8, said_by="the Red Cross")],
        schema=tables.CLAIM_SCHEMA,
    )
    assert claimed_totals.summarise_claims(claims) == (
        "The Red Cross put the number of people of several countries returned from Colombia "
        "since February 2022 at 8 on 2 October 2025; no stage in this table counts the same "
        "people to compare."
    )
