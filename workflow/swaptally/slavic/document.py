"""What a Russian or Ukrainian text supplies before its sentences are read: its two sides,
its home side, whether it tells of a swap, and its publication day."""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass

from swaptally.slavic.actors import mediates
from swaptally.slavic.groups import list_end
from swaptally.slavic.lexicon import SlavicLexicon
from swaptally.slavic.morph import Token
from swaptally.slavic.phrases import find_phrase, has_phrase
from swaptally.slavic.reading import Sentence


@dataclass(frozen=True, slots=True)
class Doc:
    parties: tuple[str, ...]
    home: str | None
    swap: bool
    published: datetime.date | None
    # a sentence that counts no one calls a handover an act of goodwill, and the text tells
    # of no exchange (a truce or a deal may be named): its handovers are one-sided releases
    goodwill: bool = False
    # the first side is a nation at war with itself (lexicon civil_war) and the other, if
    # any, a state whose people the text never names (by a nationality word, "индонезийских
    # заложников", or as where a group is from, "заложников из Италии"): a guarantor, a
    # neighbour or a commenting state, outside that war at home (Clue.civil_story)
    civil_story: bool = False


def read_document(sents: list[Sentence], lex: SlavicLexicon, pub: datetime.date | None) -> Doc:
    named: Counter[str] = Counter()
    peoples: set[str] = set()
    swap = exchanged = goodwill = False
    for s in sents:
        # peoples named only as a group's parts are no sides: "ХАМАС освободил 17
        # заложников, в том числе граждан Таиланда"
        parts = included(s.toks, lex) if s.figs else None
        for k, t in enumerate(s.toks):
            code = t.w.actor or t.w.demonym
            if code and (_people(s.toks, k, lex) or _origin(s.toks, k, lex)):
                peoples.add(code)
            if (
                code
                and lex.is_party(code)
                and not (parts and k in parts)
                and not mediates(s.toks, k, lex)
                and not (not s.figs and _only_a_place(s.toks, k, lex))
            ):
                named[code] += 1
            exchanged = exchanged or (t.w.verb == "exchange" and not _for_things(s.toks, k, lex))
            swap = swap or bool(t.a.lemmas & lex.deal)
        exchanged = exchanged or any(f.formula for f in s.figs)
        exchanged = exchanged or has_phrase(s.toks, 0, len(s.toks), lex.phrases["mutual"])
        # (a sentence that counts no one: it speaks of a handover told elsewhere; one with a
        # figure of its own calls only that figure goodwill, not the text's other handovers)
        goodwill = goodwill or (
            not s.figs and has_phrase(s.toks, 0, len(s.toks), lex.phrases["goodwill"])
        )
    swap = swap or exchanged
    parties = [code for code, _ in named.most_common()]
    if len(parties) == 1 and parties[0] in lex.opponents:  # "ХАМАС звільнив 4 заручниць":
        parties.append(lex.opponents[parties[0]])  # an armed group's captives are its enemy's
    if len(parties) < 2 and (not parties or parties[0] in lex.default_parties):
        parties += [p for p in lex.default_parties if p not in parties]
    # the language's home side ("додому" is Ukraine's in Ukrainian) only in a story it is a
    # side of: a Ukrainian text about Mali's or Iran's captives names no home of its own
    home = lex.home if lex.home in parties[:2] else None
    civil_story = bool(parties) and parties[0] in lex.civil_war
    civil_story = civil_story and (len(parties) < 2 or parties[1] not in peoples)
    return Doc(tuple(parties[:2]), home, swap, pub, goodwill and not exchanged, civil_story)


def _people(toks: list[Token], k: int, lex: SlavicLexicon) -> bool:
    """Whether token k is a nationality word that names a people ("индонезийских
    заложников"), not the state whose government the noun after it is ("таиландские
    власти", "таїландський уряд": grammar.authority_nouns)."""
    t = toks[k]
    if not t.w.demonym or t.w.actor:
        return False
    after = toks[k + 1].a.lemmas if k + 1 < len(toks) else frozenset()
    return not after & lex.grammar.get("authority_nouns", frozenset())


def included(toks: list[Token], lex: SlavicLexicon) -> range | None:
    """The tokens of the first inclusion in a sentence ("в том числе граждане Таиланда",
    "серед них громадяни Польщі"), or None: peoples named there are a group's parts, not
    the sides of the story (read_document does not count them)."""
    found = find_phrase(toks, 0, len(toks), lex.phrases["among"])
    return None if found is None else range(found[1], list_end(toks, found[1], lex))


def _origin(toks: list[Token], k: int, lex: SlavicLexicon) -> bool:
    """Token k names a state right after a captive noun and "з"/"из" ("заручників з
    Індонезії", "заложников из Италии"): where those people are from."""
    if k < 2 or toks[k].w.actor is None or toks[k - 1].low not in lex.grammar["from"]:
        return False
    return bool(toks[k - 2].a.lemmas & lex.captive_nouns)


def _only_a_place(toks: list[Token], k: int, lex: SlavicLexicon) -> bool:
    """Token k is a name in the locative after "в"/"у" ("после перемирия в Газе"): in a
    sentence that counts no one, a place the story passes by, no side of it."""
    return k > 0 and toks[k - 1].low in lex.grammar["located"] and "loct" in toks[k].a.cases


def _for_things(toks: list[Token], k: int, lex: SlavicLexicon) -> bool:
    """The exchange word at k trades for things, not people: "на" and a common noun that
    names no people, captives or nationality ("в обмін на карти мінних полів"); not a
    figure or a name ("в обмен на 50 пленных", "в обмен на Медведчука")."""
    if k + 2 >= len(toks) or toks[k + 1].low not in lex.grammar["formula"]:
        return False
    if has_phrase(toks, k + 1, k + 3, lex.phrases["freedom"]):
        return False  # "в рамках обмена на свободу вышли 12": people go free in it
    t = toks[k + 2]
    if not t.text[:1].islower() or "NOUN" not in t.a.pos:
        return False
    return not (
        t.w.category or t.w.demonym or t.w.actor or t.w.verb or t.a.lemmas & lex.captive_nouns
    )
