"""Places inside a country: where captors the text names by no state act.

A kidnapping by bandits or gunmen is often told by its place alone ('in Zamfara State',
'pupils abducted in Kaduna state', 'freed in Surigao del Sur'): the country is never named.
The regions of every country (ISO 3166-2 subdivision names, pycountry's) and the lexicon's
`places` of each actor name it. A place is no actor and never a side: it only tells where
unnamed captors hold people (sides_holder.py).

A name is read as a place after 'in' or 'from', after a region noun and 'of' ('the
central state of Niger'), or before a region noun ('Kaduna state', 'the Amara region') or a
noun of unnamed captors or of people ('Katsina kidnappers', 'Ekiti farmers'); names several
countries share, names of actors and the lexicon's `not_places` (compass words: 'North',
'Delta') are left out, and short names ('Edo', 'Imo') are read only before a region noun
('Edo State'): alone they are too like other words. A name is a run of capitalised words
and the lexicon's `place_particles` between them ('Surigao del Sur'); a possessive ends it
('in Ekiti's Ise district': Ekiti).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from .lexicon import Lexicon, alternation, norm

__all__ = ["Places", "countries_of_places", "is_place"]

_MIN_LETTERS = 5  # 'Bam', 'Kara', 'Enga': too short to tell from other words


_BEFORE_RE = re.compile(r"\b(?:in|from)\s+$", re.IGNORECASE)
_POSSESSIVE = ("'s", "’s")


@dataclass(frozen=True)
class Places:
    """The place names of a lexicon, looked up once built."""

    country: dict[str, str]  # place name (norm) → its country's code
    short: dict[str, str]  # short names ('Edo'): read only before a region noun
    noun_re: re.Pattern[str]  # right after a name: a region noun
    captors_re: re.Pattern[str]  # right after a name: a noun of unnamed captors or people
    region_of_re: re.Pattern[str]  # right before a name: 'the northern state of'
    nouns: frozenset[str]  # the region nouns (norm): 'state', 'province'
    # a run of capitalised words, with the small words place names hold (place_particles:
    # 'Surigao del Sur')
    name_run_re: re.Pattern[str]

    @staticmethod
    def build(lex: Lexicon) -> Places:
        words = [str(w) for w in lex.data.get("region_nouns") or []]
        roles = lex.data.get("actor_roles") or {}
        captors = [str(w) for k in ("armed_holders", "unnamed_captors") for w in roles.get(k) or []]
        captors += list(lex.noun_category)  # the taken by where they were: 'Ekiti farmers'
        noun_re = re.compile(rf"\s+(?:{alternation(words) or '(?!x)x'})\b", re.IGNORECASE)
        captors_re = re.compile(rf"\s+(?:{alternation(captors) or '(?!x)x'})\b", re.IGNORECASE)
        particles = alternation(str(w) for w in lex.data.get("place_particles") or [])
        name_run_re = re.compile(
            r"(?<![\w'’-])[A-Z][\w'’.-]*"
            rf"(?:\s+(?:(?:{particles or '(?!x)x'})\s+)?[A-Z][\w'’.-]*)*"
        )
        nouns = frozenset(norm(w) for w in words)
        long, short = _place_names(lex)
        return Places(long, short, noun_re, captors_re, lex.region_of_re, nouns, name_run_re)

    def of(self, text: str, start: int, end: int) -> str | None:
        """The country of the place named by the run of words text[start:end]: its longest
        head after 'in'/'from' ('in Kaduna on Sunday') or a region noun and 'of' ('the
        central state of Niger': not its country's), else its longest tail before a
        region noun ('the Red Sea state', 'Jalingo, Taraba State': the noun in the run) or a
        noun of captors or people ('Katsina kidnappers', 'Ekiti farmers'); a possessive ends
        the name ('Ekiti's')."""
        words = text[start:end].split()
        possessive = False  # 'Ekiti's': the name ends there, no noun follows it
        for i, w in enumerate(words):
            if w.endswith(_POSSESSIVE):
                words, possessive = [*words[:i], w[:-2]], True
                break
        if _BEFORE_RE.search(text, max(0, start - 6), start) or self.region_of_re.search(
            text, max(0, start - 30), start
        ):
            for n in range(len(words), 0, -1):
                code = self.country.get(norm(" ".join(words[:n])))
                if code:
                    return code
        short = self.short
        if len(words) > 1 and norm(words[-1]) in self.nouns:
            words = words[:-1]
        elif possessive:
            return None
        elif not self.noun_re.match(text, end):
            if not self.captors_re.match(text, end):
                return None
            short = {}  # 'Imo gunmen': a short name needs a region noun
        for n in range(len(words)):
            key = norm(" ".join(words[n:]))
            code = self.country.get(key) or short.get(key)
            if code:
                return code
        return None


def _place_names(lex: Lexicon) -> tuple[dict[str, str], dict[str, str]]:
    """Place name (norm) → country: the lexicon's `places`, then the subdivisions of one
    country; and apart, the subdivisions' short names (read before a region noun only)."""
    out: dict[str, str] = {}
    short: dict[str, str] = {}
    for code, entry in (lex.data.get("actors") or {}).items():
        for name in (entry or {}).get("places") or []:
            out[norm(str(name))] = str(code)
    skip = {norm(str(w)) for w in lex.data.get("not_places") or []}
    subdivisions = _subdivisions()
    # every exact name first, then a name's plain spelling ('León' as 'Leon') where no exact
    # name has it and the plain spelling is of one country only: 'Huila' is Colombia's,
    # though Angola's 'Huíla' strips to it
    plain: dict[str, set[str]] = defaultdict(set)
    for name, code in subdivisions.items():
        plain[norm(_plain(name))].add(code)
    exact = [(norm(name), name, code) for name, code in subdivisions.items()]
    spelled = [(norm(_plain(name)), name, code) for name, code in subdivisions.items()]
    for i, (key, name, code) in enumerate([*exact, *spelled]):
        if key in skip or key in lex.actor_code or key in out or key in short:
            continue
        if i >= len(exact) and len(plain[key]) > 1:
            continue  # the plain spelling of two countries' names: neither's
        letters = sum(map(str.isalpha, name))
        (out if letters >= _MIN_LETTERS else short)[key] = code
    return out, short


def _plain(name: str) -> str:
    """`name` without its diacritics ('Nuevo León' → 'Nuevo Leon'), as news writes it."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


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


def is_place(lex: Lexicon, name: str) -> bool:
    """`name` is a known region's or town's ('Ekiti', 'Edo'): no people's adjective."""
    places = lex.stage_patterns("places", Places.build)
    key = norm(name)
    return key in places.country or key in places.short
