"""What a figure counts: the noun after it, its nationality and its category.

"185 военнослужащих" (military), "144 українських захисників" (military, UA), "146 —
військові" (the noun after a dash), "20 мирных
жителей" (civilian), "7 тисяч українців" (a nationality noun: unspecified, UA), "82 бойца
ВСУ" (an actor in the genitive after the noun: UA), "230 воїнів і цивільних" (two
categories joined: unspecified), "наших людей" (possessive: the speaker's side).
A figure whose noun is not a captive noun counts nothing here.
"""

from __future__ import annotations

from dataclasses import dataclass

from swaptally.slavic.lexicon import SlavicLexicon
from swaptally.slavic.morph import Token
from swaptally.slavic.numbers import DASHES, Figure

__all__ = [
    "ONE_WAY",
    "Group",
    "actor_code",
    "category_after",
    "category_of",
    "find_group",
    "group_before",
    "list_end",
    "named_among",
    "named_among_opening",
    "nearest_category",
    "noun_before",
    "shared_noun",
]

_MAX_MODIFIERS = 3  # adjectives between a figure and its noun ("185 наших тяжелораненых …")
_MODIFIER_POS = frozenset(["ADJF", "PRTF", "NPRO", "ADVB"])
ONE_WAY = frozenset(["get", "give", "free", "come_back"])  # a side's people go one way
FOREIGN = "*"  # named_among's mark for "иностранцы", "іноземці": people of other states
_NOT_LISTED = frozenset(["VERB", "INFN", "PRTS", "PREP"])  # ends the list (or comes before a place)


@dataclass(slots=True, unsafe_hash=True)  # never changed: see extract.fact.Provenance
class Group:
    noun: int | None  # token index of the counted noun (None: taken from elsewhere)
    category: str
    nationality: str | None  # ISO code of the people counted, when the group says it
    possessive: bool  # "наших", "своих": the speaker's or subject's people
    freed: bool = False  # "139 освобождённых украинцев": people already handed back
    end: int | None = None  # token index after the group
    theirs: bool = False  # "900 их пленных", "їхніх полонених": the other side's people
    # its nationality told only by where the people are from after a dash ("5 человек — из
    # ДНР"): theirs only in a clause about captives (extract: clauses.about_captives)
    origin: bool = False


def category_of(tok: Token, lex: SlavicLexicon) -> str | None:
    return tok.w.category


def actor_code(tok: Token, lex: SlavicLexicon) -> str | None:
    """ISO code of the actor this token names (a name, not a nationality word)."""
    return tok.w.actor


def _demonym(tok: Token, lex: SlavicLexicon) -> str | None:
    return tok.w.demonym


def _joined_category(toks: list[Token], k: int, cat: str, lex: SlavicLexicon) -> str:
    """Two captive nouns of different categories joined ("воїнів і цивільних"): mixed."""
    if k + 1 >= len(toks) or toks[k + 1].low not in lex.grammar["and"]:
        return cat
    for t in toks[k + 2 : k + 2 + _MAX_MODIFIERS]:
        other = category_of(t, lex)
        if other:
            return cat if other == cat else "unspecified"
        if not t.a.pos & _MODIFIER_POS:
            break
    return cat


def _apposed_category(toks: list[Token], k: int, cat: str, lex: SlavicLexicon) -> str:
    """A noun of the military whose genitive modifier or dash apposition right after it says
    civilian ("80 моряков гражданского флота", "80 моряков — гражданских лиц"): civilian."""
    if cat != "military":
        return cat
    j = k + 1
    j += 1 if j < len(toks) and toks[j].low in DASHES else 0
    dash = j > k + 1
    for t in toks[j : j + 2]:
        if category_of(t, lex) == "civilian" and (dash or "gent" in t.a.cases):
            return "civilian"
    return cat


def _owner_after(toks: list[Token], k: int, lex: SlavicLexicon) -> tuple[str, int] | None:
    """(code, token index) of a party named in the genitive after the noun: "бойцов ВСУ",
    "военнослужащих ВС РФ", "захисників України"."""
    for j in range(k + 1, min(len(toks), k + 1 + _MAX_MODIFIERS)):
        t = toks[j]
        code = actor_code(t, lex)
        dash = t.low in DASHES and j == k + 1 and j + 1 < len(toks)
        if dash and toks[j + 1].low in lex.grammar["from"]:
            continue  # "27 человек — из Донецкой и Луганской народных республик"
        if t.low in lex.grammar["from"] and (at := _origin_at(toks, j + 1, lex)) is not None:
            # "14 бойцов из ДНР", "двое военных из Харьковской области": people of a region
            # (not "из Украины": a state after "из" is where people come back from)
            place = _region(toks[at], lex) or ""
            nxt = at + 1 < len(toks) and toks[at + 1].a.lemmas & lex.region_nouns
            return place, at + 1 if nxt else at
        if code is None and "gent" in t.a.cases and (region := _region(t, lex)):
            # "жителей Курской области", "мешканців Харківщини": a region's people are its
            # state's (the region's noun, when it follows, is part of the group)
            nxt = j + 1 < len(toks) and toks[j + 1].a.lemmas & lex.region_nouns
            return region, j + 1 if nxt else j
        if code is None and (side := _side_after(toks, j, lex)) is not None:
            # "солдат суданской армии", "бійців української армії": a side named by its
            # nationality and a side noun, both in the genitive, owns the people
            return side
        if code and code in lex.opponents and toks[k].a.lemmas & lex.hostages:
            return None  # "заручників ХАМАС": the armed group holds them, they are not its
        if code:  # in the genitive ("бойцов ВСУ"), not a subject after it ("цивільних Росія
            # повернула"); an abbreviation may have no case at all
            owner = not t.a.cases or "gent" in t.a.cases
            # a state's people even where it mediates: "15 граждан Саудовской Аравии"
            state = lex.is_party(code) or lex.roles.get(code) in ("mediator", "venue")
            return (code, j) if owner and state else None
        if not t.low[0].isalpha() or t.a.pos & {"VERB", "PRTS", "PREP", "CONJ", "INFN"}:
            return None
    return None


def _members_of(toks: list[Token], k: int, lex: SlavicLexicon) -> tuple[str, int] | None:
    """(code, token index) of the party a noun of membership at k (lexicon grammar
    member_nouns: "член") names after it in the genitive ("членов «ДНР»", "членів ХАМАС"):
    they count as its people. None for any other owner ("членов экипажа" say no side)."""
    if not toks[k].a.lemmas & lex.grammar.get("member_nouns", frozenset()):
        return None
    # (right after the noun, past an opening quote: only an owner stands there, whatever
    # case an abbreviation shows)
    j = k + 1
    j += 1 if j < len(toks) and toks[j].low in lex.grammar["quote_open"] else 0
    code = actor_code(toks[j], lex) if j < len(toks) else None
    if code is None or not lex.is_party(code):
        return None
    j += 1 if j + 1 < len(toks) and toks[j + 1].low in lex.grammar["quote_close"] else 0
    return code, j


def _side_after(toks: list[Token], j: int, lex: SlavicLexicon) -> tuple[str, int] | None:
    """(code, token index of the side noun) of a nationality adjective at j and a side
    noun after it, both in the genitive ("суданской армии", "української сторони"), or None."""
    t = toks[j]
    code = t.w.demonym
    if code is None or "ADJF" not in t.a.pos or "gent" not in t.a.cases or j + 1 >= len(toks):
        return None
    noun = toks[j + 1].a
    side = noun.lemmas & lex.grammar["side_nouns"] and "gent" in noun.cases
    return (code, j + 1) if side and lex.is_party(code) else None


def _origin_at(toks: list[Token], k: int, lex: SlavicLexicon) -> int | None:
    """The token of the region named from token k on, past adjectives joined ("Донецкой и
    Луганской народных республик": "народных"), or None."""
    for j in range(k, min(len(toks), k + _MAX_MODIFIERS + 2)):
        if _region(toks[j], lex):
            return j
        if j > k and toks[j].low in lex.grammar["and"]:
            continue
        if "ADJF" not in toks[j].a.pos:
            return None
    return None


def _region(tok: Token, lex: SlavicLexicon) -> str | None:
    """The state a region word names ("курский", "харківщина"), or None."""
    return next((lex.regions[w] for w in tok.a.ordered if w in lex.regions), None)


def find_group(toks: list[Token], fig: Figure, lex: SlavicLexicon) -> Group | None:
    """The group counted by `fig`, from the words after it; None when it counts no captives."""
    nationality = None
    # "вернули своих 90 военных": a possessive may stand before the figure
    possessive = fig.first > 0 and bool(toks[fig.first - 1].a.lemmas & lex.possessive)
    freed = False
    k = fig.last
    # "понад 50 з них — цивільні": the part's noun after "of them" and a dash
    k = _phrase_at(toks, k, lex.phrases["among"]) or k
    if k + 1 < len(toks) and toks[k].low in DASHES and category_of(toks[k + 1], lex):
        return Group(k + 1, category_of(toks[k + 1], lex) or "", None, False, False, k + 2)
    k = fig.last
    stop = min(len(toks), fig.last + _MAX_MODIFIERS + 1)
    k -= 1
    while k + 1 < stop:
        k += 1
        t = toks[k]
        if t.a.lemmas & lex.not_captives:
            return None
        code = _demonym(t, lex)
        cat = category_of(t, lex)
        if cat is None and (member := _members_of(toks, k, lex)) is not None:
            # "шестерых членов «ДНР»": members of a party named after them are its people
            return Group(k, "unspecified", member[0], possessive, freed, member[1] + 1)
        if code and "NOUN" in t.a.pos and "ADJF" not in t.a.pos:  # "українців"
            return Group(k, cat or "unspecified", code, possessive, freed, k + 1)
        adjective = cat and "ADJF" in t.a.pos  # "трое гражданских украинцев"
        if (
            cat is not None
            and (cat == "unspecified" or adjective)
            and (owner := _people_after(toks, k, lex))
        ):
            # "16 засуджених українців", "20 задержанных россиян", "трое гражданских
            # украинцев": a captive word before the nationality noun it qualifies; the people
            # are that nationality's
            return Group(k + 1, cat, owner, possessive, freed, k + 2)
        if cat == "unspecified" and (head := _head_after_participle(toks, k, lex)):
            k, t, cat = head, toks[head], category_of(toks[head], lex)  # "похищенных
            # Россией детей": the participle's noun after its doer heads the group
        if cat == "unspecified" and (nxt := _noun_after(toks, k, lex)):
            # "тяжелораненых военнослужащих", "31 тяжелораненого украинского военнопленного":
            # the first word qualifies the noun after it, which says more
            k, code = nxt
            nationality = nationality or code
            t, cat = toks[k], category_of(toks[k], lex)
        if cat:
            if _relatives_of_captives(toks, k, lex):
                return None  # "300 родственников пленных": a family's count, no captives
            end = k + 1
            if t.a.lemmas & lex.foreigners:  # "десятерых иностранцев": of other states
                nationality = MIXED
            origin = False
            if nationality is None and (owned := _owner_after(toks, k, lex)):
                # the group ends past its owner: "185 военнопленных ВСУ и 20 гражданских":
                # ВСУ is no party listed before the 20
                nationality, end = owned[0], owned[1] + 1
                if cat == "unspecified" and toks[owned[1]].a.lemmas & lex.grammar["forces"]:
                    cat = "military"  # "75 пленных ВСУ": an armed force's captives
                origin = k + 1 < len(toks) and toks[k + 1].low in DASHES
            cat = _joined_category(toks, k, cat, lex)
            cat = _apposed_category(toks, k, cat, lex)
            # a noun that names one's own ("соотечественников"): the speaker's or subject's
            possessive = possessive or bool(t.a.lemmas & lex.possessive)
            theirs = any(toks[j].low in lex.grammar["theirs"] for j in range(fig.last, k))
            return Group(k, cat, nationality, possessive, freed, end, theirs, origin)
        if code or t.a.lemmas & lex.foreigners:
            # "українських і іноземних бійців", "украинских и британских": of many states
            code = code or MIXED
            nationality = code if nationality in (None, code) else MIXED
        elif nationality and t.low in lex.grammar["and"] and _nationality_next(toks, k, lex):
            stop = min(len(toks), stop + 1)  # "215 украинских и иностранных бойцов"
        elif t.a.lemmas & lex.possessive:
            possessive = True
            if k + 1 == len(toks) or not toks[k + 1].low[0].isalnum():  # "ще 75 наших."
                return Group(k, "unspecified", nationality, True, freed, k + 1)
        elif t.w.verb in ONE_WAY:
            freed = True  # a participle: "освобождённых", "звільнених"
            # … with where from after it: "52 освобождёнными из плена российскими …"
            source = _from_captivity(toks, k, lex)
            stop = min(len(toks), stop + source - k - 1)
            k = source - 1
        elif not t.a.pos & _MODIFIER_POS:
            return None
    return None


MIXED = "XX"  # people of more than one state


def _relatives_of_captives(toks: list[Token], k: int, lex: SlavicLexicon) -> bool:
    """The noun at k names relatives and a captive noun in the genitive after it (maybe past
    an adjective) says whose: "родственников пленных", "родичів українських полонених"."""
    if not toks[k].a.lemmas & lex.relatives:
        return False
    for t in toks[k + 1 : k + 3]:
        if t.a.lemmas & lex.captive_nouns and "gent" in t.a.cases:
            return True
        if "ADJF" not in t.a.pos:
            return False
    return False


def _nationality_next(toks: list[Token], k: int, lex: SlavicLexicon) -> bool:
    """Whether the word after token k names a nationality or foreigners (an adjective)."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is not None and bool(_demonym(nxt, lex) or nxt.a.lemmas & lex.foreigners)


def _from_captivity(toks: list[Token], k: int, lex: SlavicLexicon) -> int:
    """The token after a participle's source right after token k ("вернувшихся из плена",
    "звільненими з полону": k + 3), else k + 1."""
    got = k + 3 <= len(toks) and "PREP" in toks[k + 1].a.pos
    return k + 3 if got and toks[k + 2].a.lemmas & lex.captivity else k + 1


def _people_after(toks: list[Token], k: int, lex: SlavicLexicon) -> str | None:
    """The nationality of a demonym noun right after token k ("українців", not the
    adjective "українських"), or None."""
    if k + 1 >= len(toks):
        return None
    t = toks[k + 1]
    code = _demonym(t, lex)
    return code if code and "NOUN" in t.a.pos and "ADJF" not in t.a.pos else None


def _head_after_participle(toks: list[Token], k: int, lex: SlavicLexicon) -> int | None:
    """The captive noun right after a participle at k, or after its doer in the
    instrumental ("похищенных детей", "похищенных Россией детей", "вивезених росіянами
    дітей"), or None."""
    t = toks[k]
    if "NOUN" in t.a.pos or not t.a.pos & _MODIFIER_POS or k + 1 >= len(toks):
        return None
    j = k + 1
    doer = toks[j]
    if (doer.w.actor or doer.w.demonym) and "ablt" in doer.a.cases:
        j += 1
    if j >= len(toks) or not category_of(toks[j], lex) or "NOUN" not in toks[j].a.pos:
        return None
    return j


def _noun_after(toks: list[Token], k: int, lex: SlavicLexicon) -> tuple[int, str | None] | None:
    """(index, nationality of a modifier on the way) of a captive noun of another category
    right after the captive word at k, past modifiers; None when there is none."""
    code = None
    for j in range(k + 1, min(len(toks), k + 1 + _MAX_MODIFIERS)):
        t = toks[j]
        cat = category_of(t, lex)
        if cat and cat != "unspecified":
            return j, code
        if cat or not t.a.pos & _MODIFIER_POS:
            return None
        code = code or _demonym(t, lex)
    return None


def noun_before(toks: list[Token], fig: Figure, lex: SlavicLexicon) -> str | None:
    """The category of a captive noun just before a dash ("цивільні – 20 наших людей")."""
    i = fig.first - 1
    if i < 1 or toks[i].low not in DASHES:
        return None
    return category_of(toks[i - 1], lex)


def nearest_category(
    toks: list[Token], at: int, lex: SlavicLexicon, hi: int | None = None
) -> str | None:
    """The category of the captive noun nearest to token `at` ("обменялись военнопленными
    по формуле 150 на 150": military), before token `hi` (where the next figure starts: "во
    время обмена «500 на 500» Россия получила 430 военнослужащих" counts the 430's noun)."""
    best: tuple[int, str] | None = None
    for k, t in enumerate(toks[:hi]):
        cat = category_of(t, lex)
        if cat and (best is None or abs(k - at) < best[0]):
            best = (abs(k - at), cat)
    return best[1] if best else None


def category_after(
    toks: list[Token], lo: int, hi: int, cues: tuple[tuple[str, ...], ...], lex: SlavicLexicon
) -> str | None:
    """The category of the noun a total's cue names, for a figure whose own noun says only
    "people" ("общее число военнопленных … достигло 4 349 человек")."""
    lows = [t.low for t in toks]
    for words in cues:
        n = len(words)
        for k in range(lo, hi - n + 1):
            if tuple(lows[k : k + n]) == words and k + n < hi:
                return category_of(toks[k + n], lex)
    return None


def group_before(toks: list[Token], end: int, lex: SlavicLexicon) -> Group | None:
    """The group named before "в количестве N" ("российские военнослужащие в количестве
    150 человек"): a captive noun and its nationality in the words before `end`."""
    category = nationality = None
    for t in reversed(toks[max(0, end - _MAX_MODIFIERS - 1) : end]):
        cat = category_of(t, lex)
        if cat and category is None:
            category = cat
        elif category and (code := _demonym(t, lex)):
            nationality = code
        elif category:
            break
    return Group(None, category, nationality, False) if category else None


def shared_noun(
    toks: list[Token], fig: Figure, nxt: Figure | None, prev: Group | None, lex: SlavicLexicon
) -> Group | None:
    """A nationality adjective whose noun is the other conjunct's: "146 российских и 146
    украинских военнопленных" (the noun after the next figure), "84 українських військових
    та 84 російських" (the noun of the group before). None when the figure has no such
    adjective or no conjunct shares a noun with it."""
    code, k = None, fig.last
    while k < min(len(toks), fig.last + _MAX_MODIFIERS):
        t = toks[k]
        if not t.a.pos & _MODIFIER_POS or category_of(t, lex):
            break
        code = code or _demonym(t, lex)
        k += 1
    if code is None:
        return None
    joins = lex.grammar["and"]
    if nxt is not None and k < len(toks) and toks[k].low in joins and nxt.first == k + 1:
        other = find_group(toks, nxt, lex)
        if other is not None and other.noun is not None:
            return Group(None, other.category, code, False, other.freed, k)
    joined = fig.first > 0 and toks[fig.first - 1].low in joins
    joined = joined or _in_return_for(toks, fig.first, lex)
    ends = k >= len(toks) or not toks[k].low[0].isalnum()
    if prev is not None and joined and ends:
        return Group(None, prev.category, code, False, False, k)
    return None


_RETURN_REACH = 3  # words of an "in return" phrase ("в обмен на", "в обмін на")


def _in_return_for(toks: list[Token], at: int, lex: SlavicLexicon) -> bool:
    """Whether an "in return" phrase, with "на" after it, ends right before token `at`: "95
    своих военных в обмен на 95 украинских" (the other conjunct of a swap, its noun shared)."""
    k = at - 1 if at and toks[at - 1].low in lex.grammar["formula"] else at
    phrases = lex.phrases["in_return"]
    return any(_phrase_at(toks, j, phrases) == k for j in range(max(0, k - _RETURN_REACH), k))


def named_among(toks: list[Token], end: int, lex: SlavicLexicon) -> frozenset[str]:
    """The peoples a group's own inclusion names, right after the group (token `end`):
    "17 заложников, в том числе четырёх граждан Таиланда" ({TH}), "105 заручників — 81
    ізраїльтянина, 23 громадян Таїланду" ({IL, TH}), "…, среди них иностранцы" ({FOREIGN}).
    Read to the end of the list: a verb ("— об этом сообщили в Минобороны России"), a
    preposition's place ("в том числе из Белоруссии") or a contrast (", а …") ends it."""
    stops = lex.grammar["contrast"]
    k = end + 1 if end < len(toks) and toks[end].low == "," else end
    if k < len(toks) and toks[k].low in DASHES:  # an apposition: "105 заручників — 81 …"
        k += 1
        # … that may open with the inclusion's own words: "9 заручників — серед них литовці"
        k = _phrase_at(toks, k, lex.phrases["among"]) or k
    else:  # an inclusion in the group's clause: "17 заложников в ходе обмена, в том числе …"
        while k < len(toks) and (got := _phrase_at(toks, k, lex.phrases["among"])) is None:
            t = toks[k]
            if t.low in stops or t.low in (";", "(") or t.a.pos & _NOT_LISTED - {"PREP"}:
                return frozenset()
            k += 1
        if k >= len(toks) or got is None:
            return frozenset()
        k = got
    return _peoples(toks, k, lex)


_AMONG_REACH = 4  # "Среди освобождённых в субботу —": words from "среди" to its dash


def named_among_opening(toks: list[Token], lex: SlavicLexicon) -> frozenset[str]:
    """The peoples a sentence opening with "среди"/"серед" and a dash lists ("Среди
    освобождённых — граждане Японии и Польши", "Серед звільнених — громадяни США"): an
    inclusion of the group told just before it, in a sentence of its own."""
    if not toks or toks[0].low not in lex.grammar["among"]:
        return frozenset()
    dash = next(
        (k for k in range(1, min(len(toks), _AMONG_REACH + 1)) if toks[k].low in DASHES), None
    )
    return frozenset() if dash is None else _peoples(toks, dash + 1, lex)


def _peoples(toks: list[Token], k: int, lex: SlavicLexicon) -> frozenset[str]:
    """The peoples a list of people begun at token k names (to list_end)."""
    codes: set[str] = set()
    for t in toks[k : list_end(toks, k, lex)]:
        if t.a.lemmas & lex.foreigners:
            codes.add(FOREIGN)
        elif t.w.demonym:
            codes.add(t.w.demonym)
        elif t.w.actor and "gent" in t.a.cases and lex.roles.get(t.w.actor) != "organisation":
            codes.add(t.w.actor)  # "громадян США", "граждан Таиланда": the people of a state
    return frozenset(codes)


def list_end(toks: list[Token], k: int, lex: SlavicLexicon) -> int:
    """Where a list of people begun at token k ends: a verb, a preposition, a contrast."""
    stops = lex.grammar["contrast"]
    for j in range(k, len(toks)):
        t = toks[j]
        if t.low in stops or t.low in (";", "(") or t.a.pos & _NOT_LISTED:
            return j
    return len(toks)


def _phrase_at(toks: list[Token], k: int, phrases: tuple[tuple[str, ...], ...]) -> int | None:
    """The token after one of `phrases` starting at token k, or None."""
    if k >= len(toks):
        return None
    first = toks[k].low  # most tokens start no phrase: no generator set up for them
    for words in phrases:
        n = len(words)
        if (
            words[0] == first
            and k + n <= len(toks)
            and all(toks[k + m].low == words[m] for m in range(1, n))
        ):
            return k + n
    return None
