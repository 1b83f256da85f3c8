"""The scope cues of lexicon/scope.yaml, compiled: exact cue sets read in a figure's clause,
and loose polars patterns that rule out, a whole column at once, the sentences that hold
none of them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from swaptally.extract.lexicon import straight_apostrophes, straight_data
from swaptally.yaml_words import load_words

LEXICON = Path(__file__).resolve().parent.parent / "lexicon" / "scope.yaml"


@dataclass(frozen=True)
class ScopeLexicon:
    running: CueSet
    running_before: CueSet
    total_only: frozenset[str]  # running cues that say a figure is a sum, not over what
    this_exchange: CueSet  # one exchange named (whole words)
    one_of_exchanges: CueSet  # one exchange of several named ("in a swap"), whole words
    said_of: CueSet  # a statement's verb: an exchange named after it is the statement's
    carries_on: CueSet  # before a figure: a part of, or more than, the figure before
    start_cues: tuple[str, ...]
    since_clause: CueSet  # opens a clause about an earlier time ("since both sides freed")
    not_running_before_since: CueSet
    operation: CueSet
    under_way: CueSet  # after a running cue: an operation still under way, not a total
    background: CueSet
    background_before: CueSet
    one_exchange: CueSet
    comparison: CueSet
    agreement: CueSet
    months: list[tuple[int, CueSet]]
    breaks: re.Pattern[str]
    contrast: frozenset[str]  # the breaks (lowercase) across which a background cue holds
    news_time: CueSet
    mediators: list[tuple[str, CueSet]]
    mediation: CueSet
    loose_cue: str  # polars patterns: a sentence without a match has no cue in any clause
    loose_months: list[tuple[int, str]]
    loose_agreement: str
    loose_mediation: str


class CueSet:
    """Cue phrases, each found fast: a plain substring test on its longest word first, the
    regex (word start, "{n}" as a number, "~" as any one word) only where that word occurs."""

    def __init__(self, cues: list[str], number: str, whole_words: bool = False) -> None:
        self.cues: list[tuple[str, re.Pattern[str]]] = []
        for cue in sorted(cues, key=len, reverse=True):
            words = [w for w in cue.lower().split() if w not in ("{n}", "~")]
            key = max(words, key=len) if words else ""
            text = re.escape(cue).replace(r"\{n\}", number).replace(r"\ ", r"\s+")
            text = text.replace(r"\~", ANY_WORD)
            end = r"(?!\w)" if whole_words else ""
            self.cues.append((key, re.compile(r"(?<!\w)" + text + end, re.IGNORECASE)))

    def finditer(self, text: str) -> list[re.Match[str]]:
        # "у пʼятницю" typed with U+02BC is the cue "у п'ятницю": read with straight
        # apostrophes, one character for one, so the offsets are the text's own
        text = straight_apostrophes(text)
        lowered = text.lower()
        found = [m for key, pattern in self.cues if key in lowered for m in pattern.finditer(text)]
        return sorted(found, key=lambda m: (m.start(), -m.end()))

    def search(self, text: str) -> re.Match[str] | None:
        found = self.finditer(text)
        return found[0] if found else None


ANY_WORD = r"[\w'’-]+"  # "~" in a cue


def _cue_re(cues: list[str], number: str) -> CueSet:
    return CueSet(cues, number)


# Python's re.IGNORECASE takes these for "i" too; polars' (Rust) (?i) does not.
# A straight apostrophe stands for the typographic ones too (CueSet reads them alike).
LOOSE_EXTRA = {"i": "İı", "'": "\u2019\u2018\u02bc"}


LOOSE_SPACE = r"[\s\x{1c}-\x{1f}]"  # Python's \s and str.split() also take \x1c-\x1f


def _loose_text(text: str) -> str:
    out = []
    for char in text:
        extra = LOOSE_EXTRA.get(char.lower(), "")
        if extra:
            out.append(f"[{char}{extra}]")
        elif char.isalnum():
            out.append(char)
        else:
            out.append(f"\\x{{{ord(char):x}}}")
    return "".join(out)


def _loose(cues: list[str], words: list[str]) -> str:
    """A polars (Rust regex) pattern that matches a text wherever any of these cues could
    match in a clause cut from it: no word-start test, any whitespace or none between words
    (the clause joins its words with one space, also where the figure stood right after a
    word), a number as any run of digits and separators. Only a test that saves the exact
    one: a sentence it does not match has none of the cues in any of its clauses."""
    digits = rf"\d(?:[\d,.\x{{a0}}]|{LOOSE_SPACE})*"
    number = "|".join([digits, *(_loose_text(w) for w in words)])
    parts = []
    for cue in cues:
        pieces = [
            f"(?:{number})" if w == "{n}" else r"\S+" if w == "~" else _loose_text(w)
            for w in cue.split()
        ]
        parts.append(f"{LOOSE_SPACE}*".join(pieces))
    return "(?i)(?:" + "|".join(parts) + ")" if parts else "(?!)"


@cache
def load_scope_lexicon(path: str | None = None) -> ScopeLexicon:
    """The scope cues of lexicon/scope.yaml (or another file of the same shape)."""
    # cues typed with a curly apostrophe are the straight ones the texts are read with
    data = straight_data(load_words(Path(path or LEXICON).read_text(encoding="utf-8"))["scope"])
    words_ = data["number_words"]
    words = "|".join(re.escape(w) for w in words_)
    number = rf"(?:\d[\d,.\u00a0]*+(?:\s\d\d\d)*+|{words})"
    return ScopeLexicon(
        running=_cue_re(data["running"], number),
        running_before=_cue_re(data["running_before"], number),
        total_only=frozenset(c.lower() for c in data["total_only"]),
        this_exchange=CueSet(data["this_exchange"], number, whole_words=True),
        one_of_exchanges=CueSet(data["one_of_exchanges"], number, whole_words=True),
        said_of=CueSet(data["said_of"], number, whole_words=True),
        carries_on=CueSet(data["carries_on"], number, whole_words=True),
        start_cues=tuple(c.lower() for c in data["start_cues"]),
        since_clause=CueSet(data["since_clause"], number, whole_words=True),
        not_running_before_since=_cue_re(data["not_running_before_since"], number),
        operation=_cue_re(data["operation"], number),
        under_way=_cue_re(data["under_way"], number),
        background=_cue_re(data["background"], number),
        comparison=_cue_re(data["comparison"], number),
        one_exchange=_cue_re(data["one_exchange"], number),
        background_before=_cue_re(data["background_before"], number),
        agreement=_cue_re(data["agreement"], number),
        months=[(int(m), CueSet(names, number)) for m, names in data["months"].items()],
        breaks=re.compile("|".join(re.escape(b) for b in data["clause_breaks"]), re.IGNORECASE),
        contrast=frozenset(b.lower() for b in data["contrast_breaks"]),
        news_time=_cue_re(data["news_time"], number),
        mediators=[(name, _cue_re(names, number)) for name, names in data["mediators"].items()],
        mediation=_cue_re(data["mediation_cues"], number),
        loose_cue=_loose(
            [
                *data["running"],
                *data["running_before"],
                *data["operation"],
                *data["background"],
                *data["background_before"],
                *data["carries_on"],
            ],
            words_,
        ),
        loose_months=[(int(m), _loose(names, words_)) for m, names in data["months"].items()],
        loose_agreement=_loose(data["agreement"], words_),
        loose_mediation=_loose(data["mediation_cues"], words_),
    )
