"""Stage 5: a handover said not to happen; the apostrophes a negation or a quote is typed with."""

from __future__ import annotations

import pytest
from extract_helpers import SAT, kinds
from swaptally.extract import extract_facts


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban on Monday refused to free 40 Pakistani prisoners.",
        "Minsk denied that it had freed 30 political prisoners.",
        "Hamas said it would not release the 3 hostages due on Saturday.",
    ],
)
def test_a_handover_said_not_to_happen_is_no_fact(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize(
    ("text", "low"),
    [
        # guards: the negation governs another verb, or another clause's
        ("Russia, which had refused to free them for months, released 40 Ukrainian soldiers.", 40),
        ("Officials refused to comment after Russia released 40 Ukrainian prisoners.", 40),
        ("Hamas refused to free 40 hostages and Israel released 90 Palestinian prisoners.", 90),
        ("Kyiv and Moscow have not swapped captives since August, when 22 Ukrainian "
         "soldiers were returned.", 22),
    ],
)  # fmt: skip
def test_a_negation_of_another_verb_keeps_the_handover(text: str, low: int) -> None:
    assert [n for *_, n in kinds(text)] == [low]


@pytest.mark.parametrize(
    "text",
    [
        "A planned swap of 150 prisoners between the Houthis and the government collapsed on "
        "Tuesday.",
        "The release of 40 detainees, which the junta had promised for Friday, was cancelled.",
        "A swap of 200 captives per side fell through at the last moment, Kyiv said.",
    ],
)
def test_a_handover_that_fell_through_is_no_fact(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The exchange of 90 prisoners went ahead after talks on a wider deal collapsed.",
         "exchange"),
        ("Talks collapsed after Kyiv freed 40 Russian soldiers.", "release"),
    ],
)  # fmt: skip
def test_a_collapse_of_something_else_leaves_the_handover(text: str, kind: str) -> None:
    assert [k for k, *_ in kinds(text)] == [kind]


# every apostrophe a text may be typed with: straight, right and left single quote, and the
# modifier letter of Ukrainian spelling
APOSTROPHES = ("'", "\u2019", "\u2018", "\u02bc")


@pytest.mark.parametrize("apostrophe", APOSTROPHES)
@pytest.mark.parametrize(
    "text",
    [
        "The planned release of 18 fishermen held by Eritrea didn{a}t take place, officials said.",
        "A swap of 75 prisoners that Sudan{a}s army had promised for Eid didn{a}t take place.",
    ],
)
def test_a_handover_that_did_not_take_place_is_none_whatever_the_apostrophe(
    text: str, apostrophe: str
) -> None:
    assert kinds(text.format(a=apostrophe)) == []


@pytest.mark.parametrize("apostrophe", APOSTROPHES)
@pytest.mark.parametrize(
    "text",
    [
        "The cartel said it won{a}t free 12 hostages until the ransom is paid.",
        "Belgrade said it hasn{a}t released the 9 Kosovar policemen it arrested.",
    ],
)
def test_a_negated_handover_is_none_whatever_the_apostrophe(text: str, apostrophe: str) -> None:
    assert kinds(text.format(a=apostrophe)) == []


@pytest.mark.parametrize("apostrophe", APOSTROPHES)
def test_facts_quote_the_text_as_written(apostrophe: str) -> None:
    text = f"Ukraine{apostrophe}s ombudsman said Kyiv and Moscow swapped 84 prisoners each."
    facts = extract_facts(text, SAT)
    assert len(facts) == 2
    assert {(f.sentence, f.said_by) for f in facts} == {(text, text[:19])}


def test_a_speaker_is_quoted_from_the_facts_own_sentence() -> None:
    # the same speaker typed with ' first and ’ in the sentence of the fact
    first = "Ukraine's ombudsman visited a camp near the border on Monday."
    second = "Ukraine\u2019s ombudsman said Kyiv and Moscow swapped 84 prisoners each."
    facts = extract_facts(f"{first} {second}", SAT)
    assert len(facts) == 2
    assert {(f.sentence, f.said_by) for f in facts} == {(second, second[:19])}
