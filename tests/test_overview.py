"""A report at a glance: per-year totals, a ledger that fits the page for any number of
countries, running totals one row per figure, and what each source says of a dispute."""

from __future__ import annotations

import datetime as dt

import polars as pl
from event_facts import build, fact
from swaptally import analysis, ledger, overview, plots, present

SPRING, AUTUMN, NEXT = dt.date(2023, 4, 10), dt.date(2023, 10, 2), dt.date(2024, 6, 14)


def _ops(exchanges: pl.DataFrame) -> pl.DataFrame:
    return ledger.operations(exchanges)


def two_years() -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Three swaps over two years; the autumn one told by two outlets that disagree."""
    facts, events, exchanges, _ = build(
        fact("a", 60, date=SPRING),
        fact("a", 45, date=SPRING, persons_of="RU", held_by="UA"),
        fact("a", 205, date=AUTUMN),
        fact("b", 215, date=AUTUMN),
        fact("a", 200, date=AUTUMN, persons_of="RU", held_by="UA"),
        fact("c", 90, date=NEXT),
        fact("c", 90, date=NEXT, persons_of="RU", held_by="UA"),
    )
    return facts, events, _ops(exchanges)


def test_years_newest_first_then_all_years_adding_them_up():
    _, events, ops = two_years()
    table = overview.year_table(ops, ("UA", "RU"))
    assert table.rows() == [
        ("2024", 1, 90, 90),
        ("2023", 2, 275, 245),
        ("all years", 3, 365, 335),
    ]
    # the last row is the report's total: what its summary sentence says
    daily = analysis.daily_returns(events)
    assert dict(analysis.totals_by_side(daily).select("persons_of", "returned").rows()) == {
        "RU": 335,
        "UA": 365,
    }
    html = present.table_html(table, "Per year.", overview.year_columns(["UA", "RU"]), total=True)
    assert '<tr class="st-total"><td class="c-year">all years</td>' in html.data
    assert "st-narrow" in html.data  # four columns: as wide as they need, not the page


def test_the_ledger_says_how_sure_each_exchange_is():
    _, _, ops = two_years()
    view = overview.ledger_view(ops, ("UA", "RU"))
    table, caption, columns = view["df"], view["caption"], view["columns"]
    assert table.select("dates", "how_sure").rows() == [
        ("14 June 2024", "single source"),
        ("2 October 2023", "2 sources, disputed"),
        ("10 April 2023", "single source"),
    ]
    assert columns["how_sure"] == "how sure" and "n_sources" not in columns
    assert caption.endswith("'to Ukraine': people of Ukraine who came home.")
    # 2024's row, then 2023's two: the first of 2023 is ruled off from 2024
    html = present.table_html(**view).data
    assert html.count('<tr class="st-group">') == 1
    assert '<tr class="st-group"><td class="c-dates">2 October 2023</td>' in html


def test_a_dispute_shows_what_each_source_says():
    facts, events, _ = two_years()
    table = overview.disputes(analysis.disputed(events), facts)
    assert table.select("date", "persons_of", "best", "says").rows() == [
        (AUTUMN, "Ukraine", 215, "205: a outlet; 215: b outlet")
    ]


def many_countries() -> pl.DataFrame:
    """Five pairs of countries on five days: too many for a column each."""
    pairs = [("UA", "RU", 300), ("IL", "PS", 90), ("AM", "AZ", 8), ("US", "VE", 10)]
    pairs.append(("YE", "SA", 700))
    rows = []
    for i, (a, b, n) in enumerate(pairs):
        day = dt.date(2024, 1, 1) + dt.timedelta(days=20 * i)
        rows += [
            fact(f"d{i}", n, date=day, persons_of=a, held_by=b),
            fact(f"d{i}", n // 2, date=day, persons_of=b, held_by=a),
        ]
    return _ops(build(*rows)[2])


def test_many_countries_get_a_row_each_and_a_ledger_that_fits_the_page():
    ops = many_countries()
    assert not overview.wide(ops, ())
    glance = overview.glance(ops, ())
    assert glance["df"].head(3).rows() == [
        ("Yemenis", 700, 1, "2024"),
        ("Saudis", 350, 1, "2024"),
        ("Ukrainians", 300, 1, "2024"),
    ]
    view = overview.ledger_view(ops, ())
    table, caption, columns = view["df"], view["caption"], view["columns"]
    assert list(columns) == ["dates", "between", "returned", "how_sure"]  # not ten countries
    first = table.row(-1, named=True)
    assert (first["between"], first["returned"]) == ("Russia, Ukraine", "Ukraine 300; Russia 150")
    assert "'came home'" in caption
    assert overview.summarise_many(ops) == (
        "People of 10 countries came home in 5 exchanges, 1 January – 21 March 2024; the most "
        "were 700 Yemenis, 350 Saudis and 300 Ukrainians. The first table gives every country."
    )


def test_a_chart_of_many_countries_keeps_the_largest_and_groups_the_rest():
    ops = many_countries()
    per_period = ops.select(
        pl.col("first_date").alias("date"), pl.col("side").alias("persons_of"), "returned"
    )
    svg = present.svg_bytes(plots.period_bars(per_period, "month"))
    assert b"other countries" in svg and b"Yemen" in svg
    assert b"Armenia" not in svg  # eight people: under 'other countries'


def test_running_totals_are_one_row_per_figure_with_the_gap_in_words():
    day, since = dt.date(2025, 10, 2), dt.date(2022, 2, 24)
    claims = pl.DataFrame(
        {
            "stated_on": [day] * 4,
            "persons_of": ["UA"] * 4,
            "low": [7001, 7001, 7001, 4500],
            "high": [None, None, None, 4500],
            "since": [since] * 4,
            "said_by": ["Kyiv", None, "the ombudsman", None],
            "doc_id": ["d1", "d2", "d3", "d4"],
            "sum_of_stages": [5004] * 4,
            "difference": [1997, 1997, 1997, -504],
        }
    )
    table = overview.claims_view(claims)
    assert table.select("figure", "said_by", "n_sources", "gap").rows() == [
        ("4,500", None, 1, "504 more"),
        ("more than 7,000", "Kyiv; the ombudsman", 3, "at least 1,997 fewer"),
    ]


def test_the_running_sums_of_every_country_draw_those_with_the_most():
    ops = many_countries()
    daily = ops.select(
        pl.col("first_date").alias("date"), pl.col("side").alias("persons_of"), "returned"
    ).with_columns(cumulative=pl.col("returned").cum_sum().over("persons_of"))
    svg = present.svg_bytes(plots.cumulative_chart(daily))
    assert b"Yemenis" in svg and b"Saudis" in svg and b"Ukrainians" in svg
    assert b"Armenians" not in svg  # the first three by name were Armenians, Azerbaijanis, …


def test_a_side_no_source_counts_is_no_zero_in_the_years():
    """84 Ukrainians home and no figure for Russians: the year row says '–', not 0."""
    ops = _ops(build(fact("a", 84, date=SPRING))[2])
    assert overview.year_table(ops, ("UA", "RU")).rows() == [
        ("2023", 1, 84, None),
        ("all years", 1, 84, None),
    ]


def test_one_day_of_returns_is_drawn_on_a_scale_of_days():
    daily = pl.DataFrame(
        {"date": [SPRING], "persons_of": ["UA"], "returned": [84], "cumulative": [84]}
    )
    svg = present.svg_bytes(plots.cumulative_chart(daily))
    assert b"12:00" not in svg and b"10 Apr" in svg


def test_the_summary_says_how_many_exchanges_rest_on_one_text_or_are_disputed():
    _, _, ops = two_years()
    assert overview.summarise_sureness(ops) == (
        "Of the 3 exchanges, 2 rest on a single source and 1 is disputed (sources give "
        "different figures; the appendix shows each)."
    )
    agreed = _ops(build(fact("a", 84, date=SPRING), fact("b", 84, date=SPRING))[2])
    assert overview.summarise_sureness(agreed) == (
        "The exchange is told by more than one text, and they agree."
    )
    alone = _ops(build(fact("a", 84, date=SPRING))[2])
    assert overview.summarise_sureness(alone) == "The one exchange rests on a single source."
