"""Relative dates resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest
from swaptally.dates import find_dates, find_period, find_spans, ordinal_day, resolve_weekday

SAT = dt.date(2024, 3, 9)  # a Saturday


def days(s: str, published: dt.date | None = SAT) -> list[tuple[str, dt.date | None, str]]:
    return [(s[d.start : d.end], d.past, d.precision) for d in find_dates(s, published)]


def test_publication_weekday_is_the_publication_day() -> None:
    assert days("the handover on Saturday") == [("Saturday", SAT, "day")]


def test_weekday_before_publication_goes_back() -> None:
    assert days("freed on Thursday") == [("Thursday", dt.date(2024, 3, 7), "day")]


def test_planned_weekday_goes_forward() -> None:
    assert resolve_weekday(0, SAT, future=True) == dt.date(2024, 3, 11)
    (mention,) = find_dates("to be freed on Monday", SAT)
    assert mention.future == dt.date(2024, 3, 11)


def test_last_weekday_excludes_publication_day() -> None:
    assert days("last Saturday")[0][1] == dt.date(2024, 3, 2)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("yesterday", dt.date(2024, 3, 8)),
        ("today", SAT),
        ("Tomorrow", dt.date(2024, 3, 10)),
        ("on 4 March", dt.date(2024, 3, 4)),
        ("on March 4", dt.date(2024, 3, 4)),
        ("on Mar. 4, 2023", dt.date(2023, 3, 4)),
        ("on 28 December", dt.date(2023, 12, 28)),  # the nearest year: last December
        ("freed last night", dt.date(2024, 3, 8)),  # the evening before the paper
        ("freed this afternoon", SAT),
    ],
)
def test_day_expressions(text: str, date: dt.date) -> None:
    assert days(text)[0][1] == date


def test_month_only_has_month_precision() -> None:
    assert days("in February the talks stalled") == [("February", dt.date(2024, 2, 1), "month")]
    assert days("it May be late") == []


def test_week_and_vague_times_fix_no_day() -> None:
    assert days("they were freed last week") == []
    assert days("on the last night of the truce") == []
    assert days("in recent weeks and months") == []


def test_since_marks_a_period_start() -> None:
    (mention,) = find_dates("Since April 2022, 900 were freed", SAT)
    assert mention.since and mention.past == dt.date(2022, 4, 1)


def test_no_publication_date_leaves_relative_days_unresolved() -> None:
    assert days("on Friday", None) == []
    assert days("on 4 March 2023", None)[0][1] == dt.date(2023, 3, 4)


def test_explicit_date_beside_a_weekday_wins() -> None:
    assert days("Friday, 8 March") == [("8 March", dt.date(2024, 3, 8), "day")]


def test_periods_and_ordinal_days() -> None:
    assert find_period("400 freed over four days") == 4
    assert find_period("over a two-day period") == 2
    assert find_period("in these two days 500 came home") == 2
    assert find_period("it took three years") is None
    # the days the text has told of, and weeks as days
    assert find_period("600 had come home over the two days") == 2
    assert find_period("to free 33 over six weeks") == 42
    assert find_period("held for six weeks") is None
    assert ordinal_day("on the third day of the swap") == 3
    assert ordinal_day("the first stage") == 1


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Kyiv has brought home 900 people since 2023.", dt.date(2023, 1, 1), SAT),
        ("In total 40 were freed last year.", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        ("So far this year 12 sailors were freed.", dt.date(2024, 1, 1), SAT),
        ("A total of 30 went home in 2022.", dt.date(2022, 1, 1), dt.date(2022, 12, 31)),
        ("Since the start of the war 3,000 came home.", dt.date(2022, 2, 24), SAT),
        # the war named by its side, its adjectives or its official name
        ("Since Moscow's invasion, 2,300 soldiers have come home.", dt.date(2022, 2, 24), SAT),
        (
            "Yerevan says 80 Armenians were returned since the start of the large-scale "
            "Azerbaijani invasion.",
            dt.date(2022, 2, 24),
            SAT,
        ),
        (
            "Kyiv has recovered 150 civilians since the beginning of what Russian officials "
            "call the special military operation.",
            dt.date(2022, 2, 24),
            SAT,
        ),
        ("Since Russia launched its invasion, 6,000 were freed.", dt.date(2022, 2, 24), SAT),
        ("They have freed 400 since the first days of the conflict.", dt.date(2022, 2, 24), SAT),
    ],
)
def test_spans_in_words(text: str, first: dt.date, last: dt.date) -> None:
    (span,) = find_spans(text, SAT, war_start=dt.date(2022, 2, 24))
    assert (span.first, span.last) == (first, last)


def test_no_span_for_a_record_or_an_unknown_war() -> None:
    assert (
        find_spans("It was the largest swap since the war began.", SAT, dt.date(2022, 2, 24)) == []
    )
    assert find_spans("Since the start of the war 3,000 came home.", SAT) == []
    # a capitalised word before "war" that is no nationality names another war
    war = dt.date(2022, 2, 24)
    assert find_spans("It is the first such deal since the Cold War.", SAT, war) == []


def test_a_day_told_from_the_day_named_before_it() -> None:
    assert days("said on Thursday that 84 had come home the day before") == [
        ("Thursday", dt.date(2024, 3, 7), "day"),
        ("the day before", dt.date(2024, 3, 6), "day"),
    ]
    assert days("on 2 March, and 20 more the previous day") == [
        ("2 March", dt.date(2024, 3, 2), "day"),
        ("the previous day", dt.date(2024, 3, 1), "day"),
    ]
    # later in the day: the publication day when the sentence names none
    assert days("90 prisoners are due to go free later in the day") == [
        ("later in the day", SAT, "day")
    ]
    # told from another sentence's day, or from an event: no day of its own
    assert days("The same day, 30 were freed.") == []
    assert days("Officials met the day before the swap.") == []
    assert days("The swap came a day earlier than planned.") == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # SAT is a Saturday: a quote's "today" with its weekday, written on the Friday
        ('"They came home today (Friday)," the office said.', dt.date(2024, 3, 8)),
        ("the guards were freed yesterday, March 6, near the border", dt.date(2024, 3, 6)),
    ],
)  # fmt: skip
def test_a_day_named_right_after_a_relative_word_wins_over_it(text: str, day: dt.date) -> None:
    assert [d for _, d, _ in days(text)] == [day]
