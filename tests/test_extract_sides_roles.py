"""Sides from roles: a place or mediator is no side, holders the lexicon names by role
(insurgents, a region's people), with sentences written for these tests."""

from __future__ import annotations

from extract_helpers import SAT, doc_of
from swaptally.extract import extract_facts


def sides_of(text: str) -> set[tuple[str, str | None, int | None]]:
    return {(f.persons_of, f.held_by, f.low) for f in extract_facts(text, SAT)}


def test_a_mediator_named_as_the_venue_of_a_deal_frees_no_one() -> None:
    text = "Sudan's army and the RSF signed a pact in Doha on Monday to free 400 detainees."
    assert "QA" not in doc_of(text).parties
    assert all("QA" not in (p, h) for p, h, _ in sides_of(text))
    text = "Armenia accused Azerbaijan of delaying a deal reached in Abu Dhabi to free 30 men."
    assert "AE" not in doc_of(text).parties
    assert all("AE" not in (p, h) for p, h, _ in sides_of(text))


def test_a_mediator_that_frees_people_itself_is_still_their_holder() -> None:
    text = "Qatar pardoned eight Indian nationals on Monday."
    assert sides_of(text) == {("IN", "QA", 8)}


def test_kurdish_led_forces_are_insurgents_in_syria() -> None:
    # the SDF holds Syria's own soldiers: one code for both (as Tigray forces in Ethiopia)
    assert sides_of("The SDF handed 45 Syrian army soldiers to the government on Tuesday.") == {
        ("SY", "SY", 45)
    }
    assert sides_of("Damascus released 120 SDF fighters on Friday.") == {("SY", "SY", 120)}


def test_a_regions_people_are_its_countrys() -> None:
    assert sides_of("Addis Ababa freed 1,000 Tigrayans detained during the war.") == {
        ("ET", "ET", 1000)
    }
    assert sides_of("The Ethiopian government released 500 Tigrayan detainees on Saturday.") == {
        ("ET", "ET", 500)
    }
