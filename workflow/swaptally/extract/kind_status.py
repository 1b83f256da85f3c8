"""Stage 5, kind and status: exchange, release or held; reported, planned or estimated.

A stock ("Hamas took 200 hostages", "an estimated 8,000 are held") is held/estimated; an
agreed, expected or only begun handover is planned; a figure in a text about a swap is an
exchange unless its clause says the release was one-sided.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from .context import Ctx, Doc
from .fact import Fact, KindRule
from .lexicon import Lexicon
from .mentions import Figure
from .sentence import Sentence, any_in, last_in
from .text_frame import for_no_people

__all__ = [
    "KindStatus", "deal_swaps", "figure_kind", "group_planned", "is_planned", "mutual_swaps",
    "negated", "side_kind",
]  # fmt: skip


@dataclass(slots=True, unsafe_hash=True)  # a value, never changed (see fact.Provenance)
class KindStatus:
    kind: str
    status: str
    rule: KindRule


# a relative clause right after a group: "…, who had been", "that were"
_RELATIVE_RE = re.compile(
    r",?\s+(?:who|that|which)\s+(?:had\s+|have\s+|has\s+|were\s+|was\s+)?(?:been\s+)?",
    re.IGNORECASE,
)

# the figure is a larger group the subject belongs to: "were among some 240 people seized"
_AMONG_RE = re.compile(r"\bamong\s+(?:the\s+)?(?:some\s+|about\s+|around\s+|an\s+estimated\s+)?$")

_OF_THE_BEFORE_RE = re.compile(r"([\w-]+)\s+of\s+the\s+(?:[\w-]+\s+)?$")

_HYPOTHETICAL_RE = re.compile(r"\b(?:could|might|may)\s+(?:\w+\s+)?(?:be\s+)?", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Patterns:
    """Kind and status patterns: grammar here, the verbs from the lexicon's triggers."""

    take_before: re.Pattern[str]  # "took 200 hostages": a stock at its taking
    take_hints: tuple[str, ...]  # a cheap gate before take_before (each verb's first letters)
    headline_to: re.Pattern[str]  # "Russia, Ukraine to swap …": a headline's plan
    realized: re.Pattern[str]  # a realised-event verb ends a governing plan cue
    possess_before: re.Pattern[str]  # "has (up to) 10,000 captives": a stock
    possess_hints: tuple[str, ...]  # a cheap gate before possess_before (the verbs)
    plan_to: re.Pattern[str]  # "agreed at talks in Istanbul to exchange 1,000": a plan
    handover_before: re.Pattern[str]  # "(to) free 40", "had released the 30": the verb
    talk_of: re.Pattern[str]  # "discussed the release of 20": a plan at most
    handover_of: re.Pattern[str]  # "The release of (the) 33 …": a handover named by its noun
    relative_plan: re.Pattern[str]  # "(of the 5,000 prisoners) it agreed to release"
    label_done: re.Pattern[str]  # "confirmed the" before an "N-for-N" label
    label_plan: re.Pattern[str]  # "exchange agreement" after it

    @staticmethod
    def build(lex: Lexicon) -> _Patterns:
        takes = lex.data.get("triggers", {}).get("take_verb") or []
        return _Patterns(
            take_before=re.compile(rf"\b(?:{lex.phrases('take_verb')})\s+$", re.IGNORECASE),
            take_hints=tuple({str(v).split()[-1][:4].lower() for v in takes}),
            headline_to=re.compile(
                rf"^(?:[A-Z][\w'’.-]*,?\s+){{1,4}}to\s+(?:{lex.phrases('headline_to_verb')})\b"
            ),
            realized=re.compile(rf"\b(?:{lex.phrases('realized')})\b", re.IGNORECASE),
            possess_hints=tuple(
                str(v).lower() for v in lex.data.get("triggers", {}).get("possess_verb") or []
            ),
            possess_before=re.compile(
                rf"\b(?:{lex.phrases('possess_verb')})\s+(?:(?:{lex.phrases('possess_adverb')})\s+)?$",
                re.IGNORECASE,
            ),
            plan_to=re.compile(
                rf"\b(?:{lex.phrases('plan_verb')})\b[^.;:!?]{{0,70}}?\bto\s+"
                rf"(?:{lex.phrases('plan_handover_verb')})(?![\w])[^.;:!?,]{{0,40}}$",
                re.IGNORECASE,
            ),
            label_done=re.compile(
                rf"\b(?:{lex.phrases('label_done_verb')})\s+(?:(?:the|a|an|another|its|their)"
                r"\s+)?['‘\"“]?$",
                re.IGNORECASE,
            ),
            label_plan=re.compile(
                r"[\s-]*[\d,.]*['’\"”]?\s+(?:[\w-]+\s+)?"
                rf"(?:{lex.phrases('label_plan_noun')})\b",
                re.IGNORECASE,
            ),
            relative_plan=re.compile(
                r"\s+(?:(?:that|which|who|whom)\s+)?(?:[\w'’.-]+\s+){1,3}?"
                r"(?:(?:has|have|had|is|are|was|were)\s+)?"
                rf"(?:{lex.phrases('plan_verb')})\s+to\s+(?:be\s+)?"
                rf"(?:{lex.phrases('plan_handover_verb')})(?![\w])",
                re.IGNORECASE,
            ),
            handover_of=re.compile(
                rf"\b(?:{lex.phrases('talk_handover')})\s+of\s+(?:the\s+)?"
                r"(?:(?:remaining|last|other|first|next)\s+)?$",
                re.IGNORECASE,
            ),
            talk_of=re.compile(
                rf"\b(?:{lex.phrases('talk')})\s+(?:[\w'’-]+\s+){{0,3}}?"
                rf"(?:{lex.phrases('talk_handover')})\s+(?:of\s+)?(?:(?:the|all)\s+)?"
                r"(?:(?:remaining|last|other)\s+)?$",
                re.IGNORECASE,
            ),
            handover_before=re.compile(
                rf"\b(?:{lex.phrases('object_verb')})\w*\s+(?:(?:another|a\s+further|the|all|"
                r"any\s+of\s+the|any)\s+)?$",
                re.IGNORECASE,
            ),
        )


def _patterns(lex: Lexicon) -> _Patterns:
    return lex.stage_patterns("kind_status", _Patterns.build)


_BEGUN_NOT_RE = re.compile(r"\s+(?:with|by)\b", re.IGNORECASE)

_BEGUN_NOT_BEFORE_RE = re.compile(
    r"\b(?:since|after|before|when|until|as|once)\s+(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)

# an apposition after a group, set off by dashes or brackets: "30 prisoners -- 16 minors --"
_APPOSITION_RE = re.compile(r"\s*(?:(?:--|[–—])[^–—]{1,60}?(?:--|[–—])|\([^()]{1,60}\))")

# a comma apposition after a group, then its predicate: "8,000 Ukrainians, most of them
# soldiers, are still held", "23 citizens, including two former ministers, remain in custody"
_APPOSITION_PREDICATE_RE = re.compile(
    r",\s+(?:including|among|of\s+whom|mostly|mainly|many|all|some|most)\b[^,;:()]{1,80},\s+"
    r"(?=(?:are|is|were|was|have|has|remain\w*|still)\b)",
    re.IGNORECASE,
)
# the same predicate right after a part named inside the apposition ("…, including two
# journalists, remain in custody")
_PART_PREDICATE_RE = re.compile(
    r",\s+(?=(?:are|is|were|was|have|has|remain\w*|still)\b)", re.IGNORECASE
)

_AFTER_STOP_RE = re.compile(r"\b(?:and|but|while|said|after|before|when|as)\b|[,;.]")


def side_kind(
    ctx: Ctx, ks: KindStatus, persons: str | None, per_side: bool = False
) -> tuple[str, KindRule]:
    """The kind for one side: a third country's people, freed alongside a swap, are a
    release unless the clause says they were exchanged for someone; a figure counted for
    each side ('with each side freeing 200', `per_side`) is a swap's, though no swap word
    is written."""
    if per_side and ks.rule is KindRule.RELEASE_TEXT:
        return "exchange", KindRule.PER_SIDE
    doc = ctx.doc
    # (a text naming one side alone has no third country: its other side is the war's)
    third = persons not in (None, "XX") and len(doc.parties) > 1 and persons not in doc.parties[:2]
    if ks.kind == "exchange" and third and ks.rule is not KindRule.SWAP_VERB:
        return "release", KindRule.THIRD_COUNTRY
    return ks.kind, ks.rule


# between a negation and the handover verb: another clause's verb ("refused to comment
# after Russia released 40", "did not say whether Kyiv freed 12")
_NEGATION_GAP_STOP_RE = re.compile(
    r"\b(?:after|before|when|as|since|while|but|and|because|until|whether|if|how|once)\b",
    re.IGNORECASE,
)


def negated(s: Sentence, f: Figure) -> bool:
    """'The Taliban refused to free 40 prisoners', 'Minsk denied that it had released 30':
    a handover said not to happen, or not to have happened, is no fact (the people may be
    held, but the sentence does not count a stock). The negation must govern the handover
    verb right before the figure, in the figure's clause, with no other clause between."""
    start = f.q.start
    lo = max(f.clause[0], start - 90)
    cue = s.cue("negated", lo, start)
    if cue is None:
        return False  # the common case
    verb = _patterns(s.lex).handover_before.search(s.text, cue[1], start)
    return verb is not None and not _NEGATION_GAP_STOP_RE.search(s.text, cue[1], verb.start())


def figure_kind(ctx: Ctx, f: Figure, planned: Callable[[], bool]) -> KindStatus:
    """Kind and status of a figure (the same for every side it counts)."""
    s = ctx.s
    lo, hi = f.clause
    if _is_held(s, f, lo, hi) and not _part_of_handed_over(ctx, f):
        return KindStatus("held", "estimated", KindRule.STOCK)
    status = "planned" if planned() else "reported"
    nxt = s.next_figure_start(f.np_end)
    adverbial = -1  # where the clause starts with its adverbial: found once, when needed
    if ctx.doc.frame.swap:
        kind, rule = "exchange", KindRule.SWAP_TEXT
    elif _swap_in_clause(s, adverbial := _with_adverbial(s, lo), min(hi, nxt)):
        # "the last exchange, involving about 1,000 detainees, took place in 2020"
        kind, rule = "exchange", KindRule.SWAP_CLAUSE
    elif f.two_sided:
        # "the two sides released 120 prisoners each": each frees the other's, a swap
        kind, rule = "exchange", KindRule.PER_SIDE
    else:
        kind, rule = "release", KindRule.RELEASE_TEXT
    if not s.cue("any_kind", 0, nxt):
        return KindStatus(kind, status, rule)  # most figures: no kind cue in the sentence
    lo = adverbial if adverbial >= 0 else _with_adverbial(s, lo)
    if not s.cue("any_kind", lo, nxt):
        return KindStatus(kind, status, rule)
    swap = s.cue("swap_verb", lo, nxt)
    if swap and not for_no_people(
        s.lex.cue_lower if s.low else s.lex.cue, s.low or s.text, swap[1], said_for=True
    ):
        return KindStatus("exchange", status, KindRule.SWAP_VERB)
    if s.cue("release_only", lo, nxt):
        return KindStatus("release", status, KindRule.RELEASE_ONLY)
    if kind == "exchange" and _told_apart(s, lo, nxt):
        return KindStatus("release", status, KindRule.SEPARATE)
    return KindStatus(kind, status, rule)


def _swap_in_clause(s: Sentence, lo: int, hi: int) -> bool:
    """A swap word in text[lo:hi] that swaps people for people (not 'freed 10 hostages in
    return for 60 days of calm')."""
    cue = s.cue("swap_text", lo, hi)
    if cue is None:
        return False
    cues = s.lex.cue_lower if s.low else s.lex.cue
    return not for_no_people(cues, s.low or s.text, cue[1])


def _told_apart(s: Sentence, lo: int, hi: int) -> bool:
    """'Separately, Kyiv handed over 8 civilians', '4 more were freed separately': a
    handover told apart from the text's swap is one-sided; not when the clause names a
    swap of its own ('Separately, the sides exchanged 50 each') nor when the word goes with
    a speech verb ('Kyiv and Moscow separately confirmed that 95 came home')."""
    cue = s.cue("separate", lo, hi)
    if cue is None or s.cue("swap_text", lo, hi):
        return False
    return s.cue("speech", cue[1], min(hi, cue[1] + 12)) is None


def _with_adverbial(s: Sentence, lo: int) -> int:
    """Where the figure's clause starts, with a short phrase before it set off by a comma
    ('In addition to the exchange, Russia freed 12', 'The last swap, involving 1,000 …')."""
    breaks = [b for b in s.breaks if b[1] <= lo]
    if not breaks or s.text[breaks[-1][0]] != ",":
        return lo
    start = breaks[-2][1] if len(breaks) > 1 else 0
    head = breaks[-1][0]
    if head - start > 45 or s.next_figure_start(start) < head:
        return lo  # a long clause or one with its own figure: not an adverbial
    return start


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
    m = _PARTITION_OPENER_RE.match(s.text)
    if m is None or f.q.start < m.end():
        return False  # the common case; or the whole itself ("Of the 251 people abducted")
    frame = ctx.doc.frame
    if not (frame.swap or frame.deal or s.moved(m.start(), m.end())):
        return False
    _, hi = f.clause
    return _PRESENT_STOCK_RE.search(s.text, f.np_end, hi) is None


def _is_held(s: Sentence, f: Figure, lo: int, hi: int) -> bool:
    if f.label:
        return False
    text, start, end = s.text, f.q.start, f.np_end
    near = text[max(0, start - 14) : start].lower()
    p = _patterns(s.lex)
    if any_in(p.take_hints, near) and p.take_before.search(text, max(0, start - 14), start):
        return True  # "Hamas took 200 hostages", "radicals are holding 200 people"
    if _listed(s, f):
        return True  # "shared details of 391 prisoners": a list counts people held
    if _possessed(s, f):
        return True  # "the TPLF has up to 10,000 army captives"
    if _tallied(s, f):
        return True  # "Viasna counts about 1,150 political prisoners"
    if _talked_of_held(s, f, lo):
        return True  # "called for the release of all 8,000 Ukrainians held by Russia"
    n = len(text)
    after_end = min(hi, end + 45)
    if f.q.qualifier != "vague" and not s.cue("any_stock", lo, n):
        return False  # most figures: no stock cue at all
    estimated = (
        f.q.qualifier == "vague"
        or s.cue("estimated", lo, f.q.num_start)  # "an estimated 200"
        or s.cue("estimated", end, after_end)
    )
    moved = s.moved(lo, start)
    if moved and _HYPOTHETICAL_RE.search(text, lo, start):
        moved = False  # "could be exchanged for 6,000 held in prisons": the stock is the fact
    held = s.cue("held", end, after_end) or s.cue("held", lo, start)
    if not held and _held_past_apposition(s, f):
        return True
    # "of the around 240 hostages captured …", "among some 240 people seized …" (not "the
    # release of the 20 hostages held …")
    whole = (f.stock and not _handover_of(s, start)) or _AMONG_RE.search(
        text, max(0, start - 30), start
    )
    if whole and s.cue("held", end, hi + 40):
        return True
    moved_later = s.moved(end, hi) or s.cue("swap_verb", end, hi)
    if held and not moved_later and _RELATIVE_RE.match(text, end):
        # "two men, who had been held since 2014, have been released": the holding is a
        # relative clause; the sentence's predicate comes after it
        moved_later = s.moved(held[1], n)
    elif held and not moved_later and held[0] <= end + 1:
        # "eight Russians held in the US, Germany and Norway were sent back": the holding is
        # a participle on the group; its predicate may come after a list of places
        moved_later = _predicate_moved(s, held[1], s.next_figure_start(end))
    if held and not moved and not moved_later and (held[0] < end or not s.moved(end, held[0])):
        return True
    if not estimated:
        return False
    # an estimate whose predicate comes after an apposition: "An estimated 200 people,
    # including …, are being held"
    return bool(s.cue("held", end, n)) and not (moved or s.moved(end, n))


_PASSIVE_AUX_RE = re.compile(
    r"\b(?:were|was|have\s+been|has\s+been|had\s+been|are\s+being|were\s+being)\s+",
    re.IGNORECASE,
)


def _predicate_moved(s: Sentence, lo: int, hi: int) -> bool:
    """A passive predicate in text[lo:hi] whose verb moves people ('were sent back')."""
    m = _PASSIVE_AUX_RE.search(s.text, lo, hi)
    return bool(m and s.moved(m.end(), min(hi, m.end() + 25)))


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


def _handover_of(s: Sentence, start: int) -> bool:
    """'the release of the 20 hostages': the word before 'of the' is a handover, so the
    figure is no whole that a part was taken from."""
    m = _OF_THE_BEFORE_RE.search(s.text, max(0, start - 40), start)
    return bool(m and s.moved(m.start(1), m.end(1)))


def _possessed(s: Sentence, f: Figure) -> bool:
    """'Hamas still has 59 hostages', 'will have 60 captives left': a holder that has
    captives counts a stock (the noun must say captivity: 'has 300 soldiers' is no stock)."""
    start = f.q.start
    p = _patterns(s.lex)
    before = s.lowered[max(0, start - 16) : start]
    if not any_in(p.possess_hints, before):
        return False  # the common case, without a regex
    m = p.possess_before.search(s.text, max(0, start - 16), start)
    if m is None or s.moved(max(0, m.start() - 30), m.start()):
        return False  # "the exchange had 300 prisoners on each side": the swap's, no stock
    return s.cue("captive_noun", f.q.num_end, f.np_end) is not None


def _talked_of(s: Sentence, f: Figure, lo: int) -> bool:
    """Talk or a demand about a handover of the figure, right before it ('discussed the
    release of 20', 'demands the release of the remaining 59'): a plan at most."""
    start = f.q.start
    at = max(lo, start - 90)
    return bool(s.cue("talk", at, start)) and bool(
        _patterns(s.lex).talk_of.search(s.text, at, start)
    )


_REMAINING_RE = re.compile(r"\b(?:remaining|still)\b", re.IGNORECASE)


def _talked_of_held(s: Sentence, f: Figure, lo: int) -> bool:
    """'Kyiv called for the release of all 8,000 Ukrainians held by Russia', 'talks on freeing
    the remaining 59 hostages': talk of freeing a group said to be held counts a stock."""
    if not _talked_of(s, f, lo):
        return False
    end = f.np_end
    if _REMAINING_RE.search(s.text, max(0, f.q.start - 12), f.q.start):
        return True
    return bool(s.cue("held", end, min(len(s.text), end + 25)))


def _tallied(s: Sentence, f: Figure) -> bool:
    """'The rights group counts about 1,150 political prisoners': a tally of captives is a
    stock (the noun must say captivity: 'the village counts 300 residents' is none)."""
    start = f.q.start
    cue = s.cue("count_verb", max(0, start - 12), start)
    if cue is None or s.text[cue[1] : start].strip():
        return False  # the common case; or a word between ("counted the 40 …")
    if s.moved(f.q.num_end, f.np_end):
        return False  # "counted 40 freed prisoners": people handed over
    return s.cue("captive_noun", f.q.num_end, f.np_end) is not None


def _listed(s: Sentence, f: Figure) -> bool:
    """A figure named in a list or register ('information on 58 prisoners and 199
    fishermen'): the cue stands before the first figure of its coordination."""
    head = f
    while head.follows is not None:
        head = s.figures[head.follows]
    lo, _ = head.clause
    return s.cue("listed", max(lo, head.q.start - 20), head.q.start) is not None


def is_planned(s: Sentence, f: Figure) -> bool:
    """Agreed, expected, announced, only begun: a handover still to come."""
    lo, _ = f.clause
    text = s.text
    p = _patterns(s.lex)
    if (f.label and not _label_done(s, f)) or p.headline_to.match(text):
        return True
    if s.begun and _only_begun(s, f, lo):
        return True
    if not s.cue("any_plan", 0, min(len(text), f.np_end + 50)):
        return False  # most figures: no plan cue anywhere near
    if s.cue("planned", lo, f.q.start):
        return True
    if _talked_of(s, f, lo):
        return True  # "discussed the release of 20": talk is a plan at most
    if _plan_verb_to(s, f):
        return True
    # a plan cue earlier in the sentence governs until a realised-event verb intervenes
    cue = last_in(s.governing_plans, 0, f.q.start)
    if (
        cue is not None
        and not _realized(p, text, cue[1], f.q.start)
        and not s.cue("speech", cue[1], f.q.start)
        and not _realized_after(s, f)
    ):
        return True
    return _planned_after(s, f) or _planned_relative(s, f)


def _label_done(s: Sentence, f: Figure) -> bool:
    """'Moscow confirmed the 185-for-185 exchange', 'carried out a 95-for-95 swap': an
    'N-for-N' label (a plan's name, most often) names a swap done when a verb of a done
    event takes it; not 'completed the first stage of the 1,000-for-1,000 exchange
    agreement' (the label names the agreement)."""
    p = _patterns(s.lex)
    start = f.q.start
    if not p.label_done.search(s.text, max(0, start - 30), start):
        return False
    tail = s.text.find("for", f.q.num_end, f.q.num_end + 4)
    after = tail + 3 if tail >= 0 else f.q.num_end
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


def _planned_relative(s: Sentence, f: Figure) -> bool:
    """A relative clause right after the group says the handover is promised ('freed 4,000
    of the 5,000 prisoners it agreed to release', 'the 1,000 captives Hamas pledged to
    free'): the group is a plan's, unless a handover verb right before the figure takes it
    ('Kyiv freed 40 prisoners it had agreed to release': those went free)."""
    end = f.np_end
    if " to " not in s.lowered[end : end + 60]:
        return False  # the common case
    p = _patterns(s.lex)
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
    r = _patterns(s.lex).realized.match(s.text, ws.end())
    if r is None or _PLAN_AFTER_RE.match(s.text, r.end()):
        return False
    if r.group().lower() in _BARE_BE:  # 'were' alone: only with a handover verb after it
        return s.moved(r.end(), min(len(s.text), r.end() + 20))
    return True


_REL_PRONOUN_RE = re.compile(r"\b(?:who|whom|which|that|whose)\b", re.IGNORECASE)
_PLAN_AFTER_RE = re.compile(r"\s+(?:to\b|being\b)", re.IGNORECASE)


def _realized_after(s: Sentence, f: Figure) -> bool:
    """A realised-event verb of the figure's own clause after its group ('… are to be freed
    on Sunday; on Saturday 90 Palestinians were released'): the figure is its subject, past
    the plan told before; not 'were to be freed', 'are to be freed', nor a relative clause's
    ('set to free 1,700 people who were detained in Gaza')."""
    _, hi = f.clause
    text = s.text
    rel = _REL_PRONOUN_RE.search(text, f.np_end, hi)
    hi = rel.start() if rel else hi  # '1,700 people who were detained': another clause's verb
    # the group's own predicate: the verb right after it ('90 Palestinians were released',
    # not '… five Iranians held in the US as $6 billion was moved': another subject's)
    # (the verb starts within 12 characters; it may run on: 'had come home')
    for m in _patterns(s.lex).realized.finditer(text, f.np_end, min(hi, f.np_end + 30)):
        if m.start() > f.np_end + 12:
            break
        if _INFINITIVE_BEFORE_RE.search(text, max(f.np_end, m.start() - 4), m.start()):
            continue  # 'to be freed': the plan's own infinitive
        if _PLAN_AFTER_RE.match(text, m.end()):
            continue  # 'were to be freed': a plan in the past tense
        return True
    return False


def _plan_verb_to(s: Sentence, f: Figure) -> bool:
    """A plan verb, a phrase, then 'to' and a handover verb right before the figure: 'agreed
    at their first talks in years to exchange 1,000', 'pledged on Monday to free 50'."""
    start = f.q.start
    lo = max(0, start - 160)
    if " to " not in s.lowered[lo:start] or not s.cue("plan_verb", lo, start):
        return False
    return _patterns(s.lex).plan_to.search(s.text, lo, start) is not None


_INFINITIVE_BEFORE_RE = re.compile(r"\b(?:be|to)\s+$", re.IGNORECASE)


def _realized(p: _Patterns, text: str, lo: int, hi: int) -> bool:
    """A realised-event verb in text[lo:hi], not one the plan itself governs ('33 hostages
    are to be freed, in return for 1,900': 'be freed' is still the plan's)."""
    for m in p.realized.finditer(text, lo, hi):
        if not _INFINITIVE_BEFORE_RE.search(text, max(lo, m.start() - 4), m.start()):
            return True
    return False


def _planned_after(s: Sentence, f: Figure) -> bool:
    """A plan cue right after the figure's group (past an apposition: "30 Palestinians --
    16 minors and 14 women -- will be released"): a condition ("if the truce is extended"),
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
    if cue is None:
        return False
    reach = min(hi, cue[1] + 40)
    if s.moved(cue[0], reach) or s.cue("homecoming", cue[0], reach) is not None:
        return True
    # the handover is the subject: "The release of 33 hostages will be spread over weeks";
    # its future tells it happening, not what a done one brings ("… on Friday will open the
    # way for more swaps")
    start = f.q.start
    return (
        _patterns(s.lex).handover_of.search(s.text, max(0, start - 40), start) is not None
        and s.cue("handover_happens", cue[1], reach) is not None
    )


def _only_begun(s: Sentence, f: Figure, lo: int) -> bool:
    """'An exchange of 800 prisoners began on Friday', 'began an operation to transfer 900':
    an operation under way is not yet done; not 'began with X releasing 3', not 'the war
    began', not when a realised-event verb says a part is done."""
    _, hi = f.clause
    cue = s.cue("started", lo, hi)
    if cue is None:
        return False
    text = s.text
    if _BEGUN_NOT_RE.match(text, cue[1]) or _BEGUN_NOT_BEFORE_RE.search(
        text, max(lo, cue[0] - 60), cue[0]
    ):
        return False
    return s.moved(lo, hi) and not _patterns(s.lex).realized.search(text, lo, hi)


def group_planned(figs: tuple[Figure, ...], i: int, planned: Callable[[int], bool]) -> bool:
    """'150 prisoners and 50 hostages are to be freed': a coordination shares its status."""
    f = figs[i]
    if f.follows is None and all(g.follows is None for g in figs):
        return False  # no coordination in the sentence
    return any(planned(j) for j, g in enumerate(figs) if g.follows == i or f.follows == j)


def deal_swaps(doc: Doc, facts: list[Fact]) -> list[Fact]:
    """A deal (a truce, a ceasefire) under which each side frees the other's people is a
    swap, though no swap word is written: 'Hamas freed three hostages', 'Israel released 90
    Palestinians'. Releases between those two sides become its halves; a third country's
    people, and releases a cue calls one-sided, stay releases."""
    if doc.frame.swap or not doc.frame.deal:
        return facts
    pairs = {(f.persons_of, f.held_by) for f in facts if _by_text(f)}
    mutual = {a for a, b in pairs if (b, a) in pairs and a != b and "XX" not in (a, b)}
    under = doc.lex.cue["deal"]
    if not any(f.held_by in mutual and _by_text(f) and under.search(f.sentence) for f in facts):
        return facts  # no release said to be under the deal
    own = mutual | set(doc.parties[:2]) | {"XX"}  # the sides' people, or a mixed group
    out = []
    for f in facts:
        if _by_text(f) and f.held_by in mutual and f.persons_of in own:
            f = replace(f, kind="exchange", how=replace(f.how, kind=KindRule.DEAL_SWAP))
        out.append(f)
    return out


def mutual_swaps(doc: Doc, facts: list[Fact]) -> list[Fact]:
    """Each side handing back the other's people in one sentence is a swap,
    though no swap word is written: 'Ukraine brought home 189 people, while 150 Russian
    servicemen were handed back to Moscow'. Releases (by the text alone) between the two
    become its halves; one a cue calls one-sided stays a release, and so do totals over a
    span ('has freed 40 since 2020'), no one handover."""
    if doc.frame.swap:
        return facts
    found = [f for f in facts if _mutual_candidate(f)]
    if len(found) < 2:
        return facts
    where: set[tuple[str, str | None, int]] = {
        (f.persons_of, f.held_by, f.sentence_no) for f in found
    }

    def mirrored(f: Fact) -> bool:
        other = (f.held_by or "", f.persons_of, f.sentence_no)
        return f.persons_of != f.held_by and other in where

    return [
        replace(f, kind="exchange", how=replace(f.how, kind=KindRule.MUTUAL))
        if _mutual_candidate(f) and mirrored(f)
        else f
        for f in facts
    ]


def _mutual_candidate(f: Fact) -> bool:
    return _by_text(f) and f.held_by not in (None, "XX") and f.period_start is None


def _by_text(f: Fact) -> bool:
    """A release whose kind came from the text alone (no cue of its own)."""
    return f.how is not None and f.how.kind is KindRule.RELEASE_TEXT
