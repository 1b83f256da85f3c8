"""Figures that count no people, though a people noun may follow them: the dead and the hurt
('the bodies of 1,000 soldiers', 'wounded 75 others'), rates and ratios ('three prisoners
for each hostage'), ages, populations, lists of names, people who speak, a vehicle's load.
mentions.py asks these traps of every figure it has linked to people; counts told at an
event of taking (arrests, the set a group was taken in) are mention_takings.py's, parts of a
group already counted (a part among it, a part told by where it went) part_traps.py's."""

from __future__ import annotations

import re

from swaptally.numbers import Quantity, find_quantities

from .bare_figures import verbs
from .gone import gone_after, gone_part
from .lexicon import Lexicon, lowered, norm
from .mention_takings import (
    ARREST_HINTS,
    STRONG_BREAK_RE,
    arrests,
    part_of_the_taken,
    set_of_the_taken,
)
from .part_traps import among_part, part_gone_to, stock_part
from .sentence import any_in, clause_of

__all__ = ["age_limit", "counts_no_people", "dead_reach", "skip_figure"]

_FOR_N_BEFORE_RE = re.compile(r"\d\s*-?\s*for\s*-?\s*$", re.IGNORECASE)

# not "each other" (the two sides "handed each other 146 prisoners apiece": a reciprocal)
_RATE_BEFORE_RE = re.compile(
    r"\b(?:every|each(?!\s+other\b)|per)\s+(?:(?:additional|further|extra|other)\s+)?"
    r"(?:(?:batch|group|set|round)\s+of\s+)?$",  # "for each batch of 10 hostages"
    re.IGNORECASE,
)

# "each hostage (was swapped) for 30", "for every soldier, 3": a ratio before the figure
_RATE_EACH_BEFORE_RE = re.compile(
    r"\b(?:each|every)\s+[\w-]+\s+(?:[\w-]+\s+){0,4}?for,?\s+(?:(?:up\s+to|about)\s+)?$",
    re.IGNORECASE,
)

# "three prisoners for each hostage", also past an apposition ("three prisoners, women and
# boys, for each hostage")
_RATE_AFTER_RE = re.compile(
    r"(?:,?[^,;:()]{0,60},)?\s+(?:[\w-]+\s+){0,3}?(?:for|per)\s+(?:each|every)\b",
    re.IGNORECASE,
)

_AGE_BEFORE_LRE = re.compile(r"\b(?:aged|ages?|age\s+of)\s+(?:between\s+)?$")
_AGE_AFTER_LRE = re.compile(r"\s*-?\s*years?\s*-?\s*old\b|\s+years\s+of\s+age\b")
# a comparative of a figure with no noun of its own, right after a people noun: an age limit
# on that group ("Russian fighters under 25", "men over 60"), no count
_AGE_LIMIT_LRE = re.compile(r"(?:under|over|above|below|younger\s+than|older\s+than)\s")
_LIST_BEFORE_RE = re.compile(r"\b(?:names|list|lists|ages)\s+of\s+(?:the\s+)?$", re.IGNORECASE)

# right after a group: its people are put on a list, names and no handover ("Israel put
# 250 prisoners on a list of those who may be freed")
_ON_LIST_LRE = re.compile(r"\s+on\s+(?:a|the|its|their)\s+(?:[\w-]+\s+)?list\b")

_RATE_AFTER_LRE = lowered(_RATE_AFTER_RE)
_RATE_EACH_BEFORE_LRE = lowered(_RATE_EACH_BEFORE_RE)
_FOR_N_BEFORE_LRE = lowered(_FOR_N_BEFORE_RE)
_RATE_BEFORE_LRE = lowered(_RATE_BEFORE_RE)
_LIST_BEFORE_LRE = lowered(_LIST_BEFORE_RE)
_NOT_TO_RE = re.compile(r"\s+to\b")
_COMPOUND_TAIL_RE = re.compile(r"(?:-\w+)*[\s-]")  # the rest of a hyphenated compound


def dead_reach(
    lex: Lexicon, text: str, t: str, dead_at: int, q: Quantity, breaks: list[tuple[int, int]]
) -> bool:
    """A count of the dead at `dead_at` reaches the bare figure `q` after it: in the same
    clause or one joined to it by a comma or a conjunction ('handed over the bodies of 1,000
    soldiers, and Kyiv received 19 in return': 19 of the dead too), not past a semicolon, a
    colon, a dash or a bracket ('Ukraine received the bodies of 500 soldiers on Friday; …,
    Russia returned 20' counts the living), nor past a comma or conjunction into a clause
    of captives coming home ('…, while 84 came home from captivity'); and not the object of
    a verb only the living take ('returned the remains of 15 Palestinians and released 30')."""
    own = clause_of(breaks, len(text), q.start, q.num_end)
    if clause_of(breaks, len(text), dead_at, q.start) != own and (
        STRONG_BREAK_RE.search(text, dead_at, q.start) or _living_clause(lex, t, own)
    ):
        return False
    return not verbs(lex).living_before.search(t, max(0, q.start - 40), q.start)


def _living_clause(lex: Lexicon, t: str, clause: tuple[int, int]) -> bool:
    """The figure's own clause tells captives coming home ('…, and on Friday 84 came home
    from Russian captivity'): a homecoming or a word of captivity (lexicon came_home,
    homecoming, captivity_word). `t` lower-cased."""
    lo, hi = clause
    return any(
        lex.cue_lower[name].search(t, lo, hi)
        for name in ("captivity_word", "came_home", "homecoming")
    )


# between two groups of one list: a comma, 'and', or both
_NEXT_CONJUNCT_LRE = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_WORD_LRE = re.compile(r"\s+[\w'’-]+")


def _list_gone(lex: Lexicon, t: str, q: Quantity, end: int) -> bool:
    """The group `q` (its noun phrase ending at `end`) opens a list of counted groups
    ('three guards and six rebels', '12 soldiers, 3 medics and 40 civilians') whose
    predicate files them as hurt, dead or missing: each group's predicate. Not a list that
    is a handover's object ('freed 20 soldiers and 12 civilians were wounded' joins two
    clauses). `t` lower-cased."""
    m = _NEXT_CONJUNCT_LRE.match(t, end)
    if m is None or lex.cue_lower["any_moved"].search(t, max(0, q.start - 40), q.start):
        return False
    for _ in range(4):  # lists longer than five groups are not told with one predicate
        qs = find_quantities(t[m.end() : m.end() + 40])
        if not qs or qs[0].start != 0:
            return False
        # the next group's noun phrase: a people noun's, else one word ('six rebels')
        at = m.end() + qs[0].num_end
        np = lex.np_lower_re.match(t, at) or _WORD_LRE.match(t, at)
        if np is None:
            return False
        if gone_after(lex, t, np.end()) or lex.not_captive_after.match(t, np.end()):
            return True
        m = _NEXT_CONJUNCT_LRE.match(t, np.end())
        if m is None:
            return False
    return False


def counts_no_people(lex: Lexicon, t: str, q: Quantity, end: int, has_noun: bool) -> bool:
    """The figure `q`, its noun phrase ending at `end` (`has_noun`: with a people noun), counts
    no captives: events counted, the dead, the hurt, a list of names, speakers, a ratio, a
    load. `t` is the sentence lower-cased."""
    if not has_noun and q.num_start > q.start and _age_limit(lex, t, q):
        return True  # "a group of Russian soldiers under 25": an age, no count
    if _companions(lex, t, q):
        return True  # "freed 14 soldiers, along with three children": who came with them
    if has_noun and t[end : end + 1] in (" ", "-"):
        head = _COMPOUND_TAIL_RE.match(t, end)  # "prisoner|-of-war exchanges"
        if lex.cue_lower["events_counted"].match(t, head.end() if head else end + 1):
            return True  # "14 prisoner-of-war exchanges": exchanges counted, no people
    if _listed_not_held(lex, t, q, end) or (
        " list" in t[end : end + 24] and _ON_LIST_LRE.match(t, end)
    ):
        return True  # "a list of 339 children", "put 250 prisoners on a list": names
    if (
        lex.not_captive_after.match(t, end) and not _taken_at_scene(lex, t, q, end)
    ) or lex.cue_lower["not_captive"].search(t, max(0, q.start - 25), q.start):
        return True  # the killed, the injured, the missing, a crowd: no captives
    near = t[end : end + 12]
    if ("board" in near or "aboard" in near) and _aboard(lex, t, q, end):
        return True  # "the train had over 450 people on board": passengers, no captives
    if has_noun and lex.cue_lower["dead_in_group"].search(t, q.num_end, end):
        return True  # "909 fallen soldiers": the dead, no captives
    if (
        has_noun
        and any_in(_stay_hints(lex), t[end : end + 24])  # the common case: no stay verb
        and lex.cue_lower["deployed_force"].search(t, q.num_end, end)
        and _stays_there(lex, t, q, end)
    ):
        return True  # "1,000 troops remain in Kursk": deployed there, no captives
    if (
        has_noun
        and t.startswith(" to ", end)
        and lex.cue_lower["deployed_force"].search(t, q.num_end, end)
        and _sent_to_serve(lex, t, q, end)
    ):
        return True  # "has sent 4,000 soldiers to support Russia": a force, no captives
    if has_noun and _force_strength(lex, t, q, end):
        return True  # "the militia has about 3,000 fighters": a force's strength
    if any_in(ARREST_HINTS, t[end : end + 24]) and arrests(lex, t, end):
        return True  # "30,000 people were arrested in the crackdown": arrests counted
    if part_gone_to(lex, t, q):
        return True  # "35 of those released were driven across …": a share by destination
    if has_noun and among_part(lex, t, q, end):
        return True  # "nine women were among those freed": a breakdown, no fact of its own
    if has_noun and stock_part(lex, t, q):
        return True  # "58 men in the militia's jail, 41 of them fishermen and 17 dockworkers"
    if part_of_the_taken(lex, t, q):
        return True  # "abducted 30 people, nine of them nurses": the make-up of a taking
    if has_noun and set_of_the_taken(lex, t, q, end):
        return True  # "were among the 70 farmers seized in May": a count at the taking
    if any_in(_custody_hints(lex), t[end : end + 80]) and _to_lighter_custody(lex, t, end):
        return True  # "moved four citizens from prison to house arrest": still held, none freed
    if gone_after(lex, t, end) or gone_part(lex, t, q.start, end):
        return True  # "3,890 are still listed as missing", "…, including …, were wounded"
    if has_noun and _list_gone(lex, t, q, end):
        return True  # "three guards and six rebels died": the list's predicate is each one's
    ahead = t[end : end + 40]
    if _speaks(lex, t, end):
        return True  # "two of the Iranians said they …": people who speak, no count
    if _stayed_out(lex, t, end):
        return True  # "12 hostages got away", "8 reservists were excluded": no handover
    further = t[end : end + 90]
    if ("each" in further or "every" in further) and _RATE_AFTER_LRE.match(t, end):
        return True  # "three prisoners for each hostage": a ratio
    behind = t[max(0, q.start - 60) : q.start]
    if ("each " in behind or "every " in behind) and _RATE_EACH_BEFORE_LRE.search(
        t, max(0, q.start - 60), q.start
    ):
        return True  # "each hostage was exchanged for three prisoners": a ratio
    return ahead.startswith(" each") and bool(
        lex.cue_lower["vehicle_before"].search(t, max(0, q.start - 30), q.start)
    )  # "three flights carrying 45 prisoners each": a load, not a side's count


class _Companions:
    """The patterns of _companions, built once per lexicon."""

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


def _companions(lex: Lexicon, t: str, q: Quantity) -> bool:
    """'Rebels let 14 soldiers go, along with three children', 'freed 60 captives and four
    children', 'together with five family members', 'her two sons', 'two of his sons': kin
    or companions (lexicon companion_nouns) joined to a group (lexicon companion_link; 'and'
    only right after a captive or military noun) or to a person whose kin they are come
    home with that group or that person and are no count of captives of their own. Not
    children counted by themselves ('Russia returned 25 children'). `t` lower-cased."""
    p = lex.stage_patterns("mention_traps.companions", _Companions)
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
    noun = norm(link.group(1))
    return noun in lex.captive_nouns or lex.category(noun) == "military"


# the end of a group's own clause: a mark or a conjunction that opens another
_CLAUSE_END_LRE = re.compile(r"[,;:.()]|\s(?:and|but|while|whereas)\s")


def _force_strength(lex: Lexicon, t: str, q: Quantity, end: int) -> bool:
    """'The rebel army, founded in 1990, has about 3,000 fighters': a verb of having
    (lexicon force_have) right before a group of fighters (a military noun, no captive
    one) tells a force's strength, no captives; not where the group's own clause speaks of
    captivity or a handover ('Kyiv has 40 Russian soldiers in captivity', '… has 90
    soldiers to exchange'). `t` lower-cased."""
    have = lex.cue_lower["force_have"].search(t, max(0, q.start - 14), q.start)
    if have is None or t[have.end() : q.start].strip():
        return False  # the common case: no such verb right before the figure
    noun = lex.noun_lower_re.search(t, q.num_end, end)
    if noun is None or lex.category(noun.group()) != "military":
        return False
    if lex.cue_lower["captive_noun"].search(t, q.num_end, end):
        return False  # "has 300 POWs": captives held
    stop = _CLAUSE_END_LRE.search(t, end)
    return lex.cue_lower["any_captivity"].search(t, end, stop.start() if stop else len(t)) is None


# between a group and the custody it is moved to: no break, no other figure
_NO_BREAK_LRE = re.compile(r"[^,;:()\d]{0,80}$")


def _sent_to_serve(lex: Lexicon, t: str, q: Quantity, end: int) -> bool:
    """'North Korea has sent 4,000 soldiers to support Russia': a force (lexicon
    deployed_force, no captive noun) right after its figure, the purpose it was sent for
    right after it (lexicon deploy_purpose). `t` lower-cased."""
    if lex.cue_lower["captive_noun"].search(t, q.num_end, end):
        return False
    cue = lex.cue_lower["deploy_purpose"].match(t, end + 1)
    return cue is not None


def _custody_hints(lex: Lexicon) -> tuple[str, ...]:
    """The first word of each lighter_custody phrase, lower-cased: a gate before the regex."""
    return lex.stage_patterns(
        "mentions.custody_hints",
        lambda lx: tuple(
            {str(w).lower().split()[0] for w in lx.data["triggers"].get("lighter_custody") or []}
        ),
    )


def _to_lighter_custody(lex: Lexicon, t: str, end: int) -> bool:
    """'Iran moved four citizens from Evin prison to house arrest', '… saw four of them taken
    from jails and put under house arrest': the group's own clause moves its people to a
    lighter custody (lexicon lighter_custody), no handover: they are still held and no fact
    counts them. `t` lower-cased."""
    cue = lex.cue_lower["lighter_custody"].search(t, end, end + 80)
    return cue is not None and _NO_BREAK_LRE.match(t, end, cue.start()) is not None


_ABOARD_AFTER_LRE = re.compile(r"\s+(?:on\s+board|aboard|onboard)\b")


def _aboard(lex: Lexicon, t: str, q: Quantity, end: int) -> bool:
    """'The train had upwards of 450 people on board': a group right before 'on board' that
    no captive noun names counts a vehicle's passengers; not where its clause says they are
    held ('the gunmen held 120 passengers on board')."""
    if _ABOARD_AFTER_LRE.match(t, end) is None:
        return False
    if lex.cue_lower["captive_noun"].search(t, q.num_end, end):
        return False
    lo = max(t.rfind(",", 0, q.start), t.rfind(";", 0, q.start), 0)
    return lex.cue_lower["held"].search(t, lo, end) is None


def _age_limit(lex: Lexicon, t: str, q: Quantity) -> bool:
    """A comparative figure right after a people noun ('soldiers under 25', 'women over
    60'): an age limit on the group the noun names. `t` lower-cased."""
    if _AGE_LIMIT_LRE.match(t, q.start) is None or t[q.start - 1 : q.start] != " ":
        return False
    # the last people noun before the figure ends right before its space
    ends = [m.end() for m in lex.noun_lower_re.finditer(t, max(0, q.start - 30), q.start - 1)]
    return bool(ends) and ends[-1] == q.start - 1


def _stays_there(lex: Lexicon, t: str, q: Quantity, end: int) -> bool:
    """'About 1,000 troops remain in Kursk', '300 soldiers stayed in the town': a force
    (lexicon deployed_force) that is no captive noun, its predicate a verb of staying and a
    place, counts people who are there, no captives; not with a word of captivity after it
    in its clause ('8,000 Ukrainians remain in Russian captivity', '… in Israeli custody').
    `t` lower-cased."""
    m = lex.stage_patterns("mentions.stays", _stays_re).match(t, end)
    if m is None or lex.cue_lower["captive_noun"].search(t, q.num_end, end):
        return False
    stop = lex.stage_patterns("mentions.stay_clause_end", _stay_clause_end_re).search(t, m.end())
    hi = stop.start() if stop else len(t)
    # from "in" on: a phrase of holding ("in custody", "behind bars") or a word of captivity
    # ("in the group's hands", "in Russian prisons")
    return (
        lex.cue_lower["held"].search(t, m.start(1), hi) is None
        and lex.cue_lower["captive_context"].search(t, m.end(1), hi) is None
    )


def _stay_hints(lex: Lexicon) -> tuple[str, ...]:
    """The lexicon's stay_verb words, lower-cased, for a substring test before the regex."""
    return lex.stage_patterns(
        "mentions.stay_hints",
        lambda lx: tuple(str(w).lower() for w in lx.data["triggers"].get("stay_verb") or []),
    )


def _stays_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(
        rf"\s+(?:(?:{lex.phrases('stay_adverb').lower()})\s+)?"
        rf"(?:{lex.phrases('stay_verb').lower()})\s+"
        rf"({lex.phrases('stay_place_before').lower()})\b"
    )


def _stay_clause_end_re(lex: Lexicon) -> re.Pattern[str]:
    """Where a stay clause ends: a stop, a bracket, or a conjunction (lexicon
    stay_clause_end), for lower-cased text."""
    return re.compile(rf"[,;:.()]|\s(?:{lex.phrases('stay_clause_end').lower()})\s")


def _taken_at_scene(lex: Lexicon, t: str, q: Quantity, end: int) -> bool:
    """The casualty word after the group names the scene of its capture, not the people:
    '40 people detained during the protests', 'police detained 40 people during the
    protests'. `t` lower-cased."""
    vb = verbs(lex)
    if vb.taken_at.match(t, end):
        return True
    return bool(vb.scene_after.match(t, end)) and bool(
        vb.taken_before.search(t, max(0, q.start - 20), q.start)
    )


def _listed_not_held(lex: Lexicon, t: str, q: Quantity, end: int) -> bool:
    """'a list of 339 prisoners', 'the names of 33 hostages' to be freed: names, no count of
    people moved. A list of people said to be held ('the names of 382 prisoners in its
    custody', 'a list of 500 civilians held in Russia') counts a stock; so does a list of
    people named by their nationality ('a list of 246 prisoners who are Indian', '… thought
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


# right after a listed group: its people named by nationality ("who are Indian", "thought to
# be Pakistani")
_NATIONALS_AFTER_LRE = re.compile(
    r"\s+(?:(?:who|that)\s+(?:are|were)|(?:thought|believed|said|suspected)\s+to\s+be)\s+"
    r"(?:all\s+)?[a-z]+(?:ns?|i|is|ese|ish|ch)\b"
)


# a limit of age right after a group's noun: "fighters under 25", "POWs younger than 25"
_AGE_LIMIT_LRE = re.compile(r"(?:under|over|younger\s+than|older\s+than)\s+$")
_WORD_BEFORE_LRE = re.compile(r"([a-z][a-z'’-]*)\s+$")


def age_limit(lex: Lexicon, text: str, q: Quantity) -> bool:
    """'a first group of Russian fighters under 25', 'POWs younger than 25', 'detainees over
    60': a limit of age right after a people noun, with no noun of its own after it, counts
    no one (not 'freed over 300 prisoners', 'Russia returned under 100'). `text` is
    lower-cased."""
    if not _AGE_LIMIT_LRE.search(text, max(0, q.num_start - 14), q.num_start):
        return False  # the common case
    word = _WORD_BEFORE_LRE.search(text, max(0, q.start - 30), q.start)
    if word is None:
        return False
    noun = lex.noun_lower_re.match(text, word.start(1))
    if noun is None or noun.end() != word.end(1):
        return False  # "returned under 100": no group's noun right before the limit
    return not lex.noun_lower_re.match(text, q.num_end + 1)  # "… over 300 prisoners"


def skip_figure(text: str, q: Quantity) -> bool:
    """A figure that is no count of people whatever follows it: the second half of
    'N-for-N', a rate, a population, an age. `text` is lower-cased. Substring gates keep the
    right-anchored regexes rare."""
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


class _StayedOut:
    """The patterns of _stayed_out, built once per lexicon."""

    __slots__ = ("hints", "predicate")

    def __init__(self, lex: Lexicon) -> None:
        words = lex.data.get("triggers", {}).get("stayed_out") or []
        self.hints = tuple(sorted({str(w).split()[0][:4].lower() for w in words}))
        # up to five words that qualify the group (group 1: "held in the northern camps"), then
        # the predicate
        self.predicate = re.compile(
            rf"((?:\s+[\w'’-]+){{0,5}}?)\s+(?:{lex.phrases('stayed_out').lower()})(?![\w])"
        )


def _stayed_out(lex: Lexicon, t: str, end: int) -> bool:
    """The predicate of the group ending at `end` tells its people stayed out of any
    handover (lexicon stayed_out: '12 hostages got away from the gang', '30 prisoners held
    in the northern camps chose to stay'); not past a conjunction, a number or a handover
    word ('40 were freed and 3 more were found': the 40's predicate), nor coordinated with
    one ('… were found and freed'). `t` lower-cased."""
    p = lex.stage_patterns("mention_traps.stayed_out", _StayedOut)
    if not any_in(p.hints, t[end : end + 60]):
        return False  # the common case
    m = p.predicate.match(t, end)
    if m is None:
        return False
    words = m[1]
    if " and " in f"{words} " or any(c.isdigit() for c in words):
        return False
    moved = lex.cue_lower["any_moved"]
    if moved.search(words) is not None:
        return False
    # "… were found and freed": a handover coordinated with it is the group's too
    return not (_AND_OR_LRE.match(t, m.end()) and moved.search(t, m.end(), m.end() + 25))


# a coordinating conjunction right after a predicate
_AND_OR_LRE = re.compile(r"\s+(?:and|or)\s")


def _speaks(lex: Lexicon, text: str, end: int) -> bool:
    """The group right before `end` is the subject of a speech verb ('… said', not 'said
    to be held'); `text` is lower-cased."""
    m = lex.cue_lower["speaker_verb"].match(text, end + 1) if text[end : end + 1] == " " else None
    return bool(m) and not _NOT_TO_RE.match(text, m.end())
