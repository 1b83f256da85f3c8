"""Gold excerpts and how the extractor's facts line up with them, as the shared scorer
(score.py beside the corpus) lines them up.

A gold set is a JSON Lines file in the corpus's shape: one excerpt a line (id, url,
published, lang, text) with its facts (FACTS.md's fields, `optional` on facts that are
neither required nor counted against). A predicted fact matches a gold one when its strict
key (kind, status, persons_of, held_by, category, low, high) is equal; each text is scored
on its distinct keys, and of gold facts with one key the first decides whether it is
optional. `PATH:tune` takes the corpus's tune half only (the scorer's split by a hash of
the excerpt's URL); the check half is for a score read once, never for study, so
`PATH:check` is refused.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from swaptally.errors import InputError
from swaptally.extract import Fact, Lexicon, extract_facts

__all__ = [
    "KEY", "GoldError", "GoldSet", "Labelled", "first_of_keys", "half_of", "key_of", "label_facts",
    "labelled", "load_gold", "score_counts", "set_name",
]  # fmt: skip

KEY = ("kind", "status", "persons_of", "held_by", "category", "low", "high")

RIGHT, OPTIONAL, WRONG, NOT_IN_GOLD = "right", "optional", "wrong", "not_in_gold"


@dataclass(frozen=True)
class GoldSet:
    name: str
    docs: list[dict]


@dataclass(frozen=True)
class Labelled:
    """One excerpt's facts as extracted, each with its label (`label_facts`)."""

    doc: dict
    facts: list[Fact]
    labels: list[str]
    missed: int  # required gold facts no fact matches
    published: dt.date | None  # the excerpt's publication day, as extracted
    lang: str


def half_of(doc: dict) -> str:
    """'tune' or 'check': the scorer's split, by a hash of the excerpt's URL (else its id)."""
    digest = hashlib.sha256(("half:" + (doc.get("url") or doc["id"])).encode("utf-8"))
    return "tune" if int(digest.hexdigest(), 16) % 100 < 60 else "check"


def set_name(spec: str) -> str:
    """A short name for a gold set: its file's stem, with the half ('dev:tune')."""
    path, _, half = spec.partition(":")
    return Path(path).stem + (f":{half}" if half else "")


class GoldError(InputError):
    """A gold set that cannot be read; the message names the file, the line and what."""


def load_gold(spec: str) -> GoldSet:
    """The excerpts of `PATH` or `PATH:tune`; `PATH:check` raises (never studied).

    GoldError (one line: the argument or file, the line, what is wrong) for a half that
    is not `tune`, a file that is not there, not JSON lines, an excerpt without its id,
    text or facts, or a fact without a field of the strict key (KEY)."""
    path, _, half = spec.partition(":")
    if half == "check":
        raise GoldError(
            f"{spec}: only the tune half may be studied (the check half is a score read "
            f"once, never studied); give {path} or {path}:tune"
        )
    if half not in ("", "tune"):
        raise GoldError(f"{spec}: {half!r} is not a half; give {path} or {path}:tune")
    file = Path(path)
    if file.is_dir():
        raise GoldError(f"{path}: a folder, not a gold set (a .jsonl file)")
    if not file.is_file():
        raise GoldError(f"{path}: no such gold set file")
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as err:
        raise GoldError(f"{path}: not UTF-8 text") from err
    docs = [_excerpt(path, no, line) for no, line in enumerate(lines, 1) if line.strip()]
    if not docs:
        raise GoldError(f"{path}: no excerpts (one JSON object a line)")
    return GoldSet(set_name(spec), [d for d in docs if not half or half_of(d) == half])


def _excerpt(path: str, no: int, line: str) -> dict:
    """One line of a gold set, checked for what the study commands read."""
    try:
        doc = json.loads(line)
    except json.JSONDecodeError as err:
        raise GoldError(f"{path}: line {no}: not JSON ({err.msg}, column {err.colno})") from err
    if not isinstance(doc, dict):
        raise GoldError(f"{path}: line {no}: not an excerpt (a JSON object with text and facts)")
    name = doc.get("id") or doc.get("url")
    where = f"{path}: line {no}" + (f" ({name})" if name else "")
    if not doc.get("id"):
        # every study command names its rows by the excerpt's id
        raise GoldError(f"{where}: the excerpt has no 'id'")
    if not isinstance(doc.get("text"), str):
        raise GoldError(f"{where}: no 'text'")
    facts = doc.get("facts")
    if not isinstance(facts, list) or not all(isinstance(f, dict) for f in facts):
        raise GoldError(f"{where}: 'facts' is not a list of facts")
    for n, fact in enumerate(facts, 1):
        _check_key(fact, f"{where}: fact {n}")
    if doc.get("published"):
        try:
            dt.date.fromisoformat(doc["published"])
        except (TypeError, ValueError) as err:
            raise GoldError(
                f"{where}: published {doc['published']!r} is not a day (YYYY-MM-DD)"
            ) from err
    return doc


def _check_key(fact: dict, where: str) -> None:
    """A gold fact has every field of the strict key, or it would be counted missed
    whatever is extracted: names five (held_by may be null: FACTS.md's holder nobody
    names, as the shared scorer reads it), a figure (low, high) of whole numbers or null."""
    lacking = [k for k in KEY if k not in fact]
    if lacking:
        raise GoldError(f"{where} lacks " + ", ".join(map(repr, lacking)))
    for k in KEY[:5]:
        if k == "held_by" and fact[k] is None:
            continue
        if not isinstance(fact[k], str) or not fact[k]:
            raise GoldError(f"{where}: {k} {fact[k]!r} is not a name")
    for k in ("low", "high"):
        if fact[k] is not None and (isinstance(fact[k], bool) or not isinstance(fact[k], int)):
            raise GoldError(f"{where}: {k} {fact[k]!r} is not a whole number or null")


def key_of(fact: dict | Fact) -> tuple:
    """A fact's strict key (KEY's fields), of a gold fact (a dict) or an extracted one."""
    if isinstance(fact, dict):
        return tuple(fact.get(k) for k in KEY)
    return tuple(getattr(fact, k) for k in KEY)


def first_of_keys(gold: Sequence[dict]) -> dict[tuple, dict]:
    """Each distinct key's first gold fact: it decides whether the key is optional."""
    first: dict[tuple, dict] = {}
    for g in gold:
        first.setdefault(key_of(g), g)
    return first


def _missed(first: dict[tuple, dict], found: set[tuple]) -> int:
    return sum(1 for k, g in first.items() if not g.get("optional") and k not in found)


def label_facts(gold: Sequence[dict], facts: Sequence[Fact]) -> tuple[list[str], int]:
    """Each fact's label, and how many required gold facts went unmatched.

    right: its key is a required gold fact's; optional: an optional one's (neither counted
    for nor against); wrong:<fields>: not in gold, but gold has its figure (low, high) and
    <fields> are where the nearest such gold fact differs; not_in_gold: gold has no fact
    with its figure (not captives, or a reading of a number nobody counts)."""
    first = first_of_keys(gold)
    found = {key_of(f) for f in facts}
    labels = []
    for f in facts:
        k = key_of(f)
        g = first.get(k)
        if g is not None:
            labels.append(OPTIONAL if g.get("optional") else RIGHT)
            continue
        same = [g for g in gold if (g.get("low"), g.get("high")) == (f.low, f.high)]
        if not same:
            labels.append(NOT_IN_GOLD)
            continue
        # the nearest gold fact of the figure: fewest fields apart (the first of equals)
        diffs = [[n for n, a, b in zip(KEY, key_of(g), k, strict=True) if a != b] for g in same]
        labels.append(f"{WRONG}:" + ",".join(min(diffs, key=len)))
    return labels, _missed(first, found)


def score_counts(gold: Sequence[dict], facts: Sequence[Fact]) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) over distinct keys, as scored."""
    first = first_of_keys(gold)
    found = {key_of(f) for f in facts}
    tp = sum(1 for k, g in first.items() if not g.get("optional") and k in found)
    return tp, len(found - first.keys()), _missed(first, found)


def labelled(gold: GoldSet, lex: Lexicon) -> Iterator[Labelled]:
    """Extract every excerpt of the set and label its facts."""
    for d in gold.docs:
        published = dt.date.fromisoformat(d["published"]) if d.get("published") else None
        lang = d.get("lang") or "en"
        facts = extract_facts(d["text"], published, lex, lang=lang)
        labels, missed = label_facts(d["facts"], facts)
        yield Labelled(d, facts, labels, missed, published, lang)
