"""The text's context: parties, home party, carried actor."""

from __future__ import annotations

from extract_helpers import LEX, SAT, doc_of
from swaptally.extract.text import last_actor, read_text


def test_mediator_is_not_a_party() -> None:
    doc = doc_of(
        "Russia and Ukraine swapped 90 prisoners each in a deal mediated by the UAE. "
        "Russia said 90 Russian soldiers came home."
    )
    assert doc.parties[0] == "RU"
    assert "AE" not in doc.parties[:2]


def test_home_is_the_party_whose_people_are_counted() -> None:
    doc = doc_of(
        "Russia handed over 90 Ukrainian soldiers. "
        "Ukraine thanked Russia for 90 Ukrainian captives."
    )
    assert doc.home == "UA"


def test_carried_actor_skips_a_venue() -> None:
    _, sents, _ = read_text("Belarus spoke at talks in Istanbul. It released 12 sailors.", SAT, LEX)
    assert last_actor(sents, 1) == "BY"


def test_actor_named_next_to_a_role_phrase_is_no_party() -> None:
    doc = doc_of("Armenia and Azerbaijan swapped 12 soldiers each with the help of Georgia.")
    assert set(doc.parties) == {"AM", "AZ"}
    doc = doc_of("Armenia and Azerbaijan swapped 12 soldiers each in a Georgia-brokered deal.")
    assert set(doc.parties) == {"AM", "AZ"}


def test_carried_actor_skips_a_mediator() -> None:
    text = "Qatar said the swap was done. It freed 12 sailors."
    doc, sents, _ = read_text(text, SAT, LEX)
    assert last_actor(sents, 1) == "QA"
    assert last_actor(sents, 1, doc) is None


def test_armed_groups_of_the_text() -> None:
    doc = doc_of("The Taliban freed 40 soldiers. Hamas and the Taliban met.")
    assert doc.armed[0] == "AF" and set(doc.armed) == {"AF", "PS"}
    assert doc.insurgents == ("AF",)


def test_text_frame_swap_of_people_or_of_something_else() -> None:
    from swaptally.extract.text_frame import text_frame

    frame = text_frame(LEX, "The prisoner exchange took place at the border.")
    assert frame.swap
    assert text_frame(LEX, "Kyiv and Moscow swapped 90 soldiers.").swap
    # lists, information and fire are exchanged too; a bare "the exchange" is then theirs
    lists = "The sides exchanged lists of detainees. The exchange was quiet."
    assert not text_frame(LEX, lists).swap
    assert not text_frame(LEX, "Troops exchanged fire near the village; 3 men were freed.").swap
    assert not text_frame(LEX, "Shares fell on the stock exchange after 12 were released.").swap
    assert text_frame(LEX, "Under the truce, 12 hostages were freed.").deal


def test_a_country_only_counted_is_no_party_of_two_named_ones() -> None:
    doc = doc_of(
        "Hamas handed over two Israelis and six Nepali hostages. Six Nepali workers and "
        "four Nepali students were among them. Israel freed 60 Palestinian prisoners, Hamas said."
    )
    assert set(doc.parties[:2]) == {"IL", "PS"}
    assert doc.parties[2] == "NP"


def test_prefilter_verbs_are_lexicon_data(tmp_path) -> None:
    from swaptally.extract import load_lexicon

    extra = tmp_path / "verbs.yaml"
    extra.write_text(
        "triggers:\n  link_passive: [paroled]\n  passive_verb: [paroled]\n", encoding="utf-8"
    )
    text = "Officials said 9 were paroled on Friday."
    assert read_text(text, SAT, load_lexicon([extra]))[2] == [0]
    assert read_text(text, SAT, LEX)[2] == []


def test_a_denied_swap_is_not_the_texts_frame() -> None:
    from swaptally.extract.text_frame import text_frame

    # a swap word a negation governs tells no swap: the handovers after it are one-sided
    assert not text_frame(LEX, '"No one was swapped," Yerevan said. 12 Armenians came home.').swap
    assert not text_frame(LEX, "There was no exchange; Kabul freed 30 Pakistani traders.").swap
    assert not text_frame(LEX, "It freed 8 Thai workers without a swap of any kind.").swap
    # not a negation of the swap: 'not' of another verb, far before it
    assert text_frame(LEX, "Kyiv did not say when it swapped 90 soldiers.").swap
