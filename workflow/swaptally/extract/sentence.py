"""One sentence as the stages see it: text, actors, dates, figures, clauses and cues.

Never changed once built (one per sentence); what is costly and not always needed
(clause breaks, whole-sentence cue searches) is computed on first use and kept.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from swaptally.dates import DateMention

from .lexicon import Actor, Lexicon, norm
from .twins import unicode_only_space

if TYPE_CHECKING:
    from .mentions import Figure

__all__ = ["Sentence", "any_in", "clause_breaks", "clause_of", "last_in"]

# the words that open a comma apposition on a group ("…, including two minors,", "…, most
# of them soldiers,"): a comma before one is no clause break
APPOSITION_OPENERS = r"including|among|of\s+whom|mostly|mainly|many|all|some|most"
# a comma apposition on a group, to its closing comma: opened by one of those words, or a
# part named before 'among/of them' ("900 prisoners, Poles among them, remain …")
APPOSITION = (
    rf",\s+(?:(?:{APPOSITION_OPENERS})\b[^,;:()]{{1,80}}"
    r"|[^,;:()]{1,50}?\s(?:among|of)\s+them),"
)

# a break's first character is matched first, so that re skips to the next candidate in C;
# what must hold around it is then looked at behind and ahead
_CLAUSE_BREAK_RE = re.compile(
    r"[;:()\u2013\u2014\[\],\-wb](?:(?<=[;:()\u2013\u2014\[\]])|(?<=\s-)(?=\s)"
    rf"|(?<=,)(?=\s)(?!\s+(?:{APPOSITION_OPENERS})\b)"
    r"|(?<=\bw)(?:hile|hereas)\b|(?<=\bb)ut\b)",  # 'while', 'whereas', 'but'
)


@dataclass(eq=False)  # never changed once built; not frozen: a frozen __init__ costs 5 µs
class Sentence:
    lex: Lexicon
    no: int  # 0-based index in the text
    start: int  # offset of the sentence in the text
    end: int
    text: str
    low: str  # text lower-cased, or "" where lower-casing changed its length (rare scripts)
    actors: tuple[Actor, ...]
    dates: tuple[DateMention, ...]
    dated: bool  # whether its dates were looked for (only where they may be needed)
    figures: tuple[Figure, ...]  # the figures that count people
    figure_starts: tuple[int, ...]  # where every number starts, people or not
    # the lower-cased text for substring tests (offsets may differ in rare scripts): a
    # field, not a property, since the stages read it thousands of times a text
    lowered: str
    found_breaks: list[tuple[int, int]] | None = None  # clause breaks mentions already found
    # what is computed on first use (the properties below) is kept in these fields (never
    # passed: None until then), not in the instance's __dict__, so that the class compiles
    # with mypyc (a native class has no __dict__ and takes no descriptor but properties;
    # README "The compiled build"). They are parameters of __init__ only because mypyc
    # (2.4.1) leaves a field(init=False) unset in the compiled class: its first read raises
    # AttributeError. Nothing enforces 'never passed' then: text.py passes 13 arguments by
    # position, so a new field goes before `found_breaks`, never after these.
    _breaks: list[tuple[int, int]] | None = field(default=None, repr=False)
    _cues: dict[str, re.Pattern[str]] | None = field(default=None, repr=False)
    _plain: bool | None = field(default=None, repr=False)
    _governing_plans: list[tuple[int, int]] | None = field(default=None, repr=False)
    _begun: bool | None = field(default=None, repr=False)
    _cumulative: bool | None = field(default=None, repr=False)
    _counting: frozenset[int] | None = field(default=None, repr=False)

    @property
    def breaks(self) -> list[tuple[int, int]]:
        breaks = self._breaks
        if breaks is None:
            breaks = self._breaks = (
                self.found_breaks if self.found_breaks is not None else clause_breaks(self.text)
            )
        return breaks

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause around text[start:end]: from the last break before to the next after."""
        return clause_of(self.breaks, len(self.text), start, end)

    def cue(self, name: str, lo: int, hi: int) -> tuple[int, int] | None:
        """The first match of lexicon cue `name` inside text[lo:hi] (a windowed search: most
        sentences have one or two figures, so scanning only their windows is cheapest)."""
        if hi <= lo:
            return None
        low = self.low
        if not low:  # a rare script: the patterns for the text as written, with no gate
            m = self.cues[name].search(self.text, lo, hi)
            return m.span() if m else None
        needles = self.lex.cue_needles.get(name)
        if needles is not None:
            window = low[lo:hi]  # none of the cue's substrings in it: no match, no search
            for w in needles:  # any_in, inlined: this runs ~15,000 times a dev pass
                if w in window:
                    break
            else:
                return None
        cues = self._cues  # the property, inlined: read on every search
        if cues is None:
            cues = self.cues
        m = cues[name].search(low, lo, hi)
        return m.span() if m else None

    @property
    def cues(self) -> dict[str, re.Pattern[str]]:
        value = self._cues
        if value is None:
            value = self._cues = self._find_cues()
        return value

    def _find_cues(self) -> dict[str, re.Pattern[str]]:
        """The lexicon's cue patterns for this sentence, chosen once: for its lower-cased
        text (ASCII twins when it is plain), or for the text as written in rare scripts."""
        if not self.low:
            return self.lex.cue
        return self.lex.cue_ascii if self.plain else self.lex.cue_lower

    @property
    def plain(self) -> bool:
        value = self._plain
        if value is None:
            value = self._plain = self._find_plain()
        return value

    def _find_plain(self) -> bool:
        """Plain ASCII (most English sentences), where the ASCII twins of the lexicon's
        patterns match as the Unicode ones do (phrase_patterns.ascii_twin). Not with a control
        character that Unicode's \\s takes for a space and ASCII's does not."""
        return self.low.isascii() and not unicode_only_space(self.low)

    def moved(self, lo: int, hi: int) -> bool:
        """An exchange or release word in text[lo:hi]."""
        return self.cue("any_moved", lo, hi) is not None  # one scan for both lists

    def next_figure_start(self, end: int) -> int:
        """Where the next number after `end` starts (or the sentence's end)."""
        i = bisect_left(self.figure_starts, end)
        return self.figure_starts[i] if i < len(self.figure_starts) else len(self.text)

    @property
    def governing_plans(self) -> list[tuple[int, int]]:
        value = self._governing_plans
        if value is None:
            value = self._governing_plans = self._find_governing_plans()
        return value

    def _find_governing_plans(self) -> list[tuple[int, int]]:
        """Every 'planned_governing' cue ('will', 'agreed to') of the sentence."""
        return [m.span() for m in self.lex.cue["planned_governing"].finditer(self.text)]

    @property
    def begun(self) -> bool:
        value = self._begun
        if value is None:
            value = self._begun = self._find_begun()
        return value

    def _find_begun(self) -> bool:
        """A cue that an operation has only started, anywhere in the sentence."""
        low = self.lowered
        return any_in(self.lex.begun_hints, low) and (
            self.cue("started", 0, len(self.text)) is not None
        )

    @property
    def cumulative(self) -> bool:
        value = self._cumulative
        if value is None:
            value = self._cumulative = self._find_cumulative()
        return value

    def _find_cumulative(self) -> bool:
        """A cue of a whole exchange's total ('in all', 'completing'), anywhere."""
        return self.cue("cumulative", 0, len(self.text)) is not None

    @property
    def counting(self) -> frozenset[int]:
        value = self._counting
        if value is None:
            value = self._counting = self._find_counting()
        return value

    def _find_counting(self) -> frozenset[int]:
        """Where its demonyms that count people start (counts_people of each, asked once:
        the text's parties, the codes it counts and its home party all ask it)."""
        return frozenset(a.start for a in self.actors if a.demonym and self.counts_people(a))

    def counts_people(self, a: Actor) -> bool:
        """A demonym that counts people: 'Ukrainian prisoners', or a demonym phrase that
        ends in a people noun ('foreign prisoners'). Callers test a.demonym first."""
        lex = self.lex
        if self.low:
            return bool(lex.noun_lower_re.match(self.low, a.end + 1)) or (
                self.low[a.start : a.end] in lex.people_demonyms
            )
        return bool(lex.noun_re.match(self.text, a.end + 1)) or (
            norm(self.text[a.start : a.end]) in lex.people_demonyms
        )


def any_in(words: Iterable[str], text: str) -> bool:
    """Whether one of `words` is a substring of `text`, as any() over a generator says,
    without the generator: the cheap gates before most regexes ask this ~10,000 times a
    pass over the dev texts, and a plain loop costs half as much."""
    for w in words:  # noqa: SIM110 (any() over a generator is the slower form)
        if w in text:
            return True
    return False


def clause_breaks(text: str) -> list[tuple[int, int]]:
    """Where clauses break: ';', ':', brackets, dashes, a comma, 'while', 'but'."""
    return [m.span() for m in _CLAUSE_BREAK_RE.finditer(text)]


def clause_of(breaks: list[tuple[int, int]], n: int, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end) of a text `n` long with these breaks."""
    i = bisect_left(breaks, (start, -1))
    lo = 0
    for j in range(i - 1, -1, -1):
        if breaks[j][1] <= start:
            lo = breaks[j][1]
            break
    hi = n
    for b0, _ in breaks[i:]:
        if b0 >= end:
            hi = b0
            break
    return lo, hi


def last_in(spans: list[tuple[int, int]], lo: int, hi: int) -> tuple[int, int] | None:
    """The last span that ends by `hi`, if it starts at `lo` or later."""
    i = bisect_left(spans, (hi, -1))
    while i > 0:
        i -= 1
        if spans[i][1] <= hi:
            return spans[i] if spans[i][0] >= lo else None
    return None
