"""What the notebooks display: captioned figures, clean tables and the report header.

Everything is returned as IPython HTML so that the executed notebook, its HTML
and the PDF show the same thing, byte-stable (no timestamps, no random ids).
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
from collections.abc import Mapping

import polars as pl
from IPython.display import HTML
from matplotlib.figure import Figure


class Numbering:
    """Figure and table numbers for captions, in order of appearance."""

    def __init__(self) -> None:
        self.figures = 0
        self.tables = 0

    def figure(self, fig: Figure, caption: str) -> HTML:
        self.figures += 1
        return figure_html(fig, f"Figure {self.figures}. {caption}")

    def table(
        self, df: pl.DataFrame, caption: str, columns: Mapping[str, str] | None = None
    ) -> HTML:
        self.tables += 1
        return table_html(df, f"Table {self.tables}. {caption}", columns)


def svg_bytes(fig: Figure) -> bytes:
    """The figure as SVG without a creation date (matplotlib stamps one otherwise)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": "swaptally"})
    return buffer.getvalue()


def figure_html(fig: Figure, caption: str) -> HTML:
    data = base64.b64encode(svg_bytes(fig)).decode("ascii")
    return HTML(
        f'<figure class="st-figure"><img alt="{html.escape(caption)}" '
        f'src="data:image/svg+xml;base64,{data}"/>'
        f"<figcaption>{html.escape(caption)}</figcaption></figure>"
    )


def _cell(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.1f}"
    if isinstance(value, dt.date):
        return value.isoformat()
    return html.escape(str(value))


def table_html(df: pl.DataFrame, caption: str, columns: Mapping[str, str] | None = None) -> HTML:
    """A plain HTML table: chosen columns with readable headings; numbers right-aligned.

    Float columns named share… are fractions and shown as percentages.
    """
    columns = dict(columns or {c: c for c in df.columns})
    df = df.select(list(columns))
    numeric = {c for c, t in df.schema.items() if t.is_numeric()}
    # Shares are fractions; everything a reader sees of them is a percentage.
    shares = [c for c in df.columns if c.startswith("share") and df.schema[c].is_float()]
    df = df.with_columns(pl.format("{}%", (pl.col(c) * 100).round(1)).alias(c) for c in shares)
    head = "".join(
        f'<th class="{"num" if c in numeric else ""}">{html.escape(h)}</th>'
        for c, h in columns.items()
    )
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="{"num" if c in numeric else ""}">{_cell(v)}</td>'
            for c, v in zip(df.columns, row, strict=True)
        )
        + "</tr>"
        for row in df.rows()
    )
    if df.is_empty():
        body = f'<tr><td colspan="{len(columns)}" class="empty">none</td></tr>'
    return HTML(
        f'<table class="st-table"><caption>{html.escape(caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def _period(start: dt.date | None, end: dt.date | None) -> str:
    if start is None and end is None:
        return "all dates"
    first = _day(start) if start else "the first report"
    last = _day(end) if end else "the latest report"
    return f"{first} to {last}"


def header_html(params, as_of: dt.date | None) -> HTML:
    """The report's first block: title, data as-of date and what the report looks at.

    params are checked report parameters (swaptally.report.ReportParameters); the
    table paths are left to the manifest.
    """
    items = {
        "Period": _period(params.start, params.end),
        "People of": ", ".join(params.sides) or "every side",
        "Data as of": _day(as_of) if as_of else "unknown",
    }
    rows = "".join(f"<dt>{html.escape(k)}</dt><dd>{html.escape(v)}</dd>" for k, v in items.items())
    return HTML(
        f'<header class="st-header"><h1>{html.escape(params.title)}</h1>'
        f'<dl class="st-params">{rows}</dl></header>'
    )


def paragraph(text: str) -> HTML:
    return HTML(f"<p>{html.escape(text)}</p>")


def bullet_list(items: list[str], empty: str = "None.") -> HTML:
    if not items:
        return paragraph(empty)
    return HTML("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ul>")


def sources_html(sources: pl.DataFrame) -> HTML:
    """Every source document: publisher, publication date and address."""
    items = [
        f"{row['publisher'] or 'unknown outlet'} ({row['published'] or 'undated'}): "
        f"{row['url'] or row['doc_id']}"
        for row in sources.iter_rows(named=True)
    ]
    return bullet_list(items, empty="No sources.")
