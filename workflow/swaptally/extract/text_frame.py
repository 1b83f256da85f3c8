"""The text's frame: is the text about a swap of people, or a deal under which people go free?

A figure's kind comes from the text around it as much as from its own verb: hostages
"released" under a truce in which the other side frees prisoners are one side of a swap;
prisoners "freed" in a text that names no swap and no deal went free one-sidedly.

Computed once per text (immutable). The cue words are lexicon data (triggers.yaml):
`swap_text` (a swap named), `not_swapped_after`/`not_swapped_before` (what else is
exchanged: lists, information, fire, a stock exchange), `both_released` (releases told as
both sides') and `deal` (truce, ceasefire, agreement).
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from swaptally.ascii_twin import ascii_twin
from swaptally.dates import find_dates

from .lexicon import Lexicon
from .sentence import Sentence, any_in
from .twins import is_twin

__all__ = ["TextFrame", "for_no_people", "names_swap", "swapped", "text_frame"]

# a sentence whose days are all this long before the text's tells background
_BACKGROUND_DAYS = 30

# a swap written as figures: "1,000-for-1,000", "50 for 150" (a notation, not a word)
_N_FOR_N_RE = re.compile(r"\d\s*-?\s*for\s*-?\s*\d", re.IGNORECASE)
_PLAIN_N_FOR_N_RE = ascii_twin(_N_FOR_N_RE)  # for plain text (swaptally.ascii_twin)

_FIGURE_RE = re.compile(r"(?:some\s+|about\s+|more\s+than\s+|over\s+)?\d")

# the next three words (a possessive noun may stand before the object: "detainees' lists")
_WORDS_RE = re.compile(r"(?:[\w'’-]+\s*){0,3}")

# function words between a swap word and what is swapped: "exchanged the lists of …"
_GAP_RE = re.compile(r"[\s-]*(?:(?:of|the|their|its|a|an)\s+){0,2}", re.IGNORECASE)


# "for" after a swap word, and a word before what is given ("60", "a", "about", "$6")
_FOR_RE = re.compile(r"\s+for\s+", re.IGNORECASE)
_TOKEN_RE = re.compile(r"[$€£]?[\w,.-]+\s+")
_SPACE_RE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class TextFrame:
    swap: bool  # the text names a swap of people ("prisoner exchange", "swapped")
    deal: bool  # a text with no swap names a deal people go free under ("truce", "ceasefire")


def text_frame(
    lex: Lexicon,
    text: str,
    sents: Sequence[Sentence] = (),
    published: datetime.date | None = None,
) -> TextFrame:
    """The frame of `text` (split into `sents`). A swap: a swap word about people ("prisoner
    exchange", "swapped 40 soldiers"), or a bare one ("the exchange took place") in a text
    where no swap word names something else ("exchanged lists of prisoners", "an exchange of
    fire": the bare "exchange" is then that one); a swap told as background, in a sentence
    dated weeks before the text ("the last exchange took place in October 2020"), is not
    the text's. A deal (looked for in a text with no swap): a deal word."""
    low = text.lower()
    if len(low) != len(text):
        low = text  # rare scripts: the case-insensitive patterns on the text itself
    cue = lex.cue_lower if low is not text else lex.cue
    starts: list[int] = []  # where each sentence starts, found when first needed
    bare = other = False
    gate = lex.cue_needles.get("swap_text") if cue is lex.cue_lower else None
    found = () if gate is not None and not any_in(gate, low) else cue["swap_text"].finditer(low)
    for m in found:
        what = swapped(lex, cue, low, m.start(), m.end())
        if what != "other" and _wanted(cue, low, m.start()):
            continue  # a swap only wanted is no frame (a figure in its clause is its plan)
        if what != "other" and sents and published is not None:
            starts = starts or [x.start for x in sents]
            if _background(sents[bisect_right(starts, m.start()) - 1], published):
                continue
        if what == "people":
            return TextFrame(swap=True, deal=False)  # the common case: no need to look further
        bare |= what == "bare"
        other |= what == "other"
    if (bare and not other) or (_PLAIN_N_FOR_N_RE if is_twin(lex) else _N_FOR_N_RE).search(text):
        return TextFrame(swap=True, deal=False)
    if any(cue["other_half_opening"].match(x.low or x.text) for x in sents):
        return TextFrame(swap=True, deal=False)  # "… The same number went to the other side."
    if cue["both_released"].search(low):
        return TextFrame(swap=True, deal=False)  # "… prisoners were freed by both sides"
    return TextFrame(swap=False, deal=bool(cue["deal"].search(low)))


def names_swap(lex: Lexicon, text: str, low: str) -> bool:
    """A swap word or "N-for-N" in `text` (`low`: lower-cased, or "" in rare scripts)."""
    if low:
        gate = lex.cue_needles.get("swap_text")
        hit = lex.cue_lower["swap_text"].search(low) if gate is None or any_in(gate, low) else None
    else:
        hit = lex.cue["swap_text"].search(text)
    return bool(hit or (_PLAIN_N_FOR_N_RE if is_twin(lex) else _N_FOR_N_RE).search(text))


def _background(s: Sentence, published: datetime.date) -> bool:
    """A sentence about the past: every day it names is weeks before the text's."""
    dates = s.dates if s.dated else find_dates(s.text, published, is_twin(s.lex))
    days = [d.past for d in dates if d.past is not None and not d.since]
    return bool(days) and all((published - d).days > _BACKGROUND_DAYS for d in days)


def for_no_people(
    cue: dict[str, re.Pattern[str]], text: str, end: int, *, said_for: bool = False
) -> bool:
    """What a swap word ending at `end` gives people for is no people ('in return for 60 days
    of calm', 'in exchange for $6 billion'); `cue` is the lexicon's cues for `text`'s case,
    `said_for` whether the swap word ends in its 'for' ('in return for')."""
    m = _SPACE_RE.match(text, end) if said_for else _FOR_RE.match(text, end)
    if m is None:
        return False  # the common case
    at = m.end()
    for _ in range(3):  # past up to two words: "60 days", "about $6 billion"
        w = cue["not_swapped_for"].match(text, at)
        if w is not None:
            head = _SPACE_RE.match(text, w.end())  # "an aid worker": people after all
            return head is None or not cue["not_swapped_for_people"].match(text, head.end())
        word = _TOKEN_RE.match(text, at)
        if word is None:
            return False
        at = word.end()
    return False


# "In return," / "In exchange," opening a sentence or a clause
_IN_RETURN_OPENS_RE = re.compile(r"(?:^|[.;:]\s*|,\s*)in\s+(?:return|exchange)$", re.IGNORECASE)


def _gives_people(lex: Lexicon, cue: dict[str, re.Pattern[str]], text: str, at: int) -> bool:
    """The clause after a swap word set off by a comma ('In return, …') hands people over
    or names them: a handover verb, a people noun or a figure before its sentence ends."""
    end = text.find(".", at, at + 200)
    end = at + 200 if end < 0 else end
    for verbs in (cue["exchange"], cue["release"]):
        for v in verbs.finditer(text, at, end):
            # "agreed to release Belavia from sanctions": a firm freed from a measure
            if not cue["freed_from_measure"].search(text, v.end(), min(end, v.end() + 40)):
                return True
    nouns = lex.noun_lower_re if cue is lex.cue_lower else lex.noun_re
    return bool(nouns.search(text, at, end) or re.search(r"\d", text[at:end]))


_ARTICLE_END_RE = re.compile(r"\s+(?:a|an|any|the)$", re.IGNORECASE)


def swapped(lex: Lexicon, cue: dict[str, re.Pattern[str]], text: str, start: int, end: int) -> str:
    """What the swap word at text[start:end] swaps: "people", "other", "bare" (not said)
    or "hoped" (a swap of people hoped for, not told: no frame of the text)."""
    if for_no_people(cue, text, end):
        return "other"  # "let 8 hostages go for a 45-day lull"
    if (
        text.startswith(",", end)
        and _IN_RETURN_OPENS_RE.search(text, max(0, start - 8), end)
        and not _gives_people(lex, cue, text, end)
    ):
        return "other"  # "In return, Washington eased sanctions on the airline"
    at = _GAP_RE.match(text, end).end()  # type: ignore[union-attr]  # always matches
    words = _WORDS_RE.match(text, at).end()  # type: ignore[union-attr]  # always matches
    if cue["not_swapped_after"].search(text, at, words):
        return "other"  # "exchanged lists of prisoners", "exchange detainees' lists"
    before = text[max(0, start - 24) : start].rstrip(" -")
    # the word right before: "stock exchange", "foreign exchange", "a heated exchange"
    if any(b.end() == len(before) for b in cue["not_swapped_before"].finditer(before)):
        return "other"
    bare = _ARTICLE_END_RE.sub("", before)  # "without a swap": the word before the article
    if any(b.end() == len(bare) for b in cue["swap_denied_before"].finditer(bare)):
        return "other"  # "Nobody was swapped", "no exchange took place": a swap denied
    subject = _COPULA_END_RE.sub("", before)  # "prisoner lists are swapped": lists swapped
    if subject != before and cue["not_swapped_after"].search(subject, max(0, len(subject) - 12)):
        return "other"
    nouns = lex.noun_lower_re if cue is lex.cue_lower else lex.noun_re
    head = [b for b in nouns.finditer(before) if b.end() == len(before)]
    if head:
        # "a step toward a prisoner swap", "set off talk of a POW exchange": a swap hoped
        # for, not told (the word before the noun and its article)
        wide = text[max(0, start - 48) : start].rstrip(" -")  # the same end as `before`
        hoped = _ARTICLE_END_RE.sub("", wide[: len(wide) - len(head[-1].group())].rstrip())
        if any(b.end() == len(hoped) for b in cue["swap_hoped_before"].finditer(hoped)):
            return "hoped"
        return "people"  # "the prisoner exchange", "a POW swap"
    if cue["swapped_subject"].fullmatch(text, start, end):
        return "other"  # "the town changed hands": its people would stand right before
    stop = text.find(". ", at, at + 30)  # not into the next sentence
    if _FIGURE_RE.match(text, at) or nouns.search(text, at, at + 30 if stop < 0 else stop):
        return "people"  # "swapped 40 soldiers", "the exchange of prisoners"
    return "bare"


def _wanted(cue: dict[str, re.Pattern[str]], text: str, start: int) -> bool:
    """A swap demanded, offered or awaited in the swap word's own clause, not told ('have
    demanded that Kinshasa free their fighters in exchange', 'stood ready to assist with
    further swaps'): the lexicon's swap_wanted cue between the clause's start (its last
    comma or stop) and the swap word."""
    lo = max(0, start - 80)
    lo = max(lo, *(text.rfind(c, lo, start) + 1 for c in _CLAUSE_MARKS))
    return cue["swap_wanted"].search(text, lo, start) is not None


_CLAUSE_MARKS = (",", ".", ";", ":", "!", "?")


# a copula right before a swap word: its subject stands before it ("lists are swapped")
_COPULA_END_RE = re.compile(r"\s+(?:are|were|is|was|have\s+been|has\s+been|had\s+been)$")
