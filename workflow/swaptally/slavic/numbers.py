"""Figures in Russian and Ukrainian tokens: digits, inflected number words, ranges, "N на N",
vague plurals ("сотни", "тисячі": the plural's smallest reading, as FACTS.md reads them).

Digits may group thousands with spaces ("1 000", "1\u00a0000") and carry a scale word
("4,3 тысячи", "7 тисяч"). Number words are read from their lemmas, so "трёхсот",
"двохсот" and "ста пятидесяти" are 300, 200 and 150. A qualifier before the figure
("более", "понад", "около") and the distributive "по" ("по 185": so many each) are
kept; figures that are dates, years or ordinals are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from swaptally.slavic.lexicon import SlavicLexicon
from swaptally.slavic.morph import Token

__all__ = ["DASHES", "Figure", "find_figures"]

_GROUP_GAPS = frozenset([" ", "\u00a0", "\u202f", "\u2009"])
DASHES = frozenset(["-", "\u2013", "\u2014"])  # a range, a day span, an apposition


@dataclass(slots=True, unsafe_hash=True)  # never changed: see extract.fact.Provenance
class Figure:
    first: int  # token index of the figure's first token (qualifier words included)
    num: int  # token index where the number itself starts
    last: int  # token index after the figure
    low: int | None
    high: int | None
    qualifier: str
    value: int  # the stated figure (the upper one of a range)
    each: bool  # "по N": so many on each side
    formula: bool  # "N на N": a swap of N for N


def _gap(s: str, toks: list[Token], i: int) -> str:
    return s[toks[i - 1].end : toks[i].start]


def _digits(
    s: str, toks: list[Token], i: int, lex: SlavicLexicon
) -> tuple[int | float, int] | None:
    """Value and end index of a digit figure starting at token i."""
    text = toks[i].low
    j = i + 1
    if len(text) <= 3:  # "1 000 000": groups of three after a space
        while j < len(toks) and len(toks[j].low) == 3 and toks[j].low.isdigit():
            if _gap(s, toks, j) not in _GROUP_GAPS:
                break
            text += toks[j].low
            j += 1
    value: int | float = int(text)
    if (
        j + 1 < len(toks)
        and toks[j].low in {",", "."}
        and toks[j + 1].low.isdigit()
        and not _gap(s, toks, j)
        and not _gap(s, toks, j + 1)
    ):  # "4,3 тысячи": a decimal only before a scale word
        if j + 2 < len(toks) and _scale(toks[j + 2], lex):
            value = float(f"{text}.{toks[j + 1].low}")
            j += 2
        else:
            return None  # "01.12.2022", "3,5": a date or a measure
    return value, j


def _scale(tok: Token, lex: SlavicLexicon) -> int | None:
    return tok.w.scale


def _word_value(tok: Token, lex: SlavicLexicon) -> int | float | None:
    return tok.w.number


def _words(toks: list[Token], i: int, lex: SlavicLexicon) -> tuple[int | float, int] | None:
    """Number words ("сто пятьдесят", "две тысячи триста", "полторы тысячи") → value and
    end index. A scale word may start the figure only where it is one thousand itself:
    see _one_scale."""
    total: int | float = 0.0
    current: int | float = 0.0
    j = i
    if _one_scale(toks, i, lex):
        total, j = float(_scale(toks[i], lex) or 0), i + 1
    while j < len(toks):
        v = _word_value(toks[j], lex)
        if v is not None:
            current += v
        elif j > i and (sc := _scale(toks[j], lex)):
            total += (current or 1) * sc
            current = 0
        else:
            break
        j += 1
    return (total + current, j) if j > i else None


def _one_scale(toks: list[Token], i: int, lex: SlavicLexicon) -> bool:
    """Whether a scale word with no number before it counts one of its unit: a singular form
    ("тысячу пленных", "тисяча полонених"), any form a qualifier governs ("более тысячи",
    "близько тисячі") or the distributive "по" ("по тысяче", "по тисячі": one each);
    "тысячи пленных" alone is the vague plural (thousands)."""
    if _scale(toks[i], lex) is None or (i and _word_value(toks[i - 1], lex) is not None):
        return False
    before = toks[i - 1].low if i else ""
    return toks[i].low in lex.grammar["one_scale"] or bool(
        lex.qualifier_ends.get(before) or before in lex.grammar["each"]
    )


def _number(s: str, toks: list[Token], i: int, lex: SlavicLexicon) -> tuple[int, int] | None:
    """The number starting at token i: (value, end index), scale word included."""
    tok = toks[i]
    if tok.low.isdigit():
        got = _digits(s, toks, i, lex)
        if got is None:
            return None
        value, j = got
        if j < len(toks) and (sc := _scale(toks[j], lex)):
            value *= sc
            j += 1
            if j < len(toks) and toks[j].low == "." and not _gap(s, toks, j):
                j += 1  # "тыс."
            if _hundreds_after(toks, j, sc, value, lex):  # "1 тыс. 200 человек": 1200
                value, j = value + int(toks[j].low), j + 1
        return round(value), j
    got_w = _words(toks, i, lex)
    return None if got_w is None else (round(got_w[0]), got_w[1])


def _hundreds_after(
    toks: list[Token], j: int, scale: int, value: int | float, lex: SlavicLexicon
) -> bool:
    """Whether digits under a thousand at token j add to a whole number of thousands just
    read ("1 тыс. 200", "2 тис. 150"), not a figure of their own before a scale word."""
    if scale != 1000 or value != int(value) or j >= len(toks):
        return False
    low = toks[j].low
    if not low.isdigit() or len(low) > 3:
        return False
    return j + 1 >= len(toks) or _scale(toks[j + 1], lex) is None


def _continues(s: str, toks: list[Token], i: int) -> bool:
    """True when digits at token i continue a dotted or comma'd run ("01.12.2022", "3,5")."""
    return (
        i >= 2
        and toks[i].low.isdigit()
        and toks[i - 1].low in {".", ","}
        and toks[i - 2].low.isdigit()
        and not _gap(s, toks, i)
        and not _gap(s, toks, i - 1)
    )


def _not_a_count(s: str, toks: list[Token], j: int, lex: SlavicLexicon) -> bool:
    """True when what follows the number makes it a date, a year or an ordinal."""
    if j >= len(toks):
        return False
    nxt = toks[j]
    if nxt.low == "-" and j + 1 < len(toks) and not _gap(s, toks, j + 1):
        return True  # "2-й", "150-летний"
    if nxt.low in {"%", "."} and not _gap(s, toks, j):
        return nxt.low == "%" or (j + 1 < len(toks) and toks[j + 1].low.isdigit())
    return nxt.w.month is not None or bool(nxt.a.lemmas & lex.year_words)


def _case_ending(s: str, toks: list[Token], j: int, lex: SlavicLexicon) -> bool:
    """Whether digits are followed by a cardinal's case ending ("84-х", "5-ти"), not an
    ordinal's ("2-й", "65-го")."""
    return (
        j + 1 < len(toks)
        and toks[j].low == "-"
        and toks[j + 1].low in lex.grammar["case_endings"]
        and toks[j - 1].low.isdigit()
        and not _gap(s, toks, j)
        and not _gap(s, toks, j + 1)
    )


def _qualifier(toks: list[Token], i: int, lex: SlavicLexicon) -> tuple[str, int, int]:
    """(qualifier, add to low, index of its first token) for words ending before token i."""
    best = ("exact", 0, i)
    if not i:
        return best
    for words, qual, add in lex.qualifier_ends.get(toks[i - 1].low, ()):
        n = len(words)
        if i - n >= 0 and tuple(t.low for t in toks[i - n : i]) == words and i - n < best[2]:
            best = (qual, add, i - n)
    if best[0] == "exact" and i > 1 and toks[i - 1].low in lex.grammar["formula"]:
        # a qualifier before the "на" that governs the figure: "в обмен как минимум на
        # десятерых" (the figure starts after "на": "в обмен на" still stands before it)
        qual, add, _ = _qualifier(toks, i - 1, lex)
        if qual != "exact":
            return qual, add, i
    return best


def _pronoun(toks: list[Token], i: int, lex: SlavicLexicon) -> bool:
    """Whether a number word starts a reciprocal pronoun of the lexicon's mutual phrases
    ("один одному", "одна одній"), which counts no one."""
    for words in lex.phrases["mutual"]:
        n = len(words)
        if words[0] == toks[i].low and tuple(t.low for t in toks[i : i + n]) == words:
            return True
    return False


def find_figures(s: str, toks: list[Token], lex: SlavicLexicon) -> list[Figure]:
    """Every figure of sentence `s` (tokens `toks`), in order."""
    out: list[Figure] = []
    i = 0
    while i < len(toks):
        got = _number(s, toks, i, lex) if toks[i].low[0].isalnum() else None
        if got is None and toks[i].low in lex.vague:  # "тисячі українців": thousands
            least = lex.vague[toks[i].low]
            out.append(Figure(i, i, i + 1, least, None, "vague", least, False, False))
            i += 1
            continue
        if got is None or (i and toks[i - 1].low in {"№", "#"}) or _continues(s, toks, i):
            i += 1
            continue
        if toks[i].w.number == 1 and _pronoun(toks, i, lex):  # "один одному": each other
            i += 2
            continue
        if toks[i].w.number == 1 and i and toks[i - 1].low in lex.grammar.get("none", ()):
            i += 1  # "не осталось ни одного школьника": none, no count
            continue
        value, j = got
        if _case_ending(s, toks, j, lex):  # "84-х военнослужащих": a cardinal's case ending
            j += 2
        if _not_a_count(s, toks, j, lex):
            i = j
            continue
        low: int | None = value
        high: int | None = value
        qual, add, first = _qualifier(toks, i, lex)
        each = first > 0 and toks[first - 1].low in lex.grammar["each"]
        formula = False
        nxt = toks[j].low if j < len(toks) else ""
        to_word = nxt in lex.grammar["range_to"]
        if (nxt in DASHES or to_word) and j + 1 < len(toks):
            other = _number(s, toks, j + 1, lex)
            from_word = first > 0 and toks[first - 1].low in lex.grammar["range_from"]
            end = other[1] - 1 if other else j
            end = end - 1 if toks[end].low == "." else end  # "8–10 тыс. человек"
            if other and _scale(toks[end], lex) and not _scale(toks[j - 1], lex):
                other_scale = _scale(toks[end], lex) or 1
                if value * other_scale <= other[0]:  # "от 8 до 10 тысяч", "8–10 тисяч"
                    value *= other_scale
            if other and other[0] > value and (not to_word or from_word):
                low, high, value, qual, j = value, other[0], other[0], "range", other[1]
                first = first - 1 if from_word else first
        elif nxt in lex.grammar["formula"] and j + 1 < len(toks):
            other = _number(s, toks, j + 1, lex)
            if other and other[0] == value:  # "150 на 150": one figure for each side
                formula, j = True, other[1]
        if qual == "at_least":
            low, high = value + add, None
        elif qual == "at_most":
            low, high = None, value + add
        out.append(Figure(first, i, j, low, high, qual, value, each, formula))
        i = j
    return out
