"""Who acts in a figure's clause: the parties named as the verb's subject (alone, joined,
after it in a relative clause, gapped), a speaker, a participle's doer, a clause of
contrast."""

from __future__ import annotations

import itertools

from swaptally.slavic.actors import Actor
from swaptally.slavic.frame_verb import PARTICIPLE
from swaptally.slavic.lexicon import SlavicLexicon
from swaptally.slavic.morph import Token
from swaptally.slavic.numbers import DASHES
from swaptally.slavic.phrases import find_phrase

__all__ = [
    "after_verb",
    "agent_of_participle",
    "contrast_lead",
    "contrasts",
    "first_joint",
    "gapped",
    "joint",
    "named_before",
    "says",
    "subordinate",
]


def contrasts(toks: list[Token], k: int, lex: SlavicLexicon) -> bool:
    """Token k opens a clause of contrast ("…, а восемь …"), not an addition ("а также 20")."""
    if toks[k].low not in lex.grammar["contrast"]:
        return False
    also = find_phrase(toks, k + 1, min(k + 4, len(toks)), lex.phrases["also"])
    return also is None or also[0] != k + 1


def contrast_lead(
    toks: list[Token], mine: list[Actor], lo: int, at: int, lex: SlavicLexicon
) -> Actor | None:
    """The party that opens a gapped clause of contrast before token `at`, a dash after it
    ("…, а Россия — журналиста и 50 своих военных"): the subject of the verb left out, however
    many objects stand between it and the figure."""
    k = next((k for k in range(at - 1, lo - 1, -1) if contrasts(toks, k, lex)), None)
    if k is None or k + 2 >= at or toks[k + 2].low not in DASHES:
        return None
    a = next((a for a in mine if a.at == k + 1 and a.party and a.prep is None), None)
    return a if a is not None and ("nomn" in a.cases or not a.cases) else None


def named_before(mine: list[Actor], at: int) -> str | None:
    """The last party named in the nominative with no preposition before token `at`."""
    got = [a for a in mine if a.at < at and a.prep is None and "nomn" in a.cases]
    return next((a.code for a in reversed(got) if not a.demonym), None)


def joint(toks: list[Token], actors: list[Actor], lo: int, v: int, lex: SlavicLexicon) -> bool:
    """Both parties are the subject of the verb at v: two parties joined by "и" with no
    preposition before it ("Россия и Украина освободили"), or "стороны" ("сторони обміняли")."""
    g = lex.grammar
    if any(t.low in g["both_sides"] for t in toks[lo:v]):
        return True
    named = [a for a in actors if lo <= a.at < v and a.party and a.prep is None]
    return any(
        b.at == a.at + 2 and toks[a.at + 1].low in g["and"] and a.code != b.code
        for a, b in itertools.pairwise(named)
    )


def first_joint(toks: list[Token], actors: list[Actor], at: int, lex: SlavicLexicon) -> str | None:
    """The party joined by "и"/"та" before the subject at token `at` ("Украина и Россия
    завершили …"), both the verb's subject; None when the subject stands alone."""
    if at < 2 or toks[at - 1].low not in lex.grammar["and"]:
        return None
    first = next((a for a in actors if a.at == at - 2 and a.party and a.prep is None), None)
    code = next(a.code for a in actors if a.at == at)
    return first.code if first is not None and first.code != code else None


def gapped(
    mine: list[Actor], at: int, subject: str | None, recipient: str | None
) -> tuple[str | None, str | None]:
    """(giver, receiver) of a clause whose verb is the one before it, gapped, that names a
    party in the dative with no preposition before its figure ("Азербайджан передал Армении
    32 человека, Армения Азербайджану — двоих", "…, Україна Росії — 40"): the dative one
    receives, a nominative one gives. A clause naming no dative party keeps what it had."""
    named = [a for a in mine if a.at < at and a.prep is None and not a.demonym]
    to = [a for a in named if "datv" in a.cases and "nomn" not in a.cases]
    if not to:
        return subject, recipient
    by = [a for a in named if "nomn" in a.cases and a.code != to[-1].code]
    return (by[-1].code if by else None), to[-1].code


def after_verb(
    toks: list[Token],
    v: int,
    hi: int,
    actors: list[Actor],
    g: dict[str, frozenset[str]],
) -> list[Actor]:
    """The party named in the nominative with no preposition right after verb v, in its
    clause (a list of one, or none)."""
    marks = g["clause_marks"]
    for a in actors:
        if a.at <= v or a.at >= hi or any(t.low in marks for t in toks[v : a.at]):
            continue
        if a.party and a.prep is None and ("nomn" in a.cases or not a.cases):
            return [a]
    return []


def agent_of_participle(toks: list[Token], a: Actor) -> bool:
    """The actor is in the instrumental right after a participle (an adjective in uk's
    dictionary): the participle's doer ("похищенных Россией", "викрадених Росією")."""
    if not a.at or "ablt" not in a.cases or "nomn" in a.cases:
        return False
    return bool(toks[a.at - 1].a.pos & PARTICIPLE)


_SAYS_NEAR = 2  # tokens between a source and its verb of saying ("Минобороны России сообщило")


def says(toks: list[Token], a: Actor, lex: SlavicLexicon) -> bool:
    """Whether the actor is a statement's source: a verb of saying or a colon within two
    tokens of it ("Як повідомив Коордштаб", "Минобороны Армении сообщило:")."""
    lo, hi = max(0, a.at - _SAYS_NEAR), min(len(toks), a.at + _SAYS_NEAR + 1)
    for t in toks[lo:hi]:
        if t.low == ":" or (t.a.lemmas & lex.speech and t.a.pos & {"VERB", "GRND"}):
            return True
    return False


def subordinate(toks: list[Token], at: int, v: int, lex: SlavicLexicon) -> bool:
    """Token `at` stands in a subordinate clause (opened by a word of time, cause, condition
    or concession: "відколи", "когда", "хотя") that a clause mark closes before the verb at
    v: what it names is no subject of that verb."""
    marks, opens = lex.grammar["clause_marks"], lex.grammar["subordinators"]
    if not any(t.low in marks for t in toks[at + 1 : v]):
        return False
    for t in reversed(toks[:at]):
        if t.low in marks:
            return False
        if t.low in opens:
            return True
    return False
