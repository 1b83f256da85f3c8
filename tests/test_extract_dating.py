"""Stage 6: the date or period of a figure, and where it came from."""

from __future__ import annotations

import datetime as dt

from extract_helpers import SAT, context, user_lexicon
from swaptally.explain import explain
from swaptally.extract import DateSource, extract_facts, load_lexicon
from swaptally.extract.dating import when


def dated(text: str, kind: str = "exchange", status: str = "reported"):
    ctx = context(text)
    return when(ctx, ctx.s.figures[0], kind, status)


def test_day_in_the_sentence() -> None:
    w = dated("In the swap, 40 soldiers came home on Thursday.")
    assert (w.date, w.source) == (dt.date(2024, 3, 7), DateSource.SENTENCE)


def test_period_over_days() -> None:
    w = dated("In the swap, 900 prisoners are to be freed over three days.", status="planned")
    assert (w.period_start, w.period_end, w.source) == (
        SAT, SAT + dt.timedelta(days=2), DateSource.PERIOD,
    )  # fmt: skip


def test_running_total_since() -> None:
    w = dated("Since March 2022, 3,100 soldiers have come home in swaps.")
    assert (w.period_start, w.period_end, w.source) == (dt.date(2022, 3, 1), SAT, DateSource.SINCE)


def test_stock_holds_on_the_publication_day() -> None:
    w = dated("About 600 prisoners are held by the rebels.", kind="held", status="estimated")
    assert (w.date, w.source) == (SAT, DateSource.PUBLISHED)


def test_document_day_and_scene_day_are_recorded() -> None:
    text = (
        "Kyiv and Moscow swapped prisoners on Friday. "
        "The first stage took place on Wednesday. In it, 50 Ukrainian soldiers came home."
    )
    (f,) = extract_facts(text, SAT)
    assert (f.date, f.how.date) == (dt.date(2024, 3, 6), DateSource.SCENE)
    text = (
        "Kyiv and Moscow swapped prisoners on Friday. Both thanked the mediators. "
        "In the swap, 50 Ukrainian soldiers came home."
    )
    (f,) = extract_facts(text, SAT)
    assert (f.date, f.how.date) == (dt.date(2024, 3, 8), DateSource.DOCUMENT)
    assert f.date_source is DateSource.DOCUMENT and "doc_date" not in f.rule


def test_running_total_over_a_span_in_words() -> None:
    text = (
        "Ukraine and Russia swapped prisoners. "
        "Since the war began, 4,100 Ukrainian soldiers came home."
    )
    (f,) = extract_facts(text, SAT)
    assert (f.date, f.period_start, f.period_end, f.how.date) == (
        None, dt.date(2022, 2, 24), SAT, DateSource.SPAN,
    )  # fmt: skip
    text = "Ukraine and Russia swapped prisoners. The largest swap this year freed 40 soldiers."
    (f,) = extract_facts(text, SAT)
    assert f.period_start is None


def test_the_day_of_an_agreement_is_no_handover_day() -> None:
    # published Saturday 9 March 2024; Tuesday is the 5th
    w = dated("Under a deal struck on Tuesday in Muscat, 64 detainees went home in the swap.")
    assert w.date != dt.date(2024, 3, 5)
    w = dated("The talks of March 1 led to a swap in which 20 sailors came home on Thursday.")
    assert w.date == dt.date(2024, 3, 7)


def test_a_day_naming_an_attack_is_no_handover_day() -> None:
    w = dated("In the swap, 12 prisoners from the Feb. 20 raid came home.")
    assert w.date != dt.date(2024, 2, 20)
    w = dated("In the swap, 30 of the hostages taken by armed men on Feb. 20 came home.")
    assert w.date != dt.date(2024, 2, 20)  # the day of the capture
    stock = dated("About 80 hostages were seized in the Feb. 20 raid.", "held", "estimated")
    assert stock.date == dt.date(2024, 2, 20)  # a stock taken in the raid: its day


def test_a_day_leading_a_plan_dates_it() -> None:
    w = dated("On Monday, the militia is expected to free 45 prisoners.", status="planned")
    assert (w.date, w.source) == (dt.date(2024, 3, 11), DateSource.SENTENCE)
    w = dated("On Monday, the envoy announced that 45 prisoners will be freed.", status="planned")
    assert w.date is None  # the day of the announcement


def test_a_handover_some_days_before_the_day_just_named() -> None:
    text = (
        "The freed crew reached Manila on Thursday. "
        "This comes a day after the militia released 17 sailors held off the coast."
    )
    (f,) = [f for f in extract_facts(text, SAT) if f.low == 17]
    assert (f.date, f.how.date) == (dt.date(2024, 3, 6), DateSource.DAYS_BEFORE)
    text = (
        "Armenia received 32 prisoners on Friday. "
        "It came two days after Baku handed over 5 Armenian soldiers in a separate deal."
    )
    (f,) = [f for f in extract_facts(text, SAT) if f.low == 5]
    assert f.date == dt.date(2024, 3, 6)


def test_a_day_counted_from_the_day_another_clause_names() -> None:
    # the figure's clause hangs on 'two days before …': the day that clause names, less two
    w = dated("Militants handed 40 soldiers to the army two days before talks opened on Friday.")
    assert (w.date, w.source) == (dt.date(2024, 3, 6), DateSource.DAYS_BEFORE)
    w = dated("Two days after talks on Monday, the rebels freed 20 soldiers.")
    assert w.date == dt.date(2024, 3, 6)
    text = "Kyiv released 15 Russian soldiers a day after Moscow freed 20 Ukrainians on Monday."
    days = {f.low: f.date for f in extract_facts(text, SAT)}
    assert days == {15: dt.date(2024, 3, 5), 20: dt.date(2024, 3, 4)}  # 20: its own day
    # the figure inside the phrase's clause: a day before the other clause's day
    text = "Moscow freed 20 Ukrainians on Thursday, a day after Kyiv released 15 Russian soldiers."
    days = {f.low: f.date for f in extract_facts(text, SAT)}
    assert days == {20: dt.date(2024, 3, 7), 15: dt.date(2024, 3, 6)}
    # a clause in the present perfect speaks of the day of publication
    text = "Moscow has named a new envoy for the talks, a day after Kyiv brought home 75 soldiers."
    assert [f.date for f in extract_facts(text, SAT) if f.low == 75] == [dt.date(2024, 3, 8)]


def test_a_day_after_another_clause_dates_no_clause_that_moves_no_one() -> None:
    w = dated("A day after being freed on Monday, the 20 soldiers spoke to reporters.")
    assert w.date == dt.date(2024, 3, 4)  # the day of their release, not the day they spoke


def test_a_stock_takes_no_day_from_a_clause_of_capture_set_off_beside_it() -> None:
    text = (
        "Nine police officers, abducted on Monday from a checkpoint by the militia, are still held."
    )
    (f,) = extract_facts(text, SAT)
    assert (f.kind, f.date) == ("held", SAT)  # the day they were taken is not the stock's
    (f,) = extract_facts("As of Monday, the militia held nine police officers.", SAT)
    assert f.date == dt.date(2024, 3, 4)  # a day that tells no capture still dates it


def test_a_running_total_so_far_runs_from_the_war_s_first_day_where_its_text_says_so() -> None:
    so_far = "So far, more than 5,100 Ukrainians have come home from Russian captivity."
    text = "Russia and Ukraine swapped 90 prisoners each on Friday. " + so_far
    (f,) = [f for f in extract_facts(text, SAT) if f.low == 5101]
    # no start is said: no period from the war's first day, still a total of the war's swaps
    assert (f.kind, f.date, f.period_start, f.period_end, f.how.date) == (
        "exchange", None, None, SAT, DateSource.RUNNING,
    )  # fmt: skip
    text = "Since the full-scale invasion began, Kyiv has counted every return. " + so_far
    (f,) = extract_facts(text, SAT)
    assert (f.period_start, f.how.date) == (dt.date(2022, 2, 24), DateSource.SPAN)
    to_date = "Hamas has handed over 105 Israeli hostages to date, an Israeli official said."
    (f,) = extract_facts(to_date, SAT)
    assert (f.period_start, f.how.date) == (None, DateSource.RUNNING)
    (f,) = extract_facts("Throughout the war, Qatar has talked to both sides. " + to_date, SAT)
    assert (f.date, f.period_start, f.period_end, f.how.date) == (
        None, dt.date(2023, 10, 7), SAT, DateSource.SPAN,
    )  # fmt: skip
    # a record's 'since the war began' names no span of the text's
    text = "The largest release since the war began came on Friday. " + to_date
    assert [f.period_start for f in extract_facts(text, SAT) if f.low == 105] == [None]


def test_a_count_so_far_of_an_operation_under_way_is_no_total_since_the_war() -> None:
    under_way = "Both sides have freed 270 prisoners so far, with more due on Sunday."
    text = "It is the 58th swap since Russia's all-out invasion began. " + under_way
    found = [(f.date, f.period_start, f.how.date) for f in extract_facts(text, SAT) if f.low == 270]
    assert found and set(found) == {(None, None, DateSource.UNDER_WAY)}
    # the first day of the operation known: its count so far runs from that day
    text = "On Saturday, the second day of the swap, Kyiv received 150 soldiers. " + under_way
    found = [(f.period_start, f.period_end) for f in extract_facts(text, SAT) if f.low == 270]
    assert found and set(found) == {(dt.date(2024, 3, 8), SAT)}
    # bounded by its truce, in another war
    text = (
        "Since the war began, Israel has counted its hostages every day. "
        "So far, 81 Israeli hostages have been freed by Hamas during the truce."
    )
    (f,) = extract_facts(text, SAT)
    assert (f.kind, f.period_start, f.how.date) == ("exchange", None, DateSource.UNDER_WAY)


def test_the_sentence_before_sets_no_scene_with_an_agreement_or_capture_day() -> None:
    text = "The accord was signed in Muscat on Tuesday. Sanaa got back 48 fighters."
    (f,) = extract_facts(text, SAT)
    assert f.date != dt.date(2024, 3, 5)
    text = "Most were captured on Feb. 2. Kyiv got back 61 soldiers in the swap."
    (f,) = extract_facts(text, SAT)
    assert f.date != dt.date(2024, 2, 2)
    text = "The second stage took place on Thursday. Kyiv got back 61 soldiers in the swap."
    assert [f.date for f in extract_facts(text, SAT)] == [dt.date(2024, 3, 7)]


def test_an_operation_that_began_began_on_a_past_day() -> None:
    # still under way (planned), but the day it began is behind the publication day
    w = dated("Cuba began freeing 553 prisoners on Wednesday.", "release", "planned")
    assert w.date == dt.date(2024, 3, 6)
    w = dated("An exchange of 800 detainees in Yemen got under way on Friday.", status="planned")
    assert w.date == dt.date(2024, 3, 8)


def test_a_caption_s_day_is_the_picture_s_not_the_story_s() -> None:
    # a lead photo's caption names the day it was taken; the credit line marks it
    text = (
        "Freed sailors step off a bus at a border crossing on Monday.\n"
        "Photo: A. Writer/Some Agency\n"
        "Armenia and Azerbaijan swapped detainees on Thursday. Both thanked the mediators. "
        "In the swap, 32 Armenian soldiers came home."
    )
    facts = [f for f in extract_facts(text, SAT) if f.low == 32]
    assert [(f.date, f.how.date) for f in facts] == [(dt.date(2024, 3, 7), DateSource.DOCUMENT)]
    text = (
        "Hostages wave from a convoy on Tuesday (image courtesy of the press office). "
        "Officials said 12 hostages had been freed in a deal."
    )
    (f,) = extract_facts(text, SAT)
    assert f.date != dt.date(2024, 3, 5)


def test_a_sentence_about_the_last_swap_does_not_give_the_story_s_day() -> None:
    # the day of the swap before is background: the new figure is not dated by it
    text = (
        "Some 70 Sudanese soldiers came home from captivity, the army said. "
        "The last time the sides exchanged captives was on 14 January, when 20 came back."
    )
    seventy = next(f for f in extract_facts(text, SAT) if f.low == 70)
    assert seventy.date != dt.date(2024, 1, 14)
    assert seventy.how.date is not DateSource.DOCUMENT


def test_a_since_after_a_record_or_a_captivity_starts_no_total() -> None:
    # a record: the swap keeps its own day
    text = "Kyiv and Moscow traded 64 soldiers each on Thursday, the first swap since mid-May."
    assert {f.date for f in extract_facts(text, SAT)} == {dt.date(2024, 3, 7)}
    text = "The rebels freed 12 police officers on Friday, their largest release since 2021."
    assert [(f.date, f.period_start) for f in extract_facts(text, SAT)] == [
        (dt.date(2024, 3, 8), None)
    ]
    # a captivity: a part of the day's swap, not a total since then
    text = (
        "Armenia and Azerbaijan swapped 30 detainees each on Friday. "
        "Among the Armenians were 9 civilians detained since 2020."
    )
    (f,) = [f for f in extract_facts(text, SAT) if f.low == 9]
    assert (f.date, f.period_start) == (dt.date(2024, 3, 8), None)
    # a real start still makes a running total
    w = dated("Since May 2020, 640 detainees have been freed in swaps.")
    assert (w.period_start, w.source) == (dt.date(2020, 5, 1), DateSource.SINCE)
    w = dated("More than 900 soldiers have returned from captivity since May 2023.")
    assert (w.period_start, w.period_end) == (dt.date(2023, 5, 1), SAT)


def test_the_day_of_a_statement_yields_to_the_handover_s_day() -> None:
    text = (
        "The army said on Friday that 41 soldiers had been freed on Wednesday in a swap "
        "with the rebels."
    )
    assert [f.date for f in extract_facts(text, SAT)] == [dt.date(2024, 3, 6)]
    text = (
        "Kyiv told reporters on Saturday that 75 Ukrainian soldiers came home on Thursday "
        "from Russian-held territory."
    )
    assert [f.date for f in extract_facts(text, SAT)] == [dt.date(2024, 3, 7)]
    # a statement's day alone still dates the figure
    text = "Ukraine said on Friday that 75 Ukrainian soldiers came home in a swap."
    assert [f.date for f in extract_facts(text, SAT)] == [dt.date(2024, 3, 8)]


def test_a_stock_still_held_is_not_dated_by_the_day_people_were_taken() -> None:
    text = "The militia still holds 26 aid workers it abducted on 2 February, the UN said."
    assert [f.date for f in extract_facts(text, SAT)] == [SAT]
    text = "About 60 fishermen remain in the hands of the rebels, who seized them on 3 January."
    assert [f.date for f in extract_facts(text, SAT)] == [SAT]
    # the number taken on a day is counted on that day
    w = dated("About 80 hostages were seized by the gang on 2 March.", "held", "estimated")
    assert w.date == dt.date(2024, 3, 2)


def test_a_total_of_one_day_takes_the_day_its_predicate_names() -> None:
    text = "A total of 48 detainees, 30 of them women, were released by the militia on Thursday."
    (f,) = [f for f in extract_facts(text, SAT) if f.low == 48]
    assert (f.date, f.how.date) == (dt.date(2024, 3, 7), DateSource.SENTENCE)
    text = "In all, 120 prisoners, among them 11 officers, were exchanged on Friday, the army said."
    (f,) = [f for f in extract_facts(text, SAT) if f.low == 120]
    assert f.date == dt.date(2024, 3, 8)
    # a running total ('have now') takes no day, nor the day of the statement
    text = (
        "A total of 1,000 soldiers, 40 of them officers, have now been freed, Kyiv said on Friday."
    )
    (f,) = [f for f in extract_facts(text, SAT) if f.low == 1000]
    assert f.date is None


def test_the_freed_people_s_arrival_names_the_text_s_day() -> None:
    text = (
        "Yemen's government and the Houthis have swapped 60 detainees each. "
        "The freed men arrived in Sanaa and Aden on Thursday."
    )
    assert {f.date for f in extract_facts(text, SAT) if f.low == 60} == {dt.date(2024, 3, 7)}
    text = (
        "Israel has freed 33 Palestinian prisoners. "
        "The buses carrying them crossed into the West Bank late on Friday."
    )
    (f,) = extract_facts(text, SAT)
    assert (f.date, f.how.date) == (dt.date(2024, 3, 8), DateSource.DOCUMENT)


def test_a_day_told_from_the_statement_s_day_or_the_news_day() -> None:
    text = "The rebels said on Friday that they had handed 14 soldiers over the previous day."
    assert [f.date for f in extract_facts(text, SAT)] == [dt.date(2024, 3, 7)]
    text = "Hamas freed two hostages; Israel is due to free 60 prisoners later in the day."
    (f,) = [f for f in extract_facts(text, SAT) if f.low == 60]
    assert (f.status, f.date) == ("planned", SAT)


def test_a_participle_that_describes_the_counted_people_names_no_capture_day() -> None:
    text = "The junta freed 14 detained journalists on Thursday, their lawyers said."
    assert [f.date for f in extract_facts(text, SAT)] == [dt.date(2024, 3, 7)]
    text = "Hamas handed over 7 hostages held in Rafah on Friday, the army said."
    assert [f.date for f in extract_facts(text, SAT)] == [dt.date(2024, 3, 8)]
    # a capture told of the people: its day is not the handover's
    w = dated("Of the 30 sailors captured on 2 March, 12 went home in the swap.")
    assert w.date != dt.date(2024, 3, 2)


def test_the_participles_of_capture_are_lexicon_data(tmp_path) -> None:
    # a participle the package lexicon does not list: its day dates the figure
    texts = (
        "Of the 30 sailors interned on 2 March, 12 went home in the swap.",
        "The coast guard handed back 18 fishermen interned on Monday near the reef.",
    )
    days = (dt.date(2024, 3, 2), dt.date(2024, 3, 4))
    # (the whole and the part that went home both take the day)
    assert [{f.date for f in extract_facts(t, SAT)} for t in texts] == [{d} for d in days]
    # a user's lexicon that lists it makes that day a capture's, no handover's
    extra = tmp_path / "interned.yaml"
    extra.write_text("triggers:\n  capture_participle: [interned]\n")
    lexicon = load_lexicon([extra])
    dated_by = [f.date for t in texts for f in extract_facts(t, SAT, lexicon)]
    assert not set(days) & set(dated_by)


def test_a_stock_takes_no_day_from_a_handover_told_beside_it() -> None:
    text = "The army freed 40 villagers on Thursday, but the militants still hold 25 others."
    assert [(f.low, f.date) for f in extract_facts(text, SAT) if f.kind == "held"] == [(25, SAT)]
    text = (
        "Rebels returned 11 soldiers on Wednesday while the government says 300 troops "
        "remain in rebel hands."
    )
    assert [(f.low, f.date) for f in extract_facts(text, SAT) if f.kind == "held"] == [(300, SAT)]
    # a day of its own, or of the statement, dates it
    w = dated("As of 1 March, some 500 fishermen were held in foreign jails.", "held", "estimated")
    assert w.date == dt.date(2024, 3, 1)


def test_a_total_over_a_year_named_in_words_takes_that_year() -> None:
    text = "The Red Cross helped free 87 hostages held by armed groups in Colombia last year."
    (f,) = extract_facts(text, SAT)
    assert (f.date, f.period_start, f.period_end, f.how.date) == (
        None, dt.date(2023, 1, 1), dt.date(2023, 12, 31), DateSource.SPAN,
    )  # fmt: skip
    # a year opening the sentence spans all of it
    text = "In 2022, Armenia and Azerbaijan held four swaps in which 40 Armenians were freed."
    (f,) = extract_facts(text, SAT)
    assert (f.period_start, f.period_end) == (dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    # a year that dates a capture is no span of the figure's
    text = "Rebels freed 12 fishermen captured last year in a goodwill gesture, officials said."
    (f,) = extract_facts(text, SAT)
    assert f.period_start is None


def test_the_words_around_a_day_are_lexicon_data(tmp_path) -> None:
    lex = user_lexicon(
        tmp_path,
        "triggers:\n  agreement_day_gap: [initialled]\n  days_after_verb: [lands]\n"
        "day_counts: {eight: 8}\n",
    )
    text = (
        "Georgia received 14 detainees on Friday. "
        "It lands eight days after Sukhumi handed over 6 Georgian soldiers in another deal."
    )
    assert [f.date for f in extract_facts(text, SAT, lex) if f.low == 6] == [dt.date(2024, 2, 29)]
    assert [f.date for f in extract_facts(text, SAT) if f.low == 6] != [dt.date(2024, 2, 29)]
    text = "Under an accord initialled on March 4, the rebels freed 25 Malian soldiers."
    assert [f.date for f in extract_facts(text, SAT, lex)] == [None]
    assert [f.date for f in extract_facts(text, SAT)] == [dt.date(2024, 3, 4)]


def _spans(text: str) -> list[tuple[int | None, dt.date | None, dt.date | None, dt.date | None]]:
    return [(f.low, f.date, f.period_start, f.period_end) for f in extract_facts(text, SAT)]


def test_an_operation_over_days_named_before_its_total_gives_its_period() -> None:
    # "a three-day exchange of N": N over the three days ending on the day named
    text = "The two sides finished a three-day exchange of almost 700 detainees on Friday."
    assert _spans(text) == [(700, None, dt.date(2024, 3, 6), dt.date(2024, 3, 8))]
    # "N days of handovers …, in which M": M over those days
    text = (
        "Rebels and the army wrapped up four days of handovers today, in which 512 captives "
        "went home."
    )
    assert _spans(text) == [(512, None, dt.date(2024, 3, 6), SAT)]


def test_what_ties_an_operation_to_its_figure_is_data(tmp_path) -> None:
    text = "The sides ended a three-day operation covering 640 detainees on Friday."
    assert _spans(text) == [(640, dt.date(2024, 3, 8), None, None)]  # one day's
    lex = user_lexicon(tmp_path, "triggers:\n  operation_link: [covering]\n")
    got = [(f.low, f.date, f.period_start, f.period_end) for f in extract_facts(text, SAT, lex)]
    assert got == [(640, None, dt.date(2024, 3, 6), dt.date(2024, 3, 8))]


def test_the_final_day_of_an_operation_counts_its_days() -> None:
    text = (
        "Kyiv and Moscow closed the swap on Friday, the third and last day of an operation "
        "that brought 600 prisoners of war back to each side."
    )
    assert {s[1:] for s in _spans(text)} == {(None, dt.date(2024, 3, 6), dt.date(2024, 3, 8))}


def test_one_day_of_an_operation_is_no_period_of_its_figure() -> None:
    # the figure is one day's, not the object of the operation over days
    text = "On the second day of the three-day exchange on Friday, 300 soldiers came home."
    assert [s[2] for s in _spans(text)] == [None]


def test_a_count_of_days_in_two_digits_is_read_whole() -> None:
    # "a 10-day exchange of N": N over the ten days ending on the day named
    text = "Yemen's parties closed a 10-day exchange of some 850 detainees on Friday."
    assert _spans(text) == [(850, None, dt.date(2024, 2, 28), dt.date(2024, 3, 8))]
    # "comes 12 days after": the handover twelve days before the day just named
    text = (
        "Kinshasa welcomed home 40 soldiers on Friday. "
        "It comes 12 days after the rebels released 9 Congolese police officers."
    )
    (f,) = [f for f in extract_facts(text, SAT) if f.low == 9]
    assert (f.date, f.how.date) == (dt.date(2024, 2, 25), DateSource.DAYS_BEFORE)


def test_another_story_takes_no_day_from_the_one_before() -> None:
    # a round-up: 'Elsewhere, …', 'In a separate move, …' open another story, whose
    # handover the day of the sentence before does not date
    lex = load_lexicon()
    for text, first, second in (
        (
            "Belarus pardoned 19 political prisoners on Friday. Elsewhere, Russia and Ukraine "
            "exchanged 150 prisoners each.",
            19,
            150,
        ),
        (
            "Pakistan freed 20 Indian fishermen on Friday. In a separate move, Thailand handed "
            "back four Cambodian soldiers.",
            20,
            4,
        ),
    ):
        days = {f.low: f.date for f in extract_facts(text, SAT, lex)}
        assert days[first] == dt.date(2024, 3, 8)
        assert days[second] is None
    # the same story told on: the day carries
    facts = extract_facts(
        "Belarus pardoned 19 political prisoners on Friday. Among them, 4 were journalists.",
        SAT,
        lex,
    )
    assert {f.date for f in facts if f.low == 19} == {dt.date(2024, 3, 8)}


def test_a_holiday_named_as_a_day_dates_the_handover() -> None:
    # published Sunday 24 August 2025, the day Ukraine keeps as its Independence Day
    aug24 = dt.date(2025, 8, 24)
    text = "On Independence Day, 84 Ukrainian soldiers came home from Russian captivity."
    assert [f.date for f in extract_facts(text, aug24)] == [aug24]
    # the day after: the holiday is yesterday; a plan takes the next one
    text = "Kyiv and Moscow swapped 84 soldiers each on Ukraine's Independence Day."
    assert {f.date for f in extract_facts(text, aug24 + dt.timedelta(days=1))} == {aug24}
    # 'the eve of' is the day before; Easter is reckoned (Orthodox Easter 2023: 16 April)
    text = "Kyiv and Moscow swapped 84 soldiers each on the eve of Orthodox Easter."
    assert {f.date for f in extract_facts(text, dt.date(2023, 4, 17))} == {dt.date(2023, 4, 15)}
    # a holiday far from publication, or one the swap came before, names no day of it
    text = "Kyiv and Moscow swapped 84 soldiers each on Independence Day."
    assert {f.date for f in extract_facts(text, dt.date(2025, 3, 1))} == {None}
    text = "Kyiv and Moscow swapped 84 soldiers each ahead of Independence Day."
    assert {f.date for f in extract_facts(text, aug24)} == {None}


def test_holidays_are_lexicon_data(tmp_path) -> None:
    lex = user_lexicon(tmp_path, 'holidays:\n  Harvest Festival: ["03-07"]\n')
    text = "The rebels freed 12 hostages on Harvest Festival."
    assert [f.date for f in extract_facts(text, SAT, lex)] == [dt.date(2024, 3, 7)]
    assert [f.date for f in extract_facts(text, SAT)] == [None]


def test_a_total_raised_to_a_figure_runs_to_publication_not_the_day_s() -> None:
    # the day names the handover before it; the total raised to the figure runs until now
    text = "Kyiv got back 95 soldiers on Friday, bringing the total since the war began to 4,000."
    (f,) = [f for f in extract_facts(text, SAT) if f.low == 4000]
    assert (f.date, f.period_start, f.period_end) == (None, dt.date(2022, 2, 24), SAT)
    assert f.kind == "exchange"  # a running total of the war's returns
    text = "Kyiv got back 95 soldiers on Friday, raising the number of those returned to 4,000."
    (f,) = [f for f in extract_facts(text, SAT) if f.low == 4000]
    assert (f.date, f.period_end) == (None, SAT)


def test_a_plan_told_again_without_its_day_takes_the_day_it_was_told_with() -> None:
    # a headline's plan and the lead's, published on Saturday: the coming Monday's plan
    text = (
        "Rebels say they will free 120 captives\n\n"
        "The rebels are due to free 120 captives on Monday, a spokesman said."
    )
    heads = [f for f in extract_facts(text, SAT) if f.sentence_no == 0]
    assert heads and all(
        (f.status, f.date, f.date_source) == ("planned", dt.date(2024, 3, 11), DateSource.DOCUMENT)
        for f in heads
    )


def test_a_plan_told_with_two_days_lends_neither() -> None:
    text = (
        "Rebels say they will free 120 captives\n\n"
        "The rebels were due to free 120 captives on Thursday. Officials later said the 120 "
        "captives would be freed on Monday."
    )
    heads = [f for f in extract_facts(text, SAT) if f.sentence_no == 0]
    assert heads and all(f.date is None for f in heads)


def test_a_figure_told_again_with_its_day_dates_an_undated_handover() -> None:
    """A headline's handover its own words leave undated takes the day a body sentence
    moves the same figure on; not when two sentences give that figure two days, nor from
    another people's figure of the same size."""
    head = "A rebel group has now let 16 engineers go\n"
    body = "Tribal elders received the 16 engineers at a river crossing on Thursday."
    first = extract_facts(head + body, SAT)[0]
    assert (first.sentence_no, first.date) == (0, dt.date(2024, 3, 7))
    assert first.how.date is DateSource.DOCUMENT
    again = " Monks received 16 engineers of a second crew at a temple on Tuesday."
    first = extract_facts(head + body + again, SAT)[0]
    assert (first.sentence_no, first.date) == (0, None)
    other = body.replace("the 16 engineers", "16 Kenyan engineers")
    first = extract_facts(head.replace("16 engineers", "16 Egyptian engineers") + other, SAT)[0]
    assert (first.sentence_no, first.date) == (0, None)


def test_explain_names_a_handover_dated_by_a_restated_figure() -> None:
    # the rule column and explain's stages name restated_reports, not a generic 'restated'
    text = (
        "Pirates have now let 23 sailors go\n"
        "A navy ship received the 23 sailors off the coast on Wednesday."
    )
    facts = extract_facts(text, SAT)
    head = [f for f in facts if f.sentence_no == 0]
    assert head and all(f.rule.endswith("+restated_reports") for f in head)
    assert "then=restated_reports" in explain(text, facts)


def test_a_day_after_a_far_word_of_capture_is_the_taking() -> None:
    """A word of capture earlier in the day's clause, with no one moved before the day,
    makes it the day people were taken, however many words stand between: no handover's,
    no plan's, nor the day of the text."""
    taken = "villagers whom a militia abducted from a river settlement on February 20"
    (f,) = extract_facts(f"Some 60 {taken} came home on Friday.", SAT)
    assert f.date == dt.date(2024, 3, 8)
    (f,) = extract_facts(f"Talks should see the 60 {taken} freed.", SAT)
    assert (f.status, f.date) == ("planned", None)
    text = (
        "Gang frees 14 dam workers\n"
        "A gang kidnapped 14 workers repairing a spillway near the northern town on January 12.\n"
        "All 14 workers are now free, officials said."
    )
    assert [f.date for f in extract_facts(text, SAT)] == [None, None]
    # one moved before the day: the handover's ('rescued 31 kidnapped hostages on …')
    text = "Soldiers rescued 31 kidnapped hostages in a forest near the border on Thursday."
    (f,) = extract_facts(text, SAT)
    assert f.date == dt.date(2024, 3, 7)
