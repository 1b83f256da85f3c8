"""Figures that are a rate, an age or a population whatever people noun follows them: the
second half of 'N-for-N', 'for every 10 hostages', 'three prisoners for each hostage',
'aged 19', 'soldiers under 25', '2.3 million Palestinians', 'three flights carrying 45
prisoners each'. mention_traps.py asks these with its other traps."""

from __future__ import annotations

import re

from swaptally.numbers import Quantity

from .lexicon import Lexicon, lowered

__all__ = ["age_limit", "load_each", "rate_after", "rate_each_before", "skip_figure"]

_FOR_N_BEFORE_RE = re.compile(r"\d\s*-?\s*for\s*-?\s*$", re.IGNORECASE)

# not "each other" (the two sides "handed each other 146 prisoners apiece": a reciprocal)
_RATE_BEFORE_RE = re.compile(
    r"\b(?:every|each(?!\s+other\b)|per)\s+(?:(?:additional|further|extra|other)\s+)?"
    r"(?:(?:batch|group|set|round)\s+of\s+)?$",  # "for each batch of 10 hostages"
    re.IGNORECASE,
)

# "each hostage (was swapped) for 30", "for every soldier, 3": a ratio before the figure
_RATE_EACH_BEFORE_RE = re.compile(
    r"\b(?:each|every)\s+[\w-]+\s+(?:[\w-]+\s+){0,4}?for,?\s+(?:(?:up\s+to|about)\s+)?$",
    re.IGNORECASE,
)

# "three prisoners for each hostage", also past an apposition ("three prisoners, women and
# boys, for each hostage")
_RATE_AFTER_RE = re.compile(
    r"(?:,?[^,;:()]{0,60},)?\s+(?:[\w-]+\s+){0,3}?(?:for|per)\s+(?:each|every)\b",
    re.IGNORECASE,
)

_AGE_BEFORE_LRE = re.compile(r"\b(?:aged|ages?|age\s+of)\s+(?:between\s+)?$")
_AGE_AFTER_LRE = re.compile(r"\s*-?\s*years?\s*-?\s*old\b|\s+years\s+of\s+age\b")

_RATE_AFTER_LRE = lowered(_RATE_AFTER_RE)
_RATE_EACH_BEFORE_LRE = lowered(_RATE_EACH_BEFORE_RE)
_FOR_N_BEFORE_LRE = lowered(_FOR_N_BEFORE_RE)
_RATE_BEFORE_LRE = lowered(_RATE_BEFORE_RE)

# a limit of age right after a group's noun: "fighters under 25", "POWs younger than 25"
_AGE_LIMIT_LRE = re.compile(r"(?:under|over|younger\s+than|older\s+than)\s+$")
_WORD_BEFORE_LRE = re.compile(r"([a-z][a-z'’-]*)\s+$")


def rate_after(t: str, end: int) -> bool:
    """'three prisoners for each hostage': the group ending at `end` is given per head of
    another, a ratio. `t` lower-cased."""
    further = t[end : end + 90]
    return ("each" in further or "every" in further) and bool(_RATE_AFTER_LRE.match(t, end))


def rate_each_before(t: str, q: Quantity) -> bool:
    """'each hostage was exchanged for three prisoners': the figure is what one head of
    another group is worth, a ratio. `t` lower-cased."""
    behind = t[max(0, q.start - 60) : q.start]
    return ("each " in behind or "every " in behind) and bool(
        _RATE_EACH_BEFORE_LRE.search(t, max(0, q.start - 60), q.start)
    )


def load_each(lex: Lexicon, t: str, q: Quantity, end: int) -> bool:
    """'three flights carrying 45 prisoners each': a vehicle's load (lexicon vehicle_before),
    not a side's count. `t` lower-cased."""
    return t[end : end + 40].startswith(" each") and bool(
        lex.cue_lower["vehicle_before"].search(t, max(0, q.start - 30), q.start)
    )


def age_limit(lex: Lexicon, text: str, q: Quantity) -> bool:
    """'a batch of Georgian conscripts under 21', 'POWs younger than 25', 'detainees over
    60': a limit of age right after a people noun, with no noun of its own after it, counts
    no one (not 'freed over 300 prisoners', 'Russia returned under 100'). `text` is
    lower-cased."""
    if not _AGE_LIMIT_LRE.search(text, max(0, q.num_start - 14), q.num_start):
        return False  # the common case
    word = _WORD_BEFORE_LRE.search(text, max(0, q.start - 30), q.start)
    if word is None:
        return False
    noun = lex.noun_lower_re.match(text, word.start(1))
    if noun is None or noun.end() != word.end(1):
        return False  # "returned under 100": no group's noun right before the limit
    return not lex.noun_lower_re.match(text, q.num_end + 1)  # "… over 300 prisoners"


def skip_figure(text: str, q: Quantity) -> bool:
    """A figure that is no count of people whatever follows it: the second half of
    'N-for-N', a rate, a population, an age. `text` is lower-cased. Substring gates keep the
    right-anchored regexes rare."""
    before = text[max(0, q.start - 20) : q.num_start]
    if "for" in before and _FOR_N_BEFORE_LRE.search(text, max(0, q.num_start - 12), q.num_start):
        return True  # the second half of "1,000-for-1,000"
    if ("ever" in before or "each" in before or "per" in before) and _RATE_BEFORE_LRE.search(
        text, max(0, q.start - 20), q.start
    ):
        return True  # "for every 10 hostages", "every additional 10 hostages"
    if q.value >= 1_000_000:
        return True  # "2.3 million Palestinians": a population, no captives
    if ("age" in before and _AGE_BEFORE_LRE.search(text, max(0, q.start - 12), q.start)) or (
        _AGE_AFTER_LRE.match(text, q.num_end)
    ):
        return True  # "aged 19", "ages 28 and 27", "a 19-year-old", "19 years old"
    return q.qualifier == "vague" and q.start > 0 and text[q.start - 1] == "-"
