"""Who said it."""

from __future__ import annotations

import datetime as dt

import pytest
from swaptally.extract import extract_facts
from swaptally.extract.speakers import (
    named_before,
    quote_speakers,
    said_by,
    speaker_at,
    speeches,
    trim_who,
)


def said(text: str) -> str | None:
    return said_by(text, text.lower())


def test_according_to_and_said() -> None:
    assert said("According to the Red Cross, 40 detainees went home.") == "the Red Cross"
    assert (
        said("Kenya's foreign ministry said 12 sailors were freed.") == "Kenya's foreign ministry"
    )
    assert said("Twelve sailors were freed on Monday.") is None


def test_quote_spanning_sentences_takes_the_speaker_after_it() -> None:
    sents = ["“We brought 30 home.", "More will follow,” the mayor said.", "Rain fell."]
    assert quote_speakers(sents) == {0: "the mayor", 1: "the mayor"}


# A speaker's span is its name: never a clause opener before it, an auxiliary or adverb
# after it, a day, a bare nationality adjective, or the listener of 'told'.
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("While Peru's interior ministry says 14 miners were freed, families dispute it.",
         "Peru's interior ministry"),
        ("In a statement the Kenyan police said 9 fishermen were released.", "the Kenyan police"),
        ("Chile has said that 12 sailors were freed.", "Chile"),
        ("State radio KBC first reported that 30 hostages were freed.", "State radio KBC"),
        ("Nine hostages were freed, the coastguard said Monday.", "the coastguard"),
        ('"We freed 12," deputy minister Ana Ruiz told Peruvian radio.',
         "deputy minister Ana Ruiz"),
        ("The agency said in a statement posted online that 40 were freed.", "The agency"),
        # a person before the apposition that gives their title
        ("Ana Ruiz, a spokeswoman for the Peruvian army, said 14 soldiers were freed.",
         "Ana Ruiz"),
        ("Lima freed 12 sailors on Monday, Jorge Salas, who heads the coast guard, said.",
         "Jorge Salas"),
        ("In Lima, the ministry said 12 sailors were freed.", "the ministry"),
        ("Chad freed 30 soldiers, the army's chief of staff, Idriss Mahamat, said on Friday.",
         "Idriss Mahamat"),  # the name as the apposition of a title
        ("- Quito reported the return of 9 sailors.", "Quito"),  # a list's bullet
    ],
)  # fmt: skip
def test_speaker_span_is_a_name(text: str, who: str) -> None:
    assert said(text) == who


@pytest.mark.parametrize(
    "text",
    [
        "After the payment was confirmed, 6 hostages were freed.",  # a passive: no one speaks
        "The figures were reported to the mission in March: 80 detainees.",
        "Rebels, who hold the north, said Friday that 40 soldiers were freed.",  # a day
        "Officials in Lima (the capital) said Peruvian troops freed 20 hostages.",  # no inversion
    ],
)
def test_no_speaker(text: str) -> None:
    assert said(text) is None


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a capitalised month right before a capitalised surname opens a name
        ("May Ruiz said 14 soldiers were freed.", "May Ruiz"),
        ("Lima freed 14 sailors on Monday, June Okafor told reporters.", "June Okafor"),
        ("April Kaye Mensah has said that 30 hostages went home.", "April Kaye Mensah"),
        # a month after a preposition or a day word is a time, and so is a weekday
        ("In May Ruiz said 14 soldiers were freed.", "Ruiz"),
        ("Last March Ruiz said 14 soldiers were freed.", "Ruiz"),
        ("On Saturday Ruiz said 14 soldiers were freed.", "Ruiz"),
        ("March Ukraine said 14 soldiers were freed.", "Ukraine"),  # no person's name
        # two speakers joined by 'and' both speak
        ("Hamas and Qatar said 33 hostages would be freed.", "Hamas and Qatar"),
        ("The ICRC and the UN said 12 detainees went home.", "The ICRC and the UN"),
        ("According to Baku and Yerevan, 15 prisoners were handed over.", "Baku and Yerevan"),
        ("Six captives were freed, according to Sanaa and Riyadh.", "Sanaa and Riyadh"),
        # but an 'and' between two clauses does not join them
        ("Kyiv freed 90 prisoners and Moscow said it got 82 back.", "Moscow"),
    ],
)  # fmt: skip
def test_a_speaker_s_name_whole(text: str, who: str) -> None:
    assert said(text) == who


def test_each_figure_takes_the_speech_around_it() -> None:
    text = (
        "Armenia said 14 of its soldiers came home, while Azerbaijan said it received 9 of its "
        "own servicemen."
    )
    found = speeches(text, text.lower())
    assert speaker_at(found, text.index("14")) == "Armenia"
    assert speaker_at(found, text.index("9 of")) == "Azerbaijan"
    text = "Eleven sailors were freed on Monday, Somalia said, while Kenya said 3 more are held."
    found = speeches(text, text.lower())
    assert speaker_at(found, text.index("Eleven")) == "Somalia"  # the speech after it
    assert speaker_at(found, text.index("3 more")) == "Kenya"


DAY = dt.date(2025, 3, 6)


def _said(text: str, lang: str = "en") -> list[str | None]:
    return [f.said_by for f in extract_facts(text, DAY, lang=lang)]


def test_pronoun_is_the_last_named_speaker_that_agrees() -> None:
    text = (
        "Ukraine's ombudsman Anna Kovalenko said 40 soldiers came home from Russian captivity "
        "on Monday. She said 12 civilians were also freed."
    )
    assert _said(text) == ["Ukraine's ombudsman Anna Kovalenko"] * 2
    text = (
        "Peru's defence ministry said 20 soldiers held by rebels were freed on Monday, and "
        "Minister Luis Prado praised the army. It said 5 more were released on Tuesday."
    )
    assert _said(text) == ["Peru's defence ministry"] * 2  # 'it': no person
    text = (
        "Colombia's ombudsman Rosa Vega said rebels freed 30 soldiers on Monday. The rebels "
        "still hold 12 more soldiers, she added."
    )
    assert _said(text) == ["Colombia's ombudsman Rosa Vega"] * 2  # '…, she added'
    text = "Rebels released 20 soldiers on Monday. He said 5 more were released on Tuesday."
    assert _said(text) == [None, None]  # no one named before: no speaker


def test_named_before_agreement() -> None:
    names = ["Kenya's foreign ministry", "Mr Otieno", None]
    before = [lambda n=n: n for n in names]
    assert named_before("he", before) == "Mr Otieno"
    assert named_before("It", before) == "Kenya's foreign ministry"
    assert named_before("they", [lambda: "Mr Otieno"]) is None
    assert trim_who("Peruvian") is None and trim_who("Peruvians") == "Peruvians"


def test_slavic_speaker_names() -> None:
    # a speech adverb before the name is no part of it
    assert _said("Коротко Лубинец: из российского плена вернулись 30 украинских бойцов.", "ru") == [
        "Лубинец"
    ]
    assert _said("Офіційно Лубінець: з російського полону повернулися 30 захисників.", "uk") == [
        "Лубінець"
    ]
    # a place in the dative or locative does not speak
    assert _said("Він наголосив, що Польщі вдалося повернути 12 рибалок з полону.", "uk") == [None]
    # the head of a genitive name; a group beyond a comma is not the speaker
    text = (
        "Бойцы ВСУ переданы в обмен на 40 российских военнослужащих, сообщило Министерство "
        "обороны РФ."
    )
    assert _said(text, "ru") == ["Министерство обороны РФ"]


@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        # a person's name in another case is given in the nominative, its parts agreeing
        ("По словам Ермака, из плена вернулись 95 украинских военных.", "ru", "Ермак"),
        ("По словам Андрея Ермака, из плена вернулись 95 украинских военных.", "ru",
         "Андрей Ермак"),
        ("Как рассказала Татьяне Москальковой мать, домой вернулись 12 российских военных.",
         "ru", None),  # no speaker: she is told
        ("За словами Дмитра Лубінця, з полону повернулися 95 українських захисників.", "uk",
         "Дмитро Лубінець"),
        ("За словами Лубінця, з полону повернулися 95 українських захисників.", "uk",
         "Лубінець"),
        # a woman's surname whose oblique forms have the man's lemma; a source after "по данным"
        ("По данным Москальковой, из плена вернулись 40 российских военных.", "ru",
         "Москалькова"),
        ("За даними Москалькової, з полону повернулися 40 російських військових.", "uk",
         "Москалькова"),
        ("По сведениям Лантратовой, домой вернулись 40 российских военных.", "ru", "Лантратова"),
        ("За відомостями Коордштабу, з полону повернулися 40 українських військових.", "uk",
         "Коордштаб"),
        # a Ukrainian man's name of the -о declension: "Кирила" is Кирило's, not Кирил's
        ("За словами Кирила Буданова, з полону повернулися 40 українських військових.", "uk",
         "Кирило Буданов"),
        ("За словами начальника ГУР Кирила Буданова, з полону повернулися 40 українців.", "uk",
         "Кирило Буданов"),
        # a surname the dictionary knows only as a noun, the lexicon as a name
        ("По словам Дмитрия Лубинца, из плена вернулись 40 украинских военных.", "ru",
         "Дмитрий Лубинец"),
        # a sentence opened by a preposition: no part of the source's name
        ("По информации Минобороны России, из плена вернулись 40 российских военных.", "ru",
         "Минобороны России"),
        # already in the nominative, or no person's name: as written
        ("Лубінець повідомив, що з полону повернулися 52 українці.", "uk", "Лубінець"),
        ("Как сообщили в Минобороны РФ, из плена вернулись 61 российский военный.", "ru",
         "Минобороны РФ"),
    ],
)  # fmt: skip
def test_slavic_speaker_in_the_nominative(text: str, lang: str, who: str | None) -> None:
    assert _said(text, lang) == [who]


def test_slavic_pronoun_speaker_is_the_name_before_it() -> None:
    text = (
        "Омбудсмен Татьяна Москалькова сообщила, что обмен прошёл успешно. "
        "По её словам, домой вернулись 40 российских военнослужащих."
    )
    assert _said(text, "ru") == ["Татьяна Москалькова"]
    text = (
        "Омбудсман Дмитро Лубінець повідомив про новий обмін. З російського полону "
        "повернулися 25 українських захисників, зазначив він."
    )
    assert _said(text, "uk") == ["Дмитро Лубінець"]
    # no one named before the pronoun: no speaker
    assert _said("З полону повернулися 25 українських захисників, зазначив він.", "uk") == [None]
