"""Figures that count both sides at once: a two-party subject's total ('Russia and Ukraine
swapped 300 prisoners'), 'each' in the figure's clause and the two sides that each gave,
'between A and B', 'in all', and a swap with no side named ('the exchange of 26 people')."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .fact import Mention
from .frame_patterns import frame_patterns
from .kind_patterns import kind_patterns
from .lexicon import Lexicon
from .mentions import Figure
from .sentence import Sentence, any_in

if TYPE_CHECKING:
    from .context import Ctx

__all__ = [
    "each_in_clause", "each_sides", "said_in_all", "two_party_total", "unsided_swap",
    "whole_of_swap",
]  # fmt: skip


def each_sides(ctx: Ctx) -> list[str]:
    """The two sides that each gave: named in the sentence, else the text's parties."""
    doc, s = ctx.doc, ctx.s
    roles = ctx.frame.role_starts  # 'the president assured his US counterpart a 120-for-120 swap'
    seen = [
        a.code
        for a in s.actors
        if a.code != "XX" and doc.can_be_side(a.code) and a.start not in roles
    ]
    uniq = list(dict.fromkeys(seen))
    if len(uniq) == 2:  # 'Russia and Ukraine each freed 200': the sentence's own, not earlier
        return uniq
    seen = [c for c in uniq if c in doc.parties[:2]]
    if len(seen) >= 2:
        return seen[:2]
    sides = list(doc.parties[:2])
    if len(sides) == 1 and ctx.insurgency(sides[0]):
        # 'the Houthis and the government swapped 50 each': a war at home, one code for both
        return sides * 2
    return sides


def two_party_total(ctx: Ctx, f: Figure) -> bool | None:
    """'Russia and Ukraine swapped more than 300 prisoners' (no 'each'): a two-sided total
    (True); an exact figure so stated is ambiguous (False); None when no such subject."""
    s = ctx.s
    if f.label and _swapped_label(s, f):
        return None  # 'swapped prisoners 95 for 95': a figure per side
    for m in ctx.frame.two_party_subjects:
        if m.end > f.q.start:
            break
        if _own_doer(ctx, f, m.end):
            continue  # '…; Russia freed 90 and Ukraine 95': the clause's own doer
        if _swapped_for_next(s, f, m.end):
            continue  # '…, with 13 hostages freed in exchange for 39 prisoners': one side
        # one code for both sides only in a war at home: 'Yemen and the Houthis'
        if m.sides and m.sides[0] == m.sides[1] and not m.civil:
            continue
        if m.sides and not all(ctx.doc.can_be_side(c) for c in m.sides):
            continue  # 'brokered by Qatar, Hamas released 3': a mediator is no side
        if m.receive and not _opponents(ctx, m.sides):
            continue  # 'Germany and France received 12 hostages': the receiver rule's
        # 'each' after the next figure is that figure's ('2,000 people, 1,000 from each side')
        each = frame_patterns(s.lex).each
        if each.search(s.text, m.start, min(f.np_end + 30, s.next_figure_start(f.np_end))):
            return None
        return f.q.qualifier in ("at_least", "approx") or said_in_all(s, f)
    if _between_two(s, f) or _swapped_by_two(s, f):
        # 'the exchange of 12 prisoners between Russia and the US', '26 people were
        # exchanged by Russia and Ukraine'
        if f.two_sided:
            return None  # 'a swap of 15 prisoners each between Armenia and Azerbaijan'
        return f.q.qualifier in ("at_least", "approx") or said_in_all(s, f)
    return None


def _opponents(ctx: Ctx, sides: tuple[str, str] | None) -> bool:
    """The two named sides are each other's opponents: at war or an armed group and the
    state it fights (lexicon), or the two sides of the text's swap ('the two sides': yes)."""
    if sides is None:
        return True
    a, b = sides
    return a != b and (ctx.s.lex.fights(a, b) or {a, b} <= ctx.doc.swap_sides)


def _swapped_for_next(s: Sentence, f: Figure, after: int) -> bool:
    """The figure, in a clause of its own after the two-party subject (past `after`), is
    swapped for the next figure ('Israel and Hamas began a four-day truce on Friday, with
    13 hostages freed in exchange for 39 prisoners'): one side of the swap, not a total."""
    lo, hi = f.clause
    if lo <= after:
        return False  # the subject's own clause: 'Russia and Ukraine swapped 90 for 95'
    nxt = s.next_figure_start(f.np_end)
    return nxt < hi and s.cue("swap_verb", f.np_end, nxt) is not None


def _swapped_label(s: Sentence, f: Figure) -> bool:
    """'swapped prisoners 95 for 95': an 'N for N' after a swap's past verb and its object
    says how many each side gave (a label of a format or a plan, 'the 50-for-50 format', is
    left to the two-party rules)."""
    return bool(
        kind_patterns(s.lex).label_swapped.search(s.text, max(0, f.q.start - 40), f.q.start)
    )


# between a doer and its figure: a few words ('freed', 'had handed over', 'also returned')
_DOER_GAP_RE = re.compile(r"\s+(?:[\w'’-]+\s+){1,3}")


def _own_doer(ctx: Ctx, f: Figure, after: int) -> bool:
    """A side named after a two-party subject (past `after`) that does the handover of the
    figure itself, in the figure's own clause: 'Russia and Ukraine swapped prisoners on
    Friday; Russia freed 90 and Ukraine 95'."""
    s = ctx.s
    lo = max(after, f.clause[0])
    for a in s.actors:
        if a.start < lo or a.demonym or not ctx.doc.can_be_side(a.code):
            continue
        if a.start >= f.q.start:
            break
        if _DOER_GAP_RE.fullmatch(s.text, a.end, f.q.start) and s.moved(a.end, f.q.start):
            return True
        if f.mention is Mention.GAPPED and not s.text[a.end : f.q.start].strip(" ,"):
            return True  # '…, and Ukraine 95': the doer of the verb not repeated
    return False


def said_in_all(s: Sentence, f: Figure) -> bool:
    """'In all, 26 people were exchanged', 'swapped a total of 190': a cue before the figure
    says it is the total of both sides; or one after its group, before the next figure in
    its clause ('freed 46 prisoners in total', 'got back over 330 captives combined')."""
    if s.cue("in_all", 0, f.q.start) is not None:
        return True
    cue = s.cue("in_all_after", f.np_end, min(f.clause[1], s.next_figure_start(f.np_end)))
    # right after the group or a short adverbial ('… 540 fishermen last month between them'),
    # not in another predicate ('freed 90 prisoners and then halted the swaps altogether')
    return cue is not None and _SHORT_ADVERBIAL_RE.fullmatch(s.text, f.np_end, cue[0]) is not None


_SHORT_ADVERBIAL_RE = re.compile(
    r"[\s,]*(?:(?:on|in|at|over|during|last|this)\s+(?:[\w'’-]+\s+){1,3}?)?", re.IGNORECASE
)


def _between_two(s: Sentence, f: Figure) -> bool:
    """Two different actors named right after the figure as 'between A and B'."""
    low = s.lowered
    i = low.find(" between ", f.np_end, f.np_end + 40)
    if i < 0:
        return False
    j = low.find(" and ", i, i + 50)
    if j < 0:
        return False
    a = [x.code for x in s.actors if i < x.start < j]
    b = [x.code for x in s.actors if j < x.start < j + 30]
    return bool(a and b and a[0] != b[0])


# after a group: a passive swap verb and 'by' ('… were exchanged by', 'have been swapped by')
_SWAPPED_BY_RE = re.compile(
    r"\s+(?:were|have\s+been|had\s+been|was|are|being)\s+(?:\w+\s+)?(?:exchanged|swapped|traded)"
    r"\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _swapped_by_two(s: Sentence, f: Figure) -> bool:
    """'26 people were exchanged by Russia and Ukraine': the two named after a passive swap
    verb are its subject, as in 'Russia and Ukraine exchanged 26'."""
    low = s.lowered
    i = low.find(" by ", f.np_end, f.np_end + 40)
    if i < 0 or not _SWAPPED_BY_RE.fullmatch(s.text, f.np_end, i + 4):
        return False
    acts = [a for a in s.actors if a.start >= i + 4 and not a.demonym]
    if len(acts) < 2 or acts[0].start > i + 9 or acts[0].code == acts[1].code:
        return False
    return re.fullmatch(r"\s+and\s+(?:the\s+)?", s.text[acts[0].end : acts[1].start]) is not None


def unsided_swap(ctx: Ctx, f: Figure) -> str | None:
    """'The exchange of 26 people' ("object"), '1,994 captives have been exchanged'
    ("passive") with no side named: a total of both sides, or None."""
    doc, s = ctx.doc, ctx.s
    named = {a.code for a in s.actors if a.code in doc.parties[:2]}
    p = frame_patterns(s.lex)
    if len(named) > 1:
        # both parties named, neither the figure's doer: 'the exchange of nearly 60
        # prisoners' is both sides' when approximate or said in all, else per side or in
        # all (as 'Russia and Ukraine swapped 300')
        if whole_of_swap(s, f):
            return "object"  # 'after a swap involving 14 people': the swap's whole
        m = p.swapped_object.search(s.text, max(0, f.q.start - 40), f.q.start)
        if m is None or not _swap_noun_first(s, m.group()):
            return None  # 'were swapped for 40 soldiers': one side, the rule's who gave
        total = f.q.qualifier in ("at_least", "approx") or said_in_all(s, f)
        return "object" if total else "passive"
    if p.swapped_object.search(s.text, max(0, f.q.start - 40), f.q.start) or whole_of_swap(s, f):
        return "object"
    if not named and _mediated_total(s, f):
        return "object"
    if p.swapped_perfect.match(s.text, f.np_end):
        # the present perfect counts every swap so far ('5,000 captives have now been
        # exchanged'), of both sides; the past ('390 were exchanged') may be one side's
        return "object"
    m = p.swapped_subject.match(s.text, f.np_end)
    if m is None or s.cue("came_home", f.np_end, m.end()) is not None:
        return None  # '108 civilians came home in a swap': one side's people, gone home
    return "passive"


def whole_of_swap(s: Sentence, f: Figure) -> bool:
    """The figure is what a swap's noun is said to take in ('a trade involving 14 people',
    'the operation, which covered some 600 detainees'; lexicon swap_whole_noun,
    swap_whole_verb), or its group is said to have changed hands ('as many as 46
    detainees, two doctors among them, changed hands'; swap_whole_after): the count of the
    whole swap, both sides', whoever the sentence names as giving or holding the people of
    one side ('five Poles came home from Belarus after a swap involving 14 people')."""
    hints, before, after = s.lex.stage_patterns("frame_two_sides.whole", _whole_res)
    lo = max(0, f.q.start - 60)
    if any_in(hints, s.lowered[lo : f.q.start]) and before.search(s.text, lo, f.q.start):
        return True
    gate = s.lex.cue_needles.get("swap_whole_after")  # a word of its phrases, or no gate
    if gate is not None and not any_in(gate, s.lowered[f.np_end : f.np_end + 60]):
        return False  # the common case, without a search
    return bool(after.match(s.text, f.np_end))


def _whole_res(lex: Lexicon) -> tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str]]:
    """The verbs' first words (a gate before the search), the pattern before the figure and
    the one after its group (an apposition may stand between)."""
    verbs = lex.data["triggers"].get("swap_whole_verb") or []
    hints = tuple(sorted({str(v).split()[0].lower() for v in verbs if str(v).split()}))
    before = re.compile(
        rf"\b(?:{lex.phrases('swap_whole_noun')})(?:\s*,[^,.;:]{{1,25}},)?"
        r"(?:\s*,?\s+(?:that|which)\s+|\s+)"
        rf"(?:{lex.phrases('swap_whole_verb')})\s+(?:[\w-]+\s+)?$",
        re.IGNORECASE,
    )
    after = re.compile(
        rf"(?:\s*,[^,.;:]{{1,40}},)?\s+(?:{lex.phrases('swap_whole_after')})\b", re.IGNORECASE
    )
    return hints, before, after


def _swap_noun_first(s: Sentence, words: str) -> bool:
    """The words open with a swap's noun (lexicon swap_noun: 'exchange of', 'swap of')."""
    nouns = s.lex.data["triggers"].get("swap_noun") or []
    first = words.split(maxsplit=1)
    return bool(first) and first[0].lower() in nouns


def _mediated_total(s: Sentence, f: Figure) -> bool:
    """'bringing the total number of captives freed through its mediation to 1,788': a
    mediator's running total, in a clause that names no party, counts both sides."""
    lo, hi = f.clause
    if not (s.cue("non_party_roles", lo, hi) and s.cue("running_total", lo, hi)):
        return False
    # hostages are one side's people, whoever mediated their release ('the number of
    # hostages freed through Qatari mediation reached 105'): no total of both sides
    low = s.lowered
    return not any(w in low[lo:hi] for w in s.lex.hostage_nouns)


def each_in_clause(s: Sentence, f: Figure) -> bool:
    text = s.lowered
    found = frame_patterns(s.lex)
    if not any_in(found.each_hints, text):
        return False  # the common case, without a regex
    lo, hi = f.clause
    each = found.each_lower
    return bool(
        each.search(text, lo, f.q.start)
        or each.search(text, f.np_end, min(hi, f.np_end + 50, s.next_figure_start(f.np_end)))
    )
