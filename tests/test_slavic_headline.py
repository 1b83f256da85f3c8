"""A headline's figure that the body tells of the same people with another status: the
body's verbs say it (slavic.headline)."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

SAT = datetime.date(2025, 6, 14)  # a Saturday


def facts(text: str, lang: str) -> list[tuple]:
    """(sentence number, kind, status, persons_of, held_by, low) of each fact."""
    got = extract_slavic(text, SAT, lang)
    return [(f.sentence_no, f.kind, f.status, f.persons_of, f.held_by, f.low) for f in got]


def test_ru_an_agreement_in_the_headline_is_what_the_body_says_was_done():
    text = (
        "Баку согласился отпустить шестерых армянских пленных\n"
        "Во вторник Азербайджан передал Армении шестерых армянских пленных, Армения в ответ "
        "вернула двух азербайджанцев."
    )
    assert (0, "exchange", "planned", "AM", "AZ", 6) not in facts(text, "ru")
    assert (1, "exchange", "reported", "AM", "AZ", 6) in facts(text, "ru")


def test_uk_a_present_in_the_headline_is_the_plan_the_body_tells():
    text = (
        "Україна та Росія проводять обмін 300 на 300\n"
        "Обмін 300 на 300 триватиме до неділі й завершиться передачею поранених, повідомили "
        "в Коордштабі."
    )
    assert {f[2] for f in facts(text, "uk")} == {"planned"}


def test_a_first_sentence_with_a_full_stop_is_no_headline():
    # a lead sentence says what it says: both readings stay
    text = (
        "Украина и Россия провели обмен 300 на 300.\n"
        "Обмен 300 на 300 продлится до воскресенья, сообщили в Минобороны."
    )
    assert {(f[0], f[2]) for f in facts(text, "ru")} == {(0, "reported"), (1, "planned")}


def test_ru_a_return_in_the_headline_is_the_release_the_body_tells():
    text = (
        "Домой из плена вернулись трое южнокорейских военных\n"
        "В воскресенье КНДР без каких-либо условий отпустила троих южнокорейских военных."
    )
    assert [f[:2] for f in facts(text, "ru")] == [(1, "release")]


def test_uk_a_one_sided_freeing_in_the_body_tells_the_headline_kind():
    text = (
        "З північнокорейського полону повернулися п'ятеро південнокорейських військових\n"
        "У неділю КНДР в односторонньому порядку звільнила п'ятьох південнокорейських "
        "військових, повідомив Сеул."
    )
    assert [f[:2] for f in facts(text, "uk")] == [(1, "release")]


def test_a_lead_sentence_keeps_its_own_kind():
    text = (
        "Домой из плена вернулись трое южнокорейских военных.\n"
        "В воскресенье КНДР без каких-либо условий отпустила троих южнокорейских военных."
    )
    assert {(f[0], f[1]) for f in facts(text, "ru")} == {(0, "exchange"), (1, "release")}


def test_ru_a_freeing_in_the_headline_stays_over_a_bare_return_in_the_body():
    # the body's return is a swap's half only by default: the headline says more
    text = (
        "КНДР освободила семерых южнокорейских военных\n"
        "В пятницу семеро южнокорейских военных вернулись домой из плена."
    )
    assert (0, "release") in {f[:2] for f in facts(text, "ru")}


# ---------------------------------------------------------------- another handover in the body
# a body sentence that tells ANOTHER swap of the same size ("очередной", "ще один", "новий
# обмін") retells nothing: the headline's swap stays, whatever the tenses (lexicon
# grammar.another_event)


def test_ru_a_next_swap_of_the_same_size_leaves_the_headline_swap():
    text = (
        "Украина и Россия обменялись пленными: 150 на 150\n"
        "Стороны также условились в августе провести очередной обмен 150 на 150."
    )
    got = facts(text, "ru")
    assert (0, "exchange", "reported", "UA", "RU", 150) in got
    assert (0, "exchange", "reported", "RU", "UA", 150) in got
    assert (1, "exchange", "planned", "UA", "RU", 150) in got


def test_uk_a_new_swap_of_the_same_size_leaves_the_headline_swap():
    text = (
        "Росія та Україна обмінялися полоненими за формулою 120 на 120\n"
        "Омбудсмени обох країн заявили, що до кінця місяця має відбутися новий обмін 120 на 120."
    )
    got = facts(text, "uk")
    assert (0, "exchange", "reported", "RU", "UA", 120) in got
    assert (0, "exchange", "reported", "UA", "RU", 120) in got


def test_ru_a_planned_release_in_the_body_leaves_the_headline_swap():
    # only a release done tells what a swap's half in the headline was
    text = (
        "Россия и Украина обменялись пленными: 90 на 90\n"
        "Москва пообещала в следующем месяце отпустить 90 украинских военных без всяких условий."
    )
    assert (0, "exchange", "reported", "UA", "RU", 90) in facts(text, "ru")


def test_uk_a_planned_release_in_the_body_leaves_the_headline_swap():
    text = (
        "Україна та Росія обмінялися полоненими: 90 на 90\n"
        "Київ пообіцяв наступного місяця звільнити 90 російських військових без жодних умов."
    )
    assert (0, "exchange", "reported", "RU", "UA", 90) in facts(text, "uk")
