"""The Slavic extractor on the catalogue drawn from real news (tests/constructions_news_slavic.py).

Each case is one construction in Russian or Ukrainian; it passes when the text gives exactly
its gold facts (kind, status, persons_of, held_by, category, low, high, date, period), and no
others beyond those the conventions leave optional. A case the extractor does not read yet is
xfail (strict) in KNOWN, with the MECHANISM it lacks (not the sentence): those counts by axis
are how far the extractor is from how real news is written.

    python tests/test_constructions_news_slavic.py      # passes and failures by axis
    python tests/test_constructions_news_slavic.py -v   # and what each failing case gets
"""

from __future__ import annotations

import sys
from collections import Counter

import construction_harness as harness
import pytest
from constructions_news_slavic import AXES, CASES, PUB, Case, F

# The mechanisms the failing cases lack (named once, so the cases sharing one count together).
FALLEN = (
    "the fallen without the word тела/тіла ('318 павших', 'полеглих', 'загиблих') read as captives"
)
RESIDENT = (
    "житель/мешканець read as civilian, though officials count returned SOLDIERS as residents"
)
NEVOLYA = "ru 'из (российской) неволи' is no captivity phrase: the return is not read"
PARTICIPLE = (
    "a participle or adjective between numeral and noun ('52 освобождёнными … военнослужащими', "
)
PARTICIPLE += "'98 вернувшихся из плена', '23 незаконно осуждённых', 'трое гражданских украинцев')"
FRAGMENT = "a verbless post fragment ('Наши дома. 118 человек.') gives no return"
WORDS_COORD = "number words as the first of coordinated groups ('Двести сорок военных и 60 …') lost"
DEAL_LABEL = "the text's home side lost when both parties are the subject and a relative clause "
DEAL_LABEL += (
    "returns people ('Украина и Россия провели … обмена, в рамках которой удалось вернуть')"
)
TWO_SIDED = "a two-sided total ('стороны обменяли N', 'Россия и Украина освободили в общей "
TWO_SIDED += "сложности N') is not read as XX"
WAR_START = (
    "'с начала вторжения' / 'з початку вторгнення' without 'полномасштабного' gives no period"
)
OUTSIDE = "returns 'вне обменов' / 'поза обмінами' are releases, read as exchange"
PLAN_DAY = "a planned figure's named day ('завтра, 14 ноября') is not its date"
PLAN_MODAL = "ru modal 'может пройти' not read as planned"
GAPPED_PLAN = "a gapped or second clause ('а ХАМАС – 24', 'а Армения обязуется освободить') loses "
GAPPED_PLAN += "the first's modality, and two freeing clauses of one deal are not read as a swap"
DEAL_HALF = (
    "'должен освободить … в рамках соглашения с X' (one half of a swap deal) read as release"
)
OUR_THEIR = (
    "'наших … и … их пленных' in a party's quote: holders not resolved, swap read as release"
)
FREEDOM = "'свободу обретут/отримають N' is no release verb; two named parties make its total XX"
SPAN = "a day span '20–21 ноября' on a planned swap is not its period"
FAILED = "a nominal plan that failed ('запланированное возвращение N … не состоялось') still a fact"
HELD_AT = "a stock told without a verb ('у ЗСУ близько N полонених …', 'В плену РФ — около N') "
HELD_AT += "read as a reported exchange or release"
ONE_SIDED = "a one-sided return by one state to another ('Азербайджан вернул … при посредничестве "
ONE_SIDED += "Франции') read as an exchange"
COMPATRIOTS = "'соотечественников/співвітчизників' met by a party's official belong to her side"
THEN = "'Тогда/Тоді' does not carry the previous sentence's day to the figures"
CITY_DEMONYM = "a city's demonym ('курян') is no group noun"
SPEAKER_SIDE = "'наши ребята' in a party's official's quote belong to the speaker's side"
DASH_APPOSITION = "the figure in a dash apposition ('многие наши ребята – 150 человек') is lost"
THOUSAND_HUNDREDS = "'1 тыс. 200' (thousands, then hundreds) is not read as 1200"
N_OF_M = "'640 из 900 обещанных' — the part freed is dropped and the whole taken"
BARE = "a bare figure with no noun ('были возвращены 75') is not read"
YEAR_GO = "a year written '2022-го' is not read (the period starts in the current year)"
GOODWILL = "goodwill in the instrumental ('Жестом доброй воли … передала') is no goodwill cue"
ORIGIN = "origin with a preposition ('14 бойцов из ДНР', '27 человек — из … республик') gives "
ORIGIN += "no side (or the wrong one); 'бойцов ДНР' does"
REGION = "ru region list lacks Ukrainian oblasts ('Ровенской области')"

# What each case the extractor does not read yet lacks (the mechanism, not the sentence).
KNOWN: dict[str, str] = {
    "part-sentenced-of-which-ru": PARTICIPLE,
    "side-border-met-uk": COMPATRIOTS,
}  # fmt: skip


def got_facts(case: Case) -> set[F]:
    """The facts extracted from the case's text, as F."""
    return harness.slavic_facts(case.text, PUB, case.lang)


def scored(case: Case) -> set[F]:
    """The extracted facts that count: the wanted ones and any other not left optional."""
    return {f for f in got_facts(case) if f in case.want or tuple(f[:7]) not in case.maybe}


def passes(case: Case) -> bool:
    return scored(case) == case.want


@pytest.mark.parametrize("case", [harness.param(c, KNOWN) for c in CASES])
def test_construction(case: Case) -> None:
    assert scored(case) == case.want


def test_catalogue_is_whole() -> None:
    """Ids are unique, every construction is in both languages, KNOWN names only cases."""
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids))
    stems = Counter(c.id.rsplit("-", 1)[0] for c in CASES)
    assert all(n == 2 for n in stems.values())
    assert all(f"{s}-ru" in ids and f"{s}-uk" in ids for s in stems)
    assert set(KNOWN) <= set(ids)


def by_axis() -> dict[str, tuple[int, int]]:
    """Passing and all cases of each axis."""
    out = dict.fromkeys(AXES, (0, 0))
    for c in CASES:
        axis = c.id.split("-", 1)[0]
        ok, n = out[axis]
        out[axis] = (ok + passes(c), n + 1)
    return out


if __name__ == "__main__":
    total = [0, 0]
    for axis, (ok, n) in by_axis().items():
        print(f"{axis:8} {ok:3}/{n:<3} failing {n - ok}")
        total[0] += ok
        total[1] += n
    print(f"{'all':8} {total[0]:3}/{total[1]}")
    print("\nfailing cases by mechanism:")
    for why, n in Counter(KNOWN.values()).most_common():
        print(f"{n:3}  {why}")
    if "-v" in sys.argv:
        for c in CASES:
            if not passes(c):
                print(f"\n{c.id}: {c.text}\n  want {sorted(c.want, key=str)}")
                print(f"  got  {sorted(got_facts(c), key=str)}")
