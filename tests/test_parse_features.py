"""The parse frame as features of the learned choices (swaptally.parse_features) and the
study command's --parse option: sentences of our own."""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest
from swaptally.cli import main
from swaptally.extract import load_lexicon
from swaptally.extract.parse_frame import available
from swaptally.gold import GoldSet
from swaptally.side_model_train import texts_of

# CI installs the parse extra and sets SWAPTALLY_REQUIRE_PARSE=1: there they must run, not skip
pytestmark = pytest.mark.skipif(
    not available() and os.environ.get("SWAPTALLY_REQUIRE_PARSE") != "1",
    reason="spaCy's English model not installed (pip install -e '.[parse]')",
)
pytest.importorskip("scipy")

DAY = dt.date(2025, 3, 6)
TEXT = "Ukraine said Russia freed 40 soldiers on Friday, and Kyiv will free 30 next week."


def _doc(facts: list[dict]) -> dict:
    return {"id": "two", "published": DAY.isoformat(), "lang": "en", "text": TEXT, "facts": facts}


def test_each_candidate_side_gets_the_roles_the_parse_gives_its_code():
    from swaptally.parse_features import side_candidates_with_parse

    text = texts_of(GoldSet("mine", [_doc([])]), load_lexicon(), side_candidates_with_parse)[0]
    forty = next(c for f, c in zip(text.facts, text.cands, strict=True) if f.low == 40)
    russia = forty.features[forty.values.index(("UA", "RU"))]
    # Russia is the subject of the giving verb over 40: its holder, and the only one
    assert {"h:parse_subject=give", "h:parse_side_one"} <= set(russia)
    # Ukraine only speaks: its one role is the speaker's
    assert {k for k in russia if k.startswith("p:parse_")} == {
        "p:parse_speaker", "p:parse_speaker=give",
    }  # fmt: skip


def test_each_kind_and_status_gets_the_verb_read():
    from swaptally.parse_features import kind_candidates_with_parse

    text = texts_of(GoldSet("mine", [_doc([])]), load_lexicon(), kind_candidates_with_parse)[0]
    by_figure = {f.low: c.features[0] for f, c in zip(text.facts, text.cands, strict=True)}
    assert any(k.startswith("parse_planned&") for k in by_figure[30])  # 'will free 30'
    assert any(k.startswith("parse_past&") for k in by_figure[40])
    assert not any(k.startswith("parse_planned&") for k in by_figure[40])


def test_the_study_command_takes_the_parse(tmp_path, capsys):
    fact = {
        "kind": "release", "status": "reported", "persons_of": "XX", "held_by": "RU",
        "category": "military", "low": 40, "high": 40,
    }  # fmt: skip
    paths = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.jsonl"
        path.write_text(json.dumps(_doc([fact])) + "\n", encoding="utf-8")
        paths.append(str(path))
    assert main(["-q", "side-model-cv", *paths, "--l2-grid", "0.1", "--parse"]) == 0
    assert "| a | 0.1, 0 |" in capsys.readouterr().out
