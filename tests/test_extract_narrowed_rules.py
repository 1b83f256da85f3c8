"""Rules of this session narrowed to the construction each was written for.

Each rule below fired beyond its construction (a reviewer's sentences, and a second wording
of ours): these cases pin what the text says outside that construction.
"""

from __future__ import annotations

import datetime as dt

import pytest
from swaptally.extract import extract_facts, load_lexicon

SAT = dt.date(2024, 6, 1)  # a Saturday
LEX = load_lexicon()

# (lang, text, the facts as 'kind status persons_of held_by low')
CASES: list[tuple[str, str, set[str]]] = [
    # a destination verb after a past passive ('were taken on …') moves no one: the stock
    ("en", "The 101 hostages held in Gaza were taken on October 7, the army said.",
     {"held estimated IL PS 101"}),
    ("en", "Twenty Filipino sailors held by the Houthis were taken from their ship in "
     "November, the owners said.", {"held estimated PH YE 20"}),
    # 'N <group> remain in <place>' is a deployed force only for a force noun ('troops')
    ("en", "Israel says 120 Israelis remain in Gaza.", {"held estimated IL PS 120"}),
    ("en", "Some 59 people remain in Gaza, Israeli officials said.", {"held estimated IL PS 59"}),
    ("en", "Hamas freed three hostages on Friday; two others remain in Gaza.",
     {"release reported IL PS 3", "held estimated IL PS 2"}),
    ("en", "Manila says eight Filipinos still remain in Gaza.", {"held estimated PH PS 8"}),
    ("en", "About 1,000 Russian troops remain in Kursk, the general said.", set()),
    # a count of the dead does not reach, past a comma or 'while', a clause of captives coming
    # home ('the bodies of N …, and 84 came home from captivity')
    ("en", "Kyiv received the bodies of 757 fallen soldiers, and on Friday 84 came home from "
     "Russian captivity.", {"release reported UA RU 84"}),
    ("en", "Kyiv received the bodies of 757 fallen soldiers, while 84 came home from "
     "captivity.", {"release reported UA RU 84"}),
    ("en", "Armenia received the remains of 30 soldiers from Azerbaijan, and on Tuesday 12 came "
     "home from Azerbaijani captivity.", {"release reported AM AZ 12"}),
    # a put-off cue past the comma that closes a relative clause on the group is its predicate
    ("en", "The swap of 90 prisoners, which was agreed in May, was postponed on Friday, "
     "officials said.", {"exchange planned XX XX 90"}),
    ("en", "The release of 35 Colombian soldiers, which the ELN announced last week, was "
     "delayed on Thursday, the army said.", {"release planned CO CO 35"}),
    # a plan's terms only when the plan is the talk verb's subject, not across 'and'
    ("en", "Zelensky rejected the plan and called for the release of all 8,000 Ukrainians held "
     "by Russia.", {"held estimated UA RU 8000"}),
    ("en", "Netanyahu dismissed the deal but demanded the release of all 120 hostages held in "
     "Gaza.", {"held estimated IL PS 120"}),
    # (a war's hostages freed under a truce: a swap's half, doc_swaps.war_swaps)
    ("en", "The truce plan also calls for the release of 40 hostages held in Gaza.",
     {"exchange planned IL PS 40"}),
    # a receiving verb makes a two-party total only of opponents; 'in all' only right after
    # the group or a short adverbial, not in another predicate
    ("en", "Germany and France received 12 hostages freed by Hamas.",
     {"release reported FR PS 12"}),
    ("en", "Nepal and Thailand received 17 hostages freed by Hamas.",
     {"release reported TH PS 17"}),
    ("en", "Russia and Ukraine got back over 330 captives combined.",
     {"exchange reported XX XX 331"}),
    ("en", "Russia and Ukraine freed 90 prisoners and then halted the swaps altogether.", set()),
    ("en", "Armenia and Azerbaijan freed 46 prisoners and later dropped the talks altogether.",
     set()),
    ("en", "Armenia and Azerbaijan freed 46 prisoners last week in total.",
     {"exchange reported XX XX 46"}),
    # a delay of a day or more, then a realised verb coordinated with it: it happened
    ("en", "The exchange of 90 prisoners was delayed by 48 hours but went ahead on Sunday.",
     {"exchange reported XX XX 90"}),
    ("en", "The release of 24 hostages by Hamas was delayed by a day and then took place on "
     "Saturday.", {"release reported IL PS 24"}),
    ("en", "The release of 24 hostages by Hamas was delayed by two days and was postponed "
     "again on Sunday.", {"release planned IL PS 24"}),
    ("en", "The release of 20 hostages by Hamas was delayed by 90 minutes on Friday.",
     {"release reported IL PS 20"}),
]  # fmt: skip


def test_a_pair_that_got_back_its_people_from_a_third_is_no_swap() -> None:
    got = _got("en", "Thailand and the Philippines got back 25 hostages combined after Hamas "
               "freed them.")  # fmt: skip
    assert got and all(g.startswith("release reported") for g in got)


def _got(lang: str, text: str) -> set[str]:
    facts = extract_facts(text, SAT, LEX, lang=lang)
    return {f"{f.kind} {f.status} {f.persons_of} {f.held_by} {f.low}" for f in facts}


@pytest.mark.parametrize(("lang", "text", "gold"), CASES, ids=[c[1][:40] for c in CASES])
def test_narrowed_rule(lang: str, text: str, gold: set[str]) -> None:
    assert _got(lang, text) == gold


@pytest.mark.parametrize(
    "text",
    [
        "Україна має майже 300 полонених росіян для обміну.",
        "Сили оборони мають 300 полонених росіян.",
        "Україна має 300 полонених росіян.",
    ],
)
def test_the_verb_to_have_is_no_parent(text: str) -> None:
    # 'має/мають' lemmatise to мати, as the noun 'мати' (mother) does: only the noun is kin
    got = {(f.persons_of, f.held_by, f.low) for f in extract_facts(text, SAT, LEX, lang="uk")}
    assert got == {("RU", "UA", 300)}


def test_a_mother_of_children_is_still_no_captive() -> None:
    assert extract_facts("Загинула мати трьох дітей.", SAT, LEX, lang="uk") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Окупанти викрали їх ще навесні, але Україна повернула додому 12 дітей."),
        ("uk", "Торік росіяни вивезли їх до Криму, а вчора Україна повернула 12 дітей."),
        ("ru", "Оккупанты похитили их весной, но Украина вернула домой 12 детей."),
    ],
)
def test_children_returned_after_an_earlier_deporting_verb(lang: str, text: str) -> None:
    # the verb of deporting is an earlier clause's; the figure's own verb returns them
    got = {(f.persons_of, f.held_by, f.low) for f in extract_facts(text, SAT, LEX, lang=lang)}
    assert got == {("UA", "RU", 12)}


def test_children_deported_are_still_no_captives() -> None:
    text = "За оцінками Києва, Росія депортувала понад 19 тисяч українських дітей."
    assert extract_facts(text, SAT, LEX, lang="uk") == []
