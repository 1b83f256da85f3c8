"""Stage 2: coordinated figures and breakdowns."""

from __future__ import annotations

from swaptally.extract import load_lexicon
from swaptally.extract.groups import group_figures
from swaptally.extract.mentions import figures_of

LEX = load_lexicon()


def grouped(text: str):
    return group_figures(text, figures_of(LEX, text, text.lower())[0])


def test_coordinated_parts_share_the_demonym() -> None:
    troops, civilians = grouped("Moscow got back 50 Russian troops and 8 civilians.")
    assert civilians.follows == 0
    assert civilians.codes == troops.codes == ("RU",)
    assert civilians.category == "civilian"


def test_breakdown_gives_the_total_its_sides_and_parts_its_category() -> None:
    total, ours, foreign = grouped(
        "The convoy brought 60 prisoners of war, 55 Ukrainians and 5 foreigners."
    )
    assert (total.q.value, ours.q.value, foreign.q.value) == (60, 55, 5)
    assert set(total.codes) == {"UA", "XX"}
    assert ours.follows == 0 and ours.category == foreign.category == "military"


def test_unrelated_figures_stay_apart() -> None:
    a, b = grouped(
        "On Monday 30 soldiers were freed. Separately, officials said 12 sailors went home."
    )
    assert a.follows is None and b.follows is None


def test_a_second_noun_after_its_own_number_word_is_the_next_figure_s() -> None:
    soldiers, civilians = grouped("Kyiv said 45 service personnel and two civilians came home.")
    assert (soldiers.category, civilians.category, civilians.follows) == (
        "military", "civilian", 0,
    )  # fmt: skip
    hostages, thais = grouped("Hamas freed ten Israeli hostages and four Thai nationals.")
    assert (hostages.codes, thais.codes, thais.follows) == (("IL",), ("TH",), 0)


def test_a_total_takes_no_side_only_some_parts_name() -> None:
    total, ours, thai = grouped(
        "We welcome the 9 freed people, 7 of our citizens and 2 Thai citizens."
    )
    assert thai.codes == ("TH",) and not ours.codes
    assert total.codes == ()  # not all Thai
    total, *_ = grouped("The convoy carried 9 hostages, 7 Israelis and 2 Thais.")
    assert set(total.codes) == {"IL", "TH"}


def test_a_conjunct_after_a_time_adverbial_shares_the_first_figures_clause() -> None:
    # gapping: the verb and its subject ("each side handed over") are not repeated
    first, second = grouped("Each side handed over 32 soldiers, and a day later 12 civilians.")
    assert second.follows == 0 and second.clause[0] == first.clause[0]
    first, second = grouped(
        "On Monday the rebels freed 40 people, police officers and aid workers, and on "
        "Tuesday 12 journalists."
    )
    assert first.np_end > first.q.start + len("40 people, police officers")  # the apposition
    assert second.follows == 0 and second.clause[0] == first.clause[0]


def test_a_part_set_off_by_a_comma_keeps_its_own_clause() -> None:
    _, part, _ = grouped("Kyiv is embracing the 9 freed persons, 7 of our citizens and 2 Thais.")
    assert part.follows == 0 and part.clause[0] > 0
