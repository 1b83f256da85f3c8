"""Figures that count the hurt, the dead or the missing, not captives: a hurt verb right
before the figure ("… and wounded 75 others"), a predicate that files its people as hurt,
dead or missing ("3,890 are still listed as missing"), and a "gone" word after "the number
of" ("put the number of missing at 287"). Grammar here, the words from the lexicon's
triggers (hurt_verb, filed_as, gone_state), for lower-cased text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon, lowered
from .sentence import any_in

__all__ = ["gone_after", "gone_part", "gone_word_at", "hurt_before"]


@dataclass(frozen=True, slots=True)
class _Gone:
    hurt: re.Pattern[str]  # "wounded 75 others": a hurt verb right before the figure
    hurt_hints: tuple[str, ...]  # a cheap gate before `hurt` (each hurt verb's stem)
    gone_predicate: re.Pattern[str]  # "…, including 3 children, were wounded": no captives
    gone_word: re.Pattern[str]  # "the number of missing (at 287)": no captives

    @staticmethod
    def build(lex: Lexicon) -> _Gone:
        w = lex.phrases
        hurt = re.compile(rf"\b(?:{w('hurt_verb')})\s+$", re.IGNORECASE)
        # the group's predicate says its people are hurt, dead or missing: past an
        # apposition set off by commas ("17 people, including three children, were
        # wounded", "four people, a driver among them, have been killed"), or past a verb
        # that files them ("3,890 are still listed as missing") (or past a participle of
        # holding, "30 hostages held in Gaza are believed dead", or a relative clause, "500
        # people who vanished in its jails remain unaccounted for")
        gone_predicate = re.compile(
            # (or past the rest of an apposition the group's noun phrase ran into: "9,000
            # people, both troops| and civilians, are still listed as missing")
            r"(?:,\s+[^,;:()]{1,80},|\s+(?:and|or)\s+[^,;:()]{1,40},"
            r"|\s+(?:held|kept)\s+(?:in|by)\s+[^,;:()]{1,40}?"
            r"|(\s+who\s+[^,;:()]{1,60}?))?"  # group 1: the relative clause
            rf"\s+(?:{w('gone_be')})"
            rf"\s+(?:(?:{w('gone_adverb')})\s+)?"
            rf"(?:(?:{w('filed_as')})\s+)?"
            # a participle coordinated before the state: "were shot and wounded"
            r"(?:[a-z]+\s+and\s+)?"
            rf"(?:{w('gone_state')})(?![\w])",
            re.IGNORECASE,
        )
        gone_word = re.compile(rf"\s+(?:the\s+)?(?:{w('gone_state')})(?![\w])", re.IGNORECASE)
        verbs = lex.data.get("triggers", {}).get("hurt_verb") or []
        hints = tuple(sorted({str(v).split()[0][:4].lower() for v in verbs}))
        return _Gone(lowered(hurt), hints, lowered(gone_predicate), lowered(gone_word))


def _gone(lex: Lexicon) -> _Gone:
    return lex.stage_patterns("gone", _Gone.build)


def hurt_before(lex: Lexicon, t: str, start: int) -> bool:
    """A hurt verb right before the figure at `start` ("… and wounded 75 others"). `t`
    lower-cased."""
    gone = _gone(lex)
    if not any_in(gone.hurt_hints, t[max(0, start - 12) : start]):
        return False  # the common case, without a search
    return gone.hurt.search(t, max(0, start - 12), start) is not None


def gone_after(lex: Lexicon, t: str, end: int) -> bool:
    """The group ending at `end` is filed as hurt, dead or missing ("3,890 are still listed
    as missing", "…, including …, were wounded"). `t` lower-cased."""
    m = _gone(lex).gone_predicate.match(t, end)
    if m is None or m[1] is None:
        return m is not None
    # not people handed over, then hurt ("40 men who were freed had been wounded")
    return lex.cue_lower["any_moved"].search(t, m.start(1), m.end(1)) is None


# a part named inside a group's comma apposition, the rest of it up to its closing comma:
# "…, four of them students,", "…, 27 pupils among them,"
_APPOSED_BEFORE_RE = re.compile(
    r"\w,\s+(?:(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\s+)?$"
)
_APPOSITION_REST_RE = re.compile(r"[^,;:()]{0,40},")


def gone_part(lex: Lexicon, t: str, start: int, end: int) -> bool:
    """A part named inside the comma apposition of a group (its figure from `start`, its
    noun phrase to `end`) whose group is filed as hurt, dead or missing: the group's
    predicate is the part's too ('nine people, three of them drivers, were wounded',
    'some 30 people, 12 villagers among them, are still missing'). `t` lower-cased."""
    if t.rfind(",", max(0, start - 24), start) < 0:
        return False  # the common case: no comma right before
    if _APPOSED_BEFORE_RE.search(t, max(0, start - 24), start) is None:
        return False
    rest = _APPOSITION_REST_RE.match(t, end)
    # the predicate right after the closing comma, or past a participle set off after it
    # ("…, seized in May, are still missing")
    return rest is not None and (
        gone_after(lex, t, rest.end()) or gone_after(lex, t, rest.end() - 1)
    )


def gone_word_at(lex: Lexicon, t: str, at: int) -> bool:
    """A hurt, dead or missing word at `at` ("the number of missing"). `t` lower-cased."""
    return _gone(lex).gone_word.match(t, at) is not None
