"""Sides of groups of several countries: an unknown nationality, a mixed group, "from seven
countries", "including 14 foreigners", and lists of groups sent each to its own country
(the XX conventions of the corpus README). Resolvers of the sides stage (sides.py)."""

from __future__ import annotations

import re

from . import frame, frame_doers
from .context import Ctx
from .fact import Side
from .lexicon import Actor, Lexicon, norm
from .mentions import UNKNOWN, Figure
from .sentence import Sentence, any_in
from .sided import (
    Answer,
    Sided,
    armed_group,
    captors_land,
    crew_group,
    holder_or_releaser,
    hostage_group,
)

__all__ = [
    "all_sides", "destinations", "many_countries", "mixed_by_part", "mixed_group",
    "mixed_list", "neutral_count", "unknown_group",
]  # fmt: skip

_TO_BEFORE_RE = re.compile(r"\bto\s+(?:the\s+)?$")


def unknown_group(ctx: Ctx, f: Figure) -> Answer | None:
    """'18 Cambodian soldiers' with no Cambodia in the lexicon: whose people they are is
    unknown (XX), never guessed; the holder only when named or releasing, or, held by
    captors of no state ('held by a gang'), the land the text names them taken or freed in."""
    if f.codes != (UNKNOWN,):
        return None
    holder = holder_or_releaser(ctx, f, None) or captors_land(ctx)
    return (Sided("XX", holder, Side.UNKNOWN_GROUP),)


def mixed_group(ctx: Ctx, f: Figure) -> Answer | None:
    """'Ukrainian and Russian prisoners', '10 Thais and 5 Nepalis' in one figure."""
    if len(f.codes) <= 1:
        return None
    dual = _dual_nationals(ctx, f)
    if dual is not None:
        return dual
    doc = ctx.doc
    two = len(f.codes) == 2 and "XX" not in f.codes and f.q.qualifier == "exact"
    if two and set(f.codes) <= set(doc.parties[:2]):
        a, b = f.codes
        return (Sided(a, b, Side.BOTH_DEMONYMS), Sided(b, a, Side.BOTH_DEMONYMS))
    parties = [c for c in f.codes if c in doc.parties[:2] and c != "XX"]
    holder = frame_doers.nearest_holder(ctx, f)
    if holder is None:  # the actor that releases the group holds it
        holder = frame_doers.subject(ctx, f.q.num_start, receiving=False)
        holder = None if holder in f.codes else holder
    if holder is None and len(parties) == 1:
        holder = ctx.other(parties[0])
    if holder is None and (holder := _insurgents_holder(ctx, f)) is not None:
        return (Sided("XX", holder, Side.INSURGENTS_CAMP),)
    return (Sided("XX", _holder_or_releaser(ctx, holder), Side.MIXED_GROUP),)


def _insurgents_holder(ctx: Ctx, f: Figure) -> str | None:
    """A group of several countries no one is named holding, in a text about insurgents
    at war with their own state ('the PKK is to give up 25 prisoners from the army, three
    Iraqis among them'): the foreigners who fight beside that state, and its own people
    with them, were the insurgents' captives; their country holds them."""
    group = armed_group(ctx)
    if group is None or not ctx.insurgency(group) or group in f.codes:
        return None
    # the sentence names the insurgents: a swap's whole told on its own ('the accord takes
    # in 410 prisoners, five Eritreans among them') names no side, no one's captives
    named = any(a.code == group and a.role == "insurgent" for a in ctx.s.actors)
    return group if named else None


# between the two nationalities of one person: a hyphen or a space ('Spanish-Italian',
# 'Yemeni American aid workers')
_DUAL_JOIN_RE = re.compile(r"-|\s")


def _dual_nationals(ctx: Ctx, f: Figure) -> Answer | None:
    """'three Spanish-Venezuelan journalists', 'two Yemeni-American aid workers': each holds
    both nationalities, no group of two sides. Held by one of them (the holder named, else
    the state that frees them), they are the other's people; held by neither ('the ELN
    freed two Spanish-Italian engineers'), the first named's."""
    s = ctx.s
    if len(f.codes) != 2 or "XX" in f.codes:
        return None
    inner = _pair_after_number(s, f)
    if inner is None or not any(a.demonym for a in inner):
        return None
    if not _DUAL_JOIN_RE.fullmatch(s.text, inner[0].end, inner[1].start):
        return None  # 'Ukrainian and Russian prisoners': two groups
    a, b = inner[0].code, inner[1].code
    if a == b:
        return None
    holder = frame_doers.nearest_holder(ctx, f) or frame_doers.subject(
        ctx, f.q.num_start, receiving=False
    )
    if holder is None and ctx.doc.armed:
        holder = armed_group(ctx)  # an armed group's hostages
    holder = holder or ctx.doc.releaser
    # the people are chosen once the holder is known, the text's releaser too: a state
    # that frees its own dual nationals told in a sentence of their own holds them
    persons = b if holder == a else a
    return (Sided(persons, holder or ctx.other(persons), Side.DUAL_NATIONALS),)


def _pair_after_number(s: Sentence, f: Figure) -> list[Actor] | None:
    """The two nationalities a dual national's figure names: the two actors in its noun
    phrase, else (a noun the lexicon does not know, 'two Canadian-Chinese scholars', leaves
    the phrase at the number) the two right after the number. None for another count."""
    after = [a for a in s.actors if a.start >= f.q.num_end]
    inner = [a for a in after if a.start < f.np_end]
    if len(inner) == 2:
        return inner
    if inner or len(after) < 2 or s.text[f.q.num_end : after[0].start].strip():
        return None
    return after[:2]


def _holder_or_releaser(ctx: Ctx, holder: str | None) -> str:
    """A mixed group's holder: the one its clause names, else the state the text tells
    freeing people (Doc.releaser), else several (XX)."""
    return holder or ctx.doc.releaser or "XX"


def many_countries(ctx: Ctx, f: Figure) -> Answer | None:
    """'26 prisoners from seven countries': a mixed group (XX), held by whoever the
    sentence says held or freed it, else by many (XX)."""
    low = ctx.s.lowered
    if f.codes:
        return None
    if _held_in_many(ctx, f):
        return (Sided("XX", "XX", Side.MANY_COUNTRIES),)
    if _from_countries(ctx, f) or _mostly(ctx, f):
        return (Sided("XX", *_mixed_holder(ctx, f, Side.MANY_COUNTRIES)),)
    if "countr" not in low and "nation" not in low:
        return None  # the common case, without a regex
    cue = ctx.s.cue("many_countries", f.np_end, f.np_end + 40)
    if cue is None or cue[0] > f.np_end + 1:
        return None  # the phrase must follow the noun at once
    if ctx.s.cue("many_holders", cue[0], cue[1]):
        return (Sided("XX", "XX", Side.MANY_COUNTRIES),)  # 'held in seven countries'
    return (Sided("XX", *_mixed_holder(ctx, f, Side.MANY_COUNTRIES)),)


def _mixed_holder(ctx: Ctx, f: Figure, side: Side) -> tuple[str, Side]:
    """Who held a group of many countries: the holder named or the releaser, else the
    text's armed group for its hostages or a ship's crew ('19 hostages of other
    nationalities'), else many (XX); with the resolver `side` that found the group, or
    INSURGENTS_CAMP where the insurgents were found its holder (_insurgents_holder)."""
    holder = frame_doers.nearest_holder(ctx, f) or frame_doers.subject(
        ctx, f.q.num_start, receiving=False
    )
    if (
        holder is None
        and ctx.doc.armed
        and (hostage_group(ctx, f) or crew_group(ctx, f) or _hostages_told(ctx))
    ):
        holder = armed_group(ctx)
    if holder is None and (holder := _insurgents_holder(ctx, f)) is not None:
        return holder, Side.INSURGENTS_CAMP
    return _holder_or_releaser(ctx, holder), side


# from a group to 'mostly' in the same clause: a few words ('outside its terms'), a comma
_MOSTLY_GAP_RE = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s*,\s*")


def _mostly(ctx: Ctx, f: Figure) -> bool:
    """'40 detainees, mostly Nepali workers': most of the group, not all, is of one
    nationality (lexicon mostly_word, then a demonym): of many countries."""
    s = ctx.s
    cue = s.cue("mostly_word", f.np_end, min(f.np_end + 40, s.next_figure_start(f.np_end)))
    if cue is None or not _MOSTLY_GAP_RE.fullmatch(s.text, f.np_end, cue[0]):
        return False
    return any(a.demonym and cue[1] < a.start <= cue[1] + 2 for a in s.actors)


def _hostages_told(ctx: Ctx) -> bool:
    """The sentence counts hostages ('30 hostages went free, plus 12 others, mostly …'):
    a mixed group beside them was the armed group's too."""
    return any(hostage_group(ctx, g) for g in ctx.s.figures)


_FROM_LIST_RE = re.compile(r"\s*,\s*(?:who\s+(?:are|were)\s+)?from\s+(?:the\s+)?")


def _from_countries(ctx: Ctx, f: Figure) -> bool:
    """'Its 22 sailors, from India, Egypt and the Philippines, were flown …': a list of
    two or more countries set off after the group says where its people are from: of
    many countries (a list of where they were held is _held_in_many's)."""
    s = ctx.s
    if (
        ", from " not in s.lowered[f.np_end : f.np_end + 16]
        and " who " not in (s.lowered[f.np_end : f.np_end + 6])
    ):
        return False  # the common case, without a regex
    for i, a in enumerate(s.actors):
        if a.start < f.np_end:
            continue
        if a.demonym or not _FROM_LIST_RE.fullmatch(s.text, f.np_end, a.start):
            return False
        codes, joined_by_and = frame.listed_from(s, i)
        return joined_by_and and len(codes - {"XX"}) >= 2
    return False


def _held_in_many(ctx: Ctx, f: Figure) -> bool:
    """'23 people from jails in the US, Germany, Poland, Russia and Belarus': held in a
    list of three or more countries right after the group, many holders of many sides."""
    s = ctx.s
    cue = s.cue("held_in_list", f.np_end, f.np_end + 24) if len(s.actors) >= _MANY else None
    if cue is None or cue[0] > f.np_end + 1:
        return False  # the phrase must follow the noun at once
    for i, a in enumerate(s.actors):
        if a.start >= cue[1]:
            if s.text[cue[1] : a.start].strip() not in ("", "the"):
                return False
            codes, _ = frame.listed_from(s, i)
            return len(codes - {"XX"}) >= _MANY
    return False


_MANY = 3  # countries in a list that make its people of many sides (two are two sides)


def all_sides(ctx: Ctx, f: Figure) -> Answer | None:
    """'a deal to free 2,900 prisoners from all sides', '300 fighters of both parties': people
    of every side, held by every side, a total (XX held by XX)."""
    if f.codes:
        return None
    s = ctx.s
    # (the cue skips its search where no word of its phrases is near: lexicon cue_needles)
    cue = s.cue("all_sides", f.np_end, f.np_end + 40)
    if cue is None:
        return None
    if cue[0] > f.np_end + 1 and not (
        s.cue("all_sides_after", cue[0], cue[1])
        and _PREDICATE_GAP_RE.fullmatch(s.text, f.np_end, cue[0])
    ):
        # the phrase follows the noun at once; one that sums ('on the two sides combined')
        # may follow its short predicate ('300 captives went home on both sides combined')
        return None
    return (Sided("XX", "XX", Side.TWO_SIDED_TOTAL),)


# between a group and an all_sides_after phrase: a short predicate, no clause break
_PREDICATE_GAP_RE = re.compile(r"\s+(?:[a-z][\w'’-]*\s+){1,3}")


def mixed_by_part(ctx: Ctx, f: Figure) -> Answer | None:
    """'52 prisoners, including 14 foreigners', '… including citizens of Poland, Latvia and
    France': a group with a part of many countries is mixed (XX), held by whoever holds or
    frees it."""
    s = ctx.s
    if ctx.frame.including_hint and _including_countries(ctx, f):
        holder = frame_doers.nearest_holder(ctx, f) or frame_doers.subject(
            ctx, f.q.num_start, receiving=False
        )
        return (Sided("XX", _holder_or_releaser(ctx, holder), Side.MIXED_GROUP),)
    if f.codes:
        return None
    i = frame.figure_index(s, f)
    if i + 1 >= len(s.figures):
        return None
    part = s.figures[i + 1]
    if not part.codes or not _parts_follow(s, f, part):
        return None  # '52 prisoners and 14 foreigners' are two groups
    codes = set(part.codes)
    for g in s.figures[i + 2 :]:  # '16 people, including five Germans and seven Russians'
        listed = g.follows is not None and s.figures[g.follows] is part
        if not listed and not _NEXT_ITEM_RE.fullmatch(s.text, part.np_end, g.q.start):
            break
        codes.update(g.codes)
        part = g
    codes.update(_one_more(s, part))  # '… five Germans and a US citizen'
    if "XX" not in codes and len(codes) < 2:
        return None  # '40 soldiers, including 12 Ukrainians': not said to be mixed
    return (Sided("XX", *_mixed_holder(ctx, f, Side.MIXED_GROUP)),)


# before the first part of a group told in a list after 'including', or set off by a dash
# or colon: '19 captives went free — 11 Israelis, 7 Thais and a Nepali'
_PARTS_GAP_RE = re.compile(
    r"[^.;\d]{0,40}?\b(?:including|among\s+them)\s+(?:some\s+|about\s+)?"
    r"|[^.;,\d]{0,40}?\s*[—–:(]\s*"
    # a colon may close the group's clause, a time and an apposition in it ('17 hostages
    # were freed on Sunday, the third day of the truce: 13 Israelis, three Thais and …')
    r"|[^.;:\d]{0,80}?:\s*",
    re.IGNORECASE,
)
# between two parts of a list, words on the first ('13 Israelis including four
# children, three Thais'), then a comma or 'and'
_NEXT_ITEM_RE = re.compile(r"[^.;:\d]{0,40}?(?:,\s*(?:and\s+)?|\s+and\s+)")
# after a list's last part, one person more: '… and a US citizen', '… and an Austrian'
_ONE_MORE_RE = re.compile(r"\s*,?\s*and\s+(?:a|an|one)\s+$", re.IGNORECASE)


# from a group's noun phrase to the first item of a list of people set off after it: a few
# words ('on Thursday'), a comma, dash, colon or bracket, then no new clause ('and', 'while')
# but a few words before the item ('including', 'an', 'two')
_LIST_OPEN_RE = re.compile(
    r"(?:\s+[\w'’.-]+){0,3}?\s*[,—–:(]\s*(?!(?:and|while|but|whereas|as)\b)(?:[\w'’-]+\s+){0,3}?"
)
# between two items: the first's noun ('dual nationals'), a comma or 'and', the next's
# article or number
_LIST_GLUE_RE = re.compile(
    r"(?:\s+[a-z][\w'’-]*){0,3}?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:[\w'’-]+\s+){0,2}?"
)
# a single person: 'an American', 'a Danish citizen'
_ONE_BEFORE_RE = re.compile(r"\b(?:a|an|one)\s+$", re.IGNORECASE)
_AMONG_THEM_RE = re.compile(r"(?:\s+[a-z][\w'’-]*){0,3}?\s+among\s+(?:them|whom)\b")
_SAID = ("said", "says", "told", "reported")  # '…, Russian and Ukrainian officials said'
_TAIL_RE = re.compile(r"[^,.;:—–()]{0,40}")  # the words after a list's last item


def mixed_list(ctx: Ctx, f: Figure) -> Answer | None:
    """'16 prisoners, Americans, Germans and Russian dissidents among them', 'three
    prisoners, an American and two Belarusians', 'four foreigners — two French-Iranian dual
    nationals and a Swede —': people of several countries listed right after the group say
    it is mixed (XX); one nationality 'among them' says so too ('40 detainees, Saudis among
    them'), held by whoever holds or frees it. Counted groups after a group are its parts
    only when they add up to it ('381 soldiers, 15 Saudis and 4 Sudanese': three groups)."""
    if f.codes:
        return None
    listed, among = _people_listed(ctx.s, f)
    codes = {c for c, _ in listed}
    if len(codes) < 2 and not (listed and among) and not any("XX" in c for c in codes):
        return None
    counts = [n for _, n in listed]
    numbered = not among and any(n is not None and n > 1 for n in counts)
    if numbered and (None in counts or sum(n or 0 for n in counts) != f.q.value):
        return None  # counted groups beside it, not its parts
    return (Sided("XX", *_mixed_holder(ctx, f, Side.MIXED_LIST)),)


def _people_listed(s: Sentence, f: Figure) -> tuple[list[tuple[frozenset[str], int | None]], bool]:
    """The people of a list set off right after the figure's noun phrase, each with its
    nationalities ('French-Iranian' is one person of two) and its number (None for a bare
    plural: 'Germans'), and whether 'among them' ends the list."""
    nxt = [a for a in s.actors if f.np_end <= a.start < f.np_end + 50]
    if not nxt or not nxt[0].demonym or not _LIST_OPEN_RE.fullmatch(s.text, f.np_end, nxt[0].start):
        return [], False  # the common case: no people named right after the group
    listed: list[tuple[frozenset[str], int | None]] = []
    prev = None
    for a in s.actors[s.actors.index(nxt[0]) :]:
        if prev is not None and s.text[prev.end : a.start] == "-" and a.demonym:
            codes, n = listed[-1]  # 'French-Iranian': one person of two nationalities
            listed[-1] = (codes | {a.code}, n)
        elif prev is not None and not _LIST_GLUE_RE.fullmatch(s.text, prev.end, a.start):
            break
        elif a.demonym and (n := _people_count(s, a)) != 0:
            listed.append((frozenset({a.code}), n))
        else:
            break
        prev = a
    if prev is None:
        return [], False
    tail = _TAIL_RE.match(s.lowered, prev.end)
    if tail and any_in(_SAID, tail.group()):
        return [], False  # '…, Russian and Ukrainian officials said': speakers, no list
    return listed, _AMONG_THEM_RE.match(s.text, prev.end) is not None


def _people_count(s: Sentence, a: Actor) -> int | None:
    """How many people the demonym names: a figure's number ('two Belarusians'), 1 after
    'a'/'an' ('an American'), None for a plural ('Germans') or before a people noun
    ('Russian dissidents'), 0 for an adjective naming no people."""
    for g in s.figures:
        if g.q.start < a.start < g.np_end:
            return g.q.value
    if _ONE_BEFORE_RE.search(s.text, max(0, a.start - 6), a.start):
        return 1
    if norm(s.text[a.start : a.end]) in s.lex.noun_category or s.counts_people(a):
        return None
    if _AMONG_THEM_RE.match(s.text, a.end):
        return None  # '…, Saudis and Sudanese among them': the last of a list of people
    return 0


def _parts_follow(s: Sentence, f: Figure, part: Figure) -> bool:
    """`part` opens a list of the parts of `f`: after 'including' (or 'among them'), or
    set off by a dash or colon, a few words after it."""
    return _PARTS_GAP_RE.fullmatch(s.text, f.np_end, part.q.start) is not None


def _one_more(s: Sentence, last: Figure) -> set[str]:
    """The code of a single person named right after a list's last part ('and a German')."""
    for a in s.actors:
        if last.np_end <= a.start <= last.np_end + 12:
            return {a.code} if _ONE_MORE_RE.fullmatch(s.text, last.np_end, a.start) else set()
    return set()


_NAME = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
# a list of names (countries or nationalities, some maybe unknown to the lexicon)
_NAME_LIST_RE = re.compile(rf"\s*{_NAME}(?:(?:,\s*(?:and\s+)?|\s+and\s+){_NAME})+")
_INCLUDING_GAP_RE = re.compile(r"[^.;:()]{0,40}?")


def _including_countries(ctx: Ctx, f: Figure) -> bool:
    """A list naming two or more countries or nationalities right after 'including' (within
    the group's next words, before another figure): 'including citizens of Japan, Poland
    and Latvia', 'including Saudis and Sudanese'."""
    s = ctx.s
    nxt = s.next_figure_start(f.np_end)
    # from the number: the group's noun phrase may take in the list's first name
    cue = s.cue("including_list", f.q.num_end, min(nxt, f.np_end + 60))
    if cue is None or not _INCLUDING_GAP_RE.fullmatch(s.text, f.q.num_end, cue[0]):
        return False  # the common case
    m = _NAME_LIST_RE.match(s.text, cue[1], nxt)
    if m is None:
        return False
    codes = {a.code for a in s.actors if m.start() <= a.start < m.end()} - {"XX"}
    return len(codes) >= 2


def destinations(ctx: Ctx, f: Figure) -> Answer | None:
    """'10 were flown to Russia, 13 to Germany and 3 to the US': a list of groups, each
    sent to its own country. Held by many (XX) when three or more go apart (several
    holders), else by the other destination."""
    if f.codes or len(ctx.s.figures) < 2 or ctx.s.lowered.count(" to ") < 2:
        return None  # the common case, without a search
    going = _destination_list(ctx)
    dest = going.get(f.q.start)
    if dest is None:
        return None
    others = {c for c in going.values() if c != dest}
    holder = "XX" if len(others) > 1 else next(iter(others))
    return (Sided(dest, holder, Side.DESTINATIONS),)


def _destination_list(ctx: Ctx) -> dict[int, str]:
    """Figure start → the country it goes to, for figures of a sentence that each go 'to'
    an actor named before the next figure (with one verb of sending in the sentence);
    empty unless two or more do, to different places."""
    s = ctx.s
    found: dict[int, str] = {}
    starts = [f.q.start for f in s.figures]
    for i, f in enumerate(s.figures):
        # up to the next group counted ('Ten, including two minors, … to Russia, 13 …')
        stop = min(starts[i + 1] if i + 1 < len(starts) else len(s.text), f.np_end + 80)
        for a in s.actors:
            if (
                f.np_end <= a.start < stop
                and not a.demonym
                and _TO_BEFORE_RE.search(s.text, max(0, a.start - 9), a.start)
            ):
                if ctx.doc.can_be_side(a.code) and a.code != "XX":
                    found[f.q.start] = a.code
                break
    if len(found) < 2 or len(set(found.values())) < 2:
        return {}
    return found if s.cue("destination", 0, len(s.text)) else {}


def neutral_count(ctx: Ctx, f: Figure) -> Answer | None:
    """'240 detainees had been flown out by nightfall, a Red Cross official said': in a
    text about a swap, a group of no stated side that a body of neither side counts (the
    Red Cross, the UN: lexicon neutral_speaker) and no other resolver sides is both
    sides' (XX held by XX), not the text's home party's. Not when it counts groups side
    by side ('two hostages taken out of Gaza, 210 detainees freed'): each is
    one side's."""
    if f.codes or not ctx.doc.frame.swap or len(ctx.s.figures) > 1:
        return None
    said = ctx.said_for(f.q.start)
    if not said:
        return None
    neutral = ctx.doc.lex.stage_patterns("sides_mixed.neutral", _neutral_re)
    return (Sided("XX", "XX", Side.TWO_SIDED_TOTAL),) if neutral.search(said) else None


def _neutral_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lex.phrases('neutral_speaker')})\b", re.IGNORECASE)
