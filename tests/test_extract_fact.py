"""The fact's provenance: typed fields, a label built from them."""

from __future__ import annotations

import dataclasses

from swaptally.extract import DateSource, Fact, KindRule, Mention, Provenance, Side, Step


def test_label_names_the_resolver_and_steps_never_the_date_source() -> None:
    how = Provenance(Mention.NOUN_PHRASE, Side.CONTEXT, date=DateSource.DOCUMENT)
    assert how.label() == "context"
    assert how.weak
    later = how.then(Step.RESTATED)
    assert later.label() == "context+restated" and later.date is DateSource.DOCUMENT
    last = later.then(Step.OVERALL, DateSource.OVERALL)
    assert (last.label(), last.date) == ("context+restated+overall", DateSource.OVERALL)


def test_a_fact_keeps_where_its_date_came_from_as_a_typed_field() -> None:
    how = Provenance(Mention.NOUN_PHRASE, Side.CONTEXT, date=DateSource.DOCUMENT)
    f = Fact(
        "exchange", "reported", "UA", "RU", "military", 50, 50, "exact", None, None, None,
        None, 0, "50 came home.", 0, 2, how=how,
    )  # fmt: skip
    assert (f.rule, f.date_source) == ("context", DateSource.DOCUMENT)
    # the source follows the provenance, also after replace()
    later = dataclasses.replace(f, how=how.then(Step.STAGE_DATE, DateSource.STAGE))
    assert (later.rule, later.date_source) == ("context+stage_date", DateSource.STAGE)
    # a fact of no provenance keeps the source it was given, or none
    assert dataclasses.replace(f, how=None, rule="slavic.x").date_source is DateSource.DOCUMENT
    assert Fact(*dataclasses.astuple(later)[:16]).date_source is None


def test_held_and_marker() -> None:
    held = Provenance(None, Side.CONTEXT, KindRule.STOCK)
    assert held.label() == "held_estimate" and not held.weak
    assert Provenance(None, Side.TWO_PARTY_EXACT).marker
