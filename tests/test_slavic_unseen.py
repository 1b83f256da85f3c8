"""Constructions of Russian and Ukrainian news that held no rule before unseen texts showed
them (session 12), each tested on sentences of our own, in other wordings and conflicts."""

from __future__ import annotations

from construction_harness import slavic_rows as facts

# MEASURES: a figure followed by a unit of time or measure counts it, never people borrowed
# from the figure before it ("держали в Газе более 15 месяцев").


def test_uk_a_duration_after_a_place_is_no_stock():
    text = "Угрупування передало Ізраїлю трьох солдатів, яких утримували в Газі понад 20 місяців."
    assert [g[5] for g in facts(text, "uk")] == [3]


def test_ru_a_duration_after_a_place_is_no_stock():
    text = "Боевики передали Израилю пятерых военных, которых держали в Газе почти 14 месяцев."
    assert [g[5] for g in facts(text, "ru")] == [5]


def test_ru_years_of_a_sentence_are_no_people():
    text = "Россия освободила 12 украинцев, осуждённых в Крыму на 8 лет."
    assert [g[5] for g in facts(text, "ru")] == [12]


# SPEAKER_HOME: people said to come home in a party's own quoted words are that party's,
# though the text quoted no one before it.


def test_ru_home_in_a_quoted_officials_words_is_his_sides():
    text = 'Буданов: "Это важный день – сегодня 57 человек возвращаются домой".'
    assert facts(text, "ru") == [("exchange", "reported", "UA", "RU", "unspecified", 57)]


def test_ru_home_in_a_russian_officials_words_is_russias():
    text = "Песков: «Сегодня домой возвращаются 64 человека»."
    assert facts(text, "ru") == [("exchange", "reported", "RU", "UA", "unspecified", 64)]


# CHANNEL_COLON: an official's name, where he posts, then a colon: what follows is his word
# ("X в Telegram: …", "X у своєму телеграм-каналі: …").


def test_ru_a_post_in_telegram_is_the_posters_word():
    text = "Ермак в Telegram: «Сегодня 41 человек возвращается домой»."
    assert facts(text, "ru") == [("exchange", "reported", "UA", "RU", "unspecified", 41)]


def test_ru_a_post_in_ones_own_channel_is_the_posters_word():
    text = "Песков в своём телеграм-канале: «Сегодня домой вернулись 41 человек»."
    assert facts(text, "ru") == [("exchange", "reported", "RU", "UA", "unspecified", 41)]


def test_uk_a_post_names_its_author():
    from swaptally.slavic import extract_slavic

    text = "Лубінець у телеграм-каналі: «Додому повернулися 33 наші захисники»."
    got = extract_slavic(text, None, "uk")
    assert [(f.persons_of, f.low, f.said_by) for f in got] == [("UA", 33, "Лубінець")]
