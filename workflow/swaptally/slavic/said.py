"""Who a sentence attributes its figures to (said_by): "сообщили в Минобороны РФ",
"по словам Андрея Ермака", "Лубінець повідомив", "Єрмак: …".

A named actor (any role: a ministry, a leader, an organisation) next to a speech word or
before a colon; the name as written, with a capitalised word before or after it
("Андрей Ермак", "Минобороны РФ"). Besides the label, the speaker's side when the name is
a party's: whose people "наших" and "домой" mean in what it says.
"""

from __future__ import annotations

from swaptally.slavic.frame import Actor
from swaptally.slavic.lexicon import SlavicLexicon
from swaptally.slavic.morph import Token

__all__ = ["said_by"]

_NEAR = 3  # tokens between a name and its speech word


def _capital(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.text[:1].isalpha()


def _name(s: str, toks: list[Token], at: int) -> str:
    lo = at - 1 if at and _capital(toks[at - 1]) else at
    hi = at + 1 if at + 1 < len(toks) and _capital(toks[at + 1]) else at
    return s[toks[lo].start : toks[hi].end]


def said_by(
    s: str, toks: list[Token], actors: list[Actor], lex: SlavicLexicon
) -> tuple[str | None, str | None]:
    """(the name a sentence attributes what it says to, that speaker's side if it is a
    party), or (None, None)."""
    for a in actors:
        if a.demonym:
            continue
        colon = a.at + 1 < len(toks) and toks[a.at + 1].low == ":"
        near = toks[max(0, a.at - _NEAR) : a.at + _NEAR + 1]
        if colon or any(t.a.lemmas & lex.speech for t in near) or _titled(toks, a.at, lex):
            return _name(s, toks, a.at), (a.code if a.party else None)
    return None, None


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
