"""A group said to be held that was handed over after all: its own predicate moves it
past a participle, an aside or a gapped clause, it was held only before, or it is a part of
a group handed over told by where it had been held (held_stock.py asks these)."""

from __future__ import annotations

import re

from .context import Ctx
from .figure import Figure
from .lexicon import Lexicon
from .mention_parts import gapped_break
from .sentence import Sentence

# a sentence that opens on a group counted before: "Of the Palestinians freed, …", "Among
# the prisoners were …" (its parts follow the comma or the verb)
_PARTITION_OPENER_RE = re.compile(
    r"\s*(?:Of|Among)\s+(?:the|those|them)\b[^,.;:]{0,60}?(?:,|\s(?:were|are)\b)"
)


# a present stock in a part's own clause: "50 remain in Gaza", "30 are still held"
_PRESENT_STOCK_RE = re.compile(r"\b(?:remain\w*|still|are|is|being|currently)\b", re.IGNORECASE)


def part_of_handed_over(ctx: Ctx, f: Figure) -> bool:
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


def _gapped_re(lex: Lexicon) -> re.Pattern[str]:
    """A gapped clause's opening right before its figure: a break, a name ("…, and Israel")."""
    return re.compile(gapped_break(lex) + r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},?\s+$")


def gapped_moved(s: Sentence, f: Figure, lo: int) -> bool:
    """'The group vowed to free 20 hostages, and Israel some 900 Palestinians held in
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


def moved_after(s: Sentence, lo: int, hi: int) -> bool:
    """A handover word after the group that tells one, not a demand or talk of one, nor a
    condition: 'Peru still holds 12 Ecuadorians, and Quito has demanded their return', 'the
    gang holds 40 hostages and will kill them unless its men are freed' keep a stock."""
    cue = s.cue("any_moved", lo, hi)
    while cue is not None:
        before = max(lo, cue[0] - 50)
        if s.cue("talk", max(lo, cue[0] - 30), cue[0]) is None and (
            s.cue("planned_condition", before, cue[0]) is None
        ):
            return True
        cue = s.cue("any_moved", cue[1], hi)
    return False


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


def came_back(s: Sentence, lo: int, hi: int) -> bool:
    """The group's own predicate in text[lo:hi], past a participle's phrase on it, tells it
    home or back ('By Sunday, nine truck drivers seized near the border were back in Kenya', '…
    are home'; lexicon back_done): people held before, no stock now. It opens the first
    clause after the phrase (no break before it)."""
    cue = s.cue("back_done", lo, hi)
    if cue is None:
        return False  # the common case
    return not any(lo <= b0 < cue[0] for b0, _ in s.breaks)


# a participle that opens a phrase on the noun before its comma ("The handover, covering 60")
_PARTICIPLE_OPENS_RE = re.compile(r"\s*[a-z]+ing\s", re.IGNORECASE)

# the longest aside set off by commas between a verb and its object
_ASIDE_MAX = 50


def governed_past_comma(s: Sentence, lo: int, start: int) -> bool:
    """A handover that takes the group from before the comma that opens its clause (which
    starts at `lo`, the group at `start`): the noun a participle's phrase hangs on ('The
    handover, covering 60 soldiers jailed in Juba, passed calmly'), or a past verb before an
    aside set off by commas whose object the group is ('In the north the militia released,
    according to local elders, 26 herders kept in its camps'); not a handover named in an
    opening phrase ('After the swap, 40 Ukrainians held by Russia remain')."""
    before = [b for b in s.breaks if b[1] <= lo]
    if not before or s.text[before[-1][0]] != ",":
        return False  # the common case: no comma right before the clause
    text = s.text
    if _PARTICIPLE_OPENS_RE.match(text, lo):
        return _ends_in_handover(s, before, 1, past=False)
    if text[lo:start].strip() or len(before) < 2 or text[before[-2][0]] != ",":
        return False  # the group must open the clause, right after an aside
    aside_lo = before[-2][1]
    if before[-1][0] - aside_lo > _ASIDE_MAX or s.next_figure_start(aside_lo) < before[-1][0]:
        return False
    return _ends_in_handover(s, before, 2, past=True)


def _ends_in_handover(s: Sentence, before: list[tuple[int, int]], back: int, past: bool) -> bool:
    """The stretch before the `back`-th comma from the end of `before` ends in a handover word
    (a verb in the past when `past`), and counts no figure of its own."""
    end = before[-back][0]
    lo = before[-back - 1][1] if len(before) > back else 0
    if s.next_figure_start(lo) < end:
        return False
    word = _LAST_WORD_RE.search(s.text, lo, end)
    if word is None or not s.moved(word.start(), word.end()):
        return False
    return not past or word.group().lower().endswith("ed")


_LAST_WORD_RE = re.compile(r"[\w-]+(?=\s*$)")


def predicate_moved(s: Sentence, lo: int, hi: int) -> bool:
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


def predicate_past_aside(s: Sentence, at: int) -> bool:
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


# the group's own predicate in the past perfect: "Twelve of them had been held for two
# years" tells how long people now free were held, no stock today
_PLUPERFECT_RE = re.compile(r"\bhad\s+(?:all\s+|also\s+)?been\s+$", re.IGNORECASE)


def held_before_now(s: Sentence, f: Figure, held: tuple[int, int], lo: int) -> bool:
    """The group's own predicate in the past perfect, neither reported speech's shifted
    tense ('The ombudsman said 8,000 Ukrainians had been held …') nor dated as a stock
    ('… had been held in Russian prisons as of May'): people held before, now free."""
    if not _PLUPERFECT_RE.search(s.text, max(f.np_end, held[0] - 12), held[0]):
        return False
    if s.cue("speech", max(lo, f.q.start - 60), f.q.start):
        return False
    return s.cue("stock_as_of", held[1], min(len(s.text), held[1] + 60)) is None
