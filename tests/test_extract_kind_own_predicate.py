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
            "The ministry said 2,000 Ukrainians taken since 2014 had been freed and that 90 "
            "were still held in the east.",
            90,
        ),
        # 'while' opens it; a present 'remain' with a holding word
        ("Kyiv recovered 95 troops on Thursday, while 7,000 Ukrainians remain in captivity.", 7000),
        # not free yet: still waiting for release
        ("By the army's tally, over 20 others are still waiting for release.", 21),
    ],
)
def test_a_group_whose_own_clause_says_it_is_held_is_a_stock(text: str, low: int) -> None:
    assert ("held", "estimated", low) in kind_rows(text)


def test_the_first_clause_keeps_its_handover() -> None:
    got = kind_rows(
        "The ministry said 2,000 Ukrainians taken since 2014 had been freed and that 90 "
        "were still held in the east."
    )
    assert ("held", "estimated", 2000) not in got


@pytest.mark.parametrize(
    "text",
    [
        # a past passive of taking tells where freed people had been, no stock now
        "Of the detainees handed back, 200 had served long terms and some 900 were "
        "detained in the north last year.",
        # the group is a verb's object, not the subject of a clause of its own
        "The rebels freed 30 soldiers held in the mountains.",
    ],
)
def test_no_stock_without_a_present_holding_of_the_group_itself(text: str) -> None:
    assert all(k != "held" for k, _, _ in kind_rows(text))


def test_a_plan_in_the_groups_own_clause() -> None:
    assert _predicates(
        "Kyiv says 200 Ukrainians were freed, and 50 more are expected to come home next week."
    ) == [None, Predicate.PLANNED]
    got = kind_rows(
        "Kyiv says 200 Ukrainians were freed, and 50 more are expected to come home next week."
    )
    assert ("release", "reported", 200) in got
    assert ("release", "planned", 50) in got


def test_a_done_verb_before_the_group_keeps_it_told_done_in_a_coordination() -> None:
    got = kind_rows(
        "The king pardoned 2,100 convicts, and 40 foreign inmates are to be freed "
        "and expelled later."
    )
    assert ("release", "reported", 2100) in got
    assert ("release", "planned", 40) in got


def test_a_coordination_planned_as_a_whole_shares_its_status() -> None:
    got = kind_rows("Israel said 150 prisoners and 50 hostages would be freed.")
    assert {s for _, s, _ in got} == {"planned"}


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan handed the Indian mission a roll of 400 Indians held in its jails.",
        "The two camps exchanged lists naming 9,000 detainees on Monday.",
    ],
)
def test_people_named_on_a_roll_or_list_handed_over_are_held(text: str) -> None:
    assert {k for k, _, _ in kind_rows(text)} == {"held"}


def test_extract_facts_runs_on_a_text_with_no_figure_after_a_conjunction() -> None:
    assert extract_facts("They said that many were still held.", None, LEX) == []


@pytest.mark.parametrize(
    "text",
    [
        # the group's own predicate past the participle's phrase: home or back
        "Twelve Thai workers seized in the raid were back in Bangkok on Sunday.",
        "Twelve Thai workers seized in the raid are back home.",
        # a past verb before an aside set off by commas takes the group after it
        "The rebels on Sunday freed, after weeks of talks, 80 soldiers held since the spring.",
        # the swap a participle's phrase hangs on hands the groups over
        "The swap, involving 40 Ukrainians held by Russia and 30 Russians held by Ukraine, "
        "went smoothly.",
    ],
)
def test_a_group_said_held_that_its_clause_hands_over_is_no_stock(text: str) -> None:
    got = kind_rows(text)
    assert got and all(k != "held" for k, _, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        # a handover named in an opening phrase does not take the group after it
        "After the swap, 40 Ukrainians held by Russia remain in captivity.",
        # the coordinated clause's group is its own
        "Twelve Thai workers seized in the raid are held in a camp, and 30 others came home.",
    ],
)
def test_a_held_group_stays_a_stock_beside_a_handover_not_its_own(text: str) -> None:
    assert any(k == "held" for k, _, _ in kind_rows(text))


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the label's noun, then a realised verb: done
        ("The 150-for-150 exchange took place on Friday.", "reported"),
        # a realised verb of the clause before the label: done
        (
            "The exchange took place on Monday on a 200-for-200 basis, the ministry said.",
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
