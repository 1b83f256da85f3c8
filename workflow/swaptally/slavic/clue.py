"""What the sides resolvers (slavic.sides) read about one figure — its Clue, built once in
extract._sentence_facts — and the two helpers they share: the other of the text's two
sides, and a pair of sides with its holder filled in from the clause or the text."""

from __future__ import annotations

from dataclasses import dataclass

from swaptally.slavic.frame import Frame
from swaptally.slavic.groups import Group

__all__ = ["Clue", "Pair", "Sides", "other_side", "pair_sides"]

# (persons_of, held_by) of a figure. Either may be unknown (None): a resolver may name the
# holder and not whose people they are ("… и 9 их пленных" where the speaker's other side is
# no party of the text), and the fact keeps the None (extract.fact.Fact.persons_of)
Pair = tuple[str | None, str | None]
Sides = list[Pair]


@dataclass(slots=True, unsafe_hash=True)  # never changed: see extract.fact.Provenance
class Clue:
    """Everything a resolver may read about one figure (built once, never changed)."""

    group: Group
    frame: Frame
    kind: str  # exchange | release | held
    parties: tuple[str, ...]  # the document's two sides, most named first
    home: str | None  # the text's home side: whose people come "домой" ("додому")
    speaker: str | None  # whose people "наших" means: the sentence's speaker, else home
    each: bool  # "по N", "N на N", "друг другу": as many on each side
    total: bool  # "в общей сложности N": both sides together
    summed: bool  # a total's cue earlier in the window ("общее число … составило N")
    among: bool  # "среди них N": a part of the figure before
    managed: bool  # "удалось вернуть", "вдалося повернути": a side got its own people
    in_return: bool  # "взамен", "натомість": the other side's people of the swap just told
    previous: Pair | None  # sides of the document's previous fact
    inherited: Pair | None  # sides of the sentence's previous figure
    reciprocal: bool = False  # "Россия и Украина обменялись 307 военными": 307 of each side's
    own_prisoners: bool = False  # the clause names political prisoners or convicts
    political: bool = False  # the group's own phrase names them political prisoners
    part: bool = False  # "з них 2 тисячі — цивільні": a part named with no party of its own
    hostages: tuple[str, str] | None = None  # (its enemy, an armed group of the text) when
    # the group is hostages of no stated nationality
    announcer: str | None = None  # the party whose verb of saying tells of the handover
    # ("Минобороны России сообщило о возвращении 84"): the sentence's own speaker
    inmates: bool = False  # the group's noun names inmates ("заключённых", "ув'язнених")
    own_inmates: bool = False  # … and no foreigners or nation is named after the figure
    taken: bool = False  # the group is told as taken ("похищенных", "задержанных")
    homeward: bool = False  # the window says where people go is home ("домой", "додому")
    paired: bool = False  # the sentence counts our captives and theirs: a swap's halves
    owner: str | None = None  # the party named in the nominative before a group named as
    # its own ("соотечественников", "своих"): "Москалькова зустріла 98 співвітчизників",
    # "Киев сообщил, что вернул 95 своих защитников"
    traded_for: str | None = None  # the nationality of the people the group is swapped for
    # right after it ("215 … бойцов освобождены в обмен на 50 российских пленных": RU's)
    running_on: bool = False  # a sentence's verbless total after a swap's figure ("… вернулись
    # 200 военных. Всего за два дня — 500."): the same side's, not a two-sided total
    exchange_of: bool = False  # the noun of exchange governs the group in the instrumental
    # ("обмен 26 заключёнными", "обмін 40 полоненими"): both sides' people together
    one_nation: bool = False  # the text names one party only, a nation at war with itself
    # (lexicon civil_war: "правительство Йемена", "хуситы"): both sides are its people
    civil_subject: bool = False  # the clause's subject is a side of such a nation ("Кабул",
    # "таліби"): its own nationality's people it frees are the other side's, held by it
    civil_story: bool = False  # the text's first side is such a nation: its war at home is
    # the story, and a state named beside it is no side of that war
    civil_sides: bool = False  # the figure's clause names two sides of one such nation
    # ("хуситы и правительство Йемена обменялись 300 пленными"): one nation on both sides
    armed_captors: bool = False  # the window names an armed group's fighters as the people's
    # captors ("у полоні бойовиків лишаються 37", "в руках бандитов ещё 48 человек")
    armed_side: str | None = None  # the side such fighters are of in this text: the nation
    # at war with itself of its story, else in the default parties' war the lexicon's
    # militants_side (the DPR's and LPR's fighters: RU)


def other_side(c: Clue, code: str | None) -> str | None:
    """The other of the text's two sides, when `code` is one of them."""
    if code is None or len(c.parties) < 2 or code not in c.parties[:2]:
        return None
    return c.parties[1] if code == c.parties[0] else c.parties[0]


def pair_sides(c: Clue, persons: str | None, holder: str | None = None) -> Sides | None:
    """`persons` held by `holder`, else by the captor the clause names, else by the other
    side of the text (a nation at war with itself: by its own)."""
    if persons is None:
        return None
    if holder is None or holder == persons:
        holder = c.frame.captor if c.frame.captor != persons else None
    # a text of one nation at war with itself names no other holder: its own sides held
    # them ("повстанцы освободили 40 солдат суданской армии"); so too where the story is
    # that nation's and another state is named beside it (a guarantor, a neighbour, a
    # state that comments): that state is outside the war at home and held none of its
    # people ("повстанцы отпустили 12 мьянманских военных; Таиланд приветствовал …");
    # not where the clause hands them TO that nation: someone else held them (as the
    # subject reading asks, slavic/sides.py)
    at_home = c.civil_story and persons == c.parties[0]
    if at_home and holder is None and not c.frame.recipient:
        return [(persons, persons)]
    own = persons if c.one_nation and persons == c.parties[0] else None
    return [(persons, holder or other_side(c, persons) or own)]
