"""A count told as both sides' at once by its own words: a swap's noun and a verb of what it
takes in before it ('a swap involving 14 people'), 'changed hands' after it
(frame_two_sides.whole_of_swap), or the two sides named right after the group ('from the
two countries', 'held by the warring parties'; lexicon all_sides): XX held by XX, whoever
else the sentence names. Sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import sided_rows


@pytest.mark.parametrize(
    ("text", "low"),
    [
        # the swap's noun opens the sentence; one side's people and their holder after it
        (
            "A swap involving 14 people at the Polish border on Friday brought five Poles "
            "home from Belarus, Warsaw said.",
            14,
        ),
        # a relative clause on the operation's noun, set off by commas
        (
            "Sudan's army and the RSF ended their swap on Sunday. The four-day operation, "
            "which covered about 600 detainees, was run by the Red Cross.",
            600,
        ),
        # a group said to have changed hands, an apposition between it and its verb
        (
            "Talks in Marib between the Houthis and Aden's negotiators ended on Friday. Some "
            "46 detainees, two doctors among them, changed hands there, Houthi media said.",
            46,
        ),
        # the two states named after the group, no swap noun in the sentence
        (
            "Eritrea and Ethiopia said they had exchanged soldiers; 52 soldiers from the two "
            "countries crossed the border at Zalambessa on Sunday.",
            52,
        ),
        # 'from both countries' is the two sides, not 'people from many countries'
        (
            "Eritrea and Ethiopia exchanged soldiers on Sunday, a swap that involved 52 men "
            "from both countries.",
            52,
        ),
        # the warring parties as holders, named by a country's possessive, in a plan
        (
            "Mediators said 310 captives held by Sudan's warring parties would be freed "
            "before the rains.",
            310,
        ),
    ],
)
def test_a_count_of_both_sides_at_once(text: str, low: int) -> None:
    assert ("exchange", "XX", "XX", low) in sided_rows(text)


def test_each_sides_people_named_in_the_swap_stay_per_side() -> None:
    got = sided_rows(
        "Russia and Ukraine carried out a swap involving 30 Ukrainian soldiers and 30 Russian ones."
    )
    assert ("exchange", "UA", "RU", 30) in got
    assert ("exchange", "RU", "UA", 30) in got


def test_a_list_that_covers_people_is_no_swap() -> None:
    got = sided_rows("India's list covered 80 fishermen it holds, Pakistan's 30.")
    assert ("held", "PK", "IN", 80) in got
