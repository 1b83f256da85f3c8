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
        # the handed-over group named by the place it was held in, traded for another
        (
            "Greece gets nine sailors back from Turkey\n\nTurkey on Friday freed nine Greek "
            "sailors in a swap with Athens. Greece has given up four Turkish fishermen for "
            "nine Greek sailors held in Izmir, the ministry said.",
            ("GR", "TR", 9),
        ),
        # a part of the freed group, the whole named by its captivity ('of the eight')
        (
            "Chad frees eight French aid workers\n\nChad on Thursday released eight French "
            "aid workers, officials in Paris said. Three of the eight are doctors held for "
            "more than a year.",
            ("FR", "TD", 8),
        ),
        # the group's time in captivity, told after its release
        (
            "Mali frees two Ivorian soldiers\n\nMali has released two Ivorian soldiers, the "
            "government in Abidjan said on Sunday. Both of the two were held in Bamako for "
            "18 months.",
            ("CI", "ML", 2),
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
        "Peru and Bolivia trade prisoners\n\nBolivia on Monday freed six Peruvian truckers "
        "in a prisoner swap with Lima. Under the deal, Peru is to hand back four Bolivian "
        "miners in return. Two of the four Bolivian miners held in Tacna have already "
        "crossed the border."
    )
    assert not any(row[0] == "held" and row[5] == 4 for row in fact_rows(text))
