"""The fact's provenance: typed fields, a label built from them."""

from __future__ import annotations

from swaptally.extract import DateSource, KindRule, Mention, Provenance, Side, Step


def test_label_names_the_resolver_steps_and_date_source() -> None:
    how = Provenance(Mention.NOUN_PHRASE, Side.CONTEXT, date=DateSource.DOCUMENT)
    assert how.label() == "context+doc_date"
    assert how.weak
    later = how.then(Step.RESTATED)
    assert later.label() == "context+restated+doc_date"
    assert later.then(Step.OVERALL, DateSource.OVERALL).label() == "context+restated+overall"


def test_held_and_marker() -> None:
    held = Provenance(None, Side.CONTEXT, KindRule.STOCK)
    assert held.label() == "held_estimate" and not held.weak
    assert Provenance(None, Side.TWO_PARTY_EXACT).marker
