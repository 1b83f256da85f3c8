"""Stage 1, mentions: the numbers of a sentence → the figures that count people.

A number counts people when a people noun follows it ("307 Ukrainian soldiers"), or in a
few constructions without one ("42 each", "1,000-for-1,000", "40 were released"). What
the noun phrase says is kept: the noun's category, the actors named in it, "each".
Casualties, rates, list counts and the like are dropped here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from swaptally.numbers import Quantity, find_quantities

from .fact import Mention
from .gone import gone_after, gone_word_at, hurt_before
from .lexicon import Lexicon, lowered, norm
from .phrase_patterns import alternation
from .sentence import clause_breaks, clause_of
from .twins import is_twin

__all__ = ["EACH_AFTER_LRE", "UNKNOWN", "Figure", "figures_of"]


UNKNOWN = "?"  # the code of a nationality the lexicon does not know
# a capitalised word with a nationality's ending, in a figure's noun phrase
_UNKNOWN_NATIONALITY_RE = re.compile(r"\b[A-Z][a-z]+(?:ian|ean|an|ese|ish|i|ch|ic)s?\b")


@dataclass(slots=True)  # never changed once its sentence is built; not frozen: faster
class Figure:
    """A number that counts people, with what its noun phrase says."""

    q: Quantity
    np_end: int  # end of the noun phrase (the number's end when there is none)
    category: str
    codes: tuple[str, ...]  # actors named in the noun phrase ("Ukrainian")
    possessive: str | None  # "their", "its", "our" before the noun
    two_sided: bool  # "each", "on both sides", "N-for-N"
    label: bool  # "1,000-for-1,000"
    mention: Mention | None
    follows: int | None = None  # index of the figure it is a breakdown of ("including 6")
    stock: bool = False  # "N of the M hostages": M is a stock
    clause: tuple[int, int] = (0, 0)  # the clause around it
    by_gender_or_age: bool = False  # its noun is "women", "minors", "children" …
    needs_context: bool = False  # its noun says no captivity ("300 people", "12 doctors")


_EACH_AFTER_RE = re.compile(
    r"\s*(?:(?:prisoners|people|captives|detainees|POWs)\s+)?(?:each|apiece)\b(?!\s+other)"
    r"|\s+(?:\w+\s+){0,3}?(?:on|from|for|by|to)\s+(?:each|both|either)\s+sides?\b",
    re.IGNORECASE,
)

_FOR_N_RE = re.compile(r"\s*-?\s*for\s*-?\s*(?:\d|one\b|a\b)", re.IGNORECASE)

_FOR_N_BEFORE_RE = re.compile(r"\d\s*-?\s*for\s*-?\s*$", re.IGNORECASE)

_NUMBER_OF_RE = re.compile(r"\b(?:number|figure|tally|count)\s+of\b", re.IGNORECASE)

# the same word after the figure: "bringing to 3,500 the number (of Ukrainians) returned"
_NUMBER_AFTER_RE = re.compile(
    r"\s+the\s+(?:total\s+)?(?:number|figure|tally|count)\b(?:\s+of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)

_RATE_BEFORE_RE = re.compile(
    r"\b(?:every|each|per)\s+(?:(?:additional|further|extra|other)\s+)?$", re.IGNORECASE
)

# "each hostage (was swapped) for 30", "for every soldier, 3": a ratio before the figure
_RATE_EACH_BEFORE_RE = re.compile(
    r"\b(?:each|every)\s+[\w-]+\s+(?:[\w-]+\s+){0,4}?for,?\s+(?:(?:up\s+to|about)\s+)?$",
    re.IGNORECASE,
)

_RATE_AFTER_RE = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:for|per)\s+(?:each|every)\b", re.IGNORECASE)

_URL_RE = re.compile(r"\b(?:https?://|www\.)\S+|\S+\.(?:com|org|net|html?)\S*", re.IGNORECASE)

_PARTITIVE_RE = re.compile(
    r"\s+of\s+the\s+(?:(?:approximately|around|some|nearly|about|estimated|roughly|over|"
    r"promised|pledged|agreed|planned|expected|announced)\s+)?$",
    re.IGNORECASE,
)

_OF_THE_PREFIX_RE = re.compile(r"^\s*(?:Of|Among)\s+(?:the|those)\b[^,]*,", re.IGNORECASE)

_INCLUDING_RE = re.compile(r"\bincluding\b", re.IGNORECASE)

# before a part of a group already counted: "…, including 2 minors", "the Israelis were 5 …"
_PART_GAP_RE = re.compile(
    r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\s+"
    r"(?:some\s+|about\s+|around\s+)?$",
    re.IGNORECASE,
)
_COPULA_BEFORE_RE = re.compile(r"\b(?:were|are|was|is)\s+(?:all\s+|also\s+)?$", re.IGNORECASE)
_AND_GAP_RE = re.compile(r"(?:,|\band|\bas\s+well\s+as)\s+$", re.IGNORECASE)
# "401 of the prisoners are said to be women": the predicate names the part
_COPULAS = (" are ", " were ", " is ", " was ")
_PART_PREDICATE_RE = re.compile(
    r"\s+(?:are|were|is|was)\s+(?:(?:said|believed|reported|thought)\s+to\s+be\s+|all\s+)?"
    r"([\w-]+)",
    re.IGNORECASE,
)

_AGE_BEFORE_LRE = re.compile(r"\b(?:aged|ages?|age\s+of)\s+(?:between\s+)?$")
_AGE_AFTER_LRE = re.compile(r"\s*-?\s*years?\s*-?\s*old\b|\s+years\s+of\s+age\b")
_OF_THE_PREFIX_LRE = lowered(_OF_THE_PREFIX_RE)
_RELATIVE_RE = re.compile(
    r"\s+(?:(?:who|that|which|it|they|we|he|she|[A-Z]\w+)\s+)?"
    r"(?:(?:had|have|has|were|was|is|are)\s+(?:been\s+|just\s+|now\s+)?)?"
)
_LIST_BEFORE_RE = re.compile(r"\b(?:names|list|lists|ages)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


# lower-case twins of the patterns run on every figure (see lexicon.lowered)
_FOR_N_LRE = lowered(_FOR_N_RE)
_PARTITIVE_LRE = lowered(_PARTITIVE_RE)
_RATE_AFTER_LRE = lowered(_RATE_AFTER_RE)
_RATE_EACH_BEFORE_LRE = lowered(_RATE_EACH_BEFORE_RE)
EACH_AFTER_LRE = lowered(_EACH_AFTER_RE)
_SPACES_RE = re.compile(r"\s+")


def _each_time(lex: Lexicon, t: str, at: int) -> bool:
    """'each' ending at `at` goes with a unit of time ('12 prisoners each week'): a rate,
    not a count for each side."""
    ws = _SPACES_RE.match(t, at)
    return ws is not None and lex.cue_lower["each_time_unit"].match(t, ws.end()) is not None


_FOR_N_BEFORE_LRE = lowered(_FOR_N_BEFORE_RE)
_RATE_BEFORE_LRE = lowered(_RATE_BEFORE_RE)
_LIST_BEFORE_LRE = lowered(_LIST_BEFORE_RE)
_NUMBER_OF_LRE = lowered(_NUMBER_OF_RE)
_NUMBER_AFTER_LRE = lowered(_NUMBER_AFTER_RE)
# figures with no people noun of their own: after a count of the dead, they count the dead
_NO_NOUN = frozenset((Mention.VERB_OBJECT, Mention.PASSIVE_VERB, Mention.GAPPED))

# a possessive name right after a figure, its noun left out: "95 of Ukraine's"
_OWNER_AFTER_RE = re.compile(
    r"\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s?(?![\w])"
)
_WORDS_RE = re.compile(r"(?:[\w'’-]+\s+){0,2}")  # up to two words before a noun


@dataclass(frozen=True, slots=True)
class _Verbs:
    """The verbs that tie a bare figure to people, for lower-cased text: grammar here, the
    verbs from the lexicon's triggers (a user lexicon reaches them)."""

    after: re.Pattern[str]  # "40 were released", "12 came home"
    before: re.Pattern[str]  # "freed 40"
    subgroup: re.Pattern[str]  # "77 of the returned servicemen": a description
    taken_at: re.Pattern[str]  # "40 people detained during the protests": the scene
    taken_before: re.Pattern[str]  # "detained 40 …": a verb of capture right before
    scene_after: re.Pattern[str]  # "… during the protests": the scene of that capture
    thing_before: re.Pattern[str]  # "handed 20 …": a verb that takes things too, right before
    thing_after: re.Pattern[str]  # "… 20 tanks", "… 12 long prison terms": a thing's noun
    living_before: re.Pattern[str]  # "released 30": a verb the dead never take, right before

    @staticmethod
    def build(lex: Lexicon) -> _Verbs:
        w = lex.phrases
        after = re.compile(
            r"\s+(?:more\s+|others?\s+|of\s+them\s+|of\s+whom\s+)?(?:people\s+)?"
            r"(?:were|have\s+been|had\s+been|has\s+been|was|are|will\s+be|would\s+be|to\s+be|"
            r"being|had|have|were\s+also|have\s+also|are\s+now|is)\s+(?:\w+\s+){0,2}?"
            rf"(?:{w('passive_verb')})\b"
            rf"|\s+(?:{w('custody_verb')})\b"
            rf"|\s+of\s+(?:those|them|whom)\s+(?:{w('moved_participle')})\b"
            rf"|\s+(?:{w('came_home')})\b",
            re.IGNORECASE,
        )
        before = re.compile(
            rf"(?:{w('object_verb')})\w*\s+(?:another\s+|a\s+further\s+|an\s+additional\s+|"
            r"the\s+)?$",
            re.IGNORECASE,
        )
        subgroup = re.compile(rf"\s+of\s+the\s+(?:{w('moved_adjective')})\b", re.IGNORECASE)
        # a phrase of place or time naming the scene: "during the protests"
        scene = (
            r"(?:during|at|in|after|amid|following|over|near|outside)\s+"
            rf"(?:[\w'’-]+\s+){{0,2}}?(?:{w('taken_scene')})(?![\w])"
        )
        # a participle of capture, then the scene
        taken_at = re.compile(
            rf"\s+(?:{w('taken_participle')})\s+(?:[\w-]+\s+)?{scene}", re.IGNORECASE
        )
        # the same verbs, active, right before the figure: "police detained 60 activists
        # during the protests" (the scene follows the group as after a participle)
        taken_before = re.compile(rf"\b(?:{w('taken_participle')})\s+$", re.IGNORECASE)
        scene_after = re.compile(rf"\s+{scene}", re.IGNORECASE)
        thing_before = re.compile(
            rf"\b(?:{w('object_verb_things')})\s+(?:another\s+|a\s+further\s+|the\s+)?$",
            re.IGNORECASE,
        )
        # a word after the figure that is none of the small words a bare count of people
        # takes ("handed 90 to Russia", "… 90 back", "… 90, and"): the figure's own noun
        stop = alternation(str(v) for v in lex.data.get("noun_gap_stop") or []) or r"(?!x)x"
        thing_after = re.compile(
            rf"\s+(?!(?:{stop}|{w('object_bare_next')})\b)[a-z][\w'’-]*", re.IGNORECASE
        )
        living_before = re.compile(
            rf"\b(?:{w('living_verb')})\s+(?:another\s+|a\s+further\s+|the\s+)?$",
            re.IGNORECASE,
        )
        return _Verbs(
            lowered(after), lowered(before), lowered(subgroup), lowered(taken_at),
            lowered(taken_before), lowered(scene_after), lowered(thing_before),
            lowered(thing_after), lowered(living_before),
        )  # fmt: skip


def _verbs(lex: Lexicon) -> _Verbs:
    return lex.stage_patterns("mentions", _Verbs.build)


def figures_of(
    lex: Lexicon, text: str, low: str
) -> tuple[list[Figure], tuple[int, ...], list[tuple[int, int]] | None]:
    """The figures of a sentence that count people, where every number starts, and the
    sentence's clause breaks if it looked for them (None when it did not, or read the text
    with its URLs blanked out): the Sentence keeps them instead of scanning again.
    `low` is `text` lower-cased, or "" when lower-casing changed its length."""
    blanked = False
    if "//" in text or "www." in text or ".htm" in text or ".com" in text:
        text = _URL_RE.sub(lambda m: " " * len(m.group()), text)  # keep offsets
        low = text.lower() if low else ""
        blanked = True
    out: list[Figure] = []
    t = low or text.lower()  # once per sentence, not per figure
    quantities = find_quantities(text, is_twin(lex), t)
    subgroup_end = -1
    breaks = None
    prev: Figure | None = None  # the last figure linked, counted or not
    prev_part = False  # whether it was a part by gender or age
    captive: bool | None = None  # whether the sentence speaks of captivity: found when needed
    subgroup = _verbs(lex).subgroup
    dead_at = -1  # where the last count of the dead starts: a bare figure after it is one too
    for i, q in enumerate(quantities):
        nxt = quantities[i + 1] if i + 1 < len(quantities) else None
        if subgroup.match(t, q.num_end):
            subgroup_end = q.num_end  # "77 of the returned servicemen …": a description
            continue
        if subgroup_end >= 0 and _INCLUDING_RE.search(text, subgroup_end, q.start):
            continue  # "…, including 73 Guards members and 4 border guards": its parts
        fig = _link(lex, text, low, q, nxt)
        if fig is None and lex.cue_lower["not_captive"].search(t, max(0, q.start - 25), q.start):
            dead_at = q.start  # "the bodies of 1,000 soldiers": a count of the dead
        elif (
            fig is not None
            and fig.mention in _NO_NOUN
            and dead_at > (prev.q.start if prev else -1)
            and _dead_reach(lex, text, t, dead_at, q, breaks := breaks or clause_breaks(text))
        ):
            continue  # "… the bodies of 1,000 soldiers and received 19 in return": the dead's
        if fig is None and prev is not None and not prev_part:
            fig = _gapped(lex, text, q, prev)
        elif fig is not None and prev is not None and t.endswith(" ones", 0, fig.np_end):
            # "…; Ukraine, 90 Russian ones": the noun, and so the category, of the one before
            fig = replace(fig, category=prev.category, needs_context=prev.needs_context)
        if fig is not None and _gender_or_age_part(lex, text, fig, prev, prev_part):
            prev, prev_part = fig, True  # a part of a group already counted: no figure
            continue
        prev, prev_part = fig or prev, False
        if fig is not None and fig.needs_context:
            if captive is None:
                captive = _speaks_of_captivity(lex, t)
            if not captive:
                continue  # "A team of 12 doctors examined them": no captives
        if fig is not None:
            if breaks is None:
                breaks = clause_breaks(text)
            fig.clause = clause_of(breaks, len(text), q.start, fig.np_end)
            out.append(fig)
    return out, tuple(q.start for q in quantities), None if blanked else breaks


def _dead_reach(
    lex: Lexicon, text: str, t: str, dead_at: int, q: Quantity, breaks: list[tuple[int, int]]
) -> bool:
    """A count of the dead at `dead_at` reaches the bare figure `q` after it: in the same
    clause ('Ukraine received the bodies of 500 soldiers on Friday; …, Russia freed 20'
    counts 20 of the living), and not the object of a verb only the living take ('returned
    the remains of 15 Palestinians and released 30')."""
    if clause_of(breaks, len(text), dead_at, q.start) != clause_of(
        breaks, len(text), q.start, q.num_end
    ):
        return False
    return not _verbs(lex).living_before.search(t, max(0, q.start - 40), q.start)


_COMPOUND_TAIL_RE = re.compile(r"(?:-\w+)*[\s-]")  # the rest of a hyphenated compound


def _link(lex: Lexicon, text: str, low: str, q: Quantity, nxt: Quantity | None) -> Figure | None:
    """Link a figure to the people it counts, or None when it counts no people."""
    t = low or text.lower()  # same offsets, except in rare scripts (booleans only)
    if _skip_figure(t, q):
        return None
    if hurt_before(lex, t, q.start):
        return None  # "… and wounded 75 others": the hurt, no captives
    label = bool(_FOR_N_LRE.match(t, q.num_end))
    noun, poss, end, rule = _noun_of(lex, text, low, q, nxt.start if nxt else None)
    if noun is None and nxt is not None and _PARTITIVE_LRE.search(t, q.num_end, nxt.start):
        # "33 of the nearly 100 remaining hostages": the part takes the whole's noun
        noun, poss, end, _ = _noun_of(lex, text, low, nxt)
        rule = Mention.PARTITIVE if noun else None
    after = _NUMBER_AFTER_LRE.match(t, q.num_end) if noun is None else None
    if after is not None:
        # "bringing to 3,500 the number of Ukrainians returned": the people come after
        rule, end = Mention.NUMBER_OF, after.end()
        head = lex.noun_re.search(text, end, end + 40)
        if head is not None and _WORDS_RE.fullmatch(text, end, head.start()):
            noun, end = head.group(), head.end()  # "… of (the) Ukrainian soldiers"
    if noun is None and rule is None and (owner := _OWNER_AFTER_RE.match(text, q.num_end)):
        before = list(lex.noun_re.finditer(text, max(0, q.start - 90), q.start))
        head = before[-1].group() if before else None
        own = head is not None and (
            lex.category(head) == "military" or norm(head) not in lex.captive_nouns
        )
        if own and lex.actor(owner["name"]) is not None:
            # "90 of its soldiers for 95 of Ukraine's": the noun of the group before, the
            # people the owner's (not "… of Hamas's" prisoners: those it holds)
            rule, end = Mention.OWNER_ELLIPSIS, owner.end()
    if noun is None and rule is None:
        rule = _bare_rule(lex, t, q, label)
        if rule is None:
            return None
    if noun is not None and t[end : end + 1] in (" ", "-"):
        head = _COMPOUND_TAIL_RE.match(t, end)  # "prisoner|-of-war exchanges"
        if lex.cue_lower["events_counted"].match(t, head.end() if head else end + 1):
            return None  # "14 prisoner-of-war exchanges": exchanges counted, no people
    if _listed_not_held(lex, t, q, end):
        return None  # "a list of 339 children" to be freed: names, not people moved
    if (
        lex.not_captive_after.match(t, end) and not _taken_at_scene(lex, t, q, end)
    ) or lex.cue_lower["not_captive"].search(t, max(0, q.start - 25), q.start):
        return None  # the killed, the injured, the missing, a crowd: no captives
    if noun is not None and lex.cue_lower["dead_in_group"].search(t, q.num_end, end):
        return None  # "909 fallen soldiers": the dead, no captives
    if gone_after(lex, t, end):
        return None  # "3,890 are still listed as missing", "…, including …, were wounded"
    ahead = t[end : end + 40]
    if _speaks(lex, t, end):
        return None  # "two of the Iranians said they …": people who speak, no count
    if ("each" in ahead or "every" in ahead) and _RATE_AFTER_LRE.match(t, end):
        return None  # "three prisoners for each hostage": a ratio
    behind = t[max(0, q.start - 60) : q.start]
    if ("each " in behind or "every " in behind) and _RATE_EACH_BEFORE_LRE.search(
        t, max(0, q.start - 60), q.start
    ):
        return None  # "each hostage was exchanged for three prisoners": a ratio
    if ahead.startswith(" each") and lex.cue_lower["vehicle_before"].search(
        t, max(0, q.start - 30), q.start
    ):
        return None  # "three flights carrying 45 prisoners each": a load, not a side's count
    # "bringing to 3,500 the number returned": no noun after, none of another figure before
    cat = (
        "unspecified" if after is not None and noun is None else _category(lex, noun, text, q, rule)
    )
    np_text = text[q.num_end : end]
    has_name = np_text != np_text.lower() or "foreign" in np_text  # names are capitalised
    codes = tuple(dict.fromkeys(a.code for a in lex.actors_in(np_text))) if has_name else ()
    if has_name and not codes and _unknown_nationality(lex, np_text):
        codes = (UNKNOWN,)  # "18 Cambodian soldiers" with no Cambodia in the lexicon
    if not codes and noun is None:
        m = _OF_THE_PREFIX_RE.match(text[: q.start])
        codes = tuple(dict.fromkeys(a.code for a in lex.actors_in(m.group()))) if m else ()
    each_m = EACH_AFTER_LRE.match(t, end)
    each = (each_m is not None and not _each_time(lex, t, each_m.end())) or label
    stock = "of the" in t[max(0, q.start - 30) : q.start] and bool(
        _PARTITIVE_LRE.search(t, max(0, q.start - 30), q.start)
    )
    if stock and _moved_after(lex, text, t, end):
        stock = False  # "95 of the 144 fighters it brought home": a group handed over
    key = norm(noun) if noun is not None else ""
    return Figure(
        q, end, cat, codes, poss, each, label, rule, None, stock,
        by_gender_or_age=key in lex.breakdown_nouns,
        needs_context=bool(key) and not each and key not in lex.captive_nouns,
    )  # fmt: skip


def _taken_at_scene(lex: Lexicon, t: str, q: Quantity, end: int) -> bool:
    """The casualty word after the group names the scene of its capture, not the people:
    '40 people detained during the protests', 'police detained 40 people during the
    protests'. `t` lower-cased."""
    verbs = _verbs(lex)
    if verbs.taken_at.match(t, end):
        return True
    return bool(verbs.scene_after.match(t, end)) and bool(
        verbs.taken_before.search(t, max(0, q.start - 20), q.start)
    )


def _listed_not_held(lex: Lexicon, t: str, q: Quantity, end: int) -> bool:
    """'a list of 339 prisoners', 'the names of 33 hostages' to be freed: names, no count of
    people moved. A list of people said to be held ('the names of 382 prisoners in its
    custody', 'a list of 500 civilians held in Russia') counts a stock. `t` lower-cased."""
    before = t[max(0, q.start - 16) : q.start]
    if "of" not in before or not _LIST_BEFORE_LRE.search(t, max(0, q.start - 16), q.start):
        return False  # the common case
    return lex.cue_lower["held"].search(t, end, end + 60) is None


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


def _gapped(lex: Lexicon, text: str, q: Quantity, prev: Figure) -> Figure | None:
    """'Russia freed 90 prisoners, Ukraine 82', 'Armenia received 32 soldiers, Azerbaijan
    two': a bare figure right after a side's name in a clause whose verb and noun are the
    clause's before (gapping). It counts what the figure before counts; the name is the
    doer of the same verb (frame.py)."""
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


def _speaks_of_captivity(lex: Lexicon, t: str) -> bool:
    """A cue of captivity or a handover anywhere in the (lower-cased) sentence."""
    if _OF_THE_PREFIX_LRE.match(t):
        return True  # "Of the 390, 120 were civilians": a part of a group counted before
    return lex.cue_lower["any_captivity"].search(t) is not None


def _gender_or_age_part(
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
    start = fig.q.start
    if _COPULA_BEFORE_RE.search(text, max(0, start - 20), start):
        return True
    # after the figure before (its noun phrase may run on over this one: "ten prisoners,
    # including two minors"), or after a count with no noun ("ten, including two minors")
    lo = max(prev.q.num_end if prev else 0, start - 30)
    if _PART_GAP_RE.search(text, lo, start):
        return True
    return prev_part and bool(_AND_GAP_RE.search(text, lo, start))


def _moved_after(lex: Lexicon, text: str, t: str, end: int) -> bool:
    """A handover verb right after a noun phrase ('… freed on', '… it brought home', '…
    Tehran released'). `text` as written (a name is capitalised), `t` lower-cased."""
    m = _RELATIVE_RE.match(text, end)  # case-sensitive: a capitalised word is a name
    spots = (end + len(t[end:]) - len(t[end:].lstrip()), m.end() if m else end)
    cues = lex.cue_lower
    return any(cues["exchange"].match(t, at) or cues["release"].match(t, at) for at in spots)


def _unknown_nationality(lex: Lexicon, np_text: str) -> bool:
    """A capitalised word with a nationality's ending that is no people noun ('Civilians'
    in a title-case headline)."""
    return any(
        m.group().lower() not in lex.noun_category
        for m in _UNKNOWN_NATIONALITY_RE.finditer(np_text)
    )


def _skip_figure(text: str, q: Quantity) -> bool:
    """`text` is lower-cased. Substring gates keep the right-anchored regexes rare."""
    before = text[max(0, q.start - 20) : q.num_start]
    if "for" in before and _FOR_N_BEFORE_LRE.search(text, max(0, q.num_start - 12), q.num_start):
        return True  # the second half of "1,000-for-1,000"
    if ("ever" in before or "each" in before or "per" in before) and _RATE_BEFORE_LRE.search(
        text, max(0, q.start - 20), q.start
    ):
        return True  # "for every 10 hostages", "every additional 10 hostages"
    if q.value >= 1_000_000:
        return True  # "2.3 million Palestinians": a population, no captives
    if ("age" in before and _AGE_BEFORE_LRE.search(text, max(0, q.start - 12), q.start)) or (
        _AGE_AFTER_LRE.match(text, q.num_end)
    ):
        return True  # "aged 19", "ages 28 and 27", "a 19-year-old", "19 years old"
    return q.qualifier == "vague" and q.start > 0 and text[q.start - 1] == "-"


def _noun_of(
    lex: Lexicon, text: str, low: str, q: Quantity, nxt_start: int | None = None
) -> tuple[str | None, str | None, int, Mention | None]:
    """(noun, possessive, end of the noun phrase, rule) for the people noun after a figure.
    `low` is `text` lower-cased (same length) or "" when lower-casing changed its length."""
    if low:
        text = low
        np_re, were_re, dem_re = lex.np_lower_re, lex.were_np_lower_re, lex.demonym_noun_lower_re
    else:
        np_re, were_re, dem_re = lex.np_re, lex.were_np_re, lex.demonym_noun_re
    m = np_re.match(text, q.num_end)
    if m:
        noun = m["noun"]
        if m["noun2"] and nxt_start is not None and nxt_start < m.start("noun2"):
            # "45 service personnel and two civilians": the second noun is the next figure's
            return noun, m["poss"], m.end("noun"), Mention.NOUN_PHRASE
        if m["noun2"] and lex.category(m["noun2"]) != lex.category(noun):
            noun = "people"  # "soldiers and civilians": a mixed group
        if m["noun3"] and m["gap2"]:
            # a third noun only ends a bare list ("390 people, soldiers and civilians"), not
            # "60 detainees, including Ethiopians and Eritreans" (a part named after it)
            return noun, m["poss"], m.end("noun2"), Mention.NOUN_PHRASE
        return noun, m["poss"], m.end(), Mention.NOUN_PHRASE
    m2 = were_re.match(text, q.num_end)
    if m2:
        return m2["noun"], None, m2.end(), Mention.WERE_NOUN
    m3 = dem_re.match(text, q.num_end)
    if m3:
        return (
            "people",
            None,
            m3.end(),
            Mention.DEMONYM_NOUN,
        )  # "90 Palestinian" cut off, "…’s held"
    return None, None, q.num_end, None


def _category(lex: Lexicon, noun: str | None, text: str, q: Quantity, rule: Mention | None) -> str:
    if noun is not None:
        return lex.category(noun)
    if rule is Mention.NUMBER_OF or rule is Mention.OWNER_ELLIPSIS:
        nouns = list(lex.noun_re.finditer(text, max(0, q.start - 90), q.start))
        return lex.category(nouns[-1].group()) if nouns else "unspecified"
    if rule is Mention.N_FOR_N:
        # 'exchanged soldiers 15 for 15': the noun right before counts the people
        nouns = list(lex.noun_re.finditer(text, max(0, q.start - 30), q.start))
        if nouns and not text[nouns[-1].end() : q.start].strip():
            return lex.category(nouns[-1].group())
    return "unspecified"


_NOT_TO_RE = re.compile(r"\s+to\b")


def _speaks(lex: Lexicon, text: str, end: int) -> bool:
    """The group right before `end` is the subject of a speech verb ('… said', not 'said
    to be held'); `text` is lower-cased."""
    m = lex.cue_lower["speaker_verb"].match(text, end + 1) if text[end : end + 1] == " " else None
    return bool(m) and not _NOT_TO_RE.match(text, m.end())


def _bare_rule(lex: Lexicon, text: str, q: Quantity, label: bool) -> Mention | None:
    """A figure with no people noun: counts people only in a few constructions."""
    if label:
        return Mention.N_FOR_N
    if EACH_AFTER_LRE.match(text, q.num_end):
        return Mention.EACH_SIDE
    verbs = _verbs(lex)
    if verbs.after.match(text, q.num_end):
        return Mention.PASSIVE_VERB
    if verbs.before.search(text, max(0, q.start - 40), q.start):
        if verbs.thing_before.search(text, max(0, q.start - 40), q.start) and (
            verbs.thing_after.match(text, q.num_end)
        ):
            return None  # "Germany handed 20 tanks over to Ukraine": things, no people
        return Mention.VERB_OBJECT
    m = _NUMBER_OF_LRE.search(text, max(0, q.start - 90), q.start)
    if m is not None and not gone_word_at(lex, text, m.end()):
        return Mention.NUMBER_OF  # not "put the number of missing at 287": no captives
    return None
