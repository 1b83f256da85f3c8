"""A venue (a state that hosts others' swaps: lexicon role venue) the text tells holding
people of its own — freeing or pardoning them, keeping them in its prisons, or where they
were taken — is the holder of those the text brings out of it, not the text's other side
(slavic/document.py _holding_venues, slavic/stages.py _venue_held)."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

THU = datetime.date(2024, 3, 14)


def sides(text: str, lang: str) -> list[tuple]:
    """(persons_of, held_by, low) of each fact."""
    return [(f.persons_of, f.held_by, f.low) for f in extract_slavic(text, THU, lang)]


def test_ru_out_of_a_venue_whose_prisons_the_text_names():
    text = (
        "Из белорусских тюрем освобождены политзаключённые. В среду из Белоруссии в Латвию "
        "вернулись четверо латышей. Рига поблагодарила Варшаву за помощь Польши."
    )
    assert sides(text, "ru") == [("LV", "BY", 4)]


def test_uk_out_of_a_venue_that_pardoned_them_not_the_state_thanked():
    text = (
        "Білорусь помилувала громадян Латвії. У середу з Білорусі до Латвії повернулися "
        "четверо латишів. Рига подякувала Варшаві за допомогу Польщі."
    )
    assert sides(text, "uk") == [("LV", "BY", 4)]


def test_ru_a_pardon_by_the_venues_leader_names_it_the_holder():
    text = (
        "Лукашенко в среду помиловал группу заключённых. Из Беларуси на родину вернулись 11 "
        "граждан Латвии, сообщила Рига, поблагодарив Варшаву."
    )
    assert sides(text, "ru") == [("LV", "BY", 11)]


def test_uk_people_taken_in_the_venue_come_out_of_it():
    text = (
        "Литовців, яких затримали в Білорусі, помилували. З Білорусі до Литви повернулися 12 "
        "литовців, подякувавши Варшаві."
    )
    assert ("LT", "BY", 12) in sides(text, "uk")


def test_ru_a_venue_where_a_swaps_soldiers_wait_holds_no_one():
    # "находятся в Белоруссии": a swap's people pass through the venue; it held none of them
    text = (
        "Российские военнослужащие находятся в Белоруссии. Из Белоруссии в Россию вернулись "
        "60 военных, Украина получила 60 своих."
    )
    assert sides(text, "ru") == [("RU", "UA", 60), ("UA", "RU", 60)]
