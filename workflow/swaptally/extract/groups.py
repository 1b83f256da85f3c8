"""Stage 2, groups: figures of one sentence that belong together.

"270 Russian troops and 120 civilians" is one group in two parts: the parts share the side
and each-ness; "180 captives, 172 Ukrainians and 8 foreigners" is a total and its
breakdown: the total counts whoever its parts count, the parts take its category.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .fact import Mention
from .mentions import Figure

__all__ = ["group_figures"]

_AND_RE = re.compile(r"\band\b|\bas\s+well\s+as\b|\bplus\b", re.IGNORECASE)
_OF_WHOM_RE = re.compile(r"\s+of\s+(?:whom|them)\b", re.IGNORECASE)
# a time adverbial on either side of the conjunction: "390 on Friday and 307 on Saturday",
# "390 people, and on Saturday 307 servicemen" (the verb is not repeated: gapping)
_WHEN = (
    r"(?:,?\s*(?:(?:late\s+|early\s+)?on|over)\s+(?:the\s+)?[\w-]+(?:\s+(?:day|night|"
    r"morning|afternoon|evening))?|,?\s*(?:then|later|a\s+day\s+later|the\s+next\s+day|"
    r"the\s+following\s+day))"
)
_COORD_RE = re.compile(
    rf"^{_WHEN}?\s*(?:,\s*|and\s+|,\s*and\s+|as\s+well\s+as\s+|plus\s+|,?\s*including\s+|"
    r",?\s*among\s+them\s+|,?\s*of\s+whom\s+|—\s*|-\s*|:\s*)"
    rf"(?:{_WHEN},?\s+)?(?:some\s+|about\s+|another\s+)?$",
    re.IGNORECASE,
)


def group_figures(text: str, figures: list[Figure]) -> tuple[Figure, ...]:
    """The figures with coordination and breakdowns marked (`follows`, shared fields)."""
    figs = _share_coordination(text, list(figures))
    return tuple(_sum_breakdown(text, figs))


def _share_coordination(text: str, figs: list[Figure]) -> list[Figure]:
    """'270 Russian troops and 120 civilians': breakdowns share side and each-ness."""
    for i in range(1, len(figs)):
        prev, cur = figs[i - 1], figs[i]
        gap = text[prev.np_end : cur.q.start]
        if not (
            _COORD_RE.match(gap)
            or _OF_WHOM_RE.match(text, cur.q.num_end)
            or _more_of(text, prev, cur)
            or cur.mention is Mention.HELD_PART  # "30 captives …, 7 are presumed alive"
        ):
            continue
        codes = cur.codes or prev.codes
        both = cur.two_sided or prev.two_sided
        # a conjunct shares its antecedent's verb and subject: "each country handed over
        # 390 people, and on Saturday 307 servicemen" (the clause runs from the first's); a
        # part set off by a comma or "including" does not
        clause = cur.clause
        if _AND_RE.search(gap):
            clause = (min(prev.clause[0], cur.clause[0]), cur.clause[1])
        category = cur.category
        if cur.mention is Mention.HELD_PART and category == "unspecified":
            category = prev.category  # "16 marines …; nine are with their captors": soldiers
        figs[i] = replace(
            cur, follows=i - 1, codes=codes, two_sided=both, clause=clause, category=category
        )
        if both and not prev.two_sided:
            figs[i - 1] = replace(prev, two_sided=True)
    return figs


def _more_of(text: str, prev: Figure, cur: Figure) -> bool:
    """'… set four of the nurses free in May and two more in June': a gapped 'N more'
    (mention_parts) is more of the group just before, its verb, its noun and its sides."""
    return cur.mention is Mention.GAPPED and text.startswith(" more", cur.q.num_end)


def _sum_breakdown(text: str, figs: list[Figure]) -> list[Figure]:
    """'215 prisoners of war, 205 Ukrainians and 10 foreigners': parts that add up to the
    figure before them break it down; it counts whoever they count, they take its category."""
    for i in range(len(figs)):
        head = figs[i]
        parts: list[int] = []
        for j in range(i + 1, len(figs)):
            g = figs[j]
            if not parts and len(text[head.np_end : g.q.start]) > 60:
                break
            if parts and g.follows != parts[-1]:
                break
            parts.append(j)
            if sum(figs[p].q.value for p in parts) >= head.q.value:
                break
        if len(parts) < 2 or sum(figs[p].q.value for p in parts) != head.q.value:
            continue
        codes = tuple(dict.fromkeys(c for p in parts for c in figs[p].codes))
        if not all(figs[p].codes for p in parts):
            codes = ()  # '12 persons, ten of our citizens and two Thais': not all Thai
        if not head.codes and codes:
            figs[i] = replace(head, codes=codes)
        for p in parts:
            if figs[p].category == "unspecified":
                figs[p] = replace(figs[p], category=head.category)
        if figs[parts[0]].follows is None:
            figs[parts[0]] = replace(figs[parts[0]], follows=i)  # a breakdown of the head
    return figs
