"""Russian and Ukrainian: what belongs to a figure's own clause. A plan's cue or a future
told in another clause (after a semicolon, in a subordinate clause closed before the
figure, in a clause of contrast after it) is not the figure's time; a deal's terms are a
plan; a phrase set off by commas on the group before (a participle's, a relative clause's)
lends the figure no verb. Sentences of our own."""

from __future__ import annotations

from construction_harness import slavic_rows as facts

# THE FIGURE'S OWN CLAUSE: a future or a plan's cue in another clause is not its time.


def test_uk_a_future_in_a_clause_of_contrast_after_the_figure_is_not_its_time():
    text = (
        "За три дні вдалося повернути 500 людей, а наступного тижня обмін, як очікується, "
        "продовжиться."
    )
    assert facts(text, "uk") == [("exchange", "reported", "UA", "RU", "unspecified", 500)]


def test_uk_an_agreement_before_a_semicolon_is_not_the_figures_plan():
    text = "Сторони домовилися про великий обмін; за два дні вдалося повернути 400 людей."
    assert facts(text, "uk") == [("exchange", "reported", "UA", "RU", "unspecified", 400)]


def test_uk_a_verb_of_beginning_in_a_subordinate_clause_is_not_the_figures_plan():
    text = "Від 24 лютого, коли почалася війна, з полону звільнено 1500 українців."
    assert facts(text, "uk") == [("exchange", "reported", "UA", "RU", "unspecified", 1500)]


# A DEAL'S TERMS, AND A PHRASE ON THE GROUP BEFORE: what the sides provide for is a plan;
# the phrase on the twelve (a participle's, a relative clause's) lends the thirty no verb of
# holding.


def test_ru_what_the_sides_provide_for_is_a_plan_for_both_groups():
    text = (
        "Стороны предусмотрели вернуть 12 азербайджанских военных, удерживаемых в Ереване, "
        "и 30 армянских пленных."
    )
    assert facts(text, "ru") == [
        ("exchange", "planned", "AZ", "AM", "military", 12),
        ("exchange", "planned", "AM", "AZ", "unspecified", 30),
    ]


def test_uk_what_the_sides_provide_for_is_a_plan_for_both_groups():
    text = (
        "Сторони передбачили повернути 12 азербайджанських військових, яких утримують у "
        "Єревані, і 30 вірменських полонених."
    )
    assert facts(text, "uk") == [
        ("exchange", "planned", "AZ", "AM", "military", 12),
        ("exchange", "planned", "AM", "AZ", "unspecified", 30),
    ]
