"""Dating constructions of news texts (own sentences): which day a figure takes, when the
sentence or the text names several, and when it takes none."""

from __future__ import annotations

import datetime as dt

from extract_helpers import SAT
from swaptally.extract import extract_facts


def facts_of(text: str, published: dt.date = SAT) -> list[tuple]:
    return [
        (f.kind, f.persons_of, f.held_by, f.low, f.date) for f in extract_facts(text, published)
    ]


def test_a_stock_takes_the_day_of_the_lists_that_count_it() -> None:
    # the lists were swapped on that day, the people were not: the stock holds on it
    text = (
        "Registers that Baku and Yerevan swapped on January 1 show that Armenia still holds "
        "12 Azerbaijani soldiers."
    )
    assert ("held", "AZ", "AM", 12, dt.date(2024, 1, 1)) in facts_of(text)
    text = (
        "In the list it handed to Yerevan on February 1, Azerbaijan named 30 Armenian "
        "prisoners it holds."
    )
    assert ("held", "AM", "AZ", 30, dt.date(2024, 2, 1)) in facts_of(text)


def test_a_stock_beside_a_handover_holds_on_the_publication_day() -> None:
    text = (
        "Russia and Ukraine swapped 50 prisoners each on Friday, and Russia still holds "
        "800 Ukrainian soldiers."
    )
    got = facts_of(text)
    assert ("held", "UA", "RU", 800, SAT) in got
    assert ("exchange", "UA", "RU", 50, dt.date(2024, 3, 8)) in got


def test_a_day_told_in_a_later_sentence_without_figures_dates_the_handover() -> None:
    # the figure's own sentence names no day; a later one, about the same people, does
    text = (
        "Azerbaijan has handed 12 Armenian soldiers back to Armenia, officials said. "
        "Yerevan thanked the mediators. The talks had lasted for months. "
        "The men were handed over on Thursday evening at a border post."
    )
    assert ("release", "AM", "AZ", 12, dt.date(2024, 3, 7)) in facts_of(text)
    text = (
        "Pakistan has released 40 Indian fishermen held for straying into its waters. "
        "Their families had waited for years. Officials on both sides welcomed the step. "
        "Buses took them to the frontier after they left a Karachi jail on Wednesday."
    )
    assert ("release", "IN", "PK", 40, dt.date(2024, 3, 6)) in facts_of(text)


def test_a_later_sentence_about_a_talk_dates_no_handover() -> None:
    text = (
        "Azerbaijan has handed 12 Armenian soldiers back to Armenia, officials said. "
        "Yerevan thanked the mediators. The talks had lasted for months. "
        "The two leaders spoke on Thursday about the border."
    )
    assert ("release", "AM", "AZ", 12, None) in facts_of(text)


def test_the_day_of_a_raid_or_a_truce_dates_no_handover() -> None:
    # a day after an event noun ('an assault on') in a clause that moves no one, or after
    # 'took effect on', is that event's
    text = (
        "Police say 40 villagers kidnapped in Zamfara have been released. Armed men had "
        "stormed their homes in an assault on January 8, and the forest hid them for weeks."
    )
    assert ("release", "NG", "NG", 40, None) in facts_of(text)
    text = (
        "Thailand has freed 18 Cambodian soldiers as part of a border accord that took "
        "effect on Tuesday, officials said."
    )
    assert ("release", "KH", "TH", 18, None) in facts_of(text)


def test_a_raid_that_frees_people_dates_their_release() -> None:
    text = "Troops rescued 15 hostages held by gunmen in a raid on Thursday."
    got = facts_of(text)
    assert [f[4] for f in got if f[3] == 15] == [dt.date(2024, 3, 7)]


def test_a_day_after_said_that_is_the_handover_s() -> None:
    # 'announced that on Friday …': the day belongs to what was announced
    text = (
        "Egypt announced that on Friday Israel had released 39 Palestinian prisoners in "
        "return for 13 Israeli hostages."
    )
    got = facts_of(text)
    assert {f[4] for f in got if f[3] in (13, 39)} == {dt.date(2024, 3, 8)}


def test_a_record_since_a_month_dates_the_swap_by_its_day() -> None:
    # 'the biggest swap since early May' is a record: its figures take their own day
    text = (
        "Russia and Ukraine returned 120 soldiers each on Thursday, in what officials "
        "called the biggest swap of the war since early May."
    )
    got = facts_of(text)
    assert {f[4] for f in got if f[3] == 120} == {dt.date(2024, 3, 7)}


def test_a_dateline_s_day_is_the_filing_day_not_the_handover_s() -> None:
    text = (
        "Kyiv welcomes 60 soldiers home\n"
        "LVIV, March 9 (Wire Agency) — Ukraine got 60 soldiers back from Russian captivity "
        "after a swap on Thursday, officials said."
    )
    got = facts_of(text)
    assert {f[4] for f in got if f[3] == 60} == {dt.date(2024, 3, 7)}


def test_a_headline_figure_takes_the_day_the_text_is_about() -> None:
    text = (
        "Azerbaijan frees 12 Armenian soldiers\n"
        "The men crossed into Armenia on Thursday after months in custody."
    )
    assert facts_of(text) == [("release", "AM", "AZ", 12, dt.date(2024, 3, 7))]


def test_a_page_s_stamp_gives_no_handover_day() -> None:
    # published Monday 6 May 2024; the swap itself was on Sunday, the day the body names
    monday = dt.date(2024, 5, 6)
    text = (
        "Kyiv and Moscow swap 75 prisoners each\n"
        "Posted May 6, 2024 - 09:40 GMT Kyiv and Moscow swap 75 prisoners each\n"
        "The two sides handed over 75 prisoners each on Sunday, officials said."
    )
    assert {f.date for f in extract_facts(text, monday)} == {dt.date(2024, 5, 5)}


def test_a_day_in_a_clause_of_capture_is_no_handover_s() -> None:
    # a participle of capture opens the day's clause, however far before the day: the day
    # they were taken; the release takes the day the text tells it by
    text = (
        "Forty pupils of a boarding school in Zamfara, seized from their dormitories by gunmen "
        "in the early hours of Tuesday, have been freed. Officials said the children were "
        "handed to the state governor late on Wednesday."
    )
    assert [f[3:] for f in facts_of(text)] == [(40, dt.date(2024, 3, 6))]
    # a place after the participle ('seized off the coast on'): the capture's day too
    text = "Bandits freed eight fishermen of a trawler seized off the coast on March 3."
    assert [f[3:] for f in facts_of(text)] == [(8, None)]


def test_a_plan_for_one_named_day_is_that_day_s_stage_not_a_whole() -> None:
    # the label 'on a 120-for-120 basis' is read as a plan with its day: the figure told
    # done keeps the day the text is about instead of losing it as a whole's total
    text = (
        "120 Russian soldiers flown home after swap\nPlanes carrying 120 Russian soldiers "
        "freed from Ukrainian captivity landed near Moscow. The exchange took place on "
        "Friday on a 120-for-120 basis, the ministry said."
    )
    assert ("exchange", "RU", "UA", 120, dt.date(2024, 3, 8)) in facts_of(text)


def test_a_plan_the_same_day_takes_the_day_the_text_is_about() -> None:
    # not the day of the attack after which they were arrested
    text = (
        "Hamas freed four hostages on Saturday. In return 90 Palestinian prisoners were to go "
        "free the same day; most had been arrested after the attack of October 7."
    )
    assert ("exchange", "PS", "IL", 90, SAT) in facts_of(text)


def test_a_plan_for_that_day_takes_the_day_the_text_is_about() -> None:
    # 'that day' points back to the day the text is about, as 'the same day' does
    text = (
        "The army freed 30 rebels on Saturday. A spokesman said 45 more detainees would be "
        "let go that day as part of the truce."
    )
    assert any(f[3] == 45 and f[4] == SAT for f in facts_of(text))


def test_a_day_in_a_relative_clause_on_another_noun_dates_no_stock() -> None:
    # the day the group killed a hostage is its own clause's; the stock is told as it is now
    text = (
        "The militia, which shot a captive on March 2 when the talks broke down, still "
        "holds five fishermen."
    )
    assert [f[4] for f in facts_of(text)] == [SAT]


def test_since_an_event_began_on_a_day_starts_a_running_total() -> None:
    # 'since the truce took hold on March 2': from that day to publication, not that day
    text = "Since the truce took hold on March 2, 40 hostages have been released by Hamas."
    (f,) = extract_facts(text, SAT)
    assert (f.low, f.date, f.period_start, f.period_end) == (40, None, dt.date(2024, 3, 2), SAT)
    text = "Kyiv said 900 Ukrainians had returned home since the talks began on March 1."
    (f,) = extract_facts(text, SAT)
    assert (f.low, f.date, f.period_start, f.period_end) == (900, None, dt.date(2024, 3, 1), SAT)
    # a record since that start dates no total
    text = "It was the first swap since the truce began on March 1, and 90 prisoners came home."
    assert all(f.period_start is None for f in extract_facts(text, SAT))


def test_a_period_opening_the_figure_s_clause_spans_its_days() -> None:
    # 'Over two days …' before the figure, as 'over two days' after it: a reported total
    # ending on the day the text is about, no single day
    text = "Over two days the army has rescued 155 passengers held by gunmen on a train."
    (f,) = extract_facts(text, SAT)
    assert (f.low, f.date, f.period_start, f.period_end) == (155, None, dt.date(2024, 3, 8), SAT)
    # a figure after another shares the period told between them
    text = "Doha said 50 hostages would be let go over the four days in return for 150 inmates."
    got = {(f.low, f.period_start, f.period_end) for f in extract_facts(text, SAT)}
    assert got == {(50, SAT, dt.date(2024, 3, 12)), (150, SAT, dt.date(2024, 3, 12))}


def test_a_release_told_by_let_go_around_its_object_sets_the_text_s_day() -> None:
    # 'let six hostages go' frees them as 'let go' does: the text is about that day, and
    # the headline takes it, not the day of an earlier release told after it
    text = (
        "Rebels free six hostages\nThe rebels let six hostages go in the hills on Thursday, "
        "aid workers said. This brings to eight the captives the group has freed this "
        "week, after it let two people go on Monday."
    )
    got = [(f.kind, f.low, f.date) for f in extract_facts(text, SAT)]
    assert got[0] == ("release", 6, dt.date(2024, 3, 7))


def test_a_day_still_to_come_dates_no_earlier_handover() -> None:
    # the plan's weekday lies ahead; read as the last such day, it dated an older swap
    text = (
        "Armenia and Azerbaijan have agreed to swap 30 detainees each, mediators said. "
        "The first group is to cross the border on Friday, and the sick are among those "
        "coming home. The two sides last traded prisoners in the autumn. "
        "In that swap 20 Armenian soldiers came home."
    )
    assert ("exchange", "AM", "AZ", 20, None) in facts_of(text)
