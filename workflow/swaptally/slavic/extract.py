"""Russian and Ukrainian text → counted facts (workflow/docs/FACTS.md), stage by stage.

Per sentence, read once (reading): tokens with lemmas (morph), figures (numbers), days
(dates). Per figure: the group it counts (groups, filled in by figure_group) → its clause
frame (frame) → kind and status (kind_status) → sides (sides, an ordered list of named
resolvers) → date (figure_day, against the publication day). The document (document)
supplies only what is computed once before the sentences are read: its two sides, its
home side, whether it tells of a swap; after them, the day of its swap (for statements
of that swap that name no day) and the releases that are a swap's halves (here).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, replace

from swaptally.slavic import clauses
from swaptally.slavic.dates import day_span, find_period, operation_days
from swaptally.slavic.document import Doc, read_document
from swaptally.slavic.figure_day import PLAN_REACH, day_of, day_of_swap
from swaptally.slavic.figure_group import fill_group
from swaptally.slavic.frame import Frame, frame_of, has_phrase
from swaptally.slavic.groups import Group, find_group, named_among
from swaptally.slavic.kind_status import (
    MOVED,
    MOVES,
    also_freed,
    beside_swap,
    came_to_nothing,
    kind_status,
    listed,
    of_kin,
    stage_of,
    taken,
)
from swaptally.slavic.lexicon import SlavicLexicon, load_lexicon
from swaptally.slavic.morph import Token
from swaptally.slavic.numbers import Figure
from swaptally.slavic.reading import Sentence, read_sentences
from swaptally.slavic.said import pronoun_speaks
from swaptally.slavic.sides import Clue, mixed, resolve

__all__ = ["extract_slavic"]

_DOC_DATE = "+doc_date"  # shown by `explain` only; no code reads it back
_ALSO = "+also"  # likewise: a release told as more of the swap before it (also_freed)
_ANSWER = "+in_return"  # likewise: freed in return for the release told before (a swap's half)
_MIXED = "+mixed"  # likewise: the group's inclusion names other peoples (sides.mixed)


@dataclass(slots=True, unsafe_hash=True)  # never changed: see extract.fact.Provenance
class Found:
    """One fact before its final date: the sentence may leave the day to the document."""

    fields: tuple
    rule: str
    date: datetime.date | None
    undated_swap: bool  # a reported swap whose sentence names no day (takes the doc's)
    sides: tuple[str, str | None]
    one_sided: bool = False  # a release the sentence says is one-sided (a pardon, goodwill)
    in_return: bool = False  # told as given in return ("натомість", "в ответ"): a swap's half


def _sentence_facts(
    s: Sentence,
    doc: Doc,
    lex: SlavicLexicon,
    previous: tuple[str, str | None] | None,
    speaker: str | None,
    told: tuple[str, str] | None,
    carried: tuple[str, bool] | None = None,
) -> list[Found]:
    """The facts of one sentence. `speaker`: the side of the last party quoted before it,
    whose people "наших" and "домой" mean when neither the sentence nor the language's
    lexicon names a home side (a Russian text may quote either side). `carried`: the verb
    class a verbless sentence before it told ("Наши дома. 118 человек."), and whether it
    named the people as ours. `told`: kind and
    status of the document's previous fact (a part of it named with no verb is the same)."""
    out: list[Found] = []
    prev_group: Group | None = None
    prev_frame: Frame | None = None
    inherited: tuple[str, str | None] | None = None
    skip: set[int] = set()
    said = s.said
    home = doc.home or speaker  # a quoted party speaks of its own people
    ends = [0] * len(s.figs)  # where each figure's group ends
    kept = 0  # where the group of the last figure that counts captives ends
    paired = bool(s.figs) and clauses.ours_and_theirs(s.toks, lex)  # "наших … и … их"
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
        counted = fig
        if clauses.part_of_whole(s, n, lex):  # "640 из 900 обещанных пленных": the 640
            skip.add(n + 1)
            counted = s.figs[n + 1]
            hi = s.figs[n + 2].first if n + 2 < len(s.figs) else len(s.toks)
        found = find_group(s.toks, counted, lex)
        if found is not None and clauses.restated(s, n, found.end or fig.last, lex):
            # "сто наших ребят — сто военнослужащих": one group, whose noun the second names
            skip.add(n + 1)
            again = find_group(s.toks, s.figs[n + 1], lex)
            hi = s.figs[n + 2].first if n + 2 < len(s.figs) else len(s.toks)
            if again is not None:
                found = replace(again, possessive=again.possessive or found.possessive)
        after = found.end if found and found.end else fig.last
        hi = clauses.past_inclusion(s, n, after, hi, lex)  # "десятерых …, среди них пятерых
        # британцев и двоих американцев, вывезли": the verb after the parts is the whole's
        ends[n] = min(after, hi)
        frame = frame_of(s.toks, fig, (lo, after, hi), s.actors, lex, doc.swap)
        if frame.verb is None and clauses.conjunct_next(s, n, after, lex):
            # "Двести сорок военных и 60 гражданских вернулись в Россию": the verb after the
            # next conjunct is both groups'
            frame = frame_of(
                s.toks, fig, (lo, after, clauses.conjunct_end(s, n, lex)), s.actors, lex, doc.swap
            )
        fragment = carried is not None and not n and not any(t.w.verb for t in s.toks)
        if frame.verb is None and fragment and carried is not None:
            frame = replace(frame, verb=carried[0])  # "Наши дома. 118 человек.": came back
        alone = False  # a figure listed after another's with no verb or party of its own
        gapped = False  # its verb is the figure's before ("…, а ХАМАС – 24 израильтянина")
        if frame.verb is None and prev_frame is not None and not taken(s.toks, lo, fig.first, lex):
            gapped = True
            # "…, Россия – 82": same verb; not "…, а Израиль задержал 20": a verb of its own
            alone = frame.subject is None and frame.listed is None  # no party of its own
            frame = replace(
                frame, verb=prev_frame.verb, future=prev_frame.future, past=prev_frame.past,
                captivity=frame.captivity or prev_frame.captivity,  # "з полону звільнено …"
                # "ХАМАС звільнив 13 ізраїльтян і 10 громадян Таїланду": the same doer
                subject=prev_frame.subject if alone else frame.subject,
                agent=prev_frame.agent if alone else frame.agent,
                # "до Росії повернуться 60 цивільних і 25 військових": the same way home
                destination=frame.destination or (prev_frame.destination if alone else None),
                captor=frame.captor or (prev_frame.captor if alone else None),
            )  # fmt: skip
        elif frame.subject is None and prev_frame is not None and _gerund_only(s.toks, lo, hi):
            # a gerund's doer is the subject of the clause before: "Россия освободила 12
            # украинцев, обменяв их на 12 своих" (Russia's own), "…, повернувши додому 36"
            frame = replace(frame, subject=prev_frame.subject, agent=prev_frame.agent)
        nxt = s.figs[n + 1] if n + 1 < len(s.figs) else None
        group, why = fill_group(s, fig, found, prev_group, frame, lex, nxt)
        if (
            group is not None
            and group.origin
            and not clauses.about_captives(s, lo, fig, frame.verb, told is not None, lex)
        ):
            group = replace(group, nationality=None, origin=False)  # "погибли …, 5 — из ДНР"
        if group is not None and fragment and carried is not None and carried[1]:
            group = replace(group, possessive=True)  # "Наши дома. 84 человека": ours
        if (
            group is not None
            and not group.possessive
            and clauses.ours_before_dash(s.toks, fig, lex)
        ):
            group = replace(group, possessive=True)  # "многие наши ребята – 150 человек"
        end = clauses.clause_end(s.toks, after, hi, lex)
        start = clauses.clause_start(s.toks, lo, fig.first, lex)
        if fig.formula and clauses.label_repeated(s, n, lex):
            continue  # "обменялись «152 на 152»: 152 российских бойца едут домой": a label
        if group is None or any(t.a.lemmas & lex.not_captives for t in s.toks[start : end + 2]):
            ends[n] = -1  # one word past the clause: "5 человек, погибших в плену" are no captives
            continue
        if listed(s.toks, lo, fig.first, lex):
            continue  # "передала список из 500 пленных": names on a list, whose is unsaid
        if of_kin(s.toks, lo, fig.first, lex) or _minors_uncounted(
            s, fig, group, frame, n, ends, lex
        ):
            continue  # "мать троих детей", "восьмерых и двоих детей": no captives of their own
        kept = ends[n]
        if group.freed and frame.verb == "held":
            continue  # "139 освобождённых находились в плену с 2022 года": not a stock
        kind, status, one_sided = kind_status(s, fig, frame, doc, lex)
        if kind == "release" and frame.verb is None and group.freed and frame.captivity:
            kind = "exchange"  # "самолёт с 52 освобождёнными из плена …": returned, a swap's half
        if paired and kind == "release" and (group.possessive or group.theirs):
            kind = "exchange"  # "будет освобождено 1 500 наших пленных и 900 их": a swap
        if gapped and told is not None and told[1] == "planned" and ends[n - 1] >= 0:
            status = "planned"  # "Израиль должен освободить 1900 …, а ХАМАС – 24": its modality
        if came_to_nothing(s, fig, frame, lex):
            continue  # "возвращение 17 жителей … не состоялось": neither done nor planned
        answer = has_phrase(s.toks, lo, fig.first, lex.phrases["in_return"])
        answer = answer or clauses.swapped_for(s.toks, fig, lex)
        if answer and kind == "release" and not one_sided:
            kind, why = "exchange", why + _ANSWER  # "Ізраїль натомість має звільнити 110"
        if alone and not one_sided and told is not None and n and ends[n - 1] >= 0:
            kind, status = told  # "з них 128 військових і 22 цивільних": as the one before
        if kind == "release" and not one_sided and also_freed(s, lo, fig, frame, told, lex):
            kind, status = told  # "Також звільнено 5 цивільних": more of the swap just told
            why += _ALSO
        # (in the figure's own clause: not "…, серед них журналіст, а додому повернулися 8")
        own = clauses.after_contrast(s.toks, lo, fig.first, lex)
        among = has_phrase(s.toks, own, fig.first, lex.phrases["among"]) or any(
            t.low in lex.grammar["among"] for t in s.toks[own : fig.first]
        )
        # "Серед них — 2 цивільні", "Серед звільнених є 2 жінки": a part of what was just
        # told, unless its clause has a verb of its own that moves people
        moved = any(t.w.verb and t.a.pos & MOVED for t in s.toks[lo:hi])
        if among and not moved and told is not None:
            kind, status = told
        if fig.qualifier == "vague" and kind != "held":
            continue  # "сотни пленных вернулись": a vague plural counts only a stock
        mutual = has_phrase(s.toks, lo, hi, lex.phrases["mutual"])  # "… с каждой стороны"
        swapped_for = clauses.same_after(s, n, after, lex)  # "обменять 1000 пленных на 1000"
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
            own_prisoners=_own_prisoners(s.toks, fig, start, end, kind, lex),
            hostages=_hostages(s.toks, group, doc, lex),
            announcer=s.speaker,
            inmates=group.noun is not None and bool(s.toks[group.noun].a.lemmas & lex.inmates),
            paired=paired,
            traded_for=clauses.traded_for(s, n, after, lex) if group.nationality == "XX" else None,
            owner=clauses.owner(s, fig, group, lex),
            one_nation=len(doc.parties) == 1 and doc.parties[0] in lex.civil_war,
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
        alongside = one_sided and doc.swap and beside_swap(s, frame, lex)
        date, undated = day_of(s, fig, kind, status, doc.published, marks, alongside)
        if status == "planned" and fig.formula and stage_of(s.toks, lo, fig.first, lex):
            # "в субботу провели второй этап обмена 1000 на 1000": the stage's day, not the
            # whole's; a stage still to come is the plan ("завтра пройдёт второй этап обмена
            # по формуле 350 на 350": its day is the 350's)
            date = date if any(t.a.future for t in s.toks[lo : fig.first]) else None
        p0 = p1 = None
        period = find_period(s.toks[:end], lex, doc.published) if s.period else None
        if period and date is None and kind != "held" and status == "reported":
            p0, p1 = period  # a total over a span: "с начала войны", "в 2023 году"
            undated = False
        elif date is None and status == "planned" and s.lasting is not None:
            # an operation's total over the days it is told to last ("начался обмен 1000
            # на 1000, который продлится три дня"): FACTS.md's planned total with a period
            p0, p1 = operation_days(s.toks, s.days, s.lasting, lex) or (None, None)
        elif date is None and status == "planned" and s.period:
            # a plan for a span of days ("обмен 20–21 ноября по формуле 600 на 600")
            p0, p1 = _ahead(day_span(s.toks, lex, doc.published), doc.published)
        span = (s.start + s.toks[fig.first].start, s.start + s.toks[fig.last - 1].end)
        for persons, holder in sides:
            fields = (
                kind, status, persons, holder, group.category, fig.low, fig.high,
                fig.qualifier, p0, p1, said, span,
            )  # fmt: skip
            dated_later = undated and persons != "XX"  # a two-sided total spans swaps
            out.append(
                Found(
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


def _gerund_only(toks: list[Token], lo: int, hi: int) -> bool:
    """Whether the window's only verbs of handing over or getting back are gerunds."""
    verbs = [t for t in toks[lo:hi] if t.w.verb and t.a.pos & _VERB_FORMS]
    return bool(verbs) and all("GRND" in t.a.pos for t in verbs)


_VERB_FORMS = frozenset(["VERB", "INFN", "PRTS", "PRTF", "GRND"])


def _deporting_verb(toks: list[Token], lo: int, at: int, lex: SlavicLexicon) -> bool:
    """The verb that governs the figure's clause (the last verb before it) is one of
    deporting: "Росія депортувала 19 тисяч дітей"; not one of an earlier clause ("Окупанти
    викрали їх навесні, але Україна повернула 12 дітей": the children were returned)."""
    for t in reversed(toks[lo:at]):
        if "VERB" in t.a.pos:
            return bool(t.a.lemmas & lex.deported)
    return False


def _minors_uncounted(
    s: Sentence,
    fig: Figure,
    group: Group,
    frame: Frame,
    n: int,
    ends: list[int],
    lex: SlavicLexicon,
) -> bool:
    """Children who are no captives of their own: joined by "и" right after the group of the
    figure before ("Запад вернул Москве восьмерых и двоих детей": they go with those
    people), told with no verb that hands people over, or with a verb of deporting before
    them ("Россия депортировала 19 тысяч детей"). Children returned are ("вернули 12 детей")."""
    toks = s.toks
    if group.noun is None or not toks[group.noun].a.lemmas & lex.minors:
        return False
    if frame.verb not in MOVES or _deporting_verb(toks, frame.lo, fig.first, lex):
        return True
    k = fig.first - 1
    return n > 0 and k >= 1 and toks[k].low in lex.grammar["and"] and ends[n - 1] == k


def _ahead(
    span: tuple[datetime.date, datetime.date] | None, pub: datetime.date | None
) -> tuple[datetime.date | None, datetime.date | None]:
    """A plan's span of days, in the year ahead when the days named have passed (a span
    read as last year's because it lies weeks after publication: a plan's days are to come),
    if that is at most PLAN_REACH away (else no span: "20–21 декабря" told on 3 January)."""
    if span is None or pub is None:
        return None, None
    first, last = span
    if last >= pub:
        return first, last
    try:
        first, last = first.replace(year=first.year + 1), last.replace(year=last.year + 1)
    except ValueError:  # 29 February
        return first, last
    return (first, last) if first - pub <= PLAN_REACH else (None, None)


def _hostages(
    toks: list[Token], group: Group, doc: Doc, lex: SlavicLexicon
) -> tuple[str, str] | None:
    """(the enemy, the armed group) when the group's noun is hostages ("33 заложника") and
    one of the text's sides is an armed group whose enemy the lexicon knows (Hamas: Israel)."""
    if group.noun is None or not toks[group.noun].a.lemmas & lex.hostages:
        return None
    holder = next((p for p in doc.parties if p in lex.opponents), None)
    return None if holder is None else (lex.opponents[holder], holder)


def _own_prisoners(
    toks: list[Token], fig: Figure, start: int, end: int, kind: str, lex: SlavicLexicon
) -> bool:
    """Whether a release counts political prisoners or convicts (to one word past its
    clause: "16 человек, осужденных по …"), or a stock does anywhere in its clause ("по
    политическим мотивам лишены свободы 800 человек"), and the sentence after the figure
    names no foreigners or other nation among them ("в том числе иностранцев", "серед них
    громадяни Польщі")."""
    if kind not in ("release", "held"):
        return False
    first = fig.first if kind == "release" else start
    if not any(t.a.lemmas & lex.own_prisoners for t in toks[first : end + 2]):
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


_MIRRORED = "+mirrored"  # shown by `explain` only; no code reads it back


def _mirrored(
    sents: list[Sentence], found: list[tuple[Sentence, Found]]
) -> list[tuple[Sentence, Found]]:
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


def extract_slavic(
    text: str, published: datetime.date | None, lang: str, lexicon: SlavicLexicon | None = None
) -> list:
    """Counted facts (swaptally.extract.Fact) of a Russian or Ukrainian `text`."""
    from swaptally.extract import Fact  # the shared fact type; imported late (no cycle)

    lex = lexicon or load_lexicon(lang)
    sents = read_sentences(text, lex, published)
    doc = read_document(sents, lex, published)
    found: list[tuple[Sentence, Found]] = []
    previous = speaker = told = carried = None
    # what a text tells before it first quotes a party is that party's word ("Сегодня домой
    # вернулись 84 защитника. Об этом сообщил Зеленский."): its people come home
    quoted = next(((s.no, s.speaker) for s in sents if s.speaker), (-1, None))
    named: dict[int, str] = {}  # a sentence a pronoun speaks: the name before it
    last_named = None
    for s in sents:
        if s.said is None and last_named and pronoun_speaks(s.toks, lex):
            named[s.no] = last_named
        last_named = s.said or last_named
        ahead = quoted[1] if s.no < quoted[0] else None
        got = _sentence_facts(s, doc, lex, previous, speaker or ahead, told, carried)
        ours = any(t.a.lemmas & lex.possessive for t in s.toks)
        carried = ("come_back", ours) if not s.figs and clauses.at_home(s, lex) else None
        if got:
            previous = got[-1].sides
            told = got[-1].fields[:2]
        speaker = s.speaker or speaker
        found.extend((s, f) for f in got)
    found = _mirrored(sents, found)
    swap_day = day_of_swap(sents, found, lex, published)
    facts = []
    for s, f in found:
        kind, status, persons, holder, cat, low, high, qual, p0, p1, said, (a, b) = f.fields
        said = said or named.get(s.no)
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
