"""The stages of slavic.extract over a whole text, after every sentence's facts are read:
a figure told twice (a formula and its words), a group whose make-up the next sentence
lists, and releases that are the halves of one swap."""

from __future__ import annotations

from dataclasses import replace

from swaptally.slavic.found import MIXED, Found
from swaptally.slavic.groups import named_among_opening
from swaptally.slavic.lexicon import SlavicLexicon
from swaptally.slavic.numbers import Figure
from swaptally.slavic.reading import Sentence
from swaptally.slavic.sides import mixed
from swaptally.slavic.traded import swap_half

__all__ = ["included_after", "mirrored", "restated", "unequal_formulas"]


_RESTATE_REACH = 2  # sentences after a formula that may tell its sides again


def restated(found: list[tuple[Sentence, Found]]) -> list[tuple[Sentence, Found]]:
    """Without a side read off a formula ("провели обмен по формуле 130 на 130") that a
    sentence just after it tells again with its own words ("возвращены 130 российских
    военнослужащих"): one handover told twice, kept as told in words."""
    worded = [
        (s.no, f.fields[:4] + f.fields[5:6]) for s, f in found if not f.formula
    ]  # (sentence, (kind, status, persons, holder, low))

    def again(s: Sentence, f: Found) -> bool:
        key = f.fields[:4] + f.fields[5:6]
        return any(k == key and 0 < no - s.no <= _RESTATE_REACH for no, k in worded)

    return [(s, f) for s, f in found if not (f.formula and again(s, f))]


def included_after(
    sents: list[Sentence], found: list[tuple[Sentence, Found]], lex: SlavicLexicon
) -> list[tuple[Sentence, Found]]:
    """A sentence's one figure made mixed by the peoples the next sentence lists among them
    ("Власти освободили 14 заключённых. Среди освобождённых — граждане Японии и Польши."),
    as by an inclusion in its own sentence (sides.mixed); the holder stays."""
    order = {s.no: k for k, s in enumerate(sents)}
    listed = {
        k - 1: named for k, s in enumerate(sents) if (named := named_among_opening(s.toks, lex))
    }
    if not listed:
        return found
    spans: dict[int, set] = {}
    for s, f in found:
        spans.setdefault(s.no, set()).add(f.fields[-1])
    out = []
    for s, f in found:
        among = listed.get(order[s.no])
        if among and len(spans[s.no]) == 1 and (mix := mixed([f.sides], among)) is not None:
            f = replace(
                f, fields=(*f.fields[:2], *mix[0], *f.fields[4:]), sides=mix[0],
                rule=f.rule + MIXED,
            )  # fmt: skip
        out.append((s, f))
    return out


_MIRRORED = "+mirrored"  # shown by `explain` only; no code reads it back


def mirrored(
    sents: list[Sentence], found: list[tuple[Sentence, Found]]
) -> list[tuple[Sentence, Found]]:
    """Releases that are halves of a swap: one side's people freed and the other's freed or
    handed back in the same or the next sentence ("ХАМАС освободил трёх заложников, а
    Израиль выпустил 183 заключенных"; "… освобождены 90 российских военнослужащих,
    взамен Украине передали 90") are exchanged, unless said to be one-sided."""
    order = {s.no: k for k, s in enumerate(sents)}  # a joined sentence skips a number
    told = {
        (order[s.no], f.sides, f.fields[1])
        for s, f in found
        if "XX" not in f.sides and not f.one_sided
    }
    # a mixed group's holder gets its own people back from whoever held them ("ХАМАС
    # відпустив 60 заручників — 44 ізраїльтян, 15 громадян Непалу, — а Ізраїль …")
    freed = {(k, persons, status) for k, (persons, _), status in told}
    # a half told as given in return answers the release before it, planned or done ("ХАМАС
    # звільнив трьох заручників. Ізраїль натомість має звільнити 110 в'язнів")
    answered = {(order[s.no], f.sides) for s, f in found if f.in_return}
    out = []
    for s, f in found:
        persons, holder = f.sides
        back, k = (holder, persons), order[s.no]
        mirrored = any(
            (near, back, f.fields[1]) in told
            or (persons == "XX" and (near, holder, f.fields[1]) in freed)
            for near in (k - 1, k, k + 1)
        ) or any((near, back) in answered for near in (k, k + 1))
        # (a state freeing its own is no half of a swap with itself)
        if (
            f.fields[0] == "release"
            and not f.one_sided
            and holder not in (None, persons)
            and mirrored
        ):
            f = swap_half(s, f, _MIRRORED)
        out.append((s, f))
    return out


_UNEQUAL = "slavic.unequal_formula"  # the rule `explain` names for the half a formula adds


def unequal_formulas(
    sents: list[Sentence], found: list[tuple[Sentence, Found]], lex: SlavicLexicon
) -> list[tuple[Sentence, Found]]:
    """The other half of an unequal formula ("обмен по формуле «41 на 58»", "обмін 17 на
    23") whose one half the text tells with its sides in words ("на Украину вернулись 58
    украинских военных"): the figure not told is the other side's people, held by the first, of the
    same handover (kind and status). The order of the two numbers tells nothing of whose
    they are, so a formula neither of whose halves is told, or both, adds nothing."""
    told: dict[int | None, set[tuple]] = {}
    for _, f in found:
        persons, holder = f.sides
        low, high = f.fields[5], f.fields[6]
        if f.fields[0] != "exchange" or f.formula or low is None or low != high:
            continue
        if None in (persons, holder) or "XX" in (persons, holder) or persons == holder:
            continue
        told.setdefault(low, set()).add((f.sides, f.fields[1], f.date, f.undated_swap))
    added: list[tuple[Sentence, Found]] = []
    for s in sents:
        for a, b in _unequal_pairs(s, lex):
            got = _other_half(s, a, b, told)
            if got is not None:
                added.append((s, got))
    if not added:
        return found
    order = {s.no: k for k, s in enumerate(sents)}
    return sorted(found + added, key=lambda got: order[got[0].no])  # (stable: found first)


def _other_half(
    s: Sentence, a: Figure, b: Figure, told: dict[int | None, set[tuple]]
) -> Found | None:
    """The fact of the formula figure (a or b) the text does not tell, from the one half it
    tells with one reading; None unless exactly one half is told so."""
    ones = [(fig, told.get(fig.low, set())) for fig in (a, b)]
    known = [(fig, readings) for fig, readings in ones if readings]
    if len(known) != 1 or len(known[0][1]) != 1:
        return None
    other = b if known[0][0] is a else a
    (persons, holder), status, date, undated = next(iter(known[0][1]))
    span = (s.start + s.toks[other.first].start, s.start + s.toks[other.last - 1].end)
    fields = ("exchange", status, holder, persons, "unspecified", other.low, other.high,
              other.qualifier, None, None, s.said, span)  # fmt: skip
    return Found(fields, _UNEQUAL, date, undated, (holder, persons))


def _unequal_pairs(s: Sentence, lex: SlavicLexicon) -> list[tuple[Figure, Figure]]:
    """Pairs of exact figures "N на M" (N ≠ M) that name a swap's formula: in quotes
    ("«41 на 58»") or right after a noun of formula or of exchange ("по формуле 41 на 58",
    "обмін 17 на 23"); not after a verb ("обменять 41 на 58": the verb's own halves)."""
    g, toks, out = lex.grammar, s.toks, []
    names = g.get("formula_nouns", frozenset())
    for a, b in zip(s.figs, s.figs[1:], strict=False):
        if b.first != a.last + 1 or a.last >= len(toks) or toks[a.last].low not in g["formula"]:
            continue
        if a.formula or b.formula or a.low is None or a.low == b.low or b.last > len(toks):
            continue
        if "exact" not in (a.qualifier, b.qualifier) or a.qualifier != b.qualifier:
            continue
        before = toks[a.first - 1] if a.first else None
        quoted = before is not None and before.low in g["quote_open"]
        quoted = quoted and b.last < len(toks) and toks[b.last].low in g["quote_close"]
        noun = before is not None and "NOUN" in before.a.pos
        noun = noun and bool(before.a.lemmas & names or before.w.verb == "exchange")
        if quoted or noun:
            out.append((a, b))
    return out
