"""Vocabulary YAML keeps its words: YAML 1.1's yes/no/on/off are not booleans there."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml
from swaptally.errors import InputError
from swaptally.extract import extract_facts, load_lexicon
from swaptally.yaml_words import load_words


def test_country_codes_and_words_stay_strings():
    assert load_words("NO: [on, off, yes, n]\nflag: false") == {
        "NO": ["on", "off", "yes", "n"],
        "flag": False,
    }


def test_norway_is_a_side_not_false():
    facts = extract_facts(
        "Norway handed 4 Russian fishermen back to Russia on Tuesday.",
        dt.date(2025, 3, 6),
        load_lexicon(),
    )
    assert [(f.persons_of, f.held_by, f.low) for f in facts] == [("RU", "NO", 4)]


def test_a_user_lexicon_may_name_a_country_no(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text("actors:\n  NO:\n    names: [Kongeriket]\n", encoding="utf-8")
    facts = extract_facts(
        "Kongeriket freed 6 Russian sailors on Monday.", dt.date(2025, 3, 4), load_lexicon([extra])
    )
    assert [(f.persons_of, f.held_by) for f in facts] == [("RU", "NO")]


def test_a_key_given_twice_is_refused_where_it_repeats():
    with pytest.raises(yaml.YAMLError) as err:
        load_words("cues:\n  freed: [freed]\n  held: [held]\n  freed: [let go]\n")
    assert err.value.problem_mark.line + 1 == 4
    assert "the key 'freed' is given twice (first at line 2)" in str(err.value)


def test_a_user_lexicon_giving_a_key_twice_is_one_line_naming_it(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "actors:\n  NO:\n    names: [Kongeriket]\n    names: [Oslo]\n", encoding="utf-8"
    )
    with pytest.raises(InputError) as err:
        load_lexicon([extra])
    message = str(err.value)
    assert message.startswith(f"{extra}: not valid YAML at line 4:")
    assert "the key 'names' is given twice (first at line 3)" in message
    assert "\n" not in message
