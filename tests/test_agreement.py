"""Two annotations of the same excerpts, scored against each other as the shared scorer
scores an extractor (swaptally.agreement, `swaptally agreement`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from swaptally.agreement import agree
from swaptally.cli import main
from swaptally.gold import GoldError, GoldSet, load_gold

DATA = Path(__file__).parent / "data"
PAIRS = [  # a committed second annotation, and the set it annotates again
    (DATA / "real_news11.jsonl", DATA / "agreement" / "real_news11_b.jsonl"),
    (DATA / "real_news12.jsonl", DATA / "agreement" / "real_news12_b.jsonl"),
]


def _fact(n, persons="AM", holder="AZ", kind="exchange", cat="military", **extra):
    fact = {
        "kind": kind, "status": "reported", "persons_of": persons, "held_by": holder,
        "category": cat, "low": n, "high": n, "qualifier": "exact",
    }  # fmt: skip
    return fact | extra


def _set(name, facts_by_id, lang="en"):
    docs = [
        {"id": i, "lang": lang, "published": "2024-05-02", "text": "…", "facts": f}
        for i, f in facts_by_id.items()
    ]
    return GoldSet(name, docs)


def test_the_same_annotation_agrees_fully():
    a = _set("a", {"one": [_fact(12), _fact(40, optional=True)], "two": [_fact(5, "AZ", "AM")]})
    b_on_a, a_on_b = agree(a, a)["all"]
    assert (b_on_a.tp, b_on_a.fp, b_on_a.fn, b_on_a.f1) == (2, 0, 0, 1.0)
    assert a_on_b.f1 == 1.0 and not b_on_a.kinds


def test_disagreements_are_sorted_as_extraction_errors():
    a = _set("a", {"x": [_fact(12), _fact(7, cat="civilian"), _fact(30), _fact(9, optional=True)]})
    b = _set("b", {"x": [_fact(12, "AZ", "AM"), _fact(7), _fact(9, "AZ", "AM"), _fact(2)]})
    b_on_a, a_on_b = agree(a, b)["en"]
    assert (b_on_a.tp, b_on_a.fp, b_on_a.fn) == (0, 4, 3)
    assert b_on_a.kinds == {
        "sides": 1, "category": 1, "missed": 1, "optional read otherwise": 1, "not in gold": 1,
    }  # fmt: skip
    assert a_on_b.kinds["missed"] == 1  # B's 2 (A has no fact of that figure)


def test_a_fact_one_marks_optional_is_no_plain_miss():
    a = _set("a", {"x": [_fact(12), _fact(3, optional=True)]})
    b = _set("b", {"x": [_fact(12), _fact(3)]})
    b_on_a, a_on_b = agree(a, b)["all"]
    assert b_on_a.f1 == 1.0  # A's optional 3 absorbs B's
    assert (a_on_b.tp, a_on_b.fn) == (1, 1)
    assert a_on_b.kinds == {"required, the other's optional": 1}


def test_dates_count_on_matched_required_facts():
    a = _set("a", {"x": [_fact(12, date="2024-05-01"), _fact(8, date="2024-05-01")]})
    b = _set("b", {"x": [_fact(12, date="2024-05-01"), _fact(8)]})
    b_on_a, _ = agree(a, b)["all"]
    assert (b_on_a.dated, b_on_a.dates_right) == (2, 1)


def test_languages_are_kept_apart_and_pooled():
    a = _set("a", {"x": [_fact(12)]}, lang="ru")
    result = agree(a, a)
    assert result["ru"][0].tp == result["all"][0].tp == 1
    assert result["en"][0].tp == 0


def test_annotations_of_different_excerpts_are_refused():
    a = _set("a", {"x": [], "y": []})
    b = _set("b", {"x": [], "z": []})
    with pytest.raises(GoldError, match=r"1 only in a \(first y\); 1 only in b \(first z\)"):
        agree(a, b)


def _shared_scorer():
    for parent in Path(__file__).resolve().parents:
        path = parent / "shared" / "eval" / "score.py"
        if path.is_file():
            return path
    pytest.skip("the shared scorer is not beside the repository")


@pytest.mark.parametrize(("reference", "other"), PAIRS, ids=lambda p: p.stem)
def test_committed_second_annotations_score_as_the_shared_scorer_scores(reference, other, tmp_path):
    """B's required facts, fed to the shared scorer as an extractor's output, give the same
    counts as `agree`: the ceiling is measured the way extraction is."""
    facts = tmp_path / "facts.jsonl"
    with facts.open("w", encoding="utf-8") as out:
        for line in other.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            for f in doc["facts"]:
                if not f.get("optional"):
                    out.write(json.dumps(f | {"path": doc["id"] + ".md"}) + "\n")
    cat = f'{sys.executable} -c "import sys; print(open(sys.argv[1]).read())" {facts}'
    shown = subprocess.run(
        [sys.executable, str(_shared_scorer()), str(reference), "--lang", "all", "--json",
         "--cmd", cat],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    scored = json.loads(shown)["strict"]
    mine = agree(load_gold(str(reference)), load_gold(str(other)))["all"][0]
    assert (mine.tp, mine.fp, mine.fn) == (scored["tp"], scored["fp"], scored["fn"])


def test_command_prints_each_direction(capsys):
    reference, other = PAIRS[0]
    assert main(["-q", "agreement", str(reference), str(other)]) == 0
    out = capsys.readouterr().out
    assert "| all: real_news11_b against real_news11 |" in out
    assert "| all: real_news11 against real_news11_b |" in out
