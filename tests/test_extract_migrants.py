"""Migrants of a named nationality count people (lexicon nationality_nouns); the country of
the prison a relative clause or a participle sends or keeps them in held them
(sided._sent_to); a group sent away to a country not its own is counted at its sending,
no handover (mention_takings.deported_away)."""

from __future__ import annotations

import pytest
from extract_helpers import lows, sided_rows


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The 61 Nicaraguan migrants whom Mexico had sent to a detention centre in Guatemala "
            "walked free on Tuesday after a hunger strike, their lawyers said.",
            ("NI", "GT", 61),
        ),
        (
            "Aid groups said 75 Cuban migrants kept in a remote jail in Honduras were released "
            "on Monday once Havana paid their fines.",
            ("CU", "HN", 75),
        ),
        (
            "A court ruling set free 48 Eritrean asylum seekers deported by Canada to Rwanda "
            "last winter, relatives said on Friday.",
            ("ER", "RW", 48),
        ),
    ],
)
def test_migrants_of_a_nation_are_held_where_they_were_sent(
    text: str, want: tuple[str, str | None, int | None]
) -> None:
    assert want in {(p, h, n) for _, p, h, n in sided_rows(text)}


def test_migrants_of_no_named_nation_are_no_figure_of_their_own() -> None:
    text = (
        "The 27 migrants seized from a minibus last week were found and set free, the "
        "governor's office said."
    )
    assert 27 not in lows(text)


def test_a_group_held_in_several_countries_has_no_one_holder() -> None:
    text = (
        "Minsk let 11 people go, and in return six Belarusians held in Lithuania, "
        "Latvia and Poland were sent back home."
    )
    assert all(h in ("XX", None) for _, p, h, n in sided_rows(text) if n == 6)


def test_a_group_sent_away_to_a_third_country_is_counted_at_its_sending() -> None:
    text = (
        "A charity said 90 Sri Lankan asylum seekers were expelled from Australia to Nauru "
        "in 2013; the island's jail released 12 of them on Friday."
    )
    assert 90 not in lows(text)
    # a group sent home is a swap's half, not a sending away
    text = "Ottawa freed 14 people, and 14 Canadians were sent back to Canada."
    assert 14 in lows(text)
