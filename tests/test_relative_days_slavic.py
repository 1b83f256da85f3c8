"""Russian and Ukrainian days told as a count of days (own sentences): from the
publication day ("три дня назад", "тиждень тому"), or from the day the same sentence names
before them ("двумя днями ранее", "днем раніше"); none where it names none."""

from __future__ import annotations

import datetime as dt

import pytest
from swaptally.extract import extract_facts

D = dt.date
SAT = D(2024, 3, 9)  # a Saturday


def days(text: str, lang: str) -> list[tuple[int, D | None]]:
    return [(f.low, f.date) for f in extract_facts(text, SAT, lang=lang)]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a number word, then a day unit in its case, then "назад"
        ("Два дня назад Грузия передала России 6 российских пограничников.", "ru",
         D(2024, 3, 7)),
        # figures; "тому назад"
        ("Армения вернула Азербайджану 9 азербайджанских солдат 4 дня тому назад.", "ru",
         D(2024, 3, 5)),
        # no count: one day; one week
        ("Молдова передала России 3 российских военнослужащих день назад.", "ru",
         D(2024, 3, 8)),
        ("Неделю назад Казахстан освободил 15 киргизских рыбаков.", "ru", D(2024, 3, 2)),
        # Ukrainian "тому"
        ("Три дні тому Україна передала Росії 20 російських військовополонених.", "uk",
         D(2024, 3, 6)),
        ("Польща звільнила 5 білоруських громадян тиждень тому.", "uk", D(2024, 3, 2)),
        ("Молдова передала Росії 2 російських військових день тому.", "uk", D(2024, 3, 8)),
    ],
)  # fmt: skip
def test_a_slavic_count_of_days_ago_counts_back_from_publication(text, lang, want):
    got = days(text, lang)
    assert got and all(day == want for _, day in got)


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # the day named first is the statement's; the count goes back from it
        ("В четверг Баку заявил, что двумя днями ранее передал Армении 7 армянских "
         "военнослужащих.", "ru", D(2024, 3, 5)),
        ("У середу Мінськ повідомив, що днем раніше звільнив 4 литовських громадян.", "uk",
         D(2024, 3, 5)),
    ],
)  # fmt: skip
def test_a_slavic_count_of_days_earlier_counts_from_the_day_named_before(text, lang, want):
    got = days(text, lang)
    assert got and all(day == want for _, day in got)


def test_a_slavic_count_of_days_later_counts_forward_from_the_day_named_before() -> None:
    text = (
        "Армения передала Азербайджану 12 военнослужащих во вторник, а тремя днями позже "
        "Азербайджан вернул Армении 4 армянских солдат."
    )
    assert (4, D(2024, 3, 8)) in days(text, "ru")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Днем ранее Казахстан передал Киргизии 8 киргизских пограничников.", "ru"),
        ("Двома днями раніше Польща звільнила 6 білоруських громадян.", "uk"),
    ],
)  # fmt: skip
def test_a_slavic_count_of_days_earlier_with_no_day_before_it_dates_nothing(text, lang):
    assert all(day is None for _, day in days(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Армения передала Азербайджану 5 азербайджанских солдат почти неделю назад.", "ru"),
        ("Польща звільнила 3 білоруських громадян понад тиждень тому.", "uk"),
    ],
)  # fmt: skip
def test_a_slavic_count_of_days_ago_told_as_more_or_less_fixes_no_day(text, lang):
    assert all(day is None for _, day in days(text, lang))


def test_digits_joined_to_a_name_by_a_dash_count_no_days() -> None:
    # "Ан-32" is an aircraft: "32 тижнями раніше" is no count
    text = (
        "30 грузинів повернулися додому 4 березня, через рік після аварії Ан-32 тижнем "
        "раніше в Чорному морі."
    )
    got = days(text, "uk")
    assert got and all(day == D(2024, 3, 4) for _, day in got)
