"""Russian and Ukrainian dating: how wire and Telegram texts give the day of a handover.

Sentences of our own, two unlike ones per construction (another conflict, another wording).
"""

from __future__ import annotations

import datetime

import pytest
from swaptally.date_source import DateSource
from swaptally.slavic import extract_slavic

D = datetime.date
SAT = D(2025, 6, 14)  # a Saturday


def dated(text: str, lang: str, published: D = SAT) -> set[tuple]:
    """(kind, persons_of, low, date, rule) of each fact."""
    return {
        (f.kind, f.persons_of, f.low, f.date, f.rule) for f in extract_slavic(text, published, lang)
    }


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("Координаційний штаб повідомляє: 12 червня в рамках обміну додому повернулися 95 "
         "українських захисників.", "uk", D(2025, 6, 12)),
        ("Ереван сообщил: «Вчера Азербайджан передал Армении четырёх армянских "
         "военнослужащих».", "ru", D(2025, 6, 13)),
    ],
)  # fmt: skip
def test_a_day_after_a_colon_or_quote_of_a_speech_verb_is_what_is_said(text, lang, date):
    got = extract_slavic(text, SAT, lang)
    assert len(got) == 1 and got[0].date == date


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Минобороны РФ сообщило в пятницу, что из плена вернулись 90 российских военных.", "ru"),
        ("Як заявив у п'ятницю Лубінець, з полону звільнено 40 українських цивільних.", "uk"),
    ],
)  # fmt: skip
def test_a_day_next_to_the_speech_verb_still_dates_the_statement(text, lang):
    got = extract_slavic(text, SAT, lang)
    assert len(got) == 1 and got[0].date is None


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("Сьогодні Україна та Росія обмінялися полоненими за формулою «120 на 120». Крім того, "
         "Росія передала 12 тяжкопоранених військових, яких не враховували в обміні.", "uk",
         SAT),
        ("В четверг Армения и Азербайджан провели обмен пленными по формуле 5 на 5. Сверх "
         "обмена Баку освободил ещё двоих армянских гражданских.", "ru", D(2025, 6, 12)),
    ],
)  # fmt: skip
def test_a_release_beside_the_swap_takes_the_swaps_day(text, lang, date):
    got = [f for f in extract_slavic(text, SAT, lang) if f.kind == "release"]
    assert len(got) == 1 and got[0].date == date and got[0].date_source is DateSource.DOCUMENT


def test_a_pardon_in_a_swap_story_keeps_no_day_of_the_swap():
    text = (
        "В пятницу Россия и Украина обменялись пленными по формуле 84 на 84. Лукашенко "
        "помиловал 16 заключённых украинцев."
    )
    got = [f for f in extract_slavic(text, SAT, "ru") if f.kind == "release"]
    assert len(got) == 1 and got[0].date is None


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("Обмен по формуле «400 на 400» начался в среду и продлится три дня, заявил "
         "Песков. В первый день стороны передали друг другу по 130 человек.", "ru",
         D(2025, 6, 11)),
        ("Обмін стартував 9 червня і триватиме кілька днів. Першого дня з полону повернулися "
         "70 українських військових.", "uk", D(2025, 6, 9)),
    ],
)  # fmt: skip
def test_the_first_day_is_the_day_a_lasting_operation_began(text, lang, date):
    got = [f for f in extract_slavic(text, SAT, lang) if f.low in (130, 70)]
    assert got and {f.date for f in got} == {date}


def test_a_first_day_with_no_operation_begun_before_names_no_day():
    got = extract_slavic(
        "В первый день переговоров из плена вернулись 20 российских военных.", SAT, "ru"
    )
    assert len(got) == 1 and got[0].date is None


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("Обмен состоялся 12-го июня: из плена вернулись 90 российских военнослужащих.", "ru",
         D(2025, 6, 12)),
        ("10-го червня Азербайджан повернув Вірменії трьох вірменських військових.", "uk",
         D(2025, 6, 10)),
    ],
)  # fmt: skip
def test_a_day_with_an_ordinal_ending(text, lang, date):
    got = extract_slavic(text, SAT, lang)
    assert len(got) == 1 and got[0].date == date


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("Обмен начался 9 июня. Во второй день стороны передали друг другу по 120 "
         "военнопленных.", "ru", D(2025, 6, 10)),
        ("Обмін розпочався у середу, 11 червня, і триватиме кілька днів. Третього дня з полону "
         "повернулися 75 українських військових.", "uk", D(2025, 6, 13)),
    ],
)  # fmt: skip
def test_the_nth_day_counts_from_the_day_an_operation_began(text, lang, date):
    got = [f for f in extract_slavic(text, SAT, lang) if f.low in (120, 75)]
    assert got and {f.date for f in got} == {date}


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("В среду Азербайджан передал Армении тела двух военных. На следующий день Баку вернул "
         "Еревану трёх армянских военнослужащих.", "ru", D(2025, 6, 12)),
        ("10 червня в Україну повернулися 84 військових, а наступного дня — ще 40 цивільних "
         "українців.", "uk", D(2025, 6, 11)),
    ],
)  # fmt: skip
def test_the_next_day_is_the_day_after_the_one_named_before(text, lang, date):
    got = [f for f in extract_slavic(text, SAT, lang) if f.low in (3, 40)]
    assert len(got) == 1 and got[0].date == date


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("В пятницу стороны передали друг другу по 390 человек, в субботу — по 307, в "
         "воскресенье — по 303.", "ru",
         {(390, D(2025, 6, 13)), (307, SAT), (303, D(2025, 6, 15))}),
        ("У четвер Вірменія та Азербайджан передали одна одній по 6 полонених, у п'ятницю — по "
         "4.", "uk", {(6, D(2025, 6, 12)), (4, D(2025, 6, 13))}),
    ],
)  # fmt: skip
def test_a_figure_gapped_by_another_day_is_the_same_handover_that_day(text, lang, want):
    got = extract_slavic(text, D(2025, 6, 15), lang)
    assert {(f.low, f.date) for f in got} == want
    assert all(f.persons_of != f.held_by for f in got)
    assert {f.rule for f in got if f.low in (307, 303, 4)} <= {"slavic.each_side+gapped"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("С 10 по 12 июня стороны обменялись пленными по формуле 500 на 500.", "ru"),
        ("З 10 червня по 12 червня Україна повернула 500 своїх громадян.", "uk"),
    ],
)  # fmt: skip
def test_a_span_of_days_is_a_period_not_its_last_day(text, lang):
    got = extract_slavic(text, SAT, lang)
    assert got and {(f.date, f.period_start, f.period_end) for f in got} == {
        (None, D(2025, 6, 10), D(2025, 6, 12))
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Это первый обмен пленными с 24 мая. Азербайджан вернул Армении пятерых армянских "
         "военных.", "ru"),
        ("Обмін став першим після 5 лютого. Україна повернула 157 своїх громадян.", "uk"),
    ],
)  # fmt: skip
def test_a_day_bounding_a_span_is_no_day_of_the_swap(text, lang):
    got = extract_slavic(text, SAT, lang)
    assert len(got) == 1 and got[0].date is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Россия вернула 90 военнослужащих. До этого, 24 мая, стороны обменялись по 307 "
         "пленных.", "ru"),
        ("До цього сторони обмінялися полоненими 23 травня. Україна повернула 84 військових.",
         "uk"),
    ],
)  # fmt: skip
def test_a_swap_recalled_as_before_this_gives_no_day_to_the_rest(text, lang):
    got = [f for f in extract_slavic(text, SAT, lang) if f.low in (90, 84)]
    assert len(got) == 1 and got[0].date is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("До сих пор каждая из сторон освободила по 120 пленных, обмен продолжится в "
         "понедельник.", "ru"),
        ("Наразі з полону повернули 64 захисників, наступний етап відбудеться у вівторок.",
         "uk"),
        ("Армения получила 7 военнослужащих, а следующая передача пройдет в четверг.", "ru"),
    ],
)  # fmt: skip
def test_a_day_of_what_is_still_to_come_does_not_date_what_was_done(text, lang):
    # the day is that of the clause in the future tense after the figure
    assert {f[3] for f in dated(text, lang)} == {None}


def test_a_day_in_the_done_figure_s_own_clause_still_dates_it():
    text = "Азербайджан в пятницу передал 7 армянских военных, обмен продолжится во вторник."
    assert {f[3] for f in dated(text, "ru")} == {D(2025, 6, 13)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("В плену у боевиков до сих пор находятся 40 израильтян, а похищены они были "
         "12 ноября 2023 года.", "ru"),
        ("Росія досі утримує 800 українських військових, а 24 лютого 2022 року почалося "
         "повномасштабне вторгнення.", "uk"),
    ],
)  # fmt: skip
def test_a_stock_takes_no_day_named_after_it_in_another_clause(text, lang):
    # the day after «а» is another event's (a capture, an invasion): the stock holds now
    held = [f for f in extract_slavic(text, SAT, lang) if f.kind == "held"]
    assert held and all(f.date == SAT for f in held)


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("2 июня домой вернулись восемь курян. Их возвращение было запланировано на 30 мая, но "
         "сорвалось. В тот же день стороны обменялись пленными и вернули по 50 военных.",
         "ru", D(2025, 6, 2)),
        ("5 червня додому повернулися шестеро цивільних. Їхнє повернення планувалося ще на "
         "1 червня. Того ж дня сторони провели обмін і повернули по 70 військових.",
         "uk", D(2025, 6, 5)),
    ],
)  # fmt: skip
def test_the_same_day_is_not_the_day_of_a_plan_that_came_to_nothing(text, lang, date):
    got = [f for f in extract_slavic(text, SAT, lang) if f.low in (50, 70)]
    assert got and {f.date for f in got} == {date}


@pytest.mark.parametrize(
    ("text", "lang", "low", "date"),
    [
        ("Минск помиловал 16 политзаключённых.\nВ пятницу 5 литовцев из их числа освобождены "
         "и переданы Литве.", "ru", 16, D(2025, 6, 13)),
        ("Білорусь звільнила 25 в’язнів, серед них шестеро іноземців.\nУ четвер усі 25 "
         "перетнули кордон з Литвою, і серед них — троє литовців.", "uk", 25, D(2025, 6, 12)),
    ],
)  # fmt: skip
def test_a_release_its_sentence_leaves_undated_takes_the_day_of_the_texts_handover(
    text, lang, low, date
):
    # as a swap's half does (and an English text's figures do): the headline of a pardon
    # names no day, the sentence telling the crossing does
    got = [f for f in extract_slavic(text, SAT, lang) if f.low == low and f.sentence_no == 0]
    assert got and all(f.date == date and f.date_source is DateSource.DOCUMENT for f in got)


def test_a_release_stays_undated_when_the_text_names_only_a_statements_day():
    text = (
        "Таліби звільнили 12 пакистанських прикордонників.\nУ четвер ісламабадська влада "
        "повідомила, що 12 прикордонників повернулися додому."
    )
    got = [f for f in extract_slavic(text, SAT, "uk") if f.kind == "release"]
    assert got and all(f.date is None for f in got)


def periods(text: str, lang: str, published: D = SAT) -> set[tuple]:
    """(low, date, period_start, period_end) of each fact."""
    got = extract_slavic(text, published, lang)
    return {(f.low, f.date, f.period_start, f.period_end) for f in got}


@pytest.mark.parametrize(
    ("text", "lang", "low", "first"),
    [
        ("За два дня домой вернулись 240 российских военных.", "ru", 240, D(2025, 6, 13)),
        ("Лише за минулі три дні з полону повернулися 410 українців.", "uk", 410, D(2025, 6, 12)),
        # "до" before a place is where they went, not what the days came before
        ("Загалом за чотири дні до України повернулися 800 людей.", "uk", 800, D(2025, 6, 11)),
    ],
)  # fmt: skip
def test_a_total_over_the_last_counted_days_spans_them_up_to_publication(text, lang, low, first):
    assert periods(text, lang) == {(low, None, first, SAT)}


def test_the_days_before_an_event_are_no_span_of_the_total():
    got = periods("За три дня до обмена Россия освободила 20 украинских гражданских.", "ru")
    assert all(p0 is None and p1 is None for _, _, p0, p1 in got)


@pytest.mark.parametrize(
    ("text", "lang", "low", "first"),
    [
        ("За последний год Азербайджан освободил 35 армянских пленных.", "ru", 35,
         D(2024, 6, 14)),
        ("За останній рік Білорусь звільнила 120 політв'язнів.", "uk", 120, D(2024, 6, 14)),
        ("В этом месяце из плена вернулись 190 российских военных.", "ru", 190, D(2025, 6, 1)),
        ("Цього місяця з полону повернули 310 українців.", "uk", 310, D(2025, 6, 1)),
        ("С момента начала вторжения из плена вернулись 4800 украинцев.", "ru", 4800,
         D(2022, 2, 24)),
        ("Після початку повномасштабного вторгнення з полону повернули 4800 українців.", "uk",
         4800, D(2022, 2, 24)),
        ("З часу повномасштабного вторгнення вдалося визволити 4800 українців.", "uk", 4800,
         D(2022, 2, 24)),
    ],
)  # fmt: skip
def test_a_span_in_words_is_the_totals_period(text, lang, low, first):
    # the last twelve months, this month so far, since (or after) the war's start
    assert periods(text, lang) == {(low, None, first, SAT)}


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("«Сьогодні з полону звільнено 142 українських захисників», — заявив омбудсман у "
         "п'ятницю.", "uk", D(2025, 6, 13)),
        ("«Сегодня домой вернулись 84 российских военных», — сообщил министр в четверг.", "ru",
         D(2025, 6, 12)),
        # no day of the saying: the quote's "today" is the paper's
        ("«Сьогодні з полону звільнено 142 українських захисників», — заявив омбудсман.", "uk",
         SAT),
    ],
)  # fmt: skip
def test_a_relative_day_in_a_quote_is_told_from_the_day_it_was_said(text, lang, date):
    got = extract_slavic(text, SAT, lang)
    assert got and all(f.date == date for f in got)


def test_the_eve_of_a_holiday_after_its_preposition_is_the_day_before_it():
    # told on New Year's Day: last year's eve
    text = "Украина в канун Нового года передала России 64 военнопленных."
    got = extract_slavic(text, D(2024, 1, 1), "ru")
    assert got and all(f.date == D(2023, 12, 31) for f in got)


@pytest.mark.parametrize("that_day", ["Того дня", "Цього дня"])
def test_that_day_in_ukrainian_is_the_day_named_before(that_day):
    text = (
        "У четвер у Стамбулі відбувся обмін полоненими. "
        f"{that_day} додому повернулися 95 українських захисників."
    )
    got = extract_slavic(text, SAT, "uk")
    assert got and all(f.date == D(2025, 6, 12) for f in got)


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("Хуситы освободили 12 индийских моряков\n"
         "12 членов экипажа судна передали индийским дипломатам в Маскате в четверг.",
         "ru", D(2025, 6, 12)),
        ("Армія Судану звільнила 27 ефіопських солдатів у межах обміну\n"
         "У середу 27 співробітників прикордонної служби прибули до Аддис-Абеби та "
         "повернулися до родин.", "uk", D(2025, 6, 11)),
    ],
)  # fmt: skip
def test_a_figure_told_again_with_its_day_dates_the_headline(text, lang, date):
    """The same number moved home on a named day in the body dates the headline's handover,
    though the body's own words for the people give no fact."""
    (got,) = extract_slavic(text, SAT, lang)
    assert got.sentence_no == 0 and got.date == date
    assert got.date_source is DateSource.DOCUMENT


@pytest.mark.parametrize(
    ("text", "lang", "other", "day"),
    [
        ("Талибы освободили 30 британских журналистов\n"
         "В среду 30 {} волонтеров вернулись домой из плена.",
         "ru", "австралийских", D(2025, 6, 11)),
        ("Таліби звільнили 14 британських журналістів\n"
         "У вівторок 14 {} волонтерів повернулися додому з полону.",
         "uk", "австралійських", D(2025, 6, 10)),
    ],
)  # fmt: skip
def test_the_same_number_of_another_people_lends_no_day(text, lang, other, day):
    """A body's day is the headline's only where its group is of the headline's people (or
    names none): the same number of other people moving home is another group's handover."""
    own = "британских" if lang == "ru" else "британських"
    (got,) = [f for f in extract_slavic(text.format(other), SAT, lang) if f.sentence_no == 0]
    assert (got.persons_of, got.date) == ("GB", None)
    (got,) = [f for f in extract_slavic(text.format(own), SAT, lang) if f.sentence_no == 0]
    assert (got.persons_of, got.date) == ("GB", day)


def test_a_figure_told_with_two_days_lends_none() -> None:
    text = (
        "Хуситы освободили 12 индийских моряков\n"
        "12 членов экипажа судна передали индийским дипломатам в Маскате в четверг.\n"
        "Ранее, во вторник, 12 членов экипажа другой шхуны вернулись домой из Сомали."
    )
    (got,) = [f for f in extract_slavic(text, SAT, "ru") if f.sentence_no == 0]
    assert got.date == D(2025, 6, 12)  # an earlier event's day is no telling of this one
    text = text.replace("Ранее, во вторник,", "Во вторник")
    (got,) = [f for f in extract_slavic(text, SAT, "ru") if f.sentence_no == 0]
    assert got.date is None
