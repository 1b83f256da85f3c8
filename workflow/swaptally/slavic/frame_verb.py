"""The verb of a figure's clause: the nearest verb of the lexicon's classes before the figure
in its window, else after it, and what it tells of the people (sent, told of, describing)."""

from __future__ import annotations

from swaptally.slavic.lexicon import SlavicLexicon
from swaptally.slavic.morph import Token
from swaptally.slavic.phrases import has_phrase

__all__ = [
    "PARTICIPLE",
    "PREDICATE",
    "describes",
    "find_verb",
    "goes_free",
    "goes_home",
    "in_relative",
    "intended",
    "leaves_captivity",
    "told_of",
    "verb_class",
]

PREDICATE = frozenset(["VERB", "PRTS"])  # a finite verb or a short participle
PARTICIPLE = frozenset(["PRTF", "ADJF"])  # a full participle (an adjective in uk's dictionary)


_FREEDOM_REACH = 2  # words between "вышли" and its "на свободу" ("вышли вчера на свободу")


def goes_free(toks: list[Token], k: int, lex: SlavicLexicon) -> bool:
    """Token k is a verb of going out with "на свободу", "на волю" next to it, before or
    after: the people it counts are freed ("на свободу вышли 16", "вийшли на волю 40")."""
    if not toks[k].a.lemmas & lex.goes_free:
        return False
    lo, hi = max(0, k - _FREEDOM_REACH), min(len(toks), k + _FREEDOM_REACH + 2)
    return has_phrase(toks, lo, hi, lex.phrases["freedom"])


_OUT_REACH = 3  # words from "вышли" to its "плена" ("вышли из российского плена")


def leaves_captivity(toks: list[Token], k: int, lex: SlavicLexicon) -> bool:
    """Token k is a verb of going out with a captivity noun after "из"/"з" next to it,
    maybe past an adjective ("вышли из плена", "з російського полону вийшли 185"): the
    people it counts come back from captivity."""
    if not toks[k].a.lemmas & lex.goes_free:
        return False
    source = lex.grammar["from"]
    for c in range(max(1, k - _OUT_REACH), min(len(toks), k + _OUT_REACH + 1)):
        if c == k or not toks[c].a.lemmas & lex.captivity:
            continue
        if toks[c - 1].low in source or (c > 1 and toks[c - 2].low in source):
            return True
    return False


def verb_class(toks: list[Token], k: int, lex: SlavicLexicon) -> str | None:
    """The lexicon's class of the verb at token k: its word's, "free" for a verb of going
    out to freedom (goes_free), "come_back" for one of going out of captivity."""
    verb = toks[k].w.verb
    if verb is None and goes_free(toks, k, lex):
        return "free"
    if verb is None and leaves_captivity(toks, k, lex):
        return "come_back"
    if verb is None and goes_home(toks, k, lex):
        return "come_back"
    return verb


def goes_home(toks: list[Token], k: int, lex: SlavicLexicon) -> bool:
    """Token k is a verb of travel with "домой", "на родину" next to it, before or after:
    the people it counts come back ("домой едут 200 военных", "летять додому 40")."""
    if not toks[k].a.lemmas & lex.goes_home:
        return False
    lo, hi = max(0, k - _FREEDOM_REACH), min(len(toks), k + _FREEDOM_REACH + 2)
    return has_phrase(toks, lo, hi, lex.phrases["homeward"])


def find_verb(
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
        if toks[k].w.verb in _TAKING and _into_captivity_beside(toks, k, lex):
            return None  # "в плен забирают 8", "забрали в плен 30": a taking, no handover
        return verb_class(toks, k, lex)

    if after < hi and cls(after) and toks[after].a.pos & PREDICATE:
        return after  # the group is the subject of the verb after it: "140 человек вернулись"
    k = at - 1
    while k >= lo:
        opened = _phrase_opened(toks, lo, k, lex)
        if opened is not None:
            k = opened - 1  # "передал 5 солдат, которых удерживали в Баку, и 11": the
            continue  # phrase describes the five; the eleven's verb is "передал", not holding
        if cls(k):
            return k
        k -= 1
    # a relative clause set off by commas on the group ("пятеро пленных, которых держали в
    # Баку, вернулись"): its verb has a subject of its own; the group's predicate is the
    # finite verb after the clause closes, when there is one
    closed = _relative_close(toks, after, hi, lex)
    if closed is not None:
        for k in range(closed + 1, hi):
            if toks[k].low in lex.grammar["clause_marks"]:
                break
            if cls(k) and (toks[k].a.pos & PREDICATE or _governed(toks, k, closed)):
                return k
    # after the figure, a full participle on the group ("восьмерых иностранцев, находившихся
    # в плену, … передали") is its predicate only when no finite verb follows it
    described = None
    for k in range(after, _contrast_after(toks, after, hi, lex)):
        if cls(k):
            if toks[k].a.pos & PREDICATE or "PRTF" not in toks[k].a.pos:
                return k
            described = k if described is None else described
    return described


def _phrase_opened(toks: list[Token], lo: int, k: int, lex: SlavicLexicon) -> int | None:
    """Where the phrase that the comma at k closes opens, when it is a participle's or a
    relative clause's set off by commas on the noun before it ("…, задержанных на границе,",
    "…, яких утримували в Баку,"): the comma that opens it; else None."""
    if toks[k].low != ",":
        return None
    j = next((j for j in range(k - 1, lo - 1, -1) if toks[j].low == ","), None)
    if j is None or j + 1 >= k:
        return None
    first = toks[j + 1 : min(k, j + 1 + _RELATIVE_REACH)]
    participle = "PRTF" in toks[j + 1].a.pos
    return j if participle or any(t.a.lemmas & lex.relative for t in first) else None


def _contrast_after(toks: list[Token], after: int, hi: int, lex: SlavicLexicon) -> int:
    """Where a contrast set off by a clause mark opens another clause after the group
    ("… и двух непальцев, — а Египет передал 75"): its verb has a subject of its
    own, not the group's; not an addition ("…, а также 20 гражданских вернулись")."""
    g = lex.grammar
    for k in range(after + 1, hi):
        opens = toks[k].low in g["contrast"] and toks[k - 1].low in g["clause_marks"]
        if opens and not has_phrase(toks, k + 1, min(k + 3, hi), lex.phrases["also"]):
            return k
    return hi


_GOVERNORS = PREDICATE | {"ADJS"}  # "должны вернуться", "мають повернутися"


def _governed(toks: list[Token], k: int, closed: int) -> bool:
    """Token k is an infinitive right after a finite verb or short adjective that governs it,
    both past the comma at `closed` ("…, которых держит Россия, должны вернуться")."""
    return toks[k].a.infinitive and k - 1 > closed and bool(toks[k - 1].a.pos & _GOVERNORS)


_RELATIVE_REACH = 2  # a preposition before the pronoun: "…, у яких", "…, из которых"


def _relative_close(toks: list[Token], after: int, hi: int, lex: SlavicLexicon) -> int | None:
    """The comma that closes a relative clause opened by a comma right after the group (its
    pronoun within two words: "…, которых", "…, з яких"), or None."""
    if after >= hi or toks[after].low != ",":
        return None
    opener = toks[after + 1 : min(hi, after + 1 + _RELATIVE_REACH)]
    if not any(t.a.lemmas & lex.relative for t in opener):
        return None
    return next((k for k in range(after + 2, hi) if toks[k].low == ","), None)


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


def describes(toks: list[Token], after: int, v: int, lex: SlavicLexicon) -> bool:
    """The verb at v, after the group (ending at `after`), describes the people: a full
    participle ("находившихся в плену") or the verb of a relative clause ("які перебували в
    полоні")."""
    participle = not toks[v].a.pos & PREDICATE and bool(toks[v].a.pos & PARTICIPLE)
    return participle or in_relative(toks, after, v, lex)


def in_relative(toks: list[Token], after: int, v: int, lex: SlavicLexicon) -> bool:
    """The verb at v, after the group (ending at `after`), is in a relative clause on it
    ("1800 цивільних, яких утримує Росія"), not past the comma that closes one ("…, которых
    держали в Баку, вернулись": the group's own predicate)."""
    closed = _relative_close(toks, after, v + 1, lex)
    if closed is not None and closed < v:
        return False
    return any(t.a.lemmas & lex.relative for t in toks[after:v])


def told_of(toks: list[Token], v: int, lex: SlavicLexicon) -> bool:
    """The verb's word at v is a noun told of right after a verb of saying ("Минобороны
    сообщило о возвращении из плена 84", "Зеленський повідомив про звільнення 84"): the
    party before it is the speaker, not the doer of the handover."""
    if v < 2 or "NOUN" not in toks[v].a.pos or toks[v - 1].low not in lex.grammar["about"]:
        return False
    said = toks[v - 2].a
    return bool(said.lemmas & lex.speech) and bool(said.pos & {"VERB", "GRND", "PRTS"})


_GOVERNOR_GAP = frozenset(["ADVB", "PRCL"])  # "намерена ещё передать", "хоче також звільнити"


def intended(toks: list[Token], v: int, lex: SlavicLexicon) -> bool:
    """The verb at v is an infinitive governed by a word of intent or obligation, in the
    present or a short adjective, maybe with a noun between ("намерена передать", "должен
    освободить", "планирует обменять", "має намір повернути"): a plan, whatever the word
    (its tense and form say it, no list of such words). A past governor says nothing here
    ("согласилась освободить" is a plan, "помогли вернуть" done: the lexicon tells them),
    nor one of success ("удаётся вернуть")."""
    if not toks[v].a.infinitive:
        return False
    k = v - 1
    while k > 0 and toks[k].a.pos and toks[k].a.pos <= _GOVERNOR_GAP:
        k -= 1
    noun = toks[k].a
    if k > 0 and "NOUN" in noun.pos and not (noun.present or noun.cases & {"gent", "datv"}):
        k -= 1  # "має намір передати", "приняла решение" (a past: no plan here)
    if k < 0:
        return False
    gov = toks[k].a
    if gov.lemmas & lex.managed or gov.infinitive:
        return False
    return gov.present or "ADJS" in gov.pos


_TAKING = frozenset(["get", "give"])  # verbs that take people when they take them into captivity
_BESIDE = 2  # words between such a verb and its "в плен" ("забрали вчера в плен")


def _into_captivity_beside(toks: list[Token], k: int, lex: SlavicLexicon) -> bool:
    """A captivity noun after a preposition of direction next to the verb at k, before or
    after it ("в плен забирают", "забрали в плен", "забрали до полону"): taken captive."""
    toward = lex.grammar["toward"]
    for c in range(max(1, k - _BESIDE), min(len(toks), k + _BESIDE + 2)):
        if not toks[c].a.lemmas & lex.captivity or toks[c - 1].low not in toward:
            continue
        cases = toks[c].a.cases
        if ("accs" in cases and not cases & {"loct", "loc2"}) or (
            toks[c - 1].low == "до" and "gent" in cases
        ):
            return True
    return False
