"""How well extraction names who states a figure (`said_by`), over the facts it gets right.

said_by is outside the strict key, so the scorer never sees it; the report quotes it
("said by Russia's defence ministry"). Each distinct key the extractor shares with a gold
text (the scorer's matches; optional keys left out, as the scorer leaves them) is one unit:
the speakers gold gives its facts of that key against the speakers of the extracted ones.

- right: an extracted speaker names the same speaker as a gold one (`same_speaker`), or
  neither names any;
- wrong: both name speakers, none the same;
- missing: gold names one, the extractor none;
- extra: the extractor names one, gold none.

Gold leaves said_by empty both where no one is named and where the annotator did not
fill it in (own_news, fresh_news and fresh_news4 name no speaker at all; most texts of
dev and fresh_news2 none either, though their sentences say who speaks). So only a text
whose gold names a speaker somewhere counts; of the other texts' keys the table gives how
many the extractor gave a speaker.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from swaptally.extract import speakers
from swaptally.extract.lexicon import straight_apostrophes
from swaptally.gold import KEY, GoldSet, Labelled, labelled

__all__ = ["SaidUnit", "format_said", "said_units", "same_speaker", "speaker_words"]

RIGHT, WRONG, MISSING, EXTRA = "right", "wrong", "missing", "extra"
OUTCOMES = (RIGHT, WRONG, MISSING, EXTRA)

_WORD_RE = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_FUNCTION = frozenset({"the", "a", "an", "of", "for", "and"})


def speaker_words(said: str) -> list[str]:
    """A speaker's words for comparing: lower case, typographic apostrophes plain, a
    possessive 's dropped ("The Russia’s Ministry of Defence" → the, russia, ministry, of,
    defence)."""
    # a backtick typed for an apostrophe too, as this scorer always took it
    # (straight_apostrophes, the extractor's, leaves backticks alone)
    words = _WORD_RE.findall(straight_apostrophes(said).replace("`", "'").lower())
    return [w[:-2] if w.endswith("'s") else w for w in words]


@cache
def _prepositions() -> frozenset[str]:
    """The words that open a prepositional phrase (speakers.yaml `prepositions`), and
    'cited' ('a source cited by TASS'), after which a speaker's head is over too."""
    return speakers.prepositions() | {"cited"}


def _head(words: list[str]) -> str:
    """The head word: the last before a prepositional phrase ('Ministry of Defence',
    'officials in Kyiv', 'Coordination Headquarters for the Treatment …'), else the last."""
    for i, w in enumerate(words[1:], 1):
        if w in _prepositions():
            return words[i - 1]
    return words[-1]


def _same_word(a: str, b: str) -> bool:
    """One word in two spellings or cases: equal, or (four letters and more) sharing all but
    the last two letters of the shorter with at most three letters of the longer after
    ('Russia'/'Russian', 'defence'/'defense', 'Zelensky'/'Zelenskiy', 'Ермак'/'Ермака')."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) < 4:
        return False
    common = 0
    for x, y in zip(short, long_, strict=False):
        if x != y:
            break
        common += 1
    return common >= len(short) - 2 and len(long_) - common <= 3


def _acronym(short: str, long_: list[str]) -> bool:
    """'ICRC' = 'International Committee of the Red Cross', 'MEA' = 'Ministry of External
    Affairs': the letters of a one-word name are the initials of the other's content words."""
    initials = "".join(w[0] for w in long_ if w not in _FUNCTION)
    return len(short) >= 2 and short in (initials, initials[1:])  # 'the'/a country first


def same_speaker(a: str, b: str) -> bool:
    """Do two said_by values name the same speaker? Their heads (`_head`: the surname,
    'ministry', 'office') are the same word and every content word of the shorter is in
    the longer, or one is the other's acronym: 'Zelensky' = 'President Volodymyr Zelensky',
    'Russian Defence Ministry' = "Russia's Ministry of Defence", 'ICRC' = 'the International
    Committee of the Red Cross'; not 'Russia' = 'Russia has' (the head differs) nor
    'Russia' = "Russia's defence ministry" (a ministry is not its country)."""
    wa, wb = speaker_words(a), speaker_words(b)
    if not wa or not wb:
        return False
    short, long_ = sorted((wa, wb), key=len)
    if len(short) == 1 and len(long_) > 1 and _acronym(short[0], long_):
        return True
    if not _same_word(_head(wa), _head(wb)):
        return False
    return all(any(_same_word(w, v) for v in long_) for w in short if w not in _FUNCTION)


@dataclass(frozen=True)
class SaidUnit:
    """One matched key of one text: the speakers gold and extraction give it."""

    doc_id: str
    annotated: bool  # the text's gold names a speaker somewhere
    key: tuple
    gold: tuple[str, ...]
    found: tuple[str, ...]
    sentence: str

    @property
    def outcome(self) -> str:
        if not self.gold:
            return EXTRA if self.found else RIGHT
        if not self.found:
            return MISSING
        hit = any(same_speaker(f, g) for f in self.found for g in self.gold)
        return RIGHT if hit else WRONG


def _key(fact: object) -> tuple:
    if isinstance(fact, dict):
        return tuple(fact.get(k) for k in KEY)
    return tuple(getattr(fact, k) for k in KEY)


def _units(item: Labelled) -> Iterable[SaidUnit]:
    gold = item.doc["facts"]
    first: dict[tuple, dict] = {}
    for g in gold:
        first.setdefault(_key(g), g)
    seen: dict[tuple, list] = {}
    for f in item.facts:
        k = _key(f)
        if k in first and not first[k].get("optional"):
            seen.setdefault(k, []).append(f)
    annotated = any(g.get("said_by") for g in gold)
    for k, facts in seen.items():
        said = tuple(sorted({g["said_by"] for g in gold if _key(g) == k and g.get("said_by")}))
        found = tuple(sorted({f.said_by for f in facts if f.said_by}))
        yield SaidUnit(item.doc["id"], annotated, k, said, found, facts[0].sentence)


def said_units(gold: GoldSet, lex: object) -> list[SaidUnit]:
    """Every matched key of every text of the set."""
    return [u for item in labelled(gold, lex) for u in _units(item)]  # type: ignore[arg-type]


def format_said(sets: Sequence[tuple[GoldSet, list[SaidUnit]]], errors: bool = False) -> str:
    """A Markdown table, a row a set; with `errors`, every unit not right under it."""
    lines = [
        "| set | keys | right | wrong | missing | extra | accuracy | keys not annotated |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for gold, units in sets:
        counted = [u for u in units if u.annotated]
        n = Counter(u.outcome for u in counted)
        acc = f"{n[RIGHT] / len(counted):.3f}" if counted else "-"
        cells = " | ".join(str(n[o]) for o in OUTCOMES)
        rest = [u for u in units if not u.annotated]
        named = sum(1 for u in rest if u.found)
        lines.append(
            f"| {gold.name} | {len(counted)} | {cells} | {acc} | {len(rest)} ({named} named) |"
        )
    if errors:
        for gold, units in sets:
            for u in units:
                if u.annotated and u.outcome != RIGHT:
                    lines += [
                        "",
                        f"{gold.name} {u.doc_id} {u.outcome}: gold {list(u.gold)} "
                        f"found {list(u.found)} ({u.key[0]} {u.key[2]} {u.key[5]})",
                        f"    {u.sentence}",
                    ]
    return "\n".join(lines) + "\n"
