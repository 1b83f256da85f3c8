"""Stage 1, mentions: the numbers of a sentence → the figures that count people.

A number counts people when a people noun follows it ("307 Ukrainian soldiers"), or in a
few constructions without one ("42 each", "1,000-for-1,000", "40 were released"). What
the noun phrase says is kept: the noun's category, the actors named in it, "each".
Casualties, rates, list counts and the like are dropped here.

Its helpers: figure.py (the Figure), bare_figures.py (a figure with no noun of its own),
mention_traps.py (figures that count no people), mention_parts.py (a gapped clause's
figure, a part by gender or age of the group before).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from swaptally.numbers import Quantity, find_quantities

from .bare_figures import EACH_AFTER_LRE, bare_rule, number_after, verbs
from .fact import Mention
from .figure import UNKNOWN, Figure
from .gone import hurt_before
from .lexicon import Lexicon, lowered, norm
from .mention_parts import gapped, gender_or_age_part, group_makeup, kin_of_named
from .mention_takings import deported_away
from .mention_traps import age_limit, counts_no_people, dead_reach, skip_figure
from .places import is_place
from .sentence import clause_breaks, clause_of
from .twins import is_twin

__all__ = ["EACH_AFTER_LRE", "UNKNOWN", "Figure", "after_the_dead", "counts_dead", "figures_of"]

# a capitalised word with a nationality's ending, in a figure's noun phrase
_UNKNOWN_NATIONALITY_RE = re.compile(r"\b[A-Z][a-z]+(?:ian|ean|an|ese|ish|i|ch|ic)s?\b")

_FOR_N_RE = re.compile(r"\s*-?\s*for\s*-?\s*(?:\d|one\b|a\b)", re.IGNORECASE)

_URL_RE = re.compile(r"\b(?:https?://|www\.)\S+|\S+\.(?:com|org|net|html?)\S*", re.IGNORECASE)

_PARTITIVE_RE = re.compile(
    r"\s+of\s+the\s+(?:(?:approximately|around|some|nearly|about|estimated|roughly|over|"
    r"promised|pledged|agreed|planned|expected|announced)\s+)?$",
    re.IGNORECASE,
)

# "35 of roughly 1,350", "120 of 2,000": a part of a whole with no article, right after the
# part's number (the whole's qualifier, if any, is in its quantity)
_BARE_PARTITIVE_LRE = re.compile(r"\s+of\s+")

_OF_THE_PREFIX_RE = re.compile(r"^\s*(?:Of|Among)\s+(?:the|those)\b[^,]*,", re.IGNORECASE)

_INCLUDING_RE = re.compile(r"\bincluding\b", re.IGNORECASE)

_OF_THE_PREFIX_LRE = lowered(_OF_THE_PREFIX_RE)
_RELATIVE_RE = re.compile(
    r"\s+(?:(?:who|that|which|it|they|we|he|she|[A-Z]\w+)\s+)?"
    r"(?:(?:had|have|has|were|was|is|are)\s+(?:been\s+|just\s+|now\s+)?)?"
)

_FOR_N_LRE = lowered(_FOR_N_RE)
_PARTITIVE_LRE = lowered(_PARTITIVE_RE)
_SPACES_RE = re.compile(r"\s+")


def _each_time(lex: Lexicon, t: str, at: int) -> bool:
    """'each' ending at `at` goes with a unit of time ('12 prisoners each week'): a rate,
    not a count for each side."""
    ws = _SPACES_RE.match(t, at)
    return ws is not None and lex.cue_lower["each_time_unit"].match(t, ws.end()) is not None


# figures with no people noun of their own: after a count of the dead, they count the dead
_NO_NOUN = frozenset((Mention.VERB_OBJECT, Mention.PASSIVE_VERB, Mention.GAPPED))

# a possessive name right after a figure, its noun left out: "95 of Ukraine's"
_OWNER_AFTER_RE = re.compile(
    r"\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s?(?![\w])"
)
_WORDS_RE = re.compile(r"(?:[\w'’-]+\s+){0,2}")  # up to two words before a noun


def figures_of(
    lex: Lexicon, text: str, low: str, after_group: bool = False
) -> tuple[list[Figure], tuple[int, ...], list[tuple[int, int]] | None]:
    """The figures of a sentence that count people, where every number starts, and the
    sentence's clause breaks if it looked for them (None when it did not, or read the text
    with its URLs blanked out): the Sentence keeps them instead of scanning again.
    `low` is `text` lower-cased, or "" when lower-casing changed its length.
    `after_group`: the sentence before counted people, so a part it names by a copula
    ('13 were Israelis') is of that group, captives when it was."""
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
    subgroup = verbs(lex).subgroup
    dead_at = -1  # where the last count of the dead starts: a bare figure after it is one too
    pending: list[Figure] = []  # people with no word of captivity in the sentence
    for i, q in enumerate(quantities):
        nxt = quantities[i + 1] if i + 1 < len(quantities) else None
        if subgroup.match(t, q.num_end):
            subgroup_end = q.num_end  # "77 of the returned servicemen …": a description
            continue
        if subgroup_end >= 0 and _INCLUDING_RE.search(text, subgroup_end, q.start):
            continue  # "…, including 73 Guards members and 4 border guards": its parts
        fig = _link(lex, text, low, q, nxt, quantities[i - 1].num_end if i else -1)
        if fig is None and lex.cue_lower["not_captive"].search(t, max(0, q.start - 25), q.start):
            dead_at = q.start  # "the bodies of 1,000 soldiers": a count of the dead
        elif (
            fig is not None
            and fig.mention in _NO_NOUN
            and dead_at > (prev.q.start if prev else -1)
            and dead_reach(lex, text, t, dead_at, q, breaks := breaks or clause_breaks(text))
        ):
            continue  # "… the bodies of 1,000 soldiers and received 19 in return": the dead's
        if fig is None and prev is not None and not prev_part:
            fig = gapped(lex, text, q, prev)
        elif fig is not None and prev is not None and t.endswith(" ones", 0, fig.np_end):
            # "…; Ukraine, 90 Russian ones": the noun, and so the category, of the one before
            fig = replace(fig, category=prev.category, needs_context=prev.needs_context)
        if fig is not None and gender_or_age_part(lex, text, fig, prev, prev_part):
            prev, prev_part = fig, True  # a part of a group already counted: no figure
            continue
        prev, prev_part = fig or prev, False
        if fig is not None and fig.needs_context:
            if captive is None:
                captive = _speaks_of_captivity(lex, t)
            if (
                not captive
                and not (after_group and fig.mention is Mention.WERE_NOUN)
                and not group_makeup(lex, t, q.start)
            ):
                pending.append(fig)  # kept only if a conjunct counts captives (below)
                continue  # "A team of 12 doctors examined them": no captives
        if fig is not None:
            if breaks is None:
                breaks = clause_breaks(text)
            fig.clause = clause_of(breaks, len(text), q.start, fig.np_end)
            out.append(fig)
    if pending and out:
        out = _with_conjuncts(text, out, pending, breaks or clause_breaks(text))
    return out, tuple(q.start for q in quantities), None if blanked else breaks


# between two conjuncts of one list of groups: a comma, 'and', or both
_CONJUNCT_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)$")


def _with_conjuncts(
    text: str, out: list[Figure], pending: list[Figure], breaks: list[tuple[int, int]]
) -> list[Figure]:
    """The figures `out` with those of `pending` (people nouns in a sentence with no word
    of captivity) that stand in one list with a figure whose own noun counts captives: the
    list shares its predicate ('nine civilians and 40 marines reached home': the civilians
    came home as the marines did)."""
    found = sorted(out + pending, key=lambda f: f.q.start)
    keep = {id(f) for f in out}
    grew = True
    while grew:  # a list may run through several pending conjuncts
        grew = False
        for a, b in pairwise(found):
            if (id(a) in keep) == (id(b) in keep):
                continue
            if _CONJUNCT_GAP_RE.fullmatch(text, a.np_end, b.q.start):
                keep |= {id(a), id(b)}
                grew = True
    added = [f for f in pending if id(f) in keep]
    for f in added:
        f.clause = clause_of(breaks, len(text), f.q.start, f.np_end)
    return sorted(out + added, key=lambda f: f.q.start) if added else out


def counts_dead(lex: Lexicon, low: str, starts: tuple[int, ...]) -> bool:
    """A number of the sentence counts the dead handed over ('the bodies of 1,000 soldiers',
    'the remains of 15 Palestinians'; lexicon dead_handed). `low`: the sentence lower-cased
    with its offsets ("" when lower-casing changed them)."""
    cue = lex.cue_lower["dead_handed"]
    return bool(low) and any(cue.search(low, max(0, at - 25), at) for at in starts)


def after_the_dead(lex: Lexicon, low: str, found: list[Figure]) -> list[Figure]:
    """The figures of a sentence right after one that counted the dead handed over: a
    handover verb's bare figure before any people noun takes the dead's noun ('… the bodies
    of 1,000 soldiers. Russia received 24 in return.': 24 bodies), unless a verb only the
    living take stands right before it ('Russia freed 20 the same day'); not after a people
    noun of its own sentence ('Of the Palestinians freed, 250 had been convicted')."""
    living = verbs(lex).living_before
    out: list[Figure] = []
    for i, fig in enumerate(found):
        if fig.mention is not Mention.VERB_OBJECT or not low:
            return out + found[i:]
        if lex.noun_lower_re.search(low, 0, fig.q.start):
            return out + found[i:]
        if living.search(low, max(0, fig.q.start - 40), fig.q.start):
            out.append(fig)
    return out


def _link(
    lex: Lexicon, text: str, low: str, q: Quantity, nxt: Quantity | None, prev_end: int = -1
) -> Figure | None:
    """Link a figure to the people it counts, or None when it counts no people. `prev_end`:
    where the number before it ends (-1 for none)."""
    t = low or text.lower()  # same offsets, except in rare scripts (booleans only)
    if skip_figure(t, q) or age_limit(lex, t, q):
        return None  # not people: a label's second half, a rate, an age ("POWs under 25")
    if hurt_before(lex, t, q.start):
        return None  # "… and wounded 75 others": the hurt, no captives
    label = bool(_FOR_N_LRE.match(t, q.num_end))
    noun, poss, end, rule = _noun_of(lex, text, low, q, nxt.start if nxt else None)
    if noun is None and nxt is not None and _partitive(t, q.num_end, nxt.start):
        # "33 of the nearly 100 remaining hostages": the part takes the whole's noun
        noun, poss, end, _ = _noun_of(lex, text, low, nxt)
        rule = Mention.PARTITIVE if noun else None
    after = number_after(lex, t, q.num_end) if noun is None else None
    if after is not None:
        # "bringing to 3,500 the number of Ukrainians returned": the people come after
        rule, end = Mention.NUMBER_OF, after.end()
        head = lex.noun_re.search(text, end, end + 40)
        if head is not None and _WORDS_RE.fullmatch(text, end, head.start()):
            noun, end = head.group(), head.end()  # "… of (the) Ukrainian soldiers"
    if noun is None and rule is None and (owner := _OWNER_AFTER_RE.match(text, q.num_end)):
        before = list(lex.noun_re.finditer(text, max(0, q.start - 90), q.start))
        last = before[-1].group() if before else None
        own = last is not None and (
            lex.category(last) == "military" or norm(last) not in lex.captive_nouns
        )
        if own and lex.actor(owner["name"]) is not None:
            # "90 of its soldiers for 95 of Ukraine's": the noun of the group before, the
            # people the owner's (not "… of Hamas's" prisoners: those it holds)
            rule, end = Mention.OWNER_ELLIPSIS, owner.end()
    if noun is None and rule is None and (kin := kin_of_named(lex, text, q)):
        # "three nieces of the prime minister of X": X's state's people (the owner's name
        # inside the noun phrase gives the group its nationality below)
        noun, end, rule = "people", kin[0], Mention.NOUN_PHRASE
    if noun is None and rule is None:
        rule = bare_rule(lex, t, q, label, text)
        if rule is None:
            return None
    if counts_no_people(lex, t, q, end, noun is not None):
        return None  # the dead, the hurt, names, speakers, a ratio, a load (mention_traps)
    if noun is not None and deported_away(lex, text, q, end):
        return None  # '250 migrants were deported to X': a sending away, no handover
    # "bringing to 3,500 the number returned": no noun after, none of another figure before
    cat = (
        "unspecified" if after is not None and noun is None else _category(lex, noun, text, q, rule)
    )
    np_text = text[q.num_end : end]
    has_name = np_text != np_text.lower() or "foreign" in np_text  # names are capitalised
    codes = tuple(dict.fromkeys(a.code for a in lex.actors_in(np_text))) if has_name else ()
    if has_name and not codes and _unknown_nationality(lex, np_text):
        codes = (UNKNOWN,)  # "18 Cambodian soldiers" with no Cambodia in the lexicon
    if not codes and rule is Mention.VERB_OBJECT and len(text) == len(t):
        codes = _demonym_of_own_noun(lex, text, t, q)  # "freed 20 Syrian refugees"
    if not codes and noun is None and rule is not Mention.HELD_PART:
        # (a part told held takes its group's sides, not its holding's place: "Of the 30
        # captives in the tunnels, 7 are alive")
        m = _OF_THE_PREFIX_RE.match(text[: q.start])
        codes = tuple(dict.fromkeys(a.code for a in lex.actors_in(m.group()))) if m else ()
    each_m = EACH_AFTER_LRE.match(t, end)
    each = (each_m is not None and not _each_time(lex, t, each_m.end())) or label
    # the whole a part is taken from: "33 of the 100 hostages", "35 of roughly 1,350"
    stock = (
        "of the" in t[max(0, q.start - 30) : q.start]
        and bool(_PARTITIVE_LRE.search(t, max(0, q.start - 30), q.start))
    ) or (prev_end >= 0 and _BARE_PARTITIVE_LRE.fullmatch(t, prev_end, q.start) is not None)
    if stock and _moved_after(lex, text, t, end):
        stock = False  # "70 of the 130 soldiers it got back": a group handed over
    key = norm(noun) if noun is not None else ""
    return Figure(
        q, end, cat, codes, poss, each, label, rule, None, stock,
        by_gender_or_age=key in lex.breakdown_nouns,
        needs_context=bool(key) and not each and key not in lex.captive_nouns,
    )  # fmt: skip


def _partitive(t: str, end: int, nxt_start: int) -> bool:
    """The figure ending at `end` is a part of the next ('33 of the nearly 100 hostages',
    '35 of roughly 1,350 political prisoners'). `t` lower-cased."""
    return bool(
        _PARTITIVE_LRE.search(t, end, nxt_start) or _BARE_PARTITIVE_LRE.fullmatch(t, end, nxt_start)
    )


def _speaks_of_captivity(lex: Lexicon, t: str) -> bool:
    """A cue of captivity or a handover anywhere in the (lower-cased) sentence."""
    if _OF_THE_PREFIX_LRE.match(t):
        return True  # "Of the 390, 120 were civilians": a part of a group counted before
    return lex.cue_lower["any_captivity"].search(t) is not None


def _moved_after(lex: Lexicon, text: str, t: str, end: int) -> bool:
    """A handover verb right after a noun phrase ('… freed on', '… it brought home', '…
    Tehran released'). `text` as written (a name is capitalised), `t` lower-cased."""
    m = _RELATIVE_RE.match(text, end)  # case-sensitive: a capitalised word is a name
    spots = (end + len(t[end:]) - len(t[end:].lstrip()), m.end() if m else end)
    cues = lex.cue_lower
    return any(cues["exchange"].match(t, at) or cues["release"].match(t, at) for at in spots)


def _demonym_of_own_noun(lex: Lexicon, text: str, t: str, q: Quantity) -> tuple[str, ...]:
    """A bare figure's own words that the lexicon lacks as a people noun, with a nationality
    before the noun ('freed 20 Syrian refugees', '12 Haitian migrants'): the nationality's
    code, whose people they are. `text` as written, `t` lower-cased (same offsets)."""
    own = verbs(lex).own_words.match(t, q.num_end)
    if own is None or " " not in text[own.start() : own.end()].strip():
        return ()  # a single word: a demonym noun is read elsewhere, a name is no nationality
    return tuple(
        dict.fromkeys(a.code for a in lex.actors_in(text[own.start() : own.end()]) if a.demonym)
    )


def _nationless(lex: Lexicon, text: str, noun_start: int, q: Quantity, noun: str) -> bool:
    """A noun that counts people only with their nationality named before it (lexicon
    nationality_nouns: '252 Venezuelan migrants'), here without one ('31 migrants')."""
    if norm(noun) not in lex.data.get("nationality_nouns", ()):
        return False
    return not any(a.demonym for a in lex.actors_in(text[q.num_end : noun_start]))


def _unknown_nationality(lex: Lexicon, np_text: str) -> bool:
    """A capitalised word with a nationality's ending that is no people noun ('Civilians'
    in a title-case headline) nor a known region's name ('7 Ekiti farmers': where they were
    taken; places.py)."""
    return any(
        m.group().lower() not in lex.noun_category and not is_place(lex, m.group())
        for m in _UNKNOWN_NATIONALITY_RE.finditer(np_text)
    )


# after a group's apposition: a list of parts ends in 'among them' ('…, Saudis and Sudanese
# among them')
_AMONG_THEM_RE = re.compile(
    r"(?:(?:,|\s+and)\s+[\w'’-]+){0,3},?\s+among\s+(?:them|whom)\b", re.IGNORECASE
)


def _noun_of(
    lex: Lexicon, text: str, low: str, q: Quantity, nxt_start: int | None = None
) -> tuple[str | None, str | None, int, Mention | None]:
    """(noun, possessive, end of the noun phrase, rule) for the people noun after a figure.
    `low` is `text` lower-cased (same length) or "" when lower-casing changed its length."""
    written = text
    if low:
        text = low
        np_re, were_re, dem_re = lex.np_lower_re, lex.were_np_lower_re, lex.demonym_noun_lower_re
    else:
        np_re, were_re, dem_re = lex.np_re, lex.were_np_re, lex.demonym_noun_re
    m = np_re.match(text, q.num_end)
    if m:
        noun = m["noun"]
        if _nationless(lex, written, m.start("noun"), q, noun):
            return None, None, q.num_end, None  # '31 migrants': people of no state named
        if m["noun2"] and nxt_start is not None and nxt_start < m.start("noun2"):
            # "45 service personnel and two civilians": the second noun is the next figure's
            return noun, m["poss"], m.end("noun"), Mention.NOUN_PHRASE
        if m["noun2"] and _AMONG_THEM_RE.match(text, m.end()):
            # "24 hostages, Thais among them": a part named after the group, no apposition
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
    return _coordinated_demonym(lex, written, text, np_re, q, nxt_start)


# a capitalised word right after a figure, then the sentence's end or a conjunction
_DEMONYM_END_RE = re.compile(r"\s+(?P<word>[A-Z][\w'’-]*)(?:\s*\.(?=\s|$)|\s+(?:and|or)\s+)")
_TOKEN_RE = re.compile(r"\S+")


def _coordinated_demonym(
    lex: Lexicon,
    text: str,
    scanned: str,
    np_re: re.Pattern[str],
    q: Quantity,
    nxt_start: int | None,
) -> tuple[str | None, str | None, int, Mention | None]:
    """A demonym as a noun ('Sudanese', 'Swiss': the same word for one and for many) that
    ends the sentence ('… 17 Saudis and two Sudanese.'): people of that nationality; and a
    demonym before 'and' and a second figure with a noun after its own demonym, whose head
    is shared ('90 Russian and 30 Belarusian soldiers': soldiers both). `text` as written
    (a demonym is capitalised), `scanned` the text `np_re` reads (lower-cased, or as
    written), same offsets."""
    none: tuple[str | None, str | None, int, Mention | None] = (None, None, q.num_end, None)
    m = _DEMONYM_END_RE.match(text, q.num_end)
    if m is None:
        return none
    hit = lex.actor(m["word"])
    if hit is None or not hit[1]:
        return none  # no demonym: a name ("… 12 Monday and …" is none of these)
    end = m.end("word")
    if text[end:].lstrip().startswith("."):
        return "people", None, end, Mention.DEMONYM_NOUN
    if nxt_start is None or nxt_start != m.end():
        return none  # 'and' before no figure: the demonym may head a noun after it
    num = _TOKEN_RE.match(text, nxt_start)
    head = np_re.match(scanned, num.end()) if num is not None else None
    if head is not None and head.start("noun") > num.end() + 1:
        shared = head["noun"]  # "30 Belarusian soldiers": the noun after its demonym
        if lex.actor(shared) is None:
            return shared, None, end, Mention.NOUN_PHRASE
    # "3 Chinese and 2 Mauritanians": people, but whose holder the sides stage reads as the
    # other group's nationality; left uncounted
    return none


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
