"""Places inside a country: where captors the text names by no state act.

A kidnapping by bandits or gunmen is often told by its place alone ('in Zamfara State',
'pupils abducted in Kaduna state', 'freed in Surigao del Sur'): the country is never named.
The regions of every country (ISO 3166-2 subdivision names, pycountry's) and the lexicon's
`places` of each actor name it. A place is no actor and never a side: it only tells where
unnamed captors hold people (sides_holder.py).

A name is read as a place after 'in' or 'from', or before a region noun ('Kaduna state',
'the Amara region'); names several countries share, names of actors, short names and the
lexicon's `not_places` (compass words: 'North', 'Delta') are left out. A name is a run of
capitalised words and the lexicon's `place_particles` between them ('Surigao del Sur').
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from .lexicon import Lexicon, alternation, norm

__all__ = ["Places", "countries_of_places"]

_MIN_LETTERS = 5  # 'Bam', 'Kara', 'Enga': too short to tell from other words


_BEFORE_RE = re.compile(r"\b(?:in|from)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class Places:
    """The place names of a lexicon, looked up once built."""

    country: dict[str, str]  # place name (norm) → its country's code
    noun_re: re.Pattern[str]  # right after a name: a region noun
    nouns: frozenset[str]  # the region nouns (norm): 'state', 'province'
    # a run of capitalised words, with the small words place names hold (place_particles:
    # 'Surigao del Sur')
    name_run_re: re.Pattern[str]

    @staticmethod
    def build(lex: Lexicon) -> Places:
        words = [str(w) for w in lex.data.get("region_nouns") or []]
        noun_re = re.compile(rf"\s+(?:{alternation(words) or '(?!x)x'})\b", re.IGNORECASE)
        particles = alternation(str(w) for w in lex.data.get("place_particles") or [])
        name_run_re = re.compile(
            r"(?<![\w'’-])[A-Z][\w'’.-]*"
            rf"(?:\s+(?:(?:{particles or '(?!x)x'})\s+)?[A-Z][\w'’.-]*)*"
        )
        nouns = frozenset(norm(w) for w in words)
        return Places(_place_names(lex), noun_re, nouns, name_run_re)

    def of(self, text: str, start: int, end: int) -> str | None:
        """The country of the place named by the run of words text[start:end]: its longest
        head after 'in'/'from' ('in Kaduna on Sunday'), else its longest tail before a
        region noun ('the Red Sea state', 'Kuriga, Kaduna State': the noun in the run)."""
        words = text[start:end].split()
        if _BEFORE_RE.search(text, max(0, start - 6), start):
            for n in range(len(words), 0, -1):
                code = self.country.get(norm(" ".join(words[:n])))
                if code:
                    return code
        if len(words) > 1 and norm(words[-1]) in self.nouns:
            words = words[:-1]
        elif not self.noun_re.match(text, end):
            return None
        for n in range(len(words)):
            code = self.country.get(norm(" ".join(words[n:])))
            if code:
                return code
        return None


def _place_names(lex: Lexicon) -> dict[str, str]:
    """Place name (norm) → country: the lexicon's `places`, then the subdivisions of one
    country."""
    out: dict[str, str] = {}
    for code, entry in (lex.data.get("actors") or {}).items():
        for name in (entry or {}).get("places") or []:
            out[norm(str(name))] = str(code)
    skip = {norm(str(w)) for w in lex.data.get("not_places") or []}
    for name, code in _subdivisions().items():
        key = norm(name)
        letters = sum(map(str.isalpha, name))
        if letters < _MIN_LETTERS or key in skip or key in lex.actor_code or key in out:
            continue
        out[key] = code
    return out


def _subdivisions() -> dict[str, str]:
    """ISO 3166-2 subdivision name → country code, for names of one country only."""
    import pycountry  # loaded on first use: only texts with unnamed captors need it

    codes: dict[str, set[str]] = defaultdict(set)
    for sub in pycountry.subdivisions:
        codes[sub.name].add(sub.country_code)
    return {name: next(iter(cs)) for name, cs in codes.items() if len(cs) == 1}


def countries_of_places(lex: Lexicon, text: str) -> set[str]:
    """The countries of the places `text` names."""
    places = lex.stage_patterns("places", Places.build)
    found = (places.of(text, m.start(), m.end()) for m in places.name_run_re.finditer(text))
    return {code for code in found if code}
