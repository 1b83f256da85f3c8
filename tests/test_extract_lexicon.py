"""The lexicon: actors, nouns and cues as data; a user's file merged on top."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from extract_helpers import user_lexicon
from swaptally.extract import extract_facts, load_lexicon
from swaptally.extract.lexicon import RECEIVER_UNIT, RELEASER_UNIT, Lexicon
from swaptally.extract.phrase_patterns import alternation
from swaptally.extract.twins import ascii_lexicon


def test_actors_names_and_demonyms() -> None:
    lex = load_lexicon()
    found = lex.actors_in("Kyiv said Russian troops left.")
    assert [(a.code, a.demonym) for a in found] == [("UA", False), ("RU", True)]


def test_noun_categories() -> None:
    lex = load_lexicon()
    assert lex.category("soldiers") == "military"
    assert lex.category("civilians") == "civilian"
    assert lex.category("hostages") == "unspecified"


def test_user_lexicon_adds_an_actor_and_a_cue(tmp_path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        "actors:\n  ZZ:\n    names: [Zembla]\n    demonyms: [Zemblan]\n"
        "triggers:\n  release: [unshackled]\n",
        encoding="utf-8",
    )
    lex = load_lexicon([extra])
    assert [a.code for a in lex.actors_in("Zembla and its Zemblan guards")] == ["ZZ", "ZZ"]
    assert lex.cue["release"].search("twelve sailors were unshackled")
    assert load_lexicon().cue["release"].search("were unshackled") is None
    (f,) = extract_facts(
        "Zembla unshackled 12 Ukrainian sailors on Friday.", dt.date(2024, 3, 9), lex
    )
    assert (f.persons_of, f.held_by, f.kind) == ("UA", "ZZ", "release")


def test_releaser_verbs_are_data(tmp_path) -> None:
    extra = tmp_path / "verbs.yaml"
    extra.write_text("triggers:\n  releaser: [paroled]\n", encoding="utf-8")
    assert load_lexicon([extra]).releaser_re.match(" paroled")
    assert not load_lexicon().releaser_re.match(" paroled")
    assert load_lexicon().releaser_re.match(" said it had freed")


def test_the_words_between_an_actor_and_its_verb_are_data(tmp_path) -> None:
    lex = user_lexicon(
        tmp_path, "triggers:\n  releaser_aux: [is about to]\n  receiver_aux: [hopes soon to]\n"
    )
    package = load_lexicon()
    assert lex.releaser_re.match(" is about to free")
    assert not package.releaser_re.match(" is about to free")
    assert lex.receiver_re.match(" hopes soon to receive")
    assert not package.receiver_re.match(" hopes soon to receive")
    # and the grammar around them stays: a day, a verb of intent, an owner's body
    assert package.releaser_re.match("'s defence ministry on Friday pledged to free")
    assert package.receiver_re.match(" on Sunday expects to bring home")


@pytest.mark.parametrize(
    ("unit", "words"),
    [(RELEASER_UNIT, "releaser_aux"), (RECEIVER_UNIT, "receiver_aux")],
)
def test_no_word_between_an_actor_and_its_verb_reads_as_two(unit: str, words: str) -> None:
    """Any number of these may stand in a row: were one of them two others in a row ('said
    it had' is 'said it' and 'had'; 'is expected to' is 'is' and a verb in -ed with 'to'),
    a run of them that ends in no verb would be tried every way it splits."""
    lex = load_lexicon()
    entries = [str(w) for w in lex.data["triggers"][words]]
    be_before = lex.phrases("releaser_be_before")
    for entry in entries:
        others = unit.format(aux=alternation(w for w in entries if w != entry), be_before=be_before)
        for after in ("freed", "holding", "still holding"):
            text = f"{entry} {after}"
            assert not re.fullmatch(rf"(?:{others})+{after}", text, re.IGNORECASE), text


@pytest.mark.parametrize(
    "text",
    [
        "Hamas said it had freed 30 hostages.",
        "Hamas said it had 50 hostages.",  # 'had' the verb
        "Israel is expected to free 33 prisoners.",
        "Kyiv agreed to hand over 40 soldiers.",
        "Sanaa said they were freeing 30 detainees.",
        "Sanaa said they were still holding 12 sailors.",
        "Baku says it is handing over 5 soldiers.",
    ],
)
def test_the_words_between_an_actor_and_its_releaser_verb(text: str) -> None:
    lex = load_lexicon()
    actor = lex.actors_in(text)[0]
    assert lex.releaser_re.match(text, actor.end) and lex.releaser_lower_re.match(
        text.lower(), actor.end
    )


def test_the_words_that_end_a_figure_s_noun_phrase_are_data(tmp_path) -> None:
    assert load_lexicon().np_re.match(" wounded Malian soldiers")
    lex = user_lexicon(tmp_path, "noun_gap_stop: [wounded]\n")
    assert not lex.np_re.match(" wounded Malian soldiers")
    assert not load_lexicon().np_re.match(" on Friday soldiers")  # "on" quoted in YAML


def test_actor_roles() -> None:
    lex = load_lexicon()
    acts = lex.actors_in("The Afghan government and the Taliban met; Afghans waited.")
    assert [(a.code, a.demonym, a.role) for a in acts] == [
        ("AF", False, "state"),  # a demonym with a body names the state
        ("AF", False, "insurgent"),
        ("AF", True, "state"),
    ]
    assert acts[0].end == len("The Afghan government")
    # a backer is left out: "the Saudi-backed government of Yemen" is Yemen's
    acts = lex.actors_in("the Saudi-backed government of Yemen")
    assert [a.code for a in acts] == ["YE"]
    assert [a.role for a in lex.actors_in("Hamas and Hezbollah")] == ["armed_group"] * 2


def test_a_phrase_that_names_no_actor() -> None:
    lex = load_lexicon()
    assert lex.actors_in("hostages freed in the South American country") == ()
    assert [a.code for a in lex.actors_in("two American hostages")] == ["US"]


def test_per_side_words_are_data(tmp_path) -> None:
    # 'each', 'both sides', 'apiece' are lexicon lists, so a user's file adds another
    said = "India and Pakistan traded 14 fishermen in a like-for-like handover on Monday."
    day = dt.date(2024, 5, 2)
    assert extract_facts(said, day) == []  # an exact two-party figure: per side or in all?
    extra = tmp_path / "per_side.yaml"
    extra.write_text("triggers:\n  per_side: [like-for-like]\n", encoding="utf-8")
    lex = load_lexicon([extra])
    facts = extract_facts(said, day, lex)
    assert sorted((f.persons_of, f.held_by, f.low) for f in facts) == [
        ("IN", "PK", 14),
        ("PK", "IN", 14),
    ]
    # the built-in words stay: 'each other' is no per-side figure, 'each' is
    each = "India and Pakistan traded 9 fishermen each, freeing each other's crews."
    assert len(extract_facts(each, day, lex)) == 2


def test_a_user_word_typed_with_a_curly_apostrophe_is_found_with_either(tmp_path) -> None:
    lex = user_lexicon(tmp_path, "triggers:\n  called_off: [wasn\u2019t carried out]\n")
    day = dt.date(2025, 3, 1)
    for a in ("'", "\u2019"):
        text = f"The planned swap of 30 Georgian soldiers held by Abkhazia wasn{a}t carried out."
        assert extract_facts(text, day, lex) == []
        assert extract_facts(text, day) != []  # the package lexicon lacks the phrase


def test_cue_patterns_are_compiled_when_first_asked_for(tmp_path) -> None:
    extra = tmp_path / "cues.yaml"
    extra.write_text("triggers:\n  parley_word: [Powwow, palaver]\n", encoding="utf-8")
    lex = load_lexicon([extra])
    assert dict.__len__(lex.cue_lower) == 0  # none compiled while the lexicon loads
    assert "parley_word" in lex.cue_lower and "no_such_cue" not in lex.cue_lower
    assert lex.cue_lower.get("no_such_cue") is None
    with pytest.raises(KeyError):
        lex.cue["no_such_cue"]
    assert lex.cue["parley_word"].search("a POWWOW at noon")
    assert lex.cue_lower["parley_word"].search("a powwow at noon")
    assert lex.cue_lower["parley_word"].search("a Powwow at noon") is None  # lower-cased text
    assert lex.cue_ascii.get("parley_word").flags & re.ASCII
    assert dict.__len__(lex.cue_lower) == 1
    assert list(lex.cue) == list(lex.cue_lower) and "parley_word" in list(lex.cue_ascii)


def test_case_insensitive_noun_phrases_are_compiled_when_first_read() -> None:
    from swaptally.extract.lexicon import lexicon_data

    lex = Lexicon(lexicon_data())  # a lexicon of its own, not the one others have read
    assert "np_re" not in vars(lex) and "were_np_re" not in vars(lex)
    assert lex.np_re.pattern == lex.np_lower_re.pattern and lex.np_re.flags & re.IGNORECASE
    assert lex.np_re.match(" SEIZED FISHERMEN")["noun"] == "FISHERMEN"
    assert lex.np_lower_re.match(" SEIZED FISHERMEN") is None
    assert "np_re" in vars(lex) and lex.np_re is lex.np_re  # compiled once
    assert lex.were_np_re.match(" of them WERE Civilians")["noun"] == "Civilians"
    twin = ascii_lexicon(lex)
    assert twin.np_re.flags & re.ASCII and twin.np_re.flags & re.IGNORECASE
    assert twin.demonym_noun_re.flags & re.ASCII


def test_plain_text_cues_are_twinned_from_their_source_alone() -> None:
    from swaptally.ascii_twin import ascii_twin
    from swaptally.extract.lexicon import lexicon_data

    lex = Lexicon(lexicon_data())
    twin = ascii_lexicon(lex)
    for name in ("release", "held", "any_moved"):
        found = twin.cue_lower[name]
        assert found.flags & re.ASCII and twin.cue_ascii[name].flags & re.ASCII
    assert dict.__len__(lex.cue_lower) == 0 and dict.__len__(lex.cue_ascii) == 0
    for name in ("release", "held", "any_moved"):  # what ascii_twin makes of each original
        assert twin.cue_lower[name].pattern == ascii_twin(lex.cue_lower[name]).pattern
        assert twin.cue_lower[name].flags == ascii_twin(lex.cue_lower[name]).flags
        assert lex.cue_ascii[name].flags == ascii_twin(lex.cue_lower[name]).flags
    assert twin.cue_ascii["release"].search("we were set free and they freed 9")
