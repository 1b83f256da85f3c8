"""Constructions that count people still held with no holding word after the group: a
taking ('were taken by Hamas'), a list or tally of captives, a holder that has them, people
moved into custody or between prisons, a demand or talk of freeing them, 'are yet to be
freed', the pool a freed part came from, 'still in Gaza' (held_stock.py weighs them)."""

from __future__ import annotations

import re

from .context import Ctx
from .figure import Figure
from .kind_patterns import kind_patterns
from .lexicon import Lexicon
from .planned import talked_of
from .sentence import Sentence, any_in
from .sided import number_of_at


def count_of_captives(ctx: Ctx, f: Figure) -> bool:
    """'put the number of political prisoners in Belarus at some 1,350', 'estimated the
    number of Russian POWs in Ukraine at about 1,150': a count of captives that names no
    handover ('the number of Palestinians freed … has reached 117' is one) is a stock."""
    at = number_of_at(ctx, f)
    if at < 0:
        return False  # most figures; or 'bringing to 3,500 the number …' (no 'of' before)
    s = ctx.s
    return s.cue("captive_noun", at, f.q.start) is not None and not s.moved(at, f.np_end)


def _taken_passive_re(lex: Lexicon) -> re.Pattern[str]:
    """Right after a group, its passive predicate of taking: 'were (initially) taken by'."""
    return re.compile(
        r"\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:(?:all|\w+ly)\s+)?"
        rf"(?:{lex.phrases('taken_passive')})\b",
        re.IGNORECASE,
    )


# a break that ends a part of a sentence: the next part tells another event
_PART_BREAK_RE = re.compile(r"[;:()\[\]\u2013\u2014]|\s-\s")


def taken_passive(s: Sentence, f: Figure) -> bool:
    """'Some 200 hostages were first seized by the militants in the raid', 'four UN staff
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


def listed(s: Sentence, f: Figure) -> bool:
    """A figure named in a list or register ('information on 58 prisoners and 199
    fishermen'): the cue stands before the first figure of its coordination."""
    head = _coordination_head(s, f)
    lo, _ = head.clause
    return s.cue("listed", max(lo, head.q.start - 20), head.q.start) is not None


def _coordination_head(s: Sentence, f: Figure) -> Figure:
    """The first figure of the coordination `f` belongs to ('19 detainees and 4 civilians')."""
    head = f
    while head.follows is not None:
        head = s.figures[head.follows]
    return head


def tallied(s: Sentence, f: Figure) -> bool:
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


def possessed(s: Sentence, f: Figure) -> bool:
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


def to_custody(s: Sentence, f: Figure, hi: int) -> bool:
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


def transferred(ctx: Ctx, f: Figure) -> bool:
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


def _demand_to_re(lex: Lexicon) -> re.Pattern[str]:
    """A demand, its addressee (a few words), 'to', a handover verb or a verb and a
    handover's noun ("urged Pakistan to expedite the release of"), right before a figure."""
    return re.compile(
        rf"\b(?:{lex.phrases('demand_to')})\s+(?:[\w'’.-]+\s+){{1,4}}?to\s+"
        rf"(?:(?:{lex.phrases('plan_handover_verb')})|[a-z]+\s+the\s+"
        rf"(?:{lex.phrases('talk_handover')})\s+of)\s+(?:(?:without\s+delay|the|all)\s+)*$",
        re.IGNORECASE,
    )


def demanded_of_holder(s: Sentence, f: Figure) -> bool:
    """'Delhi urged its neighbour to release the 140 Indian fishermen', 'Kyiv urged Moscow to
    release 300 civilians': people a holder is asked to free are still held, a stock (not a
    plan: no one has agreed to free them)."""
    start = f.q.start
    if s.cue("demand_to", max(0, start - 90), start) is None:
        return False  # the common case
    pattern = s.lex.stage_patterns("held_stock.demand_to", _demand_to_re)
    return pattern.search(s.text, max(0, start - 90), start) is not None


_REMAINING_RE = re.compile(r"\b(?:remaining|still)\b", re.IGNORECASE)


def talked_of_held(s: Sentence, f: Figure, lo: int) -> bool:
    """'Kyiv called for the release of all 8,000 Ukrainians held by Russia', 'talks on freeing
    the remaining 59 hostages': talk of freeing a group said to be held counts a stock."""
    if not talked_of(s, f, lo) or _terms_of_plan(s, f):
        return False
    end = f.np_end
    if _REMAINING_RE.search(s.text, max(0, f.q.start - 12), f.q.start):
        return True
    return bool(s.cue("held", end, min(len(s.text), end + 25)))


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


def yet_to_go(s: Sentence, f: Figure) -> bool:
    """'At least 14 hostages are yet to be freed', '30 prisoners have yet to be returned',
    '300 soldiers have not yet been released': a group whose handover has not come is still
    held, a stock (not a planned or a done release)."""
    m = _YET_TO_BE_RE.match(s.text, f.np_end)
    return m is not None and s.moved(m.end(), min(len(s.text), m.end() + 20))


def pool_of_captives(s: Sentence, f: Figure) -> bool:
    """The whole a part was taken from, with no article, counted by a noun of captivity
    ('freed 35 of roughly 1,350 political prisoners', '120 of about 2,000 detainees'): the
    pool of captives held, from which the part went free (also its holder's: 'pardons 30 of
    its roughly 1,400 political prisoners'); not 'two of the three hostages'
    (a group the text knows, of which the rest may not be free), nor 'the release of the
    20 hostages'."""
    if not (f.stock or _OF_ITS_RE.search(s.text, max(0, f.q.start - 16), f.q.start)):
        return False
    if handover_of(s, f.q.start) or s.text.endswith("the ", 0, f.q.start):
        return False  # "two of the three hostages": a group named before, not a pool
    return s.cue("captive_noun", f.q.num_end, f.np_end) is not None


# a part's figure, then its holder's pool: "pardons 30 of its roughly 1,400 prisoners"
_OF_ITS_RE = re.compile(r"\d\s+of\s+(?:its|their)\s+$", re.IGNORECASE)


_OF_THE_BEFORE_RE = re.compile(r"([\w-]+)\s+of\s+the\s+(?:[\w-]+\s+)?$")


def handover_of(s: Sentence, start: int) -> bool:
    """'the release of the 20 hostages': the word before 'of the' is a handover, so the
    figure is no whole that a part was taken from."""
    m = _OF_THE_BEFORE_RE.search(s.text, max(0, start - 40), start)
    return bool(m and s.moved(m.start(1), m.end(1)))


# what may stand between a group and 'still in': nothing, or its copula ('50 hostages are
# still in Gaza')
_LEFT_IN_COPULAS = frozenset(("", "are", "were", "is", "was"))


def left_in(s: Sentence, f: Figure) -> tuple[int, int] | None:
    """'Of the 64 hostages still in Gaza': captives said to be still in a place are held there
    (the group's noun must say captivity: '300 residents still in the town' are none)."""
    end = f.np_end
    cue = s.cue("left_in", end, min(len(s.text), end + 22))
    if cue is None or s.text[end : cue[0]].strip().lower() not in _LEFT_IN_COPULAS:
        return None  # the common case; or not the group's own predicate
    return cue if s.cue("captive_noun", f.q.num_end, end) else None
