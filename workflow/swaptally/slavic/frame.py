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

from dataclasses import dataclass

from swaptally.slavic.actors import Actor
from swaptally.slavic.frame_parties import (
    after_verb,
    agent_of_participle,
    contrast_lead,
    contrasts,
    first_joint,
    gapped,
    joint,
    named_before,
    says,
    subordinate,
)
from swaptally.slavic.frame_places import (
    captor_of,
    custody_of,
    freed_in,
    is_source,
    listed,
    out_of,
    placed_at,
    placed_by_clause,
    placed_in,
    possessor,
    toward,
)
from swaptally.slavic.frame_verb import (
    PARTICIPLE,
    PREDICATE,
    describes,
    find_verb,
    in_relative,
    intended,
    told_of,
    verb_class,
)
from swaptally.slavic.lexicon import SlavicLexicon
from swaptally.slavic.morph import Token
from swaptally.slavic.numbers import Figure

__all__ = ["Frame", "frame_of"]

_MOVES = frozenset(["get", "give", "free", "come_back", "exchange"])


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
    freed_by: str | None = None  # the doer of a participle of freeing or holding before
    # the figure ("среди освобождённых хуситами — 15", "утримуваних Росією"): who held them
    intended: bool = False  # the verb is an infinitive a word of intent in the present or a
    # short adjective governs ("намерена передать", "має намір повернути"): a plan
    placed: str | None = None  # the one state a participle or relative clause on the group
    # places it in ("40 иностранцев, осуждённых в Иране"): where they were held


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
    v = find_verb(toks, lo, fig.first, after, hi, lex, swap_text)
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
    subject, agent, subject_at, cases = None, True, None, frozenset()
    # (people who go out free are freed: "на свободу вышли 16" as "освобождены 16")
    passive = v is not None and (toks[v].a.passive or (verb == "free" and toks[v].w.verb is None))
    announced = v is not None and told_of(toks, v, lex)
    if v is not None and verb in {"get", "give", "free", "held", "release_only"} and not announced:
        # a venue may hand over, free, pardon or hold its own captives
        doer = verb in {"give", "free", "held", "release_only"}
        before = [a for a in actors if a.at < v and (a.party or (doer and a.venue))]
        # (not a participle's agent: "11 похищенных Россией детей вернули" — Russia took them)
        before = [a for a in before if a.prep is None and not agent_of_participle(toks, a)]
        # (nor a party of a subordinate clause closed before the verb: "Відколи Росія почала
        # війну, з полону повернули 4552" — Russia began the war, it returned no one)
        before = [a for a in before if not subordinate(toks, a.at, v, lex)]
        if passive:  # "Україні передано 90", "Россией освобождены 84": a passive's party is
            # the one handed to or the doer; a nominative one or the source of a statement
            # ("Як повідомив Коордштаб, з полону звільнено 90", "Минобороны Армении
            # сообщило: …") is never the people's holder
            before = [a for a in before if a.cases & {"datv", "ablt"} and not says(toks, a, lex)]
        if v >= after and in_relative(toks, after, v, lex):
            # a relative clause on the group has a subject of its own, after its verb:
            # "1800 цивільних, яких утримує Росія", "пленных, которых удерживает Баку"
            before = [a for a in after_verb(toks, v, hi, actors, g) if not passive]
        if v and toks[v - 1].low in g["among"] and not toks[v].a.pos & PREDICATE:
            before = []  # "серед звільнених 51 цивільний": the freed, a noun with no doer
        subject = before[-1].code if before else None
        subject_at = before[-1].at if before else None
        cases = before[-1].cases if before else frozenset()
        if before and passive:
            agent = "ablt" in cases and "datv" not in cases
        elif before and verb == "give":  # "Украине передали 28": handed to, not by, Ukraine
            agent = "datv" not in cases or "nomn" in cases
    end = next((k for k in range(after, hi) if toks[k].low in g["clause_marks"]), hi)
    # where the figure's own clause starts: after the last clause mark before it
    start = next(
        (k + 1 for k in range(fig.first - 1, lo - 1, -1) if toks[k].low in g["clause_marks"]),
        lo,
    )
    # in the figure's clause: not "…, а в Россию вернулись 10", nor a clause before a contrast
    # ("один доставлен в Баку, а восемь человек возвращены в Ереван": the eight's is Yerevan)
    begin = next((k for k in range(fig.first - 1, lo - 1, -1) if contrasts(toks, k, lex)), lo)
    destination = next(
        (
            a.code
            for a in mine
            if begin <= a.at < end and toward(a, g) and not is_source(toks, a, lex)
        ),
        None,
    )
    captor, named, locative = captor_of(toks, lo, hi, actors, lex)
    jailer, custody = custody_of(toks, lo, hi, lex)
    captor = captor or jailer
    if captor is None:  # "с подконтрольной Киеву территории возвращены 84": Kyiv held them
        captor = next((a.code for a in mine if a.territory and a.prep in g["from"]), None)
    if captor is None and verb in (
        "come_back",
        "give",
    ):  # "из Украины вернулись 20", "з
        # Росії повернулися 40", "з Росії вивезли 6": people come from the party that held them
        captor = next((a.code for a in mine if out_of(a, g) and a.at < end), None)
    if captor is None and verb == "free":
        # freed out of a party named before the figure ("із Венесуели відпустили 9"): it held
        # them (after the group it tells where they are from: "двох заручників з Італії";
        # so in the figure's own clause, not one before it)
        captor = next((a.code for a in mine if out_of(a, g) and start <= a.at < fig.first), None)
    recipient = None
    back = verb == "get" and not passive  # "вернул Армении": returning to someone is giving
    if v is not None and (verb == "give" or back) and agent:
        to = [a for a in mine if v < a.at < end and a.prep is None and a.code != subject]
        if subject_at is not None and "nomn" in cases:
            # case, not order, tells the roles: "Украине Россия вернула 58" as "Россия
            # вернула Украине 58" (a dative before a nominative subject receives)
            to += [a for a in mine if begin <= a.at < subject_at and a.prep is None]
        to = [a for a in to if "datv" in a.cases and "nomn" not in a.cases]
        recipient = to[0].code if to else None
        verb = "give" if recipient else verb
    if v is None:  # a gapped clause: "…, Армения Азербайджану — двоих"
        subject, recipient = gapped(mine, fig.first, subject, recipient)
    held_at = None
    if verb == "held" or locative or custody:  # only a stock is held somewhere
        # a state that hosts swaps holds its own prisoners: "в Беларуси за решёткой …"
        spots = [a for a in actors if lo <= a.at < hi and (a.party or (custody and a.venue))]
        places = [
            a for a in spots if a.at < end and placed_at(a, g) and not is_source(toks, a, lex)
        ]
        # the place nearest before the figure ("Омбудсмен в РФ заявила, что на Украине
        # удерживаются 200": the first is a title's), else the first after it
        near = [a for a in places if a.at < fig.first][-1:] or places[:1]
        held_at = near[0].code if near else None
    many = placed_in(mine, after, g)
    # the states a clause on the group may place it in (a venue too: Belarus holds)
    placeable = [a for a in actors if lo <= a.at < hi and (a.party or a.venue)]
    lead = None
    k = fig.first - 1
    if k > lo and toks[k].a.lemmas & lex.possessive:  # "…, Украина — своих 90"
        k -= 1
    while k >= lo and toks[k].low in g["list_joins"]:
        k -= 1
    lead_actor = next((a for a in mine if a.at == k), None)
    if lead_actor is None and v is None:  # "…, а Россия — журналиста и 50 своих"
        lead_actor = contrast_lead(toks, mine, lo, fig.first, lex)
    if lead_actor and lead_actor.prep is None:
        lead = lead_actor.code
    located = lead_actor.code if lead_actor and lead_actor.prep in g["located"] else None
    # in the figure's clause: not "обмін між Україною та Росією — повернулися 277 військових"
    own = [a for a in mine if start <= a.at < end]
    sides = {a.code for a in own if a.prep in g["between"] or toks[a.at - 1].low in g["and"]}
    between = any(a.prep in g["between"] for a in own) and len(sides) >= 2
    return Frame(
        lo, hi, verb, future, past, passive, subject, agent, destination, captor, recipient, lead,
        between, located, named, locative, listed(lead_actor, g), held_at, len(many) > 1,
        custody, announced, v is not None and joint(toks, actors, lo, v, lex),
        v is not None and not toks[v].a.pos & PREDICATE and bool(toks[v].a.pos & PARTICIPLE),
        freed_in(toks, actors, lo, v, lex) if verb in _FREES and subject is None else None,
        named_before(mine, fig.first),
        possessor(mine, fig.first, g) if v is None else None,
        first_joint(toks, actors, subject_at, lex) if subject_at is not None else None,
        v is not None and v >= after and describes(toks, after, v, lex),
        _freed_by(toks, mine, fig.first),
        v is not None and verb in _MOVES and intended(toks, v, lex),
        placed_by_clause(toks, placeable, after, lex) if len(many) <= 1 else None,
    )  # fmt: skip


_FREES = frozenset(["free", "release_only"])


_HOLDERS = frozenset(["free", "give", "held"])  # a participle whose doer held the people


def _freed_by(toks: list[Token], mine: list[Actor], at: int) -> str | None:
    """The party in the instrumental right after a participle of freeing, handing over or
    holding before token `at` ("освобождённых хуситами", "переданных Украиной"): it held
    the people the participle names."""
    doers = [a for a in mine if 0 < a.at < at and a.prep is None and "ablt" in a.cases]
    doers = [a for a in doers if toks[a.at - 1].a.pos & PARTICIPLE]
    return next((a.code for a in reversed(doers) if toks[a.at - 1].w.verb in _HOLDERS), None)
