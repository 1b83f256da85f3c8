"""Russian and Ukrainian text → counted facts (workflow/docs/FACTS.md), stage by stage.

Per sentence, read once (reading): tokens with lemmas (morph), figures (numbers), days
(dates). Per figure: the group it counts (groups) → its clause frame (frame) → kind and
status (here) → sides (sides, an ordered list of named resolvers) → date (against the
publication day). The document
supplies only what is computed once before the sentences are read: its two sides, its
home side, whether it tells of a swap, and the day of its swap (for statements of that
swap that name no day).
"""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass, replace

from swaptally.slavic.dates import find_days, find_period
from swaptally.slavic.frame import Frame, frame_of, has_phrase
from swaptally.slavic.groups import (
    Group,
    category_after,
    find_group,
    group_before,
    included,
    named_among,
    nearest_category,
    noun_before,
    shared_noun,
)
from swaptally.slavic.lexicon import SlavicLexicon, load_lexicon
from swaptally.slavic.morph import Token
from swaptally.slavic.numbers import Figure
from swaptally.slavic.reading import Sentence, read_sentences
from swaptally.slavic.sides import Clue, mixed, resolve

__all__ = ["extract_slavic"]

_MOVES = frozenset(["get", "give", "free", "come_back", "exchange"])
_RETURNS = frozenset(["get", "give", "come_back"])  # handing people back: a swap's half
_PREDICATE = frozenset(["VERB", "PRTS"])  # a finite verb or a short participle
# … or an infinitive after "удалось", "планируется": "из них удалось вернуть 26"
_MOVED = _PREDICATE | {"INFN"}
_DOC_DATE = "+doc_date"  # shown by `explain` only; no code reads it back
_ALSO = "+also"  # likewise: a release told as more of the swap before it (_also_freed)
_GAPPED = "+gapped"  # likewise: the group of the figure before, on another day (_gapped_by_day)
_SHARED = "+shared"  # likewise: a conjunct's noun shared ("146 российских и 146 украинских …")
_ANSWER = "+in_return"  # likewise: freed in return for the release told before (a swap's half)
_MIXED = "+mixed"  # likewise: the group's inclusion names other peoples (sides.mixed)


@dataclass(frozen=True, slots=True)
class _Doc:
    parties: tuple[str, ...]
    home: str | None
    swap: bool
    published: datetime.date | None


@dataclass(slots=True, unsafe_hash=True)  # never changed: see extract.fact.Provenance
class _Found:
    """One fact before its final date: the sentence may leave the day to the document."""

    fields: tuple
    rule: str
    date: datetime.date | None
    undated_swap: bool  # a reported swap whose sentence names no day (takes the doc's)
    sides: tuple[str, str | None]
    one_sided: bool = False  # a release the sentence says is one-sided (a pardon, goodwill)
    in_return: bool = False  # told as given in return ("натомість", "в ответ"): a swap's half


def _document(sents: list[Sentence], lex: SlavicLexicon, pub: datetime.date | None) -> _Doc:
    named: Counter[str] = Counter()
    swap = False
    for s in sents:
        # peoples named only as a group's parts are no sides: "ХАМАС освободил 17
        # заложников, в том числе граждан Таиланда"
        parts = included(s.toks, lex) if s.figs else None
        for k, t in enumerate(s.toks):
            code = t.w.actor or t.w.demonym
            if code and lex.is_party(code) and not (parts and k in parts):
                named[code] += 1
            swap = swap or t.w.verb == "exchange"
        swap = swap or any(f.formula for f in s.figs)
        swap = swap or has_phrase(s.toks, 0, len(s.toks), lex.phrases["mutual"])
    parties = [code for code, _ in named.most_common()]
    if len(parties) == 1 and parties[0] in lex.opponents:  # "ХАМАС звільнив 4 заручниць":
        parties.append(lex.opponents[parties[0]])  # an armed group's captives are its enemy's
    if len(parties) < 2 and (not parties or parties[0] in lex.default_parties):
        parties += [p for p in lex.default_parties if p not in parties]
    return _Doc(tuple(parties[:2]), lex.home, swap, pub)


def _group(
    s: Sentence,
    fig: Figure,
    group: Group | None,
    prev: Group | None,
    frame: Frame,
    lex: SlavicLexicon,
    nxt: Figure | None = None,
) -> tuple[Group | None, str]:
    """The group `fig` counts, filled in from the sentence where its words leave it open
    (`prev`: the group of the figure before; `nxt`: the figure after), and the name
    `explain` shows for a group borrowed from another figure ("" for none)."""
    amount = lex.phrases["amount"]
    if fig.first >= 2 and has_phrase(s.toks, fig.first - 2, fig.first, amount):
        named = group_before(s.toks, fig.first - 2, lex)
        if named and (group is None or group.category == "unspecified"):
            return named, ""
    if group is None:
        if fig.formula:  # "обменялись военнопленными по формуле 150 на 150"
            cat = nearest_category(s.toks, fig.first, lex, frame.hi) or "unspecified"
            return Group(None, cat, None, False), ""
        if prev is not None and frame.listed:  # "…, Россия – 82", "…, на Украину — 52"
            return Group(None, prev.category, None, False), ""
        if prev is not None and _gapped_by_day(s, fig, lex):  # "…, в субботу — по 307"
            return replace(prev, noun=None, end=None), _GAPPED
        shared = shared_noun(s.toks, fig, nxt, prev, lex)  # "146 российских и 146 украинских …"
        if shared is not None:
            return shared, _SHARED
        named = noun_before(s.toks, fig, lex)  # "військових — 146, цивільних — 8"
        return (Group(None, named, None, False) if named else None), ""
    if group.category != "unspecified":
        return group, ""
    before = noun_before(s.toks, fig, lex)  # "цивільні – 20 наших людей"
    before = before or category_after(s.toks, frame.lo, fig.first, lex.phrases["total"], lex)
    return (replace(group, category=before) if before else group), ""


_DASHES = frozenset(["-", "\u2013", "\u2014"])


def _gapped_by_day(s: Sentence, fig: Figure, lex: SlavicLexicon) -> bool:
    """A figure with no noun after a dash, the day before the dash and nothing else since
    the last clause mark: the same handover on another day ("В пятницу стороны передали по
    390 человек, в субботу — по 307", "у суботу — 307, у неділю — 303")."""
    k = fig.first - 1
    if fig.each and k > 0:  # "— по 307": the distributive before it
        k -= 1
    if k < 1 or s.toks[k].low not in _DASHES:
        return False
    marks = lex.grammar["clause_marks"]
    lo = next((j for j in range(k - 1, -1, -1) if s.toks[j].low in marks), -1)
    if lo < 0:
        return False
    a, b = s.toks[lo].end, s.toks[k].start
    return any(a <= d.start and d.end <= b for d in s.days)


def _modal(toks: list[Token], lo: int, hi: int, lex: SlavicLexicon) -> bool:
    """A modal before an infinitive in the clause: "мають повернутися" (are to return)."""
    return any(toks[k].a.lemmas & lex.modal and toks[k + 1].a.infinitive for k in range(lo, hi - 1))


def _kind_status(s: Sentence, fig: Figure, frame: Frame, doc: _Doc, lex: SlavicLexicon):
    """(kind, status, whether the sentence says a release is one-sided)."""
    if frame.verb == "held" or (frame.in_captivity and frame.verb not in _MOVES):
        return "held", "estimated", False
    if frame.verb is None and _taken(s.toks, frame.lo, fig.first, lex):
        return "held", "estimated", False  # "задержал 20": a stock at its taking, as in English
    window = s.toks[frame.lo : fig.first]
    cued = any(t.a.lemmas & lex.planned for t in window) or any(
        t.a.future and t.w.verb != "held" for t in s.toks[frame.lo : frame.hi]
    )  # a future anywhere in the clause: "обмен 1000 на 1000 будет проходить три дня"
    cued = cued or _modal(s.toks, frame.lo, frame.hi, lex)
    planned = frame.future or (cued and not frame.past)  # "в рамках договорённостей обменялись"
    status = "planned" if planned else "reported"
    one_sided = has_phrase(s.toks, frame.lo, frame.hi, lex.phrases["release_only"])
    if one_sided or any(t.w.verb == "release_only" for t in s.toks):
        return "release", status, True  # a pardon, a goodwill gesture, freed outside the swap
    # freed from captivity with no one named freeing them ("з полону звільнено 150"), or
    # that a side managed to free ("вдалося звільнити 150 людей"): told by the side that got
    # them back, a swap's half
    managed = any(t.a.lemmas & lex.managed for t in window)
    # (a side that managed to free people freed its own: "Украине удалось освободить 49")
    home = frame.verb == "free" and ((frame.captivity and frame.subject is None) or managed)
    swap = doc.swap or frame.verb in _RETURNS or home
    return ("exchange" if swap else "release"), status, False


def _one_clause(s: Sentence, at: int, k: int, marks: frozenset[str]) -> bool:
    """Whether no clause mark stands between character `at` and token k of the sentence."""
    lo, hi = sorted((at, s.toks[k].start))
    return not any(t.low in marks for t in s.toks if lo < t.start < hi)


def _day(
    s: Sentence,
    fig: Figure,
    kind: str,
    status: str,
    pub: datetime.date | None,
    marks: frozenset[str],
    alongside: bool = False,
):
    """(date, the sentence names no day for a reported swap). `alongside`: a release told
    as one-sided within a swap story ("Крім того, Росія передала 22 …, яких не враховували
    в обміні"): handed over with the swap, it takes the swap's day as the swap's halves do."""
    at = s.toks[fig.first].start
    before = [d for d in s.days if d.start < at]
    day = before[-1] if before else (s.days[0] if s.days else None)
    if kind == "held":
        return (day.date if day else pub), False
    if day and s.lasting is not None and _one_clause(s, day.start, s.lasting, marks):
        return None, False  # "обмен начался в пятницу и продлится три дня": its start
    if status == "planned":
        if day and day.weekday and pub and day.date < pub:  # the next such day, unless the
            # weekday dates what was done ("в четверг договорились"), not the handover to come
            return (None if day.past else day.date + datetime.timedelta(days=7)), False
        return (day.date if day and pub and day.date >= pub else None), False
    if day:
        return day.date, False
    return None, (kind == "exchange" or alongside) and not s.earlier and s.period is None


def _clause_end(toks: list[Token], after: int, hi: int, lex: SlavicLexicon) -> int:
    """Where the figure's clause ends: the first clause mark after its group ("…, яких
    утримували з 2022 року" and "…, і ще тисячі вважаються зниклими" are other clauses)."""
    marks = lex.grammar["clause_marks"]
    return next((k for k in range(after, hi) if toks[k].low in marks), hi)


def _clause_start(toks: list[Token], lo: int, at: int, lex: SlavicLexicon) -> int:
    """Where the figure's own phrase starts: after the last clause mark or "and" before it
    ("тіла 909 загиблих, а також 84 військовополонених": the dead are another phrase's)."""
    stops = lex.grammar["clause_marks"] | lex.grammar["and"]
    return next((k + 1 for k in range(at - 1, lo - 1, -1) if toks[k].low in stops), lo)


def _same_after(s: Sentence, n: int, after: int, lex: SlavicLexicon) -> bool:
    """Whether figure n's group is followed by "на" and the same figure: N of them for N."""
    if n + 1 >= len(s.figs) or after >= len(s.toks):
        return False
    nxt = s.figs[n + 1]
    joined = s.toks[after].low in lex.grammar["formula"] and nxt.first == after + 1
    return joined and nxt.value == s.figs[n].value


def _sentence_facts(
    s: Sentence,
    doc: _Doc,
    lex: SlavicLexicon,
    previous: tuple[str, str | None] | None,
    speaker: str | None,
    told: tuple[str, str] | None,
) -> list[_Found]:
    """The facts of one sentence. `speaker`: the side of the last party quoted before it,
    whose people "наших" and "домой" mean when neither the sentence nor the language's
    lexicon names a home side (a Russian text may quote either side). `told`: kind and
    status of the document's previous fact (a part of it named with no verb is the same)."""
    out: list[_Found] = []
    prev_group: Group | None = None
    prev_frame: Frame | None = None
    inherited: tuple[str, str | None] | None = None
    skip: set[int] = set()
    said = s.said
    home = doc.home or speaker  # a quoted party speaks of its own people
    ends = [0] * len(s.figs)  # where each figure's group ends
    kept = 0  # where the group of the last figure that counts captives ends
    for n, fig in enumerate(s.figs):
        if n in skip:
            continue
        # the window starts after the group of the figure before: its noun ("150 українців:
        # 140 військовослужбовців") is no party listed before this figure. A figure that
        # counts no captives bounds nothing: "Україна повернула тіла 909 загиблих, а також 84
        # військовополонених" (the verb and subject are the 84's too).
        lo = max(s.figs[n - 1].last, ends[n - 1]) if n else 0
        lo = kept if n and ends[n - 1] < 0 else lo
        hi = s.figs[n + 1].first if n + 1 < len(s.figs) else len(s.toks)
        found = find_group(s.toks, fig, lex)
        after = found.end if found and found.end else fig.last
        ends[n] = min(after, hi)
        frame = frame_of(s.toks, fig, (lo, after, hi), s.actors, lex)
        alone = False  # a figure listed after another's with no verb or party of its own
        if frame.verb is None and prev_frame is not None and not _taken(s.toks, lo, fig.first, lex):
            # "…, Россия – 82": same verb; not "…, а Израиль задержал 20": a verb of its own
            alone = frame.subject is None and frame.listed is None  # no party of its own
            frame = replace(
                frame, verb=prev_frame.verb, future=prev_frame.future, past=prev_frame.past,
                captivity=frame.captivity or prev_frame.captivity,  # "з полону звільнено …"
                # "ХАМАС звільнив 13 ізраїльтян і 10 громадян Таїланду": the same doer
                subject=prev_frame.subject if alone else frame.subject,
                agent=prev_frame.agent if alone else frame.agent,
            )  # fmt: skip
        nxt = s.figs[n + 1] if n + 1 < len(s.figs) else None
        group, why = _group(s, fig, found, prev_group, frame, lex, nxt)
        end = _clause_end(s.toks, after, hi, lex)
        start = _clause_start(s.toks, lo, fig.first, lex)
        if group is None or any(t.a.lemmas & lex.not_captives for t in s.toks[start : end + 2]):
            ends[n] = -1  # one word past the clause: "5 человек, погибших в плену" are no captives
            continue
        if _listed(s.toks, lo, fig.first, lex):
            continue  # "передала список из 500 пленных": names on a list, whose is unsaid
        kept = ends[n]
        if group.freed and frame.verb == "held":
            continue  # "139 освобождённых находились в плену с 2022 года": not a stock
        kind, status, one_sided = _kind_status(s, fig, frame, doc, lex)
        answer = has_phrase(s.toks, lo, fig.first, lex.phrases["in_return"])
        if answer and kind == "release" and not one_sided:
            kind, why = "exchange", why + _ANSWER  # "Ізраїль натомість має звільнити 110"
        if alone and not one_sided and told is not None and n and ends[n - 1] >= 0:
            kind, status = told  # "з них 128 військових і 22 цивільних": as the one before
        if kind == "release" and not one_sided and _also_freed(s, lo, fig, frame, told, lex):
            kind, status = told  # "Також звільнено 5 цивільних": more of the swap just told
            why += _ALSO
        among = has_phrase(s.toks, lo, fig.first, lex.phrases["among"]) or any(
            t.low in lex.grammar["among"] for t in s.toks[lo : fig.first]
        )
        # "Серед них — 2 цивільні", "Серед звільнених є 2 жінки": a part of what was just
        # told, unless its clause has a verb of its own that moves people
        moved = any(t.w.verb and t.a.pos & _MOVED for t in s.toks[lo:hi])
        if among and not moved and told is not None:
            kind, status = told
        if fig.qualifier == "vague" and kind != "held":
            continue  # "сотни пленных вернулись": a vague plural counts only a stock
        mutual = has_phrase(s.toks, lo, hi, lex.phrases["mutual"])  # "… с каждой стороны"
        swapped_for = _same_after(s, n, after, lex)  # "обменять 1000 пленных на 1000"
        if swapped_for:
            skip.add(n + 1)
        clue = Clue(
            group, frame, kind, doc.parties, home, s.speaker or home,
            each=fig.each or fig.formula or mutual or swapped_for,
            total=not fig.each  # "всего … по 1000 человек": 1000 each, in all
            and has_phrase(s.toks, max(lo, fig.first - 4), fig.first, lex.phrases["total"]),
            summed=has_phrase(s.toks, lo, fig.first, lex.phrases["total"]),
            among=among,
            part=among and alone,
            managed=any(t.a.lemmas & lex.managed for t in s.toks[lo : fig.first]),
            in_return=answer,
            reciprocal=_exchanged_with(s.toks, lo, fig, group, lex),
            own_prisoners=kind == "release" and _own_prisoners(s.toks, fig, end, lex),
            previous=previous, inherited=inherited,
        )  # fmt: skip
        got = resolve(clue)
        prev_group, prev_frame = group, frame
        if got is None:
            continue
        rule, sides = got
        if (mix := mixed(sides, named_among(s.toks, after, lex))) is not None:
            sides, why = mix, why + _MIXED  # "17 заложников, в том числе 4 граждан Таиланда"
        marks = lex.grammar["clause_marks"]
        alongside = one_sided and doc.swap and _beside_swap(s, frame, lex)
        date, undated = _day(s, fig, kind, status, doc.published, marks, alongside)
        p0 = p1 = None
        period = find_period(s.toks[:end], lex, doc.published) if s.period else None
        if period and date is None and kind != "held" and status == "reported":
            p0, p1 = period  # a total over a span: "с начала войны", "в 2023 году"
            undated = False
        span = (s.start + s.toks[fig.first].start, s.start + s.toks[fig.last - 1].end)
        for persons, holder in sides:
            fields = (
                kind, status, persons, holder, group.category, fig.low, fig.high,
                fig.qualifier, p0, p1, said, span,
            )  # fmt: skip
            dated_later = undated and persons != "XX"  # a two-sided total spans swaps
            out.append(
                _Found(
                    fields,
                    f"slavic.{rule}{why}",
                    date,
                    dated_later,
                    (persons, holder),
                    one_sided,
                    answer,
                )
            )
        inherited = previous = sides[0]
        told = (kind, status)
    return out


def _also_freed(
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


def _own_prisoners(toks: list[Token], fig: Figure, end: int, lex: SlavicLexicon) -> bool:
    """Whether the figure counts political prisoners or convicts (to one word past its
    clause: "16 человек, осужденных по …") and the sentence after it names no foreigners or
    other nation among them ("в том числе иностранцев", "серед них громадяни Польщі")."""
    if not any(t.a.lemmas & lex.own_prisoners for t in toks[fig.first : end + 2]):
        return False
    rest = toks[fig.last :]
    return not any(t.a.lemmas & lex.foreigners or t.w.demonym or t.w.actor for t in rest)


def _exchanged_with(
    toks: list[Token], lo: int, fig: Figure, group: Group, lex: SlavicLexicon
) -> bool:
    """A reciprocal verb before the figure and its group in the instrumental: "Россия и
    Украина обменялись 307 военными", "сторони обмінялися 95 полоненими" — what each side
    handed over (as "по 307"), not a total: news writes a total with "в общей сложности"."""
    noun, word = group.noun, toks[fig.last - 1].a.cases  # digits have no case
    if noun is None or "ablt" not in toks[noun].a.cases or (word and "ablt" not in word):
        return False
    return any(t.a.lemmas & lex.reciprocal for t in toks[lo : fig.first])


def _beside_swap(s: Sentence, frame: Frame, lex: SlavicLexicon) -> bool:
    """Whether the clause says its one-sided release came beside the swap ("сверх обмена",
    "не враховували в обміні", "дополнительно"), not as a pardon of its own ("помиловал")."""
    return has_phrase(s.toks, frame.lo, frame.hi, lex.phrases["release_only"]) and not any(
        t.w.verb == "release_only" for t in s.toks
    )


def _listed(toks: list[Token], lo: int, at: int, lex: SlavicLexicon) -> bool:
    """A list noun (lexicon 'listed') right before the figure, or a preposition between:
    "списки 800 пленных", "список из 500" (not "согласно списку, вернулись 90")."""
    k = at - 1
    if k > lo and "PREP" in toks[k].a.pos:
        k -= 1
    return k >= lo and bool(toks[k].a.lemmas & lex.listed)


def _taken(toks: list[Token], lo: int, hi: int, lex: SlavicLexicon) -> bool:
    """A finite verb that takes people (lexicon 'taken': "задержал", "заарештували") before
    the figure in its window: the figure is no part of a handover told before it."""
    return any(t.a.lemmas & lex.taken and t.a.pos & _PREDICATE for t in toks[lo:hi])


_MIRRORED = "+mirrored"  # shown by `explain` only; no code reads it back


def _mirrored(
    sents: list[Sentence], found: list[tuple[Sentence, _Found]]
) -> list[tuple[Sentence, _Found]]:
    """Releases that are halves of a swap: one side's people freed and the other's freed or
    handed back in the same or the next sentence ("ХАМАС освободил трёх заложников, а
    Израиль выпустил 183 заключенных"; "… освобождены 90 российских военнослужащих,
    взамен Украине передали 90") are exchanged, unless said to be one-sided."""
    order = {s.no: k for k, s in enumerate(sents)}  # a joined sentence skips a number
    told = {
        (order[s.no], f.sides, f.fields[1])
        for s, f in found
        if "XX" not in f.sides and not f.one_sided
    }
    # a mixed group's holder gets its own people back from whoever held them ("ХАМАС
    # звільнив 105 заручників — 81 ізраїльтянина, 23 громадян Таїланду, — а Ізраїль …")
    freed = {(k, persons, status) for k, (persons, _), status in told}
    # a half told as given in return answers the release before it, planned or done ("ХАМАС
    # звільнив трьох заручників. Ізраїль натомість має звільнити 110 в'язнів")
    answered = {(order[s.no], f.sides) for s, f in found if f.in_return}
    out = []
    for s, f in found:
        persons, holder = f.sides
        back, k = (holder, persons), order[s.no]
        mirrored = any(
            (near, back, f.fields[1]) in told
            or (persons == "XX" and (near, holder, f.fields[1]) in freed)
            for near in (k - 1, k, k + 1)
        ) or any((near, back) in answered for near in (k, k + 1))
        # (a state freeing its own is no half of a swap with itself)
        if (
            f.fields[0] == "release"
            and not f.one_sided
            and holder not in (None, persons)
            and mirrored
        ):
            # now a swap's half: a reported one its sentence leaves undated takes the swap's
            # day ("В понедельник ХАМАС освободил 20 заложников. В ответ Израиль освободил …")
            undated = f.date is None and f.fields[1] == "reported" and f.fields[8] is None
            f = replace(
                f, fields=("exchange", *f.fields[1:]), rule=f.rule + _MIRRORED,
                undated_swap=undated and not s.earlier and persons != "XX",
            )  # fmt: skip
        out.append((s, f))
    return out


def _swap_day(
    sents: list[Sentence],
    found: list[tuple[Sentence, _Found]],
    lex: SlavicLexicon,
    pub: datetime.date | None,
) -> datetime.date | None:
    """The day of the document's swap: the first day named in a sentence with no figure
    that tells of a handover ("Сегодня стороны провели обмен", "В субботу состоялось
    возвращение военнопленных") or dates a reported swap figure, unless that sentence
    recalls an earlier one."""
    dated = {s.no: f.date for s, f in found if f.fields[:2] == ("exchange", "reported") and f.date}
    for s in sents:
        if s.earlier:
            continue
        if s.no in dated:
            return dated[s.no]
        if not s.figs and any(t.w.verb in _MOVES for t in s.toks):
            days = find_days(s.text, s.toks, lex, pub)  # the first such sentence, mostly
            if days:
                return days[0].date
    return None


def extract_slavic(
    text: str, published: datetime.date | None, lang: str, lexicon: SlavicLexicon | None = None
) -> list:
    """Counted facts (swaptally.extract.Fact) of a Russian or Ukrainian `text`."""
    from swaptally.extract import Fact  # the shared fact type; imported late (no cycle)

    lex = lexicon or load_lexicon(lang)
    sents = read_sentences(text, lex, published)
    doc = _document(sents, lex, published)
    found: list[tuple[Sentence, _Found]] = []
    previous = speaker = told = None
    # what a text tells before it first quotes a party is that party's word ("Сегодня домой
    # вернулись 84 защитника. Об этом сообщил Зеленский."): its people come home
    quoted = next(((s.no, s.speaker) for s in sents if s.speaker), (-1, None))
    for s in sents:
        ahead = quoted[1] if s.no < quoted[0] else None
        got = _sentence_facts(s, doc, lex, previous, speaker or ahead, told)
        if got:
            previous = got[-1].sides
            told = got[-1].fields[:2]
        speaker = s.speaker or speaker
        found.extend((s, f) for f in got)
    found = _mirrored(sents, found)
    swap_day = _swap_day(sents, found, lex, published)
    facts = []
    for s, f in found:
        kind, status, persons, holder, cat, low, high, qual, p0, p1, said, (a, b) = f.fields
        date, rule = f.date, f.rule
        if f.undated_swap and swap_day:
            date, rule = swap_day, rule + _DOC_DATE
        facts.append(
            Fact(  # by name: the shared type may gain fields
                kind=kind, status=status, persons_of=persons, held_by=holder, category=cat,
                low=low, high=high, qualifier=qual, date=date, period_start=p0,
                period_end=p1, said_by=said, sentence_no=s.no, sentence=s.text,
                span_start=a, span_end=b, rule=rule,
            )
        )  # fmt: skip
    return facts
