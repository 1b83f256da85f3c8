"""held_restated.py: a stock figure that tells again a group the text counts as handed
over goes; a stock beside that group, or of a group only planned to go free, stays.

Each text is written for the test (never a corpus excerpt)."""

from __future__ import annotations

import pytest
from extract_helpers import fact_rows


def stocks(text: str) -> set[tuple]:
    """(persons_of, held_by, low) of each stock (held) fact `text` gives."""
    return {(p, h, n) for k, _, p, h, _, n in fact_rows(text) if k == "held"}


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a swap's group, named again by where it was held, as whose kin marched
        (
            "Turkey freed nine Greek sailors on Friday in a swap with Athens. Relatives of "
            "the nine Greek sailors held in Izmir had marched in Piraeus.",
            ("GR", "TR", 9),
        ),
        # a one-sided release, the group named again as the object of its state's pleas
        (
            "Algeria handed 12 Malian herders back to Mali on Tuesday. Bamako had pressed for "
            "news of the 12 Malian herders held in Tamanrasset.",
            ("ML", "DZ", 12),
        ),
        (
            "Vietnam on Sunday set 15 Cambodian fishermen free after a visit by Hun Manet. "
            "Phnom Penh had raised the case of the 15 Cambodian fishermen held in Kien Giang "
            "at every meeting.",
            ("KH", "VN", 15),
        ),
    ],
)
def test_stock_telling_a_handed_over_group_again_goes(text: str, gone: tuple) -> None:
    assert gone not in stocks(text)
    # the handover itself stays
    assert any(n == gone[2] and k != "held" for k, _, _, _, _, n in fact_rows(text))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # another group of the same size, still held
        (
            "The rebels freed three Kenyan engineers on Sunday. Three other Kenyans are "
            "still held in the forest, police said.",
            ("KE", "KE", 3),
        ),
        (
            "Rebels free four Chilean geologists\n\nThe rebels freed four Chilean "
            "geologists on Sunday. Another four Chileans remain with the group, the "
            "ministry said.",
            ("CL", "CL", 4),
        ),
        # more of the same people, right after the figure
        (
            "The militia freed five Nepali guards on Friday. The militia holds five more "
            "Nepalis in the hills, the embassy said.",
            ("NP", "NP", 5),
        ),
        # a group whose release is only expected: still held
        (
            "Gunmen hold 11 Turkish engineers captive in Niger\n\nNiger said on Friday the "
            "kidnappers would release the 11 Turkish engineers within days.",
            ("TR", "NE", 11),
        ),
    ],
)
def test_stock_beside_the_handed_over_group_stays(text: str, kept: tuple) -> None:
    assert kept in stocks(text)


def test_stock_of_a_group_only_planned_to_go_free_stays() -> None:
    # no swap told done: the group whose release is planned is still held
    text = (
        "Pirates agree to free 13 Filipino crewmen\n\nThe pirates will let the 13 Filipino "
        "crewmen go next month, the owner said. The owner said the 13 Filipino crewmen are "
        "held on the ship off the coast."
    )
    assert ("PH", "PH", 13) in stocks(text)


def test_stock_of_a_deal_group_in_a_text_of_a_swap_done_goes() -> None:
    # the swap is told done; the deal's other group, planned, is named again by its captivity
    text = (
        "Bolivia and Peru trade prisoners\n\nBolivia freed six Peruvian truckers on Monday in "
        "a swap with Lima, which is to send back four Bolivian miners under the same accord. "
        "Lawyers for the four Bolivian miners held in Tacna said the paperwork would take a "
        "week."
    )
    assert not any(row[0] == "held" and row[5] == 4 for row in fact_rows(text))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # 'also', 'too', 'as well': the stock is told of a group beside the freed one
        (
            "Belarus freed eight Lithuanian truckers on Wednesday. Vilnius says Belarus also "
            "holds eight Lithuanian students.",
            ("LT", "BY", 8),
        ),
        (
            "Belarus freed eight Lithuanian truckers on Wednesday. Eight Lithuanian students "
            "are held by Belarus too, Vilnius says.",
            ("LT", "BY", 8),
        ),
        (
            "Belarus freed eight Lithuanian truckers on Wednesday. Eight Lithuanian students "
            "are held by Belarus as well, Vilnius says.",
            ("LT", "BY", 8),
        ),
        # 'not among them': the text says the stock is another group
        (
            "Egypt freed six Sudanese traders on Monday. Six Sudanese doctors held in "
            "Egyptian jails were not among them, Khartoum said.",
            ("SD", "EG", 6),
        ),
    ],
)
def test_stock_told_as_another_group_stays(text: str, kept: tuple) -> None:
    assert kept in stocks(text)


def test_stock_of_another_category_stays() -> None:
    # no cue word: the held are civilians, the freed were soldiers
    text = (
        "Belarus freed eight Lithuanian soldiers on Wednesday. Vilnius says eight "
        "Lithuanian civilians are held in Belarus."
    )
    assert ("LT", "BY", 8) in stocks(text)
    # a stock of no told category may be the freed group again: it goes
    text = (
        "Belarus freed eight Lithuanian soldiers on Wednesday. Vilnius had long said eight "
        "Lithuanians were held in Belarus."
    )
    assert ("LT", "BY", 8) not in stocks(text)
