"""Facts of a sentence from its stages, and the steps that look across sentences.

Per sentence: mentions and groups (already on the sentence) → sides → kind and status →
dating, one fact per side. Across sentences: a figure that continues the fact before
("A further 13 …") takes its sides; a figure sided only by context takes the side the
text gives the same figure (or the total its parts add up to) elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from . import dating
from .capture_counts import capture_count
from .context import Ctx
from .doc_swaps import counter_handover
from .fact import OWN_SIDES, Fact, KindRule, Mention, Provenance, Side, Step
from .figure import Figure
from .frame_doers import nearest_holder
from .kind_negated import negated
from .kind_sides import side_kind, total_kind
from .kind_status import KindStatus, figure_kind
from .lexicon import norm
from .planned import is_planned
from .planned_done import group_planned
from .sentence import Sentence
from .sided import hostage_group
from .sides import Sided, resolve_sides
from .sides_text import composition
from .taken_wholes import handed_whole, taken_whole

__all__ = ["anaphora", "restatements", "sentence_facts"]

_INHERIT = (Side.CONTEXT, Side.SWAP_TOTAL)  # a part with no side of its own takes its total's
_TWO_PARTY = (Side.TWO_PARTY_EXACT, Side.TWO_PARTY_TOTAL)
# a side read from a doer before the figure: for a part of a breakdown, the doer its total
# (which stands nearer it) was read past, or another clause's
_DOER_SIDES = (Side.RELEASER_OTHER, Side.RECEIVER)


def _inherits(own: Sided, head: list[tuple[Sided, tuple[Step, ...]]]) -> bool:
    """A part takes the side of the figure it follows: when it has none of its own, or
    when only the sentence's two-party subject gave it one and its head has a side ('Kyiv
    and Moscow swapped prisoners, with 157 Ukrainians returning home - 150 soldiers and 7
    civilians': the parts are the Ukrainians')."""
    if own.side in _INHERIT:
        return True
    return own.side in _TWO_PARTY and head[0][0].side not in _TWO_PARTY


def _third_country(ctx: Ctx, f: Fact) -> bool:
    """The fact counts people of a third country: not its holder's enemy (a war's other
    side, the state an armed group fights), nor its own."""
    lex, holder = ctx.doc.lex, f.held_by
    if holder in (None, "XX"):
        return False
    enemy = lex.war_enemy(holder) or lex.opponent.get(holder)
    return enemy is not None and f.persons_of not in (enemy, holder, "XX")


def _other_captives(
    ctx: Ctx, head: Figure, part: Figure, answer: list[tuple[Sided, tuple[Step, ...]]]
) -> bool:
    """In a text about an armed group, captives of no military noun coordinated with
    hostages ('20 hostages and 600 prisoners are to be freed'), or the other way round,
    are the other side's: the mirror of the head's side."""
    if not ctx.doc.armed or len(answer) != 1:
        return False
    a = answer[0][0]
    if a.held_by in (None, "XX") or a.persons_of == "XX" or a.held_by == a.persons_of:
        return False
    if hostage_group(ctx, head) == hostage_group(ctx, part) or part.category == "military":
        return False  # '20 hostages and 5 soldiers': soldiers may be hostages too
    nouns = ctx.s.lex.captive_nouns
    return any(norm(w) in nouns for w in ctx.s.text[part.q.num_end : part.np_end].split())


_CONTINUES_RE = re.compile(
    r"(?:(?:This|These|That|Those)\s+(?:\w+\s+)?(?:included|include|includes|comprised)"
    r"|Among\s+them|Of\s+them|Of\s+these)\b"
)

# "Almost 50 of them were captured at …": a part of the group just counted
_PART_OF_RE = re.compile(
    r"(?:(?:Almost|Nearly|About|Around|Some|Roughly|Over|More\s+than|At\s+least)\s+)?"
    r"[\w,.-]+\s+of\s+(?:them|those|these)\b"
)

_NO_NOUN = (Mention.PASSIVE_VERB, Mention.VERB_OBJECT)  # "50 of them were captured"

_FURTHER_RE = re.compile(r"\b(?:another|a\s+further|an\s+additional|further)\s+$", re.IGNORECASE)


# totals both sides of which gave people: a swap, though no swap word is written
_BOTH_SIDES_GAVE = frozenset((Side.TWO_SIDED_TOTAL, Side.TWO_PARTY_TOTAL, Side.SWAP_TOTAL))


def sentence_facts(ctx: Ctx) -> list[Fact]:
    """The facts of one sentence with figures."""
    s, doc = ctx.s, ctx.doc
    figs = s.figures
    plans: list[bool | None] = [None] * len(figs)  # each figure's, found when first needed

    def planned(j: int) -> bool:
        if plans[j] is None:
            plans[j] = is_planned(s, figs[j])
        return bool(plans[j])

    answers: list[list[tuple[Sided, tuple[Step, ...]]]] = []
    stocks: set[int] = set()  # the figures read as a stock (held)
    out: list[Fact] = []
    for i, f in enumerate(figs):
        who: list[tuple[Sided, tuple[Step, ...]]] = [(sided, ()) for sided in resolve_sides(ctx, f)]
        if (
            f.follows is not None
            and not f.codes
            and (
                _inherits(who[0][0], answers[f.follows])
                or (who[0][0].side in _DOER_SIDES and _breakdown_part(figs, i))
            )
        ):
            head = answers[f.follows]
            if _other_captives(ctx, figs[f.follows], f, head):
                # '20 hostages and 600 prisoners': the captors' prisoners, the mirror
                (a, _), *_ = head
                who = [(Sided(a.held_by or "XX", a.persons_of, a.side), (Step.BREAKDOWN,))]
            else:
                who = [(sided, (*steps, Step.BREAKDOWN)) for sided, steps in head]
        first = who[0][0]
        third = first.persons_of not in doc.parties[:2] and first.persons_of != "XX"
        own = first.side is Side.DEMONYM_GROUP and not who[0][1]
        if len(who) == 1 and third and own and answers and not nearest_holder(ctx, f):
            # Thais freed with Israelis: the holder of the figure before; never a group's
            # own side ('Hamas freed 13 Israelis, and Israel freed 39 Palestinians')
            holder = answers[-1][0][0].held_by
            if holder != first.persons_of or ctx.insurgency(holder):
                who = [(replace(first, held_by=holder), (Step.SENTENCE_HOLDER,))]
        answers.append(who)
        if negated(s, f):
            continue  # "refused to free 40": no handover, and no stock told
        if taken_whole(s, figs, i, planned):
            continue  # "11 of the 28 drivers seized in May were freed": the 28 were taken
        if capture_count(s, f):
            continue  # "gunmen seized 61 residents in March": an abduction counted, no stock
        ks = figure_kind(ctx, f, lambda i=i: planned(i))
        if ks.kind != "held" and _part_of(figs, i) in stocks:
            # "Israel holds 14 Lebanese: nine fighters, four civilians and one soldier": the
            # parts of a stock are held too
            ks = KindStatus("held", "estimated", KindRule.STOCK)
        if ks.kind == "held":
            stocks.add(i)
        if handed_whole(figs, i, ks.kind, ks.status):
            continue  # "freed two of the three soldiers": the three did not all go free
        whens: dict[tuple[str, str], dating.When] = {}
        for sided, steps in who:
            persons, holder = sided.persons_of, sided.held_by
            per_side = sided.side is Side.EACH_SIDE
            # a total freed on both or all sides ("to free 1,400 detainees held by all sides") is
            # each side's people freed by the others: a swap, as a figure for each side is;
            # so is a two-party subject's total ("Armenia and Azerbaijan freed 46 in total")
            both = per_side or sided.side in _BOTH_SIDES_GAVE
            (kind, kind_rule), status = (
                side_kind(ctx, ks, persons, both, f.q.start, holder),
                ks.status,
            )
            if status == "reported" and group_planned(s, i, planned):
                status = "planned"
            if f.q.qualifier == "vague" and kind != "held":
                continue  # "hundreds of prisoners" of a swap restates its figure
            each_held = kind == "held" and per_side
            if each_held:
                persons, holder = "XX", "XX"
            when = whens.get((kind, status))
            if when is None:
                when = whens[(kind, status)] = dating.when(ctx, f, kind, status)
            kind, kind_rule = total_kind(ctx, f, kind, kind_rule, persons, holder, when)
            how = Provenance(f.mention, sided.side, kind_rule, when.source, steps)
            out.append(
                Fact(
                    kind, status, persons, holder, sided.category or f.category, f.q.low,
                    f.q.high, f.q.qualifier, when.date, when.period_start, when.period_end,
                    ctx.said_for(f.q.start), s.no, s.text, s.start + f.q.start,
                    s.start + f.q.end, how,
                )
            )  # fmt: skip
            if each_held:
                break
    return counter_handover(s, out)


def _breakdown_part(figs: tuple[Figure, ...], i: int) -> bool:
    """Figure `i` is a part of a breakdown: the parts after its head add up to it ('140 of
    its people returned: 131 soldiers and nine civilians'). A part of the head's group has
    the head's sides rather than those of a doer named before the head."""
    root = _part_of(figs, i)
    if root == i:
        return False
    parts = [j for j in range(root + 1, len(figs)) if _part_of(figs, j) == root]
    return len(parts) > 1 and sum(figs[j].q.value for j in parts) == figs[root].q.value


def _part_of(figs: tuple[Figure, ...], i: int) -> int:
    """The head of the group figure `i` is a part of (itself when it heads one or stands
    alone): 'holds 14 Lebanese: nine fighters, four civilians' → the 14."""
    seen = 0
    while (head := figs[i].follows) is not None and seen < len(figs):
        i, seen = head, seen + 1
    return i


def anaphora(ctx: Ctx, found: list[Fact], before: list[Fact], adjacent: bool) -> list[Fact]:
    """'This included around 500 women' (after a stock), 'A further 13 captives …' (after
    a release): figures that continue the last fact take its side, holder, kind and status."""
    if not before or not found:
        return found
    s = ctx.s
    out: list[Fact] = []
    for f in found:
        earlier = [g for g in out if g.span_start < f.span_start]
        last = earlier[-1] if earlier else before[-1]
        if last.how.marker:  # a marker, not a fact to continue
            out.append(f)
            continue
        if not f.how.held and f.how.side in OWN_SIDES:
            out.append(f)
            continue
        cont = adjacent and bool(_CONTINUES_RE.match(s.text))
        part = not cont and adjacent and bool(_PART_OF_RE.match(s.text))
        if part and not f.how.held:
            cont = False  # "20 of them were freed": its own verb, its own kind
        elif part:
            cont = True  # "50 of them were captured at …": how the part was taken, not a stock
        at = f.span_start - s.start
        near = s.text[max(0, at - 22) : at].lower()
        further = ("other" in near or "further" in near or "additional" in near) and (
            _FURTHER_RE.search(s.text, max(0, at - 22), at)
        )
        if further and _third_country(ctx, last) and not f.how.weak:
            # 'Hamas freed two Thai hostages' then 'another 10 hostages left': more of the
            # same captives, not more of the third country's people (the figure's own side)
            further = None
        if cont or further or part:
            kind, status = (last.kind, last.status) if cont else (f.kind, f.status)
            # a part shares the day of its whole; "50 of them" counts what "them" counts
            date = last.date if cont else f.date
            how = f.how.then(Step.CONTINUES, last.how.date if cont else None)
            if cont:
                how = replace(how, kind=last.how.kind)  # its kind is the whole's
            bare = f.how.mention in _NO_NOUN and f.category == "unspecified"
            f = replace(
                f, kind=kind, status=status, persons_of=last.persons_of, held_by=last.held_by,
                category=last.category if part and bare else f.category, date=date,
                period_start=last.period_start if cont else f.period_start,
                period_end=last.period_end if cont else f.period_end, how=how,
            )  # fmt: skip
        out.append(f)
    return out


def restatements(facts: list[Fact], sents: Sequence[Sentence]) -> list[Fact]:
    """Figures that take the side the text gives elsewhere (`sents`: the text's sentences):
    those sided only by context (_restated), then every mention of a group the text tells
    is mixed (sides_text.composition)."""
    return composition(_restated(facts), sents)


def _restated(facts: list[Fact]) -> list[Fact]:
    """Figures sided only by context take the side the text gives elsewhere: parts that add
    up to a sided total ('246 … while an additional 31' of 277 Ukrainians) take the total's,
    a lone figure ('The five commanders were delivered…') the side of the same figure."""
    sided: dict[tuple, set[tuple[str | None, str | None]]] = {}
    totals: dict[int, set[tuple[str | None, str | None]]] = {}
    weak = [f.how.weak for f in facts]
    if not any(weak):
        return facts  # nothing sided by context alone
    for f, w in zip(facts, weak, strict=True):
        if not w and f.persons_of != "XX":
            sided.setdefault((f.low, f.high, f.category), set()).add((f.persons_of, f.held_by))
            if f.low is not None:
                totals.setdefault(f.low, set()).add((f.persons_of, f.held_by))
    groups: dict[int, dict[int, int]] = {}  # sentence → {span start: figure}
    for f, w in zip(facts, weak, strict=True):
        if w and f.low is not None:
            groups.setdefault(f.sentence_no, {})[f.span_start] = f.low
    by_sum = {
        no: next(iter(totals[sum(parts.values())]))
        for no, parts in groups.items()
        if len(parts) > 1 and len(totals.get(sum(parts.values()), ())) == 1
    }
    out = []
    for f, w in zip(facts, weak, strict=True):
        if w:
            sides = sided.get((f.low, f.high, f.category), set())
            if f.sentence_no in by_sum:
                persons, holder = by_sum[f.sentence_no]
                how = f.how.then(Step.PARTS)
                f = replace(f, persons_of=persons, held_by=holder, how=how)
            elif len(sides) == 1:
                persons, holder = next(iter(sides))
                how = f.how.then(Step.RESTATED)
                f = replace(f, persons_of=persons, held_by=holder, how=how)
        out.append(f)
    return out
