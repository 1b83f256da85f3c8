"""The figures the notebooks show, in one style, as SVG with no timestamps or random ids."""

from __future__ import annotations

import datetime as dt

import matplotlib as mpl
import matplotlib.dates as mdates
import polars as pl
from matplotlib.figure import Figure

from swaptally import names, wording

PALETTE = ("#1f4e79", "#c0504d", "#4f8a3c", "#8064a2", "#d08c2c", "#3c8a8a")
STYLE = {
    "svg.hashsalt": "swaptally",  # stable element ids across runs
    "svg.fonttype": "none",  # text stays text in the SVG and the PDF
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.grid.axis": "y",
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
    "axes.titlesize": 10,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "legend.frameon": False,
    "figure.dpi": 150,
}


def use_style() -> None:
    """Apply the report style; the notebooks call it once before drawing."""
    mpl.rcParams.update(STYLE)


def side_colours(sides: list[str]) -> dict[str, str]:
    return {side: PALETTE[i % len(PALETTE)] for i, side in enumerate(sorted(sides))}


def _new(width: float = 6.5, height: float = 3.0) -> tuple[Figure, object]:
    use_style()
    fig = Figure(figsize=(width, height), layout="constrained")
    return fig, fig.add_subplot()


def _date_axis(ax, scale: str = "day", maxticks: int = 7) -> None:
    """At most seven date ticks, labelled without repeating what the neighbours say.

    Day and week scales tick on days; month and year scales tick on month or year starts
    wherever the axis holds two of them, so labels stay short and apart.
    """
    # Month and year scales accept two ticks before falling back to day ticks, which then
    # only appear on an axis too short to hold two month starts. Emptying the finer
    # intervals instead makes matplotlib's locator fail on such an axis.
    minticks = 3 if scale in ("day", "week") else 2
    locator = mdates.AutoDateLocator(
        minticks=min(minticks, maxticks), maxticks=maxticks, interval_multiples=True
    )
    ax.xaxis.set_major_locator(locator)
    formatter = mdates.ConciseDateFormatter(
        locator, formats=["%Y", "%b", "%d %b", "%H:%M", "%H:%M", "%S.%f"], show_offset=False
    )
    formatter.zero_formats = ["", "%Y", "%b %Y", "%d %b", "%H:%M", "%H:%M"]
    ax.xaxis.set_major_formatter(formatter)


def _thousands(ax) -> None:
    ax.yaxis.set_major_formatter(mpl.ticker.StrMethodFormatter("{x:,.0f}"))
    ax.yaxis.set_major_locator(mpl.ticker.MaxNLocator(nbins=5, integer=True))


def _moment(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0))


BAR_DAYS = {"day": 0.8, "week": 5.6, "month": 24.0, "year": 300.0}
# Number labels on bars only while they have room: few bars, each wide enough for its label
# (upright) or for the label's height (turned).
MAX_LABELLED_BARS = 24
LABEL_SIZE = 7


# Beyond this many sides a period's bars would be slivers and the legend a column of
# names over them: the largest keep their bars, the rest share one.
MAX_BAR_SIDES = 4
OTHERS = "others"
OTHER_COLOUR = "#9a9a9a"


def _fewer_sides(rows: pl.DataFrame, order: tuple[str, ...]) -> tuple[pl.DataFrame, list[str]]:
    """At most MAX_BAR_SIDES series: the report's own sides or the largest, then 'others';
    and the sides in the order they are drawn ('others' last)."""
    sides = _side_order(rows["persons_of"].unique().to_list(), order, _totals(rows, "returned"))
    if len(sides) <= MAX_BAR_SIDES:
        return rows, sides
    kept = sides[: MAX_BAR_SIDES - 1]
    return (
        rows.with_columns(
            persons_of=pl.when(pl.col("persons_of").is_in(kept))
            .then("persons_of")
            .otherwise(pl.lit(OTHERS))
        )
        .group_by("date", "persons_of")
        .agg(pl.col("returned").sum())
        .sort("date", "persons_of"),
        [*kept, OTHERS],
    )


def _label(side: str) -> str:
    return "other countries" if side == OTHERS else names.country(side)


def period_bars(per_period: pl.DataFrame, scale: str, order: tuple[str, ...] = ()) -> Figure | None:
    """Bars of people returned per period (day, week, month or year), one bar per side.

    Returns None when there is nothing to draw: the notebook then says so in words.
    """
    rows = per_period.filter(pl.col("returned") > 0)
    if rows.is_empty():
        return None
    rows, sides = _fewer_sides(rows, order)
    fig, ax = _new()
    colours = side_colours([s for s in sides if s != OTHERS]) | {OTHERS: OTHER_COLOUR}
    width = BAR_DAYS[scale] / len(sides)
    # The axis spans the bars, not the whole window: three days of bars in a month's
    # window would be slivers. The header states the window.
    first, last = rows["date"].min(), rows["date"].max()
    pad = dt.timedelta(days=BAR_DAYS[scale])
    low, high = _moment(first) - pad, _moment(last) + pad * (2 if scale != "day" else 1)
    ax.set_xlim(low, high)
    # Each bar's width on paper, to tell whether its number fits above it.
    bar_points = fig.get_figwidth() * 72 * 0.85 * width / ((high - low).total_seconds() / 86400)
    widest = max(len(f"{v:,}") for v in rows["returned"]) * LABEL_SIZE * 0.62
    rotation = 0 if widest <= bar_points else 90 if bar_points >= LABEL_SIZE * 1.2 else None
    for i, side in enumerate(sides):
        mine = rows.filter(pl.col("persons_of") == side).sort("date")
        offset = dt.timedelta(days=(i - (len(sides) - 1) / 2) * width + BAR_DAYS[scale] / 2)
        if scale == "day":
            offset = dt.timedelta(days=(i - (len(sides) - 1) / 2) * width)
        xs = [_moment(d) + offset for d in mine["date"]]
        bars = ax.bar(
            xs,
            mine["returned"].to_list(),
            width=width * 0.92,
            color=colours[side],
            label=_label(side),
        )
        if rotation is not None and rows.height <= MAX_LABELLED_BARS:
            ax.bar_label(
                bars,
                labels=[f"{h:,}" for h in mine["returned"]],
                padding=2,
                fontsize=LABEL_SIZE,
                rotation=rotation,
            )
    _date_axis(ax, scale)
    _thousands(ax)
    ax.set_ylabel("people returned")
    ax.set_title(f"People returned per {scale}")
    # below the axes, so that no bar is hidden under it
    fig.legend(title="returned to", loc="outside lower center", ncols=min(len(sides), 4))
    ax.margins(y=0.3 if rotation == 90 else 0.15)
    return fig


def _totals(rows: pl.DataFrame, column: str) -> dict[str, int]:
    return dict(rows.group_by("persons_of").agg(pl.col(column).sum()).rows())


def _side_order(
    sides: list[str], order: tuple[str, ...], totals: dict[str, int] | None = None
) -> list[str]:
    """The report's own side order first, then the others: most people first where the
    totals are given, else alphabetically."""
    rest = sorted(s for s in sides if s not in order)
    if totals:
        rest.sort(key=lambda s: -totals.get(s, 0))  # stable: alphabetical among equals
    return [s for s in order if s in sides] + rest


MAX_PANELS = 3


def _counted_to(claims: pl.DataFrame) -> list[dt.date]:
    """The day each claim counts to: its span's end where that ended before it was said
    ("640 in 2025", said in January 2026: 31 December), else the day it was said."""
    said = claims["stated_on"].to_list()
    if "until" not in claims.columns:
        return said
    ends = claims["until"].to_list()
    return [
        end if end is not None and end < day else day for day, end in zip(said, ends, strict=True)
    ]


def cumulative_chart(
    cum: pl.DataFrame,
    claims: pl.DataFrame | None = None,
    scale: str = "day",
    order: tuple[str, ...] = (),
) -> Figure | None:
    """One panel per side: people returned so far (sum of stages), with stated running totals.

    A running total a source states (low, or high where there is no low) is a marked
    point at the day it counts to (the day it was stated, or its span's end where the span
    ended before), so the gap between the table and the claim shows.
    """
    if cum.is_empty():
        return None
    use_style()
    totals = dict(cum.group_by("persons_of").agg(pl.col("cumulative").max()).rows())
    # a report of every country draws the countries with the most people home
    sides = _side_order(list(totals), order, totals)[:MAX_PANELS]
    colours = side_colours(sides)
    claims = claims if claims is not None else pl.DataFrame()
    fig = Figure(figsize=(6.5, 2.9), layout="constrained")
    axes = fig.subplots(1, len(sides), sharey=True, squeeze=False)[0]
    first = cum["date"].min()
    last = max([cum["date"].max(), *(claims["stated_on"].to_list() if claims.height else [])])
    top = 0
    for ax, side in zip(axes, sides, strict=True):
        rows = cum.filter(pl.col("persons_of") == side).sort("date")
        days = [_moment(d) for d in rows["date"]] + [_moment(last)]
        values = rows["cumulative"].to_list()
        values.append(values[-1])
        ax.step(days, values, where="post", color=colours[side], label="sum of stages")
        ax.plot(days[:-1], values[:-1], "o", markersize=3, color=colours[side])
        ax.annotate(
            f"{values[-1]:,}",
            (days[-1], values[-1]),
            textcoords="offset points",
            xytext=(-2, 4),
            ha="right",
            fontsize=7,
            color=colours[side],
        )
        top = max(top, values[-1])
        mine = (
            claims.filter(pl.col("persons_of") == side).sort("stated_on")
            if claims.height
            else claims
        )
        if mine.height:
            ranges = mine.select("low", "high").rows()
            figures = [lo if lo is not None else hi for lo, hi in ranges]
            marked = [_moment(d) for d in _counted_to(mine)]
            ax.plot(
                marked,
                figures,
                "D",
                markersize=4,
                color="#555555",
                label="stated running total",
            )
            ax.annotate(
                f"{wording.figure(*ranges[-1])} stated",
                (marked[-1], figures[-1]),
                textcoords="offset points",
                xytext=(-3, 5),
                ha="right",
                fontsize=7,
                color="#555555",
            )
            top = max(top, *figures)
        span = max((last - first).days, 1)
        # at least a week wide: one day's axis would be labelled in hours
        pad = dt.timedelta(days=max(span * 0.04 + 0.5, (7 - span) / 2))
        ax.set_xlim(_moment(first) - pad, _moment(last) + pad)
        # a third of the width holds fewer date labels than the whole
        _date_axis(ax, scale, maxticks={1: 7, 2: 4}.get(len(sides), 3))
        ax.set_title(names.people(side))
    axes[0].set_ylim(bottom=0, top=top * 1.18 or 1)
    _thousands(axes[0])
    axes[0].set_ylabel("returned so far")
    handles, labels = axes[0].get_legend_handles_labels()
    for ax in axes[1:]:
        more, words = ax.get_legend_handles_labels()
        for handle, word in zip(more, words, strict=True):
            if word not in labels:
                handles.append(handle)
                labels.append(word)
    fig.legend(handles, labels, loc="outside lower center", ncols=2, fontsize=8)
    return fig


def held_marks(held_facts: pl.DataFrame) -> pl.DataFrame:
    """One mark per distinct estimate and day: sources stating the same figure share it."""
    return (
        held_facts.filter(pl.col("date").is_not_null() & pl.col("low").is_not_null())
        .group_by("date", "persons_of", "held_by", "low", "high")
        .agg(n_sources=pl.col("doc_id").n_unique() if "doc_id" in held_facts.columns else pl.len())
        .sort("date", "persons_of", "held_by", "low", "high", nulls_last=True)
    )


def estimate_intervals(held_facts: pl.DataFrame, scale: str = "day") -> Figure | None:
    """Estimates of people held over time: a range bar, a dot, or an arrow for "more than".

    Sources of one day that give the same figure share one mark (with their count);
    different figures of one day stand side by side.
    """
    marks = held_marks(held_facts)
    if marks.is_empty():
        return None
    fig, ax = _new(height=3.2)
    groups = sorted(set(marks.select("persons_of", "held_by").rows()), key=str)
    colours = {g: PALETTE[i % len(PALETTE)] for i, g in enumerate(groups)}
    first, last = marks["date"].min(), marks["date"].max()
    span = max((last - first).days, 1)
    step = dt.timedelta(days=max(span * 0.012, 0.12))
    top = max([(h if h is not None else lo * 1.3) for lo, h in marks.select("low", "high").rows()])
    seen = set()
    slots: dict = {}
    for row in marks.iter_rows(named=True):
        group = (row["persons_of"], row["held_by"])
        slot = slots.get(row["date"], 0)
        slots[row["date"]] = slot + 1
        x = _moment(row["date"]) + step * slot
        label = None
        if group not in seen:
            label = f"{names.people(group[0])} held by {names.country(group[1])}"
            seen.add(group)
        colour = colours[group]
        low, high = row["low"], row["high"]
        if high is not None and high != low:
            ax.vlines(x, low, high, color=colour, linewidth=2.2, label=label)
            ax.plot([x, x], [low, high], linestyle="none", marker="_", markersize=8, color=colour)
        elif high is None:  # open-ended: "more than", "thousands of"
            ax.annotate(
                "",
                xy=(x, low + top * 0.15),
                xytext=(x, low),
                arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 1.5},
            )
            ax.plot([x], [low], marker="_", markersize=8, color=colour, label=label)
        else:
            ax.plot([x], [low], marker="o", markersize=4, color=colour, label=label)
        if row["n_sources"] > 1:
            ax.annotate(
                f"×{row['n_sources']}",
                (x, high if high is not None else low),
                textcoords="offset points",
                xytext=(3, 2),
                fontsize=7,
                color="#444444",
            )
    pad = dt.timedelta(days=span * 0.05 + 1)
    ax.set_xlim(_moment(first) - pad, _moment(last) + pad)
    _date_axis(ax, scale)
    ax.set_ylabel("people held (estimate)")
    ax.set_ylim(bottom=0, top=top * 1.15)
    _thousands(ax)
    ax.set_title("Estimates of people held, one mark per figure and day")
    ax.legend(loc="best")
    return fig
