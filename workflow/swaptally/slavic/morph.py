"""Words of a Russian or Ukrainian sentence with their lemmas, from pymorphy3.

One analyser per language per process (loading one takes ~0.1 s and ~15 MB), and one
analysis per distinct word form (a cache: news repeats its words), so a token costs a
dict lookup once its form has been seen.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from swaptally.slavic.lexicon import SlavicLexicon, Word

__all__ = ["Analysis", "Token", "analyse", "name_readings", "noun_readings", "tokens"]

# a word (letters, inner hyphen or apostrophe), a run of digits, or one other character
_TOKEN_RE = re.compile(r"\d+|[^\W\d_]+(?:[-'\u2019\u02bc][^\W\d_]+)*|[^\w\s]")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "ё": "е", "Ё": "Е"})
_UK_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'"})


@dataclass(frozen=True, slots=True)
class Analysis:
    lemmas: frozenset[str]  # every dictionary form the word may be
    ordered: tuple[str, ...]  # the same, likeliest parse first (a fixed order)
    pos: frozenset[str]  # parts of speech (NOUN, ADJF, VERB, NUMR, …) over its parses
    cases: frozenset[str]  # grammatical cases over its parses (nomn, gent, accs, loct, …)
    future: bool  # a verb form in the future tense ("повернеться", "будет")
    passive: bool  # a passive or impersonal form ("переданы", "звільнено")
    past: bool  # a verb form in the past tense ("обменялись", "повернули")
    infinitive: bool  # "вернуться", "повернутися" (INFN in Russian, VERB infn in Ukrainian)
    present: bool = False  # a finite verb in the present tense ("планирует", "має")


@dataclass(slots=True)  # not frozen: a frozen __init__ costs ~2x per token; never changed
class Token:
    text: str  # as written
    low: str  # lower case, apostrophes unified
    start: int  # offsets in the sentence
    end: int
    a: Analysis
    w: Word  # what the vocabulary says of it


_EMPTY = Analysis(frozenset(), (), frozenset(), frozenset(), False, False, False, False)


@lru_cache(maxsize=2)
def _analyser(lang: str):  # type: ignore[no-untyped-def]
    import pymorphy3  # imported here: English-only runs never pay for it

    logging.getLogger("pymorphy3").setLevel(logging.WARNING)  # not one INFO line per load
    return pymorphy3.MorphAnalyzer(lang=lang)


_CACHE: dict[str, dict[str, Analysis]] = {"ru": {}, "uk": {}}


def analyse(word: str, lang: str) -> Analysis:
    """Lemmas and grammar of one lower-case word form (cached per language)."""
    cache = _CACHE[lang]
    hit = cache.get(word)
    if hit is not None:
        return hit
    if not word[0].isalpha():
        a = Analysis(
            frozenset([word]), (word,), frozenset(), frozenset(), False, False, False, False
        )
    else:
        parses = _analyser(lang).parse(word)
        ordered = tuple(dict.fromkeys([p.normal_form.translate(_APOSTROPHES) for p in parses]))
        ordered = (*ordered, word) if word not in ordered else ordered
        if lang == "uk" and ordered[0] == word and parses[0].tag.POS == "GRND":
            ordered = (*ordered, *_uk_gerund_verb(word))
        pos = {p.tag.POS for p in parses if p.tag.POS}
        cases = {p.tag.case for p in parses if p.tag.case}
        first = parses[0].tag
        future = first.POS == "VERB" and first.tense == "futr"
        # a short infinitive the Ukrainian dictionary lists first ("звільнить", "повернуть"
        # beside "звільнити") is also, and in news mostly, a future: "ХАМАС звільнить 33"
        variant = "infn" in first.grammemes and parses[0].normal_form != word
        if variant and any(p.tag.POS == "VERB" and p.tag.tense == "futr" for p in parses):
            future, first = True, next(p.tag for p in parses if p.tag.tense == "futr")
        passive = (first.POS == "PRTS" and "pssv" in first) or "Impe" in first
        past = first.POS in {"VERB", "PRTS"} and first.tense == "past"
        # an infinitive is a verb's dictionary form: the Ukrainian dictionary leaves many
        # without their "infn" mark ("звільнити": VERB,perf)
        infinitive = first.POS == "INFN" or "infn" in first.grammemes  # no KeyError in ru
        infinitive = infinitive or (first.POS == "VERB" and parses[0].normal_form == word)
        # … or a verb's dictionary form read first as a noun ("бути": бута's genitive before
        # the copula): "мають бути звільнені" is a modal before its infinitive
        infinitive = infinitive or any(
            p.tag.POS == "VERB" and p.normal_form == word for p in parses[1:]
        )
        present = first.POS == "VERB" and first.tense == "pres"
        a = Analysis(
            frozenset(ordered), ordered, frozenset(pos), frozenset(cases), future, passive, past,
            infinitive, present,
        )  # fmt: skip
    if len(cache) < 500_000:  # bounded: a corpus of typos must not eat the memory
        cache[word] = a
    return a


# the Ukrainian dictionary gives a gerund as its own lemma ("повернувши"): its verb's
# infinitive by its ending ("повернувши" → "повернути", "повернувшись" → "повернутися"), so
# that the verb lexicon reads it as Russian's ("вернув" → "вернуть")
_UK_GERUND_ENDINGS = (("вшись", "тися"), ("вши", "ти"))


def _uk_gerund_verb(word: str) -> tuple[str, ...]:
    for ending, infinitive in _UK_GERUND_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return (word[: -len(ending)] + infinitive,)
    return ()


# a part of a person's name in pymorphy's grammemes: first name, surname, patronymic
_NAME_PARTS = frozenset({"Name", "Surn", "Patr"})


@lru_cache(maxsize=4096)
def name_readings(word: str, lang: str) -> tuple[tuple[str, str, str], ...]:
    """(case, gender, nominative) of each reading of a lower-case word as part of a
    person's name, likeliest first: "москальковой" → (gent, femn, "москалькова"), …"""
    out = []
    for p in _analyser(lang).parse(word):
        if _NAME_PARTS & p.tag.grammemes and p.tag.case:
            nominative = p.inflect({"nomn"})
            if nominative is not None:
                out.append((str(p.tag.case), str(p.tag.gender), nominative.word))
    return tuple(out)


@lru_cache(maxsize=4096)
def noun_readings(word: str, lang: str) -> tuple[tuple[str, str, str], ...]:
    """(case, gender, dictionary form) of each noun reading of a lower-case word."""
    return tuple(
        (str(p.tag.case), str(p.tag.gender), p.normal_form.translate(_APOSTROPHES))
        for p in _analyser(lang).parse(word)
        if p.tag.POS == "NOUN" and p.tag.case
    )


def _only_a_name(a: Analysis, low: str, lex: SlavicLexicon, lang: str) -> bool:
    """Every reading of the lower-case word `low` is a name's, its likeliest first, or a
    lemma the dictionary does not know (a guess: "хусито" for "хуситами")."""
    if a.ordered[0] not in lex.names:
        return False
    return not any(w != low and w not in lex.names and _known(w, lang) for w in a.ordered)


@lru_cache(maxsize=4096)
def _known(word: str, lang: str) -> bool:
    """`word` is a form the dictionary lists (not one pymorphy3 guesses)."""
    return bool(_analyser(lang).word_is_known(word))


def tokens(sentence: str, lex: SlavicLexicon) -> list[Token]:
    """The tokens of `sentence` with their analyses and their reading by `lex`."""
    lang = lex.lang
    table = _APOSTROPHES if lang == "ru" else _UK_APOSTROPHES
    cache = _CACHE[lang]
    seen = lex.seen
    forms = lex.forms
    out = []
    for m in _TOKEN_RE.finditer(sentence):
        text = m.group()
        known = forms.get(text)  # a form as written, seen before: one lookup for all three
        if known is None:
            low = text.lower().translate(table)
            a = cache.get(low) or (analyse(low, lang) if low[0].isalnum() else _EMPTY)
            got = seen.get(id(a))
            word = got[1] if got is not None else lex.word(a.ordered, a)
            if word.actor and text[0].islower() and not _only_a_name(a, low, lex, lang):
                # a name only by a less likely reading, in lower case: "досі" (still) is no
                # "Доха", though that reading's lemma is a name; nor one a common word's form
                # spells too: "малі" (small) is no "Малі" (Mali)
                word = replace(word, actor=None)
            known = (low, a, word)
            if len(forms) < 500_000:  # bounded like the analyses
                forms[text] = known
        out.append(Token(text, known[0], m.start(), m.end(), known[1], known[2]))
    return out
