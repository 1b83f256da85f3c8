"""Days told as a count of days from another day (own sentences): from the publication
day ("two days ago", "a week ago", "the day before yesterday"), or from the day the same
sentence names before them ("a day later", "two days earlier"); none where the sentence
names no day for them to count from, or where the count dates another event (a capture,
talks, a clause opened by "since")."""

from __future__ import annotations

import datetime as dt

import pytest
from swaptally.extract import extract_facts

D = dt.date
SAT = D(2024, 3, 9)  # a Saturday


def days(text: str, lang: str = "en") -> list[tuple[int, D | None]]:
    return [(f.low, f.date) for f in extract_facts(text, SAT, lang=lang)]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a count in words, then "ago": so many days before publication
        ("Three days ago Serbia sent 7 Kosovar policemen home to Kosovo.", "en", D(2024, 3, 6)),
        # a count in figures
        ("Kosovo handed 4 Serbian customs officers back to Serbia 5 days ago.", "en",
         D(2024, 3, 4)),
        # "a day ago": one
        ("Georgia let 9 Russian border guards return to Russia a day ago.", "en",
         D(2024, 3, 8)),
        # weeks: seven days each
        ("A week ago Pakistan freed 22 Indian fishermen.", "en", D(2024, 3, 2)),
        ("India released 14 Pakistani fishermen two weeks ago.", "en", D(2024, 2, 24)),
        # a fixed phrase: two days back ("yesterday" in it is not the day)
        ("The day before yesterday Chad freed 6 Sudanese traders.", "en", D(2024, 3, 7)),
    ],
)  # fmt: skip
def test_a_count_of_days_ago_counts_back_from_publication(text, lang, want):
    got = days(text, lang)
    assert got and all(day == want for _, day in got)


def test_the_day_after_tomorrow_is_two_days_ahead_for_a_plan() -> None:
    got = days("Serbia is to hand 8 Kosovar farmers back to Kosovo the day after tomorrow.")
    assert got == [(8, D(2024, 3, 11))]


def test_a_count_of_days_later_counts_from_the_day_the_sentence_named() -> None:
    text = (
        "On Tuesday Moldova handed 3 Russian soldiers back to Russia, and two days later "
        "Russia freed 5 Moldovan volunteers."
    )
    assert (5, D(2024, 3, 7)) in days(text)


def test_a_count_of_days_earlier_counts_back_from_the_statement_day() -> None:
    # the statement is Thursday's; the handover it tells was a day before it
    text = "Yerevan said on Thursday that Baku had freed 4 Armenian shepherds a day earlier."
    assert days(text) == [(4, D(2024, 3, 6))]


def test_a_count_of_days_earlier_with_no_day_before_it_takes_none_of_its_own() -> None:
    # counted from another sentence's day: this sentence alone does not fix it
    got = days("Three days earlier Niger had freed 11 Beninese lorry drivers.")
    assert got and all(day != D(2024, 3, 6) for _, day in got)


def test_a_count_of_days_ago_after_a_participle_of_capture_is_no_handover_day() -> None:
    # the captors free the people first; the participle after them tells when they were
    # taken, with no preposition before the count
    got = days("The militia released 23 fishermen seized off the coast a week ago.")
    assert got and all(day != D(2024, 3, 2) for _, day in got)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mali freed 16 Ivorian soldiers more than two weeks ago.", "en"),
    ],
)  # fmt: skip
def test_a_count_of_days_ago_told_as_more_or_less_fixes_no_day(text, lang):
    assert all(day is None for _, day in days(text, lang))


@pytest.mark.parametrize(
    "text",
    [
        # the talks' day: the handover has a day of its own
        "The envoys settled the terms at talks in Oman a week ago, and on Thursday Yemen's "
        "rebels freed 35 Saudi soldiers.",
        # another event's day, in a clause opened by "since"
        "Ethiopia and Eritrea swapped 45 captives each on Thursday, the first swap since a "
        "border clash three days earlier.",
    ],
)
def test_a_count_of_days_after_another_event_dates_that_event(text):
    got = days(text)
    assert got and all(day == D(2024, 3, 7) for _, day in got)


@pytest.mark.parametrize(
    "text",
    [
        "Two weeks ago the Houthis agreed with Riyadh to hand over 60 Saudi prisoners.",
        "At talks in Muscat two weeks ago, the Houthis promised to free 60 Saudi prisoners.",
    ],
)
def test_a_count_of_days_ago_is_no_day_for_a_plan(text):
    # a day before publication: the day a plan was made, never the one it is for
    got = days(text)
    assert got and all(day is None for _, day in got)
