"""The said_by measure: who states each figure, against gold's speakers, over matched keys."""

from __future__ import annotations

import json

import pytest
from swaptally.cli import main
from swaptally.said_score import same_speaker


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sanna Virtanen", "Finnish Foreign Minister Sanna Virtanen"),
        ("Chile’s Interior Ministry", "the Chilean interior ministry"),
        ("Ministry of Defence of Peru", "Peru's defence ministry"),
        ("UNHCR", "the United Nations High Commissioner for Refugees"),
        ("Omar Al-Tahir", "Tahir"),
        ("Тарас Коваль", "Тараса Коваля"),
        ("the Red Crescent", "The Red Crescent"),
    ],
)
def test_same_speaker(a, b):
    assert same_speaker(a, b) and same_speaker(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Peru", "Peru has"),  # the head differs: a junk span is not its speaker
        ("Peru", "Peru's defence ministry"),  # a ministry is not its country
        ("he", "Sanna Virtanen"),
        ("Chile's Interior Ministry", "Chile's Foreign Ministry"),
        ("Tuesday", "the Red Crescent"),
    ],
)
def test_not_same_speaker(a, b):
    assert not same_speaker(a, b)


def _fact(persons, holder, n, said):
    return {
        "kind": "exchange", "status": "reported", "persons_of": persons, "held_by": holder,
        "category": "military", "low": n, "high": n, "said_by": said, "optional": False,
    }  # fmt: skip


def _write(tmp_path, name, text, facts):
    path = tmp_path / f"{name}.jsonl"
    doc = {"id": name, "published": "2025-03-06", "lang": "en", "text": text, "facts": facts}
    path.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    return str(path)


def test_command_counts_right_wrong_missing_extra(tmp_path, capsys):
    text = (
        "Armenia handed over 14 Azerbaijani soldiers on Tuesday, the Armenian foreign ministry "
        "said. Azerbaijan freed 9 Armenian soldiers in return, according to officials in Baku."
    )
    facts = [
        _fact("AZ", "AM", 14, "Armenian Foreign Ministry"),  # found as said: right
        _fact("AM", "AZ", 9, "Azerbaijani state television"),  # found another: wrong
    ]
    mine = _write(tmp_path, "mine", text, facts)
    bare = _write(tmp_path, "bare", text, [{**f, "said_by": None} for f in facts])
    assert main(["-q", "said-by", mine, bare, "--errors"]) == 0
    out = capsys.readouterr().out
    assert "| mine | 2 | 1 | 1 | 0 | 0 | 0.500 | 0 (0 named) |" in out
    assert "| bare | 0 | 0 | 0 | 0 | 0 | - | 2 (2 named) |" in out  # gold names nobody
    assert "mine mine wrong: gold ['Azerbaijani state television'] found" in out
