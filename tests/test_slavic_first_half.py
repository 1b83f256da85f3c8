"""The two figures of one exchange are its two halves. When the half
after "на" is read with its sides and the first with none, or as both sides' total (XX
XX), the first is the other side's people, held by the second's."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

SUN = datetime.date(2025, 8, 3)


def facts(text: str, lang: str) -> list[tuple]:
    got = extract_slavic(text, SUN, lang)
    return [(f.low, f.kind, f.status, f.persons_of, f.held_by) for f in got]


def test_uk_a_joint_swap_of_n_for_m_named_people_is_two_halves():
    text = "Україна і Росія обміняли 12 полонених на 20 українських військових."
    assert facts(text, "uk") == [
        (12, "exchange", "reported", "RU", "UA"),
        (20, "exchange", "reported", "UA", "RU"),
    ]


def test_ru_a_described_first_half_takes_the_turned_sides():
    text = (
        "Ереван и Баку обсуждают обмен шести пленных, задержанных на границе летом, на "
        "девятерых армянских военнослужащих."
    )
    assert facts(text, "ru") == [
        (6, "exchange", "planned", "AZ", "AM"),
        (9, "exchange", "planned", "AM", "AZ"),
    ]


def test_ru_both_halves_named_keep_their_own_sides():
    text = "Стороны обменяли 12 российских военных на 20 украинских."
    assert [g[3:] for g in facts(text, "ru")] == [("RU", "UA"), ("UA", "RU")]
