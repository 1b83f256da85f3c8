"""The figures the notebooks show, in one style, as SVG with no timestamps or random ids."""

from __future__ import annotations

import datetime as dt

import matplotlib as mpl
import matplotlib.dates as mdates
import polars as pl
from matplotlib.figure import Figure

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


def _date_axis(ax) -> None:
    """Day ticks for a span of days or weeks; automatic ticks for longer spans."""
    low, high = ax.get_xlim()
    if high - low <= 21:
        ax.xaxis.set_major_locator(mdates.DayLocator(interval=1 if high - low <= 10 else 3))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b"))
    else:
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=8))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b %Y"))


def daily_bars(daily: pl.DataFrame) -> Figure:
    """Bars of people returned per day, one bar per side, with the figure on top."""
    fig, ax = _new()
    sides = sorted(daily["persons_of"].unique().to_list())
    days = sorted(daily["date"].unique().to_list())
    colours = side_colours(sides)
    width = 0.8 / max(len(sides), 1)
    for i, side in enumerate(sides):
        rows = dict(daily.filter(pl.col("persons_of") == side).select("date", "returned").rows())
        xs = [d + (i - (len(sides) - 1) / 2) * width for d in range(len(days))]
        heights = [rows.get(day, 0) or 0 for day in days]
        bars = ax.bar(xs, heights, width=width * 0.95, color=colours[side], label=side)
        ax.bar_label(bars, labels=[f"{h:,}" if h else "" for h in heights], padding=2, fontsize=8)
    ax.set_xticks(range(len(days)), [day.strftime("%a %d %b %Y") for day in days])
    ax.set_ylabel("people returned")
    ax.set_title("People returned per day")
    if sides:
        ax.legend(title="people of", loc="upper right")
    ax.margins(y=0.15)
    return fig


def cumulative_chart(cum: pl.DataFrame, planned: pl.DataFrame) -> Figure:
    """One panel per side: people returned so far, with the planned total dashed."""
    use_style()
    sides = sorted(cum["persons_of"].unique().to_list())
    colours = side_colours(sides)
    plans = dict(planned.rows()) if not planned.is_empty() else {}
    fig = Figure(figsize=(6.5, 2.8), layout="constrained")
    axes = fig.subplots(1, max(len(sides), 1), sharey=True, squeeze=False)[0]
    for ax, side in zip(axes, sides, strict=False):
        rows = cum.filter(pl.col("persons_of") == side).sort("date")
        days, totals = rows["date"].to_list(), rows["cumulative"].to_list()
        ax.step(days, totals, where="post", marker="o", color=colours[side])
        ax.annotate(
            f"{totals[-1]:,}",
            (days[-1], totals[-1]),
            textcoords="offset points",
            xytext=(0, 6),
            ha="center",
            fontsize=8,
        )
        if plans.get(side):
            ax.axhline(plans[side], color="#555555", linestyle="--", linewidth=1)
            ax.annotate(
                f"planned {plans[side]:,}",
                (days[0], plans[side]),
                textcoords="offset points",
                xytext=(0, 4),
                fontsize=8,
                color="#555555",
            )
        first, last = (dt.datetime.combine(d, dt.time(0)) for d in (days[0], days[-1]))
        ax.set_xlim(first - dt.timedelta(hours=12), last + dt.timedelta(hours=12))
        _date_axis(ax)
        ax.set_title(f"People of {side}")
        ax.set_ylim(bottom=0, top=max([*totals, plans.get(side) or 0]) * 1.15)
    axes[0].set_ylabel("returned so far")
    fig.suptitle(
        "Cumulative returns against the plan", x=0.01, ha="left", fontweight="bold", fontsize=10
    )
    return fig


def estimate_intervals(held_facts: pl.DataFrame) -> Figure:
    """Each source's estimate of people held as an interval at its date, sources side by side."""
    fig, ax = _new(height=3.4)
    groups = sorted(set(held_facts.select("persons_of", "held_by").rows()), key=str)
    colours = {g: PALETTE[i % len(PALETTE)] for i, g in enumerate(groups)}
    rows = [
        r
        for r in held_facts.sort(["date", "publisher", "low"], nulls_last=True).iter_rows(
            named=True
        )
        if r["date"] is not None and r["low"] is not None
    ]
    per_day: dict = {}
    seen = set()
    for row in rows:
        group = (row["persons_of"], row["held_by"])
        slot = per_day.setdefault(row["date"], 0)
        per_day[row["date"]] += 1
        x = dt.datetime.combine(row["date"], dt.time(0)) + dt.timedelta(hours=4 * slot)
        label = f"{group[0]} held by {group[1] or '?'}" if group not in seen else None
        seen.add(group)
        colour = colours[group]
        if row["high"] is not None and row["high"] != row["low"]:
            ax.vlines(x, row["low"], row["high"], color=colour, linewidth=2.2, label=label)
            ax.plot(
                [x, x],
                [row["low"], row["high"]],
                linestyle="none",
                marker="_",
                markersize=9,
                color=colour,
            )
        elif row["high"] is None:  # open-ended: "more than", "thousands of"
            ax.annotate(
                "",
                xy=(x, row["low"] * 1.3),
                xytext=(x, row["low"]),
                arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 1.6},
            )
            ax.plot([x], [row["low"]], marker="_", markersize=9, color=colour, label=label)
        else:
            ax.plot([x], [row["low"]], marker="o", markersize=4, color=colour, label=label)
    if rows:
        ax.set_xlim(
            dt.datetime.combine(rows[0]["date"], dt.time(0)) - dt.timedelta(hours=12),
            dt.datetime.combine(rows[-1]["date"], dt.time(0)) + dt.timedelta(hours=24),
        )
    _date_axis(ax)
    ax.set_ylabel("people held (estimate)")
    ax.set_ylim(bottom=0, top=max([r["high"] or r["low"] * 1.3 for r in rows], default=1) * 1.1)
    ax.yaxis.set_major_formatter(mpl.ticker.StrMethodFormatter("{x:,.0f}"))
    ax.set_title("Estimates of people held, one mark per source")
    if seen:
        ax.legend(loc="lower right")
    return fig
