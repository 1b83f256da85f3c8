"""Russian and Ukrainian: a state named as the genitive of a noun inside a prepositional
phrase ("після зустрічі з послами Камбоджі", "после встречи с послом Японии") names whose
envoy, estimate or minister that is, not who does the clause's verb nor a side of the
story: the subject is the party outside the phrase, and the text's sides are counted
without it. A time phrase's accusative ("в среду КНДР передала") keeps the name after it
the subject. Sentences of our own (Thailand, Cambodia, Japan)."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

WED = datetime.date(2025, 6, 11)


def sides(text: str, lang: str) -> list[tuple[str, str | None, int | None]]:
    return [(f.persons_of, f.held_by, f.low) for f in extract_slavic(text, WED, lang)]


def test_uk_the_envoys_state_in_a_phrase_is_not_the_subject():
    text = (
        "Таїланд і Камбоджа знову воюють. "
        "Таїланд після зустрічі з послами Камбоджі відпустив 18 полонених."
    )
    assert sides(text, "uk") == [("KH", "TH", 18)]


def test_ru_the_envoys_state_in_a_phrase_is_not_the_subject():
    text = (
        "Таиланд и Камбоджа снова воюют. "
        "Таиланд после встречи с послами Камбоджи отпустил 18 пленных."
    )
    assert sides(text, "ru") == [("KH", "TH", 18)]


def test_uk_a_state_named_only_in_phrases_is_no_side_of_the_text():
    text = (
        "Додому повернулися 18 камбоджійських рибалок. Звільнення узгодили після зустрічі "
        "з послом Японії та з міністром Японії. Таїланд підтвердив, що відпустив їх."
    )
    assert sides(text, "uk") == [("KH", "TH", 18)]


def test_ru_a_state_named_only_in_phrases_is_no_side_of_the_text():
    text = (
        "Домой вернулись 18 камбоджийских рыбаков. Освобождение согласовали после встречи "
        "с послом Японии и с министром Японии. Таиланд подтвердил, что отпустил их."
    )
    assert sides(text, "ru") == [("KH", "TH", 18)]


def test_ru_an_indeclinable_name_after_a_time_phrase_stays_the_subject():
    # ("КНДР" reads as every case, the genitive too; "в среду" is a time, not its head)
    text = "Таиланд и Камбоджа снова воюют. В среду КНДР передала Камбодже 18 пленных."
    assert sides(text, "ru") == [("KH", "KP", 18)]


def test_ru_an_indeclinable_name_after_a_place_phrase_stays_the_subject():
    # ("КНДР" reads as every case: after "на последнем этапе" it begins the clause)
    text = "Таиланд и Камбоджа снова воюют. На последнем этапе КНДР передала Камбодже 18 пленных."
    assert sides(text, "ru") == [("KH", "KP", 18)]
