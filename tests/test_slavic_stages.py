"""The stages of swaptally.slavic one by one: figures, days, groups, side resolvers."""

from __future__ import annotations

import datetime

import pytest
from swaptally.slavic.dates import find_days
from swaptally.slavic.frame import Frame
from swaptally.slavic.groups import Group, find_group
from swaptally.slavic.lexicon import load_lexicon
from swaptally.slavic.morph import tokens as _tokens
from swaptally.slavic.numbers import find_figures
from swaptally.slavic.sides import RESOLVERS, Clue, exchanged_with, resolve, subject

PUB = datetime.date(2025, 3, 8)  # a Saturday


def tokens(text: str, lang: str):
    return _tokens(text, load_lexicon(lang))


def figures(text: str, lang: str) -> list[tuple]:
    lex = load_lexicon(lang)
    toks = tokens(text, lang)
    return [(f.low, f.high, f.qualifier, f.each, f.formula) for f in find_figures(text, toks, lex)]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("вернули трёхсот пленных", "ru", [(300, 300, "exact", False, False)]),
        ("повернули двохсот полонених", "uk", [(200, 200, "exact", False, False)]),
        ("около ста пятидесяти военных", "ru", [(150, 150, "approx", False, False)]),
        ("сто вісімдесят троє", "uk", [(183, 183, "exact", False, False)]),
        ("вернулись 1\u00a0000 человек", "ru", [(1000, 1000, "exact", False, False)]),
        ("более 4,3 тысячи пленных", "ru", [(4301, None, "at_least", False, False)]),
        ("понад 7 тисяч українців", "uk", [(7001, None, "at_least", False, False)]),
        ("не менее 500 человек", "ru", [(500, None, "at_least", False, False)]),
        ("до 300 пленных", "ru", [(None, 300, "at_most", False, False)]),
        ("от 8 до 10 тысяч украинцев", "ru", [(8000, 10000, "range", False, False)]),
        ("8–10 тисяч полонених", "uk", [(8000, 10000, "range", False, False)]),
        ("передали по 185 военных", "ru", [(185, 185, "exact", True, False)]),
        ("по формуле 150 на 150", "ru", [(150, 150, "exact", False, True)]),
        ("около полутора тысяч пленных", "ru", [(1500, 1500, "approx", False, False)]),
        ("понад півтори тисячі бранців", "uk", [(1501, None, "at_least", False, False)]),
        ("свыше тысячи пленных", "ru", [(1001, None, "at_least", False, False)]),
        ("передали тысячу военнопленных", "ru", [(1000, 1000, "exact", False, False)]),
        ("тисяча двісті полонених", "uk", [(1200, 1200, "exact", False, False)]),
        ("близько тисячі цивільних", "uk", [(1000, 1000, "approx", False, False)]),
        ("8–10 тыс. человек", "ru", [(8000, 10000, "range", False, False)]),
        ("полтораста пленных", "ru", [(150, 150, "exact", False, False)]),
        ("повертаємо восьмеро цивільних", "uk", [(8, 8, "exact", False, False)]),
        ("вернулись десятеро пленных", "ru", [(10, 10, "exact", False, False)]),
        ("тысячи пленных", "ru", [(2000, None, "vague", False, False)]),  # not one thousand
        ("сотні полонених", "uk", [(200, None, "vague", False, False)]),
    ],
)
def test_figures(text, lang, want):
    assert figures(text, lang) == want


@pytest.mark.parametrize(
    "text",
    [
        "2-й этап обмена",
        "24 мая",
        "в 2023 году",
        "01.12.2022",
        "рост на 15%",
        "№ 5",
        "полтора года",
    ],
)
def test_not_counts(text):
    assert figures(text, "ru") == []


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("в субботу", "ru", datetime.date(2025, 3, 8)),
        ("у п'ятницю", "uk", datetime.date(2025, 3, 7)),
        ("в прошлый вторник", "ru", datetime.date(2025, 3, 4)),
        ("вчора", "uk", datetime.date(2025, 3, 7)),
        ("24 травня", "uk", datetime.date(2024, 5, 24)),  # still ahead this year: last year's
        ("3 марта", "ru", datetime.date(2025, 3, 3)),
        ("5 февраля 2023 года", "ru", datetime.date(2023, 2, 5)),
        ("обмен 01.12.2022", "ru", datetime.date(2022, 12, 1)),
    ],
)
def test_days(text, lang, want):
    lex = load_lexicon(lang)
    assert [d.date for d in find_days(text, tokens(text, lang), lex, PUB)] == [want]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("144 українських захисників", "uk", ("military", "UA", False)),
        ("20 мирных жителей", "ru", ("civilian", None, False)),
        ("7 тисяч українців", "uk", ("unspecified", "UA", False)),
        ("82 бойца ВСУ", "ru", ("military", "UA", False)),
        ("230 воїнів і цивільних", "uk", ("unspecified", None, False)),
        ("90 наших людей", "uk", ("unspecified", None, True)),
    ],
)
def test_groups(text, lang, want):
    lex = load_lexicon(lang)
    toks = tokens(text, lang)
    g = find_group(toks, find_figures(text, toks, lex)[0], lex)
    assert g is not None and (g.category, g.nationality, g.possessive) == want


@pytest.mark.parametrize("text", ["12 тел погибших", "5 километров", "3 дня"])
def test_no_group_of_captives(text):
    lex = load_lexicon("ru")
    toks = tokens(text, "ru")
    assert find_group(toks, find_figures(text, toks, lex)[0], lex) is None


def clue(**frame: object) -> Clue:
    base = dict(
        lo=0, hi=0, verb=None, future=False, past=False, passive=False, subject=None,
        agent=True, destination=None, captor=None, recipient=None, lead=None, between_two=False,
        located=None, captivity=False, in_captivity=False,
    )  # fmt: skip
    base.update(frame)
    return Clue(
        Group(None, "military", None, False), Frame(**base), "exchange", ("UA", "RU"), None, None,
        each=False, total=False, summed=False, among=False, managed=False, in_return=False,
        previous=None,
        inherited=None,
    )  # fmt: skip


def test_resolvers_are_named_and_ordered():
    names = [name for name, _ in RESOLVERS]
    assert names.index("demonym") < names.index("subject") < names.index("context")


def sided(c: Clue) -> tuple | None:
    """(the resolver's name, sides), checking that the name is the resolver's own."""
    got = resolve(c)
    if got is None:
        return None
    name, resolver, sides = got
    assert dict(RESOLVERS)[name] is resolver
    return name, sides


def test_subject_gets_or_gives_by_its_verb():
    assert sided(clue(verb="get", subject="UA")) == ("subject", [("UA", "RU")])
    assert resolve(clue(verb="get", subject="UA"))[1] is subject
    assert sided(clue(verb="give", subject="UA")) == ("subject", [("RU", "UA")])
    assert sided(clue(verb="give", subject="UA", passive=True, agent=False)) == (
        "subject",
        [("UA", "RU")],
    )


def test_nothing_decided_leaves_no_sides():
    assert sided(clue(verb="come_back")) is None


def test_a_reciprocal_exchange_counts_each_sides_people():
    c = clue(verb="exchange")
    assert sided(c) is None
    c = Clue(**{**{f: getattr(c, f) for f in c.__slots__}, "reciprocal": True})
    assert sided(c) == ("exchanged_with", [("UA", "RU"), ("RU", "UA")])
    assert resolve(c)[1] is exchanged_with
