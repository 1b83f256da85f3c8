"""Stage 3: who gives, who gets, in a figure's sentence."""

from __future__ import annotations

from extract_helpers import context
from swaptally.extract import frame_doers, frame_named, frame_two_sides


def test_holder_cues() -> None:
    ctx = context("In the swap, 90 Ukrainian captives held by Moscow came home.")
    assert [code for _, code in ctx.frame.holders] == ["RU"]
    assert frame_doers.nearest_holder(ctx, ctx.s.figures[0]) == "RU"


def test_releaser_and_receiver_subjects() -> None:
    ctx = context("Russia released 40 prisoners, and Ukraine received 12 civilians.")
    first, second = ctx.s.figures
    assert frame_doers.subject(ctx, first.q.num_start, receiving=False) == "RU"
    assert frame_doers.subject(ctx, second.q.num_start, receiving=True) == "UA"


def test_a_doer_set_off_from_its_verb_by_a_noun_phrase_apposition() -> None:
    # 'X, <a noun phrase of up to ten words>, freed N': X frees them
    ctx = context(
        "Russia and Ukraine traded captives on Friday. "
        "Russia, the larger of the two warring sides by far, handed over 60 prisoners."
    )
    (f,) = ctx.s.figures
    assert frame_doers.subject(ctx, f.q.num_start, receiving=False) == "RU"
    ctx = context("The ELN, the country's largest remaining rebel group, has freed 9 hostages.")
    (f,) = ctx.s.figures
    assert frame_doers.subject(ctx, f.q.num_start, receiving=False) == "CO"


def test_pronoun_subject_is_the_carried_actor() -> None:
    text = "Hamas spoke of a truce with Israel. It released 11 hostages in the exchange."
    ctx = context(text)
    assert ctx.carried is not None
    assert frame_doers.subject(ctx, ctx.s.figures[0].q.num_start, receiving=False) == ctx.carried


def test_each_in_clause_and_destination() -> None:
    ctx = context("In the swap both sides freed 64 soldiers.")
    assert frame_two_sides.each_in_clause(ctx.s, ctx.s.figures[0])
    ctx = context("In the swap, 20 civilians were returned to Ukraine.")
    assert frame_named.destination(ctx.s, ctx.s.figures[0]) == "UA"


def test_counterpart_across_for() -> None:
    ctx = context("Israel freed 150 Palestinian prisoners in exchange for 50 hostages.")
    hostages = ctx.s.figures[1]
    assert frame_named.counterpart(ctx, hostages) == "IL"


def test_two_party_subject_without_each() -> None:
    ctx = context("Russia and Ukraine swapped more than 300 prisoners.")
    assert frame_two_sides.two_party_total(ctx, ctx.s.figures[0]) is True
    ctx = context("Russia and Ukraine swapped 300 prisoners.")
    assert frame_two_sides.two_party_total(ctx, ctx.s.figures[0]) is False


def test_two_party_subject_with_names_of_several_words() -> None:
    # names as the lexicon finds them, of any length, 'the' allowed before the second
    ctx = context("Saudi Arabia and the Houthis swapped nearly 900 detainees last spring.")
    assert frame_two_sides.two_party_total(ctx, ctx.s.figures[0]) is True
    ctx = context("In Abu Dhabi, the United States and Russia traded 24 prisoners.")
    assert frame_two_sides.two_party_total(ctx, ctx.s.figures[0]) is False
    ctx = context("Sudan's army and the RSF freed more than 130 captives to each other.")
    assert frame_two_sides.two_party_total(ctx, ctx.s.figures[0]) is True  # a body after a name


def test_a_mediator_before_a_comma_is_no_two_party_subject() -> None:
    ctx = context("Under a deal brokered by Qatar, Hamas released 3 hostages on Sunday.")
    assert frame_two_sides.two_party_total(ctx, ctx.s.figures[0]) is None
    ctx = context("In talks hosted by Turkey, Russia freed 40 Ukrainian soldiers.")
    assert frame_two_sides.two_party_total(ctx, ctx.s.figures[0]) is None


def test_frame_verbs_are_lexicon_data(tmp_path) -> None:
    from extract_helpers import SAT
    from swaptally.extract import load_lexicon
    from swaptally.extract.frame import Frame
    from swaptally.extract.text import read_text

    extra = tmp_path / "verbs.yaml"
    extra.write_text(
        "triggers:\n  holder_verb: [interned]\n  destination_verb: [airlifted]\n",
        encoding="utf-8",
    )

    def frame_of(text: str, lex) -> tuple[Frame, object]:
        _, sents, cands = read_text(text, SAT, lex)
        s = sents[cands[-1]]
        return Frame(s), s

    text = "In the swap, 30 sailors interned by Russia came home."
    assert [c for _, c in frame_of(text, load_lexicon([extra]))[0].holders] == ["RU"]
    assert frame_of(text, load_lexicon())[0].holders == []
    text = "In the swap, 30 sailors were airlifted back to Ukraine."
    _, s = frame_of(text, load_lexicon([extra]))
    assert frame_named.destination(s, s.figures[0]) == "UA"
    _, s = frame_of(text, load_lexicon())
    assert frame_named.destination(s, s.figures[0]) is None


def test_in_exchange_for_links_a_side_to_its_counterpart_it_is_no_swap_total() -> None:
    # "in the exchange" after a passive figure: both sides' total
    ctx = context("In all, 390 prisoners were freed in the exchange, the ICRC said.")
    assert frame_two_sides.unsided_swap(ctx, ctx.s.figures[0]) == "passive"
    # "in exchange for" names what the group was given for: one side's people
    for text in (
        "64 others were freed in 2015 in exchange for four jailed commanders.",
        "The army said 37 soldiers were released on Friday in exchange for 20 rebel fighters.",
    ):
        ctx = context(text)
        assert frame_two_sides.unsided_swap(ctx, ctx.s.figures[0]) is None


def test_a_name_before_a_gapped_figure_does_what_the_first_doer_does() -> None:
    ctx = context("Israel freed 1,968 Palestinians from its jails, Hamas 20 living hostages.")
    assert frame_doers.subject(ctx, ctx.s.figures[1].q.num_start, receiving=False) == "PS"
    ctx = context("Kyiv got back 95 soldiers on Friday, Moscow 95.")
    assert frame_doers.subject(ctx, ctx.s.figures[1].q.num_start, receiving=True) == "RU"
