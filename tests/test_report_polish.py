"""Report tables and blocks: a column that says the same in every row goes to the caption,
a short section stays on one page, the appendices live in the package, once."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser

import polars as pl
import pytest
from swaptally import ledger, overview, plots, present

D = dt.date


def held_rows(**columns: list) -> pl.DataFrame:
    base = {
        "date": [D(2025, 3, 1), D(2025, 4, 2)],
        "persons_of": ["Georgia", "Georgia"],
        "held_by": ["Abkhazia", "Abkhazia"],
        "figure": ["40–60", "about 55"],
    }
    return pl.DataFrame(base | columns)


HEADINGS = {"date": "date", "persons_of": "people of", "held_by": "held by", "figure": "estimate"}


def test_columns_the_same_in_every_row_are_said_in_the_caption():
    number = present.Numbering()
    html = number.table(held_rows(), "Estimates.", HEADINGS, fold=("persons_of", "held_by")).data
    assert "Table 1. Estimates; in every row: people of Georgia, held by Abkhazia." in html
    assert ">people of<" not in html and ">held by<" not in html
    assert ">estimate<" in html and "40–60" in html


@pytest.mark.parametrize(
    "rows",
    [
        held_rows(held_by=["Abkhazia", "Russia"]),  # two holders: the column says something
        held_rows(held_by=["Abkhazia", None]),  # one holder not known
        held_rows().head(1),  # one row: a caption would only repeat it
    ],
)
def test_a_column_that_differs_or_one_row_keeps_its_column(rows):
    columns, caption = present.folded(rows, HEADINGS, "Estimates.", ("held_by",))
    assert columns == HEADINGS and caption == "Estimates."


class _Blocks(HTMLParser):
    """Each element's tag and text inside the first element of class `keep`, as a reader
    sees them (its nesting left out)."""

    def __init__(self, keep: str) -> None:
        super().__init__()
        self.keep, self.depth, self.seen = keep, 0, []

    def handle_starttag(self, tag, attrs):
        if self.depth:
            self.depth += 1
            self.seen.append([tag, ""])
        elif self.keep in (dict(attrs).get("class") or "").split():
            self.depth = 1

    def handle_endtag(self, tag):
        self.depth = max(self.depth - 1, 0)

    def handle_data(self, data):
        if self.depth and self.seen:
            self.seen[-1][1] += data


def test_a_kept_section_holds_its_heading_lead_and_table_together():
    table = present.table_html(pl.DataFrame({"a": [7]}), "T.")
    parser = _Blocks("st-keep")
    parser.feed(present.section("Returned", "Lead.", "One sentence.", table, keep=True).data)
    tags = [tag for tag, _ in parser.seen]
    assert parser.seen[:3] == [["h2", "Returned"], ["p", "Lead."], ["p", "One sentence."]]
    assert "table" in tags and ["td", "7"] in parser.seen  # the table inside the kept block
    loose = _Blocks("st-keep")
    loose.feed(present.section("Returned", "Lead.", table).data)
    assert loose.seen == []  # not kept: no block holds them


def ops_of(rows: list[tuple]) -> pl.DataFrame:
    """operations() rows: (operation, first, last, side, returned, planned, mediator,
    n_sources, disputed)."""
    names = ["operation", "first_date", "last_date", "side", "returned", "planned"]
    names += ["mediator", "n_sources", "disputed"]
    return pl.DataFrame(rows, schema=names, orient="row").with_columns(
        pl.col("operation").cast(pl.Int32), pl.col("n_sources").cast(pl.Int32)
    )


OPS = ops_of(
    [
        (0, D(2024, 9, 1), D(2024, 9, 2), "AM", 30, 30, None, 1, False),
        (0, D(2024, 9, 1), D(2024, 9, 2), "AZ", 28, 30, None, 1, False),
        (1, D(2025, 1, 5), D(2025, 1, 5), "AM", 12, None, "Qatar", 3, True),
        (1, D(2025, 1, 5), D(2025, 1, 5), "AZ", None, None, "Qatar", 2, False),
    ]
)


def test_both_ledgers_read_the_same_cells_of_each_operation():
    wide, long = ledger.ledger_table(OPS, ("AM", "AZ")), overview.long_ledger(OPS)
    for table in (wide, long):
        assert table["dates"].to_list() == ["5 January 2025", "1–2 September 2024"]
        assert table["how_sure"].to_list() == ["3 sources, disputed", "single source"]
        assert table["mediator"].to_list() == ["Qatar", None]
        assert table["planned"].to_list() == [None, "30 each"]
    assert long["returned"].to_list() == ["Armenia 12", "Armenia 30; Azerbaijan 28"]
    assert wide.select("AM", "AZ").rows() == [(12, None), (30, 28)]


def test_period_bars_draw_the_sides_in_the_order_they_were_chosen():
    """Five countries: the report's own first, the largest of the rest, then 'others'."""
    day = D(2025, 5, 1)
    rows = pl.DataFrame(
        {
            "date": [day] * 5,
            "persons_of": ["AM", "AZ", "GE", "RU", "UA"],
            "returned": [5, 50, 40, 30, 20],
        }
    )
    fig = plots.period_bars(rows, "day", ("AM",))
    labels = [t.get_text() for t in fig.legends[0].get_texts()]
    assert labels == ["Armenia", "Azerbaijan", "Georgia", "other countries"]
