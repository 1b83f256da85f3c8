"""Russian and Ukrainian extraction: the same counted facts as the English extractor.

`extract_slavic(text, published, lang)` returns swaptally.extract.Fact objects; the
vocabulary is data in lexicon/slavic/<lang>.yaml, words matched by their lemmas
(pymorphy3), so one entry covers every inflected form.
"""

from __future__ import annotations

import re

from swaptally.slavic.extract import extract_slavic
from swaptally.slavic.lexicon import LANGS, SlavicLexicon, load_lexicon, user_lexicon

__all__ = [
    "LANGS", "SlavicLexicon", "extract_slavic", "load_lexicon", "slavic_lang", "user_lexicon",
]  # fmt: skip

_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_UKRAINIAN = "іїєґІЇЄҐ"  # letters only Ukrainian has
_RUSSIAN = "ыэъёЫЭЪЁ"  # letters only Russian has
# the first byte of a character U+0400-U+04FF in UTF-8 (no other character starts so)
_CYRILLIC_LEADS = (b"\xd0", b"\xd1", b"\xd2", b"\xd3")
_SAMPLE = 2000  # characters looked at: enough to tell
_GLANCE = 400  # a text stated as another language with no Cyrillic this early is not ru/uk


def slavic_lang(text: str, lang: str | None) -> str | None:
    """The language, "ru" or "uk", when `text` is to be read as Russian or Ukrainian, else None.

    The stated language decides unless the letters say otherwise: a text stated (or
    defaulted) as English whose opening is mostly Cyrillic is Russian or Ukrainian, one
    stated Russian or Ukrainian with no Cyrillic is not, and letters only one of the two
    has ("ї", "є" against "ы", "э") tell them apart when the statement is missing or
    plainly wrong.
    """
    if lang not in LANGS and not _CYRILLIC_RE.search(text, 0, _GLANCE):
        return None  # the common case, English, decided in about a microsecond
    sample = text[:_SAMPLE]
    if not _CYRILLIC_RE.search(sample):
        return None
    if lang not in LANGS and _mostly_not_cyrillic(sample):
        return None
    uk = sum(map(sample.count, _UKRAINIAN))
    ru = sum(map(sample.count, _RUSSIAN))
    by_letters = "uk" if uk > ru else "ru"
    if lang in LANGS and (min(uk, ru) * 3 >= max(uk, ru) or max(uk, ru) < 3):
        return lang  # the letters do not clearly contradict it
    return by_letters


def _mostly_not_cyrillic(sample: str) -> bool:
    """`sample` has fewer than half as many Cyrillic characters as letters. Counted on its
    UTF-8 bytes (a list of every Cyrillic character found costs more than the whole test)."""
    data = sample.encode("utf-8", "surrogatepass")
    cyrillic = sum(map(data.count, _CYRILLIC_LEADS))
    # half of all characters or more: no need to count the letters
    return cyrillic * 2 < len(sample) and cyrillic * 2 < sum(map(str.isalpha, sample))
