"""Figures read against the figure before them in the sentence: a gapped clause that leaves
out the verb and noun ('Russia freed 90 prisoners, Ukraine 82') and a part by gender or age
of a group already counted ('…, including two minors', '401 of the prisoners are women'); and
the make-up of a group the text told of ('the second group was made up of …'), whose
parts count captives though their sentence has no word of captivity."""

from __future__ import annotations

import re

from swaptally.numbers import Quantity

from .bare_figures import EACH_AFTER_LRE
from .fact import Mention
from .figure import Figure
from .lexicon import Lexicon, norm

__all__ = ["gapped", "gapped_break", "gender_or_age_part", "group_makeup", "kin_of_named"]

# before a part of a group already counted: "…, including 2 minors", "the Israelis were 5 …"
_PART_GAP_RE = re.compile(
    r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\s+"
    r"(?:some\s+|about\s+|around\s+)?$",
    re.IGNORECASE,
)
_COPULA_BEFORE_RE = re.compile(r"\b(?:were|are|was|is)\s+(?:all\s+|also\s+)?$", re.IGNORECASE)
_AND_GAP_RE = re.compile(r"(?:,|\band|\bas\s+well\s+as)\s+$", re.IGNORECASE)
# "312 of the detainees are reported to be women": the predicate names the part
_COPULAS = (" are ", " were ", " is ", " was ")
_OF_THEM = (" of them ", " of whom ")
_PART_PREDICATE_RE = re.compile(
    r"\s+(?:are|were|is|was)\s+(?:(?:said|believed|reported|thought)\s+to\s+be\s+|all\s+)?"
    r"([\w-]+)",
    re.IGNORECASE,
)


def gapped_break(lex: Lexicon) -> str:
    """The break before a gapped clause's name ("…, Ukraine 82", "… while Azerbaijan got
    two"; frame.py reads it too): a comma or semicolon, or one of the lexicon's
    gapped_conjunction, or both."""
    conj = lex.phrases("gapped_conjunction")
    return rf"(?:[,;]\s+(?:(?:{conj})\s+)?|\s(?:{conj})\s+)(?:the\s+)?"


def _gapped_before_re(lex: Lexicon) -> re.Pattern[str]:
    """A clause break, then a name and the figure: "…, Ukraine 82", "; Azerbaijan, two"."""
    return re.compile(
        gapped_break(lex) + r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),?\s+$"
    )


def _total_re(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Right before a bare figure, after the group before: a comma or semicolon, then 'for'
    and a cue of a total ('…, for a total of 190'); right after it, a cue of a total ('…,
    190 in total'). The cues are the lexicon's in_all and in_all_after."""
    before = re.compile(
        rf"[,;]\s+(?:(?:or|and|for|with)\s+)?(?:{lex.phrases('in_all')})\s+$", re.IGNORECASE
    )
    after = re.compile(rf"\s+(?:{lex.phrases('in_all_after')})\b", re.IGNORECASE)
    return before, after


def _bare_total(lex: Lexicon, text: str, q: Quantity, prev: Figure) -> bool:
    """'95 prisoners each, 190 in total', '… 95 soldiers each, for a total of 190': a bare
    figure set off after a group, said to be the total, counts what that group counts."""
    before, after = lex.stage_patterns("mentions.bare_total", _total_re)
    if after.match(text, q.num_end):
        return bool(re.fullmatch(r"\s*(?:each\b)?\s*[,;]\s*", text[prev.np_end : q.start]))
    return before.search(text, prev.np_end, q.start) is not None and (
        before.search(text, prev.np_end, q.start).start() <= prev.np_end + 6
    )


def gapped(lex: Lexicon, text: str, q: Quantity, prev: Figure) -> Figure | None:
    """'Russia freed 90 prisoners, Ukraine 82', 'Armenia received 32 soldiers, Azerbaijan
    two': a bare figure right after a side's name in a clause whose verb and noun are the
    clause's before (gapping). It counts what the figure before counts; the name is the
    doer of the same verb (frame.py). So does a total set off after the group ('95
    prisoners each, 190 in total')."""
    if _bare_total(lex, text, q, prev):
        return Figure(q, q.num_end, prev.category, (), None, False, False, Mention.GAPPED)
    if _to_destination_gapped(lex, text, q, prev):
        # "15 captives were sent back to Azerbaijan and 48 to Armenia": the verb and noun
        # are the clause's before, the destination the figure's own
        return Figure(q, q.num_end, prev.category, (), None, False, False, Mention.GAPPED)
    more = _more_end(lex, text, q)
    if more is not None and _AND_GAP_RE.search(text, max(prev.np_end, q.start - 8), q.start):
        # "… set four nurses free in May and two more in June": the verb and the group's
        # noun left out (not "…, while a plane flew 58 more": a verb of its own)
        return Figure(q, more, prev.category, (), None, False, False, Mention.GAPPED)
    head = text[max(0, q.start - 30) : q.start].rstrip().rstrip(",").split()
    if not head or not head[-1][:1].isupper() or text[q.num_end : q.num_end + 1].isalpha():
        return None  # the common case: no capitalised word right before
    gapped_before = lex.stage_patterns("gapped_before", _gapped_before_re)
    m = gapped_before.search(text, max(0, q.start - 50), q.start)
    if m is None or m.start() < prev.np_end:
        return None
    hit = lex.actor(m["name"])
    if hit is None or hit[1]:
        return None  # no actor, or a demonym ('…, Ukrainian 82')
    end = q.num_end
    if EACH_AFTER_LRE.match(text.lower(), end):
        return None  # "… 42 each": the each-side rule's
    return Figure(q, end, prev.category, (), None, False, False, Mention.GAPPED)


# "N more" with no noun of its own ('… and three more in June'), not a comparison ('two
# more than …'); the word after it, if any
_MORE_RE = re.compile(r"\s+(?P<more>more)\b(?!\s+than\b)(?:\s+(?P<next>[\w'’-]+))?", re.IGNORECASE)


def _more_end(lex: Lexicon, text: str, q: Quantity) -> int | None:
    """Where 'more' ends right after a bare figure that leaves out the noun of the group
    before it ('… freed 20 in May and 15 more in June'), or None: no 'more', a people noun
    after it (its own noun phrase), or another plural ('three more days', 'two more
    rounds')."""
    m = _MORE_RE.match(text, q.num_end)
    if m is None:
        return None
    word = (m["next"] or "").lower()
    if norm(word) in lex.noun_category:
        return None  # "38 more fishermen were arrested": a noun of its own, read (or not) before
    if word.endswith("s") and not word.endswith(("ss", "us", "'s", "’s")):
        return None  # "three more days": things or time
    return m.end("more")


# a gapped destination: "… and 48 to Armenia", "…, 13 to Ukraine"
_AND_BEFORE_RE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)$")
_TO_NAME_RE = re.compile(r"\s+to\s+(?:the\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})")


def _to_destination_gapped(lex: Lexicon, text: str, q: Quantity, prev: Figure) -> bool:
    """'15 captives were sent back to Azerbaijan and 48 to Armenia', '190 freed Houthis to
    Sanaa and 11 to Aden': a bare figure after 'and' with a destination of its own, when
    the figure before went to a named destination in the clause just before."""
    if not text.startswith(" to ", q.num_end):
        return False  # the common case
    if not _AND_BEFORE_RE.search(text, max(prev.np_end, q.start - 8), q.start):
        return False
    to = _TO_NAME_RE.match(text, q.num_end)
    if to is None or lex.actor(to["name"].rstrip(".")) is None:
        return False
    if _DIGIT_RE.search(text, prev.np_end, q.start):
        return False  # another number between: the elided clause is that one's, not prev's
    before = _TO_NAME_RE.search(text, prev.np_end, q.start)
    return before is not None and lex.actor(before["name"].rstrip(".")) is not None


_DIGIT_RE = re.compile(r"\d")


def gender_or_age_part(
    lex: Lexicon, text: str, fig: Figure, prev: Figure | None, prev_part: bool
) -> bool:
    """'…, including two minors', 'the Israelis were five minors and five women', '401 of
    the prisoners are women': a part by gender or age of a group already counted."""
    if not fig.by_gender_or_age:
        if not text.startswith(_COPULAS, fig.np_end):
            return False  # most figures: a cheap test first
        m = _PART_PREDICATE_RE.match(text, fig.np_end)
        return bool(m) and norm(m.group(1)) in lex.breakdown_nouns
    if fig.mention is Mention.WERE_NOUN:
        return True  # "of them, 30 were women"
    if prev is not None and text.startswith(_OF_THEM, fig.q.num_end):
        return True  # "… 17 hostages, five of them children": the group's make-up
    start = fig.q.start
    if _COPULA_BEFORE_RE.search(text, max(0, start - 20), start):
        return True
    # after the figure before (its noun phrase may run on over this one: "ten prisoners,
    # including two minors"), or after a count with no noun ("ten, including two minors")
    lo = max(prev.q.num_end if prev else 0, start - 30)
    if _PART_GAP_RE.search(text, lo, start):
        return True
    return prev_part and bool(_AND_GAP_RE.search(text, lo, start))


def _makeup_re(lex: Lexicon) -> re.Pattern[str]:
    """Right before a figure: a definite group (the, this, that, or a possessive; lexicon
    makeup_group_noun) and the words of its make-up (makeup_verb), or a group pointed back
    to (makeup_pointing: 'the second', 'this') and its bare 'of'; lower-cased."""
    group = lex.phrases("makeup_group_noun")
    return re.compile(
        rf"\b(?:(?:the|this|that|[\w'’-]+['’]s)\s+(?:[\w-]+\s+)?(?:{group})"
        rf",?\s+(?:(?:was|is|were|are)\s+)?(?:{lex.phrases('makeup_verb')})"
        rf"|(?:{lex.phrases('makeup_pointing')})\s+(?:[\w-]+\s+)?(?:{group})\s+of)\s+$"
    )


def _plain_of_re(lex: Lexicon) -> re.Pattern[str]:
    """Right before a figure: a definite group and its bare 'of' ('the group of'),
    lower-cased: a make-up only when the group then undergoes a handover (`_PASSIVE_BY_RE`)."""
    return re.compile(rf"\b(?:the|[\w'’-]+['’]s)\s+(?:{lex.phrases('makeup_group_noun')})\s+of\s+$")


# after a group's make-up, in its clause: a passive with its agent ('… was met by', '…
# were received by'): the group is done to, as people handed over are; not '… was waiting
# by' nor an active verb ('… filmed their arrival')
_PASSIVE_BY_RE = re.compile(r"[^.;:,]*?\b(?:was|were)\s+(?!\w+ing\b)\w+\s+by\b")


def group_makeup(lex: Lexicon, t: str, at: int) -> bool:
    """'The second group was made up of 9 Chileans …', 'this batch of two nurses and …',
    'the group of four teachers and 11 pupils was met by …': a figure of the make-up of a
    group the text has told of (made up of …, or pointed back to), whose parts count
    captives in a text of captives though their own sentence has no word of captivity.
    'The group of 40 journalists waiting at the crossing' is a group of its own. `t`
    lower-cased."""
    start = max(0, at - 60)
    if lex.stage_patterns("mention_parts.makeup", _makeup_re).search(t, start, at) is not None:
        return True
    plain = lex.stage_patterns("mention_parts.makeup_plain", _plain_of_re)
    return plain.search(t, start, at) is not None and _PASSIVE_BY_RE.match(t, at) is not None


# words that open a clause of their own after a named person: the owner's name ends there
_CLAUSE_OPENERS = "who|whom|which|that|were|was|had|have|has|is|are|for|in|on|at"


class _KinOf:
    """The pattern of kin_of_named, built once per lexicon."""

    __slots__ = ("kin",)

    def __init__(self, lex: Lexicon) -> None:
        kin = "|".join(re.escape(str(w)) for w in lex.data.get("kin_nouns") or []) or "(?!x)x"
        # an adjective or two, the kin noun, 'of', then the one they are kin of: up to six
        # words, up to a mark or a word that opens a clause of its own
        self.kin = re.compile(
            rf"\s+(?:[a-z-]+\s+){{0,2}}?(?:{kin})\s+of\s+"
            rf"(?P<owner>(?:(?!(?:{_CLAUSE_OPENERS})\b)[\w'’.-]+\s*){{1,6}}?)"
            rf"(?=[,;:]|\.(?:\s|$)|\s+(?:{_CLAUSE_OPENERS})\b|$)",
            re.IGNORECASE,
        )


def kin_of_named(lex: Lexicon, text: str, q: Quantity) -> tuple[int, tuple[str, ...]] | None:
    """'three nieces of the prime minister of X', 'three relatives of X's defence minister':
    kin counted with the one they are kin of named after 'of', a person or body of one state
    the lexicon knows: that state's people. (end of the noun phrase, the state's code), or
    None. `text` as written (names are capitalised)."""
    m = lex.stage_patterns("mention_parts.kin_of", _KinOf).kin.match(text, q.num_end)
    if m is None:
        return None
    codes = tuple(dict.fromkeys(a.code for a in lex.actors_in(m["owner"]) if a.code != "XX"))
    return (m.end("owner"), codes) if len(codes) == 1 else None
