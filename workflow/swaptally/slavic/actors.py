"""The actors a Russian or Ukrainian sentence names, each with the word before it (its
preposition and case): names, nationality nouns, "<nationality> сторона"; a state named as a
mediator ("при посредничестве Франции") or a territory it controls ("на подконтрольную Киеву
территорию") is marked so. frame.frame_of reads their roles from these."""

from __future__ import annotations

from dataclasses import dataclass

from swaptally.slavic.groups import actor_code
from swaptally.slavic.lexicon import SlavicLexicon
from swaptally.slavic.morph import Token

__all__ = ["Actor", "actors_of", "demonym_code", "mediates"]


@dataclass(slots=True, unsafe_hash=True)  # never changed: see extract.fact.Provenance
class Actor:
    at: int  # token index
    code: str
    party: bool  # a party (gives or gets people), not a venue, mediator or organisation
    venue: bool  # a venue: a side only as the doer of a handover ("Беларусь освободила 14")
    prep: str | None  # the preposition before it
    cases: frozenset[str]
    demonym: bool  # named by a nationality word ("у росіян", "российская сторона")
    territory: bool = False  # names a territory it controls ("на подконтрольную Киеву территорию")


def demonym_code(tok: Token, lex: SlavicLexicon) -> str | None:
    """ISO code of the people a nationality word names ("российская", "українців")."""
    return tok.w.demonym


def _owned_by(nxt: Token, lex: SlavicLexicon) -> str | None:
    """A party named in the genitive right after an institution names its owner."""
    cases = nxt.a.cases
    owner = nxt.w.actor
    return (
        owner if owner and lex.is_party(owner) and "gent" in cases and "nomn" not in cases else None
    )


def actors_of(toks: list[Token], lex: SlavicLexicon) -> list[Actor]:
    """Actors named in a sentence: names, nationality nouns, "<nationality> сторона"."""
    g = lex.grammar
    out = []
    for i, t in enumerate(toks):
        if t.w.actor is None and t.w.demonym is None:
            continue  # most words name no one
        code = actor_code(t, lex)
        demonym = False
        if code is not None and i + 1 < len(toks) and toks[i + 1].w.actor:
            code = _owned_by(toks[i + 1], lex) or code  # "Минобороны Украины" is Ukraine's
        if code is None:
            code = demonym_code(t, lex)
            side = i + 1 < len(toks) and toks[i + 1].a.lemmas & g["side_nouns"]
            noun = "NOUN" in t.a.pos and "ADJF" not in t.a.pos
            if code is None or not (side or noun):
                continue
            demonym = True
        prep = toks[i - 1].low if i and toks[i - 1].low in g["prepositions"] else None
        if prep is None and i > 1 and toks[i - 1].low in g["and"] and out and out[-1].at == i - 2:
            prep = out[-1].prep  # "между США и Россией": both in the one phrase
        cases, territory = t.a.cases, False
        if prep is None and i and toks[i - 1].a.lemmas & lex.controlled:
            prep, cases, territory = _territory(toks, i - 1, g), toks[i - 1].a.cases, True
        party = lex.is_party(code) and not mediates(toks, i, lex)
        venue = lex.roles.get(code) == "venue"
        out.append(Actor(i, code, party, venue, prep, cases, demonym, territory))
    return out


def mediates(toks: list[Token], k: int, lex: SlavicLexicon) -> bool:
    """The actor at token k is named as a third party of the handover, right after a word
    of mediation, request or help ("при посредничестве Франции", "на прохання Берліна",
    "за допомоги Туреччини"), maybe past one word or a chain of genitives ("по запросу
    канцлера Германии Олафа Шольца"), or joined by "и" to such an actor ("помогли Оман и
    Норвегия"): never a side of its sentence, whatever its role elsewhere (not the actor
    after it: "при посредничестве Франции Азербайджан передал"; after a verb of helping,
    its subject, not the party it helps: "помог Индонезии вернуть" names a side)."""
    if k and _third_party_word(toks[k - 1], toks[k], lex):
        return True
    if k > 1 and toks[k - 1].low in lex.grammar["and"] and toks[k - 2].w.actor:
        return mediates(toks, k - 2, lex)
    between = toks[k - 1] if k > 1 else None
    if between is not None and not between.w.actor and _third_party_word(toks[k - 2], toks[k], lex):
        return True
    if "gent" not in toks[k].a.cases:
        return False
    for j in range(k - 1, max(-1, k - 1 - _CHAIN), -1):
        if _third_party_word(toks[j], toks[k], lex):
            return True
        if "gent" not in toks[j].a.cases:
            return False
    return False


def _third_party_word(word: Token, actor: Token, lex: SlavicLexicon) -> bool:
    """`word` is one of mediation, request or help (lexicon 'mediation') that names the
    actor a third party: a noun governs it in the genitive ("по просьбе Берлина"; not
    "помощь Мексике", the party helped); a verb ("помогла Норвегия") only as its subject,
    in the nominative (the dative after it is the party helped)."""
    if not word.a.lemmas & lex.mediation:
        return False
    return ("nomn" if "VERB" in word.a.pos else "gent") in actor.a.cases


_CHAIN = 4  # genitives between a mediation word and the actor: "канцлера Германии Олафа"


_TERRITORY_REACH = 3  # "на территорию, подконтрольную Киеву": the preposition before its noun


def _territory(toks: list[Token], adj: int, g: dict[str, frozenset[str]]) -> str | None:
    """The preposition of the phrase a "controlled by" adjective stands in: the actor after
    it is the place people go to ("на подконтрольную Украине территорию") or come from ("с
    подконтрольной Киеву территории"), in that preposition and the adjective's case."""
    for k in range(adj - 1, max(-1, adj - 1 - _TERRITORY_REACH), -1):
        if toks[k].low in g["prepositions"]:
            return toks[k].low
    return None
