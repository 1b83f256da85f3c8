"""The dependency-parse frame of a figure (extract/parse_frame.py): sentences of our own."""

from __future__ import annotations

import os
import re

import pytest
from swaptally.extract import load_lexicon
from swaptally.extract.parse_frame import available, frame_at, parse_texts, sides_of

# CI installs the parse extra and sets SWAPTALLY_REQUIRE_PARSE=1: there they must run, not skip
pytestmark = pytest.mark.skipif(
    not available() and os.environ.get("SWAPTALLY_REQUIRE_PARSE") != "1",
    reason="spaCy's English model not installed (pip install -e '.[parse]')",
)

LEX = load_lexicon()


def _frame(sentence: str, figure: str):
    doc = parse_texts([sentence])[0]
    at = re.search(rf"(?<![\d,]){re.escape(figure)}(?![\d,])", sentence).start()
    fr = frame_at(doc, at, LEX.actors_in(sentence), LEX)
    assert fr is not None
    return fr


def _sides(sentence: str, figure: str) -> tuple[list[str], list[str]]:
    persons, holders = sides_of(_frame(sentence, figure))
    return sorted(persons), sorted(holders)


def test_the_subject_of_a_giving_verb_held_the_people():
    assert _sides("Russia freed 90 Ukrainian soldiers on Tuesday.", "90") == (["UA"], ["RU"])


def test_the_figure_given_for_another_has_its_sides_mirrored():
    s = "Russia freed 90 Ukrainian soldiers in exchange for 95 Russians held by Kyiv."
    assert _sides(s, "95") == (["RU"], ["UA"])
    assert _frame(s, "95").for_other and _frame(s, "90").swap


def test_the_subject_of_a_receiving_verb_owns_the_people():
    s = "Ukraine got back 64 of its medics from Russian captivity."
    assert _sides(s, "64") == (["UA"], ["RU"])
    assert _frame(s, "64").verb == "get back"


def test_the_recipient_of_a_handover_owns_the_people():
    s = "Kyiv will hand over 50 of its prisoners to Moscow, the ministry said."
    fr = _frame(s, "50")
    assert fr.recipient == {"RU"} and fr.planned and not fr.past
    assert _sides(s, "50") == (["RU"], ["UA"])


def test_the_agent_of_a_passive_held_the_people():
    s = "Around 60 Armenian soldiers were released by Azerbaijan at the border."
    fr = _frame(s, "60")
    assert fr.passive and fr.agent == {"AZ"}
    assert _sides(s, "60") == (["AM"], ["AZ"])


def test_a_people_subject_moves_from_its_holder_to_its_side():
    assert _sides("Some 40 soldiers returned to Ukraine from Russia.", "40") == (["UA"], ["RU"])


def test_a_verb_of_plan_over_the_handover_makes_it_planned():
    fr = _frame("Azerbaijan is expected to hand back 5 Armenian servicemen.", "5")
    assert fr.planned and fr.subject == {"AZ"}
    assert _frame("The two sides agreed to swap 300 prisoners.", "300").planned


def test_a_past_handover_is_past_and_not_planned():
    fr = _frame("Israel freed 17 Palestinian detainees late on a Tuesday.", "17")
    assert fr.past and not fr.planned and not fr.negated


def test_a_refusal_is_negated():
    assert _frame("Moscow did not free the 12 sailors it seized.", "12").negated


def test_a_coordinated_verb_keeps_its_own_subject():
    s = "Hamas handed back 11 Israeli captives at dawn and Israel freed 33 Palestinian detainees."
    assert _sides(s, "11") == (["IL"], ["PS"])
    persons, _ = _sides(s, "33")
    assert persons == ["PS"]


def test_a_mediator_is_no_side():
    s = "Qatar handed 25 Russian prisoners to Russia on Monday."
    fr = _frame(s, "25")
    assert "QA" not in fr.subject | fr.recipient | fr.nationality


def test_the_subject_of_a_speech_verb_is_the_speaker():
    s = "Ukraine said Russia had freed 20 Ukrainian civilians."
    fr = _frame(s, "20")
    assert fr.speaker == {"UA"} and fr.subject == {"RU"}
