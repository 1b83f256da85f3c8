"""Studying extraction against gold sets: labels as the shared scorer matches, structural
features, and the leave-one-set-out measure of a learned keep/drop of facts."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from swaptally.cli import main
from swaptally.extract import extract_facts, load_lexicon
from swaptally.fact_features import fact_features, text_view
from swaptally.gold import GoldSet, half_of, label_facts, load_gold, score_counts
from swaptally.rescorer import Model, Text, cross_validate, evaluate, format_table, texts_of, train

DAY = dt.date(2025, 3, 6)
SWAP = "Armenia and Azerbaijan exchanged 12 soldiers each on Tuesday, officials in Yerevan said."
REBELS = "Colombian rebels released 9 police officers on Friday after a week of talks."


def _fact(kind="exchange", persons="AM", holder="AZ", cat="military", n=12, optional=False):
    return {
        "kind": kind, "status": "reported", "persons_of": persons, "held_by": holder,
        "category": cat, "low": n, "high": n, "optional": optional,
    }  # fmt: skip


def _doc(id_: str, text: str, facts: list[dict]) -> dict:
    return {"id": id_, "published": DAY.isoformat(), "lang": "en", "text": text, "facts": facts}


def _scorer():
    """The shared scorer, when the shared folder stands beside the repository."""
    for parent in Path(__file__).resolve().parents:
        path = parent / "shared" / "eval" / "score.py"
        if path.is_file():
            spec = importlib.util.spec_from_file_location("shared_score", path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            return module
    pytest.skip("the shared scorer is not beside the repository")


def test_half_is_the_shared_scorers():
    score = _scorer()
    docs = [
        {"id": f"x{i}", "url": f"https://example.org/{i}" if i % 2 else None} for i in range(40)
    ]
    assert [half_of(d) for d in docs] == [score.half_of(d) for d in docs]
    assert {half_of(d) for d in docs} == {"tune", "check"}


def test_check_half_is_refused_and_tune_half_kept(tmp_path):
    path = tmp_path / "gold.jsonl"
    docs = [_doc(f"d{i}", SWAP, []) for i in range(30)]
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    with pytest.raises(ValueError, match="tune half"):
        load_gold(f"{path}:check")
    tune = load_gold(f"{path}:tune")
    assert tune.name == "gold:tune"
    assert 0 < len(tune.docs) < 30 and all(half_of(d) == "tune" for d in tune.docs)
    assert len(load_gold(str(path)).docs) == 30


def test_a_holder_nobody_names_is_read_and_a_nameless_side_refused(tmp_path):
    path = tmp_path / "gold.jsonl"
    unheld = _fact(kind="release", persons="ML", holder=None, n=9)
    path.write_text(json.dumps(_doc("a", REBELS, [unheld])) + "\n", encoding="utf-8")
    assert load_gold(str(path)).docs[0]["facts"][0]["held_by"] is None
    path.write_text(json.dumps(_doc("a", REBELS, [_fact(persons=None)])) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="persons_of None is not a name"):
        load_gold(str(path))


def test_labels_follow_the_strict_key_and_the_first_gold_of_a_key():
    facts = extract_facts(SWAP, DAY, load_lexicon())
    assert {(f.persons_of, f.held_by) for f in facts} == {("AM", "AZ"), ("AZ", "AM")}
    by_side = {f.persons_of: f for f in facts}
    gold = [_fact(), _fact(persons="AZ", holder="AM", optional=True), _fact(n=5)]
    labels, missed = label_facts(gold, [by_side["AM"], by_side["AZ"]])
    assert labels == ["right", "optional"] and missed == 1  # the 5 is missed
    # the first gold fact of a key decides: optional, then required, is optional
    labels, _ = label_facts([_fact(optional=True), _fact()], [by_side["AM"]])
    assert labels == ["optional"]
    # wrong sides: the figure is in gold, its fields differ; no such figure: not in gold
    labels, missed = label_facts([_fact(persons="AZ", holder="RU")], [by_side["AM"]])
    assert labels == ["wrong:persons_of,held_by"] and missed == 1
    labels, _ = label_facts([_fact(n=40)], [by_side["AM"]])
    assert labels == ["not_in_gold"]
    assert score_counts(gold, facts) == (1, 0, 1)


def test_features_are_structural_not_words():
    lex = load_lexicon()
    facts = extract_facts(REBELS, DAY, lex)
    assert len(facts) == 1
    x = fact_features(facts[0], facts, text_view(REBELS, DAY, lex, "en"), lex, "en")
    assert x["side=context"] == x["kind=release"] == x["cue=release"] == 1
    assert x["size=0"] == x["sentence=0"] == x["readings=1"] == 1
    words = {w.lower().strip(".,") for w in REBELS.split()} - {"release", "released"}
    names = {k.partition("=")[2] for k in x} | set(x)
    assert not names & words  # no feature is a word of the text
    assert fact_features(facts[0], facts, None, lex, "ru")["lang=ru"] == 1


def _texts(wrong_rebels: bool) -> list[Text]:
    """Two texts of my own: a swap whose facts are right, a release by rebels sided by
    context alone, right or wrong as asked."""
    rebels = _fact("release", "CO", "XX", "unspecified", 9) if wrong_rebels else None
    rebels = rebels or _fact("release", "CO", "CO", "unspecified", 9)
    swap = [_fact(), _fact(persons="AZ", holder="AM")]
    gold = GoldSet("mine", [_doc("swap", SWAP, swap), _doc("rebels", REBELS, [rebels])])
    return texts_of(gold, load_lexicon())


def test_training_is_deterministic_and_a_low_scored_fact_is_dropped():
    texts = _texts(wrong_rebels=True) * 3
    a, b = train(texts, l2=1.0, min_count=1), train(texts, l2=1.0, min_count=1)
    assert a == b
    rebels = texts[1]
    assert a.p_wrong(rebels.features[0]) > 0.5 > a.p_wrong(texts[0].features[0])
    before, after = evaluate(texts, None), evaluate(texts, a, 0.5)
    assert (before.tp, before.fp) == (6, 3)
    assert (after.tp, after.fp) == (6, 0) and after.dropped == {
        "right": 0,
        "wrong": 3,
        "optional": 0,
    }
    assert evaluate(texts, Model(), 0.5).dropped["wrong"] == 0  # chance 0.5: kept


def test_cross_validation_leaves_each_set_out():
    sets = {"one": _texts(True) * 2, "two": _texts(True) * 2, "three": _texts(False)}
    rows = cross_validate(sets, [(1.0, 0.5)])
    assert [r.held_out for r in rows] == ["one", "two", "three"]
    three = rows[2]  # trained on sets where the rebels' fact was wrong: dropped, wrongly
    assert three.before.tp == 3 and three.after.tp == 2 and three.after.dropped["right"] == 1
    table = format_table(rows)
    assert "| three | 1, 0.5 |" in table and "held-out sets up 2, down 1" in table


def test_commands_read_gold_files(tmp_path, capsys):
    path = tmp_path / "mine.jsonl"
    docs = [_doc("swap", SWAP, [_fact()]), _doc("rebels", REBELS, [])]
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    assert main(["-q", "error-profile", str(path), "--min-wrong", "1"]) == 0
    out = capsys.readouterr().out
    assert "mine: 2 texts, facts right 1, wrong 2 (not in gold 1, sides 1)" in out
    assert "| side=context | 1/1 | 1.00 | 1 | 1/1 |" in out


def test_the_table_ends_with_the_pooled_counts():
    sets = {"one": _texts(True) * 2, "two": _texts(True) * 2, "three": _texts(False)}
    rows = cross_validate(sets, [(1.0, 0.5)])
    b = [sum(getattr(r.before, k) for r in rows) for k in ("tp", "fp", "fn")]
    a = [sum(getattr(r.after, k) for r in rows) for k in ("tp", "fp", "fn")]
    f1 = [2 * x[0] / (2 * x[0] + x[1] + x[2]) for x in (b, a)]
    line = format_table(rows).splitlines()[-1]
    assert line == (
        f"pooled over the held-out sets: {f1[0]:.3f} ({b[0]}/{b[1]}/{b[2]}) → "
        f"{f1[1]:.3f} ({a[0]}/{a[1]}/{a[2]})"
    )


def test_settings_chosen_on_groups_of_sets():
    from swaptally.set_cv import _folds, choose_settings

    sets = {n: [n] for n in "abcde"}
    assert _folds(sets, 2) == {"fold0": ["a", "c", "e"], "fold1": ["b", "d"]}
    assert _folds(sets, 9) == {n: [n] for n in "abcde"}  # as many groups as sets: each alone
    seen = []

    def fit(texts, l2):
        seen.append(sorted(texts))
        return l2

    def measure(texts, model, second):  # the rules' F1 is 0, a model's its L2 × the second
        return SimpleNamespace(f1=0.0 if model is None else model * second)

    best = choose_settings(sets, [(1.0, 1.0), (2.0, 3.0)], fit, measure, 2)
    assert best == (2.0, 3.0) and len(seen) == 4  # two groups × two penalties
    assert ["b", "d"] in seen and ["a", "c", "e"] in seen


def test_cached_sets_are_built_once_and_rebuilt_when_the_gold_changes(tmp_path):
    from swaptally.study_cache import cached

    gold = tmp_path / "g.jsonl"
    gold.write_text("one\n", encoding="utf-8")
    calls = []

    def build():
        calls.append(1)
        return {"n": len(calls)}

    folder = str(tmp_path / "cache")
    assert cached(folder, "facts", str(gold), [], build) == {"n": 1}
    assert cached(folder, "facts", str(gold), [], build) == {"n": 1} and len(calls) == 1
    assert cached(folder, "sides", str(gold), [], build) == {"n": 2}  # another reading
    gold.write_text("two\n", encoding="utf-8")
    assert cached(folder, "facts", str(gold), [], build) == {"n": 3}
    assert cached(None, "facts", str(gold), [], build) == {"n": 4}  # no folder: no cache


def test_rescorer_scores_a_set_it_never_trained_on(tmp_path, capsys):
    docs = [_doc("swap", SWAP, [_fact(), _fact(persons="AZ", holder="AM")])]
    docs.append(_doc("rebels", REBELS, [_fact("release", "CO", "XX", "unspecified", 9)]))
    paths = []
    for name in ("a", "b", "held"):
        path = tmp_path / f"{name}.jsonl"
        path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
        paths.append(str(path))
    args = ["-q", "rescorer-cv", *paths[:2], "--l2", "1", "--threshold", "0.5"]
    cache = str(tmp_path / "cache")
    assert main([*args, "--score-only", paths[2], "--cache", cache]) == 0
    out = capsys.readouterr().out
    assert "scored only, held (model of every set, L2 1, threshold 0.5): 0.667 (2/1/1) → " in out
    assert "| held |" not in out  # never a fold
