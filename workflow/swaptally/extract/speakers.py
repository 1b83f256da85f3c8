"""Who said it: the speaker a sentence attributes its figures to (`said_by`).

'according to X' first, else 'X said' / ', said X'; a sentence inside a quote that closes in
a later sentence takes the speaker named after the quote. A span is trimmed to its name by
the words of lexicon/speakers.yaml (no clause opener before it, no auxiliary or adverb
after it, never a day or a bare nationality adjective); a pronoun stands for the last named
speaker before it that agrees (`named_before`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from swaptally.ascii_twin import ascii_twin

from .lexicon import Lexicon, load_lexicon
from .sentence import any_in
from .twins import is_twin

__all__ = [
    "Speech", "is_pronoun", "named_before", "prepositions", "quote_speakers", "said_by",
    "speaker_at", "speaker_code", "speeches",
]  # fmt: skip

# a gate before _SPEECH_RE: each speech verb contains one of these
_SPEECH_HINTS: tuple[str, ...]  # extended below: of any length (a compiled build checks it)
_SPEECH_HINTS = ("said", "says", "told", "stated", "tweeted", "announced", "added", "reported")

_PRONOUNS = ("person", "thing", "group")
_SPEECH_HINTS += ("wrote", "confirmed", "noted", "posted", "ccording")
_SPEECH_WORDS = frozenset(_SPEECH_HINTS)
_SPEECH_RE = re.compile(  # first letters factored out: re tries alternatives one by one
    r"\b(?=[satrwcnpA])(?:sa(?:id|ys)|stated|t(?:old|weeted)|a(?:nnounced|dded)|reported|wrote|"
    r"confirmed|noted|posted|(?P<acc>[Aa]ccording\s+to))\b"
)
_PLAIN_SPEECH_RE = ascii_twin(_SPEECH_RE)  # for plain text (swaptally.ascii_twin)

# the speaker right before a speech verb: "Russia's defence ministry (on Saturday) said"
# (or, lower case, after an article or as a title before a name: "the ombudsman's office
# said", "deputy premier Ana Ruiz told")
_WHO_FRONT_RE = re.compile(
    r"(?P<who>(?:(?:the|The|a|A|an|An)\s+[\w'’.-]+|[A-Z][\w'’.-]*|(?:[a-z][\w'’-]*\s+){1,3}"
    r"[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,6}?)"
    r"(?:\s+(?:on\s+\w+day|also|later|earlier|further|separately))?"
)

_WHO_AFTER_RE = re.compile(r"\s+(?P<who>(?:[A-Z][\w'’.-]*\s*){1,5})")

# before a speech verb with its speaker after it: a comma or a closing quote ('…," said
# Ruiz', '…, said the mayor'); elsewhere the capitalised words after the verb are what is
# said ('said Palestinian fighters hold 40')
_INVERTED = (",", "”", '"', "—", "–")

_SPAN_RE = re.compile(r"\S+")


@dataclass(frozen=True)
class _Words:
    """lexicon/speakers.yaml, lower-cased: the words that bound a speaker's name."""

    not_first: dict[str, tuple[tuple[str, ...], ...]]  # first word → phrases, longest first
    not_last: frozenset[str]
    passive: frozenset[str]
    prepositions: frozenset[str]
    dates: frozenset[str]  # months too
    months: frozenset[str]
    pronoun: dict[str, str]  # pronoun → person | thing | group
    stand_ins: frozenset[str]  # named no better than a pronoun ("the ministry")
    bodies: frozenset[str]


def _words_of(lex: Lexicon) -> _Words:
    data = lex.data.get("speakers") or {}

    def low(key: str) -> list[str]:
        return [str(w).lower() for w in data.get(key) or []]

    phrases: dict[str, list[tuple[str, ...]]] = {}
    for p in sorted({tuple(p.split()) for p in low("not_first")}, key=len, reverse=True):
        phrases.setdefault(p[0], []).append(p)
    pronoun = {
        str(w).lower(): kind
        for kind in _PRONOUNS
        for w in (data.get("pronouns") or {}).get(kind) or []
    }
    roles = lex.data.get("actor_roles") or {}
    bodies = {str(w).lower().split()[-1] for w in roles.get("bodies") or [] if str(w).strip()}
    return _Words(
        {w: tuple(ps) for w, ps in phrases.items()}, frozenset(low("not_last")),
        frozenset(low("passive")),
        frozenset(low("prepositions")), frozenset(low("dates") + low("months")),
        frozenset(low("months")), pronoun,
        frozenset(low("stand_ins")), frozenset(low("bodies")) | bodies,
    )  # fmt: skip


def _words(lex: Lexicon | None) -> _Words:
    return (lex or load_lexicon()).stage_patterns("speakers", _words_of)


def prepositions(lex: Lexicon | None = None) -> frozenset[str]:
    """speakers.yaml `prepositions`, lower-cased: the words that open a prepositional
    phrase ('Ministry of Defence', 'officials in Kyiv')."""
    return _words(lex).prepositions


_WHO_ACCORDING_RE = re.compile(
    r"\s+(?P<who>(?:the\s+|The\s+)?[\w'’.-]+(?:\s+(?:of\s+|for\s+|the\s+)?[A-Za-z][\w'’.-]*){0,6}?)"
    r"(?=\s*[,.;:\u201d\"]|\s+(?:said|says|on|in|at|as|which|who|that|and)\b|\s*$)"
)

# a second name joined by 'and' to the first after 'according to', then a break
_AND_NAME_RE = re.compile(
    r"\s+and\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?=\s*[,.;:\u201d\"]|\s*$)"
)

_QUOTE_OPEN = "“"

_QUOTE_CLOSE = "”"

_SPEECH_AFTER_QUOTE_RE = re.compile(
    r"[”\"]\s*,?\s*(?P<who>[^,.;”“\"]{2,80}?)\s+(?:said|added|stated|wrote|told)\b"
    r"|[”\"]\s*,?\s*(?:said|added|stated|wrote)\s+(?P<who2>[^,.;”“\"]{2,60})"
)


class Speech(NamedTuple):
    """A speech verb of a sentence with its speaker."""

    at: int  # where the verb starts
    front: bool  # the speaker stands before it ('X said'), not after (', said X')
    who: str | None  # None: a pronoun no earlier speaker stands for (extract._named)
    according: bool = False  # 'according to X': the source of the whole sentence


def speeches(t: str, low: str, lex: Lexicon | None = None) -> list[Speech]:
    """Every speech verb of the sentence `t` (`low` lower-cased) with a speaker, in order;
    the first 'according to X' ends the search (it names the sentence's source)."""
    out: list[Speech] = []
    if not any_in(_SPEECH_HINTS, low):
        return out  # the common case, without a regex
    words = _words(lex)
    speech_re = _PLAIN_SPEECH_RE if lex is not None and is_twin(lex) else _SPEECH_RE
    for m in speech_re.finditer(t):
        if m["acc"]:
            w = _WHO_ACCORDING_RE.match(t, m.end())
            who = trim_who(w["who"], words, lex) if w else None
            joined = _AND_NAME_RE.match(t, w.end()) if w and who else None
            if joined and who and _name_like(who, words):  # 'according to Hamas and Qatar'
                who = t[t.rfind(who, 0, w.end()) : joined.end()].rstrip(",.;:")
            if who:
                return [*out, Speech(m.start(), True, who, True)]
            continue
        before = t[: m.start()].rstrip()
        if before[before.rfind(" ") + 1 :].lower() in words.passive:
            continue  # 'after the payment was confirmed': no one speaks
        who, front = _who_before(t, m.start(), words, lex), True
        if who is None and before.endswith(_INVERTED) and m.group() != "told":
            w = _WHO_AFTER_RE.match(t, m.end())  # 'told X': X listens
            who, front = (trim_who(w["who"], words, lex) if w else None), False
        if who:
            out.append(Speech(m.start(), front, who))
    return out


def said_by(t: str, low: str, lex: Lexicon | None = None) -> str | None:
    """Who the sentence `t` (`low` lower-cased) attributes its content to: 'according to X'
    first, else the last 'X said'."""
    return speaker_at(speeches(t, low, lex), len(t))


def speaker_at(found: Sequence[Speech], at: int) -> str | None:
    """Who states the figure at `at` of a sentence with speeches `found`: the source named
    by 'according to'; else the last 'X said' before it ('Russia said 248 …, while Ukraine
    said 230 …'); else the first speech after it ('248 were freed, Russia said'); else the
    last."""
    if not found:
        return None
    if found[-1].according:
        return found[-1].who
    ahead = [x for x in found if x.front and x.at < at]
    if ahead:
        return ahead[-1].who
    after = [x for x in found if x.at >= at]
    return (after[0] if after else found[-1]).who


def _who_before(t: str, verb: int, words: _Words, lex: Lexicon | None) -> str | None:
    """The speaker right before a speech verb: from the last comma, quote, 'and' or 'that'
    (or the sentence start) to the verb, if it opens with a capital: "Russia's defence
    ministry (on Saturday) said"; a name before its title ('Ana Ruiz, a spokeswoman for the
    army, said'). Plain string work: a right-anchored regex is slow."""
    window = t[max(0, verb - 200) : verb]
    cut = _cut(window)
    if cut < 0 and verb > 200:
        return None
    seg = window[cut + 1 :].strip().lstrip("-–—•").lstrip()  # a list's bullet
    if window[cut : cut + 1] == "," and (not seg or seg[0].islower()):
        named = _apposed(window[:cut], seg, words)
        if named:
            return named
    if len(seg) > 120:
        return None
    if seg in words.pronoun:
        return seg  # '…, she said': named by the caller (named_before)
    m = _WHO_FRONT_RE.fullmatch(seg)
    who = trim_who(m["who"], words, lex) if m else None
    if who and window[cut - 4 : cut] == " and":  # 'Hamas and Qatar said': both speak
        return _coordinated(window, cut - 4, window.rfind(who), who, words, lex)
    return who


def _coordinated(t: str, conj: int, at: int, who: str, words: _Words, lex: Lexicon | None) -> str:
    """The speaker `who` (at `at` of `t`) with the name joined to it by the 'and' at
    `conj`, when the words before that 'and' (back to a comma, quote or the start) are a
    name: 'Hamas and Qatar said', 'the ICRC and the UN said'; not 'Kyiv freed 90 prisoners
    and Moscow said'."""
    head = t[:conj]
    other = trim_who(head[_cut(head) + 1 :], words, lex)
    if not other or not _name_like(other, words) or at < 0:
        return who
    return t[head.rfind(other) : at + len(who)]


def _name_like(name: str, words: _Words) -> bool:
    """Capitalised words (an article or 'of' between them), or a body ('Russia's defence
    ministry'): a name, no clause."""
    toks = name.split()
    if any(ch.isdigit() for ch in name) or len(toks) > 5:
        return False
    if toks[-1].lower() in words.bodies and (toks[0][:1].isupper() or toks[0] == "the"):
        return True
    return all(w[:1].isupper() or w in ("the", "of") for w in toks)


def _cut(window: str) -> int:
    """Where the speaker's span can start: after the last comma, quote, 'and' or 'that'."""
    cut = max(window.rfind(c) for c in ',“”"')
    for word in (" and ", " that "):
        cut = max(cut, window.rfind(word) + len(word) - 1 if word in window else -1)
    return cut


_PERSON_RE = re.compile(r"(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+")


def _apposed(head: str, title: str, words: _Words) -> str | None:
    """The person's name beside an apposition, `head` the text before its comma: 'Ana
    Ruiz, a spokeswoman for the army, said' (`title` empty: the apposition ends at the verb's
    comma), 'Ana Ruiz, spokeswoman for the army said', or the name as the apposition of a
    title ('the army's spokeswoman, Ana Ruiz, said'). A name is two to four capitalised
    words, no preposition first ('In Lima, the ministry said' names no one)."""
    if not title:
        comma = head.rfind(",")
        apposition = head[comma + 1 :].strip()
        if comma < 0:
            return None
        if not apposition[:1].islower():
            return apposition if _person(apposition, words) else None
        head = head[:comma]
    name = head[_cut(head) + 1 :].strip()
    return name if _person(name, words) else None


def _person(name: str, words: _Words) -> bool:
    return bool(_PERSON_RE.fullmatch(name)) and name.split()[0].lower() not in words.prepositions


def trim_who(who: str, words: _Words | None = None, lex: Lexicon | None = None) -> str | None:
    """A speaker's span cut to its name: no clause opener before it ('While', 'In a
    statement'), no auxiliary or adverb after it ('has', 'had previously', 'first'); None
    for a day ('Saturday'), a bare nationality adjective ('Peruvian') or one letter."""
    words = words or _words(lex)
    who = who.strip(" ,.;:")
    spans = [m.span() for m in _SPAN_RE.finditer(who)]
    toks = [who[a:b].lower().strip(",") for a, b in spans]
    lo, hi = 0, len(toks)
    moved, dated = True, False
    while moved and lo < hi:
        moved = False
        for p in words.not_first.get(toks[lo], ()):
            if tuple(toks[lo : lo + len(p)]) == p and lo + len(p) < hi:
                lo, moved = lo + len(p), True
                break
        if lo < hi - 1 and toks[lo] in words.dates:
            if not dated and _first_name(who, spans, toks, lo, hi, words, lex):
                break  # 'May Ruiz said': a first name, not a month
            lo, moved, dated = lo + 1, True, True
        elif lo < hi - 2 and toks[lo] in words.prepositions and toks[lo + 1] in words.dates:
            lo, moved, dated = lo + 1, True, True  # 'In May Ruiz said': a time, not a name
    while hi > lo and toks[hi - 1] in words.not_last:
        hi -= 1
    if hi <= lo or all(w in words.dates for w in toks[lo:hi]):
        return None
    if not _SPEECH_WORDS.isdisjoint(toks[lo:hi]):
        return None  # 'the agency said in a statement': a span past another verb
    name = who[spans[lo][0] : spans[hi - 1][1]].strip(" ,.;:")
    if len(name) < 2 or (hi - lo == 1 and _adjective(name, lex)):
        return None
    return name


def _first_name(
    who: str,
    spans: list[tuple[int, int]],
    toks: list[str],
    lo: int,
    hi: int,
    words: _Words,
    lex: Lexicon | None,
) -> bool:
    """The month word at `lo` opens a person's name: capitalised, right before one to three
    capitalised words that end the span (past its auxiliaries) and name no actor or body
    ('May Ruiz said'; not 'March Ukraine said')."""
    while hi > lo and toks[hi - 1] in words.not_last:
        hi -= 1
    if toks[lo] not in words.months or not 2 <= hi - lo <= 4:
        return False
    if not all(who[spans[k][0]].isupper() for k in range(lo, hi)):
        return False
    rest = who[spans[lo + 1][0] : spans[hi - 1][1]]
    return _is_person(rest, words, lex)


def _adjective(word: str, lex: Lexicon | None) -> bool:
    """A nationality adjective alone ('Peruvian'; not the people, 'Peruvians')."""
    hit = (lex or load_lexicon()).actor(word)
    return bool(hit and hit[1] and not word.endswith("s"))


def quote_speakers(sents: Sequence[str], lex: Lexicon | None = None) -> dict[int, str]:
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
                who = trim_who(m["who"] or m["who2"], lex=lex)
                for j in range(open_from, i + 1):
                    if who:
                        out[j] = who
            open_from = None
        elif open_from is not None and i - open_from > 6:
            open_from = None
    return out


def is_pronoun(said: str, lex: Lexicon | None = None) -> bool:
    """'He', 'they', 'the ministry': a speaker that names no one of its own (only the first
    letter may be a capital, as a sentence's first word)."""
    words = _words(lex)
    return said in words.stand_ins or said[:1].lower() + said[1:] in words.pronoun


def named_before(
    said: str, before: Sequence[Callable[[], str | None]], lex: Lexicon | None = None
) -> str | None:
    """The speaker a pronoun stands for: the nearest named speaker before it (`before`,
    the sentences' speakers, nearest first, each computed when asked) that agrees — 'he',
    'she' a person, 'it' no person, 'they' a body or people; None when none does."""
    words = _words(lex)
    kind = words.pronoun.get(said.lower())
    if kind is None:
        return said  # "the ministry": a name of its own
    for speaker_of in before:
        name = speaker_of()
        if not name or name.lower() in words.pronoun:
            continue
        if _is_person(name, words, lex) == (kind == "person"):
            return name
    return None


def _is_person(name: str, words: _Words, lex: Lexicon | None) -> bool:
    """A person's name: it ends with a capitalised word that is neither a body ('Ministry',
    'Office'), an acronym, nor a state's or group's name ('Kyiv', 'Hamas')."""
    last = name.split()[-1].strip("’'")
    if not last[:1].isupper() or last.isupper() or last.lower() in words.bodies:
        return False
    return (lex or load_lexicon()).first_actor(last) is None


def speaker_code(lex: Lexicon, said: str | None, fallback: str | None) -> str | None:
    """The code of the speaker's actor; a pronoun speaker is `fallback`."""
    if not said:
        return None
    if is_pronoun(said, lex):
        return fallback
    return lex.first_actor(said)
