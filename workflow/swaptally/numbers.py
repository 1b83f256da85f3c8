"""Figures in English text: digits, number words, ranges, qualifiers, vague plurals.

`find_quantities(s)` returns every figure in `s` with its span, its range (low, high)
and how it was stated (workflow/docs/FACTS.md qualifiers). It says nothing about *what* is counted:
extract.py decides whether a figure counts people. Non-counts that can be recognised
from the figure alone (years, ordinals, ages, durations, money, percentages, dates,
phone-like runs) are dropped here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import text2num

from swaptally.ascii_twin import ascii_twin

__all__ = ["Quantity", "find_quantities", "parse_number"]


@dataclass(slots=True)  # not frozen: a frozen __init__ is markedly slower
class Quantity:
    start: int  # span of the figure as written, qualifier words included
    end: int
    low: int | None
    high: int | None
    qualifier: str  # exact | range | approx | at_least | at_most | vague
    value: int  # the stated figure (the upper one for a range)
    num_start: int  # span of the figure alone (no qualifier words)
    num_end: int


_UNITS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]  # fmt: skip
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}


def _trie(words: list[str]) -> str:
    """Words → a regex alternation factored by common prefixes (re tries each branch)."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    parts = []
    for head, tails in sorted(groups.items()):
        rest = [t for t in tails if t]
        body = _trie(rest) if rest else ""
        if rest and "" in tails:
            body = f"(?:{body})?"
        parts.append(re.escape(head) + body)
    return "(?:" + "|".join(parts) + ")"


_WORD = _trie(sorted(_UNITS + _TENS, key=len, reverse=True))
_WORDNUM = (
    rf"(?:{_WORD}(?:[\s-]+(?:and[\s-]+)?(?:{_WORD}|hundred|thousand|million))*"
    r"|(?:a|one)\s+(?:hundred|thousand|million)(?:[\s-]+(?:and[\s-]+)?"
    rf"(?:{_WORD}|hundred|thousand))*)"
)
_DIGITS = (
    r"\d{1,3}(?:(?:,|[ \u00a0\u202f\u2009])\d{3})+(?![\d,.]\d)"
    r"|\d{1,3}(?:\.\d{3}){2,}(?![\d,.]\d)|\d+(?:\.\d+)?"  # "1.200.000": dots between thousands
)
# the same after its first digit
_DIGITS_REST = (
    r"\d{0,2}(?:(?:,|[ \u00a0\u202f\u2009])\d{3})+(?![\d,.]\d)"
    r"|\d{0,2}(?:\.\d{3}){2,}(?![\d,.]\d)|\d*(?:\.\d+)?"
)
_SCALE = r"(?:[\s-]*(?:million|thousand|hundred|bn|billion|mln|m(?![a-z])|k(?![a-z])))"
# one figure: digits or words, an optional scale word, "a dozen", "two dozen", "half a dozen"
_FIG = rf"(?:(?:{_DIGITS}){_SCALE}?|{_WORDNUM}(?:\s+dozen)?|(?:a|one|half\s+a)\s+dozen)"
# the look-ahead lets the scan try only where a figure can start ("half" only before " a")
_FIG_RE = re.compile(rf"\b(?=[\dzotfsenaZOTFSENA]|half\s+a\s){_FIG}(?![\w])", re.IGNORECASE)
# the same for lower-cased plain text (_FIG has no capital letter): see _Scans.figure_low
_FIG_LOW_RE = re.compile(rf"\b(?=[\dzotfsena]|half\s+a\s){_FIG}(?![\w])", re.ASCII)
# digits alone, for text without number words (most text): a much cheaper scan. It opens
# with a digit (re then skips to the next digit in C), \b after it looks behind the digit
_DIGIT_FIG_RE = re.compile(rf"\d(?<!\w\d)(?:{_DIGITS_REST})(?i:{_SCALE})?(?![\w])")
_HAS_NUMBER_WORD_RE = re.compile(
    r"\b" + _trie(sorted(_UNITS + _TENS + ["hundred", "thousand", "dozen"])) + r"(?:\b|-)"
)
# whether there is one past the first character: the non-word character before it first
# (re skips to the next such character in C instead of testing \b at every position)
_NUMBER_WORD_AFTER_RE = re.compile(r"\W" + _HAS_NUMBER_WORD_RE.pattern[2:])

_VAGUE = {
    "dozens": 24,
    "scores": 40,
    "hundreds": 200,
    "thousands": 2_000,
    "tens of thousands": 20_000,
    "hundreds of thousands": 200_000,
    "millions": 2_000_000,
}
_VAGUE_HINTS = ("dozen", "hundred", "thousand", "score", "million")  # one is in each vague figure
_VAGUE_RE = re.compile(
    r"\b(?=[smatdhSMATDH])(?:(?:several|a\s+few|a\s+couple\s+of|many)\s+(?P<sev>dozen|hundred|thousand)"
    r"|(?P<plural>tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|scores|hundreds"
    r"|thousands|millions))\b(?!\s+of\s+(?:dollars|euros|pounds|miles|kilometres|kilometers"
    r"|years|tonnes|tons|meters|metres|rubles|hryvnias))",
    re.IGNORECASE,
)

# qualifier words right before a figure; value: (qualifier, adjustment to the figure)
_BEFORE = {
    "more than": ("at_least", 1),
    "over": ("at_least", 1),
    "just over": ("at_least", 1),
    "well over": ("at_least", 1),
    "in excess of": ("at_least", 1),
    "upwards of": ("at_least", 1),
    "greater than": ("at_least", 1),
    "above": ("at_least", 1),
    "past": ("at_least", 1),  # "pushed the number freed past 500" (not "the past 3 days")
    "at least": ("at_least", 0),
    "no fewer than": ("at_least", 0),
    "not fewer than": ("at_least", 0),  # "Not fewer than 100 villagers": not "fewer than"
    "no less than": ("at_least", 0),
    "not less than": ("at_least", 0),
    "not more than": ("at_most", 0),
    "a minimum of": ("at_least", 0),
    "up to": ("at_most", 0),
    "at most": ("at_most", 0),
    "no more than": ("at_most", 0),
    "a maximum of": ("at_most", 0),
    "as many as": ("at_most", 0),
    "fewer than": ("at_most", -1),
    "less than": ("at_most", -1),
    "under": ("at_most", -1),
    "just under": ("at_most", -1),
    "below": ("at_most", -1),
    "about": ("approx", 0),
    "around": ("approx", 0),
    "nearly": ("approx", 0),
    "some": ("approx", 0),
    "roughly": ("approx", 0),
    "almost": ("approx", 0),
    "approximately": ("approx", 0),
    "close to": ("approx", 0),
    "an estimated": ("approx", 0),
    "estimated": ("approx", 0),
    "approx.": ("approx", 0),
    "circa": ("approx", 0),
    "an approximate": ("approx", 0),
    "in the region of": ("approx", 0),
    "on the order of": ("approx", 0),
    "of the order of": ("approx", 0),
}
_QUALIFIER_LAST_WORDS = frozenset(k.split()[-1] for k in _BEFORE)
_BEFORE_RE = re.compile(
    r"(?:^|(?<=\W))(?P<q>"
    + "|".join(re.escape(k) for k in sorted(_BEFORE, key=len, reverse=True))
    + r")\s+$",
    re.IGNORECASE,
)
_AFTER_RE = re.compile(r"(?:\s*\+|\s+or\s+(?:more|so)\b|-plus\b|\s+plus\b)", re.IGNORECASE)
# X to Y, X-Y, X–Y, between X and Y, from X to Y, X or Y
_RANGE_MID_RE = re.compile(r"^\s*(?:to|[-–—]|or|and)\s*$", re.IGNORECASE)

# what follows a figure that makes it no count of people
_NOT_COUNT_AFTER = re.compile(
    r"(?:(?:st|nd|rd|th)\b|[-\s]*(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?"
    r"|mins?|seconds?|decades?|centuries|century|percent|per\s*cent|km|kilomet(?:er|re)s?"
    r"|miles?|metres?|meters?|kg|tonnes?|tons?|[ap]\.?m\b|GMT|UTC|dollars?|euros?|pounds?"
    r"|rubles?|roubles?|hryvnias?|shekels?|USD|EUR|sq|square|times|fold|storey|story|floors?"
    r"|rounds?|stages?|phases?|parts?|year-olds?|-year-old|th)\b"
    r"|\s*%|-(?:year|month|day|week|hour)|[/:]\d|\.\d|[ \u00a0]\d|-\d+(?![\d\s])"
    r"|\s*(?:January|February|March|April|May|June"
    r"|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept"
    r"|Oct|Nov|Dec)\b)",
    re.IGNORECASE,
)
_PHONE_RE = re.compile(r"\d[\d\s().-]{9,}\d")


_PARSE_RE = re.compile(
    r"\s*(?P<d>\d[\d,.\s\u00a0\u202f\u2009]*?)\s*-?\s*"
    r"(?P<sc>million|thousand|hundred|bn|billion|mln|m|k)?\s*",
    re.IGNORECASE,
)
_LETTER_RE = re.compile(r"[a-z]", re.IGNORECASE)
_GROUP_SEP_RE = re.compile(r"[,\s\u00a0\u202f\u2009]")
# the same, for lower-cased text (no IGNORECASE: much faster in Python's re)
_NOT_COUNT_AFTER_L = re.compile(
    re.sub(r"(\\.)|([A-Z])", lambda m: m.group(1) or m.group(2).lower(), _NOT_COUNT_AFTER.pattern)
)
_YEAR_NOUN_AFTER_RE = re.compile(r"\s+(?:of\s+)?[a-z]")
# a month's name, full or cut short
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
)
# after a figure: a phone/code run ("495 123"), a time or ratio ("6:30", "1/2")
# before a figure: money, codes, times, ages, "No.", a month ("May 23"), digit runs
_NOT_COUNT_BEFORE = re.compile(
    r"(?:[$€£¥₴₽#№+]\s*|\d[.,:/ \u00a0-]|[:/]|\b(?:aged|age|ages|No\.|number)\s*"
    r"|\b" + _MONTH + r"\.?\s*)$",
)
# a month and its day right before a figure, a space between: "on May 2 40 prisoners …"
_DAY_BEFORE_RE = re.compile(r"\b" + _MONTH + r"\.?\s+(?:[1-9]|[12]\d|3[01]) $")
# a month, its day and a space right before a figure's digits
_MONTH_BEFORE_RE = re.compile(r"\b" + _MONTH + r"\.?\s+$")
# thousands set off by dots, as much of Europe writes them ("1.000", "12.500"); a figure
# with one dot and three digits after it is read so too, as an English decimal it would
# count no people
_DOT_GROUPS_RE = re.compile(r"\d{1,3}(?:\.\d{3})+")
_SCALE_END_RE = re.compile(r"(million|thousand|hundred|bn|billion|mln)\s*$", re.IGNORECASE)
_RANGE_START_RE = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_OF_THOUSANDS_RE = re.compile(r"\s+of\s+thousands", re.IGNORECASE)
_SPACES_RE = re.compile(r"[\s-]+")
_PHRASAL_OVER_RE = re.compile(
    r"\b(?:hand(?:ed|s|ing)?|took|tak(?:e|es|en|ing)|pass(?:ed|es)?|turn(?:ed|s)?|"
    r"brought|carried|moved|won|gave|given)\s+$",
    re.IGNORECASE,
)
_PAST_TIME_RE = re.compile(r"\b(?:the|these|those|its|their)\s+$", re.IGNORECASE)
_YEAR_PREP_RE = re.compile(
    r"\b(?:in|since|of|by|until|till|from|before|after|during|year|early|late|mid|spring|"
    r"summer|autumn|fall|winter|since)\s+$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Scans:
    """The patterns run on every sentence and figure, with Unicode classes, or their ASCII
    twins for plain text (swaptally.ascii_twin): there they match alike and faster."""

    word_first: re.Pattern[str]  # number words? (a look at the start, then past it)
    word_after: re.Pattern[str]
    figure: re.Pattern[str]  # figures, digits or words
    digits: re.Pattern[str]  # figures in digits alone
    not_after_low: re.Pattern[str]  # after a figure, lower-cased text: no count
    not_after: re.Pattern[str]
    not_before: re.Pattern[str]
    year_noun_after: re.Pattern[str]
    year_prep: re.Pattern[str]
    before: re.Pattern[str]  # qualifier words before a figure ("more than")
    after: re.Pattern[str]  # "or more", "+"
    range_mid: re.Pattern[str]
    vague: re.Pattern[str]
    # the figure scan for lower-cased plain text: no IGNORECASE, which makes Python's re
    # compare every letter through a case table (a pass over the plain dev sentences: 0.75
    # the instructions). None with Unicode classes: there case folding is more than
    # lower-casing ('ſ' matches 's'), so the scan reads the text as written
    figure_low: re.Pattern[str] | None = None


_PATTERNS = (
    _HAS_NUMBER_WORD_RE, _NUMBER_WORD_AFTER_RE, _FIG_RE, _DIGIT_FIG_RE, _NOT_COUNT_AFTER_L,
    _NOT_COUNT_AFTER, _NOT_COUNT_BEFORE, _YEAR_NOUN_AFTER_RE, _YEAR_PREP_RE, _BEFORE_RE, _AFTER_RE,
    _RANGE_MID_RE, _VAGUE_RE,
)  # fmt: skip
_SCANS = _Scans(*_PATTERNS)
_PLAIN_SCANS = _Scans(*map(ascii_twin, _PATTERNS), figure_low=_FIG_LOW_RE)


def _word_value(words: str) -> int | None:
    """Number words → int; 'a dozen', 'two dozen', 'half a dozen' here (text2num does not)."""
    w = _SPACES_RE.sub(" ", words.strip().lower())
    mult = 1
    if w.endswith("dozen"):
        w, mult = w[: -len("dozen")].strip(), 12
        if w in ("", "a", "one"):
            return mult
        if w == "half a":
            return mult // 2
    if w.startswith("a "):
        w = "one " + w[2:]
    try:
        return int(text2num(w, "en")) * mult
    except (ValueError, TypeError, IndexError, AttributeError):
        return None


@lru_cache(maxsize=4096)  # a few hundred figures, written alike, make most of a corpus's
def parse_number(s: str) -> int | None:
    """'1,000', '1 000', '1.2 million', '10 thousand', 'three hundred and seven' → int."""
    if s.isdigit():
        return int(s)
    m = _PARSE_RE.fullmatch(s)
    if not m:
        return _word_value(s) if _LETTER_RE.search(s) else None
    digits = _GROUP_SEP_RE.sub("", m["d"])
    try:
        value = float(digits)
    except ValueError:
        return None
    scale = (m["sc"] or "").lower()
    factor = {"k": 1_000, "m": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000}.get(scale)
    value *= factor or _SCALES.get(scale, 1)
    return round(value)


def is_year(figure: str) -> bool:
    """A bare 19xx or 20xx: four digits, no separator."""
    return len(figure) == 4 and figure[:2] in ("19", "20") and figure.isdigit()


def _is_not_count(s: str, low: str, start: int, end: int, text: str, scans: _Scans) -> bool:
    if scans.not_after_low.match(low, end) if low else scans.not_after.match(s, end):
        return True
    lo = start - 12 if start > 12 else 0  # not max(0, …), which costs ten times more
    before = s[lo:start].rstrip()
    last = before.rsplit(None, 1)[-1] if before else ""
    plain_word = last.isalpha() and last.islower() and last not in ("aged", "age", "ages", "number")
    if not plain_word and scans.not_before.search(s, lo, start):
        # money, codes, times, ages, "No.", a month: after a plain word, none; but a day of
        # the month before a space is a date's end, not a run of digits ("on May 2 40 …")
        if _DAY_BEFORE_RE.search(s, max(0, start - 16), start) is None:
            return True
        return is_year(text)  # the date's own year
    # a bare 19xx/20xx after "in", or followed by no noun, is a year
    return is_year(text) and (
        not scans.year_noun_after.match(s, end)
        or bool(scans.year_prep.search(s, start - 9 if start > 9 else 0, start))
    )


def _qualify(
    s: str, start: int, value: int, scans: _Scans
) -> tuple[str, int | None, int | None, int]:
    """Qualifier words before the figure → (qualifier, low, high, new span start)."""
    head = s[start - 20 if start > 20 else 0 : start]  # not max(0, …): ten times the cost
    before = head.rstrip()
    last = before[before.rfind(" ") + 1 :].lower().lstrip("\"'“‘([—–-")
    if last not in _QUALIFIER_LAST_WORDS:
        return "exact", value, value, start  # the common case, without a regex
    m = scans.before.search(head)
    if not m:
        return "exact", value, value, start
    qual, adj = _BEFORE[m["q"].lower()]
    new_start = start - (len(head) - m.start("q"))
    if m["q"].lower() == "past" and _PAST_TIME_RE.search(s, max(0, new_start - 8), new_start):
        return "exact", value, value, start  # "in the past 24 hours": time, no qualifier
    if m["q"].lower() == "over" and _PHRASAL_OVER_RE.search(s, max(0, new_start - 12), new_start):
        return "exact", value, value, start  # "handed over 307": a verb particle
    if qual == "at_least":
        return qual, value + adj, None, new_start
    if qual == "at_most":
        return qual, None, value + adj, new_start
    return qual, value, value, new_start


def _figures(s: str, t: str, scans: _Scans) -> list[tuple[int, int, int]]:
    """(start, end, value) of each figure; `t` is `s` lower-cased."""
    out = []
    low = t if len(t) == len(s) else ""  # offsets of `s`, or none
    if not (scans.word_first.match(t) or scans.word_after.search(t)):
        found = scans.digits.finditer(s)  # no number word: digits alone
    elif low and scans.figure_low is not None:
        found = scans.figure_low.finditer(low)  # the same spans in `s` (see _Scans)
    else:
        found = scans.figure.finditer(s)
    for m in found:
        start = m.start()
        text = s[start : m.end()]  # as written (`found` may scan the lower-cased text)
        if not text[0].isdigit() and text.lower() in ("a", "one"):
            continue
        if " " in text[:3] and _MONTH_BEFORE_RE.search(s, max(0, start - 12), start):
            # "Oct. 9 120 prisoners": the day of the month, then the figure, not "9 120"
            day = text.index(" ")
            start += day + 1
            text = text[day + 1 :]
        bare = text.replace(",", "")
        if "." in bare and _DOT_GROUPS_RE.fullmatch(bare):
            bare = bare.replace(".", "")  # "1.000 prisoners": a dot between thousands
        value = int(bare) if bare.isdigit() else parse_number(text)
        if value is None or _is_not_count(s, low, start, m.end(), text, scans):
            continue
        if len(text) > 10 and _PHONE_RE.fullmatch(text):
            continue
        out.append((start, m.end(), value))
    return out


def _scale_word(text: str) -> int:
    m = _SCALE_END_RE.search(text)
    if not m:
        return 1
    key = m.group(1).lower()
    return {"bn": 1_000_000_000, "mln": 1_000_000}.get(key) or _SCALES[key]


def _vague_hinted(low: str) -> bool:
    """One of _VAGUE_HINTS in `low` (a loop: any() over a generator costs twice as much)."""
    for h in _VAGUE_HINTS:  # noqa: SIM110
        if h in low:
            return True
    return False


def find_quantities(s: str, plain: bool = False, low_s: str | None = None) -> list[Quantity]:
    """Every figure in `s`, ranges merged, qualifiers applied, in order of position.
    `plain`: `s` is plain text (swaptally.extract.twins.plain_text), scanned faster. `low_s`:
    `s` lower-cased, if the caller has it."""
    if low_s is None:
        low_s = s.lower()
    scans = _PLAIN_SCANS if plain else _SCANS
    figs = _figures(s, low_s, scans)
    out: list[Quantity] = []
    i = 0
    while i < len(figs):
        start, end, value = figs[i]
        if i + 1 < len(figs) and scans.range_mid.match(s[end : figs[i + 1][0]]):
            nstart, nend, nvalue = figs[i + 1]
            # (also "X or Y": "four or five hostages", "12 or 13", the smaller first)
            # "8 to 10 thousand": the scale word of the second applies to the first
            if value < nvalue / 100 and _scale_word(s[nstart:nend]) > 1:
                value *= _scale_word(s[nstart:nend])
            if value < nvalue:
                m = _RANGE_START_RE.search(s[max(0, start - 9) : start])
                qstart = start - (len(s[max(0, start - 9) : start]) - m.start()) if m else start
                out.append(Quantity(qstart, nend, value, nvalue, "range", nvalue, start, nend))
                i += 2
                continue
        qual, low, high, qstart = _qualify(s, start, value, scans)
        am = scans.after.match(s, end)
        if am and qual == "exact":
            qual, low, high = "at_least", value, None
        out.append(Quantity(qstart, end, low, high, qual, value, start, end))
        i += 1
    for m in scans.vague.finditer(s) if _vague_hinted(low_s) else ():
        if any(q.start <= m.start() < q.end for q in out):
            continue
        key = (m["plural"] or m["sev"] + "s").lower()
        key = " ".join(key.split())
        low = _VAGUE.get(key) or _VAGUE[key.split()[-1]]
        if key == "hundreds" and _OF_THOUSANDS_RE.match(s, m.end()):
            continue
        out.append(Quantity(m.start(), m.end(), low, None, "vague", low, m.start(), m.end()))
    out.sort(key=lambda q: q.start)
    return out
