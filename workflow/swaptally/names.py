"""Countries by name in prose and captions: 'Russia' and 'Russians', never 'RU'.

Names come from pycountry (its short common name where it has one); the
actors lexicon, which already spells each country as the news does, gives the
short name where pycountry only has a formal one ("Russia" for "Russian
Federation") and the plural demonym ("Ukrainians").
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from swaptally.yaml_words import load_words

LEXICON = Path(__file__).with_name("lexicon") / "actors.yaml"
SEVERAL = "XX"


@cache
def _actors() -> dict:
    try:
        return load_words(LEXICON.read_text(encoding="utf-8")).get("actors", {})
    except OSError:
        return {}


def country(code: str | None) -> str:
    """The short English name of an ISO 3166-1 alpha-2 code ('XX': several countries).

    >>> country("RU"), country("KR"), country("PS")
    ('Russia', 'South Korea', 'Palestine')
    """
    if not code:
        return "unknown"
    if code == SEVERAL:
        return "several countries"
    import pycountry

    entry = pycountry.countries.get(alpha_2=code)
    if entry is None:
        return code
    common = getattr(entry, "common_name", None)
    if common:
        return common
    first = (_actors().get(code, {}).get("names") or [""])[0]
    if first and entry.name.startswith(first):  # "Russia" for "Russian Federation"
        return first
    return entry.name.split(",")[0]  # "Palestine, State of" → "Palestine"


def people(code: str | None) -> str:
    """Who a count of people is: 'Ukrainians', 'people of several countries'.

    >>> people("UA"), people("XX")
    ('Ukrainians', 'people of several countries')
    """
    if code and code != SEVERAL:
        for word in _actors().get(code, {}).get("demonyms", []):
            if word[:1].isupper() and word.endswith("s") and " " not in word:
                return word
    return f"people of {country(code)}"


def countries(codes: list[str] | tuple[str, ...]) -> str:
    """'Ukraine and Russia', 'Ukraine, Russia and Belarus'."""
    return and_list([country(c) for c in codes])


def and_list(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c' (nothing for none)."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
