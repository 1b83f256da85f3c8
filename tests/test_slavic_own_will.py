"""People who are the subject of a verb of will ("решили не возвращаться", "відмовилися
повертатися", "хотят вернуться"): what they chose or wish is no handover and no stock, so
the figure gives no fact (slavic/kind_status.py own_will); a party that wants to get people
back ("Киев хочет вернуть 800") still plans a handover."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

WED = datetime.date(2024, 4, 17)  # a Wednesday


def facts(text: str, lang: str) -> list[tuple]:
    """(kind, status, persons_of, low) of each fact."""
    return [(f.kind, f.status, f.persons_of, f.low) for f in extract_slavic(text, WED, lang)]


def test_ru_prisoners_who_preferred_to_stay_are_not_counted():
    text = "По словам адвоката, девять азербайджанских военнопленных предпочли остаться в Армении."
    assert facts(text, "ru") == []


def test_ru_captives_who_wish_to_go_home_are_no_plan():
    text = "Одиннадцать армянских пленных пожелали вернуться домой до зимы, сообщил их адвокат."
    assert facts(text, "ru") == []


def test_uk_soldiers_who_refused_to_go_back_are_not_counted():
    text = "Четверо військових відмовилися повертатися до Росії й залишилися в Україні."
    assert facts(text, "uk") == []


def test_ru_a_party_that_wants_its_people_back_still_plans_a_handover():
    assert facts("Киев хочет вернуть 800 пленных до конца года.", "ru") == [
        ("exchange", "planned", "UA", 800)
    ]


def test_uk_a_party_that_wants_its_people_back_still_plans_a_handover():
    assert facts("Україна хоче повернути 300 полонених до кінця року.", "uk") == [
        ("exchange", "planned", "UA", 300)
    ]
