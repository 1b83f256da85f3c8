"""Stage 5: kind and status of a figure."""

from __future__ import annotations

import pytest
from extract_helpers import context
from swaptally.extract.kind_status import figure_kind, is_planned


def kind_status(text: str) -> tuple[str, str]:
    ctx = context(text)
    f = ctx.s.figures[0]
    ks = figure_kind(ctx, f, lambda: is_planned(ctx.s, f))
    return ks.kind, ks.status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants took 60 hostages in the raid.", ("held", "estimated")),
        ("An estimated 900 prisoners are still held in camps.", ("held", "estimated")),
        ("In the swap, 40 soldiers are to be freed next week.", ("exchange", "planned")),
        ("The sides agreed to exchange 40 soldiers.", ("exchange", "planned")),
        ("In the swap, 40 soldiers were freed on Friday.", ("exchange", "reported")),
        ("Russia released 40 prisoners on Friday.", ("release", "reported")),
        (
            "Alongside the swap, Russia released 40 prisoners as a goodwill gesture.",
            ("release", "reported"),
        ),
        ("An exchange of 800 prisoners began on Friday.", ("exchange", "planned")),
    ],
)
def test_kind_and_status(text: str, expected: tuple[str, str]) -> None:
    assert kind_status(text) == expected


def test_kind_rule_is_recorded() -> None:
    from swaptally.extract import KindRule, extract_facts

    (f,) = extract_facts("Militants took 60 hostages in the raid.", None)
    assert f.how.kind is KindRule.STOCK and f.rule == "held_estimate"
    (f,) = extract_facts("In the swap, 40 Ukrainian soldiers were freed.", None)
    assert f.how.kind is KindRule.SWAP_TEXT


def test_bringing_back_people_is_no_stock() -> None:
    assert kind_status("In the swap we have managed to bring back 50 sailors.") == (
        "exchange", "reported",
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "In the swap, 8 sailors detained in the West were returned to Russia.",
        "In the swap, 50 soldiers held in captivity were brought back home.",
    ],
)
def test_people_held_then_handed_back_are_no_stock(text: str) -> None:
    assert kind_status(text) == ("exchange", "reported")


def test_awaiting_a_release_is_a_plan() -> None:
    assert kind_status("Families are awaiting the release of 300 prisoners in the swap.") == (
        "exchange", "planned",
    )  # fmt: skip
