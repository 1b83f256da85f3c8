"""People told beside a handover who are no captives moved: kin and companions who come
home with a group ('along with three children'), names on a list ('a list of 339
children'), people who speak ('two of the Iranians said'), people who stayed out of any
handover ('12 hostages got away'), people moved to a lighter custody ('to house arrest').
mention_traps.py asks these with its other traps."""

from __future__ import annotations

import re

from swaptally.numbers import Quantity

from .lexicon import Lexicon, lowered, norm
from .sentence import any_in

__all__ = ["companions", "on_a_list", "speaks", "stayed_out", "to_lighter_custody"]


class _Companions:
    """The patterns of companions, built once per lexicon."""

    __slots__ = ("hints", "link", "noun")

    def __init__(self, lex: Lexicon) -> None:
        nouns = [str(w).lower() for w in lex.data["triggers"].get("companion_nouns") or []]
        self.hints = tuple(sorted({w.split()[0][:4] for w in nouns}))
        # right after the figure: a kin or companion noun, past one word that qualifies it
        # ("two small children"); or a person's kin ("two of his sons": group 1)
        self.noun = re.compile(
            r"\s+(of\s+(?:her|his|their)\s+)?(?:[\w'’-]+\s+)?"
            rf"(?:{lex.phrases('companion_nouns').lower()})\b"
        )
        # right before it: the words that join it to its group, or a word and 'and' (group 1:
        # the noun of the group before)
        self.link = re.compile(
            rf"\b(?:{lex.phrases('companion_link').lower()})\s+$|\b([\w'’-]+)\s+and\s+$"
        )


def companions(lex: Lexicon, t: str, q: Quantity) -> bool:
    """'Rebels let 14 soldiers go, along with three children', 'freed 60 captives and four
    children', 'together with five family members', 'her two sons', 'two of his sons': kin
    or companions (lexicon companion_nouns) joined to a group (lexicon companion_link; 'and'
    only right after a captive or military noun) or to a person whose kin they are come
    home with that group or that person and are no count of captives of their own. Not
    children counted by themselves ('Russia returned 25 children'). `t` lower-cased."""
    p = lex.stage_patterns("company_traps.companions", _Companions)
    if not any_in(p.hints, t[q.num_end : q.num_end + 30]):
        return False  # the common case
    noun = p.noun.match(t, q.num_end)
    if noun is None:
        return False
    if noun.group(1) is not None:
        return True  # "two of his sons": a person's kin
    link = p.link.search(t, max(0, q.start - 20), q.start)
    if link is None:
        return False
    if link.group(1) is None:
        return True
    word = norm(link.group(1))
    return word in lex.captive_nouns or lex.category(word) == "military"


_LIST_BEFORE_RE = re.compile(r"\b(?:names|list|lists|ages)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_LIST_BEFORE_LRE = lowered(_LIST_BEFORE_RE)

# right after a group: its people are put on a list, names and no handover ("Israel put
# 250 prisoners on a list of those who may be freed")
_ON_LIST_LRE = re.compile(r"\s+on\s+(?:a|the|its|their)\s+(?:[\w-]+\s+)?list\b")

# right after a listed group: its people named by nationality ("who are Indian", "thought to
# be Pakistani")
_NATIONALS_AFTER_LRE = re.compile(
    r"\s+(?:(?:who|that)\s+(?:are|were)|(?:thought|believed|said|suspected)\s+to\s+be)\s+"
    r"(?:all\s+)?[a-z]+(?:ns?|i|is|ese|ish|ch)\b"
)


def on_a_list(lex: Lexicon, t: str, q: Quantity, end: int) -> bool:
    """'a list of 339 children', 'put 250 prisoners on a list': names, no count of people
    moved. `t` lower-cased."""
    return _listed_not_held(lex, t, q, end) or (
        " list" in t[end : end + 24] and _ON_LIST_LRE.match(t, end) is not None
    )


def _listed_not_held(lex: Lexicon, t: str, q: Quantity, end: int) -> bool:
    """'a list of 339 prisoners', 'the names of 33 hostages' to be freed: names, no count of
    people moved. A list of people said to be held ('the names of 382 prisoners in its
    custody', 'a list of 500 civilians held in Russia') counts a stock; so does a list of
    people named by their nationality ('the list of 90 detainees who are Nepali', '… thought
    to be Pakistani'): a consular list of nationals a state holds. `t` lower-cased."""
    before = t[max(0, q.start - 16) : q.start]
    if "of" not in before or not _LIST_BEFORE_LRE.search(t, max(0, q.start - 16), q.start):
        return False  # the common case
    if (
        _NATIONALS_AFTER_LRE.match(t, end)
        and lex.cue_lower["any_moved"].search(t, end, end + 40) is None
    ):
        return False
    return lex.cue_lower["held"].search(t, end, end + 60) is None


_NOT_TO_RE = re.compile(r"\s+to\b")


def speaks(lex: Lexicon, text: str, end: int) -> bool:
    """The group right before `end` is the subject of a speech verb ('… said', not 'said
    to be held'); `text` is lower-cased."""
    m = lex.cue_lower["speaker_verb"].match(text, end + 1) if text[end : end + 1] == " " else None
    return bool(m) and not _NOT_TO_RE.match(text, m.end())


class _StayedOut:
    """The patterns of stayed_out, built once per lexicon."""

    __slots__ = ("held_before", "hints", "predicate")

    def __init__(self, lex: Lexicon) -> None:
        words = lex.data.get("triggers", {}).get("stayed_out") or []
        self.hints = tuple(sorted({str(w).split()[0][:4].lower() for w in words}))
        out = lex.phrases("stayed_out").lower()
        # up to five words that qualify the group (group 1: "held in the northern camps"), then
        # the predicate
        self.predicate = re.compile(rf"((?:\s+[\w'’-]+){{0,5}}?)\s+(?:{out})(?![\w])")
        # a longer phrase that tells who took or held the group, opened by a taking participle
        # or a relative pronoun ("kidnapped by bandits on the coast road last month", "whom
        # the pirates had been holding"), then the predicate
        self.held_before = re.compile(
            rf"(\s+(?:{lex.phrases('taken_participle').lower()}|who|whom|that)"
            rf"(?:\s+[\w'’-]+){{0,10}}?)\s+(?:{out})(?![\w])"
        )


# in the words before the predicate: the group's own predicate already ('remain', 'are
# still'), or a clause of time or cause that the escape belongs to
_OWN_CLAUSE_LRE = re.compile(r"\b(?:remain\w*|still|are|is|after|before|when|while)\s")

# a coordinating conjunction right after a predicate
_AND_OR_LRE = re.compile(r"\s+(?:and|or)\s")


def stayed_out(lex: Lexicon, t: str, end: int) -> bool:
    """The predicate of the group ending at `end` tells its people stayed out of any
    handover (lexicon stayed_out: '12 hostages got away from the gang', '30 prisoners held
    in the northern camps chose to stay', past a longer phrase that tells who took or held
    them: '9 drivers kidnapped by bandits on the coast road last month got away'); not past
    a conjunction, a number or a handover word ('40 were freed and 3 more were found': the
    40's predicate), nor coordinated with one ('… were found and freed'). `t` lower-cased."""
    p = lex.stage_patterns("company_traps.stayed_out", _StayedOut)
    if not any_in(p.hints, t[end : end + 120]):
        return False  # the common case
    m = p.predicate.match(t, end) or p.held_before.match(t, end)
    if m is None:
        return False
    words = m[1]
    if " and " in f"{words} " or any(c.isdigit() for c in words):
        return False
    if _OWN_CLAUSE_LRE.search(words):
        return False  # "… held by the rebels remain captive after one escaped": another clause
    moved = lex.cue_lower["any_moved"]
    if moved.search(words) is not None:
        return False
    # "… were found and freed": a handover coordinated with it is the group's too
    return not (_AND_OR_LRE.match(t, m.end()) and moved.search(t, m.end(), m.end() + 25))


# between a group and the custody it is moved to: no break, no other figure
_NO_BREAK_LRE = re.compile(r"[^,;:()\d]{0,80}$")


def _custody_hints(lex: Lexicon) -> tuple[str, ...]:
    """The first word of each lighter_custody phrase, lower-cased: a gate before the regex."""
    return lex.stage_patterns(
        "company_traps.custody_hints",
        lambda lx: tuple(
            {str(w).lower().split()[0] for w in lx.data["triggers"].get("lighter_custody") or []}
        ),
    )


def to_lighter_custody(lex: Lexicon, t: str, end: int) -> bool:
    """'Iran moved four citizens from Evin prison to house arrest', '… had three of them moved
    out of a jail into house arrest': the group's own clause moves its people to a
    lighter custody (lexicon lighter_custody), no handover: they are still held and no fact
    counts them. `t` lower-cased."""
    if not any_in(_custody_hints(lex), t[end : end + 80]):
        return False  # the common case
    cue = lex.cue_lower["lighter_custody"].search(t, end, end + 80)
    return cue is not None and _NO_BREAK_LRE.match(t, end, cue.start()) is not None
