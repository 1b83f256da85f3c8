"""Stage 5 over a whole text: a definite group that names again a group told before, and a
planned figure named again where no verb tells it done (plans_named_again).

'Eleven border guards walked home on Monday. … "A patrol captured the eleven guards in a
night raid," a spokesman said': the definite article presupposes a group the reader knows,
and a group of the same figure told earlier in the text is that group. Its sentence says
something more about those people (how they were taken, where they are), not a new count:
it keeps the earlier figure's kind, status and sides, whatever the later clause would make
of it alone. Only a group told done (reported) in one reading: a plan's people are no group
the reader knows as freed, and one figure told for both halves of a swap ('7 for 7') may be
either group.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .fact import Fact, Step
from .kind_patterns import kind_patterns
from .lexicon import Lexicon
from .planned_done import PAST_RE, past_handover, realized_after, realized_in
from .sentence import Sentence

__all__ = ["definite_restated", "plans_named_again"]

# right before a figure: the definite article alone (not after a partitive preposition,
# _partitive_re: 'two of the 30 soldiers' counts a part of that whole, a figure of its own)
_DEFINITE_RE = re.compile(r"(?<![\w-])the\s+$", re.IGNORECASE)


def definite_restated(facts: list[Fact], sents: Sequence[Sentence]) -> list[Fact]:
    """Facts of a definite group ('the 40 prisoners') with the kind, status and sides of the
    facts of the same figure in earlier sentences, when they are all one reading of it and
    tell it done (reported: people freed or swapped, a group the reader knows)."""
    told: dict[tuple[int | None, int | None], list[Fact]] = {}
    out: list[Fact] = []
    for f in facts:
        key = (f.low, f.high)
        before = [g for g in told.get(key, ()) if g.sentence_no < f.sentence_no]
        if before and f.low is not None and f.qualifier != "vague" and _definite(f, sents):
            # one reading of the figure in the text so far: not a swap's two halves ('5 for 5')
            readings = {(g.kind, g.status, g.persons_of, g.held_by, g.category) for g in before}
            if len(readings) == 1 and next(iter(readings))[1] == "reported":
                kind, status, persons, holder, category = next(iter(readings))
                # the same people: 'the two', 'the five men' take the category told before,
                # not a group named by a captive noun ('the 40 prisoners': unspecified)
                if f.category != "unspecified" or _captive_noun(f, sents):
                    category = f.category
                told_as = (kind, status, persons, holder, category)
                if told_as != (f.kind, f.status, f.persons_of, f.held_by, f.category):
                    how = f.how.then(Step.RESTATED) if f.how is not None else None
                    f = replace(
                        f, kind=kind, status=status, persons_of=persons, held_by=holder,
                        category=category, how=how,
                    )  # fmt: skip
        told.setdefault(key, []).append(f)
        out.append(f)
    return out


def _captive_noun(f: Fact, sents: Sequence[Sentence]) -> bool:
    """A captive noun ('prisoners', 'hostages') in the few words after the figure of `f`."""
    s = sents[f.sentence_no]
    at = f.span_end - s.start
    return s.cue("captive_noun", at, min(len(s.text), at + _NOUN_REACH)) is not None


# how far after a figure its noun may come, past an adjective or two ('the four returning
# hostages')
_NOUN_REACH = 30


def _definite(f: Fact, sents: Sequence[Sentence]) -> bool:
    """The figure of `f` right after a definite article ('the three', 'The 20 men')."""
    s = sents[f.sentence_no]
    at = f.span_start - s.start
    head = s.text[max(0, at - 12) : at]
    if _DEFINITE_RE.search(head) is None:
        return False
    return s.lex.stage_patterns("kind_restated.partitive", _partitive_re).search(head) is None


def _partitive_re(lex: Lexicon) -> re.Pattern[str]:
    """Right before a figure: a partitive preposition (lexicon partitive_preposition) and
    the article, a part of a whole ('of the', 'among the')."""
    return re.compile(rf"\b(?:{lex.phrases('partitive_preposition')})\s+the\s+$", re.IGNORECASE)


def plans_named_again(facts: list[Fact], sents: Sequence[Sentence]) -> list[Fact]:
    """A figure the text plans ('Tbilisi will hand 35 Abkhaz detainees to Sukhumi'), named
    again with the same sides where no verb tells its people gone free ('Georgia announces
    handover of 35 Abkhaz detainees', '35 detainees are being moved to the crossing for the
    handover'), is that plan: a reported status there is only the default of a clause that
    tells no handover done. A clause with a handover verb in a finite form, a realised
    event, a perfect, or a verb of going home keeps it reported; a definite group ('the
    35') is definite_restated's."""
    plans = {(f.persons_of, f.held_by, f.low, f.high) for f in facts if f.status == "planned"}
    if not plans:
        return facts  # most texts plan nothing
    out = []
    for f in facts:
        if (
            f.status == "reported"
            and f.kind != "held"
            and (f.persons_of, f.held_by, f.low, f.high) in plans
            and not _definite(f, sents)
            and not _told_done(f, sents[f.sentence_no])
        ):
            how = f.how.then(Step.PLANS_NAMED_AGAIN) if f.how is not None else None
            f = replace(f, status="planned", how=how)
        out.append(f)
    return out


def _told_done(f: Fact, s: Sentence) -> bool:
    """The clause of the figure of `f` has a verb that tells a handover done."""
    fig = next((g for g in s.figures if s.start + g.q.start == f.span_start), None)
    if fig is None:
        return True  # no figure to read: keep the fact as it is
    lo, hi = fig.clause
    text = s.text
    if (
        realized_in(kind_patterns(s.lex), text, lo, fig.q.start)
        or realized_after(s, fig)
        or past_handover(s, lo, fig)
        or s.cue("done_verb", lo, hi)
        or _perfect_re(s.lex).search(text, lo, hi)
        or _PAST_AFTER_RE.match(text, fig.np_end)
    ):
        return True
    cue = s.cue("any_moved", lo, hi)
    while cue is not None:
        word = _WORD_RE.match(text, _word_start(text, cue[0]))
        w = word.group().lower() if word else ""
        verb = PAST_RE.fullmatch(w) or w.endswith("s") or w in _words(s.lex, "handover_verb_form")
        if verb and w not in _words(s.lex, "handover_plural_noun"):
            return True  # "frees", "freed", "walk free": a verb, not "the releases of"
        cue = s.cue("any_moved", cue[1], hi)
    return False


_WORD_RE = re.compile(r"[\w-]+")
# the group's own verb in the past right after it ('35 detainees walked across the bridge'),
# whatever the verb: a past event of the group, kept as told (a participle too: kept as is);
# the verb is planned_done.PAST_RE's, past an adverb in -ly ('35 detainees quietly walked')
_PAST_AFTER_RE = re.compile(rf"\s+(?:[a-z]+ly\s+)?{PAST_RE.pattern}", PAST_RE.flags)


def _perfect_re(lex: Lexicon) -> re.Pattern[str]:
    """A perfect: an auxiliary (lexicon perfect_have), perhaps a word, a past participle
    ('had transported 163', 'have handed over'); built once per lexicon."""
    return lex.stage_patterns(
        "kind_restated.perfect_re",
        lambda x: re.compile(
            rf"\b(?:{x.phrases('perfect_have')})\s+(?:\w+\s+)?[a-z]+ed\b", re.IGNORECASE
        ),
    )


def _words(lex: Lexicon, key: str) -> frozenset[str]:
    """The lexicon's trigger words under `key`, lower-cased, as a set (built once): the
    handover nouns in the plural, which end in -s as a verb's third person does
    (handover_plural_noun), and the forms of a handover verb with neither ending
    (handover_verb_form: 'walk free')."""
    return lex.stage_patterns(
        f"kind_restated.{key}",
        lambda x: frozenset(str(w).lower() for w in x.data["triggers"][key]),
    )


def _word_start(text: str, at: int) -> int:
    while at > 0 and (text[at - 1].isalnum() or text[at - 1] == "-"):
        at -= 1
    return at
