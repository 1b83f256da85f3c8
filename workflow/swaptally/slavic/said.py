"""Who a sentence attributes its figures to (said_by): "сообщили в Минобороны РФ",
"по словам Андрея Ермака", "Лубінець повідомив", "Єрмак: …".

A named actor (any role: a ministry, a leader, an organisation) next to a speech word or
before a colon; the name as written, with a capitalised word before or after it
("Андрей Ермак", "Минобороны РФ"), a person's name in the nominative ("по словам Андрея
Ермака": "Андрей Ермак"). Besides the label, the speaker's side when the name is
a party's: whose people "наших" and "домой" mean in what it says.
"""

from __future__ import annotations

from swaptally.slavic.actors import Actor
from swaptally.slavic.lexicon import SlavicLexicon
from swaptally.slavic.morph import Token, name_readings, noun_readings

__all__ = ["pronoun_speaks", "said_by"]

_NEAR = 3  # tokens between a name and its speech word


def _capital(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.text[:1].isalpha()


def _name(s: str, toks: list[Token], at: int, lex: SlavicLexicon) -> str:
    """The speaker's name around the actor at `at`: with a capitalised word before it that
    is no adverb ("Андрей Ермак", not "Дословно Ермак"), the head of a genitive before it
    ("Министерство обороны РФ"), a capitalised word after it ("Минобороны РФ"); a person's
    first name and surname after it instead ("начальник ГУР Кирилл Буданов"). A person's
    name in another case is given in the nominative (`_nominative`)."""
    lo, hi = _name_span(toks, at)
    return _nominative(s, toks[lo : hi + 1], lex.lang, lex.names)


def _name_span(toks: list[Token], at: int) -> tuple[int, int]:
    """(first, last token) of the speaker's name around the actor at `at` (see _name)."""
    n = len(toks)
    if at + 2 < n and all(_capital(t) and not t.text.isupper() for t in toks[at + 1 : at + 3]):
        return at + 1, at + 2
    lo = at - 1 if at and _capital(toks[at - 1]) and "ADVB" not in toks[at - 1].a.pos else at
    k = at - 1
    while k > at - 3 and k > 0 and not _capital(toks[k]) and "gent" in toks[k].a.cases:
        k -= 1
    head = toks[k].a
    # (not a preposition that opens the sentence: "По информации Минобороны России")
    if k < at - 1 and _capital(toks[k]) and "NOUN" in head.pos and "PREP" not in head.pos:
        lo = k
    hi = at + 1 if at + 1 < n and _capital(toks[at + 1]) else at
    return lo, hi


def _nominative(s: str, name: list[Token], lang: str, known: dict[str, str]) -> str:
    """The name `name` (tokens of `s`) as written, its person's name in the nominative when
    written in another case: every capitalised word that can be part of a person's name
    takes the case and gender they all share, the likeliest of the first's ("по словам
    Андрея Ермака" → "Андрей Ермак", "Татьяны Москальковой" → "Татьяна Москалькова",
    "Лубінця" → "Лубінець"). As written when they share a nominative reading ("Буданова"
    may be a woman's name) or none at all, and for any other word ("Минобороны РФ"). A
    surname the dictionary knows only as a noun is read as one when the lexicon names it
    (`known`: "по словам Дмитрия Лубинца" → "Дмитрий Лубинец"), unless a word of the name
    is no person's ("Минобороны России")."""
    written = s[name[0].start : name[-1].end]
    capitals = [t for t in name if _capital(t) and t.a.cases]
    parts = [(t, name_readings(t.low, lang)) for t in capitals]
    if any(not r for _, r in parts):
        nouns = [(t, r or _known_readings(t, lang, known)) for t, r in parts]
        parts = nouns if all(r for _, r in nouns) else parts
    parts = [(t, readings) for t, readings in parts if readings]
    if not parts:
        return written
    shared = set.intersection(*({(c, g) for c, g, _ in readings} for _, readings in parts))
    first = [(c, g) for c, g, _ in parts[0][1] if (c, g) in shared]
    if not first or any(c == "nomn" for c, _ in shared):
        return written
    out, at = [], name[0].start
    for t, readings in parts:
        word = _likeliest(readings, first[0], lang)
        out += [s[at : t.start], "-".join(p[:1].upper() + p[1:] for p in word.split("-"))]
        at = t.end
    return "".join([*out, s[at : name[-1].end]])


def _likeliest(readings: tuple[tuple[str, str, str], ...], form: tuple[str, str], lang: str) -> str:
    """The nominative of the first reading in case and gender `form`. In Ukrainian, a man's
    name of the -о declension over a name that is its stem ("Кирила": Кирило, not Кирил;
    "Данила", "Гаврила"): the genitive of both is one form, and the -о name the Ukrainian."""
    words = [w for c, g, w in readings if (c, g) == form]
    if lang == "uk":
        return next((w for w in words if w.endswith("о") and w[:-1] in words), words[0])
    return words[0]


def _known_readings(tok: Token, lang: str, known: dict[str, str]) -> tuple:
    """The noun readings (case, gender, nominative) of a word the lexicon names by its noun's
    lemma ("Лубинца": лубинец), or none."""
    return tuple(r for r in noun_readings(tok.low, lang) if r[2] in known)


def said_by(
    s: str, toks: list[Token], actors: list[Actor], lex: SlavicLexicon
) -> tuple[str | None, str | None]:
    """(the name a sentence attributes what it says to, the side of the party next to a
    speech word), or (None, None). The name: a place in an oblique case speaks only after a
    speech noun ("за словами Москви"; not "Україні вдалося", "в правительстве Армении"),
    and a speech word beyond a comma is another clause's ("бойцы ВСУ, сообщило
    Минобороны"). The side is still the first actor next to a speech word, as before these
    rules (whose people "наших" means: changing it changes facts, not only their label)."""
    side = next((a for a in actors if not a.demonym and _speaker(toks, a, lex, None)), None)
    if side is None:
        return None, None
    marks = lex.grammar["clause_marks"]
    named = next((a for a in actors if not a.demonym and _speaker(toks, a, lex, marks)), None)
    name = _name(s, toks, named.at, lex) if named else None
    return name, (side.code if side.party else None)


def _speaker(toks: list[Token], a: Actor, lex: SlavicLexicon, marks: object) -> bool:
    """Is the actor `a` the sentence's speaker: before a colon, near a speech word, or
    named after a speech verb and a title. With clause `marks`, also: in the nominative or
    after a speech noun, and no clause mark between it and a speech word near it."""
    oblique = bool(a.cases) and "nomn" not in a.cases
    if marks is not None and oblique and not _after_speech_noun(toks, a.at, lex):
        return False
    return (
        _colon_after(toks, a.at, lex) or _speaks(toks, a.at, lex, marks) or _titled(toks, a.at, lex)
    )


def _colon_after(toks: list[Token], at: int, lex: SlavicLexicon) -> bool:
    """A colon right after the name, or after where it posts with nothing else between
    ("Буданов в Telegram: …", "Лубінець у своєму телеграм-каналі: …")."""
    if at + 1 < len(toks) and toks[at + 1].low == ":":
        return True
    channels = lex.grammar.get("channels") or frozenset()
    near = toks[at + 1 : at + 2 + _NEAR]
    end = next((k for k, t in enumerate(near) if t.low == ":"), None)
    if end is None or not channels:
        return False
    between = near[:end]
    posts = any(t.a.lemmas & channels for t in between)
    return posts and all(
        t.a.lemmas & channels or t.a.pos & _CHANNEL_WORDS or t.low == "-" for t in between
    )


_CHANNEL_WORDS = frozenset(["PREP", "ADJF", "NPRO"])  # "в своём", "у власному"


def pronoun_speaks(toks: list[Token], lex: SlavicLexicon) -> bool:
    """A third-person pronoun next to a speech word, no clause mark between: the sentence
    is the word of the speaker named before it ("…, уточнила она", "За його словами, …")."""
    pronouns = lex.grammar.get("speaker_pronouns") or frozenset()
    marks = lex.grammar["clause_marks"]
    return any(
        "NPRO" in t.a.pos and t.a.lemmas & pronouns and _speaks(toks, k, lex, marks)
        for k, t in enumerate(toks)
    )


def _speaks(toks: list[Token], at: int, lex: SlavicLexicon, marks: object) -> bool:
    """A speech word within _NEAR tokens of the name (no clause mark between, with
    `marks`)."""
    if toks[at].a.lemmas & lex.speech:
        return True
    for step in (-1, 1):
        k = at + step
        while (
            0 <= k < len(toks)
            and abs(k - at) <= _NEAR
            and (
                marks is None or toks[k].low not in marks  # type: ignore[operator]
            )
        ):
            if toks[k].a.lemmas & lex.speech:
                return True
            k += step
    return False


def _after_speech_noun(toks: list[Token], at: int, lex: SlavicLexicon) -> bool:
    """A speech noun before the name, a title at most between ("по словам (начальника) X")."""
    for k in range(at - 1, max(-1, at - 3), -1):
        if toks[k].a.lemmas & lex.speech and "NOUN" in toks[k].a.pos:
            return True
    return False


_TITLE = 7  # words of a title between a speech verb and the name after it


def _titled(toks: list[Token], at: int, lex: SlavicLexicon) -> bool:
    """A speech verb before a person's name (first name and surname) with only a title
    between them, its head in the nominative and no clause mark: "сообщила уполномоченный
    по правам человека Татьяна Москалькова", "зазначив уповноважений Верховної Ради з прав
    людини Дмитро Лубінець" (not "сообщило о возвращении с подконтрольных Киеву …")."""
    if at < 2 or not _capital(toks[at - 1]):
        return False
    marks = lex.grammar["clause_marks"]
    for k in range(at - 2, max(-1, at - _TITLE - 3), -1):
        if toks[k].low in marks:
            return False
        if toks[k].a.lemmas & lex.speech and "VERB" in toks[k].a.pos:
            head = toks[k + 1].a
            return "nomn" in head.cases and "PREP" not in head.pos and k + 1 < at - 1
    return False
