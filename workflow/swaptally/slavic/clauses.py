"""Where a Russian or Ukrainian figure's clause starts and ends, and what joins it to the
figure after it ("N на N", "… и N", a dash apposition, "на" after a verb of exchange)."""

from __future__ import annotations

import itertools

from swaptally.slavic.groups import Group, find_group, list_end
from swaptally.slavic.lexicon import SlavicLexicon
from swaptally.slavic.morph import Token
from swaptally.slavic.numbers import DASHES, Figure
from swaptally.slavic.phrases import has_phrase
from swaptally.slavic.reading import Sentence


def clause_end(toks: list[Token], after: int, hi: int, lex: SlavicLexicon) -> int:
    """Where the figure's clause ends: the first clause mark after its group ("…, яких
    утримували з 2022 року" and "…, і ще тисячі вважаються зниклими" are other clauses)."""
    marks = lex.grammar["clause_marks"]
    return next((k for k in range(after, hi) if toks[k].low in marks), hi)


def before_and(toks: list[Token], after: int, end: int, lex: SlavicLexicon) -> int:
    """The first "и" from token `after` (the end of a group) to `end`, else `end`: what
    follows it is another conjunct, with a noun of its own."""
    joins = lex.grammar["and"]
    return next((k for k in range(after, min(end, len(toks))) if toks[k].low in joins), end)


def clause_start(toks: list[Token], lo: int, at: int, lex: SlavicLexicon) -> int:
    """Where the figure's own phrase starts: after the last clause mark or "and" before it
    ("тіла 909 загиблих, а також 84 військовополонених": the dead are another phrase's)."""
    stops = lex.grammar["clause_marks"] | lex.grammar["and"]
    return next((k + 1 for k in range(at - 1, lo - 1, -1) if toks[k].low in stops), lo)


def outside_closed(toks: list[Token], lo: int, at: int, lex: SlavicLexicon) -> list[Token]:
    """The tokens from lo to `at` outside any subordinate or relative clause a clause mark
    closes before `at`: a stretch between clause marks whose first or second word opens one
    (a subordinator: "коли", "хотя"; a relative pronoun: "про який", "о котором"). The
    stretch `at` stands in is kept, whatever opens it."""
    marks, opens = lex.grammar["clause_marks"], lex.grammar["subordinators"]
    out: list[Token] = []
    start = lo
    for k in range(lo, at):
        if toks[k].low in marks:
            first = toks[start : min(start + 2, k)]  # (past a preposition: "про який")
            if not any(t.low in opens or t.a.lemmas & lex.relative for t in first):
                out += toks[start:k]
            out.append(toks[k])
            start = k + 1
    return out + toks[start:at]


def after_contrast(toks: list[Token], lo: int, at: int, lex: SlavicLexicon) -> int:
    """Where the figure's clause starts after a contrast (", а", ", але") before it, else lo."""
    contrast = lex.grammar["contrast"]
    return next((k + 1 for k in range(at - 1, lo, -1) if toks[k].low in contrast), lo)


def same_after(s: Sentence, n: int, after: int, lex: SlavicLexicon) -> bool:
    """Whether figure n's group is followed by "на" and the same figure: N of them for N."""
    if n + 1 >= len(s.figs) or after >= len(s.toks):
        return False
    nxt = s.figs[n + 1]
    joined = s.toks[after].low in lex.grammar["formula"] and nxt.first == after + 1
    if not joined or nxt.value != s.figs[n].value:
        return False
    # "обменяла 20 украинских пленных на 20 своих": the second names whose, a half of its own
    own = find_group(s.toks, nxt, lex)
    return own is None or not (own.nationality or own.possessive)


def part_of_whole(s: Sentence, n: int, lex: SlavicLexicon) -> bool:
    """Whether figure n is a part told of the figure right after it with "из"/"з" ("освободило
    640 из 900 обещанных пленных", "звільнив 640 з 900 обіцяних"): the part is what was
    done; the whole is a plan's figure, the group both count is the whole's."""
    if n + 1 >= len(s.figs) or s.figs[n].last >= len(s.toks):
        return False
    nxt = s.figs[n + 1]
    return s.toks[s.figs[n].last].low in lex.grammar["from"] and nxt.first == s.figs[n].last + 1


def ours_and_theirs(toks: list[Token], lex: SlavicLexicon) -> bool:
    """Whether the sentence counts our captives and theirs, each word right before a captive
    noun ("Будет освобождено 1 500 наших пленных и 900 их пленных"): the halves of a swap."""
    theirs = ours = False
    for a, b in itertools.pairwise(toks):
        if b.w.category:
            theirs = theirs or a.low in lex.grammar["theirs"]
            ours = ours or bool(a.a.lemmas & lex.possessive)
    return theirs and ours


def traded_for(s: Sentence, n: int, after: int, lex: SlavicLexicon) -> str | None:
    """The nationality of the group of the figure after figure n when an "in return" phrase
    stands between them ("215 бойцов освобождены в обмен на 50 российских пленных": RU)."""
    if n + 1 >= len(s.figs):
        return None
    nxt = s.figs[n + 1]
    if not has_phrase(s.toks, after, nxt.first, lex.phrases["in_return"]):
        return None
    group = find_group(s.toks, nxt, lex)
    return group.nationality if group is not None else None


def label_repeated(s: Sentence, n: int, lex: SlavicLexicon) -> bool:
    """Whether formula figure n ("«152 на 152»") is a label the sentence repeats right after
    it, past a colon, as a figure with a group of its own ("…: 152 российских бойца едут
    домой")."""
    value, end = s.figs[n].value, s.figs[n].last
    if n + 1 >= len(s.figs) or ":" not in {t.low for t in s.toks[end : end + 2]}:
        return False  # the breakdown follows a colon right after the label
    nxt = s.figs[n + 1]
    return nxt.value == value and not nxt.formula and find_group(s.toks, nxt, lex) is not None


def past_inclusion(s: Sentence, n: int, after: int, hi: int, lex: SlavicLexicon) -> int:
    """The end of figure n's window: past an inclusion of figures right after its group
    ("восьмерых иностранцев, в том числе троих немцев и двоих французов, вывезли из
    России") to the first figure after the list, so the verb after the parts is found; else
    `hi` (the next figure)."""
    if n + 1 >= len(s.figs) or not has_phrase(s.toks, after, hi, lex.phrases["among"]):
        return hi
    end = list_end(s.toks, hi, lex)
    return next((f.first for f in s.figs[n + 1 :] if f.first >= end), len(s.toks))


def restated(s: Sentence, n: int, after: int, lex: SlavicLexicon) -> bool:
    """Whether figure n's group is restated right after a dash by the same figure ("сто
    наших ребят — сто военнослужащих"): the second says whom it counts; n is no fact."""
    if n + 1 >= len(s.figs) or after >= len(s.toks) or s.toks[after].low not in DASHES:
        return False
    nxt = s.figs[n + 1]
    return nxt.first == after + 1 and nxt.value == s.figs[n].value


def owner(s: Sentence, fig: Figure, group: Group, lex: SlavicLexicon) -> str | None:
    """The party whose own people a group names ("98 соотечественников", "140 своих
    защитников"): the last party named in the nominative with no preposition before the
    figure, a nationality's side too ("Украинская сторона заявила …"); None for others."""
    toks = s.toks
    end = group.noun if group.noun is not None else fig.last
    own = lex.possessive - lex.grammar["ours"]  # not "наших": the speaker's
    if not any(t.a.lemmas & own for t in toks[max(0, fig.first - 1) : end + 1]):
        return None
    named = [a for a in s.actors if a.at < fig.first and a.party and a.prep is None]
    named = [a for a in named if "nomn" in a.cases or "nomn" in toks[a.at + 1].a.cases]
    return named[-1].code if named else None


APPOSED_WORDS = 3  # words before a dash that name the group a figure after it counts


def ours_before_dash(toks: list[Token], fig: Figure, lex: SlavicLexicon) -> bool:
    """A figure in apposition after a dash to a group named ours ("многие наши ребята – 150
    человек", "багато наших хлопців – 150 людей"): the figure counts that group."""
    k = fig.first - 1
    if k < 1 or toks[k].low not in DASHES:
        return False
    return any(t.a.lemmas & lex.possessive for t in toks[max(0, k - APPOSED_WORDS) : k])


def at_home(s: Sentence, lex: SlavicLexicon) -> bool:
    """A verbless sentence that says people are home ("Наши дома.", "Наші вдома.")."""
    home = lex.grammar.get("at_home") or frozenset()
    return any(t.low in home for t in s.toks) and not any(
        "VERB" in t.a.pos and not t.w.verb for t in s.toks
    )


def conjunct_next(s: Sentence, n: int, after: int, lex: SlavicLexicon) -> bool:
    """Whether the next figure is joined to figure n's group by "и" right after it, and no
    verb of the lexicon's stands before figure n (its verb, if any, is after the conjunct)."""
    if n + 1 >= len(s.figs) or after >= len(s.toks):
        return False
    if any(t.w.verb for t in s.toks[: s.figs[n].first]):
        return False
    return s.toks[after].low in lex.grammar["and"] and s.figs[n + 1].first == after + 1


def conjunct_end(s: Sentence, n: int, lex: SlavicLexicon) -> int:
    """Where the clause of the conjunct after figure n ends: the next clause mark or
    contrast after it, the figure after it, or the sentence's end."""
    far = s.figs[n + 2].first if n + 2 < len(s.figs) else len(s.toks)
    stops = lex.grammar["clause_marks"] | lex.grammar["contrast"]
    return next((k for k in range(s.figs[n + 1].last, far) if s.toks[k].low in stops), far)


def swapped_for(toks: list[Token], fig: Figure, lex: SlavicLexicon) -> bool:
    """A figure right after "на" that follows a finite verb of exchange: what was got for the
    people named before ("Россия обменяла 20 украинских военнопленных на 20 своих"), the
    other half of the swap, as after "в обмен на"."""
    if not fig.first or toks[fig.first - 1].low not in lex.grammar["formula"]:
        return False
    return any(t.w.verb == "exchange" and "VERB" in t.a.pos for t in toks[: fig.first - 1])


def about_captives(
    s: Sentence, lo: int, fig: Figure, verb: str | None, told: bool, lex: SlavicLexicon
) -> bool:
    """Whether figure `fig`'s clause (from token `lo`) is about captives: a verb of the
    lexicon's governs it (`verb`, gapped ones too: "Россия передала 90 человек, 27 — …"), a
    word of one stands before the figure ("из общего числа освобождённых 27 человек"), or it
    is a part of the fact just told (`told`) after "among" ("среди них 15 человек — …").
    Not "погибли 12 человек, 5 человек — из ДНР": the dead, no captives."""
    if verb is not None or any(t.w.verb for t in s.toks[lo : fig.first]):
        return True
    among = lex.phrases["among"]
    return told and (
        has_phrase(s.toks, lo, fig.first, among)
        or any(t.low in lex.grammar["among"] for t in s.toks[lo : fig.first])
    )
