"""A stock: a figure counting people still held ('Hamas took 200 hostages', 'an estimated
8,000 are held', 'Viasna counts 1,150 political prisoners', 'handed 15 suspects to the
police'), held/estimated, as against people handed over; and the parts of a group handed
over that only tell where they had been held ('Of the Palestinians freed, 250 had been
convicted …')."""

from __future__ import annotations

import re

from .context import Ctx
from .figure import Figure
from .kind_patterns import kind_patterns
from .lexicon import Lexicon
from .mention_parts import gapped_break
from .planned import talked_of
from .sentence import Sentence, any_in
from .sided import number_of_at

__all__ = ["is_stock"]


def is_stock(ctx: Ctx, f: Figure) -> bool:
    """The figure counts people held (a stock), not a handover."""
    lo, hi = f.clause
    held = _is_held(ctx.s, f, lo, hi) or _transferred(ctx, f) or _count_of_captives(ctx, f)
    return held and not _part_of_handed_over(ctx, f)


def _count_of_captives(ctx: Ctx, f: Figure) -> bool:
    """'put the number of political prisoners in Belarus at some 1,350', 'estimated the
    number of Russian POWs in Ukraine at about 1,150': a count of captives that names no
    handover ('the number of Palestinians freed … has reached 117' is one) is a stock."""
    at = number_of_at(ctx, f)
    if at < 0:
        return False  # most figures; or 'bringing to 3,500 the number …' (no 'of' before)
    s = ctx.s
    return s.cue("captive_noun", at, f.q.start) is not None and not s.moved(at, f.np_end)


# a relative clause right after a group: "…, who had been", "that were"
_RELATIVE_RE = re.compile(
    r",?\s+(?:who|that|which)\s+(?:had\s+|have\s+|has\s+|were\s+|was\s+)?(?:been\s+)?",
    re.IGNORECASE,
)


# the figure is a larger group the subject belongs to: "were among some 240 people seized"
_AMONG_RE = re.compile(r"\bamong\s+(?:the\s+)?(?:some\s+|about\s+|around\s+|an\s+estimated\s+)?$")


_OF_THE_BEFORE_RE = re.compile(r"([\w-]+)\s+of\s+the\s+(?:[\w-]+\s+)?$")


_HYPOTHETICAL_RE = re.compile(r"\b(?:could|might|may)\s+(?:\w+\s+)?(?:be\s+)?", re.IGNORECASE)


# a noun coordinated with the group's before a participle on both ("137 pupils and staff
# seized by bandits")
_COORDINATED_NOUN_RE = re.compile(r"\s+and\s+[a-z][\w-]*\s+")


# a comma apposition after a group, then its predicate: "8,000 Ukrainians, most of them
# soldiers, are still held", "23 citizens, including two former ministers, remain in custody"
_APPOSITION_PREDICATE_RE = re.compile(
    r",\s+(?:(?:including|among|of\s+whom|mostly|mainly|many|all|some|most)\b[^,;:()]{1,80}"
    # a part named before 'among them': "900 political prisoners, Poles among them, remain …"
    r"|[^,;:()]{1,50}?\s(?:among|of)\s+them),\s+"
    r"(?=(?:are|is|were|was|have|has|remain\w*|still)\b)",
    re.IGNORECASE,
)


# the same predicate right after a part named inside the apposition ("…, including two
# journalists, remain in custody")
_PART_PREDICATE_RE = re.compile(
    r",\s+(?=(?:are|is|were|was|have|has|remain\w*|still)\b)", re.IGNORECASE
)


# a sentence that opens on a group counted before: "Of the Palestinians freed, …", "Among
# the prisoners were …" (its parts follow the comma or the verb)
_PARTITION_OPENER_RE = re.compile(
    r"\s*(?:Of|Among)\s+(?:the|those|them)\b[^,.;:]{0,60}?(?:,|\s(?:were|are)\b)"
)


# a present stock in a part's own clause: "50 remain in Gaza", "30 are still held"
_PRESENT_STOCK_RE = re.compile(r"\b(?:remain\w*|still|are|is|being|currently)\b", re.IGNORECASE)


def _part_of_handed_over(ctx: Ctx, f: Figure) -> bool:
    """'Of the Palestinians freed, 250 had been convicted …, and about 1,700 had been
    detained in Gaza': parts of a group handed over, told by where they were held before,
    are no stock — in a text about a swap or a deal, or one whose opening says they were
    freed; not a part that is still held ('Of the 251 abducted, 50 remain in Gaza')."""
    s = ctx.s
    if _listed_after_handover(s, f):
        return True
    m = _PARTITION_OPENER_RE.match(s.text)
    if m is None or f.q.start < m.end():
        return False  # the common case; or the whole itself ("Of the 251 people abducted")
    frame = ctx.doc.frame
    if not (frame.swap or frame.deal or s.moved(m.start(), m.end())):
        return False
    _, hi = f.clause
    return _PRESENT_STOCK_RE.search(s.text, f.np_end, hi) is None


def _gapped_re(lex: Lexicon) -> re.Pattern[str]:
    """A gapped clause's opening right before its figure: a break, a name ("…, and Israel")."""
    return re.compile(gapped_break(lex) + r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},?\s+$")


def _gapped_moved(s: Sentence, f: Figure, lo: int) -> bool:
    """'Hamas pledged to free 33 hostages, and Israel more than 1,500 Palestinians held in
    its jails': a clause with only a name before its figure leaves out the verb of the
    clause before it (gapping); when that verb hands people over, so does this clause's."""
    start = f.q.start
    if start - lo > 40 or not s.text[lo:start].strip():
        return False  # the common case: a clause with words of its own, or none at all
    m = s.lex.stage_patterns("held_stock.gapped", _gapped_re).search(s.text, max(0, lo - 10), start)
    if m is None:
        return False
    prev, _ = s.clause(max(0, m.start() - 1), m.start())
    return s.next_figure_start(prev) < m.start() and s.moved(prev, m.start())


def _listed_after_handover(s: Sentence, f: Figure) -> bool:
    """'Israel freed 900 prisoners: 100 serving life terms and 800 people detained in Gaza
    during the war': the parts listed after a colon that closes a clause handing a group
    over (a figure and a handover word before the colon) tell where they had been held; no
    stock, unless a part's own clause says it is still held ('…: 50 remain in Gaza')."""
    colon = s.text.rfind(":", 0, f.q.start)
    if colon < 0 or s.text[colon + 1 : s.next_figure_start(colon)].strip():
        return False  # the common case: no list opened by a colon right before the parts
    if ";" in s.text[colon : f.q.start]:
        return False  # the list ended before the figure
    lo, _ = s.clause(colon - 1, colon)
    if not s.figure_starts or s.figure_starts[0] >= colon or not s.moved(lo, colon):
        return False
    _, hi = f.clause
    return _PRESENT_STOCK_RE.search(s.text, f.np_end, hi) is None


def _is_held(s: Sentence, f: Figure, lo: int, hi: int) -> bool:
    if f.label:
        return False
    text, start, end = s.text, f.q.start, f.np_end
    near = text[max(0, start - 14) : start].lower()
    p = kind_patterns(s.lex)
    if any_in(p.take_hints, near) and p.take_before.search(text, max(0, start - 14), start):
        return True  # "Hamas took 200 hostages", "radicals are holding 200 people"
    if _taken_passive(s, f):
        return True  # "About 240 hostages were initially taken by Hamas on Oct. 7"
    if _listed(s, f):
        return True  # "shared details of 391 prisoners": a list counts people held
    if _to_custody(s, f, hi):
        return True  # "handed 15 suspects to the police": still held
    if _possessed(s, f):
        return True  # "the TPLF has up to 10,000 army captives"
    if _tallied(s, f):
        return True  # "Viasna counts about 1,150 political prisoners"
    if _demanded_of_holder(s, f):
        return True  # "New Delhi pressed Islamabad to free 184 fishermen"
    if _talked_of_held(s, f, lo):
        return True  # "called for the release of all 8,000 Ukrainians held by Russia"
    after = s.lowered[f.np_end : f.np_end + 64]
    if (" yet" in after or " not " in after) and _yet_to_go(s, f):
        return True  # "At least 14 hostages are yet to be freed": still held
    if _pool_of_captives(s, f):
        return True  # "frees 35 of roughly 1,350 political prisoners": the pool held
    n = len(text)
    after_end = min(hi, end + 45)
    if f.q.qualifier != "vague" and not s.cue("any_stock", lo, n):
        return False  # most figures: no stock cue at all
    estimated = (
        f.q.qualifier == "vague"
        or s.cue("estimated", lo, f.q.num_start)  # "an estimated 200"
        or s.cue("estimated", end, after_end)
    )
    moved = s.moved(lo, start) or _gapped_moved(s, f, lo)
    if moved and _HYPOTHETICAL_RE.search(text, lo, start):
        moved = False  # "could be exchanged for 6,000 held in prisons": the stock is the fact
    held = _held_cue(s, end, after_end) or _held_cue(s, lo, start) or _left_in(s, f)
    if not held and (tail := _coordination_tail(s, f)) > end:
        # "150 fishermen and 40 civilian prisoners were in Pakistani custody": the predicate
        # after the last group of a coordination is every group's
        held = _held_cue(s, tail, min(hi, tail + 45))
    if not held and _held_past_apposition(s, f):
        return True
    # "of the around 240 hostages captured …", "among some 240 people seized …" (not "the
    # release of the 20 hostages held …")
    whole = (f.stock and not _handover_of(s, start)) or _AMONG_RE.search(
        text, max(0, start - 30), start
    )
    if whole and s.cue("held", end, hi + 40):
        return True
    moved_later = _moved_after(s, end, hi) or s.cue("swap_verb", end, hi)
    if held and not moved_later and _RELATIVE_RE.match(text, end):
        # "two men, who had been held since 2014, have been released": the holding is a
        # relative clause; the sentence's predicate comes after it
        moved_later = _moved_after(s, held[1], n)
    elif (
        held
        and not moved_later
        and (held[0] <= end + 1 or _COORDINATED_NOUN_RE.fullmatch(text, end, held[0]))
    ):
        # "eight Russians held in the US, Germany and Norway were sent back": the holding is
        # a participle on the group; its predicate may come after a list of places
        moved_later = _predicate_moved(s, held[1], s.next_figure_start(end)) or (
            _predicate_past_aside(s, held[1])
        )
    if (
        held
        and not moved
        and not moved_later
        and (held[0] < end or not s.moved(end, held[0]))
        and not _held_before_now(s, f, held, lo)
    ):
        return True
    if not estimated:
        return False
    # an estimate whose predicate comes after an apposition: "An estimated 200 people,
    # including …, are being held"
    return bool(s.cue("held", end, n)) and not (moved or s.moved(end, n))


# the group's own predicate in the past perfect: "Twelve of them had been held for two
# years" tells how long people now free were held, no stock today
_PLUPERFECT_RE = re.compile(r"\bhad\s+(?:all\s+|also\s+)?been\s+$", re.IGNORECASE)


def _held_cue(s: Sentence, lo: int, hi: int) -> tuple[int, int] | None:
    """The first 'held' cue in text[lo:hi] that says captivity: not a holding verb in
    another sense ('who held out at Azovstal', 'held talks'; lexicon held_not_after)."""
    cue = s.cue("held", lo, hi)
    while cue is not None and _other_sense(s, cue[1]):
        cue = s.cue("held", cue[1], hi)
    return cue


def _other_sense(s: Sentence, at: int) -> bool:
    """A word of lexicon held_not_after right after the holding word ending at `at`."""
    word = s.cue("held_not_after", at + 1, at + 14)
    return word is not None and word[0] == at + 1 and s.text[at : at + 1] == " "


def _held_before_now(s: Sentence, f: Figure, held: tuple[int, int], lo: int) -> bool:
    """The group's own predicate in the past perfect, neither reported speech's shifted
    tense ('The ombudsman said 8,000 Ukrainians had been held …') nor dated as a stock
    ('… had been held in Russian prisons as of May'): people held before, now free."""
    if not _PLUPERFECT_RE.search(s.text, max(f.np_end, held[0] - 12), held[0]):
        return False
    if s.cue("speech", max(lo, f.q.start - 60), f.q.start):
        return False
    return s.cue("stock_as_of", held[1], min(len(s.text), held[1] + 60)) is None


def _moved_after(s: Sentence, lo: int, hi: int) -> bool:
    """A handover word after the group that tells one, not a demand or talk of one:
    'Peru still holds 12 Ecuadorians, and Quito has demanded their return' keeps a stock."""
    cue = s.cue("any_moved", lo, hi)
    return cue is not None and s.cue("talk", max(lo, cue[0] - 30), cue[0]) is None


def _passive_aux_re(lex: Lexicon) -> re.Pattern[str]:
    """A passive auxiliary, done ('were', 'have been') or planned ('are due to be', 'is to
    be', 'will be'; the plan's words are the lexicon's planned_be)."""
    return re.compile(
        r"\b(?:were|was|have\s+been|has\s+been|had\s+been|are\s+being|were\s+being|"
        rf"(?P<plan>(?:are|is|were|was)\s+(?:{lex.phrases('planned_be')})\s+to\s+be|"
        r"(?:are|is|were|was)\s+to\s+be|will\s+be))\s+",
        re.IGNORECASE,
    )


# right after a destination verb: 'to' and a named place ('flown to Addis Ababa')
_TO_PLACE_RE = re.compile(r"\s+(?:back\s+)?to\s+[A-Z]")


def _predicate_moved(s: Sentence, lo: int, hi: int) -> bool:
    """A passive predicate in text[lo:hi] whose verb moves people ('were sent back'), or is
    to move them somewhere ('are due to be flown to Sanaa on Monday', 'were flown to
    Moscow'). A destination verb counts only before 'to <place>', and after a past
    auxiliary only one of moving people (lexicon destination_verb): the destination list
    holds everyday words ('were taken on October 7' moves no one home)."""
    m = s.lex.stage_patterns("held_stock.passive_aux", _passive_aux_re).search(s.text, lo, hi)
    if m is None:
        return False
    end = min(hi, m.end() + 25)
    if s.moved(m.end(), end):
        return True
    cue = s.cue("destination" if m.group("plan") else "destination_verb", m.end(), end)
    return cue is not None and _TO_PLACE_RE.match(s.text, cue[1]) is not None


# after an aside, the group's own predicate: a short time phrase ("three weeks ago"), then
# an auxiliary ("have", "would be"), or none when the verb follows at once
_AFTER_ASIDE_RE = re.compile(
    r"\s*(?:(?:(?:more\s+than|about|nearly|some|almost)\s+)?[\w-]+\s+(?:days?|weeks?|"
    r"months?|years?)\s+ago\s+|last\s+(?:week|month|year)\s+|on\s+\w+day\s+)?"
    r"(?P<aux>(?:have|has|had|were|was|are|is|would|will)\s+(?:(?:all|also|now|finally|"
    r"since|been|be|being)\s+){0,2})?",
    re.IGNORECASE,
)


def _predicate_past_aside(s: Sentence, at: int) -> bool:
    """'Four hostages held by the rebels - a nurse and two Belgians - were freed', '600
    prisoners held by both sides, Chadians among them, would be freed', '60 pupils seized
    from a school in Zamfara, Nigeria, three weeks ago have regained their freedom': past
    the participle's phrase (ending at `at`) and an aside set off by commas, dashes or
    brackets (a list of names, a place, a part), the group's own predicate moves them: the
    holding only tells where they had been. The predicate must open right after a break."""
    text, n = s.text, len(s.text)
    seen = 0
    for b0, b1 in s.breaks:
        if b0 < at:
            continue
        if text[b0] in ";:" or seen == 4:
            return False  # another clause, or no aside this long
        seen += 1
        m = _AFTER_ASIDE_RE.match(text, b1)
        if m is None:
            continue
        verb = s.cue("any_moved", m.end(), min(n, m.end() + 30))
        if verb is not None and verb[0] == m.end():
            return True  # "… - were freed", "…, have regained their freedom"
        if m.group("aux"):
            dest = s.cue("destination_verb", m.end(), min(n, m.end() + 20))
            if dest is not None and dest[0] == m.end() and _TO_PLACE_RE.match(text, dest[1]):
                return True  # "…, including two Swedes, were flown to Doha"
    return False


def _held_past_apposition(s: Sentence, f: Figure) -> bool:
    """'More than 8,000 Ukrainians, most of them soldiers, are still held by Russia': the
    group's predicate, past a comma apposition, says it is held and moves no one (so
    does a part named in the apposition)."""
    end = f.np_end
    if s.text[end : end + 1] != ",":
        return False
    m = _APPOSITION_PREDICATE_RE.match(s.text, end)
    if m is None and f.follows is not None:
        m = _PART_PREDICATE_RE.match(s.text, end)
    if m is None:
        return False
    _, hi = s.clause(m.end(), m.end() + 1)
    return bool(s.cue("held", m.end(), hi)) and not s.moved(m.end(), hi)


def _pool_of_captives(s: Sentence, f: Figure) -> bool:
    """The whole a part was taken from, with no article, counted by a noun of captivity
    ('freed 35 of roughly 1,350 political prisoners', '120 of about 2,000 detainees'): the
    pool of captives held, from which the part went free; not 'two of the three hostages'
    (a group the text knows, of which the rest may not be free), nor 'the release of the
    20 hostages'."""
    if not f.stock or _handover_of(s, f.q.start) or s.text.endswith("the ", 0, f.q.start):
        return False  # "two of the three hostages": a group named before, not a pool
    return s.cue("captive_noun", f.q.num_end, f.np_end) is not None


def _handover_of(s: Sentence, start: int) -> bool:
    """'the release of the 20 hostages': the word before 'of the' is a handover, so the
    figure is no whole that a part was taken from."""
    m = _OF_THE_BEFORE_RE.search(s.text, max(0, start - 40), start)
    return bool(m and s.moved(m.start(1), m.end(1)))


def _possessed(s: Sentence, f: Figure) -> bool:
    """'Hamas still has 59 hostages', 'will have 60 captives left': a holder that has
    captives counts a stock (the noun must say captivity: 'has 300 soldiers' is no stock)."""
    start = f.q.start
    p = kind_patterns(s.lex)
    before = s.lowered[max(0, start - 16) : start]
    if not any_in(p.possess_hints, before):
        return False  # the common case, without a regex
    m = p.possess_before.search(s.text, max(0, start - 16), start)
    if m is None or s.moved(max(0, m.start() - 30), m.start()):
        return False  # "the exchange had 300 prisoners on each side": the swap's, no stock
    return s.cue("captive_noun", f.q.num_end, f.np_end) is not None


_REMAINING_RE = re.compile(r"\b(?:remaining|still)\b", re.IGNORECASE)


def _demand_to_re(lex: Lexicon) -> re.Pattern[str]:
    """A demand, its addressee (a few words), 'to', a handover verb or a verb and a
    handover's noun ("urged Pakistan to expedite the release of"), right before a figure."""
    return re.compile(
        rf"\b(?:{lex.phrases('demand_to')})\s+(?:[\w'’.-]+\s+){{1,4}}?to\s+"
        rf"(?:(?:{lex.phrases('plan_handover_verb')})|[a-z]+\s+the\s+"
        rf"(?:{lex.phrases('talk_handover')})\s+of)\s+(?:(?:without\s+delay|the|all)\s+)*$",
        re.IGNORECASE,
    )


def _demanded_of_holder(s: Sentence, f: Figure) -> bool:
    """'New Delhi pressed Islamabad to free the 184 Indian fishermen', 'Kyiv urged Moscow to
    release 300 civilians': people a holder is asked to free are still held, a stock (not a
    plan: no one has agreed to free them)."""
    start = f.q.start
    if s.cue("demand_to", max(0, start - 90), start) is None:
        return False  # the common case
    pattern = s.lex.stage_patterns("held_stock.demand_to", _demand_to_re)
    return pattern.search(s.text, max(0, start - 90), start) is not None


def _talked_of_held(s: Sentence, f: Figure, lo: int) -> bool:
    """'Kyiv called for the release of all 8,000 Ukrainians held by Russia', 'talks on freeing
    the remaining 59 hostages': talk of freeing a group said to be held counts a stock."""
    if not talked_of(s, f, lo) or _terms_of_plan(s, f):
        return False
    end = f.np_end
    if _REMAINING_RE.search(s.text, max(0, f.q.start - 12), f.q.start):
        return True
    return bool(s.cue("held", end, min(len(s.text), end + 25)))


# right after a group: "are (still) yet to be", "have yet to be", "have not (yet) been",
# "have still not been", "are not yet" (past a participle phrase of holding: "20 Thais held
# by Hamas have yet to be released")
_YET_TO_BE_RE = re.compile(
    r"(?:\s+(?:held|kept|detained|jailed)\s+(?:by|in)\s+[^,;:]{1,40}?)?"
    r"\s+(?:(?:are|is|have|has|remain|remains)\s+(?:still\s+)?yet\s+to\s+be"
    r"|(?:have|has)\s+(?:still\s+)?not\s+(?:yet\s+)?been"
    r"|(?:are|is)\s+(?:still\s+)?not\s+yet(?:\s+been)?)\s+",
    re.IGNORECASE,
)


def _yet_to_go(s: Sentence, f: Figure) -> bool:
    """'At least 14 hostages are yet to be freed', '30 prisoners have yet to be returned',
    '300 soldiers have not yet been released': a group whose handover has not come is still
    held, a stock (not a planned or a done release)."""
    m = _YET_TO_BE_RE.match(s.text, f.np_end)
    return m is not None and s.moved(m.end(), min(len(s.text), m.end() + 20))


def _terms_of_plan(s: Sentence, f: Figure) -> bool:
    """'The truce plan calls for the release of 40 hostages held in Gaza': the talk's
    subject is a plan or a deal (lexicon plan_noun, deal), whose terms are a handover to
    come (planned), not a demand that counts a stock. The noun is the talk verb's subject
    (nothing between but 's, 'would', 'also'): 'Zelensky rejected the plan and called for
    the release of all 8,000 …' is his demand."""
    start = f.q.start
    cue = s.cue("talk", max(0, start - 90), start)
    return cue is not None and (
        s.lex.stage_patterns("held_stock.plan_subject", _plan_subject_re).search(
            s.text, max(0, cue[0] - 40), cue[0]
        )
        is not None
    )


def _plan_subject_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{lex.phrases('plan_noun')}|{lex.phrases('deal')})(?:['’]s)?\s+"
        r"(?:(?:would|also)\s+){0,2}$",
        re.IGNORECASE,
    )


def _tallied(s: Sentence, f: Figure) -> bool:
    """'The rights group counts about 1,150 political prisoners', 'Baku listed 19 Armenian
    detainees and 4 civilians': a tally of captives is a stock (the noun of the first figure
    of its coordination must say captivity: 'the village counts 300 residents' is none)."""
    head = _coordination_head(s, f)
    start = head.q.start
    cue = s.cue("count_verb", max(0, start - 12), start)
    if cue is None or s.text[cue[1] : start].strip():
        return False  # the common case; or a word between ("counted the 40 …")
    if s.moved(f.q.num_end, f.np_end) or s.moved(head.q.num_end, head.np_end):
        return False  # "counted 40 freed prisoners": people handed over
    return s.cue("captive_noun", head.q.num_end, head.np_end) is not None


# what may stand between a group and 'still in': nothing, or its copula ('50 hostages are
# still in Gaza')
_LEFT_IN_COPULAS = frozenset(("", "are", "were", "is", "was"))


def _left_in(s: Sentence, f: Figure) -> tuple[int, int] | None:
    """'Of the 64 hostages still in Gaza': captives said to be still in a place are held there
    (the group's noun must say captivity: '300 residents still in the town' are none)."""
    end = f.np_end
    cue = s.cue("left_in", end, min(len(s.text), end + 22))
    if cue is None or s.text[end : cue[0]].strip().lower() not in _LEFT_IN_COPULAS:
        return None  # the common case; or not the group's own predicate
    return cue if s.cue("captive_noun", f.q.num_end, end) else None


def _coordination_tail(s: Sentence, f: Figure) -> int:
    """Where the last group of the coordination `f` opens ends ('150 fishermen and 40
    civilian prisoners'), or `f`'s own end when none follows it."""
    end, at = f.np_end, s.figures.index(f) if f in s.figures else -1
    for i, g in enumerate(s.figures):
        if at >= 0 and g.follows == at:
            end, at = g.np_end, i
    return end


def _coordination_head(s: Sentence, f: Figure) -> Figure:
    """The first figure of the coordination `f` belongs to ('19 detainees and 4 civilians')."""
    head = f
    while head.follows is not None:
        head = s.figures[head.follows]
    return head


def _to_custody(s: Sentence, f: Figure, hi: int) -> bool:
    """'Police handed 12 militants to prosecutors', '40 marines were transferred to a prison
    in Rostov': people moved into the hands of justice, or from one prison to another, are
    still held (a stock at that move, as an arrest is); not people freed, then handed on
    ('30 rescued pupils were handed to the police')."""
    if " to " not in s.lowered[f.np_end : hi]:
        return False  # the common case, without a regex
    if s.cue("custody_destination", f.np_end, hi) is None:
        return False
    lo, _ = f.clause
    return s.cue("release", lo, hi) is None


def _transferred(ctx: Ctx, f: Figure) -> bool:
    """'The 40 captured soldiers were flown out to Taganrog', 'Russia transferred 35
    Ukrainian POWs to a camp near Bryansk': in a text about no swap, captives moved to a
    place that names no side are moved inside their captivity, still held; not people freed
    or sent home ('transferred 2 Azerbaijani soldiers to Azerbaijan', 'flown home')."""
    s = ctx.s
    if ctx.doc.frame.swap or f.label:
        return False  # "318 detainees had been flown out": a swap's half
    lo, hi = f.clause
    cue = s.cue("transfer_verb", lo, hi)
    if cue is None:
        return False  # the common case
    to = s.lowered.find(" to ", max(cue[1], f.q.start) - 1, hi)
    if to < 0 or s.cue("release", lo, hi) or s.cue("homecoming", lo, hi):
        return False
    # a side named after 'to' receives them: a handover ('transferred 40 to Ukraine')
    return not any(to < a.start < hi for a in s.actors)


def _taken_passive_re(lex: Lexicon) -> re.Pattern[str]:
    """Right after a group, its passive predicate of taking: 'were (initially) taken by'."""
    return re.compile(
        r"\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:(?:all|\w+ly)\s+)?"
        rf"(?:{lex.phrases('taken_passive')})\b",
        re.IGNORECASE,
    )


# a break that ends a part of a sentence: the next part tells another event
_PART_BREAK_RE = re.compile(r"[;:()\[\]\u2013\u2014]|\s-\s")


def _taken_passive(s: Sentence, f: Figure) -> bool:
    """'About 240 hostages were initially taken by Hamas in its attack', 'four UN staff
    were detained on Friday': the group's own predicate tells its taking, a stock then, as
    the active 'took 240 hostages' does; not in a part of the sentence that tells a
    handover ('Of the Palestinians freed, 900 had been detained in Gaza': parts of a group
    handed over; 'The release comes as …; four staff were detained' is another part)."""
    m = s.lex.stage_patterns("held_stock.taken_passive", _taken_passive_re).match(s.text, f.np_end)
    if m is None:
        return False  # the common case
    lo = 0
    for b in _PART_BREAK_RE.finditer(s.text, 0, f.q.start):
        lo = b.end()
    hi = _PART_BREAK_RE.search(s.text, m.end())
    return not s.moved(lo, hi.start() if hi else len(s.text))


def _listed(s: Sentence, f: Figure) -> bool:
    """A figure named in a list or register ('information on 58 prisoners and 199
    fishermen'): the cue stands before the first figure of its coordination."""
    head = _coordination_head(s, f)
    lo, _ = head.clause
    return s.cue("listed", max(lo, head.q.start - 20), head.q.start) is not None
