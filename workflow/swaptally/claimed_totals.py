"""Claimed running totals: a running total a source states ("6,213 returned since 2022")
is a claim, shown beside the sum of stages over the same span, never added to it.

The table comes from the events step (claims.parquet, see INTERFACE.md);
`claims_from_events` builds the same columns from an events table that has none beside
it, so older outputs still report.
"""

from __future__ import annotations

import polars as pl

from swaptally import names, wording
from swaptally.events.claims import CLAIM_SCOPES, claim_rows
from swaptally.ledger import RUNNING_DAYS, summable
from swaptally.tables import CLAIM_COLUMNS, frame


def claims_from_events(events: pl.DataFrame) -> pl.DataFrame:
    """claims.parquet's rows (tables.CLAIM_COLUMNS) from an events table: its reported
    running and operation totals (by `scope`; a table without one: reported totals over a
    span longer than RUNNING_DAYS, as running), each beside the sum of the summable stages
    of its side and span, as the events step makes them (events/claims.py). An events row
    holds no sentence and no publication day: a total is stated on its period's last day,
    or its date; one with neither is left out."""
    if "scope" not in events.columns:
        span = (pl.col("period_end") - pl.col("period_start")).dt.total_days()
        long = pl.col("date").is_null() & (span > RUNNING_DAYS).fill_null(False)
        events = events.with_columns(scope=pl.when(long).then(pl.lit("running")))
    stated = events.filter(
        pl.col("scope").is_in(CLAIM_SCOPES) & (pl.col("status").cast(pl.String) == "reported")
    )
    totals = [
        {
            **row,
            "kind": str(row["kind"]),
            "qualifier": "exact" if row["low"] == row["high"] else "range",
            "published": None,
            "publisher": row["publishers"],
            "doc_id": (row["doc_ids"] or "").split("; ")[0] or None,
            "sentence": None,
        }
        for row in stated.iter_rows(named=True)
    ]
    return frame(claim_rows(totals, summable(events).to_dicts()), CLAIM_COLUMNS)


def claims_in(claims: pl.DataFrame, window) -> pl.DataFrame:
    """Running totals stated within the window about the window's sides, in date order.

    An operation total ("1,000 over three days") is a claim too, but about one exchange;
    the ledger shows those, so only running totals are kept here.
    """
    if "scope" in claims.columns:
        claims = claims.filter(pl.col("scope") == "running")
    claims = window.sided(window.dated(claims, "stated_on"))
    # A total with its start stated ("since February 2022") can be checked against the
    # stages of that span; where some are, those are the ones shown.
    if claims["since"].is_not_null().any():
        claims = claims.filter(pl.col("since").is_not_null())
    return claims.sort("stated_on", "persons_of")


def _latest(claims: pl.DataFrame) -> list[dict]:
    """Each side's latest stated total: of one day's figures, the one most sources give.

    Four outlets quoting the same "more than 7,000" on one day are one claim with four
    sources; the row kept is one that names who said it, where one does.
    """
    if claims.is_empty():
        return []
    latest = claims.filter(pl.col("stated_on") == pl.col("stated_on").max().over("persons_of"))
    # sources are texts (one text may state a total twice)
    texts = pl.col("doc_id").n_unique() if "doc_id" in claims.columns else pl.len()
    figures = latest.with_columns(
        n_sources=texts.over("persons_of", "low", "high"),
        named=pl.col("said_by").is_not_null(),
    ).sort(
        "persons_of",
        "n_sources",
        "named",
        "low",
        "said_by",
        descending=[False, True, True, True, False],
        nulls_last=True,
    )
    return figures.group_by("persons_of", maintain_order=True).first().rows(named=True)


def summarise_claims(claims: pl.DataFrame) -> str:
    """How far the table falls short of the latest running total each side's sources state."""
    parts = []
    for row in _latest(claims):
        who = row["said_by"] or row["publisher"] or "a source"
        figure = wording.figure(row["low"], row["high"])
        since = f" since {row['since']:%B %Y}" if row["since"] else ""
        until = row.get("until")
        if until is not None and until < row["stated_on"]:
            # a closed span ("in 2025", said in January 2026): its stages end with it
            start = f"{row['since']:%B %Y}" if row["since"] else "the start"
            since = f" from {start} to {until.day} {until:%B %Y}"
        also = f" ({row['n_sources']} sources give it)" if row["n_sources"] > 1 else ""
        # The source opens the sentence: a name quoted mid-sentence kept its capital ("Both").
        # the claim is compared with the stages of its own holder, so the sentence names it:
        # the report's table also counts people of that side returned by other holders
        holder = row["held_by"]
        source = f" from {names.country(holder)}" if holder not in (None, "XX") else ""
        text = (
            f"{who[:1].upper()}{who[1:]} put the number of {names.people(row['persons_of'])} "
            f"returned{source}{since} at {figure} on {row['stated_on'].day} "
            f"{row['stated_on']:%B %Y}"
            f"{also}; "
        )
        gap, spent = row["difference"], row["sum_of_stages"]
        if spent is None:  # people of several countries: no stage of theirs to add up
            parts.append(text + "no stage in this table counts the same people to compare.")
            continue
        text += f"the stages in this table add up to {spent:,} over the same span"
        # "more than 7,000" is short by at least the gap to its lower bound
        least = "at least " if row["high"] is None else ""
        if gap and gap > 0:
            text += f", {least}{gap:,} short of the claim."
        elif gap and gap < 0:
            text += f", {-gap:,} more than " + ("its lower bound." if least else "the claim.")
        else:
            text += ", the same figure."
        parts.append(text)
    return " ".join(parts) or "No source states a running total in this window."
