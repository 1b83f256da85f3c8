"""The writer's reminder ("Нагадаємо, …", "Напомним, …") has a future's form but recalls
what was told before: it makes no plan of the handover it recalls."""

from __future__ import annotations

import datetime

from swaptally.slavic import extract_slavic

THU = datetime.date(2025, 10, 23)


def statuses(text: str, lang: str) -> list[tuple]:
    return [(f.low, f.status, f.date) for f in extract_slavic(text, THU, lang)]


def test_uk_a_reminder_of_a_managed_return_is_no_plan():
    text = (
        "Нагадаємо, на початку літа Вірменії вдалося визволити з азербайджанського полону "
        "п'ятьох прикордонників."
    )
    assert [g[:2] for g in statuses(text, "uk")] == [(5, "reported")]


def test_ru_a_reminder_with_a_day_keeps_the_day():
    text = (
        "Напомним, 2 октября Армении удалось освободить из азербайджанского плена троих "
        "военнослужащих."
    )
    assert statuses(text, "ru") == [(3, "reported", datetime.date(2025, 10, 2))]


def test_uk_a_reminder_before_a_plan_leaves_the_plan():
    text = "Нагадаємо, наступного тижня Росія має передати Україні 75 полонених."
    assert [g[:2] for g in statuses(text, "uk")] == [(75, "planned")]
