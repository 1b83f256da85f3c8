"""What the notebooks display: captioned figures, clean tables and the report header.

Everything is returned as IPython HTML so that the executed notebook, its HTML
and the PDF show the same thing, byte-stable (no timestamps, no random ids).
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
from collections.abc import Mapping, Sequence

import polars as pl
from IPython.display import HTML
from matplotlib.figure import Figure

from swaptally import names
from swaptally.wording import worded  # noqa: F401  (present.worded, as notebooks call it)


class Numbering:
    """Figure and table numbers for captions, in order of appearance."""

    def __init__(self) -> None:
        self.figures = 0
        self.tables = 0

    def figure(self, fig: Figure | None, caption: str, empty: str | None = None) -> HTML | None:
        """A numbered figure; without one, the sentence `empty` (unnumbered) or nothing."""
        if fig is None:
            return paragraph(empty) if empty else None
        self.figures += 1
        return figure_html(fig, f"Figure {self.figures}. {caption}")

    def table(
        self,
        df: pl.DataFrame,
        caption: str,
        columns: Mapping[str, str] | None = None,
        empty: str | None = None,
        keep_empty: bool = False,
        total: bool = False,
        group: str | None = None,
        fold: Sequence[str] = (),
    ) -> HTML | None:
        """A numbered table; an empty one becomes the sentence `empty`, or nothing.

        keep_empty=True draws an empty table with a "none" row instead; total=True sets
        the last row apart as the total of those above it; group rules off the rows where
        that column's value changes (table_html); a column of `fold` that holds one value
        in every row is said once in the caption, not in a column (folded()).
        """
        if df.is_empty() and not keep_empty:
            return paragraph(empty) if empty else None
        self.tables += 1
        columns, caption = folded(df, columns, caption, fold)
        return table_html(df, f"Table {self.tables}. {caption}", columns, total, group)


def folded(
    df: pl.DataFrame, columns: Mapping[str, str] | None, caption: str, fold: Sequence[str]
) -> tuple[dict[str, str], str]:
    """(the columns to show, the caption): each column of `fold` whose every row holds the
    same value (two rows or more, none empty) leaves the table and is said once at the end
    of the caption with its heading: '…; in every row: people of Ukraine, held by Russia.'"""
    columns = dict(columns or {c: c for c in df.columns})
    same = [
        c
        for c in fold
        if c in columns and df.height > 1 and df[c].null_count() == 0 and df[c].n_unique() == 1
    ]
    if not same:
        return columns, caption
    said = ", ".join(f"{columns[c]} {html.unescape(_cell(df[c][0]))}" for c in same)
    return {c: h for c, h in columns.items() if c not in same}, (
        f"{caption.rstrip('.')}; in every row: {said}."
    )


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


SHORT_TABLE_ROWS = 12


# A table of this many columns or fewer is as wide as its content, not the page: four
# columns spread over the page leave the figures far from their labels.
NARROW_COLUMNS = 4


def _css(column: str, numeric: set[str]) -> str:
    """A cell's classes: 'num' for figures, and c-<column> so the style sheet can keep a
    column's short phrases ('single source', '1,188 fewer') on one line."""
    return ("num " if column in numeric else "") + f"c-{column}"


def table_html(
    df: pl.DataFrame,
    caption: str,
    columns: Mapping[str, str] | None = None,
    total: bool = False,
    group: str | None = None,
) -> HTML:
    """A plain HTML table: chosen columns with readable headings; numbers right-aligned.

    Float columns named share… are fractions and shown as percentages; text columns named
    figure… are worded figures (worded()), right-aligned like the numbers they are. With
    group (a column of df, shown or not), a row whose value differs from the row above
    starts a group, ruled off: a long ledger reads year by year.
    """
    columns = dict(columns or {c: c for c in df.columns})
    starts = _group_starts(df, group)
    df = df.select(list(columns))
    numeric = {c for c, t in df.schema.items() if t.is_numeric() or c.startswith("figure")}
    # Shares are fractions; everything a reader sees of them is a percentage.
    shares = [c for c in df.columns if c.startswith("share") and df.schema[c].is_float()]
    df = df.with_columns(pl.format("{}%", (pl.col(c) * 100).round(1)).alias(c) for c in shares)
    head = "".join(
        f'<th class="{_css(c, numeric)}">{html.escape(h)}</th>' for c, h in columns.items()
    )
    last = df.height - 1 if total else -1
    body = "".join(
        _row_tag(i == last, i in starts)
        + "".join(
            f'<td class="{_css(c, numeric)}">{_cell(v)}</td>'
            for c, v in zip(df.columns, row, strict=True)
        )
        + "</tr>"
        for i, row in enumerate(df.rows())
    )
    if df.is_empty():
        body = f'<tr><td colspan="{len(columns)}" class="empty">none</td></tr>'
    # A short table moves whole to the next page; a long one runs on, its head repeated.
    # The caption is a paragraph kept with the table (a <caption> can be left behind).
    size = " st-short" if df.height <= SHORT_TABLE_ROWS else ""
    narrow = " st-narrow" if len(columns) <= NARROW_COLUMNS else ""
    return HTML(
        f'<div class="st-tablebox{size}"><p class="st-caption">{html.escape(caption)}</p>'
        f'<table class="st-table{narrow}"><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table>"
        "</div>"
    )


def _group_starts(df: pl.DataFrame, group: str | None) -> set[int]:
    """Rows (after the first) whose `group` value differs from the row above."""
    if group is None or df.height < 2:
        return set()
    values = df[group].to_list()
    return {i for i in range(1, len(values)) if values[i] != values[i - 1]}


def _row_tag(total: bool, starts_group: bool) -> str:
    classes = " ".join(c for c, on in (("st-total", total), ("st-group", starts_group)) if on)
    return f'<tr class="{classes}">' if classes else "<tr>"


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
        "People of": names.countries(params.sides) or "every country",
        "Data as of": _day(as_of) if as_of else "no source in this window",
    }
    rows = "".join(f"<dt>{html.escape(k)}</dt><dd>{html.escape(v)}</dd>" for k, v in items.items())
    return HTML(
        f'<header class="st-header"><h1>{html.escape(params.title)}</h1>'
        f'<dl class="st-params">{rows}</dl></header>'
    )


def paragraph(text: str) -> HTML:
    return HTML(f"<p>{html.escape(text)}</p>")


def paragraphs(*texts: str | None) -> HTML:
    """Several paragraphs; empty ones are left out."""
    return HTML("".join(f"<p>{html.escape(t)}</p>" for t in texts if t))


def bullet_list(items: list[str], empty: str = "None.", css: str = "") -> HTML:
    if not items:
        return paragraph(empty)
    opening = f'<ul class="{css}">' if css else "<ul>"
    return HTML(opening + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ul>")


def source_line(row: Mapping[str, object]) -> str:
    """'Harbor Wire, 18 October 2024: https://…'; a text with no outlet or address by its path."""
    outlet = row.get("publisher") or row.get("path") or row.get("doc_id")
    when = _day(row["published"]) if row.get("published") else "undated"
    where = row.get("url")
    return f"{outlet}, {when}" + (f": {where}" if where else "")


def sources_html(sources: pl.DataFrame) -> HTML | None:
    """Every source document: outlet (or file), publication date and address; None if none."""
    items = [source_line(row) for row in sources.iter_rows(named=True)]
    return bullet_list(items, css="st-sources") if items else None


def named(df: pl.DataFrame, *columns: str) -> pl.DataFrame:
    """Country codes in the given columns replaced by country names, for tables."""
    return df.with_columns(
        pl.col(c).map_elements(names.country, return_dtype=pl.String) for c in columns
    )


def section(
    title: str, prose: str | None, *parts: HTML | str | None, keep: bool = False
) -> HTML | None:
    """A headed section of prose and parts; None (nothing shown) when every part is empty.

    So a report over a window with no estimates has no "Estimates" heading over
    nothing: sections without content are left out, not printed empty. keep=True holds a
    short section (its lead, a sentence and a short table) on one page, never its heading
    and lead at a page's foot and its table on the next.
    """
    shown = [paragraph(p) if isinstance(p, str) else p for p in parts if p]
    if not shown:
        return None
    opening = f"<h2>{html.escape(title)}</h2>" + (f"<p>{html.escape(prose)}</p>" if prose else "")
    body = [part.data for part in shown]
    if keep:
        body = [f'<div class="st-keep">{opening}{"".join(body)}</div>']
        opening = ""
    elif body[0].startswith("<figure"):
        # The heading and lead go to the next page with the figure, not left at a page's
        # foot above it (break-after alone did not hold them). A table is left free: a
        # long one would take its whole section to a new page.
        body[0] = f'<div class="st-keep">{opening}{body[0]}</div>'
        opening = ""
    return HTML(f'<section class="st-section">{opening}{"".join(body)}</section>')
