"""Who said it: the speaker a sentence attributes its figures to (`said_by`).

'according to X' first, else 'X said' / 'said X'; a sentence inside a quote that closes in
a later sentence takes the speaker named after the quote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon import Lexicon
from .sentence import any_in

__all__ = ["is_pronoun", "quote_speakers", "said_by", "speaker_code"]

# a gate before _SPEECH_RE: each speech verb contains one of these
_SPEECH_HINTS = ("said", "says", "told", "stated", "tweeted", "announced", "added", "reported")

_PRONOUN_WHO_RE = re.compile(r"^(?:he|she|it|they|He|She|It|They|the\s+ministry)$")
_SPEECH_HINTS += ("wrote", "confirmed", "noted", "posted", "ccording")
_SPEECH_RE = re.compile(  # first letters factored out: re tries alternatives one by one
    r"\b(?=[satrwcnpA])(?:sa(?:id|ys)|stated|t(?:old|weeted)|a(?:nnounced|dded)|reported|wrote|"
    r"confirmed|noted|posted|(?P<acc>[Aa]ccording\s+to))\b"
)

# the speaker right before a speech verb: "Russia's defence ministry (on Saturday) said"
_WHO_FRONT_RE = re.compile(
    r"(?P<who>(?:the\s+|The\s+)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,6}?)"
    r"(?:\s+(?:on\s+\w+day|also|later|earlier|further|separately))?"
)

_WHO_TAIL_RE = re.compile(r"\s+(?:on|in|at|also|of|for|the)$")

_WHO_AFTER_RE = re.compile(r"\s+(?P<who>(?:[A-Z][\w'’.-]*\s*){1,5})")

_WHO_ACCORDING_RE = re.compile(
    r"\s+(?P<who>(?:the\s+|The\s+)?[\w'’.-]+(?:\s+(?:of\s+|for\s+|the\s+)?[A-Za-z][\w'’.-]*){0,6}?)"
    r"(?=\s*[,.;:\u201d\"]|\s+(?:said|says|on|in|at|as|which|who|that|and)\b|\s*$)"
)

_QUOTE_OPEN = "“"

_QUOTE_CLOSE = "”"

_SPEECH_AFTER_QUOTE_RE = re.compile(
    r"[”\"]\s*,?\s*(?P<who>[^,.;”“\"]{2,80}?)\s+(?:said|added|stated|wrote|told)\b"
    r"|[”\"]\s*,?\s*(?:said|added|stated|wrote)\s+(?P<who2>[^,.;”“\"]{2,60})"
)


def said_by(t: str, low: str) -> str | None:
    """Who the sentence `t` (`low` lower-cased) attributes its content to: 'according to X'
    first, else 'X said'."""
    best = None
    if not any_in(_SPEECH_HINTS, low):
        return None  # the common case, without a regex
    for m in _SPEECH_RE.finditer(t):
        if m["acc"]:
            w = _WHO_ACCORDING_RE.match(t, m.end())
            if w:
                return _trim_who(w["who"]) or best
            continue
        who = _who_before(t, m.start())
        if who is None:
            w = _WHO_AFTER_RE.match(t, m.end())
            who = _trim_who(w["who"]) if w else None
        if who:
            best = who
    return best


def _who_before(t: str, verb: int) -> str | None:
    """The speaker right before a speech verb: from the last comma, quote, 'and' or 'that'
    (or the sentence start) to the verb, if it opens with a capital: "Russia's defence
    ministry (on Saturday) said". Plain string work: a right-anchored regex is slow."""
    window = t[max(0, verb - 120) : verb]
    cut = max(window.rfind(c) for c in ',“”"')
    for word in (" and ", " that "):
        cut = max(cut, window.rfind(word) + len(word) - 1 if word in window else -1)
    if cut < 0 and verb > 120:
        return None
    m = _WHO_FRONT_RE.fullmatch(window[cut + 1 :].strip())
    return _trim_who(m["who"]) if m else None


def _trim_who(who: str) -> str | None:
    who = _WHO_TAIL_RE.sub("", who.strip(" ,.;:")).strip()
    return who if len(who) > 1 else None


def quote_speakers(sents: Sequence[str]) -> dict[int, str]:
    """The speaker of every sentence inside a quote that closes in a later sentence."""
    out: dict[int, str] = {}
    open_from: int | None = None
    for i, t in enumerate(sents):
        opens, closes = t.count(_QUOTE_OPEN), t.count(_QUOTE_CLOSE)
        if open_from is None and opens > closes:
            open_from = i
        elif open_from is not None and closes >= 1:
            m = _SPEECH_AFTER_QUOTE_RE.search(t)
            if m:
                who = (m["who"] or m["who2"]).strip()
                for j in range(open_from, i + 1):
                    out[j] = who
            open_from = None
        elif open_from is not None and i - open_from > 6:
            open_from = None
    return out


def is_pronoun(said: str) -> bool:
    return bool(_PRONOUN_WHO_RE.match(said))


def speaker_code(lex: Lexicon, said: str | None, fallback: str | None) -> str | None:
    """The code of the speaker's actor; a pronoun speaker is `fallback`."""
    if not said:
        return None
    if _PRONOUN_WHO_RE.match(said):
        return fallback
    return lex.first_actor(said)
