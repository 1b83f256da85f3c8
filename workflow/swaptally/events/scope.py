"""The scope of a counted figure: one handover, a whole operation, or a running total.

Only stages (one handover of one side) are ever summed. "5,757 returned since March
2022", "3,956 in 60 exchanges" or "697 people in these two days" are true figures of
another scope: they become claims, compared with the sum of stages, never added to it.
A figure about an earlier exchange in a later article ("last time", "in December
2023") is background: it never takes the publication day.

The cues are data (lexicon/scope.yaml); here they are read in the clause around the
figure: the words near it, up to a strong break (";", "while"), so that "303 came
home today; 5,757 since 2022" gives one stage and one running total.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import polars as pl
import yaml

SCOPES = ("stage", "operation", "running")
LEXICON = Path(__file__).resolve().parent.parent / "lexicon" / "scope.yaml"
WINDOW_WORDS = 14  # words either side of the figure that a cue may stand in
RUNNING_SPAN_DAYS = 14  # a period this long or longer that ends at publication is a running total


@dataclass(frozen=True)
class ScopeLexicon:
    running: CueSet
    start_cues: tuple[str, ...]
    not_running_before_since: CueSet
    operation: CueSet
    background: CueSet
    agreement: CueSet
    months: list[tuple[int, CueSet]]
    breaks: re.Pattern[str]
    mediators: list[tuple[str, CueSet]]
    mediation: CueSet


class CueSet:
    """Cue phrases, each found fast: a plain substring test on its longest word first, the
    regex (word start, "{n}" as a number) only where that word occurs."""

    def __init__(self, cues: list[str], number: str) -> None:
        self.cues: list[tuple[str, re.Pattern[str]]] = []
        for cue in sorted(cues, key=len, reverse=True):
            words = [w for w in cue.lower().split() if w != "{n}"]
            key = max(words, key=len) if words else ""
            text = re.escape(cue).replace(r"\{n\}", number).replace(r"\ ", r"\s+")
            self.cues.append((key, re.compile(r"(?<!\w)" + text, re.IGNORECASE)))

    def finditer(self, text: str) -> list[re.Match[str]]:
        lowered = text.lower()
        found = [m for key, pattern in self.cues if key in lowered for m in pattern.finditer(text)]
        return sorted(found, key=lambda m: (m.start(), -m.end()))

    def search(self, text: str) -> re.Match[str] | None:
        found = self.finditer(text)
        return found[0] if found else None


def _cue_re(cues: list[str], number: str) -> CueSet:
    return CueSet(cues, number)


@cache
def load_scope_lexicon(path: str | None = None) -> ScopeLexicon:
    """The scope cues of lexicon/scope.yaml (or another file of the same shape)."""
    data = yaml.safe_load(Path(path or LEXICON).read_text(encoding="utf-8"))["scope"]
    words = "|".join(re.escape(w) for w in data["number_words"])
    number = rf"(?:\d[\d,.\u00a0]*+(?:\s\d\d\d)*+|{words})"
    return ScopeLexicon(
        running=_cue_re(data["running"], number),
        start_cues=tuple(c.lower() for c in data["start_cues"]),
        not_running_before_since=_cue_re(data["not_running_before_since"], number),
        operation=_cue_re(data["operation"], number),
        background=_cue_re(data["background"], number),
        agreement=_cue_re(data["agreement"], number),
        months=[(int(m), CueSet(names, number)) for m, names in data["months"].items()],
        breaks=re.compile("|".join(re.escape(b) for b in data["clause_breaks"]), re.IGNORECASE),
        mediators=[(name, _cue_re(names, number)) for name, names in data["mediators"].items()],
        mediation=_cue_re(data["mediation_cues"], number),
    )


def _figure_at(sentence: str, low: int | None, high: int | None) -> int | None:
    """Where the figure stands in its sentence (digits as written: 5,757 / 5 757 / 5757)."""
    for value in (low, high):
        if value is None:
            continue
        digits = str(value)
        groups = [digits[max(0, i - 3) : i] for i in range(len(digits), 0, -3)][::-1]
        pattern = r"[,.\s\u00a0]?".join(re.escape(g) for g in groups)
        found = re.search(rf"(?<![\d,.]){pattern}(?![\d])", sentence)
        if found:
            return found.start()
    return None


def clause(sentence: str, low: int | None, high: int | None) -> str:
    """The words around the figure, cut at strong breaks; the whole sentence if not found."""
    lex = load_scope_lexicon()
    at = _figure_at(sentence, low, high)
    if at is None:
        return sentence
    start, end = 0, len(sentence)
    for m in lex.breaks.finditer(sentence):
        if m.end() <= at:
            start = m.end()
        elif m.start() > at:
            end = m.start()
            break
    before = sentence[start:at].split()[-WINDOW_WORDS:]
    after = sentence[at:end].split()[: WINDOW_WORDS + 1]
    return " ".join([*before, *after])


def _running(text: str, lex: ScopeLexicon) -> bool | None:
    """True: a running-total cue; None: only a "since" of a superlative ("the first since
    February"), which says the figure is NOT a running total; False: no cue."""
    guarded = False
    for m in lex.running.finditer(text):
        if m.group(0).lower().startswith(lex.start_cues):
            preceding = " ".join(text[: m.start()].split()[-4:])
            if lex.not_running_before_since.search(preceding):
                guarded = True
                continue
        return True
    return None if guarded else False


def _other_month(text: str, on: dt.date | None, lex: ScopeLexicon) -> bool:
    """The clause names a month other than the one of `on` (or a year before it)."""
    if on is None:
        return False
    if any(month != on.month and cues.search(text) for month, cues in lex.months):
        return True
    years = [int(y) for y in re.findall(r"(?<!\d)(20\d\d)(?!\d)", text)]
    return any(y < on.year for y in years)


def figure_scope(
    sentence: str,
    low: int | None,
    high: int | None,
    published: dt.date | None,
    period_start: dt.date | None,
    period_end: dt.date | None,
) -> tuple[str, bool, bool]:
    """(scope, background, agreement day named) of one figure, from its sentence and fields."""
    lex = load_scope_lexicon()
    text = clause(sentence or "", low, high)
    agreement = bool(lex.agreement.search(sentence or ""))
    running = _running(text, lex)
    if running is None and period_start is not None:  # "the first swap since February"
        return "stage", False, agreement
    if period_start is not None:
        span = ((period_end or published or period_start) - period_start).days
        if span >= RUNNING_SPAN_DAYS:
            return "running", False, agreement
    if lex.operation.search(text):
        return "operation", False, agreement
    if running:
        return "running", False, agreement
    if period_start is not None:
        return "operation", False, agreement
    background = bool(lex.background.search(text)) or _other_month(text, published, lex)
    return "stage", background, agreement


def add_scope(facts: pl.DataFrame) -> pl.DataFrame:
    """Facts with `scope` and `background`, and dates that are not the handover's dropped.

    A figure of another month or "last time" that extraction dated to the publication
    day (or the day before) took the day of the article, not its own: it becomes undated.
    A handover reported with an earlier day named beside an agreement ("under the deal
    reached on July 23, 185 were returned") took the agreement's day: undated too.
    """
    keys = ["sentence", "low", "high", "published", "period_start", "period_end"]
    distinct = facts.select(keys).unique()
    found = [figure_scope(*row) for row in distinct.iter_rows()]
    scopes = distinct.with_columns(
        scope=pl.Series([s for s, _, _ in found], dtype=pl.String),
        background=pl.Series([b for _, b, _ in found], dtype=pl.Boolean),
        _agreement=pl.Series([a for _, _, a in found], dtype=pl.Boolean),
    )
    out = facts.join(scopes, on=keys, how="left", nulls_equal=True, suffix="_found")
    if "scope_found" in out.columns:  # a reviewer set some facts' scope (corrections.py)
        out = out.with_columns(scope=pl.coalesce("scope", "scope_found")).drop("scope_found")
    lag = (pl.col("published") - pl.col("date")).dt.total_days()
    agreement_day = (
        pl.col("_agreement")
        & (pl.col("status") == "reported")
        & (pl.col("scope") == "stage")
        & ~pl.col("background")
        & (lag > 1)
    )
    # a period that the clause shows is not one ("the first swap since February")
    no_period = (pl.col("scope") == "stage") & (pl.col("status") == "reported")
    return out.with_columns(
        date=pl.when((pl.col("background") & lag.is_between(0, 1)) | agreement_day)
        .then(None)
        .otherwise(pl.col("date")),
        period_start=pl.when(no_period).then(None).otherwise(pl.col("period_start")),
        period_end=pl.when(no_period).then(None).otherwise(pl.col("period_end")),
    ).drop("_agreement")


def mediators_named(sentences: list[str]) -> str | None:
    """Mediators or venues named beside a mediation cue in these sentences, '; '-joined."""
    lex = load_scope_lexicon()
    names = {
        name
        for s in sentences
        if s and lex.mediation.search(s)
        for name, pattern in lex.mediators
        if pattern.search(s)
    }
    return "; ".join(sorted(names)) or None


@cache
def speaker_side(said_by: str | None) -> str | None:
    """The country code of who a figure is attributed to ("Russia's defence ministry" → RU),
    from the actors lexicon; None when no actor is named."""
    if not said_by:
        return None
    from swaptally.extract import load_lexicon  # the actors lexicon of extraction

    lexicon = load_lexicon()
    found = lexicon.actor_re.search(said_by)
    if found is None:
        return None
    entry = lexicon.actor_code.get(found.group(0).lower())
    return entry[0] if entry else None
