"""Stage 5, status: whether a handover is still to come (planned) or told done.

Agreed, expected, announced, talked of, only begun: planned. A plan cue governs the figures
after it until a verb of a realised event, or the group's own done predicate, intervenes.
"""

from __future__ import annotations

import re

from swaptally.numbers import parse_number

from .kind_own_predicate import Predicate, own_predicate
from .kind_patterns import kind_patterns, predicate_gap
from .lexicon import Lexicon
from .mentions import Figure
from .phrase_patterns import alternation
from .planned_done import PAST_RE, PLAN_AFTER_RE, realized_after, realized_in
from .planned_underway import only_begun, operation_under_way
from .sentence import Sentence, any_in, last_in

__all__ = ["is_planned", "talked_of"]


# an apposition after a group, set off by dashes or brackets: "30 prisoners -- 16 minors --"
_APPOSITION_RE = re.compile(r"\s*(?:(?:--|[–—])[^–—]{1,60}?(?:--|[–—])|\([^()]{1,60}\))")


_AFTER_STOP_RE = re.compile(r"\b(?:and|but|while|said|after|before|when|as)\b|[,;.]")


def talked_of(s: Sentence, f: Figure, lo: int) -> bool:
    """Talk or a demand about a handover of the figure, right before it ('discussed the
    release of 20', 'demands the release of the remaining 59'): a plan at most."""
    start = f.q.start
    at = max(lo, start - 90)
    return bool(s.cue("talk", at, start)) and bool(
        kind_patterns(s.lex).talk_of.search(s.text, at, start)
    )


def is_planned(s: Sentence, f: Figure) -> bool:
    """Agreed, expected, announced, only begun: a handover still to come."""
    lo, _ = f.clause
    text = s.text
    p = kind_patterns(s.lex)
    if (f.label and not _label_done(s, f)) or p.headline_to.match(text):
        return True
    if s.begun and only_begun(s, f, lo):
        return True
    if own_predicate(s, f) is Predicate.PLANNED:
        return True  # "…, and 25 more are expected to walk out": the group's own clause
    if _remaining_to_free(s, f, lo):
        return True
    if any_in(p.put_off_hints, s.lowered) and _put_off(s, f, lo):
        return True
    if _irrealis_infinitive(s, f, lo):
        return True
    if operation_under_way(s, f, lo):
        return True
    if not s.cue("any_plan", 0, min(len(text), f.np_end + _FAR)):
        return False  # most figures: no plan cue anywhere near
    if s.cue("planned", lo, f.q.start):
        return True
    if talked_of(s, f, lo):
        return True  # "discussed the release of 20": talk is a plan at most
    if _plan_verb_to(s, f):
        return True
    # a plan cue earlier in the sentence governs until a realised-event verb intervenes
    cue = last_in(s.governing_plans, 0, f.q.start)
    if (
        cue is not None
        and not realized_in(p, text, cue[1], f.q.start)
        and not s.cue("speech", cue[1], f.q.start)
        and not realized_after(s, f)
    ):
        return True
    return _planned_after(s, f) or _planned_relative(s, f) or _planned_far(s, f)


def _irrealis_infinitive(s: Sentence, f: Figure, lo: int) -> bool:
    """A to-infinitive of a handover takes the figure ('a bus is standing by to carry 40
    detainees home', 'and for Yerevan to hand back seven', 'Kabul to send 20 soldiers
    home'): an infinitive asserts no handover, so it is still to come; not when its head says
    it came about ('managed to bring 95 home', 'the first to be freed'), nor when a finite
    verb of its clause tells a done event the infinitive is the purpose of ('Kyiv handed over
    50 to bring home 50 of its own'), nor when the group's own predicate follows it ('… to
    free 40 prisoners was completed')."""
    start = f.q.start
    at = max(lo, start - 60)
    if " to " not in s.lowered[at:start]:
        return False  # the common case
    p = kind_patterns(s.lex)
    m = p.infinitive.search(s.text, at, start)
    if m is None or p.infinitive_done.search(s.text, max(0, m.start() - 24), m.start()):
        return False
    if s.cue("started", lo, m.start()) or _done_before(s, lo, m.start()):
        return False
    return not realized_after(s, f)


def _done_before(s: Sentence, lo: int, hi: int) -> bool:
    """A verb of text[lo:hi] tells a done event: a realised-event verb other than a bare
    copula ('was waiting to carry' is no event), or a past form that is no plan's own
    ('agreed', 'planned')."""
    p = kind_patterns(s.lex)
    for m in p.realized.finditer(s.text, lo, hi):
        if m.group().lower() not in _COPULAS:
            return True
    return any(
        s.cue("any_plan", m.start(), m.end()) is None for m in PAST_RE.finditer(s.text, lo, hi)
    )


_COPULAS = frozenset(("was", "were", "is", "are", "have been", "has been", "had been"))


# how far after its group a subject's predicate may come, past a relative clause or a
# participle's phrase on it
_FAR = 160

# between a group and its own predicate: no break, no bracket
_NO_BREAK_RE = re.compile(r"[^,;:()\[\]\u2013\u2014]*")


def _planned_far(s: Sentence, f: Figure) -> bool:
    """The group's own predicate, past a relative clause or a participle's phrase on it, is a
    plan of a handover: 'As many as six Estonians with dual citizenship who are detained in
    Latvia are to be freed', 'At least 40 of the 200 people seized by the militia in its raid
    on the town in May are expected to be freed'. The group must be its clause's subject
    (no handover verb before it: 'Kyiv freed 40 men and the rest are to be freed' keeps the
    40 done), with no break, figure or other clause's realised verb before the predicate."""
    text, end = s.text, f.np_end
    lo, _ = f.clause
    hi = min(len(text), end + _FAR, s.next_figure_start(end))
    if end + 40 >= hi or s.moved(lo, f.q.start):
        return False  # a short stretch is _planned_after's; an object is no subject
    gap = _NO_BREAK_RE.match(text, end, hi)
    hi = gap.end() if gap else end
    cue = s.cue("planned_after", end + 40, hi)
    if cue is None or not s.moved(cue[1], min(hi, cue[1] + 16)):
        return False  # the plan must govern a handover right after it ('… are to be freed')
    if s.cue("speech", end, cue[0]) or _CLAUSE_JOIN_RE.search(text, end, cue[0]):
        return False
    p = kind_patterns(s.lex)
    return not any(
        not _REL_BEFORE_RE.search(text, max(end, m.start() - 16), m.start())
        for m in p.realized.finditer(text, end, cue[0])
    )  # 'who were seized in May' is the relative clause's; '… were freed and …' another's


# a conjunction that joins another clause ('… were freed, and the rest are to go home')
_CLAUSE_JOIN_RE = re.compile(r"\b(?:but|while|whereas|after|before|since|because|if)\b", re.I)

# a relative pronoun, perhaps with a word or two, right before a verb: its clause's verb
_REL_BEFORE_RE = re.compile(r"\b(?:who|whom|which|that)\s+(?:[\w'’-]+\s+){0,2}$", re.I)


def _put_off(s: Sentence, f: Figure, lo: int) -> bool:
    """A handover named by its noun that takes the figure, put off: 'A swap of 95 prisoners
    each … was postponed' (its predicate), 'Hamas delayed the release of four hostages' (a
    verb right before the noun): still to come."""
    p = kind_patterns(s.lex)
    start = f.q.start
    if p.put_off_before.search(s.text, max(lo, start - 60), start):
        return True
    if p.handover_of.search(s.text, max(0, start - 40), start) is None:
        return False
    cue = s.cue("put_off", f.np_end, min(len(s.text), f.np_end + 100))
    if cue is not None:
        cue = _past_relative(s, f, cue)
    if cue is None or s.next_figure_start(f.np_end) < cue[0]:
        return False
    brief = s.cue("delay_brief", cue[1], min(len(s.text), cue[1] + 30))
    if brief is not None and s.text[cue[1] : brief[0]].strip():
        brief = None
    if brief is not None and _within_day(s, brief):
        return False  # "… was delayed by several hours": held up that day, it happened
    if _done_after(s, brief[1] if brief else cue[1]):
        return False  # "… was delayed by 48 hours but went ahead on Sunday": it happened
    return _noun_predicate(s, f, cue[0])


# between a delay and a realised verb coordinated with it: a few words, then 'but'/'and'
_THEN_DONE_RE = re.compile(r"(?:\s+[\w-]+){0,3}?,?\s+(?:but|and|yet)\s+(?:[\w-]+\s+)?")


def _done_after(s: Sentence, at: int) -> bool:
    """A realised-event verb coordinated after the delay ending at `at` ('… was delayed by
    48 hours but went ahead on Sunday'): the handover, put off, then happened (not 'and was
    postponed again': an auxiliary before another put-off)."""
    hi = min(len(s.text), at + 60)
    for m in kind_patterns(s.lex).realized.finditer(s.text, at, hi):
        if _THEN_DONE_RE.fullmatch(s.text, at, m.start()) and not s.cue(
            "put_off", m.end(), min(len(s.text), m.end() + 25)
        ):
            return True
    return False


def _past_relative(s: Sentence, f: Figure, cue: tuple[int, int]) -> tuple[int, int] | None:
    """The put_off cue that may be the group's own predicate: not one inside a relative
    clause set off by commas ('The swap of 90, which Kyiv had delayed for weeks, took place
    on Friday': the delay is past, the predicate after the clause says it happened); the
    next one after that clause, if any ('…, which was due in May, was postponed again')."""
    rel = _COMMA_RELATIVE_RE.match(s.text, f.np_end)
    if rel is None or rel.end() > cue[0]:
        return cue
    close = _enclosed_end(s.text, rel.end(), len(s.text))
    if close is None or close < cue[0]:
        # the relative clause runs to the sentence's end (no predicate after it), or the cue
        # is past it: '…, which was agreed in May, was postponed on Friday'
        return cue
    return s.cue("put_off", close, min(len(s.text), close + 60))


def _enclosed_end(text: str, start: int, hi: int) -> int | None:
    """Where a clause set off by commas, opened before `start`, ends: its closing comma
    in text[start:hi] (None when it runs to `hi`)."""
    close = text.find(",", start, hi)
    return close if close >= 0 else None


# a relative clause on the group, set off by a comma: "…, which", "…, who"
# (past the group's 'each' or a short phrase with no comma: "… each between X and Y, which")
_COMMA_RELATIVE_RE = re.compile(r"[^,.;:]{0,60}?,\s+(?:which|who|whom|that)\b", re.IGNORECASE)


def _delay_count_re(lex: Lexicon) -> re.Pattern[str]:
    """The count in a delay of lexicon delay_brief's 'P ~ UNIT' entries: "by (48) hours",
    "for (several) hours" (the preposition and the unit are the lexicon's)."""
    pairs = [str(w).split(" ~ ") for w in lex.data["triggers"].get("delay_brief") or []]
    preps = alternation(p[0] for p in pairs if len(p) == 2)
    units = alternation(p[1] for p in pairs if len(p) == 2)
    return re.compile(rf"(?:{preps or '(?!x)x'})\s+(.+?)\s+({units or '(?!x)x'})$", re.IGNORECASE)


def _within_day(s: Sentence, brief: tuple[int, int]) -> bool:
    """A delay of hours that keeps the handover on its day ('by several hours', 'by two
    hours'); not one of a day or more ('by 48 hours', 'by seventy-two hours'), which puts
    it off to another day, still to come."""
    m = s.lex.stage_patterns("planned.delay_count", _delay_count_re).match(
        s.text, brief[0], brief[1]
    )
    if m is None or s.cue("delay_short_unit", m.start(2), m.end(2)):
        return True  # "by several minutes": within the day, whatever the count
    n = parse_number(m.group(1))
    return n is None or n < 24


# the words that open another clause between the group and its predicate ("… came after the
# vote had been delayed")
_CLAUSE_OPEN_RE = re.compile(
    r"\b(?:after|before|when|as|since|while|but|and|because|until|whether|if|how|once|"
    r"who|which|that)\b",
    re.IGNORECASE,
)
_RELATIVE_RE = re.compile(r",?\s+(?:who|which|that)\b", re.IGNORECASE)


def _noun_predicate(s: Sentence, f: Figure, at: int) -> bool:
    """The verb at `at` is the predicate of the handover's noun that takes the figure ('The
    release of 30 prisoners … was delayed'), past a phrase or a relative clause on the group,
    with no word that opens another clause ('… came after the vote had been delayed')."""
    lo, hi = predicate_gap(s, f, at)
    # a relative clause on the group itself ("A swap of 150 … that was due on Friday has
    # been postponed"), not on a later noun ("… followed talks that Baku had postponed")
    rel = _RELATIVE_RE.match(s.text, lo, hi)
    at = rel.end() if rel else lo
    enclosed = _COMMA_RELATIVE_RE.match(s.text, lo, hi)
    if enclosed is not None:  # '…, which Moscow had delayed in May, was postponed again'
        close = _enclosed_end(s.text, enclosed.end(), hi)
        at = close if close is not None else at
    return not _CLAUSE_OPEN_RE.search(s.text, at, hi)


def _remaining_to_free(s: Sentence, f: Figure, lo: int) -> bool:
    """'Talks went on over the release of the remaining 33 hostages': the handover of a
    group still held, named by its noun, is still to come, unless a verb before the noun
    tells it done ('Hamas completed the release of the remaining 20 hostages')."""
    start = f.q.start
    if "remaining" not in s.lowered[max(0, start - 14) : start]:
        return False  # the common case
    p = kind_patterns(s.lex)
    noun = p.handover_of.search(s.text, max(0, start - 40), start)
    if noun is None:
        return False
    return not (s.cue("noun_done", lo, noun.start()) or realized_in(p, s.text, lo, noun.start()))


def _label_done(s: Sentence, f: Figure) -> bool:
    """'Moscow confirmed the 185-for-185 exchange', 'carried out a 95-for-95 swap': an
    'N-for-N' label (a plan's name, most often) names a swap done when a verb of a done
    event takes it; not 'finished stage one of the 500-for-500 swap
    agreement' (the label names the agreement)."""
    p = kind_patterns(s.lex)
    start = f.q.start
    if p.label_swapped.search(s.text, max(0, start - 40), start):
        return True  # 'swapped prisoners 95 for 95': how many each side gave
    tail = s.text.find("for", f.q.num_end, f.q.num_end + 4)
    after = tail + 3 if tail >= 0 else f.q.num_end
    if not p.label_done.search(s.text, max(0, start - 30), start):
        return _label_clause_done(s, f, after)
    if p.label_plan.match(s.text, after):
        return False
    # 'confirmed the 246-for-246 exchange would take place on Sunday': what is confirmed is
    # a plan (a future right after the label's noun)
    noun = _LABEL_NOUN_RE.match(s.text, after)
    if noun is None:
        return True
    cue = s.cue("planned_after", noun.end(), min(len(s.text), noun.end() + 16))
    return cue is None or cue[0] != noun.end()


# the rest of an 'N-for-N' label, past its 'for': the second figure and the noun it names
_LABEL_NOUN_RE = re.compile(r"[\s-]*\d[\d,.]*\s+[\w-]+\s+")


def _label_clause_done(s: Sentence, f: Figure, after: int) -> bool:
    """The label's clause tells a done swap by its own predicate, with no plan cue in it:
    the label's noun right before a realised verb ('A 45-for-45 handover went ahead at the
    border'), or a realised verb of the clause before the label ('… and the trade was
    carried out on a 45-for-45 basis'); not 'agreed on a 500-for-500 swap', nor 'said a
    300-for-300 exchange would take place'."""
    lo, hi = f.clause
    if s.cue("any_plan", lo, hi):
        return False
    p = kind_patterns(s.lex)
    noun = _LABEL_NOUN_RE.match(s.text, after)
    of = _OF_BEFORE_RE.search(s.text, max(0, f.q.start - 8), f.q.start)
    if noun is not None and of is None and p.realized.match(s.text, noun.end()):
        return True  # (not 'Stage one of a 700-for-700 swap was completed': the stage's)
    return realized_in(p, s.text, lo, f.q.start)


# 'of' and an article right before a label: its noun phrase is another noun's complement
_OF_BEFORE_RE = re.compile(r"\bof\s+(?:(?:the|a|an)\s+)?$", re.IGNORECASE)


def _planned_relative(s: Sentence, f: Figure) -> bool:
    """A relative clause right after the group says the handover is promised ('freed 4,000
    of the 5,000 prisoners it agreed to release', 'the 1,000 captives Hamas pledged to
    free'): the group is a plan's, unless a handover verb right before the figure takes it
    ('Kyiv freed 40 prisoners it had agreed to release': those went free)."""
    end = f.np_end
    if " to " not in s.lowered[end : end + 60]:
        return False  # the common case
    p = kind_patterns(s.lex)
    if not f.stock and p.handover_before.search(s.text, max(0, f.q.start - 40), f.q.start):
        return False
    m = p.relative_plan.match(s.text, end)
    return m is not None and not _done_after_relative(s, m.end())


_WS_RE = re.compile(r"\s+")


_BARE_BE = frozenset(("were", "was"))


def _done_after_relative(s: Sentence, at: int) -> bool:
    """The group's own predicate, right after the relative clause that promised it, tells the
    handover done ('The 40 prisoners Israel agreed to free were released on Monday', '…
    promised to release walked free'); not 'were to be freed', nor 'were still held'."""
    ws = _WS_RE.match(s.text, at)
    if ws is None:
        return False
    r = kind_patterns(s.lex).realized.match(s.text, ws.end())
    if r is None or PLAN_AFTER_RE.match(s.text, r.end()):
        return False
    if r.group().lower() in _BARE_BE:  # 'were' alone: only with a handover verb after it
        return s.moved(r.end(), min(len(s.text), r.end() + 20))
    return True


def _plan_verb_to(s: Sentence, f: Figure) -> bool:
    """A plan verb, a phrase, then 'to' and a handover verb right before the figure: 'agreed
    at their first talks in years to exchange 1,000', 'pledged on Monday to free 50'."""
    start = f.q.start
    lo = max(0, start - 160)
    if " to " not in s.lowered[lo:start] or not s.cue("plan_verb", lo, start):
        return False
    return kind_patterns(s.lex).plan_to.search(s.text, lo, start) is not None


def _planned_after(s: Sentence, f: Figure) -> bool:
    """A plan cue right after the figure's group (past an apposition: "25 detainees --
    12 teenagers and 13 women -- will be released"): a condition ("if the truce is extended"),
    or a future that governs a handover ("will be freed", not "will soon be reunited")."""
    text = s.text
    app = _APPOSITION_RE.match(text, f.np_end)
    at = app.end() if app else f.np_end
    end = min(len(text), at + 50)
    stop = _AFTER_STOP_RE.search(text, at, end)
    hi = stop.start() if stop else end
    if s.cue("planned_condition", at, hi):
        return True
    cue = s.cue("planned_after", at, hi)
    if cue is None or _later_step_of_a_part(s, f, at, cue):
        return False
    reach = min(hi, cue[1] + 40)
    if s.moved(cue[0], reach) or s.cue("homecoming", cue[0], reach) is not None:
        return True
    if _leaves_captivity(s, cue[1]):
        return True  # "… would leave custody", "… will be allowed home"
    if s.cue("destination", cue[1], reach) is not None:
        return True  # "… are due to be flown to Sanaa on Monday": a move still to come
    # the handover is the subject: "The release of 33 hostages will be spread over weeks";
    # its future tells it happening, not what a done one brings ("… on Friday will open the
    # way for more swaps")
    start = f.q.start
    return (
        kind_patterns(s.lex).handover_of.search(s.text, max(0, start - 40), start) is not None
        and s.cue("handover_happens", cue[1], reach) is not None
    )


def _leaves_captivity(s: Sentence, at: int) -> bool:
    """The verb right after the future ending at `at` tells the group leaving captivity or
    going home ('would leave custody', 'will walk out on Sunday', 'will be allowed home'),
    read past the 50 characters _planned_after reads for its cue: a participle's phrase on
    the group may fill them ('Four nurses kidnapped on the coast road last winter would then
    walk free')."""
    verb_after, allowed = s.lex.stage_patterns("planned.leaves_captivity", _leave_res)
    gap = verb_after.match(s.text, at)
    lo = gap.end() if gap else at
    hi = min(len(s.text), lo + 30)
    for name in ("leave_captivity", "homecoming"):
        cue = s.cue(name, lo, hi)
        if cue is not None and (cue[0] == lo or allowed.fullmatch(s.text, lo, cue[0])):
            return True
    return False


def _leave_res(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The gap from a future to its verb, perhaps an adverb (lexicon future_adverb: 'would
    soon leave'); and the words between a future and a homecoming that leave it the
    people's (lexicon leave_permission: 'will be allowed to', 'be able to')."""
    verb_after = re.compile(rf"\s+(?:(?:{lex.phrases('future_adverb')})\s+)?", re.IGNORECASE)
    allowed = re.compile(rf"(?:{lex.phrases('leave_permission')})\s+(?:to\s+)?", re.IGNORECASE)
    return verb_after, allowed


def _later_step_of_a_part(s: Sentence, f: Figure, at: int, cue: tuple[int, int]) -> bool:
    """'pardoned 300 inmates, among them 20 Nepalis who are to be expelled', 'freed 900,
    including 35 Thai inmates set to be expelled': a future in a relative clause (or a bare
    'due to', 'set to' with no verb of its own) on a part of a group a done handover took
    tells a later step of people already freed, not the part's own handover; not when a
    plan governs the handover before ('will pardon 300, among them 20 Nepalis …'), nor
    for a group that is no part ('the rest are to be freed': the group's own predicate)."""
    start = f.q.start
    # a relative pronoun between the group and the plan cue: the plan is a relative clause's
    relative = s.cue("relative_pronoun", at, cue[0]) or s.cue("planned_be", *cue)
    if not relative:
        return False  # the common case: the group's own predicate
    part = s.cue("including_list", max(0, start - 14), start) or s.cue(
        "including_list", f.np_end, cue[0]
    )
    if not part or s.cue("any_plan", 0, start):
        return False
    return (s.moved(0, start) or bool(s.cue("clemency", 0, start))) and _done_before(s, 0, start)
