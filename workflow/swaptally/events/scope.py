"""The scope of a counted figure: one handover, a whole operation, or a running total.

Only stages (one handover of one side) are ever summed. "5,757 returned since March
2022", "3,956 in 60 exchanges" or "697 people in these two days" are true figures of
another scope: they become claims, compared with the sum of stages, never added to it.
A figure about an earlier exchange in a later article ("last time", "in December
2023") is background: it never takes the publication day.

The cues are data (lexicon/scope.yaml); here they are read in the clause around the
figure: the words near it, up to a strong break (";", "while"), so that "303 came
home today; 5,757 since 2022" gives one stage and one running total. A recap told in
two halves ("In the previous swap Kyiv got 90, while Moscow got 80") is background in
both: its cue holds across a contrast ("while", "а", "тоді як") unless the second
half names a time of its own ("while today 80 came home").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import polars as pl
import yaml

from swaptally import tables

SCOPES = ("stage", "operation", "running")
LEXICON = Path(__file__).resolve().parent.parent / "lexicon" / "scope.yaml"
WINDOW_WORDS = 14  # words either side of the figure that a cue may stand in
RUNNING_SPAN_DAYS = 14  # a period this long or longer that ends at publication is a running total


@dataclass(frozen=True)
class ScopeLexicon:
    running: CueSet
    running_before: CueSet
    start_cues: tuple[str, ...]
    not_running_before_since: CueSet
    operation: CueSet
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


# Python's re.IGNORECASE takes these for "i" too; polars' (Rust) (?i) does not.
LOOSE_EXTRA = {"i": "İı"}
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
        pieces = [f"(?:{number})" if w == "{n}" else _loose_text(w) for w in cue.split()]
        parts.append(f"{LOOSE_SPACE}*".join(pieces))
    return "(?i)(?:" + "|".join(parts) + ")" if parts else "(?!)"


@cache
def load_scope_lexicon(path: str | None = None) -> ScopeLexicon:
    """The scope cues of lexicon/scope.yaml (or another file of the same shape)."""
    data = yaml.safe_load(Path(path or LEXICON).read_text(encoding="utf-8"))["scope"]
    words_ = data["number_words"]
    words = "|".join(re.escape(w) for w in words_)
    number = rf"(?:\d[\d,.\u00a0]*+(?:\s\d\d\d)*+|{words})"
    return ScopeLexicon(
        running=_cue_re(data["running"], number),
        running_before=_cue_re(data["running_before"], number),
        start_cues=tuple(c.lower() for c in data["start_cues"]),
        not_running_before_since=_cue_re(data["not_running_before_since"], number),
        operation=_cue_re(data["operation"], number),
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
            ],
            words_,
        ),
        loose_months=[(int(m), _loose(names, words_)) for m, names in data["months"].items()],
        loose_agreement=_loose(data["agreement"], words_),
        loose_mediation=_loose(data["mediation_cues"], words_),
    )


@cache
def _figure_re(value: int) -> re.Pattern[str]:
    """A figure as it may be written: 5,757 / 5 757 / 5757 (compiled once per figure)."""
    digits = str(value)
    groups = [digits[max(0, i - 3) : i] for i in range(len(digits), 0, -3)][::-1]
    pattern = r"[,.\s\u00a0]?".join(re.escape(g) for g in groups)
    return re.compile(rf"(?<![\d,.]){pattern}(?![\d])")


def _figure_at(sentence: str, low: int | None, high: int | None) -> int | None:
    """Where the figure stands in its sentence (digits as written: 5,757 / 5 757 / 5757)."""
    for value in (low, high):
        if value is None:
            continue
        found = _figure_re(value).search(sentence)
        if found:
            return found.start()
    return None


def _clause_bounds(sentence: str, at: int) -> tuple[int, int, list[re.Match[str]]]:
    """(start, end) of the clause around position `at`, and the breaks before it."""
    start, end, before = 0, len(sentence), []
    for m in load_scope_lexicon().breaks.finditer(sentence):
        if m.end() <= at:
            start = m.end()
            before.append(m)
        elif m.start() > at:
            end = m.start()
            break
    return start, end, before


def clause(sentence: str, low: int | None, high: int | None) -> str:
    """The words around the figure, cut at strong breaks; the whole sentence if not found."""
    return clause_at(sentence, low, high)[0]


def clause_at(sentence: str, low: int | None, high: int | None) -> tuple[str, int | None]:
    """(clause, where the figure stands in it: None if not found, the clause then the
    whole sentence)."""
    at = _figure_at(sentence, low, high)
    if at is None:
        return sentence, None
    start, end, _ = _clause_bounds(sentence, at)
    before = sentence[start:at].split()[-WINDOW_WORDS:]
    after = sentence[at:end].split()[: WINDOW_WORDS + 1]
    return " ".join([*before, *after]), len(" ".join(before)) + (1 if before else 0)


def clauses_before(sentence: str, low: int | None, high: int | None) -> list[str]:
    """The clauses joined to the figure's by contrasts ("…, while …", "…, а …"), nearest
    first, back to another break or the sentence's start: the halves of one picture."""
    at = _figure_at(sentence, low, high)
    if at is None:
        return []
    contrast = load_scope_lexicon().contrast
    _, _, breaks = _clause_bounds(sentence, at)
    found = []
    while breaks and breaks[-1].group(0).lower() in contrast:
        joint = breaks.pop()
        start = breaks[-1].end() if breaks else 0
        found.append(sentence[start : joint.start()])
    return found


def _background(text: str, lex: ScopeLexicon, cues: CueSet | None = None) -> bool:
    """A background cue (or one of `cues`) stands in the text that is not a comparison's
    ("more than last time", "the largest since the previous swap" do not place a figure in
    the past)."""
    for m in (cues or lex.background).finditer(text):
        preceding = " ".join(text[: m.start()].split()[-3:])
        if not lex.comparison.search(preceding):
            return True
    return False


def _running(text: str, lex: ScopeLexicon, at: int | None = None) -> bool | None:
    """True: a running-total cue (a cue of running_before only before the figure, at `at`;
    none where the figure was not found, as a number word); None: only a "since" of a
    superlative ("the first since February"), which says the figure is NOT a running total;
    False: no cue."""
    if at is not None and any(m.start() < at for m in lex.running_before.finditer(text)):
        return True
    guarded = False
    for m in lex.running.finditer(text):
        if m.group(0).lower().startswith(lex.start_cues):
            preceding = " ".join(text[: m.start()].split()[-4:])
            if lex.not_running_before_since.search(preceding):
                guarded = True
                continue
        return True
    return None if guarded else False


@dataclass(frozen=True)
class ClauseCues:
    """What the clause around a figure says, whatever the figure's dates."""

    running: bool | None  # see _running
    operation: bool
    background: bool  # a background cue ("last time")
    recap: bool  # a background cue that names one earlier exchange ("the previous swap")
    months: frozenset[int]  # months named
    first_year: int | None  # the earliest year (20xx) named


NO_CUES = ClauseCues(False, False, False, False, frozenset(), None)


def clause_cues(sentence: str | None, low: int | None, high: int | None) -> ClauseCues:
    """The cues in the clause of a figure."""
    lex = load_scope_lexicon()
    text, at = clause_at(sentence or "", low, high)
    years = [int(y) for y in re.findall(r"(?<!\d)(20\d\d)(?!\d)", text)]
    months = frozenset(month for month, cues in lex.months if cues.search(text))
    # a recap's cue (or month, or year) holds in its second half, which names no time of
    # its own: "In the previous swap (In December 2024) Kyiv got 90, while Moscow got 80"
    background = _background(text, lex) or (
        at is not None and any(m.start() < at for m in lex.background_before.finditer(text))
    )
    recap = _background(text, lex, lex.one_exchange)
    if not lex.news_time.search(text):
        for half in clauses_before(sentence or "", low, high):
            background = background or _background(half, lex)
            recap = recap or _background(half, lex, lex.one_exchange)
            if not months and not years:
                months = frozenset(m for m, cues in lex.months if cues.search(half))
                years = [int(y) for y in re.findall(r"(?<!\d)(20\d\d)(?!\d)", half)]
    return ClauseCues(
        running=_running(text, lex, at),
        operation=bool(lex.operation.search(text)),
        background=background,
        recap=recap,
        months=months,
        first_year=min(years, default=None),
    )


def agreement_named(sentence: str | None) -> bool:
    """The sentence speaks of an agreement (a day beside it is the agreement's)."""
    lex = load_scope_lexicon()
    return bool(sentence and lex.agreement.search(sentence))


def _other_month(cues: ClauseCues, on: dt.date | None) -> bool:
    """The clause names a month other than the one of `on` (or a year before it)."""
    if on is None:
        return False
    if any(month != on.month for month in cues.months):
        return True
    return cues.first_year is not None and cues.first_year < on.year


def figure_scope(
    sentence: str,
    low: int | None,
    high: int | None,
    published: dt.date | None,
    period_start: dt.date | None,
    period_end: dt.date | None,
) -> tuple[str, bool, bool]:
    """(scope, background, agreement day named) of one figure, from its sentence and fields.
    add_scope computes the same for a whole table (its dates part as polars expressions)."""
    cues = clause_cues(sentence, low, high)
    agreement = agreement_named(sentence)
    if cues.running is None and period_start is not None:  # "the first swap since February"
        return "stage", False, agreement
    if period_start is not None and cues.recap and not cues.running and not cues.operation:
        # a recap's month read as a span ("In the previous swap, in February, 150 returned")
        return "stage", True, agreement
    if period_start is not None:
        span = ((period_end or published or period_start) - period_start).days
        if span >= RUNNING_SPAN_DAYS:
            return "running", False, agreement
    if cues.operation:
        return "operation", False, agreement
    if cues.running:
        return "running", False, agreement
    if period_start is not None:
        return "operation", False, agreement
    # a month a superlative's "since" names bounds the figure, not dates it ("the first
    # swap since February" is today's news)
    other_month = cues.running is not None and _other_month(cues, published)
    return "stage", cues.background or other_month, agreement


def _sentence_table(facts: pl.DataFrame) -> pl.DataFrame:
    """Every distinct sentence with what the loose patterns find in it (a cue, a year, how
    many months and the first), and whether it speaks of an agreement (exact)."""
    lex = load_scope_lexicon()
    sentence = pl.col("sentence")
    months = [
        (m, sentence.str.contains(pattern).fill_null(False)) for m, pattern in lex.loose_months
    ]
    table = facts.select(sentence.unique()).with_columns(
        _cue=sentence.str.contains(lex.loose_cue).fill_null(False),
        _year=sentence.str.contains(r"20\d\d").fill_null(False),
        _n_months=pl.sum_horizontal(found.cast(pl.Int32) for _, found in months),
        _first_month=pl.min_horizontal(pl.when(found).then(pl.lit(m)) for m, found in months),
        _agreement=sentence.str.contains(lex.loose_agreement).fill_null(False),
    )
    maybe = table.filter("_agreement")["sentence"].to_list()
    agreed = pl.DataFrame(
        {"sentence": maybe, "_agreed": [agreement_named(t) for t in maybe]},
        schema={"sentence": pl.String, "_agreed": pl.Boolean},
    )
    return (
        table.join(agreed, on="sentence", how="left", maintain_order="left")
        .with_columns(_agreement=pl.col("_agreed").fill_null(False))
        .drop("_agreed")
    )


def _cue_table(rows: pl.DataFrame) -> pl.DataFrame:
    """Clause cues of the distinct (sentence, low, high) of these rows: the only
    row-by-row part of add_scope."""
    keys = rows.select("sentence", "low", "high").unique()
    found = [clause_cues(*row) for row in keys.iter_rows()]
    running = {True: 1, False: 0, None: -1}
    return keys.with_columns(
        _running=pl.Series([running[c.running] for c in found], dtype=pl.Int8),
        _operation=pl.Series([c.operation for c in found], dtype=pl.Boolean),
        _background=pl.Series([c.background for c in found], dtype=pl.Boolean),
        _recap=pl.Series([c.recap for c in found], dtype=pl.Boolean),
        _months=pl.Series([len(c.months) for c in found], dtype=pl.Int32),
        _month=pl.Series([min(c.months, default=None) for c in found], dtype=pl.Int32),
        _year=pl.Series([c.first_year for c in found], dtype=pl.Int32),
    )


def _scope_exprs() -> tuple[pl.Expr, pl.Expr]:
    """figure_scope's decisions (scope, background) over the columns of _cue_table."""
    start, published = pl.col("period_start"), pl.col("published")
    running, operation = pl.col("_running"), pl.col("_operation")
    span = (pl.coalesce("period_end", "published", "period_start") - start).dt.total_days()
    other_month = (published.is_not_null() & (running != -1)) & (
        (pl.col("_months") >= 2)
        | ((pl.col("_months") == 1) & (pl.col("_month") != published.dt.month()))
        | (pl.col("_year") < published.dt.year()).fill_null(False)
    )
    recap = start.is_not_null() & pl.col("_recap") & (running == 0) & ~operation
    scope = (
        pl.when((running == -1) & start.is_not_null())
        .then(pl.lit("stage"))
        .when(recap)
        .then(pl.lit("stage"))
        .when(start.is_not_null() & (span >= RUNNING_SPAN_DAYS))
        .then(pl.lit("running"))
        .when(operation)
        .then(pl.lit("operation"))
        .when(running == 1)
        .then(pl.lit("running"))
        .when(start.is_not_null())
        .then(pl.lit("operation"))
        .otherwise(pl.lit("stage"))
    )
    last = start.is_null() & ~operation & (running != 1)
    return scope, (last & (pl.col("_background") | other_month)) | recap


def scope_columns(facts: pl.DataFrame) -> pl.DataFrame:
    """scope, background and _agreement of every fact, in the facts' order.

    The same as figure_scope row by row; the clause is read only where a loose test of the
    sentence finds a cue, or a year or another month than the publication's."""
    keys = ["sentence", "low", "high"]
    published = pl.col("published")
    # only the key columns go through the joins (beside): sentences are never copied whole
    rows = _beside(facts, _sentence_table(facts), ["sentence"])
    other_month = (pl.col("_n_months") >= 2) | (
        (pl.col("_n_months") == 1) & (pl.col("_first_month") != published.dt.month())
    )
    needed = pl.col("_cue") | (published.is_not_null() & (pl.col("_year") | other_month))
    cued = _cue_table(facts.select(keys).filter(rows.select(needed).to_series()))
    rows = _beside(
        rows.select("published", "period_start", "period_end", "_agreement"), cued, keys, facts
    )
    scope, background = _scope_exprs()
    return rows.with_columns(
        pl.col("_running").fill_null(0),
        pl.col("_operation", "_background", "_recap").fill_null(False),
        pl.col("_months").fill_null(0),
    ).select(scope=scope, background=background, _agreement="_agreement")


def _beside(
    rows: pl.DataFrame, right: pl.DataFrame, on: list[str], keys: pl.DataFrame | None = None
) -> pl.DataFrame:
    """rows (narrow) with right's columns beside each, matched on the key columns `on` of
    keys (default rows): right has one row per key, nulls match nulls."""
    found = (keys if keys is not None else rows).select(on)
    found = found.join(right, on=on, how="left", nulls_equal=True, maintain_order="left")
    return rows.select(pl.exclude(on)).with_columns(found.drop(on).get_columns())


def add_scope(facts: pl.DataFrame) -> pl.DataFrame:
    """Facts with `scope` and `background`, and dates that are not the handover's dropped.

    A figure of another month or "last time" that extraction dated to the publication
    day (or the day before) took the day of the article, not its own: it becomes undated.
    A handover reported with an earlier day named beside an agreement ("under the deal
    reached on July 23, 185 were returned") took the agreement's day: undated too.
    """
    found = scope_columns(facts)
    if "scope" in facts.columns:  # a reviewer set some facts' scope (corrections.py)
        out = facts.with_columns(
            scope=pl.coalesce(facts["scope"], found["scope"]), background=found["background"]
        ).with_columns(_agreement=found["_agreement"])
    else:
        out = facts.hstack(found)
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


def mediation_cue() -> pl.Expr:
    """The sentence may name a mediation (the loose test of the mediation cues): only these
    facts' sentences are read for an exchange's mediators (mediators_named)."""
    return pl.col("sentence").str.contains(load_scope_lexicon().loose_mediation).fill_null(False)


def scope_of_shard(facts: pl.DataFrame) -> pl.DataFrame:
    """add_scope's findings for a shard's facts, row for row (tables.SCOPE_COLUMNS), and
    mediation_cue. A figure's scope is read from its own sentence and fields only, so it
    is found a shard at a time (swaptally extract --scope) and the events step never
    reads the sentences; a fact a reviewer corrects is scoped again there."""
    facts = add_scope(facts.cast(tables.FACT_SCHEMA))  # type: ignore[arg-type]
    return facts.select(
        "scope", "background", "date", "period_start", "period_end", mediation=mediation_cue()
    ).cast(tables.schema(tables.SCOPE_COLUMNS))  # type: ignore[arg-type]


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
