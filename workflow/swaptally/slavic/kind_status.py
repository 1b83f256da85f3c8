"""The kind (exchange, release, held) and status (reported, planned, estimated) of a figure,
from its clause frame and the words around it: a future or a modal, a one-sided release,
people freed with no one named freeing them, people taken or only listed."""

from __future__ import annotations

from swaptally.slavic.clauses import after_contrast, outside_closed
from swaptally.slavic.document import Doc
from swaptally.slavic.frame import Frame
from swaptally.slavic.lexicon import SlavicLexicon
from swaptally.slavic.morph import Token, noun_readings
from swaptally.slavic.numbers import Figure
from swaptally.slavic.phrases import has_phrase
from swaptally.slavic.reading import Sentence

MOVES = frozenset(["get", "give", "free", "come_back", "exchange"])


_RETURNS = frozenset(["get", "give", "come_back"])  # handing people back: a swap's half


_PREDICATE = frozenset(["VERB", "PRTS"])  # a finite verb or a short participle


# … or an infinitive after "удалось", "планируется": "из них удалось вернуть 26"
MOVED = _PREDICATE | {"INFN"}


def _modal(toks: list[Token], lo: int, hi: int, lex: SlavicLexicon) -> bool:
    """A modal before an infinitive in the clause: "мають повернутися" (are to return)."""
    return any(toks[k].a.lemmas & lex.modal and toks[k + 1].a.infinitive for k in range(lo, hi - 1))


def kind_status(s: Sentence, fig: Figure, frame: Frame, doc: Doc, lex: SlavicLexicon):
    """(kind, status, whether the sentence says a release is one-sided)."""
    placed = frame.in_captivity or frame.custody  # "в плену", "за решёткой", "у в'язницях"
    placed = placed or (frame.verb is None and frame.possessor is not None)  # "у ВСУ – 1100"
    if frame.verb == "held" or (placed and frame.verb not in MOVES):
        return "held", "estimated", False
    if frame.verb is None and any(t.a.lemmas & lex.political for t in s.toks[frame.lo : frame.hi]):
        return "held", "estimated", False  # "признаёт политзаключёнными 1200 человек": a count
    if frame.verb is None and (
        taken(s.toks, frame.lo, fig.first, lex) or into_captivity(s.toks, frame.lo, frame.hi, lex)
    ):  # "задержал 20", "взяли в плен 30": a stock at its taking, as in English ("captured")
        return "held", "estimated", False
    # the words before the figure that may cue its status, those of the clauses that govern
    # it: not a clause before a contrast that opens the figure's (a plan told first, "але"
    # or "а" and the handover), nor a subordinate or relative clause closed before it (one
    # opened by "коли", "хотя", "про який"): such a clause's plan or future is its own
    window = outside_closed(
        s.toks, after_contrast(s.toks, frame.lo, fig.first, lex), fig.first, lex
    )
    # a future anywhere in the clause: "обмен 1000 на 1000 будет проходить три дня"; not in
    # a clause after the group's that tells what becomes of the people ("З полону звільнено
    # 84 військових, які пройдуть реабілітацію", "…, вони отримають допомогу") or that a
    # contrast opens after it ("…, но" and a next round still to come)
    own = _own_clause_end(s.toks, fig, frame, lex)
    # (not the writer's reminder: "Напомним, весной Киеву удалось вызволить 40": its future
    # form recalls the past)
    reminders = lex.grammar.get("reminders", frozenset())
    cued = _plan_before(window, lex) or any(
        t.a.future and t.w.verb != "held" and not t.a.lemmas & reminders
        for t in (*window, *s.toks[fig.first : own])
    )
    cued = cued or _plan_governs(s.toks, frame.lo, fig.first, lex)
    # … or the predicate after the figure's group ("обмен 300 на 300 перенесли")
    after = _predicate_after(s.toks, fig, frame, lex)
    cued = cued or _plan_after(after, window, lex)
    cued = cued or _modal(s.toks, frame.lo, own, lex)
    cued = cued or frame.intended  # "намерена передать": a word of intent governs it
    # (a verb of happening in the past before it: "по договорённостям прошёл обмен «146 на 146»")
    done = frame.past or any(
        t.a.lemmas & lex.happened and t.a.past and "VERB" in t.a.pos for t in window
    )
    planned = frame.future or (cued and not done)  # "в рамках договорённостей обменялись"
    planned = planned or (fig.formula and stage_of(s.toks, frame.lo, fig.first, lex))
    status = "planned" if planned else "reported"
    # (in the figure's clause: not past a semicolon, "…; окремо повернули ще 536")
    stop = next((k for k in range(fig.last, frame.hi) if s.toks[k].low == ";"), frame.hi)
    one_sided = has_phrase(s.toks, frame.lo, stop, lex.phrases["release_only"])
    one_sided = one_sided or _nothing_asked(s.toks, frame.lo, stop, lex)
    one_sided = one_sided or any(t.w.verb == "release_only" for t in s.toks)
    # (a text that calls its handover goodwill and tells of no exchange: "Иран освободил
    # 14 иракцев по соглашению с Багдадом. В Тегеране это назвали шагом доброй воли")
    one_sided = one_sided or doc.goodwill
    # (not where the figure's own verb is the exchange: "Обмін … на сімох американців став
    # жестом доброї волі" calls the swap itself a goodwill gesture)
    if one_sided and not _the_swap_itself(s.toks, frame, fig, lex):
        return "release", status, True  # a pardon, a goodwill gesture, freed outside the swap
    # freed from captivity with no one named freeing them ("з полону звільнено 150"), or
    # that a side managed to free ("вдалося звільнити 150 людей"): told by the side that got
    # them back, a swap's half
    managed = any(t.a.lemmas & lex.managed for t in window)
    # (a side that managed to free people freed its own: "Украине удалось освободить 49";
    # one that tells of a freeing tells of its own: "Минобороны сообщило об освобождении 84")
    # … and people named as the freed, no one freeing them: "Среди освобождённых — семеро"
    home = frame.verb == "free" and (
        (frame.captivity and frame.subject is None)
        or managed
        or frame.announced
        or (frame.freed_noun and frame.subject is None)
    )
    swap = doc.swap or frame.verb in _RETURNS - {"give"} or home
    # a handover between the two sides whose handovers are swaps (the lexicon's default
    # parties: "Российская сторона передала Киеву 103"), or one of two handovers the sentence
    # tells ("…, а Запад вернул Москве восьмерых"); between other states, with no swap told,
    # one-sided ("Азербайджан передал Армении пятерых пленных")
    # (a third state that hands the war's people over, with no swap told, frees them: "Мінськ
    # передав Україні 14 громадян", Belarus a venue of the war's swaps, no side of them)
    giver = frame.subject if frame.agent else None
    third = giver is not None and giver not in lex.default_parties and not lex.is_party(giver)
    swap = swap or (
        frame.verb == "give"
        and not third
        and (set(doc.parties[:2]) <= set(lex.default_parties) or handovers(s.toks) > 1)
    )
    return ("exchange" if swap else "release"), status, False


def _own_clause_end(toks: list[Token], fig: Figure, frame: Frame, lex: SlavicLexicon) -> int:
    """Where the figure's clause ends: at a clause mark after the figure that opens a clause
    on its people, with a relative or personal pronoun ("…, які пройдуть реабілітацію",
    "…, они будут доставлены"), or a clause of its own that a contrast opens ("…, но",
    "…, а"), else the window's end."""
    marks = lex.grammar["clause_marks"]
    opens = lex.grammar["people_after"] | lex.grammar["contrast"]
    for k in range(fig.last, frame.hi - 1):
        if toks[k].low in marks and toks[k + 1].low in opens:
            return k
    return frame.hi


def handovers(toks: list[Token]) -> int:
    """How many finite verbs of the sentence hand people over, free or get them back."""
    return sum(1 for t in toks if t.w.verb in MOVES and "VERB" in t.a.pos)


def _plan_before(window: list[Token], lex: SlavicLexicon) -> bool:
    """A plan cue before the figure; a verb that also means "carry" only with a handover's
    word between it and the figure ("перенесли на неделю освобождение 20 пленных", not
    "Медики перенесли в автобусы 20 раненых": those were carried)."""
    for k, t in enumerate(window):
        if not t.a.lemmas & lex.planned:
            continue
        if not t.a.lemmas & lex.carry or any(u.w.verb for u in window[k + 1 :]):
            return True
    return False


def _plan_governs(toks: list[Token], lo: int, at: int, lex: SlavicLexicon) -> bool:
    """A plan verb before the window with no finite verb between it and the figure: its
    objects coordinated ("условились об обмене «1000 на 1000», а также о возвращении … — не
    менее 1000 человек с каждой стороны": both agreed)."""
    # (finite: an infinitive, which Ukrainian's dictionary tags VERB, is governed, not a verb
    # of its own: "запропонував віддати 40 людей в обмін на 30")
    for k in range(lo - 1, -1, -1):
        t = toks[k]
        if "VERB" in t.a.pos and not t.a.infinitive:
            return bool(t.a.lemmas & lex.planned) and not any(
                "VERB" in u.a.pos and not u.a.infinitive for u in toks[k + 1 : at]
            )
    return False


def _plan_after(after: list[Token], window: list[Token], lex: SlavicLexicon) -> bool:
    """A plan cue in the predicate after the group; a verb that also means "carry" only
    when a handover's word before the figure heads the subject ("Обмен 300 на 300
    перенесли", not "Двадцать раненых … перенесли в автобусы")."""
    handover = any(u.w.verb for u in window)
    return any(t.a.lemmas & lex.planned and (handover or not t.a.lemmas & lex.carry) for t in after)


_PHRASE_OPENERS = frozenset(["PRTF", "ADJF"])  # a participle (an adjective in Ukrainian's
# dictionary: "запланований") opening a phrase set off by commas


def _predicate_after(toks: list[Token], fig: Figure, frame: Frame, lex: SlavicLexicon):
    """The words after the figure in its clause, where the predicate of a group that is the
    subject stands ("Обмен 300 на 300 перенесли", "обмін … має відбутися"), past a
    participle phrase set off by commas ("Обмен 500 на 500, намеченный на пятницу,
    сорвался": the phrase describes the noun, the verb after it tells what became of it)."""
    marks = lex.grammar["clause_marks"]
    k = fig.last
    while k < frame.hi and toks[k].low not in marks:
        k += 1
    opens = k + 1 < frame.hi and (
        toks[k + 1].a.pos & _PHRASE_OPENERS or toks[k + 1].a.lemmas & lex.relative
    )  # … or a relative clause: "Усіх 12 заручників, які досі живі, угруповання планує …"
    if opens and toks[k].low == ",":
        close = next((j for j in range(k + 1, frame.hi) if toks[j].low == ","), frame.hi)
        rest = close + 1
        end = next((j for j in range(rest, frame.hi) if toks[j].low in marks), frame.hi)
        return toks[fig.last : k] + toks[rest:end]
    return toks[fig.last : k]


def came_to_nothing(s: Sentence, fig: Figure, frame: Frame, lex: SlavicLexicon) -> bool:
    """The predicate after the figure's group says what it names did not happen
    ("Запланированное на 10 ноября возвращение 17 … не состоялось", "повернення … не
    відбулося"): no people were handed over, and no plan stands."""
    after = _predicate_after(s.toks, fig, frame, lex)
    nots = lex.grammar.get("not") or frozenset()
    return any(
        t.a.lemmas & lex.happened and k and after[k - 1].low in nots for k, t in enumerate(after)
    )


def own_will(s: Sentence, fig: Figure, frame: Frame, lex: SlavicLexicon) -> bool:
    """The counted people are the subject of a verb of will after their group ("трое
    решили остаться на месте", "четверо відмовилися повертатися", "шестеро хотели бы
    вернуться"): what they chose or wish is no handover and no stock (lexicon own_will; the
    figure in the nominative: "Киев хочет вернуть 800" is a plan, not this)."""
    will = lex.grammar.get("own_will", frozenset())
    first = s.toks[fig.first]
    if not will or not (first.a.cases & {"nomn"} or not first.a.cases):
        return False
    for t in _predicate_after(s.toks, fig, frame, lex):
        if "VERB" in t.a.pos and not t.a.infinitive:
            return bool(t.a.lemmas & will)  # the group's own predicate: the first finite verb
    return False


def stage_of(toks: list[Token], lo: int, at: int, lex: SlavicLexicon) -> bool:
    """A numbered stage of the operation named before the figure ("второй этап обмена 1000
    на 1000", "Другий день обміну 1000 на 1000"), or a verb that begins it ("стороны начали
    обмен 1000 на 1000"): under way, unless the sentence says it is done ("завершено третій
    етап обміну")."""
    staged = any(
        toks[k + 1].a.lemmas & lex.stages and lex.ordinal(toks[k].a.ordered)
        for k in range(lo, at - 1)
    )
    staged = staged or any(_begins(toks, k, lex) for k in range(lo, at))
    return staged and not any(t.a.lemmas & lex.completed for t in toks)


def _begins(toks: list[Token], k: int, lex: SlavicLexicon) -> bool:
    """Token k is a verb that begins an operation: not a noun after a preposition ("с
    начала года": "начала" is also "began")."""
    t = toks[k]
    if not t.a.lemmas & lex.began or not t.a.pos & _PREDICATE:
        return False
    return k == 0 or "PREP" not in toks[k - 1].a.pos


def also_freed(
    s: Sentence,
    lo: int,
    fig: Figure,
    frame: Frame,
    told: tuple[str, str] | None,
    lex: SlavicLexicon,
) -> bool:
    """People freed with no one named freeing them, told as more of the swap just told:
    "Также освобождены 5 мирных жителей", "Крім того, з полону звільнено двох медиків"
    (a cue of addition before the figure, the document's previous fact an exchange)."""
    if told is None or told[0] != "exchange" or frame.subject is not None:
        return False
    return has_phrase(s.toks, lo, fig.first, lex.phrases["also"])


def beside_swap(s: Sentence, frame: Frame, lex: SlavicLexicon) -> bool:
    """Whether the clause says its one-sided release came beside the swap ("сверх обмена",
    "не враховували в обміні", "дополнительно"), not as a pardon of its own ("помиловал")."""
    return has_phrase(s.toks, frame.lo, frame.hi, lex.phrases["release_only"]) and not any(
        t.w.verb == "release_only" for t in s.toks
    )


def listed(toks: list[Token], lo: int, at: int, lex: SlavicLexicon) -> bool:
    """A list noun (lexicon 'listed') right before the figure, or a preposition between:
    "списки 800 пленных", "список из 500" (not "согласно списку, вернулись 90")."""
    k = at - 1
    if k > lo and "PREP" in toks[k].a.pos:
        k -= 1
    return k >= lo and bool(toks[k].a.lemmas & lex.listed)


def of_kin(toks: list[Token], lo: int, at: int, lex: SlavicLexicon) -> bool:
    """A parent right before the figure ("мать троих детей", "батько двох дітей"): a
    family counted, no captives. The word read as a noun: "має 300 полонених" is the verb
    мати (to have), whose lemma is the kin noun's."""
    if at - 1 < lo or not toks[at - 1].a.lemmas & lex.kin:
        return False  # the common case
    return any(form in lex.kin for _, _, form in noun_readings(toks[at - 1].low, lex.lang))


_LOCATIVE = frozenset(["loct", "loc2"])


def into_captivity(toks: list[Token], lo: int, hi: int, lex: SlavicLexicon) -> bool:
    """People taken into captivity in the clause ("ВСУ взяли в плен 30", "в плен попали 12",
    "потрапили до полону"): a captivity noun after a preposition of direction, not of place
    ("в плену", "у полоні": a stock) or of source ("из плена": a return)."""
    toward = lex.grammar["toward"]
    for k in range(max(lo, 1), hi):
        if not toks[k].a.lemmas & lex.captivity or toks[k - 1].low not in toward:
            continue
        cases = toks[k].a.cases
        if ("accs" in cases and not cases & _LOCATIVE) or (
            toks[k - 1].low == "до" and "gent" in cases
        ):
            return True
    return False


def into_custody(toks: list[Token], lo: int, hi: int, lex: SlavicLexicon) -> bool:
    """People moved into a place of custody in the clause ("вивезли до колонії", "этапировали
    в СИЗО"): a custody noun after a preposition of direction, in the accusative (after
    "до", the genitive), past one adjective ("до колишньої колонії")."""
    toward = lex.grammar["toward"]
    for k in range(max(lo, 1), hi):
        if not toks[k].a.lemmas & lex.custody:
            continue
        p = k - 2 if k > 1 and "ADJF" in toks[k - 1].a.pos else k - 1
        if p < lo or toks[p].low not in toward:
            continue
        cases = toks[k].a.cases
        if ("accs" in cases and not cases & _LOCATIVE) or (toks[p].low == "до" and "gent" in cases):
            return True
    return False


def taken(toks: list[Token], lo: int, hi: int, lex: SlavicLexicon) -> bool:
    """A finite verb that takes people (lexicon 'taken': "задержал", "заарештували") before
    the figure in its window: the figure is no part of a handover told before it."""
    return any(t.a.lemmas & lex.taken and t.a.pos & _PREDICATE for t in toks[lo:hi])


_ASKED_REACH = 3  # "без каких-либо встречных условий"


def _nothing_asked(toks: list[Token], lo: int, hi: int, lex: SlavicLexicon) -> bool:
    """ "Без" and, within three words, what a swap asks in return ("без встречных условий",
    "без будь-яких умов"): the people are freed one-sidedly."""
    for k in range(lo, hi):
        if toks[k].low in lex.grammar["without"] and any(
            t.a.lemmas & lex.in_return_asked for t in toks[k + 1 : min(hi, k + 1 + _ASKED_REACH)]
        ):
            return True
    return False


def _the_swap_itself(toks: list[Token], frame: Frame, fig: Figure, lex: SlavicLexicon) -> bool:
    """The figure's own verb is the exchange, in its clause (no contrast between): "Обмін
    … на сімох американців став жестом доброї волі" (not "246 освобождены в рамках обмена,
    а ещё 31 — вне этой процедуры")."""
    if frame.verb != "exchange":
        return False
    own = after_contrast(toks, 0, fig.first, lex)
    return any(t.w.verb == "exchange" for t in toks[own : fig.first])
