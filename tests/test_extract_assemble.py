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


def test_parts_of_a_sided_group_in_a_two_party_sentence_take_the_group_s_side() -> None:
    # the two-party subject leaves a bare part's side open; the group it breaks down has one
    text = (
        "Armenia and Azerbaijan traded detainees on Friday, with 19 Armenians going home "
        "- 12 soldiers and 7 civilians."
    )
    got = {(f.persons_of, f.held_by, f.category, f.low) for f in facts(text)}
    assert got == {
        ("AM", "AZ", "unspecified", 19),
        ("AM", "AZ", "military", 12),
        ("AM", "AZ", "civilian", 7),
    }
    # a two-party total's parts stay as uncounted as the total
    text = "Armenia and Azerbaijan traded 19 detainees on Friday: 12 soldiers and 7 civilians."
    assert {f.low for f in facts(text)} == set()


def test_a_part_named_by_a_copula_in_the_next_sentence_counts() -> None:
    # '13 (of them) were Israelis' names a part of the group the sentence before counted
    for second in ("Seven of them were Thais.", "7 were Thais and 5 were Nepalis."):
        text = "Hamas freed 12 hostages on Friday. " + second
        assert ("TH", 7) in {(f.persons_of, f.low) for f in facts(text)}
    # not after a sentence that counted no captives
    text = "The plane landed on Friday with 200 passengers. 13 were doctors."
    assert facts(text) == []
