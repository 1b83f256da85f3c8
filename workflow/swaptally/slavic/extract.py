"""Russian and Ukrainian text → counted facts (workflow/docs/FACTS.md), stage by stage.

Per sentence, read once (reading): tokens with lemmas (morph), figures (numbers), days
(dates). Per figure: the group it counts (groups, filled in by figure_group) → its clause
frame (frame) → kind and status (kind_status) → sides (sides, an ordered list of named
resolvers) → date (figure_day, against the publication day). The document (document)
supplies only what is computed once before the sentences are read: its two sides, its
home side, whether it tells of a swap; after them, the day of its swap (for statements
of that swap that name no day). The stages over the whole text, once every sentence is
read (a formula told again in words, a make-up listed after, a swap's halves), are in
whole_text; a headline's readings the body tells otherwise, in headline.
"""

from __future__ import annotations

import datetime

from swaptally.date_source import DateSource
from swaptally.slavic import clauses, stages, whole_text
from swaptally.slavic.clue import Pair, Sides
from swaptally.slavic.document import Doc, read_document
from swaptally.slavic.figure_day import day_of_text
from swaptally.slavic.figure_group import ELIDED, elided_clause
from swaptally.slavic.found import MIXED, Found
from swaptally.slavic.frame import Frame
from swaptally.slavic.frame_places import armed_captors
from swaptally.slavic.gaps import elided_sides
from swaptally.slavic.groups import Group, named_among
from swaptally.slavic.headline import headline_status
from swaptally.slavic.kind_status import (
    MOVED,
    MOVES,
    listed,
    of_kin,
)
from swaptally.slavic.lexicon import SlavicLexicon, load_lexicon
from swaptally.slavic.morph import Token
from swaptally.slavic.numbers import Figure
from swaptally.slavic.phrases import find_phrase, has_phrase
from swaptally.slavic.reading import Sentence, read_sentences
from swaptally.slavic.said import pronoun_speaks
from swaptally.slavic.sides import Clue, Resolver, each_side, mixed, resolve, war_at_home
from swaptally.slavic.traded import traded_back

__all__ = ["extract_slavic"]

# sides a nation's war at home decided (sides.war_at_home): for `explain`, never read back
_AT_HOME = "+war_at_home"


def _sentence_facts(
    s: Sentence,
    doc: Doc,
    lex: SlavicLexicon,
    previous: Pair | None,
    speaker: str | None,
    told: tuple[str, str] | None,
    carried: tuple[str, bool] | None = None,
) -> list[Found]:
    """The facts of one sentence. `speaker`: the side of the last party quoted before it,
    whose people "наших" and "домой" mean when neither the sentence nor the language's
    lexicon names a home side (a Russian text may quote either side). `carried`: the verb
    class a verbless sentence before it told ("Наши дома. 118 человек."), and whether it
    named the people as ours. `told`: kind and
    status of the document's previous fact (a part of it named with no verb is the same).

    Per figure, stage by stage (slavic.stages): its window and group (window), its clause
    frame (figure_frame), the group filled in (figure_group), kind and status
    (figure_kind_status), sides (sides.resolve), date or period (figure_date)."""
    out: list[Found] = []
    prev_group: Group | None = None
    prev_frame: Frame | None = None
    inherited: Pair | None = None
    skip: set[int] = set()
    said = s.said
    home = doc.home or speaker  # a quoted party speaks of its own people
    armed_side = _armed_side(doc, lex)  # (the text's: the same for every figure)
    ends = [0] * len(s.figs)  # where each figure's group ends
    kept = 0  # where the group of the last figure that counts captives ends
    paired = bool(s.figs) and clauses.ours_and_theirs(s.toks, lex)  # "наших … и … их"
    for n, fig in enumerate(s.figs):
        if n in skip:
            continue
        lo, hi, found, after = stages.window(s, n, ends, kept, skip, lex)
        ends[n] = min(after, hi)
        fragment = carried is not None and not n and not any(t.w.verb for t in s.toks)
        frame, gapped, alone = stages.figure_frame(
            s, n, (lo, after, hi), prev_frame, carried if fragment else None, doc.swap, lex
        )
        group, why = stages.figure_group(
            s, n, found, prev_group, frame, lo, told, carried, fragment, lex
        )
        end = clauses.clause_end(s.toks, after, hi, lex)
        start = clauses.clause_start(s.toks, lo, fig.first, lex)
        if fig.formula and clauses.label_repeated(s, n, lex):
            continue  # "договорились «90 на 90»: 90 российских военных возвращаются домой": a label
        # to one word past the clause ("5 человек, погибших в плену" are no captives), not
        # into a conjunct after the group ("шестерых пленных и тела трёх погибших")
        reach = clauses.before_and(s.toks, after, end + 2, lex)
        if group is None or any(t.a.lemmas & lex.not_captives for t in s.toks[start:reach]):
            ends[n] = -1
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
        read = stages.figure_kind_status(
            s, n, group, frame, (lo, hi), doc, told, ends, gapped, alone, paired, lex
        )
        if read is None:
            continue
        kind, status, one_sided, answer, among, more = read
        if _breakdown_part(s, fig, group, (start, end), lex):
            # "серед них 9 десантників": a breakdown by branch, rank or sex, no fact; kept
            # for its day alone ("Серед визволених сьогодні — 4 жінки" dates the swap told
            # before), dropped once the text's days are read (extract_slavic)
            date, _, p0, p1 = stages.figure_date(
                s, fig, kind, status, one_sided, frame, lo, end, doc, lex
            )
            span = (s.start + s.toks[fig.first].start, s.start + s.toks[fig.last - 1].end)
            part = (kind, status, None, None, group.category, fig.low, fig.high,
                    fig.qualifier, p0, p1, said, span)  # fmt: skip
            out.append(Found(part, "slavic.breakdown", date, False, (None, None), breakdown=True))
            continue
        why += more
        mutual = has_phrase(s.toks, lo, hi, lex.phrases["mutual"])  # "… с каждой стороны"
        swapped_for = clauses.same_after(s, n, after, lex)  # "обменять 1000 пленных на 1000"
        if swapped_for:
            skip.add(n + 1)
        inmates = group.noun is not None and bool(s.toks[group.noun].a.lemmas & lex.inmates)
        clue = Clue(
            group, frame, kind, doc.parties, home, s.speaker or home,
            each=fig.each or fig.formula or mutual or swapped_for,
            # "всего … по 1000 человек", "всего по итогам обмена «500 на 500»": each side's;
            # a total's cue anywhere in the figure's own phrase ("в общей сложности были
            # освобождены 300")
            total=not (fig.each or fig.formula)
            and has_phrase(s.toks, max(lo, start), fig.first, lex.phrases["total"]),
            summed=has_phrase(s.toks, lo, fig.first, lex.phrases["total"]),
            # "Всего за три дня — 1000 человек" after a swap's figure: no verb, so its total
            running_on=not out and frame.verb is None and kind == "exchange" and told is not None
            and has_phrase(s.toks, lo, fig.first, lex.phrases["total"]),
            among=among,
            part=among and alone,
            managed=any(t.a.lemmas & lex.managed for t in s.toks[lo : fig.first]),
            in_return=answer,
            reciprocal=_exchanged_with(s.toks, lo, fig, group, lex),
            exchange_of=_exchange_of(s.toks, fig, group, lex),
            own_prisoners=_own_prisoners(s.toks, fig, start, end, kind, lex, frame),
            # "20 венесуэльских политзаключённых", "сімох росіян — політв'язнів": a people's
            # political prisoners, held by their own state unless the clause names another
            political=any(t.a.lemmas & lex.political for t in s.toks[fig.first : reach]),
            hostages=_hostages(s.toks, group, doc, lex),
            announcer=s.speaker,
            inmates=inmates,
            own_inmates=inmates and not _others_named(s.toks, fig, lex),
            # "похищенных школьниц", "викрадених учнів": people taken, by no one named
            taken=any(t.a.lemmas & lex.taken for t in s.toks[fig.last : after]),
            paired=paired,
            traded_for=clauses.traded_for(s, n, after, lex) if group.nationality == "XX" else None,
            owner=clauses.owner(s, fig, group, lex),
            one_nation=len(doc.parties) == 1 and doc.parties[0] in lex.civil_war,
            civil_story=doc.civil_story,
            civil_subject=frame.subject in lex.civil_war,
            homeward=has_phrase(s.toks, lo, hi, lex.phrases["homeward"]),
            civil_sides=_civil_sides(s, fig.first, lex),
            armed_captors=armed_captors(s.toks, lo, hi, lex),
            armed_side=armed_side,
            previous=previous, inherited=inherited,
        )  # fmt: skip
        got: tuple[str, Resolver | None, Sides] | None = resolve(clue)
        if ELIDED in why:  # "…, другого — ще 85": the sides its own clause tells
            told_sides = elided_sides(s, elided_clause(s, fig, lex), inherited, lex)
            got = None if told_sides is None else ("elided_clause", None, told_sides)
        prev_group, prev_frame = group, frame
        if got is None:
            continue
        rule, resolver, sides = got
        if resolver is not None and war_at_home(clue, sides):
            why += _AT_HOME  # "повстанцы отпустили 12 мьянманских военных; Таиланд …"
        if (filled := _holder_before(sides, inherited, previous)) != sides:
            sides, why = filled, why + _HELD_BEFORE
        if (mix := mixed(sides, named_among(s.toks, after, lex))) is not None:
            sides, why = mix, why + MIXED  # "17 заложников, в том числе 4 граждан Таиланда"
        date, undated, p0, p1 = stages.figure_date(
            s, fig, kind, status, one_sided, frame, lo, end, doc, lex
        )
        span = (s.start + s.toks[fig.first].start, s.start + s.toks[fig.last - 1].end)
        for persons, holder in sides:
            fields = (
                kind, status, persons, holder, group.category, fig.low, fig.high,
                fig.qualifier, p0, p1, said, span,
            )  # fmt: skip
            # a two-sided total spans swaps, and so does one side's running total
            dated_later = undated and persons != "XX" and not clue.running_on
            out.append(
                Found(
                    fields,
                    f"slavic.{rule}{why}",
                    date,
                    dated_later,
                    (persons, holder),
                    one_sided,
                    answer,
                    fig.formula and resolver is each_side,
                )
            )
        inherited = previous = sides[0]
        told = (kind, status)
    return out


_HELD_BEFORE = "+held_before"  # shown by `explain` only; no code reads it back


def _holder_before(
    sides: Sides,
    inherited: Pair | None,
    previous: Pair | None,
) -> Sides:
    """Sides whose holder no construction of the clause names take the holder of the group
    told before: the sentence's figure before ("из плена освобождены 40 украинских бойцов
    и шестеро иностранных добровольцев": the six came out of the same captivity), else the
    text's fact before ("Венесуэла освободила 9 американцев. … на свободу вышли трое
    канадцев": freed by the same holder). Someone held the people a text counts; an unknown
    holder is no reading of it."""
    before = inherited or previous
    holder = before[1] if before is not None else None
    return [(persons, held or holder) for persons, held in sides]


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


def _hostages(
    toks: list[Token], group: Group, doc: Doc, lex: SlavicLexicon
) -> tuple[str, str] | None:
    """(the enemy, the armed group) when the group's noun is hostages ("33 заложника") and
    one of the text's sides is an armed group whose enemy the lexicon knows (Hamas: Israel)."""
    if group.noun is None or not toks[group.noun].a.lemmas & lex.hostages:
        return None
    holder = next((p for p in doc.parties if p in lex.opponents), None)
    return None if holder is None else (lex.opponents[holder], holder)


def _armed_side(doc: Doc, lex: SlavicLexicon) -> str | None:
    """The side an armed group's fighters are of in this text (Clue.armed_side): the nation
    at war with itself whose story it is, else in the default parties' war the lexicon's
    militants_side, else None (no side to give them)."""
    if doc.civil_story:  # (a lone party at war with itself is such a story: document.py)
        return doc.parties[0]
    if doc.parties and set(doc.parties[:2]) <= set(lex.default_parties):
        return lex.militants_side
    return None


def _breakdown_part(
    s: Sentence, fig: Figure, group: Group, span: tuple[int, int], lex: SlavicLexicon
) -> bool:
    """A part of a group told before, in the verbless list after "серед"/"среди" or "з
    них"/"из них" ("серед них 9 десантників і 4 офіцери", "из них 12 женщин"), counted by
    its branch, rank or sex (lexicon grammar breakdown): the corpus counts such breakdowns
    of a group as no fact of their own (at most optional). Not where a verb that moves
    people stands between the opener and the figure ("Зокрема, у п'ятницю повернулися 30
    прикордонників": a handover of its own) or in the figure's own clause `span` (the verb
    after its subject: "Зокрема, 30 прикордонників повернулися з полону"), nor civilians: a
    group's civilians are a fact ("70 військових і троє цивільних")."""
    if group.noun is None or group.category == "civilian":
        return False
    if not s.toks[group.noun].a.lemmas & lex.grammar.get("breakdown", frozenset()):
        return False
    opener = _among_opener(s, fig.first, lex)
    if opener is None:
        return False
    lo, hi = span
    return not any(t.w.verb and t.a.pos & MOVED for t in s.toks[opener : fig.first] + s.toks[lo:hi])


def _among_opener(s: Sentence, at: int, lex: SlavicLexicon) -> int | None:
    """Where the last "серед"/"среди" or among phrase ("з них", "в том числе") before token
    `at` starts, or None."""
    words, among = lex.grammar["among"], lex.phrases["among"]
    last = None
    for k in range(at):
        got = None if s.toks[k].low in words else find_phrase(s.toks, k, min(at, k + 4), among)
        if got is None and s.toks[k].low not in words:
            continue
        if got is None or got[0] == k:
            last = k
    return last


def _own_prisoners(
    toks: list[Token],
    fig: Figure,
    start: int,
    end: int,
    kind: str,
    lex: SlavicLexicon,
    frame: Frame,
) -> bool:
    """Whether a release counts political prisoners or convicts (to one word past its
    clause: "16 человек, осужденных по …"; a pardon's people are convicts: "Лукашенко
    помиловал 22 человека"), or a stock does anywhere in its clause ("по политическим
    мотивам лишены свободы 800 человек"), and the sentence after the figure names no
    foreigners or other nation among them ("в том числе иностранцев", "серед них громадяни
    Польщі")."""
    if kind not in ("release", "held"):
        return False
    first = fig.first if kind == "release" else start
    pardon = kind == "release" and frame.verb == "release_only"
    if not pardon and not any(t.a.lemmas & lex.own_prisoners for t in toks[first : end + 2]):
        return False
    return not _others_named(toks, fig, lex)


def _others_named(toks: list[Token], fig: Figure, lex: SlavicLexicon) -> bool:
    """The sentence names, after the figure, foreigners or a nation ("в том числе
    иностранцев", "серед них громадяни Польщі"): not all the people may be a state's own."""
    rest = toks[fig.last :]
    return any(t.a.lemmas & lex.foreigners or t.w.demonym or t.w.actor for t in rest)


def _civil_sides(s: Sentence, at: int, lex: SlavicLexicon) -> bool:
    """The sentence names, before the figure, two sides that are one nation at war with
    itself (lexicon civil_war) and no other party: "хуситы и правительство Йемена за два
    дня, 15 и 16 октября, обменялись" (the subject comes first, however far before)."""
    codes = [a.code for a in s.actors if a.at < at and a.party]
    return len(codes) > 1 and len(set(codes)) == 1 and codes[0] in lex.civil_war


def _exchanged_with(
    toks: list[Token], lo: int, fig: Figure, group: Group, lex: SlavicLexicon
) -> bool:
    """A reciprocal verb before the figure and its group in the instrumental: "Россия и
    Украина обменялись 307 военными", "сторони обмінялися 95 полоненими" — what each side
    handed over (as "по 307"), not a total: news writes a total with "в общей сложности"."""
    if not _instrumental(toks, fig, group):
        return False
    return any(t.a.lemmas & lex.reciprocal for t in toks[lo : fig.first])


def _exchange_of(toks: list[Token], fig: Figure, group: Group, lex: SlavicLexicon) -> bool:
    """The noun of exchange right before the figure governs its group in the instrumental:
    "прошёл обмен 26 заключёнными", "обмін понад 40 полоненими" (a total of both sides)."""
    k = fig.first - 1  # (past any qualifier: the figure's first token is the qualifier's)
    if k < 0 or toks[k].w.verb != "exchange" or "NOUN" not in toks[k].a.pos:
        return False
    return _instrumental(toks, fig, group)


def _instrumental(toks: list[Token], fig: Figure, group: Group) -> bool:
    """The group's noun, and the figure's last word when it has a case, are instrumental."""
    noun, word = group.noun, toks[fig.last - 1].a.cases  # digits have no case
    return noun is not None and "ablt" in toks[noun].a.cases and (not word or "ablt" in word)


def extract_slavic(
    text: str, published: datetime.date | None, lang: str, lexicon: SlavicLexicon | None = None
) -> list:
    """Counted facts (swaptally.extract.Fact) of a Russian or Ukrainian `text`."""
    from swaptally.extract import Fact  # the shared fact type; imported late (no cycle)

    lex = lexicon or load_lexicon(lang)
    sents = read_sentences(text, lex, published)
    doc = read_document(sents, lex, published)
    found: list[tuple[Sentence, Found]] = []
    parts: list[tuple[Sentence, Found]] = []  # breakdowns by branch, rank or sex: days only
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
        parts.extend((s, f) for f in got if f.breakdown)
        got = [f for f in got if not f.breakdown]
        ours = any(t.a.lemmas & lex.possessive for t in s.toks)
        carried = ("come_back", ours) if not s.figs and clauses.at_home(s, lex) else None
        if got:
            previous = got[-1].sides
            told = got[-1].fields[:2]
        speaker = s.speaker or speaker
        found.extend((s, f) for f in got)
    found = whole_text.included_after(sents, found, lex)
    found = whole_text.mirrored(sents, found)
    found = traded_back(found, lex)
    found = whole_text.unequal_formulas(sents, found, lex)  # "«41 на 58»": the half untold
    # (a group's breakdown parts date its swap, then give no fact: _breakdown_part)
    dated = sorted(found + parts, key=lambda got: got[0].no)
    text_days = day_of_text(sents, dated, lex, published)
    found = whole_text.restated(found)  # (after the day of the swap: a formula may tell it)
    if sents:  # "Обмін 500 на 500: …" over the body's "обмін … ще триває": the body's status
        found = headline_status(found, sents[0].no, lex.grammar.get("another_event", frozenset()))
    facts = []
    for s, f in found:
        kind, status, persons, holder, cat, low, high, qual, p0, p1, said, (a, b) = f.fields
        said = said or named.get(s.no)
        # the text's day, taken by a figure whose sentence names none, is a guess: said
        # by date_source (the only source this extractor records)
        date, guessed = text_days.date_of(s, f)
        facts.append(
            Fact(  # by name: the shared type may gain fields
                kind=kind, status=status, persons_of=persons, held_by=holder, category=cat,
                low=low, high=high, qualifier=qual, date=date, period_start=p0,
                period_end=p1, said_by=said, sentence_no=s.no, sentence=s.text,
                span_start=a, span_end=b, rule=f.rule,
                date_source=DateSource.DOCUMENT if guessed else None,
            )
        )  # fmt: skip
    return facts
