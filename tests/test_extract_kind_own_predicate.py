"""A group that opens a clause of its own: its own predicate says held or planned, whatever
a coordinated clause before says (kind_own_predicate.py, held_stock.py, planned.py), and a
group the object or subject of a done verb keeps its own status in a coordination."""

from __future__ import annotations

import pytest
from extract_helpers import kind_rows
from swaptally.extract import extract_facts, load_lexicon
from swaptally.extract.kind_own_predicate import Predicate, own_predicate
from swaptally.extract.lexicon import Lexicon
from swaptally.extract.text import read_text

LEX: Lexicon = load_lexicon()


def _predicates(text: str) -> list[Predicate | None]:
    """own_predicate of each figure of the text's first sentence with figures."""
    _, sents, cands = read_text(text, None, LEX)
    s = sents[cands[0]]
    return [own_predicate(s, f) for f in s.figures]


@pytest.mark.parametrize(
    ("text", "low"),
    [
        # a that-clause coordinated after one that frees others
        (
            "Amnesty's report counts 60 reporters freed this year and notes that 14 are still "
            "held by the junta.",
            14,
        ),
        # not free yet: still waiting for release
        ("Families say that 30 fishermen are still waiting for release.", 30),
    ],
)
def test_a_group_whose_own_clause_says_it_is_held_is_a_stock(text: str, low: int) -> None:
    assert ("held", "estimated", low) in kind_rows(text)


def test_the_first_clause_keeps_its_handover() -> None:
    got = kind_rows(
        "Amnesty's report counts 60 reporters freed this year and notes that 14 are still "
        "held by the junta."
    )
    assert ("held", "estimated", 60) not in got


def test_a_past_taking_in_the_groups_own_clause_is_no_holding_now() -> None:
    text = "Kyiv said 300 soldiers came home and that 40 were detained at the border in March."
    assert _predicates(text) == [None, None]
    assert all(k != "held" for k, _, _ in kind_rows(text))


def test_a_group_a_verb_takes_is_no_subject_of_its_own() -> None:
    assert _predicates("The rebels freed 30 soldiers held in the mountains.") == [None]


def test_a_plan_in_the_groups_own_clause() -> None:
    text = "The court freed 70 detainees on bail this week, and 25 others are expected to walk out."
    assert _predicates(text) == [None, Predicate.PLANNED]
    got = kind_rows(text)
    assert ("release", "reported", 70) in got
    assert ("release", "planned", 25) in got


def test_a_done_verb_before_the_group_keeps_it_told_done_in_a_coordination() -> None:
    got = kind_rows(
        "The governor pardoned 400 convicts on Friday, and 18 women jailed for debt should be "
        "let go by the end of the month."
    )
    assert ("release", "reported", 400) in got
    assert ("release", "planned", 18) in got


def test_a_coordination_planned_as_a_whole_shares_its_status() -> None:
    got = kind_rows("Israel said 150 prisoners and 50 hostages would be freed.")
    assert {s for _, s, _ in got} == {"planned"}


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Colombo received a roll of 85 fishermen in Indian prisons.",
        "Negotiators traded lists naming 700 fighters on Tuesday.",
    ],
)
def test_people_named_on_a_roll_or_list_handed_over_are_held(text: str) -> None:
    assert {k for k, _, _ in kind_rows(text)} == {"held"}


def test_extract_facts_runs_on_a_text_with_no_figure_after_a_conjunction() -> None:
    assert extract_facts("They said that many were still held.", None, LEX) == []


@pytest.mark.parametrize(
    "text",
    [
        # the group's own predicate past the participle's phrase: back
        "By Sunday, nine truck drivers seized near the border were back in Kenya.",
        # a past verb before an aside set off by commas takes the group after it
        "In the north the militia released, according to local elders, 26 herders kept in its "
        "camps.",
        # the handover a participle's phrase hangs on hands the group over
        "The transfer, covering 33 Chadian herders kept in Darfur, ended at noon.",
    ],
)
def test_a_group_said_held_that_its_clause_hands_over_is_no_stock(text: str) -> None:
    got = kind_rows(text)
    assert got and all(k != "held" for k, _, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        # a handover named in an opening phrase does not take the group after it
        "After the handover, 40 conscripts held by the rebels remain in their camps.",
        # the coordinated clause's group is its own
        "Nine truck drivers seized near the border are held in a camp, and 30 others came home.",
    ],
)
def test_a_held_group_stays_a_stock_beside_a_handover_not_its_own(text: str) -> None:
    assert any(k == "held" for k, _, _ in kind_rows(text))


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the label's noun, then a realised verb: done
        ("A 45-for-45 handover went ahead at the border on Tuesday.", "reported"),
        # a realised verb of the clause before the label: done
        (
            "Guards and rebels met at the bridge, and the trade was carried out on a 45-for-45 "
            "basis.",
            "reported",
        ),
        # a plan in the clause keeps the label a plan's name
        ("Moscow said a 300-for-300 exchange would take place soon.", "planned"),
        ("The sides agreed on a 500-for-500 swap.", "planned"),
        # a stage of the labelled swap done: the whole still under way
        ("Stage one of a 700-for-700 swap was completed on Friday.", "planned"),
    ],
)
def test_an_n_for_n_label_is_done_when_its_clause_says_so(text: str, status: str) -> None:
    assert {s for _, s, _ in kind_rows(text)} == {status}
