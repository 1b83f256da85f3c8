"""The learned choice of a fact's sides: its candidates, training, the leave-one-set-out
measure and the model as data (swaptally.side_model, side_model_train)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from swaptally.cli import main
from swaptally.extract import extract_facts, load_lexicon
from swaptally.gold import GoldSet
from swaptally.side_model import Model, choose, load_model, rerank
from swaptally.side_model_train import (
    cross_validate,
    evaluate,
    format_table,
    rule_feature,
    texts_of,
    train,
)  # fmt: skip

pytest.importorskip("scipy")

DAY = dt.date(2025, 3, 6)
SWAP = "Armenia and Azerbaijan exchanged 12 soldiers each on Tuesday, officials in Yerevan said."
# nothing says whose aid workers they are: gold has them of many nations (XX), held by the
# Houthis (YE); the rules side them by the text's context (Yemeni, held by Yemen)
SAILORS = "Officials in Oman said 25 aid workers seized by the Houthis had been freed on Sunday."


def _rule():
    """The rules' one fact of SAILORS, and the sides gold gives it: XX held by YE, or, should
    the rules come to say that themselves, other sides (the tests need the rule wrong)."""
    (f,) = extract_facts(SAILORS, DAY, load_lexicon())
    target = ("XX", "YE") if (f.persons_of, f.held_by) != ("XX", "YE") else ("OM", "YE")
    return f, target


def _fact(kind="exchange", persons="AM", holder="AZ", cat="military", n=12):
    return {
        "kind": kind, "status": "reported", "persons_of": persons, "held_by": holder,
        "category": cat, "low": n, "high": n,
    }  # fmt: skip


def _doc(id_: str, text: str, facts: list[dict]) -> dict:
    return {"id": id_, "published": DAY.isoformat(), "lang": "en", "text": text, "facts": facts}


def _gold(name: str = "mine") -> GoldSet:
    swap = [_fact(), _fact(persons="AZ", holder="AM")]
    f, (persons, holder) = _rule()
    sailors = [_fact(f.kind, persons, holder, f.category, 25)]
    return GoldSet(name, [_doc("swap", SWAP, swap), _doc("sailors", SAILORS, sailors)])


def test_candidates_start_with_the_rules_and_hold_the_alternatives():
    swap, sailors = texts_of(_gold(), load_lexicon())
    c = sailors.cands[0]
    f, target = _rule()
    assert c.values[0] == (f.persons_of, f.held_by) and "pair:rule" in c.features[0]
    assert {("XX", "YE"), ("XX", "XX"), ("YE", None), ("OM", "YE")} <= set(c.values)
    assert sailors.right[0][0] is False and sailors.right[0][c.values.index(target)]
    am = next(c for f, c in zip(swap.facts, swap.cands, strict=True) if f.persons_of == "AM")
    swapped = am.features[am.values.index(("AZ", "AM"))]
    assert am.values[0] == ("AM", "AZ") and "pair:swapped" in swapped
    # the actor's place: Armenia named before the figure, the first actor, as its subject
    assert {"p:before", "p:first_actor", "p:in_sentence"} <= set(am.features[0])


def test_training_is_deterministic_and_learns_to_leave_a_weak_rule():
    texts = texts_of(_gold(), load_lexicon()) * 3
    a, b = train(texts, l2=0.1), train(texts, l2=0.1)
    assert a == b and a.weights
    sailors = texts[1]
    assert sailors.cands[0].values[choose(a, sailors.cands[0])] == _rule()[1]
    before, after = evaluate(texts, None), evaluate(texts, a)
    assert (before.tp, before.fp, before.fn) == (6, 3, 3)
    assert (after.tp, after.fp, after.fn) == (9, 0, 0) and after.to_right == 3
    assert (before.chosen_right, after.chosen_right, after.can_be_right) == (6, 9, 9)
    # a margin the choice does not beat keeps the rule's sides
    assert choose(Model(a.weights, margin=1e6), sailors.cands[0]) == 0
    # learning from the text alone: no feature tells the rule's choice
    text_only = train(texts, l2=0.1, with_rule=False)
    assert text_only.weights and not any(rule_feature(k) for k in text_only.weights)


def test_the_model_is_data_that_reproduces_its_choices(tmp_path):
    texts = texts_of(_gold(), load_lexicon())
    model = train(texts * 2, l2=0.1, margin=0.25)
    path = tmp_path / "sides.json"
    path.write_text(model.to_json(), encoding="utf-8")
    again = load_model(path)
    assert again == model and again.to_json() == model.to_json()
    for t in texts:
        assert rerank(again, t.facts, t.cands) == rerank(model, t.facts, t.cands)
    assert rerank(again, texts[1].facts, texts[1].cands)[0].persons_of == _rule()[1][0]


def test_cross_validation_leaves_each_set_out():
    lex = load_lexicon()
    sets = {n: texts_of(_gold(n), lex) * 2 for n in ("one", "two")}
    swap_only = GoldSet("three", _gold().docs[:1])
    sets["three"] = texts_of(swap_only, lex)
    rows = cross_validate(sets, [(0.1, 0.0)])
    assert [r.held_out for r in rows] == ["one", "two", "three"]
    assert rows[0].after.f1 > rows[0].before.f1 and rows[0].after.to_right == 2
    assert rows[2].after.f1 == rows[2].before.f1 == 1.0  # the swap's sides stay right
    table = format_table(rows)
    assert "| one | 0.1, 0 |" in table and "held-out sets up 2, down 0, unchanged 1" in table


def test_command_prints_the_table_and_saves_the_model(tmp_path, capsys):
    for name in ("a", "b"):
        path = tmp_path / f"{name}.jsonl"
        path.write_text("".join(json.dumps(d) + "\n" for d in _gold().docs), encoding="utf-8")
    out = tmp_path / "model.json"
    args = ["-q", "side-model-cv", str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl")]
    assert main([*args, "--l2", "0.1", "--margin", "0", "--save", str(out)]) == 0
    table = capsys.readouterr().out
    assert "| a | 0.1, 0 | 0.667 (2/1/1) | 1.000 (3/0/0) | 1 / 0 / 0 | 2/3 → 3/3 |" in table
    assert load_model(out).weights


def test_kind_and_status_are_chosen_the_same_way():
    from swaptally.kind_model import kind_candidates_of

    lex = load_lexicon()
    gold = _gold()
    # gold has the rule's sides and the release planned, not done: only the status differs
    f, _ = _rule()
    status = "planned" if f.status != "planned" else "reported"
    gold.docs[1]["facts"][0].update(status=status, persons_of=f.persons_of, held_by=f.held_by)
    swap, sailors = texts_of(gold, lex, kind_candidates_of)
    c = sailors.cands[0]
    assert c.fields == ("kind", "status") and c.values[0] == (f.kind, f.status)
    assert len(c.values) == 9 and f"kind:rule&by={f.how.kind}" in c.features[0]
    assert sailors.right[0] == tuple(v == (f.kind, status) for v in c.values)
    model = train([swap, sailors] * 3, l2=0.1)
    fact = rerank(model, sailors.facts, sailors.cands)[0]
    assert (fact.kind, fact.status, fact.persons_of) == (f.kind, status, f.persons_of)
    # the swap's two readings keep their kind and differ in sides as before
    assert {(f.kind, f.persons_of) for f in rerank(model, swap.facts, swap.cands)} == {
        ("exchange", "AM"), ("exchange", "AZ"),
    }  # fmt: skip


def test_features_read_the_figures_clause():
    from swaptally.kind_model import kind_candidates_of

    text = "Ukraine said Russia freed 40 soldiers on Friday, and Kyiv will free 30 next week."
    gold = GoldSet("mine", [_doc("two", text, [])])
    lex = load_lexicon()
    sides = texts_of(gold, lex)[0]
    forty = next(c for f, c in zip(sides.facts, sides.cands, strict=True) if f.low == 40)
    russia = forty.features[forty.values.index(("UA", "RU"))]
    # Russia stands in the figure's clause, a releasing verb between it and the figure
    assert {"h:clause_same", "h:before_clause_via=releaser"} <= set(russia)
    kinds = texts_of(gold, lex, kind_candidates_of)[0]
    by_figure = {f.low: c.features[0] for f, c in zip(kinds.facts, kinds.cands, strict=True)}
    assert any(k.startswith("plan_governs=True&") for k in by_figure[30])  # 'will free 30'
    assert any(k.startswith("plan_governs=False&") for k in by_figure[40])


def test_command_takes_the_penalties_to_choose_among(tmp_path, capsys):
    paths = []
    for name in ("a", "b", "c"):
        path = tmp_path / f"{name}.jsonl"
        path.write_text("".join(json.dumps(d) + "\n" for d in _gold().docs), encoding="utf-8")
        paths.append(str(path))
    args = ["-q", "side-model-cv", *paths[:2], "--l2-grid", "0.1", "--score-only", paths[2]]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "| a | 0.1, 0 |" in out  # one other set: the grid's first point, no choice
    assert "scored only, c (model of every set, L2 0.1, margin 0): 0.667 (2/1/1) → " in out
