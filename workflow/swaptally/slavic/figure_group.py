"""The group a figure counts, filled in from its sentence where its own words leave it open:
a group named before "amount", a formula's ("по формуле 150 на 150"), a listed or gapped
figure's ("…, Россия – 82", "в субботу — по 307"), a noun shared by conjuncts."""

from __future__ import annotations

from dataclasses import replace

from swaptally.slavic.frame import Frame
from swaptally.slavic.groups import (
    ONE_WAY,
    Group,
    category_after,
    group_before,
    nearest_category,
    noun_before,
    shared_noun,
)
from swaptally.slavic.lexicon import SlavicLexicon
from swaptally.slavic.numbers import DASHES, Figure
from swaptally.slavic.phrases import has_phrase
from swaptally.slavic.reading import Sentence

# shown by `explain` only; no code reads them back
_GAPPED = "+gapped"  # the group of the figure before, on another day (_gapped_by_day)
_SHARED = "+shared"  # a conjunct's noun shared ("146 российских и 146 украинских …")
# the noun and verb of the figure before, left out (elided_clause): extract.py reads this
# mark to take the sides from the figure's own clause (gaps.elided_sides)
ELIDED = "+elided"


def fill_group(
    s: Sentence,
    fig: Figure,
    group: Group | None,
    prev: Group | None,
    frame: Frame,
    lex: SlavicLexicon,
    nxt: Figure | None = None,
) -> tuple[Group | None, str]:
    """The group `fig` counts, filled in from the sentence where its words leave it open
    (`prev`: the group of the figure before; `nxt`: the figure after), and the name
    `explain` shows for a group borrowed from another figure ("" for none)."""
    amount = lex.phrases["amount"]
    if fig.first >= 2 and has_phrase(s.toks, fig.first - 2, fig.first, amount):
        named = group_before(s.toks, fig.first - 2, lex)
        if named and (group is None or group.category == "unspecified"):
            return named, ""
    if group is None:
        if fig.last < len(s.toks) and s.toks[fig.last].a.lemmas & lex.measures:
            return None, ""  # "утримували понад 15 місяців": a duration, no people
        if fig.formula:  # "обменялись военнопленными по формуле 150 на 150"
            cat = nearest_category(s.toks, fig.first, lex, frame.hi) or "unspecified"
            return Group(None, cat, None, False), ""
        if prev is not None and (code := _elided_noun(s, fig, lex)):  # "…, а в азербайджанских
            # — 40 армянских": the noun of the figure before, left out after the adjective
            return Group(None, prev.category, code, False, end=fig.last + 1), _SHARED
        if prev is not None and frame.listed:  # "…, Россия – 82", "…, на Украину — 52"
            return Group(None, prev.category, None, False), ""
        if prev is not None and _gapped_by_day(s, fig, lex):  # "…, в субботу — по 307"
            return replace(prev, noun=None, end=None), _GAPPED
        if prev is not None and (code := _origin_after_dash(s, fig, lex)):  # "шесть — из ЛНР"
            return Group(None, prev.category, code, False), _GAPPED
        if prev is not None and _elided_after_contrast(s, fig, lex):  # "…, а ещё 31 — …"
            return Group(None, prev.category, None, False), _SHARED
        # "…, другого — ще 85." (not a noun before the dash: "військових — 146")
        if prev is not None and elided_clause(s, fig, lex) and not noun_before(s.toks, fig, lex):
            return Group(None, prev.category, None, False), ELIDED
        if prev is not None and _bare_after_verb(s, fig, frame, lex):  # "…, а передала 90."
            return Group(None, prev.category, None, False), _SHARED
        shared = shared_noun(s.toks, fig, nxt, prev, lex)  # "146 российских и 146 украинских …"
        if shared is not None:
            return shared, _SHARED
        noun = noun_before(s.toks, fig, lex)  # "військових — 146, цивільних — 8"
        if noun is None and _bare_return(s, fig, frame):  # "из плена удалось вернуть ещё 75."
            return Group(None, "unspecified", None, False), ""
        return (Group(None, noun, None, False) if noun else None), ""
    if group.category != "unspecified":
        return group, ""
    before = noun_before(s.toks, fig, lex)  # "цивільні – 20 наших людей"
    before = before or category_after(s.toks, frame.lo, fig.first, lex.phrases["total"], lex)
    return (replace(group, category=before) if before else group), ""


_ENDS = frozenset([".", "!", "?", ";", ","])


def _bare_after_verb(s: Sentence, fig: Figure, frame: Frame, lex: SlavicLexicon) -> bool:
    """A figure that ends its clause with no noun, after a verb of its own that moves people
    ("Украина получила 95 пленных, а передала 90", "Україна отримала 95 полонених, а
    передала 90"): the noun of the figure before is left out."""
    if fig.last < len(s.toks) and s.toks[fig.last].low not in _ENDS:
        return False
    own = s.toks[frame.lo : fig.first]
    return any(t.w.verb in ONE_WAY and "VERB" in t.a.pos for t in own)


def _elided_noun(s: Sentence, fig: Figure, lex: SlavicLexicon) -> str | None:
    """The nationality of an adjective right after a figure that ends its clause, its noun
    left out ("…, а в азербайджанских — около 40 армянских.", "…, а Росія — 50 російських"):
    it agrees with the noun of the figure before."""
    toks, k = s.toks, fig.last
    if k >= len(toks) or "ADJF" not in toks[k].a.pos or toks[k].w.demonym is None:
        return None
    if k + 1 < len(toks) and toks[k + 1].low not in _ENDS:
        return None
    return toks[k].w.demonym


def _elided_after_contrast(s: Sentence, fig: Figure, lex: SlavicLexicon) -> bool:
    """A figure with no noun right after a contrast and "more" ("246 человек освобождены в
    рамках обмена, а ещё 31 — вне его", "а ще 31 — окремо"): the noun of the figure before
    is left out, as its verb is."""
    k = fig.first - 1
    more = lex.grammar.get("more") or frozenset()
    if k < 1 or s.toks[k].low not in more:
        return False
    return s.toks[k - 1].low in lex.grammar["contrast"]


_VERBAL = frozenset(["VERB", "INFN", "PRTS", "GRND"])  # a clause of its own: not elided
_OPENS = frozenset([",", ";", "("])  # where the elided clause starts


def elided_clause(s: Sentence, fig: Figure, lex: SlavicLexicon) -> range | None:
    """The tokens before the dash of a clause whose noun and verb are left out: a figure
    with no noun ending its clause right after a dash (past "ещё", "ще"), the words before
    the dash naming when, who or where but no verb ("…, другого — ще 85", "…, а Ереван на
    втором — девять"). The clause needs a word: a dash right after a comma is an apposition.
    None when there is no such clause."""
    toks, k = s.toks, fig.first - 1
    if k > 0 and toks[k].low in (lex.grammar.get("more") or ()):
        k -= 1
    if k < 2 or toks[k].low not in DASHES:
        return None
    if fig.last < len(toks) and toks[fig.last].low not in _ENDS:
        return None
    j = k - 1
    while j >= 0 and toks[j].low not in _OPENS:
        if toks[j].a.pos & _VERBAL or toks[j].low.isdigit():
            return None
        j -= 1
    words = [t for t in toks[j + 1 : k] if t.low not in lex.grammar["contrast"]]
    return range(j + 1, fig.first) if j >= 0 and words else None


def _origin_after_dash(s: Sentence, fig: Figure, lex: SlavicLexicon) -> str | None:
    """The state of a region or republic named with "из" right beside a figure with no
    noun, after it past a dash or not ("14 бойцов из ДНР, шесть — из ЛНР", "… и 9 из ЛНР")
    or before it and a dash ("…, а из ЛНР — девять"): the figure before's group, from there."""
    toks, k = s.toks, fig.last
    k += 1 if k < len(toks) and toks[k].low in DASHES else 0
    at = k + 1  # the region after "из"
    if k >= len(toks) or toks[k].low not in lex.grammar["from"]:
        at = fig.first - 2  # "из ЛНР — девять"
        if at < 1 or toks[at + 1].low not in DASHES or toks[at - 1].low not in lex.grammar["from"]:
            return None
    if at >= len(toks):
        return None
    return next((lex.regions[w] for w in toks[at].a.ordered if w in lex.regions), None)


def _bare_return(s: Sentence, fig: Figure, frame: Frame) -> bool:
    """A figure with no noun that ends the sentence after a verb that moves people back from
    captivity ("7 ноября из украинского плена удалось вернуть ещё 75."): people, unnamed."""
    ends = fig.last >= len(s.toks) or s.toks[fig.last].low in (".", "!")
    return ends and frame.verb in ONE_WAY and frame.captivity and fig.last - fig.first == 1


def _gapped_by_day(s: Sentence, fig: Figure, lex: SlavicLexicon) -> bool:
    """A figure with no noun after a dash, the day before the dash and nothing else since
    the last clause mark: the same handover on another day ("В пятницу стороны передали по
    390 человек, в субботу — по 307", "у суботу — 307, у неділю — 303")."""
    k = fig.first - 1
    if fig.each and k > 0:  # "— по 307": the distributive before it
        k -= 1
    if k < 1 or s.toks[k].low not in DASHES:
        return False
    marks = lex.grammar["clause_marks"]
    lo = next((j for j in range(k - 1, -1, -1) if s.toks[j].low in marks), -1)
    if lo < 0:
        return False
    a, b = s.toks[lo].end, s.toks[k].start
    return any(a <= d.start and d.end <= b for d in s.days)
