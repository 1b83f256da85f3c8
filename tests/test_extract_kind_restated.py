"""A definite group that names again a group the text told done keeps that telling's kind,
status and sides (kind_restated.py): its later clause tells more about the same people."""

from __future__ import annotations

from extract_helpers import SUN, fact_rows
from swaptally.explain import explain
from swaptally.extract import extract_facts


def test_how_freed_people_were_taken_is_no_stock() -> None:
    got = fact_rows(
        "Twelve Thai soldiers crossed back from Cambodia on Saturday. Cambodian troops had "
        "held the twelve soldiers since a border clash last month, Thailand's army chief "
        "told reporters."
    )
    assert got == {("release", "reported", "TH", "KH", "military", 12)}


def test_a_plan_that_names_people_already_freed_does_not_plan_them_again() -> None:
    got = fact_rows(
        "Kyiv welcomed home 30 Ukrainian marines on Wednesday. Under the deal, the 30 marines "
        "are to be swapped for 45 Russian soldiers whom Ukraine will hand over next week, a "
        "mediator said."
    )
    assert ("exchange", "reported", "UA", "RU", "military", 30) in got
    assert not any(row[5] == 30 and row[1] == "planned" for row in got)


def test_a_bare_definite_group_takes_the_category_told_before() -> None:
    got = fact_rows(
        "Five Indian soldiers walked back across the border from China on Friday. An Indian "
        "army officer said Chinese troops had captured the five men while they were mending a "
        "road."
    )
    assert got == {("release", "reported", "IN", "CN", "military", 5)}


def test_a_captive_noun_keeps_its_own_category() -> None:
    got = fact_rows(
        'Eritrea handed back 20 Ethiopian soldiers at a border crossing on Tuesday. "Our '
        'forces captured the 20 prisoners in a clash in the spring," an Eritrean official said.'
    )
    assert ("release", "reported", "ET", "ER", "unspecified", 20) in got
    assert not any(row[0] == "held" for row in got)


def test_a_group_told_only_as_planned_is_not_restated() -> None:
    # the plan is no group the reader knows as freed: the later clause reads alone
    got = fact_rows(
        "Rebels are to free 12 Congolese soldiers next week. The 12 soldiers were captured in May."
    )
    assert ("held", "estimated", "CD", "CD", "military", 12) in got


def test_a_swaps_two_halves_of_one_figure_are_not_one_reading() -> None:
    # 7 for 7: 'the 7' may be either half, so the later clause reads alone: a stock, which
    # held_restated.py then drops (a handed-over group told again), so no fact of its own
    text = (
        "At the border on Monday, Baku and Yerevan swapped 7 captured soldiers each. The 7 "
        "Armenians had been captured near Lachin in 2021."
    )
    got = extract_facts(text, SUN)
    assert {(f.persons_of, f.held_by) for f in got if f.kind == "exchange"} == {
        ("AM", "AZ"),
        ("AZ", "AM"),
    }
    assert not [f for f in got if f.sentence_no == 1]


def test_a_planned_figure_named_again_with_no_verb_of_a_handover_is_the_plan() -> None:
    # 'handover of 35': a handover's noun and no verb that tells it done, restating a plan
    for text in (
        "Tbilisi will hand 35 Abkhaz detainees to Sukhumi next week, officials said. The "
        "handover of 35 Abkhaz detainees needs a Red Cross escort.",
        "Georgia announces handover of 35 Abkhaz detainees. Tbilisi said it would release 35 "
        "Abkhaz detainees next week.",
    ):
        assert {row[1] for row in fact_rows(text)} == {"planned"}


def test_a_planned_figure_told_done_later_stays_done() -> None:
    plan = "Tbilisi will hand 35 Abkhaz detainees to Sukhumi next week. "
    for done in (
        "On Friday 35 Abkhaz detainees walked across the bridge.",
        "Georgia freed 35 Abkhaz detainees on Friday.",
        "Guards let 35 Abkhaz detainees go on Friday.",
        "A bus carried 35 Abkhaz detainees to the bridge on Friday.",
    ):
        assert {row[1] for row in fact_rows(plan + done)} == {"planned", "reported"}


def test_explain_names_a_plan_named_again() -> None:
    # the rule column and explain's stages name plans_named_again, not a generic 'restated'
    text = (
        "Quito will hand 18 Peruvian detainees to Lima next month. The handover of 18 Peruvian "
        "detainees waits for a judge."
    )
    facts = extract_facts(text, SUN)
    again = [f for f in facts if f.sentence_no == 1]
    assert again and all(f.rule.endswith("+plans_named_again") for f in again)
    assert "then=plans_named_again" in explain(text, facts)
