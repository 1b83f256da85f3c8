"""Figures of people inside a group already counted, no fact of their own: a part named
among the group by gender, age, unit or place ('nine women were among those freed', 'among
them 15 members of a militia'), and a part told by where it went ('six of the hostages were
flown to a hospital'). mention_traps.py asks these of every figure linked to people."""

from __future__ import annotations

import re

from swaptally.numbers import Quantity, parse_number

from .lexicon import Lexicon, norm

__all__ = ["among_part", "count_pattern", "freed_part_whole", "part_gone_to", "stock_part"]


def count_pattern(lex: Lexicon) -> str:
    """A count in digits or in words (lexicon small_number_word, teens and tens by their
    ending), as a regex, lower-cased."""
    return rf"(?:\d[\d,]*|{lex.phrases('small_number_word').lower()}|[a-z]+teen|[a-z]+ty)"


# right before a part: "among them (were)", "among those freed are", also past one part
# listed before it ("among them two monks and nine women"; lexicon small_number_word, and
# teens and tens by their ending)
def _among_before_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(
        r"\bamong\s+(?:them|those|whom)\b(?:[^,;:.\d]{0,40}?\s(?:are|were|was|is|will\s+be))?,?"
        rf"(?:\s+{count_pattern(lex)}\s+[^,;:.()\d]{{1,30}}?\s+and)?\s+$"
    )


# right after a part's noun phrase: "(…) were among those", "are also among the"
_AMONG_AFTER_LRE = re.compile(
    r"(?:\s+[^,;:.\d]{0,30}?)?\s+(?:are|were|was|is)\s+(?:also\s+)?among\s+(?:them|those|the)\b"
)
# right after a part's noun: a unit or a place of its own ("members of a militia", "miners
# from the province")
_QUALIFIED_LRE = re.compile(r"\s+(?:of|from)\s")


# a part of a group already counted ("six of them", "19 of those freed", "four out of the
# eleven"), then its own predicate of where it went: a share by destination
def _part_gone_to_re(lex: Lexicon) -> re.Pattern[str]:
    """The part's 'of them/those/the …', an auxiliary, then a verb of being carried and
    to/into/across (lexicon gone_to_verb) or a verb of arriving (arrived_verb)."""
    return re.compile(
        r"\s+(?:out\s+)?of\s+(?:them|those|whom|the)\b[^,;:.\d]{0,50}?\s(?:were|was|had|have|has)\s+"
        r"(?:(?:been|already|then|also)\s+){0,2}"
        rf"(?:(?:{lex.phrases('gone_to_verb').lower()})(?:\s+straight)?\s+(?:to|into|across)"
        rf"|{lex.phrases('arrived_verb').lower()})\b"
    )


def part_gone_to(lex: Lexicon, t: str, q: Quantity) -> bool:
    """'19 of those freed were then bussed to a clinic', 'six of them were flown to a
    military hospital', 'four of the Spaniards had touched down in Madrid': a part of a group
    already counted and handed over (a handover word before the part's predicate), told by
    where it went (a share by destination, a health detail), no fact of its own. Not a part
    told handed over ('twelve of them were freed and taken to …'), nor a part of captives
    moved while still held ('30 of the hostages had been taken to the south'). `t`
    lower-cased."""
    if " of " not in t[q.num_end : q.num_end + 10]:
        return False  # the common case
    m = lex.stage_patterns("part_traps.gone_to", _part_gone_to_re).match(t, q.num_end)
    # the group was handed over, told before the predicate: not "30 of the hostages had been
    # taken to the south" (a part still held, moved)
    return m is not None and lex.cue_lower["any_moved"].search(t, 0, m.end()) is not None


def among_part(lex: Lexicon, t: str, q: Quantity, end: int) -> bool:
    """'Nine women were among those who came home', 'among them were 15 members of a local
    militia', 'among those freed were 17 miners from a northern province': a part
    named among a group already counted, by gender or age (lexicon breakdown_nouns) or by a
    unit or place of its own ('of …', 'from …' right after its noun), is a breakdown the
    group's figure holds, no fact of its own. Not a part by nationality or by soldiers and
    civilians ('among them three Latvian citizens', '30 soldiers were among those'): a fact
    of its own. `t` lower-cased."""
    if "among" not in t:
        return False  # the common case
    if not (
        lex.stage_patterns("part_traps.among_before", _among_before_re).search(
            t, max(0, q.start - 90), q.start
        )
        or _AMONG_AFTER_LRE.match(t, end)
    ):
        return False
    head = _LAST_WORD_LRE.search(t, q.num_end, end)
    if head is not None and norm(head.group(1)) in lex.breakdown_nouns:
        return True
    if _QUALIFIED_LRE.match(t, end) is None:
        return False
    if head is not None and lex.actor(head.group(1)) is not None:
        return False  # "three Britons from the same unit": a part by nationality
    return not _named_by_state(lex, t, q, end)


def _named_by_state(lex: Lexicon, t: str, q: Quantity, end: int) -> bool:
    """'five citizens of Latvia', 'three nationals of France', '14 people from six
    countries': a part whose noun names nationals (lexicon nationality_head) and whose
    'of'/'from' names a state, or whose 'of'/'from' names a mix of nationalities (lexicon
    nationality_mix): a part by nationality. `t` lower-cased."""
    words = _QUALIFIER_WORDS_LRE.match(t, end)
    if words is None:
        return False
    named = words.group(1).split()
    if any(norm(w) in _nationality_mix(lex) for w in named):
        return True
    nouns = lex.stage_patterns("part_traps.nationality_head", _nationality_head_re)
    if nouns.search(t, q.num_end, end) is None:
        return False
    return any(lex.actor(w) is not None for w in named)


def _nationality_mix(lex: Lexicon) -> frozenset[str]:
    return lex.stage_patterns(
        "part_traps.nationality_mix",
        lambda lx: frozenset(
            norm(str(w)) for w in lx.data["triggers"].get("nationality_mix") or []
        ),
    )


# the words of a qualifier after a part's noun: "of (the republic of latvia)"
_QUALIFIER_WORDS_LRE = re.compile(r"\s+(?:of|from)\s+((?:[\w'’-]+\s*){1,3})")


def _nationality_head_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lex.phrases('nationality_head').lower()})\b")


_LAST_WORD_LRE = re.compile(r"([\w'’-]+)\s*$")


class _StockParts:
    """The patterns of stock_part, built once per lexicon."""

    __slots__ = ("after", "before", "stock")

    def __init__(self, lex: Lexicon) -> None:
        count = count_pattern(lex)
        word = r"[\w'’-]+"
        # the stock's count and noun phrase, a comma, then its first part and 'and' (the
        # figure is the second part)
        self.before = re.compile(
            rf"\b(?P<head>{count})\s+(?:{word}\s+){{0,7}}?{word},\s+(?P<a>{count})"
            rf"(?:\s+of\s+them)?(?:\s+{word}){{1,3}}?,?\s+and\s+$"
        )
        # the figure is the first part: its noun, 'and', the second part
        self.after = re.compile(
            rf"(?:\s+of\s+them)?(?:\s+{word}){{1,3}}?,?\s+and\s+(?P<b>{count})\s+{word}"
        )
        self.stock = re.compile(rf"\b(?:{lex.phrases('stock_breakdown_cue').lower()})\b")


def stock_part(lex: Lexicon, t: str, q: Quantity) -> bool:
    """'a Red Cross register counts 58 men in the militia's jail, 41 of them fishermen and 17
    dockworkers': two parts that add up to a stock counted right before them (a count of people
    held, a list or a roll: lexicon stock_breakdown_cue between the stock's count and its
    parts) break it down; they are no stock of their own. Not the parts of a group handed
    over ('the army got back 38 captives held in rebel custody, 25 police officers and 13
    soldiers'). `t` lower-cased."""
    if " and " not in t:
        return False  # the common case
    p = lex.stage_patterns("part_traps.stock_parts", _StockParts)
    lo = max(0, q.start - 140)
    m = p.before.search(t, lo, q.start)
    if m is not None:
        parts, stock_end = (m["a"],), m.start("a")
    else:
        m = _STOCK_HEAD_RE.search(t, lo, q.start)
        after = p.after.match(t, q.num_end) if m is not None else None
        if m is None or after is None:
            return False
        parts, stock_end = (after["b"],), m.end()
    values = [parse_number(w.replace(",", "")) for w in (m["head"], *parts)]
    if None in values or values[1] + q.value != values[0]:
        return False
    lo = max(0, m.start("head") - 80)
    if any(
        lex.cue_lower[cue].search(t, lo, stock_end) is not None
        for cue in ("release", "give_again_verb", "stock_handover_verb")
    ):
        return False  # "got back 38 captives held in rebel custody, …": a handover's parts
    return p.stock.search(t, lo, stock_end) is not None


# a stock's count and noun phrase right before its first part
_STOCK_HEAD_RE = re.compile(r"\b(?P<head>\d[\d,]*)\s+(?:[\w'’-]+\s+){0,7}?[\w'’-]+,\s+$")


# a verb of holding after a whole: 'the 50 hostages it holds', '… it kept in Mali'
_HOLDS_LRE = re.compile(r"\b(?:holds?|holding|held|keeps?|kept|keeping)\b")


class _FreedPartWhole:
    """The patterns of freed_part_whole, built once per lexicon."""

    __slots__ = ("part_of", "taken")

    def __init__(self, lex: Lexicon) -> None:
        # the part's count and 'of (the/its)' right before the whole
        self.part_of = re.compile(
            rf"\b{count_pattern(lex)}\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?$"
        )
        self.taken = re.compile(rf"\b(?:{lex.phrases('taken_whole').lower()})\b")


def freed_part_whole(lex: Lexicon, t: str, q: Quantity, end: int) -> bool:
    """'Villagers freed two of five abductees', 'four of nine kidnapped pilgrims are free':
    the whole of a part the sentence tells freed, a group taken by kidnappers (lexicon
    taken_whole in its noun phrase): the count at the taking, neither held now (its part is
    out) nor handed over; no fact of its own. Not a whole told held ('74 of 168 soldiers
    held in Donbas'), nor one whose freeing is still to come ('pledged to free 50 of the 240
    hostages'). `t` lower-cased."""
    if " of " not in t[max(0, q.start - 12) : q.start]:
        return False  # the common case
    p = lex.stage_patterns("part_traps.freed_part_whole", _FreedPartWhole)
    if p.part_of.search(t, max(0, q.start - 24), q.start) is None:
        return False
    if p.taken.search(t, q.num_end, end) is None:
        return False
    if lex.cue_lower["capture_still"].search(t, q.num_end, end + 40) or _HOLDS_LRE.search(
        t, q.num_end, end + 40
    ):
        return False  # 'two of the 17 hostages it holds', '… still held': the whole is held now
    if lex.cue_lower["planned"].search(t):
        return False  # the freeing is still to come: the whole is held until then
    return lex.cue_lower["release"].search(t) is not None
