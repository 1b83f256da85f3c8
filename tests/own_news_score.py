"""Score the extractor on tests/data/own_news.jsonl, the team's own held-out English news.

The excerpts were written by the swaptally team (no publisher's text) and annotated by hand
with FACTS.md's fields, one JSON object a line in the dev corpus's shape. Scored as the
shared scorer (score.py) scores: per excerpt, the distinct facts keyed by kind, status,
persons_of, held_by, category, low and high; gold facts marked `optional` are neither
required nor counted against; dates over the matched facts whose gold date is set.

    python tests/own_news_score.py [--errors]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from swaptally.extract import Fact, extract_facts, load_lexicon

OWN_NEWS = Path(__file__).resolve().parent / "data" / "own_news.jsonl"
KEY = ("kind", "status", "persons_of", "held_by", "category", "low", "high")


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int
    dates_ok: int
    dates_all: int
    errors: tuple[str, ...]

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0


def load(path: Path = OWN_NEWS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _fact_row(f: Fact) -> dict:
    row = {k: getattr(f, k) for k in KEY}
    row["date"] = f.date.isoformat() if f.date else None
    row["sentence"] = f.sentence
    return row


def _key(fact: dict) -> tuple:
    return tuple(fact.get(k) for k in KEY)


def score(docs: list[dict]) -> Score:
    """Strict score of the extractor over `docs` (gold excerpts)."""
    lexicon = load_lexicon()
    tp = fp = fn = dates_ok = dates_all = 0
    errors: list[str] = []
    for doc in docs:
        published = dt.date.fromisoformat(doc["published"])
        found: dict[tuple, list[dict]] = {}
        for f in extract_facts(doc["text"], published, lexicon, lang=doc.get("lang", "en")):
            row = _fact_row(f)
            found.setdefault(_key(row), []).append(row)
        gold: dict[tuple, dict] = {}
        for g in doc["facts"]:
            gold.setdefault(_key(g), g)
        for k, g in gold.items():
            if g.get("optional"):
                continue
            if k in found:
                tp += 1
                if g.get("date"):
                    dates_all += 1
                    dates_ok += any(p["date"] == g["date"] for p in found[k])
            else:
                fn += 1
                errors.append(f"{doc['id']} MISSED {k} date={g.get('date')}")
        for k, rows in found.items():
            if k not in gold:
                fp += 1
                errors.append(f"{doc['id']} EXTRA  {k} <- {rows[0]['sentence'][:120]}")
    return Score(tp, fp, fn, dates_ok, dates_all, tuple(errors))


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("gold", nargs="?", type=Path, default=OWN_NEWS)
    ap.add_argument("--errors", action="store_true", help="list misses and false positives")
    args = ap.parse_args()
    docs = load(args.gold)
    s = score(docs)
    if args.errors:
        print("\n".join(s.errors))
    p = s.tp / (s.tp + s.fp) if s.tp + s.fp else 1.0
    r = s.tp / (s.tp + s.fn) if s.tp + s.fn else 1.0
    print(f"excerpts {len(docs)}  matched {s.tp}  missed {s.fn}  extra {s.fp}")
    print(f"strict  precision {p:.3f}  recall {r:.3f}  F1 {s.f1:.3f}")
    print(f"dates right on matched facts: {s.dates_ok}/{s.dates_all}")


if __name__ == "__main__":
    main()
