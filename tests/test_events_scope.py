"""Scope of a figure (stage, operation, running total) and background figures."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from event_facts import FRI, build, day, fact, summable
from swaptally.events.attribution import mediators_named
from swaptally.events.scope import figure_scope


@pytest.mark.parametrize(
    ("sentence", "figure", "scope"),
    [
        (
            "Since February 2022 some 4,812 Ukrainians have come home from captivity.",
            4812,
            "running",
        ),
        ("Kyiv says 2,903 defenders were returned in 41 exchanges.", 2903, "running"),
        ("In total 6,120 soldiers have been freed, the ombudsman said.", 6120, "running"),
        ("So far 880 civilians have been brought back.", 880, "running"),
        ("Over these two days 512 people came home, he wrote.", 512, "operation"),
        ("The headquarters counted 1 450 returned as of June 3.", 1450, "running"),
        ("На сегодня всего из плена вернулись 3 120 человек.", 3120, "running"),
        ("Загалом з початку війни додому повернулися 2 700 оборонців.", 2700, "running"),
        ("On Friday 212 soldiers came home in the largest swap since the summer.", 212, "stage"),
        ("Some 212 soldiers came home, the first swap since October.", 212, "stage"),
        ("Of the 212 freed, 40 had been held in captivity since 2014.", 40, "stage"),
        ("Of them, 12 medics had been in captivity since the siege.", 12, "stage"),
        # returned from captivity since a start: a count over the span, whatever starts it
        (
            "The minister said 2,210 soldiers have come back from captivity since the war began.",
            2210,
            "running",
        ),
        (
            "Some 3,075 captives were freed from captivity since the invasion in March 2022.",
            3075,
            "running",
        ),
        ("The two sides swapped 88 prisoners each on Friday.", 88, "stage"),
        # a count so far of an operation still under way, or bounded by its truce
        ("Both sides have freed 270 captives so far, with more due on Saturday.", 270, "operation"),
        ("So far 61 hostages have been let go during the truce.", 61, "operation"),
        ("Kyiv got 90 soldiers back on Friday, with more handovers due today.", 90, "stage"),
    ],
)
def test_scope_of_a_figure_from_its_clause(sentence, figure, scope):
    assert figure_scope(sentence, figure, figure, FRI, None, None)[0] == scope


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        (
            "Friday's handover brings the number of soldiers freed this year to 1,245.",
            {1245: "running"},
        ),
        (
            "A total of 27 were freed, bringing the number released under the deal to 112.",
            {27: "stage", 112: "running"},
        ),
        ("That brings to 12 the number of aid workers let go by the militia.", {12: "running"}),
        # a number word is not found in its sentence: no cue that needs the figure's place
        ("Nine were freed on Friday, bringing the total to 40.", {9: "stage", 40: "running"}),
        (
            "Еще 40 человек вернулись домой, доведя общее число освобожденных до 1 890.",
            {40: "stage", 1890: "running"},
        ),
    ],
)
def test_a_total_the_days_news_brings_up_is_running_and_the_news_a_stage(sentence, figures):
    for figure, scope in figures.items():
        assert figure_scope(sentence, figure, figure, FRI, None, None)[0] == scope


def test_a_cue_in_another_clause_does_not_change_the_figure():
    sentence = "Today 212 soldiers came home; since 2022 the total has reached 4,812."
    assert figure_scope(sentence, 212, 212, FRI, None, None)[0] == "stage"
    assert figure_scope(sentence, 4812, 4812, FRI, None, None)[0] == "running"


def test_a_long_period_ending_at_publication_is_a_running_total():
    start = dt.date(2022, 3, 1)
    assert figure_scope("4,812 returned.", 4812, 4812, FRI, start, FRI)[0] == "running"
    assert figure_scope("1,000 over three days.", 1000, 1000, FRI, day(-2), FRI)[0] == "operation"


def test_a_superlative_since_is_not_a_period():
    # extraction read "since January" as a period; the clause says it is one swap
    sentence = "On Thursday the sides swapped 64 captives each, the first swap since January."
    row = fact(
        "a", 64, date=None, period_start=dt.date(2025, 1, 1), period_end=FRI, sentence=sentence
    )
    facts, events, _, _ = build(row, fact("b", 64, date=day(-1)))
    assert facts.filter(pl.col("doc_id") == "a")["scope"].to_list() == ["stage"]
    assert summable(events) == [(day(-1), 64)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Last time, 48 soldiers were handed over.",
        "In the previous exchange 48 soldiers came home.",
        "In December 2024, 48 soldiers were freed in a swap.",
        "Тогда в Украину вернулись 48 военных.",
        "In that exchange 48 Armenian soldiers went home and Baku got 12 back.",
        "Back then, 48 hostages walked free from the compound.",
        "В том обмене Украине передали 48 пленных.",
    ],
)
def test_background_figure_does_not_take_the_publication_day(sentence):
    today = fact("a", 15, sentence="On Friday 15 captives came home.")
    recalled = fact("a", 48, sentence=sentence)  # extraction gave it the article's day
    facts, events, _, _ = build(today, recalled)
    assert summable(events) == [(FRI, 15)]
    assert facts.filter(pl.col("low") == 48)["date"].to_list() == [None]


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        ("In the previous swap Yerevan got 31 men back, while Baku received 29.", 31, 29),
        ("Last month's exchange returned 64 Ukrainians, whereas Russia got back 58.", 64, 58),
        ("В ходе предыдущего обмена Киев получил 73 бойца, а Москва вернула 70.", 73, 70),
        ("Минулого разу додому повернулися 41 оборонець, тоді як Росія отримала 39.", 41, 39),
        ("In December 2024 Kyiv got 48 soldiers home, while Moscow took back 46.", 48, 46),
    ],
)
def test_a_recap_in_two_halves_is_background_in_both(sentence, first, second):
    # the second half of a recap has no cue of its own: the first half's holds for it
    for figure in (first, second):
        assert figure_scope(sentence, figure, figure, FRI, None, None)[:2] == ("stage", True)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Last time 80 Armenians came home, while today 12 were handed over.", 12),
        ("В прошлый раз вернули 150 человек, а сегодня домой приехали 95.", 95),
        ("Russia said 150 were swapped, while Ukraine said 189 came home.", 189),
        ("Росія заявила про 150 звільнених, тоді як Україна нарахувала 189.", 189),
        ("On Friday 300 soldiers came home, more than in the previous swap.", 300),
        ("Some 212 were freed, the largest number since the last exchange.", 212),
        ("As last time, the Red Cross took part, while 64 detainees walked free.", 64),
        ("Как и в прошлый раз, обмен прошел в Беларуси, а домой вернулись 95 военных.", 95),
    ],
)
def test_news_of_the_day_beside_a_recap_or_a_comparison_is_not_background(sentence, figure):
    assert figure_scope(sentence, figure, figure, FRI, None, None)[:2] == ("stage", False)


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("The swap comes two weeks after the sides traded 84 prisoners each.", {84: True}),
        ("Israel freed 90 prisoners on Monday, hours after Hamas let 4 hostages go.", {4: False}),
        ("Kyiv got 50 soldiers back, two weeks after the talks in Geneva.", {50: False}),
        (
            "Обмен прошел спустя две недели после того, как стороны передали по 84 пленных.",
            {84: True},
        ),
    ],
)
def test_a_handover_told_after_a_span_of_time_is_background(sentence, figures):
    for figure, background in figures.items():
        assert figure_scope(sentence, figure, figure, FRI, None, None)[:2] == ("stage", background)


@pytest.mark.parametrize(
    "sentence",
    [
        "In the previous exchange, in January, 61 Ukrainians came home.",
        "Під час попереднього обміну в січні Росія повернула 61 військового.",
    ],
)
def test_a_recaps_month_read_as_a_span_is_no_running_total(sentence):
    # extraction may read the month of a recap as a span up to the publication day
    start = dt.date(2025, 1, 1)
    assert figure_scope(sentence, 61, 61, FRI, start, FRI)[:2] == ("stage", True)
    assert figure_scope("Since January 61 have come home.", 61, 61, FRI, start, FRI)[0] == (
        "running"
    )
    # a span of its own ("last year") keeps its figure a total of that span
    last_year = "Last year the Red Cross helped free a total of 61 hostages."
    assert figure_scope(last_year, 61, 61, FRI, dt.date(2024, 1, 1), FRI)[0] == "running"


def test_a_recap_told_in_a_while_clause_is_not_mirrored_into_a_new_stage():
    # a like-for-like plan made both sides symmetric; the recap's second half named one
    # side's earlier count with no day, and took the article's day
    recap = "In the previous exchange 25 Ukrainians returned, while Russia got 27 back."
    rows = [
        fact("a", 500, status="planned", date=day(7), sentence="Each side will free 500."),
        fact("a", 500, status="planned", persons_of="RU", held_by="UA", date=day(7)),
        fact("a", 27, persons_of="RU", held_by="UA", sentence=recap),
    ]
    _, events, _, _ = build(*rows)
    assert summable(events, "RU") == [] and summable(events, "UA") == []


def test_background_recalled_exchange_keeps_its_own_date_and_stays_apart():
    # a story on 15 freed on Friday that recalls 32 freed in an earlier exchange
    lead = fact(
        "a", 15, persons_of="AM", held_by="AZ", sentence="Fifteen Armenians came home on Friday."
    )
    recall = fact(
        "a",
        32,
        persons_of="AM",
        held_by="AZ",
        date=dt.date(2024, 12, 6),
        sentence="It recalls an exchange in December 2024 in which 32 soldiers were freed.",
    )
    _, events, _, _ = build(lead, recall)
    stage = events.filter(pl.col("summable") & (pl.col("date") == FRI)).to_dicts()
    assert [(r["best"], r["low"], r["disputed"]) for r in stage] == [(15, 15, False)]
    assert summable(events, "AM") == [(dt.date(2024, 12, 6), 32), (FRI, 15)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Yesterday the two sides swapped 40 captives each, the first exchange since January.",
        "The 40 sailors came home late on Thursday in the largest handover since December.",
    ],
)
def test_a_month_named_by_a_superlatives_since_does_not_make_a_figure_background(sentence):
    # the figure took the day before publication; the month bounds it ("the first since")
    facts, events, _, _ = build(fact("a", 40, date=day(-1), sentence=sentence))
    assert facts["background"].to_list() == [False]
    assert summable(events) == [(day(-1), 40)]


def test_a_figure_of_another_month_dated_the_day_before_publication_is_dropped():
    sentence = "Back in January, 40 captives were home after the swap."
    facts, _, _, _ = build(fact("a", 40, date=day(-1), sentence=sentence))
    assert facts["date"].to_list() == [None]


def test_agreement_day_is_not_the_handover_day():
    sentence = "Under the agreements reached on March 2, 120 servicemen were returned."
    _, events, _, _ = build(fact("a", 120, date=dt.date(2025, 3, 2), sentence=sentence))
    assert summable(events) == [(FRI, 120)]


def test_mediator_named_beside_a_mediation_cue():
    sentences = ["The swap was mediated by the United Arab Emirates.", "Turkey is a country."]
    assert mediators_named(sentences) == "United Arab Emirates"
    assert mediators_named(["Turkey is a country."]) is None


# The table path (add_scope) reads a clause only where loose polars patterns find a cue in
# the sentence; it must decide every figure as figure_scope does, one by one.
TABLE_SENTENCES = [
    "A sentence without cues, 140 of them.",
    "In the first swap since January, 44 came home.",
    "Since 2022 some 1,240 have come home.",
    "The talks agreed on May 2 led to 77 soldiers coming home.",
    "In December 2023, 56 civilians came home; 903 since the start.",
    "In all 3 005 were freed over these two days.",
    "Some 210 came home on 4 March in the largest swap since the winter.",
    "Prisoners numbering abc410 were returned in 6 exchanges.",
    "Every one of them was freed within2 days, over3 days at most.",
    "ЗА ЦЕЙ ЧАС 1 200 ПОВЕРНУЛИСЯ ДОДОМУ.",
    "SİNCE THE START OF THE YEAR 615 CAME HOME.",
    "They returned 48 wounded, last time only 12.",
    "In the previous swap 31 came home, while 29 went the other way.",
    "In March 2024 some 44 were freed, while today 17 came home.",
    "More than in the previous exchange, 66 were freed, whereas 61 in total went back.",
    "In the previous exchange, in January, 61 Ukrainians came home.",
    "In that swap 57 came home over three days.",
    "Last year a total of 19 were freed, while in the previous swap 23 came home.",
    "A total of 27 were freed, bringing the number released under the deal to 112.",
    "Some 31 came home, two weeks after a swap of 48 for 48.",
    "Торік відбулося пʼять обмінів, у яких повернули 540 людей.",
    "Торік відбулося п’ять обмінів, у яких повернули 540 людей.",
    "Минулого разу повернули 150 людей, а у пʼятницю додому приїхали 95.",
    "Both sides have freed 270 prisoners so far, with further handovers due on Saturday.",
    "Kyiv and Moscow each returned 84 prisoners in the swap, 168 people in total.",
    "В ходе этого обмена стороны передали по 52 пленных, всего 104 человека.",
    "The swap included three medics taken prisoner in 2022.",
    "This exchange brings the number returned since 2022 to 3,900.",
    "All told, 2,950 Ukrainians came home in 2023, the ministry said after the swap.",
    "Altogether 1,960 Armenians have come home, the envoy said of the handover.",
    "Всего за 2024 год из плена вернулись 1 800 украинцев, сообщили после обмена.",
    "Both sides freed 75 each on Friday, the largest swap since both sides freed 100 each in "
    "October 2020.",
    "It was the most significant swap in the region since both sides freed 1,000 detainees in "
    "October 2020.",
    "Since the war began, 3,000 have come home, most of them in 2024.",
    "Another 230 Ukrainians were freed in a swap in 2023.",
    "Last year 64 Armenian soldiers came home in a single exchange.",
    "In 2023, 2,950 Ukrainians came home in swaps.",
]


@pytest.mark.parametrize("sentence", TABLE_SENTENCES)
def test_the_table_decides_each_figure_as_figure_scope_does(sentence):
    from swaptally.events.scope import scope_columns

    figures = [int(n.replace(",", "").replace(" ", "")) for n in _numbers(sentence)]
    rows = [
        (sentence, n, n, published, start, end)
        for n in figures
        for published in (None, dt.date(2024, 3, 8), dt.date(2025, 5, 1))
        for start, end in ((None, None), (dt.date(2024, 1, 1), None), (FRI, day(3)))
    ]
    names = ["sentence", "low", "high", "published", "period_start", "period_end"]
    table = pl.DataFrame(rows, schema=names, orient="row")
    found = scope_columns(table)
    for row, scope, background in zip(rows, found["scope"], found["background"], strict=True):
        assert (scope, background) == figure_scope(*row)[:2], row


def _numbers(sentence: str) -> list[str]:
    import re

    return re.findall(r"\d[\d,]*(?: \d\d\d)*", sentence)


def test_loose_patterns_take_every_letter_pythons_re_takes():
    """polars' (?i) and Python's re.IGNORECASE differ on a few letters (İ, ı for i); the
    loose patterns must never miss what the exact cue patterns would find."""
    import re

    from swaptally.events.scope_cues import LOOSE_EXTRA, _loose_text, load_scope_lexicon

    lex = load_scope_lexicon()
    letters = {
        ch
        for cues in (lex.running, lex.operation, lex.background, lex.agreement)
        for _, pattern in cues.cues
        for ch in pattern.pattern
        if ch.isalpha()
    }
    cased = [
        chr(i)
        for i in range(0x110000)
        if not 0xD800 <= i < 0xE000 and (chr(i).lower() != chr(i) or chr(i).upper() != chr(i))
    ]
    pool = pl.Series(cased)
    for ch in sorted(letters):
        python = {t for t in cased if re.fullmatch(re.escape(ch), t, re.IGNORECASE)}
        loose = set(pool.filter(pool.str.contains(f"(?i)^{_loose_text(ch)}$")).to_list())
        assert python <= loose, (ch, sorted(python - loose), LOOSE_EXTRA)


@pytest.mark.parametrize("apostrophe", ["'", "\u02bc", "\u2019"])
def test_a_cue_is_found_whatever_apostrophe_the_text_is_typed_with(apostrophe):
    news = f"Минулого разу повернули 150 людей, а у п{apostrophe}ятницю додому приїхали 95."
    assert figure_scope(news, 95, 95, FRI, None, None)[:2] == ("stage", False)
    recap = f"Торік відбулося п{apostrophe}ять обмінів, у яких повернули 540 людей."
    assert figure_scope(recap, 540, 540, FRI, None, None)[0] == "running"
