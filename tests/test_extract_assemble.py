"""Steps across sentences: a figure that continues the group counted just before it."""

from __future__ import annotations

import datetime as dt

from swaptally.extract import Fact, Step, extract_facts

SAT = dt.date(2024, 3, 9)  # a Saturday


def facts(text: str) -> list[Fact]:
    return extract_facts(text, SAT)


def test_a_part_of_them_described_by_its_capture_is_part_of_the_handover() -> None:
    text = (
        "Armenia and Azerbaijan swapped prisoners on Friday. "
        "Azerbaijan returned 32 Armenian soldiers. "
        "Nearly 20 of them were captured near Lachin in 2020."
    )
    (part,) = [f for f in facts(text) if f.low == 20]
    assert (part.kind, part.status, part.persons_of, part.held_by, part.category) == (
        "exchange", "reported", "AM", "AZ", "military",
    )  # fmt: skip
    assert Step.CONTINUES in part.how.steps


def test_a_part_with_its_own_handover_verb_keeps_its_kind() -> None:
    text = (
        "The rebels are believed to hold 300 Nigerian hostages. "
        "Twelve of those hostages were released on Friday, the governor said."
    )
    part = [f for f in facts(text) if f.low == 12]
    assert part and {(f.kind, f.persons_of) for f in part} == {("release", "NG")}
