"""The stages one Russian or Ukrainian figure goes through before its sides are resolved:
its window and the group its words name (window), its clause frame, a verb gapped or carried
from before (figure_frame), the group filled in from its sentence (figure_group), its kind
and status against the facts told before it (figure_kind_status), and after its sides, its
date or period (figure_date). extract._sentence_facts runs them in this order."""

from __future__ import annotations

import datetime
from dataclasses import replace

from swaptally.slavic import clauses
from swaptally.slavic.document import Doc
from swaptally.slavic.figure_day import PLAN_REACH, day_of
from swaptally.slavic.figure_group import fill_group
from swaptally.slavic.frame import Frame, frame_of
from swaptally.slavic.frame_places import armed_captors
from swaptally.slavic.groups import Group, find_group
from swaptally.slavic.kind_status import (
    MOVED,
    MOVES,
    also_freed,
    beside_swap,
    came_to_nothing,
    handovers,
    into_custody,
    kind_status,
    own_will,
    stage_of,
    taken,
)
from swaptally.slavic.lexicon import SlavicLexicon
from swaptally.slavic.morph import Token
from swaptally.slavic.numbers import DASHES, Figure
from swaptally.slavic.periods import day_span, find_period, operation_days
from swaptally.slavic.phrases import has_phrase
from swaptally.slavic.reading import Sentence

__all__ = ["figure_date", "figure_frame", "figure_group", "figure_kind_status", "window"]

# shown by `explain` only; no code reads them back
_ALSO = "+also"  # a release told as more of the swap before it (also_freed)
_ANSWER = "+in_return"  # freed in return for the release told before (a swap's half)
_GOODWILL = "+goodwill_text"  # one-sided: the text calls its handover goodwill (Doc.goodwill)
_NO_SWAP = "+no_swap_return"  # brought back in a text that tells no swap (_returned_outside_swap)


def window(
    s: Sentence, n: int, ends: list[int], kept: int, skip: set[int], lex: SlavicLexicon
) -> tuple[int, int, Group | None, int]:
    """(lo, hi, the group its own words name, where that group ends) of figure n. Adds to
    `skip` the figure after it when that one is its whole or restates it."""
    fig = s.figs[n]
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
    return lo, hi, found, after


def figure_frame(
    s: Sentence,
    n: int,
    window: tuple[int, int, int],
    prev_frame: Frame | None,
    carried: tuple[str, bool] | None,
    swap_text: bool,
    lex: SlavicLexicon,
) -> tuple[Frame, bool, bool]:
    """(frame, gapped: its verb is the figure's before, alone: listed after it with no verb
    or party of its own) of figure n. `carried`: a verbless post's verb class before it;
    `swap_text`: the text tells a swap (frame_of)."""
    fig = s.figs[n]
    lo, after, hi = window
    frame = frame_of(s.toks, fig, window, s.actors, lex, swap_text)
    if frame.verb is None and clauses.conjunct_next(s, n, after, lex):
        # "Двести сорок военных и 60 гражданских вернулись в Россию": the verb after the
        # next conjunct is both groups'
        joined = (lo, after, clauses.conjunct_end(s, n, lex))
        frame = frame_of(s.toks, fig, joined, s.actors, lex, swap_text)
    if frame.verb is None and carried is not None:
        frame = replace(frame, verb=carried[0])  # "Наши дома. 118 человек.": came back
    if (
        frame.described
        and prev_frame is not None
        and prev_frame.verb in MOVES
        and n
        and fig.first > 0
        and s.toks[fig.first - 1].low in lex.grammar["and"]
    ):
        # a conjunct after a handover, described by a participle ("вернулись 146 военных и
        # восемь мирных жителей, находившихся в плену"): the handover's, no stock
        frame = replace(frame, verb=None, described=False)
    if _shares_subject(s, fig, lo, frame, prev_frame):
        # "Армения передала Азербайджану 10 пленных, а получила 12 своих": the verb with no
        # subject of its own is Armenia's, not the dative recipient's before it
        frame = replace(frame, subject=prev_frame.subject, agent=prev_frame.agent)
    if (
        frame.verb == "get"
        and not frame.passive
        and frame.recipient is None
        and prev_frame is not None
        and prev_frame.verb == "give"
        and frame.subject is not None
        and frame.subject in (prev_frame.recipient, prev_frame.destination)
    ):
        # the side just handed people in the sentence gives back in its turn: "Армения
        # передала Азербайджану 10 пленных, а Азербайджан вернул 40" (returned, not got back)
        frame = replace(frame, verb="give")  # (to the other side: the giver may be a carrier)
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
    return frame, gapped, alone


def _shares_subject(
    s: Sentence, fig: Figure, lo: int, frame: Frame, prev_frame: Frame | None
) -> bool:
    """The figure's verb of getting back has no party of its own before the figure (its
    subject is one named before its window) and the party read as its subject is not the
    subject of the handover before it: a verb coordinated with that handover ("…, а
    получила", "і отримав") whose subject is the handover's; the party read is the first
    verb's object, in the dative ("передала Азербайджану") or in a case its form does not
    show ("передала «ЛНР» 14 полонених і отримала 16 своїх")."""
    if prev_frame is None or prev_frame.verb != "give" or prev_frame.subject is None:
        return False
    if frame.verb != "get" or frame.passive or frame.subject is None:
        return False
    if frame.subject == prev_frame.subject or not prev_frame.agent:
        return False
    return not any(a.party and lo <= a.at < fig.first for a in s.actors)


def figure_group(
    s: Sentence,
    n: int,
    found: Group | None,
    prev_group: Group | None,
    frame: Frame,
    lo: int,
    told: tuple[str, str] | None,
    carried: tuple[str, bool] | None,
    fragment: bool,
    lex: SlavicLexicon,
) -> tuple[Group | None, str]:
    """The group figure n counts, filled in from its sentence (figure_group.fill_group), its
    origin kept only in a clause about captives, made ours by a post or a dash apposition;
    and the name `explain` shows for a group borrowed from another figure."""
    fig = s.figs[n]
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
    if group is not None and not group.possessive and clauses.ours_before_dash(s.toks, fig, lex):
        group = replace(group, possessive=True)  # "многие наши ребята – 150 человек"
    return group, why


def figure_kind_status(
    s: Sentence,
    n: int,
    group: Group,
    frame: Frame,
    window: tuple[int, int],
    doc: Doc,
    told: tuple[str, str] | None,
    ends: list[int],
    gapped: bool,
    alone: bool,
    paired: bool,
    lex: SlavicLexicon,
) -> tuple[str, str, bool, bool, bool, str] | None:
    """(kind, status, one-sided, told as given in return, a part after "among", the rule
    names `explain` adds) of figure n, from kind_status.kind_status and the figures and
    facts told before it; None when it tells of nothing done or planned."""
    fig = s.figs[n]
    lo, hi = window
    why = ""
    kind, status, one_sided = kind_status(s, fig, frame, doc, lex)
    if kind == "release" and doc.goodwill:
        why += _GOODWILL
    if kind == "exchange" and _returned_outside_swap(s, group, frame, doc, lex):
        kind, why = "release", why + _NO_SWAP  # "повернули додому ще 11 дітей": no swap told
    if kind == "release" and frame.verb is None and group.freed and frame.captivity:
        kind = "exchange"  # "самолёт с 52 освобождёнными из плена …": returned, a swap's half
    if paired and kind == "release" and (group.possessive or group.theirs):
        kind = "exchange"  # "будет освобождено 1 500 наших пленных и 900 их": a swap
    if gapped and told is not None and told[1] == "planned" and ends[n - 1] >= 0:
        status = "planned"  # "Израиль должен освободить 1900 …, а ХАМАС – 24": its modality
    if came_to_nothing(s, fig, frame, lex):
        return None  # "возвращение 17 жителей … не состоялось": neither done nor planned
    if own_will(s, fig, frame, lex):
        return None  # "трое решили остаться на месте": their own choice, no handover
    if frame.verb == "give" and into_custody(s.toks, lo, hi, lex):
        return None  # "2000 військових вивезли до колонії": taken into custody, no handover
    answer = has_phrase(s.toks, lo, fig.first, lex.phrases["in_return"])
    if answer and _governed_half(s, n, (lo, hi), told, ends, lex):
        status = "planned"  # "вернёт 7 армян в обмен на 3 азербайджанцев": both to come
    answer = answer or clauses.swapped_for(s.toks, fig, lex)
    if answer and kind == "release" and not one_sided:
        kind, why = "exchange", why + _ANSWER  # "Ізраїль натомість має звільнити 110"
    if alone and not one_sided and told is not None and n and ends[n - 1] >= 0:
        kind, status = told  # "з них 128 військових і 22 цивільних": as the one before
    if (
        kind == "release"
        and frame.verb is None
        and not one_sided
        and told is not None
        and told[0] == "exchange"
        and has_phrase(s.toks, lo, fig.first, lex.phrases["total"])
    ):
        kind = "exchange"  # "Всего за три дня — 1000 человек": a verbless total of the swap told
    if (
        told is not None
        and kind == "release"
        and not one_sided
        and also_freed(s, lo, fig, frame, told, lex)
    ):
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
        return None  # "сотни пленных вернулись": a vague plural counts only a stock
    if not among and _counts_others(s, fig, frame, lex):
        return None  # "Наблюдателей ООН на границе — 260 человек": no captives
    if kind == "release" and not (among or one_sided) and _nothing_moves(s, frame, lo, lex):
        return None  # "Судьба ещё 45 армян пока неизвестна": no one was freed
    return kind, status, one_sided, answer, among, why


def _governed_half(
    s: Sentence,
    n: int,
    window: tuple[int, int],
    told: tuple[str, str] | None,
    ends: list[int],
    lex: SlavicLexicon,
) -> bool:
    """Figure n is the half after "в обмен на" / "в обмін на" of a handover its sentence
    planned just before it (`told`, the figure before counting captives), with no verb of
    its own that moves people: the phrase's noun tells no tense, so the verb that governs
    the first half (a future, a modal, a plan) is this half's too."""
    if told is None or told[1] != "planned" or not n or ends[n - 1] < 0:
        return False
    lo, hi = window
    return not any(t.w.verb and t.a.pos & _VERB_FORMS for t in s.toks[lo:hi])


def _nothing_moves(s: Sentence, frame: Frame, lo: int, lex: SlavicLexicon) -> bool:
    """A release read with no verb of the lexicon's classes in the figure's clause, no
    participle standing for the freed ("среди освобождённых"), nothing borrowed from a
    figure before, and no word of freedom or addition from its window to the sentence's
    end ("на свободу", "на свободе", "также"; past a later figure too: "девять армян, чьё
    дело 11 недель рассматривал суд, вышли на свободу"): nothing tells that anyone was
    freed ("судьба ещё 45 армян пока неизвестна", "ещё до 300 армян, по словам омбудсмена,
    могут быть заложниками"); a captives story around it makes no release."""
    if frame.verb is not None or frame.freed_noun:
        return False
    free = lex.phrases["freedom"] + lex.phrases["at_liberty"] + lex.phrases["also"]
    return not has_phrase(s.toks, lo, len(s.toks), free)


def _counts_others(s: Sentence, fig: Figure, frame: Frame, lex: SlavicLexicon) -> bool:
    """A figure after a dash that names how many some people are, in a sentence with no verb
    at all, no captivity, no captives' noun and no total ("Наблюдателей ООН на границе —
    260 человек"): a count of others, though a swap was told before it."""
    if frame.verb is not None or not fig.first or s.toks[fig.first - 1].low not in DASHES:
        return False
    if frame.possessor is not None:
        return False  # "У Армении – двое азербайджанских военных": a stock it has
    if has_phrase(s.toks, 0, fig.first, lex.phrases["total"]):
        return False  # "Всего за три дня — 1000 человек"
    words = lex.captivity | lex.captive_nouns
    return not any(t.w.verb or t.a.pos & _VERB_FORMS or t.a.lemmas & words for t in s.toks)


def _returned_outside_swap(
    s: Sentence, group: Group, frame: Frame, doc: Doc, lex: SlavicLexicon
) -> bool:
    """People brought back or freed in a text that tells no swap, in a sentence that tells
    no handover the other way, who are not the soldiers of a war of swaps: children or
    civilians anywhere ("повернули додому ще 11 дітей", "вернулись 12 мирных жителей"), and
    in a story of another conflict any but soldiers ("ХАМАС звільнив ще двох заручників").
    A release, not a swap's half: nothing is told going the other way. (Between the
    lexicon's default parties a return of people named by no category is a swap's half:
    "додому повернулися 90 українців" is how their swaps are told.)"""
    if doc.swap or handovers(s.toks) > 1:
        return False
    if _children(s, group, lex):
        return True
    war = set(doc.parties[:2]) <= set(lex.default_parties)
    if war and armed_captors(s.toks, frame.lo, frame.hi, lex):
        return True  # "из плена боевиков отпущены трое медиков": let go by an armed group, no swap
    if war:  # civilians back "з полону", or beside soldiers, are a swap's half there
        soldiers = any(t.w.category == "military" for t in s.toks)
        return group.category == "civilian" and not (frame.captivity or soldiers)
    return group.category != "military"


def _children(s: Sentence, group: Group, lex: SlavicLexicon) -> bool:
    """Whether the group's noun names children ("11 детей", "161 викрадену дитину")."""
    return group.noun is not None and bool(s.toks[group.noun].a.lemmas & lex.minors)


def figure_date(
    s: Sentence,
    fig: Figure,
    kind: str,
    status: str,
    one_sided: bool,
    frame: Frame,
    lo: int,
    end: int,
    doc: Doc,
    lex: SlavicLexicon,
) -> tuple[datetime.date | None, bool, datetime.date | None, datetime.date | None]:
    """(date, undated: a reported swap whose sentence names no day, period start, period
    end) of a figure (figure_day.day_of, then the spans a sentence names)."""
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
    return date, undated, p0, p1


def _gerund_only(toks: list[Token], lo: int, hi: int) -> bool:
    """Whether the window's only verbs of handing over or getting back are gerunds."""
    verbs = [t for t in toks[lo:hi] if t.w.verb and t.a.pos & _VERB_FORMS]
    return bool(verbs) and all("GRND" in t.a.pos for t in verbs)


_VERB_FORMS = frozenset(["VERB", "INFN", "PRTS", "PRTF", "GRND"])


def _ahead(
    span: tuple[datetime.date | None, datetime.date] | None, pub: datetime.date | None
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
