"""Russian and Ukrainian: a figure's status is read in the clauses that govern it. A plan or
a future in a subordinate or relative clause closed before it, in a clause before a contrast
that opens the figure's, or in a clause a contrast opens after it, is that clause's, not the
figure's. Sentences of our own."""

from __future__ import annotations

from construction_harness import slavic_rows as facts


def test_uk_plan_in_a_relative_clause_before_is_not_the_figures():
    text = "Після обміну, який планували ще влітку, з полону звільнено 64 військових."
    assert facts(text, "uk") == [("exchange", "reported", "UA", "RU", "military", 64)]


def test_ru_plan_in_a_concessive_clause_before_is_not_the_figures():
    text = (
        "Хотя стороны планировали обмен на осень, из плена удалось вернуть 27 украинских военных."
    )
    assert facts(text, "ru") == [("exchange", "reported", "UA", "RU", "military", 27)]


def test_ru_plan_before_a_contrast_is_another_clauses():
    text = "Обмен планировали ещё весной, а из плена удалось вернуть только 33 украинских военных."
    assert facts(text, "ru") == [("exchange", "reported", "UA", "RU", "military", 33)]


def test_ru_a_future_after_the_contrast_still_plans():
    text = "Обмен намечен на пятницу, а из плена удастся вернуть 33 украинских военных."
    assert facts(text, "ru") == [("exchange", "planned", "UA", "RU", "military", 33)]


def test_uk_modal_after_a_contrast_is_another_clauses():
    text = "Із полону звільнено 212 захисників, але обмін має тривати ще два дні."
    assert facts(text, "uk") == [("exchange", "reported", "UA", "RU", "military", 212)]


def test_ru_future_after_a_contrast_is_another_clauses():
    text = (
        "Всего за сутки Киеву удалось вызволить из плена 52 военных, "
        "но новый раунд переговоров пройдёт только в мае."
    )
    assert facts(text, "ru") == [("exchange", "reported", "UA", "RU", "military", 52)]


def test_ru_the_figures_own_future_still_plans():
    text = (
        "По словам омбудсмена, Киеву удастся вызволить из плена 52 военных, "
        "но подробности не раскрываются."
    )
    assert facts(text, "ru") == [("exchange", "planned", "UA", "RU", "military", 52)]


def test_uk_a_plan_governing_the_figures_clause_still_plans():
    text = (
        "Сторони домовилися, що з полону буде звільнено 50 українців, а обмін відбудеться в неділю."
    )
    assert facts(text, "uk") == [("exchange", "planned", "UA", "RU", "unspecified", 50)]
