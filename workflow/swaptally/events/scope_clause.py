"""The clause around a figure (its words up to a strong break, and the halves of a contrast
before it) and the scope cues it holds: a running total, an operation, background, a
recap, months and years named, an agreement."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from swaptally.dates import find_spans
from swaptally.events.scope_cues import CueSet, ScopeLexicon, load_scope_lexicon
from swaptally.numbers import find_quantities

WINDOW_WORDS = 14  # words either side of the figure that a cue may stand in
_ANY_DAY = dt.date(2000, 1, 1)  # find_spans needs a publication day: any finds the words
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


@cache
def _figure_re(value: int) -> re.Pattern[str]:
    """A figure as it may be written: 5,757 / 5 757 / 5757 (compiled once per figure)."""
    digits = str(value)
    groups = [digits[max(0, i - 3) : i] for i in range(len(digits), 0, -3)][::-1]
    pattern = r"[,.\s\u00a0]?".join(re.escape(g) for g in groups)
    return re.compile(rf"(?<![\d,.]){pattern}(?![\d])")


def _figure_at(sentence: str, low: int | None, high: int | None) -> int | None:
    """Where the figure stands in its sentence (digits as written: 5,757 / 5 757 / 5757;
    else in words: "two civilians", "more than a dozen")."""
    for value in (low, high):
        if value is None:
            continue
        found = _figure_re(value).search(sentence)
        if found:
            return found.start()
    if not any(c.isalpha() for c in sentence):
        return None
    # in words: only where no digits stand for it (numbers.py reads them)
    for q in find_quantities(sentence):
        if q.num_start != q.num_end and {q.low, q.high, q.value} & {low, high} - {None}:
            return q.num_start
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


def _running(
    text: str, lex: ScopeLexicon, at: int | None = None, skip: frozenset[str] = frozenset()
) -> bool | None:
    """True: a running-total cue (a cue of running_before only before the figure, at `at`;
    none where the figure was not found, as a number word); None: only a "since" of a
    superlative ("the first since February"), which says the figure is NOT a running total;
    False: no cue. Cues in `skip` (lowercase) do not count."""
    if at is not None and any(m.start() < at for m in lex.running_before.finditer(text)):
        return True
    guarded = False
    for m in lex.running.finditer(text):
        cue = m.group(0).lower()
        if cue in skip:
            continue
        if cue.startswith(lex.start_cues):
            preceding = " ".join(text[: m.start()].split()[-4:])
            # a record ("the largest swap since …"), or a "since" after the figure that
            # recalls an earlier exchange with a figure of its own ("90 on Friday, the
            # biggest step since both sides freed 1,000 in October 2020")
            if lex.not_running_before_since.search(preceding) or (
                at is not None and m.start() > at and _figure_of_its_own(text[m.end() :])
            ):
                guarded = True
                continue
        return True
    return None if guarded else False


def _figure_of_its_own(text: str) -> bool:
    """The phrase that opens `text` counts something of its own: a figure (a year or a day
    is none) before any comma ("both sides freed 1,000 in October 2020", not "April 2023,
    and a further 120")."""
    found = find_quantities(text)
    return bool(found) and "," not in text[: found[0].start]


def _names_a_start(text: str, lex: ScopeLexicon) -> bool:
    """A start cue ("since", "с начала") or a span in words ("this year", "last year")."""
    if any(m.group(0).lower().startswith(lex.start_cues) for m in lex.running.finditer(text)):
        return True
    return bool(find_spans(text, _ANY_DAY))


def _since_event(text: str, lex: ScopeLexicon, at: int | None) -> bool:
    """The figure stands in a clause that "since" opens and that names its own time after
    the figure: "the largest swap since both sides freed 100 captives each in October
    2020" recalls that earlier exchange, its figure is that exchange's (no running total
    since it, no figure of today's). A comma between "since" and the figure ends the
    "since" phrase ("Since the war began, 3,000 came home in 2024" runs from its start)."""
    if at is None:
        return False
    after = text[at:]
    if not (_YEAR_RE.search(after) or any(cues.search(after) for _, cues in lex.months)):
        return False
    return any("," not in text[m.end() : at] for m in lex.since_clause.finditer(text[:at]))


def _over_time(text: str, lex: ScopeLexicon, at: int | None) -> bool:
    """A cue that the figure counts over time ("since", "so far", "brings the total to"),
    not only that it is a sum ("in total", lex.total_only)."""
    return bool(_running(text, lex, at, lex.total_only))


def _carries_on(text: str, lex: ScopeLexicon, at: int | None) -> bool:
    """A carries_on cue ends at most one word before the figure, and the clause names no
    time of its own ("Another 40 came home today" is today's)."""
    if at is None or lex.news_time.search(text):
        return False
    return any(len(text[m.end() : at].split()) <= 1 for m in lex.carries_on.finditer(text[:at]))


def _exchange_named(text: str, lex: ScopeLexicon, at: int | None) -> bool:
    """One exchange is named as the figure's, not only after a statement's verb past the
    figure ("2,500 came home in all, the mediator said of the handover")."""
    said = [m.start() for m in lex.said_of.finditer(text) if at is None or m.start() > at]
    return any(not any(s < m.start() for s in said) for m in lex.this_exchange.finditer(text))


@dataclass(frozen=True)
class ClauseCues:
    """What the clause around a figure says, whatever the figure's dates."""

    running: bool | None  # see _running
    operation: bool
    under_way: bool  # more of the operation is to come ("with more due on Saturday")
    background: bool  # a background cue ("last time")
    recap: bool  # a background cue that names one earlier exchange ("the previous swap")
    this_exchange: bool  # one exchange named and no cue of a count over time
    one_of_exchanges: bool  # one of several exchanges named ("in a swap"), no count over time
    since_event: bool  # the figure is of an earlier exchange a "since" clause recalls
    own_time: bool  # the clause names a time or a start ("since", a year, a month, "this year")
    carries_on: bool  # "Another 40 …", "Among them, 75 …", with no time of its own
    months: frozenset[int]  # months named
    first_year: int | None  # the earliest year (20xx) named


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
        under_way=bool(lex.under_way.search(text)),
        background=background,
        recap=recap,
        this_exchange=_exchange_named(text, lex, at) and not _over_time(text, lex, at),
        one_of_exchanges=bool(lex.one_of_exchanges.search(text)) and not _over_time(text, lex, at),
        since_event=_since_event(text, lex, at),
        own_time=bool(months or years) or _names_a_start(text, lex),
        carries_on=_carries_on(text, lex, at) and not (months or years),
        months=months,
        first_year=min(years, default=None),
    )


def agreement_named(sentence: str | None) -> bool:
    """The sentence speaks of an agreement (a day beside it is the agreement's)."""
    lex = load_scope_lexicon()
    return bool(sentence and lex.agreement.search(sentence))
