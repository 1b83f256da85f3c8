"""Where a figure's people are, come from or go: the captor a captivity phrase or a place of
custody names, a destination ("в Россию"), a place held in ("в Україні"), a possessor ("у
ВСУ"), a party listed before the figure."""

from __future__ import annotations

from swaptally.slavic.actors import Actor, demonym_code
from swaptally.slavic.groups import actor_code
from swaptally.slavic.lexicon import SlavicLexicon
from swaptally.slavic.morph import Token
from swaptally.slavic.phrases import has_phrase

__all__ = [
    "armed_captors",
    "captor_of",
    "custody_of",
    "freed_in",
    "is_source",
    "listed",
    "out_of",
    "placed_at",
    "placed_in",
    "possessor",
    "toward",
]

_LOC = frozenset(["loct", "loc2"])
# "у боевиков на востоке Донбасса в плену": from the fighters to the captivity noun
_HELD_REACH = 5


def captor_of(toks: list[Token], lo: int, hi: int, actors: list[Actor], lex: SlavicLexicon):
    """(holder named by a captivity phrase, captivity named, captivity in the locative)."""
    captor, named, locative = None, False, False
    for c in range(lo, hi):
        if not toks[c].a.lemmas & lex.captivity:
            continue
        named = True
        prep = toks[c - 1].low if c else ""
        before = demonym_code(toks[c - 1], lex) if c else None
        prep = toks[c - 2].low if before and c > 1 else prep
        # ("плену" is the second locative, loc2)
        locative = locative or (prep in lex.grammar["located"] and bool(toks[c].a.cases & _LOC))
        after = actor_code(toks[c + 1], lex) if c + 1 < hi else None
        held_at = [a.code for a in actors if a.prep == "у" and c - 4 <= a.at < c and a.party]
        # … or right after it: "в плену у ХАМАС", "у полоні в росіян"
        held_at += [a.code for a in actors if a.prep == "у" and a.at == c + 2 and a.party]
        for code in (before, after, *held_at):
            if code and lex.is_party(code):
                captor = code
    return captor or _in_hands_of(toks, lo, hi, actors, lex), named, locative


def _in_hands_of(
    toks: list[Token], lo: int, hi: int, actors: list[Actor], lex: SlavicLexicon
) -> str | None:
    """The party in whose hands, in the locative, the clause places people ("в руках у ХАМАС",
    "в руках ХАМАС", "у руках Росії"): their holder, as in a captivity phrase; only the
    holder (the hands are no captivity a return comes out of)."""
    hands = lex.grammar.get("hands", frozenset())
    for c in range(max(lo, 1), min(hi, len(toks))):
        if not toks[c].a.lemmas & hands or not toks[c].a.cases & _LOC:
            continue
        if toks[c - 1].low not in lex.grammar["located"]:
            continue
        k = c + 2 if c + 2 < len(toks) and toks[c + 1].low == "у" else c + 1
        code = next((a.code for a in actors if a.at == k and a.party), None)
        if code is not None:
            return code
    return None


def armed_captors(toks: list[Token], lo: int, hi: int, lex: SlavicLexicon) -> bool:
    """An armed group's fighters, no state, named as the holders in tokens lo..hi: right
    after a noun of captivity or of hands ("з полону бойовиків", "в руках бандитов", "в
    плену у боевиков"), or after "у" with such a noun just after them ("у боевиков в
    Луганской области в плену 64") (lexicon grammar militants, hands)."""
    g = lex.grammar
    militants = g.get("militants", frozenset())
    held = lex.captivity | g.get("hands", frozenset())
    hi = min(hi, len(toks))
    for m in range(max(lo, 1), hi):
        if not toks[m].a.lemmas & militants:
            continue
        k = m - 2 if toks[m - 1].low in g["located"] and m > 1 else m - 1
        if toks[k].a.lemmas & held:
            return True
        if toks[m - 1].low in g["located"] and any(
            t.a.lemmas & held for t in toks[m + 1 : min(hi, m + 1 + _HELD_REACH)]
        ):
            return True
    return False


def custody_of(toks: list[Token], lo: int, hi: int, lex: SlavicLexicon) -> tuple[str | None, bool]:
    """(the state a place of custody is named for, people placed in custody): "в российских
    тюрьмах" (Russia's), "у білоруських в'язницях", "за решёткой", "лишены свободы"; "из
    израильских тюрем" names the holder but places no one in custody."""
    holder, placed = None, has_phrase(toks, lo, hi, lex.phrases["custody_phrases"])
    for c in range(lo, hi):
        if not toks[c].a.lemmas & lex.custody:
            continue
        before = demonym_code(toks[c - 1], lex) if c else None
        prep = toks[c - 2].low if before and c > 1 else (toks[c - 1].low if c else "")
        if before and lex.roles.get(before) in {"party", "venue"}:
            holder = before  # a state holds people in its prisons
        placed = placed or prep not in lex.grammar["from"]
    return holder, placed


def toward(a: Actor, g: dict[str, frozenset[str]]) -> bool:
    """Where people are brought: "в Россию", "у Росію", "до України"."""
    if a.demonym or a.prep not in g["toward"]:
        return False
    return "accs" in a.cases or (a.prep == "до" and "gent" in a.cases)


def is_source(toks: list[Token], a: Actor, lex: SlavicLexicon) -> bool:
    """Where a statement comes from, not where people go: "сообщили в Минобороны России",
    "в Офісі президента повідомили"."""
    near = (
        toks[a.at - 2] if a.at > 1 else None,
        toks[a.at + 1] if a.at + 1 < len(toks) else None,
    )
    return any(t is not None and t.a.lemmas & lex.speech for t in near)


def freed_in(
    toks: list[Token], actors: list[Actor], lo: int, v: int | None, lex: SlavicLexicon
) -> str | None:
    """The state a freeing with no subject is placed in before its verb ("в Беларуси
    освободили 47 заключённых", "у Росії звільнили 20 українців"): it held them."""
    if v is None:
        return None
    g = lex.grammar
    placed = [
        a for a in actors
        if lo <= a.at < v and (a.party or a.venue) and placed_at(a, g)
        and not is_source(toks, a, lex)
    ]  # fmt: skip
    return placed[-1].code if placed else None


def possessor(mine: list[Actor], at: int, g: dict[str, frozenset[str]]) -> str | None:
    """The party before the figure after "у" in the genitive, in a clause with no verb: "У
    ВСУ около 1 100 пленных", "а у российской армии — почти девять тысяч" (who has them)."""
    got = [a for a in mine if a.at < at and a.prep in g["possessing"]]
    has = [a for a in got if "gent" in a.cases or not a.cases]
    return has[-1].code if has else None


def out_of(a: Actor, g: dict[str, frozenset[str]]) -> bool:
    """A party people come out of: "из Украины", "з Росії" (из/з + genitive, a name)."""
    return not a.demonym and a.prep in g["from"] and "gent" in a.cases


def placed_at(a: Actor, g: dict[str, frozenset[str]]) -> bool:
    """A place people are in: "в России", "у Газі" (в/у + locative)."""
    return not a.demonym and a.prep in g["located"] and "loct" in a.cases


def placed_in(mine: list[Actor], after: int, g: dict[str, frozenset[str]]) -> set[str]:
    """States the group is placed in after it, a list sharing its preposition ("засуджених у
    США, Німеччині, Польщі"): each in the locative, the first after в/у."""
    codes: set[str] = set()
    last = -1  # where the list's last state was named: the next one follows it (", ", " и ")
    for a in mine:
        if a.at < after:
            continue
        listed = codes and a.at - last <= _LIST_GAP
        if codes and not listed:
            break  # the list has ended: "…, которых держали в Баку, вернулись и находятся в
            # Армении" places them in one state, then tells where they are now
        if placed_at(a, g) or (listed and a.prep is None and "loct" in a.cases and not a.demonym):
            codes.add(a.code)
            last = a.at
    return codes


_LIST_GAP = 2  # "США, Німеччині": a state listed after another, one word or mark between
_CLAUSE_REACH = 6  # ", которых с 2022 года удерживали в Баку": words to the state


def placed_by_clause(
    toks: list[Token], actors: list[Actor], after: int, lex: SlavicLexicon
) -> str | None:
    """The one state a participle or relative clause set off by a comma right after the
    group places the people in ("40 иностранцев, осуждённых в Иране", "пятеро пленных,
    которых удерживали в Баку, вернулись"): where they were held or sentenced."""
    g = lex.grammar
    if after + 1 >= len(toks) or toks[after].low != ",":
        return None
    opener = toks[after + 1]  # a participle (Ukrainian's dictionary reads them as
    # adjectives: "засуджених") or a relative pronoun ("которых", "яких")
    if not opener.a.pos & {"PRTF", "ADJF"} and not opener.a.lemmas & lex.relative:
        return None
    end = next(
        (k for k in range(after + 1, len(toks)) if toks[k].low in g["clause_marks"]), len(toks)
    )
    end = min(end, after + 1 + _CLAUSE_REACH)
    places = [a for a in actors if after < a.at < end and placed_at(a, g)]
    return places[0].code if len({a.code for a in places}) == 1 else None


def listed(a: Actor | None, g: dict[str, frozenset[str]]) -> str | None:
    """A party listed right before a figure as a side, a place held in or a destination
    ("Россия – 82", "в Україні – 4 тисячі", "на Украину — 52"); not one named as a source
    ("шестеро з Нацгвардії": a breakdown by branch)."""
    if a is None or not (a.prep is None or a.prep in g["located"] or toward(a, g)):
        return None
    return a.code
