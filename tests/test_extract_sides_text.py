"""Sides the whole text decides (sides_text.py): a group's make-up, told once, holds for
every mention of the group."""

from __future__ import annotations

import datetime as dt

from swaptally.extract import Fact, Step, extract_facts, load_lexicon
from swaptally.extract.text import read_text

SAT = dt.date(2024, 3, 9)  # a Saturday


def facts(text: str) -> list[Fact]:
    return extract_facts(text, SAT)


def sides(text: str, low: int) -> set[tuple[str, str | None, int]]:
    return {(f.persons_of, f.held_by, f.sentence_no) for f in facts(text) if f.low == low}


def test_a_headline_count_is_mixed_when_a_later_clause_tells_its_make_up() -> None:
    text = (
        "Iran frees nine prisoners after talks in Oman. "
        "Iran released nine prisoners on Friday, Britons and Austrians among them, "
        "officials in Vienna said."
    )
    assert sides(text, 9) == {("XX", "IR", 0), ("XX", "IR", 1)}
    (head,) = [f for f in facts(text) if f.sentence_no == 0]
    assert Step.COMPOSITION in head.how.steps


def test_parts_of_several_nationalities_make_the_group_they_add_up_to_mixed() -> None:
    # the lead infers the side from who freed them; the next sentence lists the parts
    text = "Russia freed 15 prisoners on Thursday. They included 12 Americans and three Germans."
    assert ("XX", "RU", 0) in sides(text, 15)
    # the parts keep their own nationalities
    assert sides(text, 12) == {("US", "RU", 1)}
    # a hostage group handed over by an armed group, its parts named after it
    text = (
        "Hamas handed over 12 hostages on Friday and Israel freed 12 prisoners in return. "
        "The hostages were 10 Israelis and two Thais."
    )
    got = sides(text, 12)
    assert ("XX", "PS", 0) in got


def test_a_single_person_named_after_the_parts_is_one_more_part() -> None:
    for text in (
        "Hamas freed 14 hostages on Sunday. Those freed were 9 Israelis, 4 Thais and a "
        "Nepali, the army said.",
        "Hamas freed 10 hostages on Sunday. Those freed were nine Israelis and a Nepali student.",
    ):
        low = 14 if "14" in text else 10
        assert ("XX", "PS", 0) in sides(text, low), text
    # the parts alone must add up: one more person makes another count
    text = "Hamas freed 11 hostages on Sunday. Those freed were nine Israelis and a Nepali."
    assert ("IL", "PS", 0) in sides(text, 11)


def test_the_same_count_held_by_the_other_side_is_another_group() -> None:
    text = (
        "Hamas handed over 12 hostages on Friday and Israel freed 12 prisoners in return. "
        "The hostages were 10 Israelis and two Thais."
    )
    # the prisoners Israel freed are Palestinians, whatever the hostages' make-up
    assert ("PS", "IL", 0) in sides(text, 12)


def test_a_mention_whose_clause_names_a_nationality_keeps_it() -> None:
    text = (
        "The Taliban freed 11 German engineers on Tuesday. "
        "They had earlier let go eight Germans and three Dutch nationals."
    )
    assert {p for p, _, no in sides(text, 11) if no == 0} == {"DE"}


def test_people_told_apart_from_the_story_are_no_part_of_its_group() -> None:
    for second in (
        "Separately, Venezuela freed 12 Americans and three Germans.",
        "Venezuela also freed 12 Americans and three Germans in a separate move.",
    ):
        text = "Venezuela released 15 prisoners on Thursday. " + second
        assert "XX" not in {p for p, _, _ in sides(text, 15)}, second


# a text about people freed one-sidedly: the state that frees them (Doc.releaser)


def test_a_later_release_with_no_holder_named_was_held_by_the_state_that_frees() -> None:
    text = (
        "Myanmar's military government freed 700 prisoners on Monday under a holiday "
        "amnesty. In January, about 9,000 inmates had been released."
    )
    assert sides(text, 9000) == {("MM", "MM", 1)}


def test_a_mixed_group_freed_in_such_a_text_was_held_by_the_state_that_frees() -> None:
    for last in (
        "The group said 14 people from six countries were among those freed.",
        "The number of people pardoned this year has reached 14, Poles and Lithuanians among them.",
    ):
        text = (
            "Belarus pardons 30 prisoners. Alexander Lukashenko pardoned 30 prisoners on "
            "Friday, a rights group said. " + last
        )
        assert sides(text, 14) == {("XX", "BY", 2)}, last


def test_foreigners_freed_in_such_a_text_were_held_by_the_state_that_frees() -> None:
    # not by 'the other party' a text about one state's amnesty does not have; the state
    # may be named by an institution of it ('the junta')
    for text in (
        "Myanmar junta frees 700 prisoners. Thirty foreigners, several of them Thai, will "
        "be deported once freed, the state broadcaster said.",
        "Myanmar's junta freed 700 prisoners on Monday, state media said. Among those freed "
        "were 30 foreigners.",
    ):
        assert sides(text, 30) == {("XX", "MM", 1)}, text


def test_political_prisoners_are_the_freeing_state_s_not_the_country_counted_most() -> None:
    # the text names another country first; the political prisoners activists count are
    # those of the state that frees people
    text = (
        "Washington welcomed the return of two Americans jailed in Nicaragua. Nicaragua "
        "freed 30 political prisoners last month. Activists say 80 people they count as "
        "political prisoners left prison on Tuesday."
    )
    assert sides(text, 80) == {("NI", "NI", 2)}


def test_no_freeing_state_in_a_text_about_a_swap() -> None:
    lex = load_lexicon()
    swap = "Russia and Ukraine swapped 90 prisoners each on Friday, Kyiv said."
    assert read_text(swap, SAT, lex)[0].releaser is None
    alone = "Belarus freed 18 prisoners on Friday, its state news agency said."
    assert read_text(alone, SAT, lex)[0].releaser == "BY"


def test_a_group_is_mixed_when_its_members_are_listed_by_several_nationalities() -> None:
    # the next sentence opens on the group's members: persons of two nationalities
    text = (
        "Bandits in Mexico let seven truck drivers go on Wednesday after holding them and 12 "
        "others for a week. They were a Guatemalan, two Hondurans and four Salvadorans."
    )
    assert {p for p, _, no in sides(text, 7) if no == 0} == {"XX"}
    # in its own sentence, set off by dashes
    text = (
        "Three miners held by a gang in Peru - a Bolivian driver and two Chileans - were "
        "released on Monday."
    )
    assert {p for p, _, _ in sides(text, 3)} == {"XX"}


def test_members_of_one_nationality_or_of_another_group_leave_it_alone() -> None:
    # one nationality told: the group is not mixed
    text = "Hamas freed four hostages on Sunday. They were four Israeli women seized in May."
    assert {p for p, _, no in sides(text, 4) if no == 0} == {"IL"}
    # a second citizenship is one person's, not another nationality
    listed = "They were an Israeli-Russian, an Israeli-American and an Israeli student."
    assert sides(f"Hamas freed three hostages on Saturday. {listed}", 3) == {("IL", "PS", 0)}
    # a member of another nationality makes it mixed
    listed = listed.replace("an Israeli-Russian", "a Thai farmer")
    assert sides(f"Hamas freed three hostages on Saturday. {listed}", 3) == {("XX", "PS", 0)}
