"""Figures read as running totals that are none: a part of a larger total, a count of
exchanges. Each construction in two unlike wordings (another conflict, another wording)."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from event_facts import FRI, build, day, fact, summable
from swaptally.extract import extract_facts, load_lexicon

LEX = load_lexicon()
SAT = dt.date(2024, 3, 9)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "She recalled that since October 2023, 14 prisoner-of-war exchanges have been "
            "held and 205 Israelis have been freed.",
            205,
        ),
        (
            "Since the start of the fighting Yerevan has taken part in 9 detainee swaps, "
            "which brought 312 Armenians home.",
            312,
        ),
    ],
)
def test_a_count_of_exchanges_counts_no_people(text: str, people: int) -> None:
    figures = sorted({f.low for f in extract_facts(text, SAT, LEX)})
    assert figures == [people]


def test_people_beside_an_exchanges_ordinal_still_count() -> None:
    text = "Russia and Ukraine exchanged 64 prisoners each on Friday, their 40th swap."
    assert {f.low for f in extract_facts(text, SAT, LEX)} == {64}


@pytest.mark.parametrize(
    ("sentence", "whole", "part", "sides"),
    [
        (
            "Since the war began, 1,850 Armenians have come home from Azerbaijani captivity, "
            "among them 240 civilians.",
            1850,
            240,
            ("AM", "AZ"),
        ),
        (
            "So far in the war, Israel has released 3,100 Palestinian prisoners through "
            "exchanges, while a further 410 were freed outside any deal.",
            3100,
            410,
            ("PS", "IL"),
        ),
    ],
)
def test_a_part_of_a_running_total_is_no_running_total(
    sentence: str, whole: int, part: int, sides: tuple[str, str]
) -> None:
    start = dt.date(2022, 2, 24)
    po, hb = sides
    common = dict(date=None, period_start=start, period_end=FRI, sentence=sentence, persons_of=po)
    rows = [
        fact("a", whole, held_by=hb, **common),
        fact("a", part, held_by=hb, category="civilian", **common),
        # the same figure in another text is its own claim
        fact("b", part, held_by=hb, **{**common, "sentence": "So far 410 came home."}),
    ]
    _, _, _, claims = build(*rows)
    assert sorted(claims.select("doc_id", "low").rows()) == [("a", whole), ("b", part)]


@pytest.mark.parametrize(
    ("sentence", "figure", "period", "scope"),
    [
        # a sum of the exchange the clause names, not a running total
        ("Kyiv and Moscow each returned 84 prisoners in the swap, 168 people in total.", 84,
         None, "stage"),
        ("Kyiv and Moscow each returned 84 prisoners in the swap, 168 people in total.", 168,
         None, "stage"),
        ("В ходе этого обмена стороны передали по 52 пленных, всего 104 человека.", 104, None,
         "stage"),
        ("Overall, the exchange brought 26 detainees of five nations home.", 26, None, "stage"),
        # a year about the people of that exchange, not a span of the figure
        ("The swap included three medics taken prisoner in 2022.", 3, "2022", "stage"),
        # a count over time stays one, with an exchange named or a total cue alone
        ("This exchange brings the number returned since 2022 to 3,900.", 3900, "2022",
         "running"),
        ("In total, 2,800 Armenians have come home through exchanges.", 2800, None, "running"),
        ("Загалом з початку війни з полону повернулися 4 300 українців.", 4300, "2022",
         "running"),
    ],
)  # fmt: skip
def test_a_sum_of_one_named_exchange_is_no_running_total(
    sentence: str, figure: int, period: str | None, scope: str
) -> None:
    from swaptally.events.scope import figure_scope

    start = dt.date(int(period), 1, 1) if period else None
    assert figure_scope(sentence, figure, figure, FRI, start, FRI if start else None)[0] == scope


@pytest.mark.parametrize(
    ("total", "carried", "sides"),
    [
        (
            "Since the invasion began, 4,300 Ukrainians have come home from captivity.",
            "Another 210 were returned outside the exchanges, the ombudsman added.",
            ("UA", "RU"),
        ),
        (
            "So far in the conflict, 1,420 Armenians have been returned by Azerbaijan.",
            "Among them, 230 civilians.",
            ("AM", "AZ"),
        ),
    ],
)
def test_a_figure_carrying_on_a_running_total_is_no_figure_of_the_days_stage(
    total: str, carried: str, sides: tuple[str, str]
) -> None:
    po, hb = sides
    day_swap = "The two sides swapped 120 prisoners each on Friday."
    start = dt.date(2022, 2, 24)
    whole, part = (int(n.replace(",", "")) for n in (total.split()[-8:] + carried.split())
                   if n.replace(",", "").isdigit())  # fmt: skip
    rows = [
        fact("a", 120, persons_of=po, held_by=hb, sentence=day_swap, sentence_no=0),
        fact("a", whole, persons_of=po, held_by=hb, sentence=total, sentence_no=1, date=None,
             period_start=start, period_end=FRI),
        # extraction gave the carried figure the day of the text's swap
        fact("a", part, persons_of=po, held_by=hb, sentence=carried, sentence_no=2),
        fact("b", 120, persons_of=po, held_by=hb, sentence=day_swap),
    ]  # fmt: skip
    _, events, _, claims = build(*rows)
    stage = events.filter(pl.col("summable"), pl.col("persons_of") == po)
    assert stage.select("date", "best", "disputed").rows() == [(FRI, 120, False)]
    assert claims.select("low").to_series().to_list() == [whole]


def test_a_figure_with_a_time_of_its_own_after_a_running_total_is_the_days() -> None:
    total = "Since the invasion began, 4,300 Ukrainians have come home from captivity."
    today = "Another 95 came home today."
    rows = [
        fact("a", 4300, sentence=total, date=None, period_start=dt.date(2022, 2, 24),
             period_end=FRI),
        fact("a", 95, sentence=today, sentence_no=1),
    ]  # fmt: skip
    _, events, _, _ = build(*rows)
    assert events.filter("summable").select("date", "best").rows() == [(FRI, 95)]


@pytest.mark.parametrize(
    ("sentence", "figure", "period"),
    [
        # a total over a year or a span, with an exchange named beside it
        ("All told, 2,950 Ukrainians came home in 2023, the ministry said after the swap.",
         2950, "2023"),
        ("In total, 3,400 soldiers were freed in 2024 through the exchange programme.", 3400,
         "2024"),
        ("Всего за 2024 год из плена вернулись 1 800 украинцев, сообщили после обмена.",
         1800, "2024"),
        # a total, the exchange named only after a statement's verb
        ("Altogether 1,960 Armenians have come home, the envoy said of the handover.", 1960,
         None),
    ],
)  # fmt: skip
def test_a_total_over_a_span_stays_running_whatever_exchange_is_named(
    sentence: str, figure: int, period: str | None
) -> None:
    from swaptally.events.scope import figure_scope, scope_columns

    start = dt.date(int(period), 1, 1) if period else None
    end = FRI if start else None
    assert figure_scope(sentence, figure, figure, FRI, start, end)[0] == "running"
    table = pl.DataFrame(
        [(sentence, figure, figure, FRI, start, end)],
        schema={"sentence": pl.String, "low": pl.Int64, "high": pl.Int64,
                "published": pl.Date, "period_start": pl.Date, "period_end": pl.Date},
        orient="row",
    )  # fmt: skip
    assert scope_columns(table)["scope"].to_list() == ["running"]


def test_a_reviewers_scope_wins_over_a_figure_carrying_on_a_total() -> None:
    from swaptally import tables
    from swaptally.events.scope import add_scope

    total = "Since the war began, 3,700 Ukrainians have been freed from captivity."
    carried = "Another 64 were returned by a separate deal, the ombudsman said."
    rows = [
        fact("a", 3700, sentence=total, date=None, period_start=dt.date(2022, 2, 24),
             period_end=FRI),
        fact("a", 64, sentence=carried, sentence_no=1),
    ]  # fmt: skip
    facts = tables.frame(rows, tables.FACT_COLUMNS)
    assert add_scope(facts)["scope"].to_list() == ["running", "running"]
    corrected = add_scope(facts.with_columns(scope=pl.Series([None, "stage"], dtype=pl.String)))
    assert corrected.select("scope", "date").rows() == [("running", None), ("stage", FRI)]


def test_a_figure_of_the_other_side_does_not_carry_on_a_total() -> None:
    total = "Since 2022, 4,800 Ukrainians have come back from Russian captivity."
    other = "Another 55 Russian servicemen were handed over to Moscow."
    rows = [
        fact("a", 4800, sentence=total, date=None, period_start=dt.date(2022, 1, 1),
             period_end=FRI),
        fact("a", 55, persons_of="RU", held_by="UA", sentence=other, sentence_no=1),
    ]  # fmt: skip
    _, events, _, _ = build(*rows)
    assert summable(events, "RU") == [(FRI, 55)]


@pytest.mark.parametrize(
    ("first", "second", "figures", "speakers"),
    [
        (
            "Kyiv says 2,500 of its people have come home since the invasion began.",
            "Moscow puts the number it has handed back at 1,900.",
            (2500, 1900),
            ("Kyiv", "Moscow"),
        ),
        (  # one body of two states: the last words agree, the states do not
            "Ukraine's defence ministry says 2,480 soldiers have come home since 2022.",
            "Russia's defence ministry gives 1,730 for the same years.",
            (2480, 1730),
            ("Ukraine's defence ministry", "Russia's defence ministry"),
        ),
        (
            "The Armenian ombudsman counts 640 detainees returned since the war began.",
            "Baku's commission gives 410 for the same period.",
            (640, 410),
            ("the Armenian ombudsman", "Baku's commission"),
        ),
    ],
)
def test_two_speakers_totals_in_one_text_are_rival_claims_not_parts(
    first: str, second: str, figures: tuple[int, int], speakers: tuple[str, str]
) -> None:
    common = dict(date=None, period_start=dt.date(2022, 2, 24), period_end=FRI)
    rows = [
        fact("a", figures[0], sentence=first, said_by=speakers[0], **common),
        fact("a", figures[1], sentence=second, sentence_no=1, said_by=speakers[1], **common),
    ]
    _, _, _, claims = build(*rows)
    assert sorted(claims.select("low", "said_by").rows()) == sorted(
        zip(figures, speakers, strict=True)
    )


def test_one_speakers_part_named_again_is_still_a_part() -> None:
    said = "So far 2,200 have come home, among them 180 civilians, President Sandu said."
    common = dict(date=None, period_start=dt.date(2022, 2, 24), period_end=FRI, sentence=said)
    rows = [
        fact("a", 2200, said_by="President Maia Sandu", **common),
        fact("a", 180, category="civilian", said_by="Sandu", **common),
    ]
    _, _, _, claims = build(*rows)
    assert claims["low"].to_list() == [2200]


@pytest.mark.parametrize(
    ("sentence", "swapped", "freed"),
    [
        ("Since 2022, 3,100 Ukrainians came home in swaps; 410 more were freed outside any "
         "deal.", 3100, 410),
        ("Sudan's army says 900 soldiers returned through exchanges since April 2023, and a "
         "further 120 were let go by the militia unilaterally.", 900, 120),
    ],
)  # fmt: skip
def test_a_release_total_beside_an_exchange_total_is_its_own_claim(
    sentence: str, swapped: int, freed: int
) -> None:
    """The freed outside the swaps are none of the swapped: a claim of its own, compared
    with the one-sided releases the table holds, not with every stage."""
    common = dict(date=None, period_start=dt.date(2022, 2, 24), period_end=FRI, sentence=sentence)
    alone = "Moscow freed 25 Ukrainians on its own, outside any swap."
    rows = [
        fact("a", swapped, **common),
        fact("a", freed, kind="release", **common),
        fact("b", 300, date=day(-30), published=day(-30)),
        fact("c", 25, kind="release", date=day(-60), published=day(-60), sentence=alone),
    ]
    _, events, _, claims = build(*rows)
    assert events.filter("summable").select("kind", "best").sort("best").rows() == [
        ("release", 25), ("exchange", 300)
    ]  # fmt: skip
    got = claims.select("kind", "low", "sum_of_stages").sort("low").rows()
    assert got == [("release", freed, 25), ("exchange", swapped, 325)]


def test_a_release_total_is_set_against_the_largest_exchange_total_beside_it() -> None:
    """Two speakers' exchange totals in one text, the larger first: 410 freed outside the
    swaps is beside the larger (3,100), whichever of the two is stated last."""
    common = dict(date=None, period_start=dt.date(2022, 2, 24), period_end=FRI)
    rows = [
        fact("a", 3100, sentence="Kyiv counts 3,100 returned in swaps since 2022.",
             said_by="Kyiv", **common),
        fact("a", 250, sentence="Moscow says only 250 were exchanged since 2022.", sentence_no=1,
             said_by="Moscow", **common),
        fact("a", 410, kind="release", sentence="Kyiv adds 410 freed outside any deal.",
             sentence_no=2, said_by="Kyiv", **common),
        fact("b", 300, date=day(-30), published=day(-30)),
        fact("c", 25, kind="release", date=day(-60), published=day(-60),
             sentence="Moscow freed 25 Ukrainians on its own, outside any swap."),
    ]  # fmt: skip
    _, _, _, claims = build(*rows)
    assert sorted(claims.select("kind", "low", "sum_of_stages").rows()) == [
        ("exchange", 250, 325), ("exchange", 3100, 325),
        ("release", 410, 25),  # the releases only, not every stage (325)
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "figure", "start", "end"),
    [
        ("In 2023, 1,358 Ukrainians came home from captivity, the ministry said.", 1358,
         dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        ("Last year the Red Cross helped free 19 hostages.", 19,
         dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
    ],
)  # fmt: skip
def test_a_total_over_a_closed_span_is_compared_with_that_span_only(
    sentence: str, figure: int, start: dt.date, end: dt.date
) -> None:
    said_on = dt.date(2025, 3, 14)

    def stage(doc: str, n: int, on: dt.date) -> dict:
        return fact(doc, n, date=on, published=on)

    rows = [
        stage("a", 40, start + dt.timedelta(days=100)),
        stage("b", 60, end - dt.timedelta(days=10)),
        # after the span, before the day the total is said: no stage of it
        stage("c", 75, said_on - dt.timedelta(days=5)),
        fact("d", figure, date=None, period_start=start, period_end=end, sentence=sentence,
             published=said_on),
    ]  # fmt: skip
    _, _, _, claims = build(*rows)
    assert claims.select("low", "since", "sum_of_stages").rows() == [(figure, start, 100)]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("In only these two days, 697 prisoners have come home.", 697),
        ("Both sides have freed 270 soldiers so far, with more due tomorrow.", 270),
    ],
)
def test_an_operation_total_is_compared_with_its_operation_only(sentence: str, figure: int) -> None:
    rows = [
        # an exchange six weeks before: no stage of this operation
        fact("old", 500, date=day(-42), published=day(-42)),
        fact("a", 390, date=day(-1), published=day(-1)),
        fact("b", 307),
        fact("c", figure, sentence=sentence),
    ]
    _, _, _, claims = build(*rows)
    assert claims.select("scope", "low", "sum_of_stages").rows() == [
        ("operation", figure, 697)
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "recalled", "news"),
    [
        ("Russia and Ukraine each freed 75 prisoners on Friday, the largest swap since both "
         "sides freed 100 captives each in October 2020.", 100, 75),
        ("Armenia got back 12 soldiers on Tuesday, the first handover since Baku released 32 "
         "detainees in December 2023.", 32, 12),
        # no superlative before the "since": still the earlier exchange's figure
        ("Aden and Sanaa traded 90 fighters on Friday, the biggest step in the region since "
         "both sides freed 1,000 detainees in October 2020.", 1000, 90),
    ],
)  # fmt: skip
def test_a_figure_of_the_exchange_a_since_clause_recalls_is_background(
    sentence: str, recalled: int, news: int
) -> None:
    """ "… since both sides freed 100 each in October 2020": that figure is of the earlier
    exchange, neither today's stage nor a running total since it."""
    from swaptally.events.scope import figure_scope

    assert figure_scope(sentence, recalled, recalled, SAT, None, None)[:2] == ("stage", True)
    assert figure_scope(sentence, news, news, SAT, None, None)[:2] == ("stage", False)
    # extraction gave both figures the sentence's Friday: only the news is summed
    rows = [fact("a", n, sentence=sentence, date=FRI) for n in (news, recalled)]
    _, events, _, claims = build(*rows)
    assert summable(events) == [(FRI, news)] and claims.is_empty()


@pytest.mark.parametrize(
    ("sentence", "figure", "since"),
    [
        # the "since" phrase ends at its comma: the figure runs from its start
        ("Since the war began, 3,000 have come home, most of them in 2024.", 3000,
         dt.date(2022, 2, 24)),
        ("Since 2022 Ukraine has brought home 3,000 people from captivity.", 3000,
         dt.date(2022, 1, 1)),
    ],
)  # fmt: skip
def test_a_running_total_since_a_start_stays_running(
    sentence: str, figure: int, since: dt.date
) -> None:
    from swaptally.events.scope import figure_scope

    assert figure_scope(sentence, figure, figure, SAT, since, SAT)[0] == "running"


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("She said the exchange included four nurses seized in the northern town of Izium in "
         "2022 and thanked Qatar for its help.", 4),
        ("The coast guard said the handover included a dozen fishermen detained in 2021.", 12),
    ],
)  # fmt: skip
def test_a_year_of_the_people_of_a_named_exchange_in_words_is_no_span(
    sentence: str, figure: int
) -> None:
    """A figure in words ("four nurses") is found in its clause as digits are: the year is
    of their capture, the figure the named exchange's, no running total since that year."""
    from swaptally.events.scope import figure_scope

    year = int(next(w for w in sentence.replace(".", " ").split() if w.startswith("202")))
    scope = figure_scope(sentence, figure, figure, SAT, dt.date(year, 1, 1), SAT)
    assert scope[:2] == ("stage", False)


@pytest.mark.parametrize(
    ("sentence", "figure", "start", "end"),
    [
        ("Another 230 Ukrainians were freed in a swap in 2023.", 230, dt.date(2023, 1, 1),
         dt.date(2023, 12, 31)),
        ("Last year 64 Armenian soldiers came home in a single exchange.", 64,
         dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
    ],
)  # fmt: skip
def test_one_exchange_within_a_year_is_no_running_total_nor_todays(
    sentence: str, figure: int, start: dt.date, end: dt.date
) -> None:
    """ "freed in a swap in 2023": one exchange in that year, its day not given: neither a
    running total over the year nor a handover of the publication day."""
    from swaptally.events.scope import figure_scope

    assert figure_scope(sentence, figure, figure, SAT, start, end)[:2] == ("stage", True)
    row = fact("a", figure, sentence=sentence, date=None, period_start=start, period_end=end,
               published=SAT)  # fmt: skip
    _, events, _, claims = build(row)
    assert claims.is_empty() and not events["summable"].any()


def test_a_total_over_the_years_swaps_stays_running() -> None:
    from swaptally.events.scope import figure_scope

    sentence = "In 2023, 2,950 Ukrainians came home in swaps."
    start, end = dt.date(2023, 1, 1), dt.date(2023, 12, 31)
    assert figure_scope(sentence, 2950, 2950, SAT, start, end)[0] == "running"


@pytest.mark.parametrize(
    "sentence",
    [
        "Since the start of the year, 1,000 Ukrainians have returned from Russian captivity.",
        "Since the beginning of the year Israel has released 420 Palestinian prisoners.",
    ],
)
def test_since_the_start_of_the_year_counts_from_the_first_of_january(sentence: str) -> None:
    """The year is the article's, never the war's first day."""
    (found,) = extract_facts(sentence, SAT, LEX)
    assert (found.period_start, found.period_end) == (dt.date(SAT.year, 1, 1), SAT)


def test_since_the_start_of_a_named_year_counts_from_its_first_day() -> None:
    from swaptally.dates import find_spans

    (span,) = find_spans("Since the start of 2023, 2,100 soldiers came home.", SAT)
    assert (span.first, span.last, span.running) == (dt.date(2023, 1, 1), SAT, True)


@pytest.mark.parametrize(
    ("operation", "so_far", "sides", "start"),
    [
        ("Over 105 hostages have been freed so far during the ceasefire, with more due.",
         "So far, more than 80 Israelis have been released.", ("IL", "PS"),
         dt.date(2023, 10, 7)),
        ("Over three days, 200 Armenians came home in the exchange.",
         "So far, 150 Armenian soldiers have been returned.", ("AM", "AZ"),
         dt.date(2020, 9, 27)),
    ],
)  # fmt: skip
def test_a_bare_so_far_in_a_text_about_an_operation_counts_that_operation(
    operation: str, so_far: str, sides: tuple[str, str], start: dt.date
) -> None:
    """ "So far, more than 80 …" in a text about a truce under way counts the truce's
    releases, not every release since the war began (extraction's start for a bare "so
    far"): an operation's total, compared with the stages of that operation."""
    po, hb = sides
    figure = 81 if "80" in so_far else 150
    side = dict(persons_of=po, held_by=hb)
    rows = [
        # an earlier release, weeks before: not of this operation
        fact("old", 4, date=day(-40), published=day(-40), **side),
        # the operation's three handovers, a day apart
        *(fact(f"s{i}", n, date=day(-i), published=day(-i), **side)
          for i, n in enumerate((30, 25, 35))),
        fact("a", 105 if "105" in operation else 200, date=None, sentence=operation, **side),
        fact("a", figure, date=None, period_start=start, period_end=FRI, sentence=so_far,
             sentence_no=1, qualifier="at_least" if figure == 81 else "exact",
             high=None if figure == 81 else figure, **side),
    ]  # fmt: skip
    _, _, _, claims = build(*rows)
    # no running total since the war: the smaller count so far is a part of the larger
    assert claims.select("scope", "since", "sum_of_stages").rows() == [("operation", None, 90)]


def test_a_bare_so_far_alone_stays_a_running_total_since_the_war_began() -> None:
    so_far = "So far, more than 80 Israelis have been released."
    start = dt.date(2023, 10, 7)
    rows = [
        fact("old", 4, date=day(-40), published=day(-40), persons_of="IL", held_by="PS"),
        fact("a", 81, None, date=None, period_start=start, period_end=FRI, sentence=so_far,
             qualifier="at_least", persons_of="IL", held_by="PS"),
    ]  # fmt: skip
    _, _, _, claims = build(*rows)
    assert claims.select("scope", "since", "sum_of_stages").rows() == [("running", start, 4)]
