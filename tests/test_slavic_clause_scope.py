"""Russian and Ukrainian: what belongs to a figure's own clause. A plan's cue or a future
told in another clause (after a semicolon, in a subordinate clause closed before the
figure, in a clause of contrast after it, a writer's parenthetical opening the sentence) is
not the figure's time; the group's own predicate of completion says it was done; a deal's
terms are a plan; a phrase set off by commas on the group before (a participle's, a relative
clause's) lends the figure no verb; a name in the genitive after a noun in an oblique case is
that noun's attribute, no subject. Sentences of our own."""

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


def test_ru_a_writers_parenthetical_opening_the_sentence_is_no_future():
    text = "Напомним, в мае Беларусь помиловала 20 заключённых."
    assert facts(text, "ru") == [("release", "reported", "BY", "BY", "unspecified", 20)]


def test_uk_a_writers_parenthetical_opening_the_sentence_is_no_future():
    text = "Нагадаємо, у травні Білорусь помилувала 20 ув'язнених."
    assert facts(text, "uk") == [("release", "reported", "BY", "BY", "unspecified", 20)]


def test_ru_a_future_of_the_figures_own_verb_is_still_a_plan():
    text = "Беларусь помилует 20 заключённых."
    assert facts(text, "ru") == [("release", "planned", "BY", "BY", "unspecified", 20)]


# ASPECT: the group's own predicate of completion, past and perfective, says it is done.


def test_ru_an_operation_said_completed_is_done_though_agreed():
    text = "Согласованный в мае обмен 500 на 500 на прошлой неделе завершён."
    assert facts(text, "ru") == [
        ("exchange", "reported", "UA", "RU", "unspecified", 500),
        ("exchange", "reported", "RU", "UA", "unspecified", 500),
    ]


# A DEAL'S TERMS, AND A PHRASE ON THE GROUP BEFORE: the deal provides for a plan; the
# relative clause on the twelve lends the thirty no verb of holding.


def test_ru_a_deals_terms_plan_a_swap_of_two_groups():
    text = (
        "Договор предусматривает обмен 12 азербайджанских военных, которых держат в Ереване, "
        "на 30 армянских пленных."
    )
    assert facts(text, "ru") == [
        ("exchange", "planned", "AZ", "AM", "military", 12),
        ("exchange", "planned", "AM", "AZ", "unspecified", 30),
    ]


def test_uk_a_deals_terms_plan_a_swap_of_two_groups():
    text = (
        "Договір передбачає обмін 12 азербайджанських військових, яких тримають у Єревані, "
        "на 30 вірменських полонених."
    )
    assert facts(text, "uk") == [
        ("exchange", "planned", "AZ", "AM", "military", 12),
        ("exchange", "planned", "AM", "AZ", "unspecified", 30),
    ]


# CASE: a name after a noun in an oblique case is that noun's; the subject is the nominative.


def test_ru_a_name_attributed_to_an_oblique_noun_is_no_subject():
    text = "Алиев после переговоров с министром Франции помиловал 30 заключённых."
    assert facts(text, "ru") == [("release", "reported", "AZ", "AZ", "unspecified", 30)]


def test_uk_a_name_attributed_to_an_oblique_noun_is_no_subject():
    text = "Алієв після переговорів з міністром Франції помилував 30 ув'язнених."
    assert facts(text, "uk") == [("release", "reported", "AZ", "AZ", "unspecified", 30)]
