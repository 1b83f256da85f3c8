"""The clause frame of one figure: its verb, who gives or gets, where people go, who held them.

A figure's window runs from the end of the figure before it (or the sentence start) to
the next figure (or the sentence end). Its verb is the nearest verb of the lexicon's
classes before it in the window, else after it. Actors come with the word before them,
so a role follows from the construction:

- subject: a party named with no preposition before a get/give verb ("Украина вернула",
  "Україні вдалося повернути", "российская сторона передала"); a venue too when it
  hands over, frees or holds ("Беларусь освободила 14");
- destination: "в Россию", "в Україну" (в/у/до + accusative or genitive of direction);
- captor: the holder in a captivity phrase ("из украинского плена", "з полону РФ",
  "у росіян в полоні") or, for a stock, the place it is held in ("в Україні");
- lead: a party right before the figure in a list or contrast ("Россия – 82").
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from swaptally.slavic.actors import Actor, actors_of, demonym_code, mediates
from swaptally.slavic.groups import actor_code
from swaptally.slavic.lexicon import SlavicLexicon
from swaptally.slavic.morph import Token
from swaptally.slavic.numbers import Figure
from swaptally.slavic.phrases import find_phrase, has_phrase

__all__ = [
    "Actor",
    "Frame",
    "actors_of",
    "find_phrase",
    "frame_of",
    "has_phrase",
    "mediates",
]

_MOVES = frozenset(["get", "give", "free", "come_back", "exchange"])
_LOC = frozenset(["loct", "loc2"])
_PREDICATE = frozenset(["VERB", "PRTS"])  # a finite verb or a short participle
_PARTICIPLE = frozenset(["PRTF", "ADJF"])  # a full participle (an adjective in uk's dictionary)


@dataclass(slots=True, unsafe_hash=True)  # never changed: see extract.fact.Provenance
class Frame:
    lo: int  # the figure's window (token indices)
    hi: int
    verb: str | None  # get | give | free | come_back | exchange | held | release_only
    future: bool
    past: bool  # the verb tells of what happened ("обменялись"): no cue makes it a plan
    passive: bool  # "переданы 90": the actor before it receives (or, in the instrumental, gives)
    subject: str | None
    agent: bool  # the subject is the doer ("Украина", "Россией"), not a recipient ("Украине")
    destination: str | None
    captor: str | None
    recipient: str | None  # a party handed people in the dative after the verb ("передал Камбодже")
    lead: str | None
    between_two: bool  # "между Россией и Украиной" names both sides in the window
    located: str | None  # a party the window places people in ("в Україні")
    captivity: bool  # the window speaks of captivity ("плен", "полон")
    in_captivity: bool  # … in the locative: a stock ("в плену", "в полоні")
    listed: str | None = None  # a party right before the figure in a list, with any
    # preposition ("В Россию вернулись 52, на Украину — 52"): the figure counts the same noun
    held_at: str | None = None  # a party the clause places people in ("у Газі досі
    # утримуються 73", "в России остаются 1 500"): the holder of a stock
    held_many: bool = False  # the group is placed in two states or more after it ("вісім
    # росіян, засуджених у США, Німеччині, Польщі"): held by many
    custody: bool = False  # the window places people in custody ("за решёткой", "у
    # в'язницях", "лишены свободы"): a stock unless a verb moves them
    announced: bool = False  # the verb is a noun a speech verb tells of ("сообщило о
    # возвращении 84"): the party before it speaks, it does not hand over or get
    joint: bool = False  # both parties are the verb's subject ("Россия и Украина
    # освободили", "стороны обменяли"): what it counts is both sides' people
    freed_noun: bool = False  # the verb is a participle standing for the people freed or
    # returned ("Среди освобождённых — семеро …", "серед звільнених"): no finite verb
    freed_in: str | None = None  # a state a freeing with no subject is placed in ("в
    # Беларуси освободили 47"): where they were held
    named: str | None = None  # the last party named in the nominative, no preposition, before
    # the figure ("Москалькова встретила 98 …"): whose "своих", "соотечественников" they are
    possessor: str | None = None  # a party that has the people, with no verb ("У ВСУ около
    # 1 100 пленных", "а у российской армии — почти девять тысяч"): a stock it holds
    first_joint: str | None = None  # the first of two parties that are the verb's subject
    # ("Украина и Россия завершили первый этап обмена"): a writer names its own side first
    described: bool = False  # the verb after the group describes it, a participle or a
    # relative clause ("восемь мирных жителей, находившихся в плену"): no predicate of its own


def _contrasts(toks: list[Token], k: int, lex: SlavicLexicon) -> bool:
    """Token k opens a clause of contrast ("…, а восемь …"), not an addition ("а также 20")."""
    if toks[k].low not in lex.grammar["contrast"]:
        return False
    also = find_phrase(toks, k + 1, min(k + 4, len(toks)), lex.phrases["also"])
    return also is None or also[0] != k + 1


_FREEDOM_REACH = 2  # words between "вышли" and its "на свободу" ("вышли вчера на свободу")


def goes_free(toks: list[Token], k: int, lex: SlavicLexicon) -> bool:
    """Token k is a verb of going out with "на свободу", "на волю" next to it, before or
    after: the people it counts are freed ("на свободу вышли 16", "вийшли на волю 40")."""
    if not toks[k].a.lemmas & lex.goes_free:
        return False
    lo, hi = max(0, k - _FREEDOM_REACH), min(len(toks), k + _FREEDOM_REACH + 2)
    return has_phrase(toks, lo, hi, lex.phrases["freedom"])


def verb_class(toks: list[Token], k: int, lex: SlavicLexicon) -> str | None:
    """The lexicon's class of the verb at token k: its word's, or "free" for a verb of
    going out to freedom (goes_free)."""
    verb = toks[k].w.verb
    if verb is None and goes_free(toks, k, lex):
        return "free"
    return verb


def _verb(
    toks: list[Token],
    lo: int,
    at: int,
    after: int,
    hi: int,
    lex: SlavicLexicon,
    swap_text: bool = False,
) -> int | None:
    def cls(k: int) -> str | None:
        # a modal before its infinitive is none ("має відбутися": "має" has people only
        # with no infinitive after it, "Україна має 300 полонених")
        if toks[k].a.lemmas & lex.modal and k + 1 < len(toks) and toks[k + 1].a.infinitive:
            return None
        if (
            toks[k].a.lemmas & lex.sent
            and not swap_text  # a text that tells a swap sends its people home
            and not _sends_captives(toks, lo, min(k, at), hi, lex)
        ):
            return None  # "Россия направила 500 военных в Сирию": a deployment
        return verb_class(toks, k, lex)

    if after < hi and cls(after) and toks[after].a.pos & _PREDICATE:
        return after  # the group is the subject of the verb after it: "140 человек вернулись"
    for k in range(at - 1, lo - 1, -1):
        if cls(k):
            return k
    # after the figure, a full participle on the group ("восьмерых иностранцев, находившихся
    # в плену, … передали") is its predicate only when no finite verb follows it
    described = None
    for k in range(after, hi):
        if cls(k):
            if toks[k].a.pos & _PREDICATE or "PRTF" not in toks[k].a.pos:
                return k
            described = k if described is None else described
    return described


_CAPTIVE_CLASSES = frozenset(["free", "exchange", "held"])  # "освобождённых", "обмена", "держали"
_FINITE = frozenset(["VERB", "INFN"])


def _sends_captives(toks: list[Token], lo: int, at: int, hi: int, lex: SlavicLexicon) -> bool:
    """Whether a verb of sending in the clause from token `at` on (past the last clause
    mark before it, to `hi`) moves captives: people freed ("отправлены 45 освобождённых",
    "вернувшихся"), from or in captivity ("из плена", "которых держали в плену"), captives by
    their noun ("отправила 30 военнопленных"), or a swap's ("в рамках обмена", "взамен")."""
    marks = lex.grammar["clause_marks"]
    start = next((k + 1 for k in range(at - 1, lo - 1, -1) if toks[k].low in marks), lo)
    if has_phrase(toks, start, hi, lex.phrases["in_return"]):
        return True
    for t in toks[start:hi]:
        verb = t.w.verb
        if verb in _CAPTIVE_CLASSES or t.a.lemmas & (lex.captivity | lex.captive_nouns):
            return True
        if verb in ("get", "come_back") and not t.a.pos & _FINITE:  # "возвращённых"
            return True
    return False


def _captor(toks: list[Token], lo: int, hi: int, actors: list[Actor], lex: SlavicLexicon):
    """(holder named by a captivity phrase, captivity named, captivity in the locative)."""
    captor, named, locative = None, False, False
    for c in range(lo, hi):
        if not toks[c].a.lemmas & lex.captivity:
            continue
        named = True
        prep = toks[c - 1].low if c else ""
        before = demonym_code(toks[c - 1], lex) if c else None
        prep = toks[c - 2].low if before and c > 1 else prep
        # ("плену" is the second locative, loc2)
        locative = locative or (prep in lex.grammar["located"] and bool(toks[c].a.cases & _LOC))
        after = actor_code(toks[c + 1], lex) if c + 1 < hi else None
        held_at = [a.code for a in actors if a.prep == "у" and c - 4 <= a.at < c and a.party]
        for code in (before, after, *held_at):
            if code and lex.is_party(code):
                captor = code
    return captor, named, locative


def _custody(toks: list[Token], lo: int, hi: int, lex: SlavicLexicon) -> tuple[str | None, bool]:
    """(the state a place of custody is named for, people placed in custody): "в российских
    тюрьмах" (Russia's), "у білоруських в'язницях", "за решёткой", "лишены свободы"; "из
    израильских тюрем" names the holder but places no one in custody."""
    holder, placed = None, has_phrase(toks, lo, hi, lex.phrases["custody_phrases"])
    for c in range(lo, hi):
        if not toks[c].a.lemmas & lex.custody:
            continue
        before = demonym_code(toks[c - 1], lex) if c else None
        prep = toks[c - 2].low if before and c > 1 else (toks[c - 1].low if c else "")
        if before and lex.roles.get(before) in {"party", "venue"}:
            holder = before  # a state holds people in its prisons
        placed = placed or prep not in lex.grammar["from"]
    return holder, placed


def _toward(a: Actor, g: dict[str, frozenset[str]]) -> bool:
    """Where people are brought: "в Россию", "у Росію", "до України"."""
    if a.demonym or a.prep not in g["toward"]:
        return False
    return "accs" in a.cases or (a.prep == "до" and "gent" in a.cases)


def _source(toks: list[Token], a: Actor, lex: SlavicLexicon) -> bool:
    """Where a statement comes from, not where people go: "сообщили в Минобороны России",
    "в Офісі президента повідомили"."""
    near = (
        toks[a.at - 2] if a.at > 1 else None,
        toks[a.at + 1] if a.at + 1 < len(toks) else None,
    )
    return any(t is not None and t.a.lemmas & lex.speech for t in near)


def frame_of(
    toks: list[Token],
    fig: Figure,
    window: tuple[int, int, int],
    actors: list[Actor],
    lex: SlavicLexicon,
    swap_text: bool = False,
) -> Frame:
    """The frame of `fig` within its window (lo, end of its group, hi); `swap_text`: the
    document tells a swap (its verbs of sending move the swapped people)."""
    lo, after, hi = window
    g = lex.grammar
    v = _verb(toks, lo, fig.first, after, hi, lex, swap_text)
    verb = None if v is None else verb_class(toks, v, lex)
    future = v is not None and verb in _MOVES and toks[v].a.future
    past = v is not None and verb in _MOVES and toks[v].a.past
    # (a participle after an infinitive is governed by it: "должны быть освобождены 33",
    # "мають бути звільнені" tell no past)
    past = past and not (v and toks[v - 1].a.infinitive)
    # … or by a future auxiliary: "будут освобождены 200" is to come
    aux = v is not None and verb in _MOVES and v > lo and toks[v - 1].a.future
    future, past = future or aux, past and not aux
    mine = [a for a in actors if lo <= a.at < hi and a.party]
    subject, agent, subject_at = None, True, None
    # (people who go out free are freed: "на свободу вышли 16" as "освобождены 16")
    passive = v is not None and (toks[v].a.passive or (verb == "free" and toks[v].w.verb is None))
    announced = v is not None and _told_of(toks, v, lex)
    if v is not None and verb in {"get", "give", "free", "held", "release_only"} and not announced:
        # a venue may hand over, free, pardon or hold its own captives
        doer = verb in {"give", "free", "held", "release_only"}
        before = [a for a in actors if a.at < v and (a.party or (doer and a.venue))]
        # (not a participle's agent: "11 похищенных Россией детей вернули" — Russia took them)
        before = [a for a in before if a.prep is None and not _agent_of_participle(toks, a)]
        if passive:  # "Україні передано 90", "Россией освобождены 84": a passive's party is
            # the one handed to or the doer; a nominative one or the source of a statement
            # ("Як повідомив Коордштаб, з полону звільнено 90", "Минобороны Армении
            # сообщило: …") is never the people's holder
            before = [a for a in before if a.cases & {"datv", "ablt"} and not _says(toks, a, lex)]
        if v >= after and any(t.a.lemmas & lex.relative for t in toks[after:v]):
            # a relative clause on the group has a subject of its own, after its verb:
            # "1800 цивільних, яких утримує Росія", "пленных, которых удерживает Баку"
            before = [a for a in _after_verb(toks, v, hi, actors, g) if not passive]
        subject = before[-1].code if before else None
        subject_at = before[-1].at if before else None
        cases = before[-1].cases if before else frozenset()
        if before and passive:
            agent = "ablt" in cases and "datv" not in cases
        elif before and verb == "give":  # "Украине передали 28": handed to, not by, Ukraine
            agent = "datv" not in cases or "nomn" in cases
    end = next((k for k in range(after, hi) if toks[k].low in g["clause_marks"]), hi)
    # in the figure's clause: not "…, а в Россию вернулись 10", nor a clause before a contrast
    # ("один доставлен в Баку, а восемь человек возвращены в Ереван": the eight's is Yerevan)
    begin = next((k for k in range(fig.first - 1, lo - 1, -1) if _contrasts(toks, k, lex)), lo)
    destination = next(
        (
            a.code
            for a in mine
            if begin <= a.at < end and _toward(a, g) and not _source(toks, a, lex)
        ),
        None,
    )
    captor, named, locative = _captor(toks, lo, hi, actors, lex)
    jailer, custody = _custody(toks, lo, hi, lex)
    captor = captor or jailer
    if captor is None:  # "с подконтрольной Киеву территории возвращены 84": Kyiv held them
        captor = next((a.code for a in mine if a.territory and a.prep in g["from"]), None)
    if captor is None and verb in (
        "come_back",
        "give",
    ):  # "из Украины вернулись 20", "з
        # Росії повернулися 40", "з Росії вивезли 6": people come from the party that held them
        captor = next((a.code for a in mine if _out_of(a, g) and a.at < end), None)
    recipient = None
    back = verb == "get" and not passive  # "вернул Армении": returning to someone is giving
    if v is not None and (verb == "give" or back) and agent:
        to = [a for a in mine if v < a.at < end and a.prep is None and a.code != subject]
        to = [a for a in to if "datv" in a.cases and "nomn" not in a.cases]
        recipient = to[0].code if to else None
        verb = "give" if recipient else verb
    if v is None:  # a gapped clause: "…, Армения Азербайджану — двоих"
        subject, recipient = _gapped(mine, fig.first, subject, recipient)
    held_at = None
    if verb == "held" or locative or custody:  # only a stock is held somewhere
        # a state that hosts swaps holds its own prisoners: "в Беларуси за решёткой …"
        spots = [a for a in actors if lo <= a.at < hi and (a.party or (custody and a.venue))]
        places = [a for a in spots if a.at < end and _in(a, g) and not _source(toks, a, lex)]
        # the place nearest before the figure ("Омбудсмен в РФ заявила, что на Украине
        # удерживаются 200": the first is a title's), else the first after it
        near = [a for a in places if a.at < fig.first][-1:] or places[:1]
        held_at = near[0].code if near else None
    many = _placed_in(mine, after, g)
    lead = None
    k = fig.first - 1
    if k > lo and toks[k].a.lemmas & lex.possessive:  # "…, Украина — своих 90"
        k -= 1
    while k >= lo and toks[k].low in g["list_joins"]:
        k -= 1
    lead_actor = next((a for a in mine if a.at == k), None)
    if lead_actor and lead_actor.prep is None:
        lead = lead_actor.code
    located = lead_actor.code if lead_actor and lead_actor.prep in g["located"] else None
    # in the figure's clause: not "обмін між Україною та Росією — повернулися 277 військових"
    start = next(
        (k + 1 for k in range(fig.first - 1, lo - 1, -1) if toks[k].low in g["clause_marks"]),
        lo,
    )
    own = [a for a in mine if start <= a.at < end]
    sides = {a.code for a in own if a.prep in g["between"] or toks[a.at - 1].low in g["and"]}
    between = any(a.prep in g["between"] for a in own) and len(sides) >= 2
    return Frame(
        lo, hi, verb, future, past, passive, subject, agent, destination, captor, recipient, lead,
        between, located, named, locative, _listed(lead_actor, g), held_at, len(many) > 1,
        custody, announced, v is not None and _joint(toks, actors, lo, v, lex),
        v is not None and not toks[v].a.pos & _PREDICATE and bool(toks[v].a.pos & _PARTICIPLE),
        _freed_in(toks, actors, lo, v, lex) if verb in _FREES and subject is None else None,
        _named(mine, fig.first),
        _possessor(mine, fig.first, g) if v is None else None,
        _first_joint(toks, actors, subject_at, lex) if subject_at is not None else None,
        v is not None and v >= after and _describes(toks, after, v, lex),
    )  # fmt: skip


def _describes(toks: list[Token], after: int, v: int, lex: SlavicLexicon) -> bool:
    """The verb at v, after the group (ending at `after`), describes the people: a full
    participle ("находившихся в плену") or the verb of a relative clause ("які перебували в
    полоні")."""
    participle = not toks[v].a.pos & _PREDICATE and bool(toks[v].a.pos & _PARTICIPLE)
    return participle or any(t.a.lemmas & lex.relative for t in toks[after:v])


_FREES = frozenset(["free", "release_only"])


def _freed_in(
    toks: list[Token], actors: list[Actor], lo: int, v: int | None, lex: SlavicLexicon
) -> str | None:
    """The state a freeing with no subject is placed in before its verb ("в Беларуси
    освободили 47 заключённых", "у Росії звільнили 20 українців"): it held them."""
    if v is None:
        return None
    g = lex.grammar
    placed = [
        a for a in actors
        if lo <= a.at < v and (a.party or a.venue) and _in(a, g) and not _source(toks, a, lex)
    ]  # fmt: skip
    return placed[-1].code if placed else None


def _named(mine: list[Actor], at: int) -> str | None:
    """The last party named in the nominative with no preposition before token `at`."""
    got = [a for a in mine if a.at < at and a.prep is None and "nomn" in a.cases]
    return next((a.code for a in reversed(got) if not a.demonym), None)


def _possessor(mine: list[Actor], at: int, g: dict[str, frozenset[str]]) -> str | None:
    """The party before the figure after "у" in the genitive, in a clause with no verb: "У
    ВСУ около 1 100 пленных", "а у российской армии — почти девять тысяч" (who has them)."""
    got = [a for a in mine if a.at < at and a.prep in g["possessing"]]
    has = [a for a in got if "gent" in a.cases or not a.cases]
    return has[-1].code if has else None


def _joint(toks: list[Token], actors: list[Actor], lo: int, v: int, lex: SlavicLexicon) -> bool:
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


def _first_joint(toks: list[Token], actors: list[Actor], at: int, lex: SlavicLexicon) -> str | None:
    """The party joined by "и"/"та" before the subject at token `at` ("Украина и Россия
    завершили …"), both the verb's subject; None when the subject stands alone."""
    if at < 2 or toks[at - 1].low not in lex.grammar["and"]:
        return None
    first = next((a for a in actors if a.at == at - 2 and a.party and a.prep is None), None)
    code = next(a.code for a in actors if a.at == at)
    return first.code if first is not None and first.code != code else None


def _told_of(toks: list[Token], v: int, lex: SlavicLexicon) -> bool:
    """The verb's word at v is a noun told of right after a verb of saying ("Минобороны
    сообщило о возвращении из плена 84", "Зеленський повідомив про звільнення 84"): the
    party before it is the speaker, not the doer of the handover."""
    if v < 2 or "NOUN" not in toks[v].a.pos or toks[v - 1].low not in lex.grammar["about"]:
        return False
    said = toks[v - 2].a
    return bool(said.lemmas & lex.speech) and bool(said.pos & {"VERB", "GRND", "PRTS"})


def _gapped(
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


def _after_verb(
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


def _agent_of_participle(toks: list[Token], a: Actor) -> bool:
    """The actor is in the instrumental right after a participle (an adjective in uk's
    dictionary): the participle's doer ("похищенных Россией", "викрадених Росією")."""
    if not a.at or "ablt" not in a.cases or "nomn" in a.cases:
        return False
    return bool(toks[a.at - 1].a.pos & _PARTICIPLE)


_SAYS_NEAR = 2  # tokens between a source and its verb of saying ("Минобороны России сообщило")


def _says(toks: list[Token], a: Actor, lex: SlavicLexicon) -> bool:
    """Whether the actor is a statement's source: a verb of saying or a colon within two
    tokens of it ("Як повідомив Коордштаб", "Минобороны Армении сообщило:")."""
    lo, hi = max(0, a.at - _SAYS_NEAR), min(len(toks), a.at + _SAYS_NEAR + 1)
    for t in toks[lo:hi]:
        if t.low == ":" or (t.a.lemmas & lex.speech and t.a.pos & {"VERB", "GRND"}):
            return True
    return False


def _out_of(a: Actor, g: dict[str, frozenset[str]]) -> bool:
    """A party people come out of: "из Украины", "з Росії" (из/з + genitive, a name)."""
    return not a.demonym and a.prep in g["from"] and "gent" in a.cases


def _in(a: Actor, g: dict[str, frozenset[str]]) -> bool:
    """A place people are in: "в России", "у Газі" (в/у + locative)."""
    return not a.demonym and a.prep in g["located"] and "loct" in a.cases


def _placed_in(mine: list[Actor], after: int, g: dict[str, frozenset[str]]) -> set[str]:
    """States the group is placed in after it, a list sharing its preposition ("засуджених у
    США, Німеччині, Польщі"): each in the locative, the first after в/у."""
    codes: set[str] = set()
    for a in mine:
        if a.at < after:
            continue
        if _in(a, g) or (codes and a.prep is None and "loct" in a.cases and not a.demonym):
            codes.add(a.code)
    return codes


def _listed(a: Actor | None, g: dict[str, frozenset[str]]) -> str | None:
    """A party listed right before a figure as a side, a place held in or a destination
    ("Россия – 82", "в Україні – 4 тисячі", "на Украину — 52"); not one named as a source
    ("шестеро з Нацгвардії": a breakdown by branch)."""
    if a is None or not (a.prep is None or a.prep in g["located"] or _toward(a, g)):
        return None
    return a.code
