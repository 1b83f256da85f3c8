"""Whose people a figure counts and who held them: an ordered list of named resolvers.

Each resolver looks at one construction and returns the (persons_of, held_by) pairs it
decides, or None to pass; the first that decides wins, and its name is the fact's rule
(`swaptally explain` shows it). Actors named in the sentence come before anything
carried from earlier sentences; a venue or mediator is never a side.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from swaptally.slavic.clue import Clue, Sides, other_side, pair_sides
from swaptally.slavic.groups import ONE_WAY

__all__ = ["RESOLVERS", "Clue", "Resolver", "each_side", "mixed", "resolve", "war_at_home"]


def running_on(c: Clue) -> Sides | None:
    """A verbless total opening a sentence after a fact of one side's people ("Сегодня
    вернулись ещё 200 российских военных. Всего за два дня — 500 человек."): that side's
    running total, as the figure before it (a two-sided total names both: "обменялись")."""
    if not c.running_on or c.previous is None or "XX" in c.previous:
        return None
    return [c.previous]


def swap_total(c: Clue) -> Sides | None:
    """Both sides' people together ("в общей сложности 168 человек"), unless the clause
    says whose people go one way: "загалом вдалося повернути 4 552" (one side managed),
    "загалом з полону повернуто 5 857" (back from captivity, in a text with a home side)."""
    g = c.group
    subject = c.frame.subject if not c.frame.joint else None  # "Россия и Украина освободили"
    # (… or where they go: "всего в Россию вернулись более 3 тысяч" are Russia's)
    # (whether anything says whose: a bool, never a code, so each test stays one type)
    whose = c.managed or bool(subject or g.nationality or g.possessive or c.frame.destination)
    whose = whose or (c.frame.captivity and bool(c.home))
    # "домой едут наши бойцы, всего 90 человек": home is one side's, the speaker's
    whose = whose or (c.homeward and bool(c.home or c.speaker))
    # a text with a home side tells one-way totals of its own people ("загалом повернули 1500")
    whose = whose or (c.home is not None and not c.frame.joint)
    # … and hostages of an armed group are its enemy's people ("загалом мають звільнити ще
    # 20 заручників" in a story of Hamas): one side's, whatever the language's home
    whose = whose or c.hostages is not None
    if c.frame.verb in ONE_WAY and whose:
        return None
    return [("XX", "XX")] if c.total and c.kind == "exchange" else None


def joint_exchange(c: Clue) -> Sides | None:
    """Both parties, as one subject, exchanged N ("стороны обменяли более 9 тысяч
    военнопленных", "Россия и Украина обменяли 500 пленных"): both sides' people together,
    unless "по N", "N на N" or the reciprocal "обменялись N" say each side's."""
    f = c.frame
    if not f.joint or f.verb != "exchange" or c.each or c.reciprocal or c.kind != "exchange":
        return None
    return None if c.group.nationality or c.group.possessive else [("XX", "XX")]


def civil_total(c: Clue) -> Sides | None:
    """Two sides of one nation at war with itself exchanged N, as one subject or with the
    reciprocal verb ("хуситы и правительство Йемена обменялись 1000 пленными"): their
    nationality is one, so N is told only as both sides' people together."""
    f = c.frame
    if not c.civil_sides or c.kind != "exchange" or c.each or c.group.nationality:
        return None
    return [("XX", "XX")] if f.joint or c.reciprocal or f.verb == "exchange" else None


def each_side(c: Clue) -> Sides | None:
    if not c.each or c.group.nationality or len(c.parties) < 2:
        return None
    a, b = c.parties[:2]
    return [(a, b), (b, a)]


def exchange_of(c: Clue) -> Sides | None:
    """The noun of exchange governing the group in the instrumental ("прошёл обмен 26
    заключёнными", "погодили обмін 400 полоненими"): an exchange of so many people, both
    sides' together, as English "an exchange of 26 prisoners" (a side's own names it:
    "обмен 26 российскими военными" is Russia's; "по N", "N на N" say each side's)."""
    g = c.group
    if not c.exchange_of or c.kind != "exchange" or c.each or g.nationality or g.possessive:
        return None
    return [("XX", "XX")]


def exchanged_with(c: Clue) -> Sides | None:
    """The parties exchanged N people with each other, N in the instrumental after the
    reciprocal verb ("Россия и Украина обменялись 307 военными", "сторони обмінялися 95
    полоненими"): N of each side's people, as "по N" (a total says "в общей сложности")."""
    if not c.reciprocal or c.group.nationality or len(c.parties) < 2:
        return None
    a, b = c.parties[:2]
    return [(a, b), (b, a)]


_DOERS = frozenset(["free", "release_only", "held"])  # the subject of these holds the people


def _frees_own_people(c: Clue) -> bool:
    """A party frees or pardons people of its own nationality outside a swap, with no
    captivity phrase or success verb that would make them its own got back ("талибы
    освободили трёх афганских заложников", "Беларусь помиловала 16 белорусов"), or in a swap
    between two sides of one nation: it held them."""
    f = c.frame
    # in a swap too when the text names no other party: a civil war's sides share a
    # nationality ("правительство Йемена освободило 640 пленных хуситов")
    civil = c.one_nation or c.civil_subject
    if (c.kind != "release" and not civil) or f.verb not in {"free", "release_only"}:
        return False
    if not f.agent:
        return False
    if c.in_return or c.among:  # "…, получив взамен 380 палестинцев": not the subject's doing
        return False
    return (
        f.subject is not None
        and f.subject == c.group.nationality
        and not (f.captivity or c.managed or f.captor or f.destination)
    )


def _answered(c: Clue) -> str | None:
    """The people of the half before, for a half told as given in return for it (Clue.
    in_return), when they are one other nation: they were traded for this half's people,
    whose holder they were."""
    if not c.in_return or c.previous is None:
        return None
    persons = c.previous[0]
    return None if persons in (None, "XX", c.group.nationality) else persons


def demonym(c: Clue) -> Sides | None:
    """The people a nationality names ("16 українців"), held by the captor or place the clause
    names, or by who frees or pardons them ("Білорусь помилувала та звільнила 16 українців")."""
    f = c.frame
    if _frees_own_people(c):
        return [(f.subject, f.subject)]
    doer = f.subject if f.verb in _DOERS and f.agent and f.subject != c.group.nationality else None
    if doer and f.first_joint not in (None, c.group.nationality):
        doer = "XX"  # two states free them together: "Росія та Білорусь звільнили 16 українців"
    # a part of the group before ("…, в том числе четырёх граждан Таиланда"): its holder
    whole = c.previous[1] if c.among and c.previous else None
    many = "XX" if f.held_many else None  # "засуджених у США, Німеччині, Польщі"
    held = f.captor or f.freed_by or f.located or f.freed_in or doer or whole or many or f.placed
    # … or by the state whose people they were swapped for ("в обмен на 50 российских")
    held = held or (c.traded_for if c.traded_for != c.group.nationality else None)
    # … or, the half given in return, by the state whose people the half before it were
    # ("Польша освободила восьмерых белорусов в обмен на пятерых поляков": Belarus held them)
    held = held or _answered(c)
    if held is None and c.political and c.group.nationality:
        # a people's political prisoners, no other holder named, are held by their own
        # state ("Каракас освобождает 20 венесуэльских политзаключённых" in a swap's story)
        return [(c.group.nationality, c.group.nationality)]
    got = pair_sides(c, c.group.nationality, held)
    if got and got[0][1] is None and c.hostages and c.hostages[0] == c.group.nationality:
        # hostages of the nation an armed group of the text fights, no holder named: that
        # group's ("… отпущены две израильские заложницы" in a story of Hamas)
        return [(got[0][0], c.hostages[1])]
    return got


def militants(c: Clue) -> Sides | None:
    """People in the hands of an armed group's fighters, no state named as holder ("в полоні
    бойовиків лишаються 37 прикордонників", "в руках бандитов ещё 48 жителей"): held by the
    side that group is of — in a story of a nation at war with itself, that nation (its own
    people, unless the group names others); in the default parties' war, the side its
    fighters are coded (lexicon militants_side), holding the other side's people."""
    side = c.armed_side
    if not c.armed_captors or side is None:
        return None
    nation = c.group.nationality
    if c.civil_story or c.one_nation:
        return [(nation or side, side)] if nation in (None, side) else None
    persons = nation or other_side(c, side)
    return [(persons, side)] if persons not in (None, side) else None


def freed_in(c: Clue) -> Sides | None:
    """Inmates or people taken by no one named, of no stated nationality, freed in a state,
    no one named freeing them ("в Беларуси освободили 47 заключённых", "у Білорусі звільнили
    47 ув'язнених", "в Нигерии освобождены 80 похищенных школьниц"): its own, held there
    (not hostages or prisoners of war: their captor's enemy's)."""
    place = c.frame.freed_in
    if c.kind != "release" or place is None or c.group.nationality:
        return None
    if not (c.inmates or (c.taken and c.hostages is None)):
        return None
    return [(place, place)]


def part_of(c: Clue) -> Sides | None:
    """A part of the group counted before, its clause naming no party ("понад 10 тисяч
    українців, з них близько двох тисяч — цивільні"): the whole's sides, not a subject
    carried over from the clause before (there often a source: "За даними Коордштабу")."""
    return [c.previous] if c.part and c.previous else None


def held_in(c: Clue) -> Sides | None:
    """A stock held in a named place ("а в Україні – більше 4 тисяч")."""
    f = c.frame
    holder = f.located or (f.captor or f.held_at or f.possessor if c.kind == "held" else None)
    if c.kind != "held" or holder is None:
        return None
    return [(other_side(c, holder) or "XX", holder)]


def own_held(c: Clue) -> Sides | None:
    """Political prisoners or convicts of no stated nationality held by a state are its own
    ("в Беларуси за решёткой остаются 1100 политзаключённых", "в России по политическим
    мотивам лишены свободы 800 человек"), held where the clause places them, else by the
    state the text told of freeing its own ("Лукашенко помиловал 16 … Правозащитники
    признают политзаключёнными 1200 человек")."""
    if c.kind != "held" or not c.own_prisoners or c.group.nationality:
        return None
    f, before = c.frame, c.previous
    holder = f.held_at or f.captor or f.located
    holder = holder or (before[1] if before and before[0] == before[1] else None)
    return [(holder, holder)] if holder else None


def our_their(c: Clue) -> Sides | None:
    """Our captives and theirs counted in one sentence ("Будет освобождено 1 500 наших
    пленных и 900 их пленных", said by a party): the speaker's people held by the other side,
    and the other side's held by the speaker's; a civil war's two sides are one nation."""
    g = c.group
    me = c.speaker or c.frame.subject
    if not c.paired or not (g.possessive or g.theirs) or me is None:
        return None
    other = other_side(c, me) or (me if c.one_nation else None)
    return [(me, other)] if g.possessive else [(other, me)]


def our(c: Clue) -> Sides | None:
    if not c.group.possessive:
        return None
    if c.in_return and c.previous and c.previous[1] not in (None, "XX"):
        return None  # "обміняла 10 американців на 250 своїх": the other half (in_return)
    if c.owner:  # "Москалькова зустріла 98 співвітчизників": hers, not the text's home's
        return pair_sides(c, c.frame.subject or c.owner)
    return pair_sides(c, c.frame.subject or c.speaker or c.frame.named)


def destination(c: Clue) -> Sides | None:
    """People go to their own side: "В Россию вернулись 20", "на Украину переданы 93"."""
    if c.frame.verb not in {"come_back", "get", "give", "free"}:
        return None
    return pair_sides(c, c.frame.destination)


def from_captivity(c: Clue) -> Sides | None:
    """People of the captor's enemy ("из украинского плена вернулись 150")."""
    if c.frame.captor is None or c.kind == "held":
        return None
    return pair_sides(c, other_side(c, c.frame.captor), c.frame.captor)


def announced(c: Clue) -> Sides | None:
    """A party tells of a return or freeing as a noun after its verb of saying ("Минобороны
    России сообщило о возвращении из плена 84 военнослужащих", "Міноборони Росії
    повідомило про повернення з полону 84"): its own people came back, whatever side the
    text's language would call home."""
    f = c.frame
    if not f.announced or c.announcer is None or c.kind == "held":
        return None
    return pair_sides(c, c.announcer) if f.verb in {"come_back", "get", "free"} else None


def _gives(c: Clue) -> bool:
    """Whether the frame's subject hands people over (rather than gets its own back)."""
    if c.frame.verb == "free":
        # frees its own from captivity or as a success ("Украине удалось освободить из плена
        # 49"); else, as outside a swap, frees its captives ("Россия освободила 16 человек")
        return not (c.frame.captivity or c.managed) or c.kind == "release"
    if c.frame.verb == "release_only":  # pardons its captives: "Лукашенко помиловал 14"
        return True
    gives = c.frame.verb in {"give", "held"}
    return gives if c.frame.agent else not gives


def frees_own(c: Clue) -> Sides | None:
    """A state that frees or pardons political prisoners or convicts of no stated
    nationality frees its own people ("Лукашенко помиловал 16 человек, осужденных по …",
    "Білорусь звільнила 14 політв'язнів")."""
    f = c.frame
    if c.kind != "release" or f.verb not in {"free", "release_only"} or not f.agent:
        return None
    # no one named freeing them, a state's word that they were ("власти Венесуэлы заявили,
    # что на свободу вышли 116 политзаключённых"): that state's own
    state = f.subject or (c.announcer if f.passive else None)
    if state is None or c.group.nationality:
        return None
    return [(state, state)] if c.own_prisoners else None


def subject(c: Clue) -> Sides | None:
    """A party before the verb: "Украина вернула 140" (gets its own), "Россия передала 90"
    (hands over the other's), "Украине переданы 90" (a recipient), "Украина удерживает
    6 тысяч" (a holder)."""
    if c.frame.subject is None:
        return None
    if c.frame.first_joint and c.frame.verb == "get" and not c.frame.passive:
        # both parties the subject, one gets its own back ("Украина и Россия завершили этап
        # обмена, в рамках которого удалось вернуть 410"): the text's own side, else the one
        # its writer names first
        pair = (c.frame.first_joint, c.frame.subject)
        return pair_sides(c, next((p for p in (c.home, c.speaker) if p in pair), pair[0]))
    if _gives(c):  # the recipient's people, else the other side's
        # (a nation at war with itself frees its own: "Хуситы освободили 153 пленных"; a
        # state that frees inmates, outside a swap, its own: "Минск освободил 120 заключённых")
        own = c.frame.subject if c.one_nation and c.frame.subject in c.parties else None
        own = own or (c.frame.subject if c.own_inmates and c.kind == "release" else None)
        if own and not (c.frame.recipient or other_side(c, own)):
            return [(own, own)]
        # … and so does the nation whose war at home the story is, whatever state is named
        # beside it: that state is outside the war ("Нейпьидо отпустил 30 пленных
        # повстанцев; Бангкок приветствовал …")
        if c.civil_story and c.frame.subject == c.parties[0] and not c.frame.recipient:
            return [(c.frame.subject, c.frame.subject)]
        # a venue that frees the people of the text's one party ("Эр-Рияд освободил 13
        # пленных" in a story of the Houthis): that party's
        lone = c.parties[0] if len(c.parties) == 1 and c.frame.subject not in c.parties else None
        # an armed group's hostages are its enemy's people, whoever else the text names
        # ("ХАМАС отпустил 13 заложников" in a story that names Moscow most)
        enemy = c.hostages[0] if c.hostages and c.hostages[1] == c.frame.subject else None
        persons = c.frame.recipient or enemy or other_side(c, c.frame.subject) or lone or "XX"
        return pair_sides(c, persons, c.frame.subject)
    return pair_sides(c, c.frame.subject)


def recipient(c: Clue) -> Sides | None:
    """A party handed people in the dative after a verb with no subject ("были переданы
    украинской стороне 20", "передали Киеву 103 бойца"): its own people come back."""
    if c.frame.verb != "give" or c.frame.subject is not None:
        return None
    return pair_sides(c, c.frame.recipient)


def ellipsis(c: Clue) -> Sides | None:
    """A listed party plays the same role ("Украина вернула 140 человек, Россия – 82")."""
    if c.frame.lead is None or c.inherited is None:
        return None
    if _gives(c):
        return pair_sides(c, other_side(c, c.frame.lead), c.frame.lead)
    return pair_sides(c, c.frame.lead)


def between_two(c: Clue) -> Sides | None:
    """A two-sided total ("N пленных, освобождённых в обменах России с Украиной")."""
    one_way = c.frame.verb in ONE_WAY  # a side's own total
    if c.kind == "exchange" and (c.frame.between_two or (c.summed and not one_way)):
        return [("XX", "XX")]
    return None


def among(c: Clue) -> Sides | None:
    """A part of the group counted before ("Серед них 95 оборонців")."""
    return [c.previous] if c.among and c.previous else None


def home_return(c: Clue) -> Sides | None:
    """People come home in a text whose home side is known ("додому повернулися 95")."""
    # "з полону звільнено 121"; in a swap, a side frees its own: "в рамках обміну звільнено 49"
    freed = c.frame.verb == "free" and (c.frame.captivity or c.kind == "exchange")
    if (c.frame.verb not in {"come_back", "get"} and not freed) or c.kind == "held":
        return None
    # (a party quoted in the sentence itself speaks of its own: "Ермак: «… 140 человек
    # возвращаются домой»", though the text quoted no one before it)
    return pair_sides(c, c.home or c.announcer)


def in_return(c: Clue) -> Sides | None:
    """The other half of the swap just told ("… вернулись 84 российских военнослужащих.
    Взамен переданы 84 военнопленных"): the previous fact's sides turned round."""
    if not c.in_return or c.previous is None or c.kind == "held":
        return None
    persons, holder = c.previous
    if holder is None or "XX" in (persons, holder):
        return None
    return [(holder, persons)]


def hostages(c: Clue) -> Sides | None:
    """Hostages of no stated nationality and no party named handing or freeing them are the
    people of the enemy of the armed group the text tells of ("на первом этапе сделки должны
    быть освобождены 33 заложника": Israel's, held by Hamas)."""
    return [c.hostages] if c.hostages and not c.group.nationality else None


def context(c: Clue) -> Sides | None:
    """The sides of the fact before; not a state's own held by itself for a swap's half (no
    state swaps its people with itself: "в России лишены свободы 800 человек. … в рамках
    обмена вышли 16 человек" tells nothing of whose the 16 were)."""
    if c.previous is None or c.kind == "held":
        return None
    own = c.previous[0] == c.previous[1] != "XX"
    return None if own and c.kind == "exchange" else [c.previous]


def sole_party(c: Clue) -> Sides | None:
    """The last resort: in a text that names one party only, a nation at war with itself
    (lexicon civil_war: its government and the armed groups that fight it are the story,
    "Сомали ведёт переговоры с повстанцами. … партизаны отпустили 14 человек"), people of no
    other nationality freed or handed over are its own, held there. Not where the one party
    is any other state: a text may name only a state that comments, receives or borders
    ("в Госдепе США приветствовали …", "на границе с Литвой …"), not the one that held them.
    Not a figure a verb of exchanging counts, unless it is what was got in return ("обменяли
    46 человек" may be both sides together), nor one after a participle standing for the
    freed ("среди отпущенных из 60 …": it tells no handover)."""
    if not c.one_nation or c.kind == "held" or c.frame.freed_noun:
        return None
    if c.frame.verb == "exchange" and not c.in_return:
        return None
    sole = c.parties[0]
    return [(sole, sole)] if c.group.nationality in (None, sole) else None


RESOLVERS: tuple[tuple[str, Callable[[Clue], Sides | None]], ...] = (
    ("running_on", running_on),
    ("swap_total", swap_total),
    ("civil_total", civil_total),
    ("each_side", each_side),
    ("exchange_of", exchange_of),
    ("exchanged_with", exchanged_with),
    ("joint_exchange", joint_exchange),
    ("demonym", demonym),
    ("militants", militants),
    ("part_of", part_of),
    ("freed_in", freed_in),
    ("own_held", own_held),
    ("held_in", held_in),
    ("our_their", our_their),
    ("our", our),
    ("destination", destination),
    ("from_captivity", from_captivity),
    ("announced", announced),
    ("frees_own", frees_own),
    ("subject", subject),
    ("recipient", recipient),
    ("ellipsis", ellipsis),
    ("between_two", between_two),
    ("among", among),
    ("in_return", in_return),
    ("hostages", hostages),
    ("home_return", home_return),
    ("context", context),
    ("sole_party", sole_party),
)


Resolver = Callable[[Clue], Sides | None]


def resolve(c: Clue) -> tuple[str, Resolver, Sides] | None:
    """(name, resolver, sides) of the first resolver that decides, or None. The name is
    for people (the fact's rule); a step that depends on which one decided tests the
    resolver itself, so renaming one changes no fact."""
    for name, rule in RESOLVERS:
        got = rule(c)
        if got:
            return name, rule, got
    return None


def war_at_home(c: Clue, sides: Sides) -> bool:
    """Whether the reading of a nation at war with itself (Clue.civil_story: its own people,
    held by its own sides, the state named beside it none of theirs) decided `sides`,
    resolve's for `c`: read without it, the figure would have other sides. For `explain`
    only; resolved a second time in such stories alone."""
    if not c.civil_story:
        return False
    without = resolve(replace(c, civil_story=False))
    return without is None or without[2] != sides


def mixed(sides: Sides, named: frozenset[str]) -> Sides | None:
    """One side's people made mixed (XX) by what the group's inclusion names (groups.
    named_among): two peoples or more, foreigners, or a people not the one found ("ХАМАС
    освободил 17 заложников, в том числе четырёх граждан Таиланда": not all Israelis). The
    holder stays. None when the inclusion changes nothing."""
    if len(sides) != 1 or not named:
        return None
    persons, holder = sides[0]
    if persons == "XX" or (len(named) == 1 and persons in named):
        return None
    return [("XX", holder)]
