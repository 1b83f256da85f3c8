"""The figures the notebooks show, in one style, as SVG with no timestamps or random ids."""

from __future__ import annotations

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
    ax.legend(title="people of", loc="upper right")
    ax.margins(y=0.15)
    return fig


def cumulative_chart(cum: pl.DataFrame, planned: pl.DataFrame) -> Figure:
    """Step lines of people returned so far per side, with the planned total as a dashed line."""
    fig, ax = _new()
    sides = sorted(cum["persons_of"].unique().to_list())
    colours = side_colours(sides)
    plans = dict(planned.rows()) if not planned.is_empty() else {}
    for side in sides:
        rows = cum.filter(pl.col("persons_of") == side).sort("date")
        ax.step(
            rows["date"].to_list(),
            rows["cumulative"].to_list(),
            where="post",
            marker="o",
            color=colours[side],
            label=f"{side} returned",
        )
        if plans.get(side):
            ax.axhline(
                plans[side],
                color=colours[side],
                linestyle="--",
                linewidth=1,
                label=f"{side} planned ({plans[side]:,})",
            )
    _date_axis(ax)
    ax.set_ylabel("people returned, cumulative")
    ax.set_ylim(bottom=0)
    ax.set_title("Cumulative returns against the plan")
    ax.legend(loc="lower right")
    return fig


def estimate_intervals(held_facts: pl.DataFrame) -> Figure:
    """Each source's estimate of people held as an interval at its date, sources side by side."""
    import datetime as dt

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
    _date_axis(ax)
    ax.set_ylabel("people held (estimate)")
    ax.set_ylim(bottom=0, top=max([r["high"] or r["low"] * 1.3 for r in rows], default=1) * 1.1)
    ax.yaxis.set_major_formatter(mpl.ticker.StrMethodFormatter("{x:,.0f}"))
    ax.set_title("Estimates of people held, one mark per source")
    if seen:
        ax.legend(loc="lower right")
    return fig
