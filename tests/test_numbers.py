"""Figures: digits, words, ranges, qualifiers, vague plurals, and numbers that count no one."""

from __future__ import annotations

import pytest
from swaptally.numbers import find_quantities, parse_number


def figures(s: str) -> list[tuple[str, int | None, int | None, str]]:
    return [(s[q.start : q.end], q.low, q.high, q.qualifier) for q in find_quantities(s)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,000", 1000),
        ("1 000", 1000),
        ("12\u00a0500", 12500),
        ("1.2 million", 1_200_000),
        ("10 thousand", 10_000),
        ("three hundred and seven", 307),
        ("a dozen", 12),
        ("two dozen", 24),
        ("half a dozen", 6),
        ("forty-two", 42),
        ("a thousand", 1000),
    ],
)
def test_parse_number(text: str, value: int) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("between 4,000 and 6,000 detainees", ("between 4,000 and 6,000", 4000, 6000, "range")),
        ("from 40 to 60 sailors", ("from 40 to 60", 40, 60, "range")),
        ("some 40 to 60 sailors", ("40 to 60", 40, 60, "range")),
        ("12–15 fishermen", ("12–15", 12, 15, "range")),
        ("four or five hostages", ("four or five", 4, 5, "range")),
        ("some 20 or 30 detainees", ("20 or 30", 20, 30, "range")),
        ("3 to 5 thousand people", ("3 to 5 thousand", 3000, 5000, "range")),
        ("more than 60 captives", ("more than 60", 61, None, "at_least")),
        ("over 90 captives", ("over 90", 91, None, "at_least")),
        ("at least 73 men", ("at least 73", 73, None, "at_least")),
        ("up to 250 detainees", ("up to 250", None, 250, "at_most")),
        ("fewer than 30 detainees", ("fewer than 30", None, 29, "at_most")),
        ("at most 12 people", ("at most 12", None, 12, "at_most")),
        # a negated comparison turns it round: not fewer is at least, not more at most
        ("not fewer than 80 villagers", ("not fewer than 80", 80, None, "at_least")),
        ("not more than 15 hostages", ("not more than 15", None, 15, "at_most")),
        ("about 500 women", ("about 500", 500, 500, "approx")),
        ("around 1,500 men", ("around 1,500", 1500, 1500, "approx")),
        ("nearly 60 boys", ("nearly 60", 60, 60, "approx")),
        ("some 900 inmates", ("some 900", 900, 900, "approx")),
        ("roughly 40 sailors", ("roughly 40", 40, 40, "approx")),
        ("almost 700 people", ("almost 700", 700, 700, "approx")),
        ("dozens of fishermen", ("dozens", 24, None, "vague")),
        ("hundreds of detainees", ("hundreds", 200, None, "vague")),
        ("thousands of captives", ("thousands", 2000, None, "vague")),
        ("tens of thousands of people", ("tens of thousands", 20000, None, "vague")),
    ],
)
def test_ranges_and_qualifiers(text: str, expected: tuple) -> None:
    assert figures(text)[0] == expected


def test_half_a_dozen_is_six_not_a_dozen() -> None:
    assert figures("Rebels let half a dozen aid workers go.") == [("half a dozen", 6, 6, "exact")]
    assert figures("Half a dozen sailors were freed.") == [("Half a dozen", 6, 6, "exact")]


def test_handed_over_is_not_a_qualifier() -> None:
    assert figures("the sides handed over 75 captives") == [("75", 75, 75, "exact")]


@pytest.mark.parametrize(
    "text",
    [
        "talks held in 2023 went nowhere",
        "the 41st swap of the war",
        "a 52-year-old engineer",
        "he was jailed for three years",
        "it lasted 16 days",
        "the meeting on March 16 ended",
        "talks on 9 June ended",
        "a ransom of $500 was paid",
        "turnout was 64% this time",
        "call +7 495 123 45 67 for details",
        "at 6:30 p.m. the buses left",
        "the figures of the 1990s",
        "the worst since World War II",
        "the 2022-2023 winter",
    ],
)
def test_numbers_that_count_no_one(text: str) -> None:
    assert figures(text) == []


def test_qualifier_after_an_opening_quote() -> None:
    assert figures('he said: "over 200 people came home"')[0] == ("over 200", 201, None, "at_least")


def test_word_ordinals_are_not_figures() -> None:
    assert figures("on the second day of the third round") == []


def test_figure_spans_point_into_the_text() -> None:
    s = "Officials said 1,250 men and 300 women were freed."
    assert [s[q.num_start : q.num_end] for q in find_quantities(s)] == ["1,250", "300"]


@pytest.mark.parametrize(
    ("text", "value"),
    [("on March 4 25 soldiers came home", 25), ("by Oct. 9 12 people were freed", 12)],
)
def test_a_count_right_after_a_month_and_its_day_is_a_figure(text: str, value: int) -> None:
    assert [f[1] for f in figures(text)] == [value]


def test_a_year_right_after_a_month_and_its_day_is_no_figure() -> None:
    assert figures("the swap of June 7 2024 was the first") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kyiv said 1.000 prisoners would be swapped.", 1000),
        ("Some 12.500 detainees remain in the camps.", 12500),
        ("They freed 1.200.000 people over the years.", 1_200_000),
    ],
)
def test_dots_between_thousands_are_group_separators(text: str, value: int) -> None:
    assert [f[1] for f in figures(text)] == [value]


def test_a_decimal_before_a_scale_word_stays_a_decimal() -> None:
    assert [f[1] for f in figures("Aid reached 2.5 million people.")] == [2_500_000]


@pytest.mark.parametrize(
    ("text", "value"),
    [("on Oct. 9 120 prisoners came home", 120), ("by March 21 450 soldiers were back", 450)],
)
def test_a_three_digit_count_right_after_a_day_of_a_month_is_no_thousands_group(
    text: str, value: int
) -> None:
    assert [f[1] for f in figures(text)] == [value]
