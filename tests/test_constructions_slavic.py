"""A catalogue of the constructions Russian and Ukrainian news use to report captives.

Written from the languages, not from any text's errors: how agencies, ministries,
ombudsmen, Telegram channels and both sides' media say that captives were exchanged,
freed, are held, or are to be freed. Every construction is written in Russian AND
Ukrainian (where both have it), crossed with several actors: Россия/Україна, "киевский
режим", ВСУ/ЗСУ, "российская сторона", ДНР, Армения/Азербайджан, ХАМАС/Израиль, with
Беларусь, Турция, ОАЭ, Катар as venues or mediators (never a side). Each sentence is ours,
with the facts an annotator would mark (FACTS.md, the corpus conventions).

axis      constructions
order     giver + dative receiver; the figure before the receiver; passive with a dative
          receiver; "из плена возвращены" / "з полону повернулися"; "вернули домой";
          "получила от … стороны"; "з російського полону"; ДНР as Russia; "с подконтрольной
          … территории"; "в обмен переданы" next sentence; a gapped clause ("Армения
          Азербайджану — двоих"); "о возвращении" after a ministry; present tense + breakdown
swap      "N на N" (bare, «quoted», "… человек"); "по N с каждой стороны" / "з кожного
          боку"; "в обмен на" (equal, unequal); "столько же" / "стільки ж"; "взамен" /
          "натомість"; mediators ("при посредничестве ОАЭ", "за сприяння Катару", as
          subject) and venues (Стамбул, the Belarusian border): never a side
number    "трёхсот", "двохсот", "девяноста", "ста двадцати", "сто пятьдесят", collectives
          ("семеро", "восьмерых", "вісьмох", "двое"), "более тысячи двухсот", "8 тыс.",
          "2 400", "полторы сотни" / "півтори сотні", "по тысяче", "около тысячи", vague
          "десятки"
status    done ("состоялся", "завершился") vs "договорились", "планируется", "должна" /
          "має", "состоится" / "відбудеться", "будут" / "буде", "должен состояться" / "має
          відбутися", "ожидается", "готовится", "согласован" / "погоджено", "анонсировал",
          "сорвался" / "зірвався", "перенесли", "начался … продлится три дня"
kind      goodwill and one-sided releases, pardons by Belarus, stocks ("остаются",
          "утримуються", "от 8 до 10 тысяч", "в российских тюрьмах"), running totals ("с
          начала войны", "з початку повномасштабного вторгнення", "с начала года", "в 2024
          году", "за прошлый год", "в сентябре")
category  бойцы/воины/военные/защитницы/пограничники → military; мирные/гражданские/цивільні
          → civilian; люди/граждане/медики/тяжелораненые → unspecified; children as a part
date      "в пятницу", "в понедельник", "сегодня", "накануне" / "напередодні", "в тот же
          день" / "того ж дня", "17 октября", "вчера" / "учора", "15 и 16 октября", the day
          of a statement, a planned day
trap      bodies (also "обмен телами 1000 на 19"), the missing, ages, money, ordinal and
          counted exchanges, durations, deaths in captivity, buses, percentages, prison
          terms, the wounded

A case's facts are (kind, status, persons_of, held_by, category, low, high, date, period);
`maybe` holds facts the conventions leave optional (matched on the scored fields, kind to
high). Cases failing on main when the catalogue was written are xfail(strict=True) in
XFAILS, with why. `python tests/test_constructions_slavic.py` prints passes by axis.
"""

from __future__ import annotations

import datetime
import sys
from typing import NamedTuple

import pytest
from swaptally.slavic import extract_slavic

D = datetime.date
PUB = D(2025, 10, 18)  # a Saturday
FRI, SUN, WED = D(2025, 10, 17), D(2025, 10, 19), D(2025, 10, 22)
WAR = D(2022, 2, 24)
EX, REL, HELD = "exchange", "release", "held"
REP, PLAN, EST = "reported", "planned", "estimated"
MIL, CIV, UNS = "military", "civilian", "unspecified"


class F(NamedTuple):
    kind: str
    status: str
    persons_of: str
    held_by: str | None
    category: str
    low: int | None
    high: int | None
    date: D | None = None
    period: tuple[D, D] | None = None


def ex(p: str, h: str, cat: str, n: int, date: D | None = None, status: str = REP, **kw) -> F:
    """One side of a swap (or a return from captivity): n of p's people, held by h."""
    return F(EX, status, p, h, cat, n, n, date, **kw)


def swap(cat: str, n: int, date: D | None = None, status: str = REP, a="UA", b="RU") -> set:
    """As many of each side's people: N for N."""
    return {ex(a, b, cat, n, date, status), ex(b, a, cat, n, date, status)}


def held(p: str, h: str, cat: str, low: int | None, high: int | None) -> F:
    """A stock, estimated on the publication day."""
    return F(HELD, EST, p, h, cat, low, high, PUB)


class Case(NamedTuple):
    id: str  # axis-construction-lang
    lang: str
    text: str
    want: set
    maybe: frozenset = frozenset()


def C(cid: str, lang: str, text: str, want, maybe=()) -> Case:
    return Case(f"{cid}-{lang}", lang, text, set(want), frozenset(maybe))


def either(p: str, h: str, n: int, status: str = REP) -> set:
    """An optional fact of any category ("столько же" names no noun of its own)."""
    return {(EX, status, p, h, c, n, n) for c in (MIL, CIV, UNS)}


# fmt: off
CASES: list[Case] = [
    # ------------------------------------------------------------ order and case
    C("order-giver_dative", "ru", "В рамках обмена Россия передала Украине 95 военнопленных.",
      {ex("UA", "RU", MIL, 95)}),
    C("order-giver_dative", "uk", "У межах обміну Росія передала Україні 95 військовополонених.",
      {ex("UA", "RU", MIL, 95)}),
    C("order-regime_to_side", "ru",
      "В ходе обмена киевский режим передал российской стороне 40 военнослужащих.",
      {ex("RU", "UA", MIL, 40)}),
    C("order-regime_to_side", "uk",
      "Під час обміну ЗСУ передали російській стороні 40 військовослужбовців.",
      {ex("RU", "UA", MIL, 40)}),
    C("order-figure_then_dative", "ru",
      "В ходе обмена Россия передала 84 военнопленных украинской стороне.",
      {ex("UA", "RU", MIL, 84)}),
    C("order-figure_then_dative", "uk",
      "Під час обміну Росія передала 84 полонених українській стороні.", {ex("UA", "RU", UNS, 84)}),
    C("order-passive_dative", "ru", "В рамках обмена Украине переданы 95 военнопленных.",
      {ex("UA", "RU", MIL, 95)}),
    C("order-passive_dative", "uk", "У межах обміну Україні передано 95 військовополонених.",
      {ex("UA", "RU", MIL, 95)}),
    C("order-passive_dative_ru_side", "ru",
      "В ходе обмена российской стороне переданы 40 военнослужащих.", {ex("RU", "UA", MIL, 40)}),
    C("order-passive_dative_ru_side", "uk",
      "Під час обміну російській стороні передано 40 військовослужбовців РФ.",
      {ex("RU", "UA", MIL, 40)}),
    C("order-from_captivity_returned", "ru",
      "Из украинского плена возвращены 40 российских военнослужащих.", {ex("RU", "UA", MIL, 40)}),
    C("order-from_captivity_returned", "uk",
      "З російського полону повернулися додому 95 захисників.", {ex("UA", "RU", MIL, 95)}),
    C("order-from_captivity_freed", "ru", "Из плена освобождены 95 украинских военных.",
      {ex("UA", "RU", MIL, 95)}),
    C("order-from_captivity_freed", "uk", "З полону звільнено 95 українських військових.",
      {ex("UA", "RU", MIL, 95)}),
    C("order-brought_home", "ru", "ВСУ вернули домой из российского плена 95 бойцов.",
      {ex("UA", "RU", MIL, 95)}),
    C("order-brought_home", "uk", "Україна повернула додому 95 захисників.",
      {ex("UA", "RU", MIL, 95)}),
    C("order-got_from_side", "ru",
      "Российская сторона получила от украинской стороны 40 военнослужащих.",
      {ex("RU", "UA", MIL, 40)}),
    C("order-got_from_side", "uk",
      "Українська сторона отримала від російської 95 військовополонених.",
      {ex("UA", "RU", MIL, 95)}),
    C("order-got_from_state", "ru", "Украина получила от России 95 военнопленных.",
      {ex("UA", "RU", MIL, 95)}),
    C("order-got_from_state", "uk", "Україна отримала від Росії 95 військовополонених.",
      {ex("UA", "RU", MIL, 95)}),
    C("order-dpr_is_russia", "ru", "В ДНР из украинского плена вернулись 20 военнослужащих.",
      {ex("RU", "UA", MIL, 20)}),
    C("order-dpr_is_russia", "uk", "До ДНР з українського полону повернулися 20 військових.",
      {ex("RU", "UA", MIL, 20)}),
    C("order-own_back", "ru", "Москва вернула из плена 40 своих бойцов.",
      {ex("RU", "UA", MIL, 40)}),
    C("order-own_back", "uk", "Москва повернула з полону 40 своїх військових.",
      {ex("RU", "UA", MIL, 40)}),
    C("order-other_war", "ru",
      "В рамках обмена Азербайджан передал Армении 32 армянских военнопленных.",
      {ex("AM", "AZ", MIL, 32)}),
    C("order-other_war", "uk",
      "У межах обміну Азербайджан передав Вірменії 32 вірменських військовополонених.",
      {ex("AM", "AZ", MIL, 32)}),
    C("order-deal_hostages", "ru", "В рамках сделки ХАМАС передал Израилю 20 заложников.",
      {ex("IL", "PS", UNS, 20)}),
    C("order-deal_hostages", "uk", "У межах угоди ХАМАС передав Ізраїлю 20 заручників.",
      {ex("IL", "PS", UNS, 20)}),
    C("order-forces_genitive", "ru", "Из плена вернулись 40 военнослужащих ВСУ.",
      {ex("UA", "RU", MIL, 40)}),
    C("order-forces_genitive", "uk", "З полону повернулися 40 військовослужбовців ЗСУ.",
      {ex("UA", "RU", MIL, 40)}),
    C("order-gapped_dash", "ru",
      "Стороны обменялись пленными: Азербайджан передал Армении 32 человека, Армения Азербайджану "
      "— двоих.", {ex("AM", "AZ", UNS, 32), ex("AZ", "AM", UNS, 2)}),
    C("order-gapped_dash", "uk",
      "Сторони обмінялися полоненими: Росія передала Україні 95 осіб, Україна Росії — 40.",
      {ex("UA", "RU", UNS, 95), ex("RU", "UA", UNS, 40)}),
    C("order-from_controlled_territory", "ru",
      "С подконтрольной киевскому режиму территории возвращены 84 российских военнослужащих.",
      {ex("RU", "UA", MIL, 84)}),
    C("order-from_controlled_territory", "uk",
      "З підконтрольної Росії території повернули 84 українських військових.",
      {ex("UA", "RU", MIL, 84)}),
    C("order-in_return_next_sentence", "ru",
      "С подконтрольной Киеву территории возвращены 84 российских военнослужащих. В обмен переданы "
      "84 военнопленных ВСУ.", {ex("RU", "UA", MIL, 84), ex("UA", "RU", MIL, 84)}),
    C("order-in_return_next_sentence", "uk",
      "Додому повернулися 84 українських захисники. Натомість російській стороні передали 84 "
      "військовополонених.", {ex("UA", "RU", MIL, 84), ex("RU", "UA", MIL, 84)}),
    C("order-captured_in_region", "ru",
      "Из плена вернулись 49 российских военнослужащих, взятых в плен в Курской области.",
      {ex("RU", "UA", MIL, 49)}),
    C("order-captured_in_region", "uk",
      "Додому повернулися 49 захисників, яких взяли в полон на Донеччині.",
      {ex("UA", "RU", MIL, 49)}),
    C("order-our_people_home", "ru", "Ещё 95 наших бойцов вернулись домой, сообщил Зеленский.",
      {ex("UA", "RU", MIL, 95)}),
    C("order-our_people_home", "uk", "Ще 95 наших захисників удома.", {ex("UA", "RU", MIL, 95)}),
    C("order-present_with_breakdown", "ru",
      "Домой возвращаются 84 украинца: 79 военных и 5 гражданских.",
      {ex("UA", "RU", UNS, 84), ex("UA", "RU", MIL, 79), ex("UA", "RU", CIV, 5)}),
    C("order-present_with_breakdown", "uk",
      "Додому повертаються 84 українці: 79 військових і 5 цивільних.",
      {ex("UA", "RU", UNS, 84), ex("UA", "RU", MIL, 79), ex("UA", "RU", CIV, 5)}),
    C("order-ombudsman_homeland", "ru",
      "Москалькова сообщила, что на родину вернулись 22 жителя Курской области.",
      {ex("RU", "UA", CIV, 22)}),
    C("order-ombudsman_homeland", "uk", "Лубінець повідомив, що в Україну повернулися 22 цивільні.",
      {ex("UA", "RU", CIV, 22)}),
    C("order-ministry_nominal", "ru",
      "Минобороны России сообщило о возвращении из плена 84 военнослужащих.",
      {ex("RU", "UA", MIL, 84)}),
    C("order-ministry_nominal", "uk",
      "Міноборони України повідомило про повернення з полону 84 військових.",
      {ex("UA", "RU", MIL, 84)}),
    C("order-both_halves_one_sentence", "ru",
      "На Родину возвращены 84 российских военнослужащих, в обмен переданы 84 военнопленных ВСУ.",
      {ex("RU", "UA", MIL, 84), ex("UA", "RU", MIL, 84)}),
    C("order-both_halves_one_sentence", "uk",
      "Додому повернулися 84 захисники, натомість Росії передали 84 військовополонених.",
      {ex("UA", "RU", MIL, 84), ex("RU", "UA", MIL, 84)}),
    C("order-repeated_without_noun", "ru",
      "Из украинского плена возвращены 84 военнослужащих. Сейчас все 84 находятся на "
      "территории Беларуси.", {ex("RU", "UA", MIL, 84)}),
    C("order-repeated_without_noun", "uk",
      "З полону повернулися 84 військових. Наразі всі 84 перебувають на території Білорусі.",
      {ex("UA", "RU", MIL, 84)}),
    C("order-passive_doer_other_war", "ru",
      "В ходе обмена Азербайджаном освобождены 15 армянских военнопленных.",
      {ex("AM", "AZ", MIL, 15)}),
    C("order-passive_doer_other_war", "uk",
      "Під час обміну Азербайджаном звільнено 15 вірменських військовополонених.",
      {ex("AM", "AZ", MIL, 15)}),
    C("order-telegram", "ru", "🇷🇺 Домой возвращаются 90 российских бойцов!",
      {ex("RU", "UA", MIL, 90)}),
    C("order-telegram", "uk", "🇺🇦 Додому повертаються 90 захисників!",
      {ex("UA", "RU", MIL, 90)}),
    C("order-dpr_residents", "ru", "Из украинского плена удалось вернуть 15 жителей ДНР.",
      {ex("RU", "UA", CIV, 15)}),
    C("order-dpr_residents", "uk", "Росія повернула з українського полону 15 мешканців ДНР.",
      {ex("RU", "UA", CIV, 15)}),
    C("order-quote_then_speaker", "ru",
      "«Мы вернули домой 95 наших людей», — написал Зеленский.", {ex("UA", "RU", UNS, 95)}),
    C("order-quote_then_speaker", "uk",
      "«Ми повернули додому 95 наших людей», — написав Зеленський.", {ex("UA", "RU", UNS, 95)}),
    C("order-quote_then_ministry", "ru",
      "«Из плена возвращены 84 наших военнослужащих», — сообщили в Минобороны России.",
      {ex("RU", "UA", MIL, 84)}),
    C("order-quote_then_ministry", "uk",
      "«З полону повернуто 84 наших військовослужбовців», — повідомили в Міноборони Росії.",
      {ex("RU", "UA", MIL, 84)}),
    C("order-gapped_hamas_plan", "ru",
      "На первом этапе ХАМАС освободит 33 заложника, а Израиль — около 1900 палестинских "
      "заключённых.",
      {ex("IL", "PS", UNS, 33, status=PLAN), ex("PS", "IL", UNS, 1900, status=PLAN)}),
    C("order-gapped_hamas_plan", "uk",
      "На першому етапі ХАМАС звільнить 33 заручників, а Ізраїль — близько 1900 палестинських "
      "в'язнів.",
      {ex("IL", "PS", UNS, 33, status=PLAN), ex("PS", "IL", UNS, 1900, status=PLAN)}),
    C("order-gapped_hamas_done", "ru",
      "ХАМАС освободил трёх заложников, а Израиль — 183 палестинских заключённых.",
      {ex("IL", "PS", UNS, 3), ex("PS", "IL", UNS, 183)}),
    C("order-gapped_hamas_done", "uk",
      "ХАМАС звільнив трьох заручників, а Ізраїль — 183 палестинських в'язнів.",
      {ex("IL", "PS", UNS, 3), ex("PS", "IL", UNS, 183)}),
    C("order-speaker_nominal_other", "ru",
      "Зеленский сообщил о возвращении из плена 84 военных.", {ex("UA", "RU", MIL, 84)}),
    C("order-speaker_nominal_other", "uk",
      "Міноборони Росії повідомило про повернення з полону 84 військових.",
      {ex("RU", "UA", MIL, 84)}),
    C("order-capitals_dative", "ru", "В ходе обмена Киев передал Москве 40 пленных.",
      {ex("RU", "UA", UNS, 40)}),
    C("order-capitals_dative", "uk", "Під час обміну Київ передав Москві 40 полонених.",
      {ex("RU", "UA", UNS, 40)}),
    C("order-from_among", "ru",
      "Украинской стороне переданы 84 военнопленных из числа военнослужащих ВСУ.",
      {ex("UA", "RU", MIL, 84)}),
    C("order-from_among", "uk",
      "Українській стороні передано 84 полонених з числа військовослужбовців ЗСУ.",
      {ex("UA", "RU", UNS, 84)}),
    C("order-long_ministry_sentence", "ru",
      "Сегодня, 18 октября, в результате переговорного процесса с подконтрольной киевскому "
      "режиму территории возвращены 95 российских военнослужащих, взамен переданы 95 "
      "военнопленных ВСУ, сообщили в Минобороны РФ.",
      {ex("RU", "UA", MIL, 95, PUB), ex("UA", "RU", MIL, 95, PUB)}),
    C("order-long_ministry_sentence", "uk",
      "Сьогодні, 18 жовтня, відбувся черговий обмін полоненими, в результаті якого додому "
      "повернулися 95 українських захисників — військовослужбовців ЗСУ, НГУ та ДПСУ.",
      {ex("UA", "RU", MIL, 95, PUB)}),
    C("order-object_first", "ru", "84 военнопленных Россия передала Украине в рамках обмена.",
      {ex("UA", "RU", MIL, 84)}),
    C("order-object_first", "uk", "84 полонених Росія передала Україні в межах обміну.",
      {ex("UA", "RU", UNS, 84)}),
    C("order-subject_last", "ru",
      "В рамках обмена Украине передала 84 военнопленных российская сторона.",
      {ex("UA", "RU", MIL, 84)}),
    C("order-subject_last", "uk",
      "У межах обміну Україні передала 84 полонених російська сторона.",
      {ex("UA", "RU", UNS, 84)}),
    C("order-participle_before_figure", "ru",
      "Освобождённые из украинского плена 84 военнослужащих доставлены в Москву.",
      {ex("RU", "UA", MIL, 84)}),
    C("order-participle_before_figure", "uk",
      "Звільнені з російського полону 84 захисники вже в Україні.",
      {ex("UA", "RU", MIL, 84)}),
    # ------------------------------------------------------------ swaps
    C("swap-formula", "ru", "Россия и Украина провели обмен пленными по формуле 150 на 150.",
      swap(UNS, 150)),
    C("swap-formula", "uk", "Україна та Росія провели обмін полоненими за формулою 150 на 150.",
      swap(UNS, 150)),
    C("swap-formula_other_war", "ru", "Армения и Азербайджан обменялись военнопленными 5 на 5.",
      swap(MIL, 5, a="AM", b="AZ")),
    C("swap-formula_other_war", "uk",
      "Вірменія та Азербайджан обмінялися військовополоненими 5 на 5.",
      swap(MIL, 5, a="AM", b="AZ")),
    C("swap-each_side", "ru", "В ходе обмена освобождены по 150 военнопленных с каждой стороны.",
      swap(MIL, 150)),
    C("swap-each_side", "uk", "Під час обміну звільнено по 150 військовополонених з кожного боку.",
      swap(MIL, 150)),
    C("swap-each_people", "ru", "Стороны обменялись пленными по 84 человека.", swap(UNS, 84)),
    C("swap-each_people", "uk", "Сторони обмінялися полоненими по 84 особи.", swap(UNS, 84)),
    C("swap-in_exchange_for", "ru", "Россия вернула 95 своих военных в обмен на 95 украинских.",
      {ex("RU", "UA", MIL, 95), ex("UA", "RU", MIL, 95)}),
    C("swap-in_exchange_for", "uk",
      "Україна повернула 95 захисників в обмін на 95 російських військовополонених.",
      {ex("UA", "RU", MIL, 95), ex("RU", "UA", MIL, 95)}),
    C("swap-in_exchange_for_elided", "ru",
      "Армения передала 5 азербайджанских солдат в обмен на 5 армянских.",
      {ex("AZ", "AM", MIL, 5), ex("AM", "AZ", MIL, 5)}),
    C("swap-in_exchange_for_elided", "uk",
      "Україна передала 95 російських військових в обмін на 95 українських.",
      {ex("RU", "UA", MIL, 95), ex("UA", "RU", MIL, 95)}),
    C("swap-unequal", "ru",
      "Азербайджан освободил 32 армянских военнослужащих в обмен на двух азербайджанских солдат.",
      {ex("AM", "AZ", MIL, 32), ex("AZ", "AM", MIL, 2)}),
    C("swap-unequal", "uk",
      "Росія передала 120 українських цивільних в обмін на 40 російських військових.",
      {ex("UA", "RU", CIV, 120), ex("RU", "UA", MIL, 40)}),
    C("swap-as_many", "ru",
      "Украина вернула 84 военнопленных, российской стороне передано столько же.",
      {ex("UA", "RU", MIL, 84)}, either("RU", "UA", 84)),
    C("swap-as_many", "uk", "Росія повернула 84 військових, Україні передали стільки ж.",
      {ex("RU", "UA", MIL, 84)}, either("UA", "RU", 84)),
    C("swap-in_return", "ru",
      "Россия передала Украине 84 военнопленных, взамен получив 84 российских военнослужащих.",
      {ex("UA", "RU", MIL, 84), ex("RU", "UA", MIL, 84)}),
    C("swap-in_return", "uk",
      "Україна повернула 84 захисників, натомість передавши Росії 84 військовополонених.",
      {ex("UA", "RU", MIL, 84), ex("RU", "UA", MIL, 84)}),
    C("swap-mediator", "ru",
      "При посредничестве ОАЭ Россия и Украина вернули по 150 военнопленных.", swap(MIL, 150)),
    C("swap-mediator", "uk",
      "За посередництва ОАЕ Україна та Росія повернули по 150 військовополонених.", swap(MIL, 150)),
    C("swap-assisted", "ru", "При содействии Катара Украина вернула из плена 20 мирных жителей.",
      {ex("UA", "RU", CIV, 20)}),
    C("swap-assisted", "uk",
      "За сприяння Катару та Туреччини Україна повернула з полону 20 цивільних.",
      {ex("UA", "RU", CIV, 20)}),
    C("swap-venue_city", "ru", "В Стамбуле делегации договорились об обмене 1000 на 1000.",
      swap(UNS, 1000, status=PLAN)),
    C("swap-venue_city", "uk", "У Стамбулі делегації домовилися про обмін 1000 на 1000.",
      swap(UNS, 1000, status=PLAN)),
    C("swap-venue_border", "ru",
      "Обмен прошёл на границе Беларуси с Украиной: домой вернулись 95 украинских бойцов.",
      {ex("UA", "RU", MIL, 95)}),
    C("swap-venue_border", "uk",
      "Обмін відбувся на кордоні з Білоруссю, додому повернулися 95 українських захисників.",
      {ex("UA", "RU", MIL, 95)}),
    C("swap-formula_quoted", "ru", "Стороны провели обмен в формате «84 на 84».", swap(UNS, 84)),
    C("swap-formula_quoted", "uk", "Відбувся обмін за формулою «84 на 84».", swap(UNS, 84)),
    C("swap-formula_people", "ru", "Россия и Украина провели обмен 95 на 95 человек.",
      swap(UNS, 95)),
    C("swap-formula_people", "uk", "Україна та Росія провели обмін 95 на 95 осіб.", swap(UNS, 95)),
    C("swap-mediator_subject", "ru", "ОАЭ помогли вернуть домой 95 украинских военных.",
      {ex("UA", "RU", MIL, 95)}),
    C("swap-mediator_subject", "uk", "ОАЕ допомогли повернути додому 95 українських військових.",
      {ex("UA", "RU", MIL, 95)}),
    C("swap-mediator_genitive", "ru",
      "При посредничестве Ватикана на Украину вернулись 10 мирных жителей.",
      {ex("UA", "RU", CIV, 10)}),
    C("swap-mediator_genitive", "uk", "За посередництва Ватикану додому повернулися 10 цивільних.",
      {ex("UA", "RU", CIV, 10)}),
    C("swap-each_of_the_sides", "ru", "Каждая из сторон освободила 100 пленных.",
      swap(UNS, 100)),
    C("swap-each_of_the_sides", "uk", "Кожна зі сторін звільнила 100 полонених.",
      swap(UNS, 100)),
    C("swap-headline_formula", "ru",
      "84 на 84: Россия и Украина провели очередной обмен пленными.", swap(UNS, 84)),
    C("swap-headline_formula", "uk",
      "84 на 84: Україна та Росія провели черговий обмін полоненими.", swap(UNS, 84)),
    C("swap-two_stages", "ru",
      "Обмен прошёл в два этапа: сначала 100 на 100, затем 150 на 150.",
      swap(UNS, 100) | swap(UNS, 150)),
    C("swap-two_stages", "uk",
      "Обмін відбувся у два етапи: спочатку 100 на 100, потім 150 на 150.",
      swap(UNS, 100) | swap(UNS, 150)),
    C("swap-got_and_gave", "ru", "Украина получила 95 пленных, а передала 90.",
      {ex("UA", "RU", UNS, 95), ex("RU", "UA", UNS, 90)}),
    C("swap-got_and_gave", "uk", "Україна отримала 95 полонених, а передала 90.",
      {ex("UA", "RU", UNS, 95), ex("RU", "UA", UNS, 90)}),
    C("swap-total_between", "ru",
      "Всего в ходе обмена между Россией и Украиной освобождены 300 человек.",
      {ex("XX", "XX", UNS, 300)}),
    C("swap-total_between", "uk",
      "Загалом під час обміну між Україною та Росією звільнено 300 осіб.",
      {ex("XX", "XX", UNS, 300)}),
    C("swap-sides_from_earlier_sentence", "ru",
      "Армения и Азербайджан провели обмен военнопленными. Каждая сторона передала по 5 "
      "человек.", swap(UNS, 5, a="AM", b="AZ")),
    C("swap-sides_from_earlier_sentence", "uk",
      "Вірменія та Азербайджан провели обмін військовополоненими. Кожна сторона передала по 5 "
      "осіб.", swap(UNS, 5, a="AM", b="AZ")),
    # ------------------------------------------------------------ number words
    C("number-gen_hundreds", "ru", "Из плена вернулись более трёхсот украинских военных.",
      {F(EX, REP, "UA", "RU", MIL, 301, None)}),
    C("number-gen_hundreds", "uk", "З полону повернулися близько двохсот українських військових.",
      {ex("UA", "RU", MIL, 200)}),
    C("number-gen_hundreds_other", "ru",
      "Россия вернула из украинского плена около двухсот военнослужащих.",
      {ex("RU", "UA", MIL, 200)}),
    C("number-gen_hundreds_other", "uk",
      "З російського полону повернулися більше трьохсот захисників.",
      {F(EX, REP, "UA", "RU", MIL, 301, None)}),
    C("number-compound", "ru", "Сегодня из плена вернулись сто пятьдесят украинских защитников.",
      {ex("UA", "RU", MIL, 150, PUB)}),
    C("number-compound", "uk", "Сьогодні з полону повернулися сто п'ятдесят захисників.",
      {ex("UA", "RU", MIL, 150, PUB)}),
    C("number-collective_nom", "ru",
      "Из украинского плена освобождены семеро жителей Курской области.", {ex("RU", "UA", CIV, 7)}),
    C("number-collective_nom", "uk", "З полону повернулися семеро цивільних.",
      {ex("UA", "RU", CIV, 7)}),
    C("number-collective_acc", "ru",
      "Украина вернула восьмерых мирных жителей из российского плена.", {ex("UA", "RU", CIV, 8)}),
    C("number-collective_acc", "uk", "Україна повернула з полону вісьмох цивільних.",
      {ex("UA", "RU", CIV, 8)}),
    C("number-collective_two", "ru", "Из плена вернулись двое украинских моряков.",
      {ex("UA", "RU", MIL, 2)}),
    C("number-collective_two", "uk", "Додому з полону повернулися двоє моряків.",
      {ex("UA", "RU", MIL, 2)}),
    C("number-thousand_hundreds", "ru",
      "Из российского плена домой вернулись более тысячи двухсот украинцев.",
      {F(EX, REP, "UA", "RU", UNS, 1201, None)}),
    C("number-thousand_hundreds", "uk",
      "Понад тисячу двісті українців повернулися з російського полону.",
      {F(EX, REP, "UA", "RU", UNS, 1201, None)}),
    C("number-thousand_abbrev", "ru",
      "В украинском плену остаются около 8 тыс. российских военнослужащих.",
      {held("RU", "UA", MIL, 8000, 8000)}),
    C("number-thousand_abbrev", "uk", "У російському полоні утримуються понад 8 тис. українців.",
      {held("UA", "RU", UNS, 8001, None)}),
    C("number-half_hundred", "ru",
      "Из российского плена вернулись полторы сотни украинских военных.",
      {ex("UA", "RU", MIL, 150)}),
    C("number-half_hundred", "uk", "З полону повернулися півтори сотні захисників.",
      {ex("UA", "RU", MIL, 150)}),
    C("number-gen_tens", "ru", "Из плена освобождены более девяноста украинских военнослужащих.",
      {F(EX, REP, "UA", "RU", MIL, 91, None)}),
    C("number-gen_tens", "uk", "З полону звільнено близько дев'яноста українських військових.",
      {ex("UA", "RU", MIL, 90)}),
    C("number-gen_compound", "ru",
      "Из плена освобождены свыше ста двадцати мирных жителей Курской области.",
      {F(EX, REP, "RU", "UA", CIV, 121, None)}),
    C("number-gen_compound", "uk", "З полону звільнено понад сто двадцять цивільних.",
      {F(EX, REP, "UA", "RU", CIV, 121, None)}),
    C("number-dative_thousand", "ru", "Стороны договорились обменять по тысяче пленных.",
      swap(UNS, 1000, status=PLAN)),
    C("number-dative_thousand", "uk", "Сторони домовилися обміняти по тисячі полонених.",
      swap(UNS, 1000, status=PLAN)),
    C("number-dative_hundred", "ru",
      "Армения и Азербайджан договорились освободить по сотне пленных.",
      swap(UNS, 100, status=PLAN, a="AM", b="AZ")),
    C("number-dative_hundred", "uk",
      "Вірменія та Азербайджан домовилися звільнити по сотні полонених.",
      swap(UNS, 100, status=PLAN, a="AM", b="AZ")),
    C("number-vague_tens", "ru",
      "Домой вернулись 95 украинских военных, но в плену остаются ещё десятки журналистов.",
      {ex("UA", "RU", MIL, 95)}, {(HELD, EST, p, "RU", UNS, 24, None) for p in ("UA", "XX")}),
    C("number-vague_tens", "uk",
      "Додому повернулися 95 захисників, але в полоні досі залишаються десятки журналістів.",
      {ex("UA", "RU", MIL, 95)}, {(HELD, EST, p, "RU", UNS, 24, None) for p in ("UA", "XX")}),
    C("number-spaced_thousands", "ru",
      "С начала СВО из украинского плена возвращены 2 400 военнослужащих.",
      {ex("RU", "UA", MIL, 2400, period=(WAR, PUB))}),
    C("number-spaced_thousands", "uk",
      "Загалом з початку повномасштабного вторгнення з полону повернули 4 557 українців.",
      {ex("UA", "RU", UNS, 4557, period=(WAR, PUB))}),
    C("number-thousand_gen", "ru", "Из плена освобождены около тысячи украинцев.",
      {ex("UA", "RU", UNS, 1000)}),
    C("number-thousand_gen", "uk", "З полону звільнено близько тисячі українців.",
      {ex("UA", "RU", UNS, 1000)}),
    C("number-two_thousand", "ru",
      "В российском плену остаются более двух тысяч гражданских украинцев.",
      {held("UA", "RU", CIV, 2001, None)}),
    C("number-two_thousand", "uk",
      "У російському полоні залишаються понад дві тисячі цивільних українців.",
      {held("UA", "RU", CIV, 2001, None)}),
    C("number-words_three_parts", "ru",
      "Из плена вернулись двести сорок шесть украинских военных.", {ex("UA", "RU", MIL, 246)}),
    C("number-words_three_parts", "uk", "З полону повернулися двісті сорок шість захисників.",
      {ex("UA", "RU", MIL, 246)}),
    C("number-collective_acc_second", "ru",
      "Украина вернула из плена 175 военных и двух гражданских.",
      {ex("UA", "RU", MIL, 175), ex("UA", "RU", CIV, 2)}),
    C("number-collective_acc_second", "uk",
      "Україна повернула з полону 175 військових і двох цивільних.",
      {ex("UA", "RU", MIL, 175), ex("UA", "RU", CIV, 2)}),
    C("number-about_a_hundred", "ru", "Из плена освобождены около сотни украинцев.",
      {ex("UA", "RU", UNS, 100)}),
    C("number-about_a_hundred", "uk", "З полону звільнено близько сотні українців.",
      {ex("UA", "RU", UNS, 100)}),
    C("number-half_thousand", "ru", "Из российского плена вернулись полтысячи украинцев.",
      {ex("UA", "RU", UNS, 500)}),
    C("number-half_thousand", "uk", "З російського полону повернулися півтисячі українців.",
      {ex("UA", "RU", UNS, 500)}),
    C("number-decimal_thousand", "ru", "Из плена вернулись около 1,2 тыс. украинцев.",
      {ex("UA", "RU", UNS, 1200)}),
    C("number-decimal_thousand", "uk", "З полону повернулися близько 1,2 тис. українців.",
      {ex("UA", "RU", UNS, 1200)}),
    C("number-one_and_a_half_thousand", "ru",
      "Из российского плена вернулись более полутора тысяч украинцев.",
      {F(EX, REP, "UA", "RU", UNS, 1501, None)}),
    C("number-one_and_a_half_thousand", "uk",
      "З російського полону повернулися понад півтори тисячі українців.",
      {F(EX, REP, "UA", "RU", UNS, 1501, None)}),
    C("number-range_in_words", "ru",
      "По оценкам, в российском плену находятся от двух до трёх тысяч мирных украинцев.",
      {held("UA", "RU", CIV, 2000, 3000)}),
    C("number-range_in_words", "uk",
      "За оцінками, у російському полоні перебувають від двох до трьох тисяч цивільних українців.",
      {held("UA", "RU", CIV, 2000, 3000)}),
    C("number-up_to", "ru", "В российском плену могут находиться до 15 тысяч украинцев.",
      {held("UA", "RU", UNS, None, 15000)}),
    C("number-up_to", "uk", "У російському полоні можуть перебувати до 15 тисяч українців.",
      {held("UA", "RU", UNS, None, 15000)}),
    # ------------------------------------------------------------ status
    C("status-agreed", "ru", "Стороны договорились обменять по 1200 пленных.",
      swap(UNS, 1200, status=PLAN)),
    C("status-agreed", "uk", "Сторони домовилися обміняти по 1200 полонених.",
      swap(UNS, 1200, status=PLAN)),
    C("status-planned", "ru", "В ближайшие дни планируется обмен 500 на 500.",
      swap(UNS, 500, status=PLAN)),
    C("status-planned", "uk", "Найближчими днями планується обмін 500 на 500.",
      swap(UNS, 500, status=PLAN)),
    C("status-must", "ru", "В рамках обмена Россия должна передать Украине 300 военнопленных.",
      {ex("UA", "RU", MIL, 300, status=PLAN)}),
    C("status-must", "uk", "У межах обміну Росія має передати Україні 300 військовополонених.",
      {ex("UA", "RU", MIL, 300, status=PLAN)}),
    C("status-will_take_place", "ru", "Обмен 200 на 200 состоится в воскресенье.",
      swap(UNS, 200, SUN, PLAN)),
    C("status-will_take_place", "uk", "Обмін 200 на 200 відбудеться в неділю.",
      swap(UNS, 200, SUN, PLAN)),
    C("status-will_be_freed", "ru", "В ближайшее время из плена будут освобождены 200 украинцев.",
      {ex("UA", "RU", UNS, 200, status=PLAN)}),
    C("status-will_be_freed", "uk", "Найближчим часом з полону буде звільнено 200 українців.",
      {ex("UA", "RU", UNS, 200, status=PLAN)}),
    C("status-is_to_happen", "ru", "Обмен пленными 300 на 300 должен состояться в ближайшие дни.",
      swap(UNS, 300, status=PLAN)),
    C("status-is_to_happen", "uk", "Обмін полоненими 300 на 300 має відбутися найближчими днями.",
      swap(UNS, 300, status=PLAN)),
    C("status-expected", "ru", "Ожидается, что в ходе обмена домой вернутся 200 украинцев.",
      {ex("UA", "RU", UNS, 200, status=PLAN)}),
    C("status-expected", "uk", "Очікується, що під час обміну додому повернуться 200 українців.",
      {ex("UA", "RU", UNS, 200, status=PLAN)}),
    C("status-failed", "ru", "Обмен 500 на 500, намеченный на пятницу, сорвался.",
      set(), {(EX, PLAN, a, b, UNS, 500, 500) for a, b in (("UA", "RU"), ("RU", "UA"))}),
    C("status-failed", "uk", "Обмін 500 на 500, запланований на п'ятницю, зірвався.",
      set(), {(EX, PLAN, a, b, UNS, 500, 500) for a, b in (("UA", "RU"), ("RU", "UA"))}),
    C("status-postponed", "ru", "Обмен 300 на 300 перенесли на следующую неделю.",
      swap(UNS, 300, status=PLAN)),
    C("status-postponed", "uk", "Обмін 300 на 300 перенесли на наступний тиждень.",
      swap(UNS, 300, status=PLAN)),
    C("status-began", "ru", "В пятницу начался обмен 1000 на 1000, который продлится три дня.",
      {f._replace(period=(FRI, SUN)) for f in swap(UNS, 1000, status=PLAN)}),
    C("status-began", "uk", "У п'ятницю розпочався обмін 1000 на 1000, який триватиме три дні.",
      {f._replace(period=(FRI, SUN)) for f in swap(UNS, 1000, status=PLAN)}),
    C("status-put_off_other_war", "ru",
      "Освобождение 20 армянских пленных Азербайджаном перенесли на следующую неделю.",
      {F(REL, PLAN, "AM", "AZ", UNS, 20, 20)}),
    C("status-put_off_other_war", "uk",
      "Звільнення 20 вірменських полонених Азербайджаном відклали на наступний тиждень.",
      {F(REL, PLAN, "AM", "AZ", UNS, 20, 20)}),
    C("status-future_passive_other_war", "ru",
      "Баку сообщил, что Армении будут переданы 15 военнопленных.",
      {ex("AM", "AZ", MIL, 15, status=PLAN)}),
    C("status-future_passive_other_war", "uk",
      "Баку повідомив, що Вірменії будуть передані 15 військовополонених.",
      {ex("AM", "AZ", MIL, 15, status=PLAN)}),
    C("status-began_other_war", "ru",
      "В пятницу Армения и Азербайджан начали обмен 30 на 30, который продлится 2 дня.",
      {f._replace(period=(FRI, PUB)) for f in swap(UNS, 30, status=PLAN, a="AM", b="AZ")}),
    C("status-began_other_war", "uk",
      "У п'ятницю Вірменія та Азербайджан почали обмін 30 на 30, який триватиме 2 дні.",
      {f._replace(period=(FRI, PUB)) for f in swap(UNS, 30, status=PLAN, a="AM", b="AZ")}),
    C("status-done", "ru", "В пятницу состоялся обмен 95 на 95.", swap(UNS, 95, FRI)),
    C("status-done", "uk", "У п'ятницю відбувся обмін 95 на 95.", swap(UNS, 95, FRI)),
    C("status-future_verb", "ru",
      "В ходе следующего обмена Россия вернёт Украине 50 военнопленных.",
      {ex("UA", "RU", MIL, 50, status=PLAN)}),
    C("status-future_verb", "uk",
      "Під час наступного обміну Україна поверне Росії 50 військовополонених.",
      {ex("RU", "UA", MIL, 50, status=PLAN)}),
    C("status-preparing", "ru", "Готовится обмен 1000 на 1000.", swap(UNS, 1000, status=PLAN)),
    C("status-preparing", "uk", "Готується обмін 1000 на 1000.", swap(UNS, 1000, status=PLAN)),
    C("status-agreed_passive", "ru", "Согласован обмен 500 на 500.", swap(UNS, 500, status=PLAN)),
    C("status-agreed_passive", "uk", "Погоджено обмін 500 на 500.", swap(UNS, 500, status=PLAN)),
    C("status-announced", "ru", "Зеленский анонсировал обмен 1000 на 1000.",
      swap(UNS, 1000, status=PLAN)),
    C("status-announced", "uk", "Зеленський анонсував обмін 1000 на 1000.",
      swap(UNS, 1000, status=PLAN)),
    C("status-completed", "ru", "Обмен 1000 на 1000 завершился в пятницу.", swap(UNS, 1000, FRI)),
    C("status-completed", "uk", "Обмін 1000 на 1000 завершився в п'ятницю.", swap(UNS, 1000, FRI)),
    C("status-hope", "ru",
      "Мы рассчитываем вернуть домой ещё 1000 наших людей, заявил Зеленский.",
      {ex("UA", "RU", UNS, 1000, status=PLAN)}),
    C("status-hope", "uk",
      "Ми розраховуємо повернути додому ще 1000 наших людей, заявив Зеленський.",
      {ex("UA", "RU", UNS, 1000, status=PLAN)}),
    C("status-hope_other_war", "ru",
      "Баку рассчитывает вернуть из армянского плена 20 азербайджанских военных.",
      {ex("AZ", "AM", MIL, 20, status=PLAN)}),
    C("status-hope_other_war", "uk",
      "Єреван сподівається повернути з азербайджанського полону 20 вірменських військових.",
      {ex("AM", "AZ", MIL, 20, status=PLAN)}),
    C("status-stage_of_plan", "ru",
      "Второй этап обмена 1000 на 1000 прошёл в субботу: стороны передали друг другу по 307 "
      "человек.", swap(UNS, 1000, status=PLAN) | swap(UNS, 307, PUB)),
    C("status-stage_of_plan", "uk",
      "Другий етап обміну 1000 на 1000 відбувся в суботу: сторони передали одна одній по 307 "
      "осіб.", swap(UNS, 1000, status=PLAN) | swap(UNS, 307, PUB)),
    # ------------------------------------------------------------ kind
    C("kind-goodwill", "ru",
      "В качестве жеста доброй воли Россия освободила 20 украинских мирных жителей.",
      {F(REL, REP, "UA", "RU", CIV, 20, 20)}),
    C("kind-goodwill", "uk", "Як жест доброї волі Україна звільнила 20 російських цивільних.",
      {F(REL, REP, "RU", "UA", CIV, 20, 20)}),
    C("kind-pardon_by_belarus", "ru", "Лукашенко помиловал 16 осуждённых граждан Украины.",
      {F(REL, REP, "UA", "BY", UNS, 16, 16)}),
    C("kind-pardon_by_belarus", "uk", "Лукашенко помилував 16 засуджених громадян України.",
      {F(REL, REP, "UA", "BY", UNS, 16, 16)}),
    C("kind-one_sided_handover", "ru",
      "Помимо обмена, Украина в одностороннем порядке передала России 10 тяжелораненых "
      "военнопленных.", {F(REL, REP, "RU", "UA", MIL, 10, 10)}),
    C("kind-one_sided_handover", "uk",
      "Окрім обміну, Росія в односторонньому порядку передала Україні 10 тяжкопоранених "
      "військовополонених.", {F(REL, REP, "UA", "RU", MIL, 10, 10)}),
    C("kind-stock", "ru", "В украинском плену остаются около 800 российских военнослужащих.",
      {held("RU", "UA", MIL, 800, 800)}),
    C("kind-stock", "uk", "У російському полоні досі утримуються понад 10 тисяч українців.",
      {held("UA", "RU", UNS, 10001, None)}),
    C("kind-stock_range", "ru",
      "По оценкам, в российском плену находятся от 8 до 10 тысяч украинцев.",
      {held("UA", "RU", UNS, 8000, 10000)}),
    C("kind-stock_range", "uk",
      "За оцінками, у російському полоні перебувають від 8 до 10 тисяч українських військових.",
      {held("UA", "RU", MIL, 8000, 10000)}),
    C("kind-stock_holder_subject", "ru",
      "Киевский режим удерживает не менее 700 российских военнопленных.",
      {held("RU", "UA", MIL, 700, None)}),
    C("kind-stock_holder_subject", "uk", "Росія утримує щонайменше 16 тисяч українських цивільних.",
      {held("UA", "RU", CIV, 16000, None)}),
    C("kind-since_war", "ru", "С начала войны из плена вернулись 5757 украинцев.",
      {ex("UA", "RU", UNS, 5757, period=(WAR, PUB))}),
    C("kind-since_war", "uk",
      "З початку повномасштабного вторгнення з полону повернули 5757 українців.",
      {ex("UA", "RU", UNS, 5757, period=(WAR, PUB))}),
    C("kind-year", "ru", "В 2024 году из российского плена вернулись 1358 украинцев.",
      {ex("UA", "RU", UNS, 1358, period=(D(2024, 1, 1), D(2024, 12, 31)))}),
    C("kind-year", "uk", "У 2024 році з російського полону повернулися 1358 українців.",
      {ex("UA", "RU", UNS, 1358, period=(D(2024, 1, 1), D(2024, 12, 31)))}),
    C("kind-this_year", "ru", "С начала года Россия вернула из плена 1200 военнослужащих.",
      {ex("RU", "UA", MIL, 1200, period=(D(2025, 1, 1), PUB))}),
    C("kind-this_year", "uk", "З початку року Україна повернула з полону 1200 захисників.",
      {ex("UA", "RU", MIL, 1200, period=(D(2025, 1, 1), PUB))}),
    C("kind-last_year", "ru", "За прошлый год из российского плена вернулись 1358 украинцев.",
      {ex("UA", "RU", UNS, 1358, period=(D(2024, 1, 1), D(2024, 12, 31)))}),
    C("kind-last_year", "uk", "За минулий рік з полону повернулися 1358 українців.",
      {ex("UA", "RU", UNS, 1358, period=(D(2024, 1, 1), D(2024, 12, 31)))}),
    C("kind-custody_place", "ru",
      "В российских тюрьмах содержатся около 2000 украинских гражданских.",
      {held("UA", "RU", CIV, 2000, 2000)}),
    C("kind-custody_place", "uk",
      "У російських в'язницях утримуються близько 2000 українських цивільних.",
      {held("UA", "RU", CIV, 2000, 2000)}),
    C("kind-still_captive", "ru", "Ещё более 8 тысяч украинцев остаются в плену.",
      {held("UA", "RU", UNS, 8001, None)}),
    C("kind-still_captive", "uk", "Ще понад 8 тисяч українців лишаються в полоні.",
      {held("UA", "RU", UNS, 8001, None)}),
    C("kind-armed_group_one_sided", "ru", "ХАМАС в одностороннем порядке освободил 5 заложников.",
      {F(REL, REP, "IL", "PS", UNS, 5, 5)}),
    C("kind-armed_group_one_sided", "uk", "ХАМАС в односторонньому порядку звільнив 5 заручників.",
      {F(REL, REP, "IL", "PS", UNS, 5, 5)}),
    C("kind-pardon_own", "ru", "Лукашенко помиловал 30 политзаключённых.",
      {F(REL, REP, "BY", "BY", UNS, 30, 30)}),
    C("kind-pardon_own", "uk", "Лукашенко помилував 30 політв'язнів.",
      {F(REL, REP, "BY", "BY", UNS, 30, 30)}),
    C("kind-month", "ru", "В сентябре из российского плена вернулись 300 украинцев.",
      {ex("UA", "RU", UNS, 300, period=(D(2025, 9, 1), D(2025, 9, 30)))}),
    C("kind-month", "uk", "У вересні з російського полону повернулися 300 українців.",
      {ex("UA", "RU", UNS, 300, period=(D(2025, 9, 1), D(2025, 9, 30)))}),
    C("kind-held_with_u", "ru", "В плену у ВСУ находятся около 1000 российских военных.",
      {held("RU", "UA", MIL, 1000, 1000)}),
    C("kind-held_with_u", "uk", "У полоні в росіян перебувають понад 8 тисяч українців.",
      {held("UA", "RU", UNS, 8001, None)}),
    C("kind-held_armed_group", "ru", "ХАМАС по-прежнему удерживает 59 заложников.",
      {held("IL", "PS", UNS, 59, 59)}),
    C("kind-held_armed_group", "uk", "ХАМАС досі утримує 59 заручників.",
      {held("IL", "PS", UNS, 59, 59)}),
    C("kind-held_colon_speaker", "ru",
      "Лубинец: Россия удерживает более 16 тысяч украинских гражданских.",
      {held("UA", "RU", CIV, 16001, None)}),
    C("kind-held_colon_speaker", "uk",
      "Лубінець: Росія утримує понад 16 тисяч українських цивільних.",
      {held("UA", "RU", CIV, 16001, None)}),
    C("kind-one_sided_other_war", "ru",
      "Таиланд в одностороннем порядке освободил 18 камбоджийских военнослужащих.",
      {F(REL, REP, "KH", "TH", MIL, 18, 18)}),
    C("kind-one_sided_other_war", "uk",
      "Таїланд в односторонньому порядку звільнив 18 камбоджійських військових.",
      {F(REL, REP, "KH", "TH", MIL, 18, 18)}),
    C("kind-held_counted_as", "ru", "В плену числятся более 6 тысяч военнослужащих ВСУ.",
      {held("UA", "RU", MIL, 6001, None)}),
    C("kind-held_counted_as", "uk", "У полоні перебувають понад 6 тисяч військовослужбовців ЗСУ.",
      {held("UA", "RU", MIL, 6001, None)}),
    C("kind-held_since_year", "ru",
      "В плену с 2022 года находятся более 2000 украинских защитников Мариуполя.",
      {held("UA", "RU", MIL, 2001, None)}),
    C("kind-held_since_year", "uk",
      "У полоні з 2022 року перебувають понад 2000 українських захисників Маріуполя.",
      {held("UA", "RU", MIL, 2001, None)}),
    C("kind-since_month", "ru", "С мая из российского плена вернулись 1200 украинцев.",
      {ex("UA", "RU", UNS, 1200, period=(D(2025, 5, 1), PUB))}),
    C("kind-since_month", "uk", "З травня з російського полону повернулися 1200 українців.",
      {ex("UA", "RU", UNS, 1200, period=(D(2025, 5, 1), PUB))}),
    C("kind-this_year_words", "ru", "В этом году из российского плена вернулись 1200 украинцев.",
      {ex("UA", "RU", UNS, 1200, period=(D(2025, 1, 1), PUB))}),
    C("kind-this_year_words", "uk", "Цього року з російського полону повернулися 1200 українців.",
      {ex("UA", "RU", UNS, 1200, period=(D(2025, 1, 1), PUB))}),
    C("kind-years_span", "ru", "В 2022–2023 годах из российского плена вернулись 2598 украинцев.",
      {ex("UA", "RU", UNS, 2598, period=(D(2022, 1, 1), D(2023, 12, 31)))}),
    C("kind-years_span", "uk", "У 2022–2023 роках з російського полону повернулися 2598 українців.",
      {ex("UA", "RU", UNS, 2598, period=(D(2022, 1, 1), D(2023, 12, 31)))}),
    C("kind-since_month_other_war", "ru", "С марта Израиль освободил 300 палестинских заключённых.",
      {F(REL, REP, "PS", "IL", UNS, 300, 300, None, (D(2025, 3, 1), PUB))}),
    C("kind-since_month_other_war", "uk", "З березня Ізраїль звільнив 300 палестинських в'язнів.",
      {F(REL, REP, "PS", "IL", UNS, 300, 300, None, (D(2025, 3, 1), PUB))}),
    C("kind-years_span_other_war", "ru",
      "В 2020–2021 годах Азербайджан освободил 106 армянских пленных.",
      {F(REL, REP, "AM", "AZ", UNS, 106, 106, None, (D(2020, 1, 1), D(2021, 12, 31)))}),
    C("kind-years_span_other_war", "uk",
      "У 2020–2021 роках Азербайджан звільнив 106 вірменських полонених.",
      {F(REL, REP, "AM", "AZ", UNS, 106, 106, None, (D(2020, 1, 1), D(2021, 12, 31)))}),
    # ------------------------------------------------------------ category
    C("category-fighters", "ru", "Россия вернула из плена 40 бойцов.", {ex("RU", "UA", MIL, 40)}),
    C("category-fighters", "uk", "Україна повернула з полону 40 воїнів.",
      {ex("UA", "RU", MIL, 40)}),
    C("category-civilians", "ru", "Из украинского плена вернулись 12 гражданских.",
      {ex("RU", "UA", CIV, 12)}),
    C("category-civilians", "uk", "З полону повернулися 12 цивільних.", {ex("UA", "RU", CIV, 12)}),
    C("category-citizens_of", "ru", "Из плена освобождены 12 граждан России.",
      {ex("RU", "UA", UNS, 12)}),
    C("category-citizens_of", "uk", "З полону повернулися 12 громадян України.",
      {ex("UA", "RU", UNS, 12)}),
    C("category-people_of_holder", "ru", "Из российского плена вернулись 30 человек.",
      {ex("UA", "RU", UNS, 30)}),
    C("category-people_of_holder", "uk", "З російського полону повернулися 30 людей.",
      {ex("UA", "RU", UNS, 30)}),
    C("category-children_among", "ru",
      "Из российского плена вернулись 95 человек, среди них двое детей.",
      {ex("UA", "RU", UNS, 95)}, either("UA", "RU", 2)),
    C("category-children_among", "uk",
      "З російського полону повернулися 95 людей, серед них двоє дітей.",
      {ex("UA", "RU", UNS, 95)}, either("UA", "RU", 2)),
    C("category-wounded", "ru", "В ходе обмена Украине переданы 10 тяжелораненых.",
      {ex("UA", "RU", UNS, 10)}),
    C("category-wounded", "uk", "Під час обміну Україні передали 10 тяжкопоранених.",
      {ex("UA", "RU", UNS, 10)}),
    C("category-medics", "ru", "Из плена освобождены 5 украинских медиков.",
      {ex("UA", "RU", UNS, 5)}),
    C("category-medics", "uk", "З полону звільнено 5 українських медиків.",
      {ex("UA", "RU", UNS, 5)}),
    C("category-doctors", "ru", "Израиль освободил трёх палестинских врачей.",
      {F(REL, REP, "PS", "IL", UNS, 3, 3)}),
    C("category-doctors", "uk", "Ізраїль звільнив трьох палестинських лікарів.",
      {F(REL, REP, "PS", "IL", UNS, 3, 3)}),
    C("category-two_groups", "ru",
      "Из российского плена вернулись 90 военнослужащих и 5 мирных жителей.",
      {ex("UA", "RU", MIL, 90), ex("UA", "RU", CIV, 5)}),
    C("category-two_groups", "uk", "Додому повернулися 90 військових і 5 цивільних.",
      {ex("UA", "RU", MIL, 90), ex("UA", "RU", CIV, 5)}),
    C("category-border_guards", "ru", "Из плена вернулись 15 украинских пограничников.",
      {ex("UA", "RU", MIL, 15)}),
    C("category-border_guards", "uk", "З полону повернулися 15 прикордонників.",
      {ex("UA", "RU", MIL, 15)}),
    C("category-women_defenders", "ru", "Домой вернулись 12 украинских защитниц.",
      {ex("UA", "RU", MIL, 12)}),
    C("category-women_defenders", "uk", "Додому повернулися 12 захисниць.",
      {ex("UA", "RU", MIL, 12)}),
    C("category-foreign_hostages", "ru", "ХАМАС освободил 10 граждан Таиланда.",
      {F(REL, REP, "TH", "PS", UNS, 10, 10)}),
    C("category-foreign_hostages", "uk", "ХАМАС звільнив 10 громадян Таїланду.",
      {F(REL, REP, "TH", "PS", UNS, 10, 10)}),
    C("category-of_them", "ru",
      "Из российского плена вернулись 150 человек, из них 120 военных и 30 гражданских.",
      {ex("UA", "RU", UNS, 150), ex("UA", "RU", MIL, 120), ex("UA", "RU", CIV, 30)}),
    C("category-of_them", "uk",
      "З російського полону повернулися 150 людей, з них 120 військових і 30 цивільних.",
      {ex("UA", "RU", UNS, 150), ex("UA", "RU", MIL, 120), ex("UA", "RU", CIV, 30)}),
    # ------------------------------------------------------------ dates
    C("date-weekday", "ru", "В пятницу Украина вернула из плена 95 военнослужащих.",
      {ex("UA", "RU", MIL, 95, FRI)}),
    C("date-weekday", "uk", "У п'ятницю Україна повернула з полону 95 військових.",
      {ex("UA", "RU", MIL, 95, FRI)}),
    C("date-today", "ru", "Сегодня из российского плена вернулись 95 украинцев.",
      {ex("UA", "RU", UNS, 95, PUB)}),
    C("date-today", "uk", "Сьогодні з полону повернулися 95 українців.",
      {ex("UA", "RU", UNS, 95, PUB)}),
    C("date-eve", "ru", "Накануне из украинского плена вернулись 40 российских военнослужащих.",
      {ex("RU", "UA", MIL, 40, FRI)}),
    C("date-eve", "uk", "Напередодні з полону повернулися 40 українських військових.",
      {ex("UA", "RU", MIL, 40, FRI)}),
    C("date-same_day", "ru",
      "В пятницу Россия вернула 95 военнослужащих. В тот же день Украина получила 95 своих бойцов.",
      {ex("RU", "UA", MIL, 95, FRI), ex("UA", "RU", MIL, 95, FRI)}),
    C("date-same_day", "uk",
      "У п'ятницю Україна повернула 95 захисників. Того ж дня Росія отримала 95 своїх військових.",
      {ex("UA", "RU", MIL, 95, FRI), ex("RU", "UA", MIL, 95, FRI)}),
    C("date-two_day_span", "ru", "За два дня, 15 и 16 октября, из плена вернулись 370 украинцев.",
      {ex("UA", "RU", UNS, 370, period=(D(2025, 10, 15), D(2025, 10, 16)))}),
    C("date-two_day_span", "uk", "За два дні, 15 і 16 жовтня, з полону повернулися 370 українців.",
      {ex("UA", "RU", UNS, 370, period=(D(2025, 10, 15), D(2025, 10, 16)))}),
    C("date-two_day_dash", "ru", "15–16 октября Израиль освободил 90 палестинских заключённых.",
      {F(REL, REP, "PS", "IL", UNS, 90, 90, None, (D(2025, 10, 15), D(2025, 10, 16)))}),
    C("date-two_day_dash", "uk", "15–16 жовтня Ізраїль звільнив 90 палестинських в'язнів.",
      {F(REL, REP, "PS", "IL", UNS, 90, 90, None, (D(2025, 10, 15), D(2025, 10, 16)))}),
    C("date-day_month", "ru", "17 октября Россия вернула из плена 40 военнослужащих.",
      {ex("RU", "UA", MIL, 40, FRI)}),
    C("date-day_month", "uk", "17 жовтня Україна повернула з полону 40 захисників.",
      {ex("UA", "RU", MIL, 40, FRI)}),
    C("date-yesterday", "ru", "Вчера Россия и Украина провели обмен 84 на 84.", swap(UNS, 84, FRI)),
    C("date-yesterday", "uk", "Учора Україна та Росія провели обмін 84 на 84.", swap(UNS, 84, FRI)),
    C("date-of_statement", "ru",
      "Минобороны в субботу сообщило, что из плена вернулись 40 военнослужащих ВС РФ.",
      {ex("RU", "UA", MIL, 40)}),
    C("date-of_statement", "uk",
      "Коордштаб у суботу повідомив, що з полону повернулися 40 захисників.",
      {ex("UA", "RU", MIL, 40)}),
    C("date-planned_day", "ru", "Следующий обмен 200 на 200 запланирован на среду.",
      swap(UNS, 200, WED, PLAN)),
    C("date-planned_day", "uk", "Наступний обмін 200 на 200 заплановано на середу.",
      swap(UNS, 200, WED, PLAN)),
    C("date-monday", "ru", "В понедельник Украина вернула из плена 20 мирных жителей.",
      {ex("UA", "RU", CIV, 20, D(2025, 10, 13))}),
    C("date-monday", "uk", "У понеділок Україна повернула з полону 20 цивільних.",
      {ex("UA", "RU", CIV, 20, D(2025, 10, 13))}),
    C("date-last_week", "ru", "На прошлой неделе из плена вернулись 95 украинских военных.",
      {ex("UA", "RU", MIL, 95)}),
    C("date-last_week", "uk", "Минулого тижня з полону повернулися 95 захисників.",
      {ex("UA", "RU", MIL, 95)}),
    C("date-event_day_in_statement", "ru",
      "Зеленский в субботу сообщил, что в пятницу домой вернулись 95 украинских военных.",
      {ex("UA", "RU", MIL, 95, FRI)}),
    C("date-event_day_in_statement", "uk",
      "Зеленський у суботу повідомив, що в п'ятницю додому повернулися 95 захисників.",
      {ex("UA", "RU", MIL, 95, FRI)}),
    # ------------------------------------------------------------ texts of several sentences
    C("text-swap_day_lead", "ru",
      "Россия и Украина в субботу провели обмен пленными. Из украинского плена возвращены 95 "
      "российских военнослужащих. Взамен украинской стороне переданы 95 военнопленных ВСУ.",
      {ex("RU", "UA", MIL, 95, PUB), ex("UA", "RU", MIL, 95, PUB)}),
    C("text-swap_day_lead", "uk",
      "Україна та Росія в суботу провели обмін полоненими. Додому повернулися 95 захисників. "
      "Натомість російській стороні передали 95 військовополонених.",
      {ex("UA", "RU", MIL, 95, PUB), ex("RU", "UA", MIL, 95, PUB)}),
    C("text-earlier_swap", "ru",
      "Сегодня из плена вернулись 84 украинских военных. Предыдущий обмен состоялся 24 "
      "августа, тогда стороны вернули по 146 человек.",
      {ex("UA", "RU", MIL, 84, PUB)} | swap(UNS, 146, D(2025, 8, 24))),
    C("text-earlier_swap", "uk",
      "Сьогодні з полону повернулися 84 українських військових. Попередній обмін відбувся 24 "
      "серпня, тоді сторони повернули по 146 осіб.",
      {ex("UA", "RU", MIL, 84, PUB)} | swap(UNS, 146, D(2025, 8, 24))),
    C("text-total_and_stock", "ru",
      "Всего с начала войны из плена вернулись 5757 украинцев. По оценкам омбудсмена, в "
      "российском плену остаются более 8 тысяч человек.",
      {ex("UA", "RU", UNS, 5757, period=(WAR, PUB)), held("UA", "RU", UNS, 8001, None)}),
    C("text-total_and_stock", "uk",
      "Загалом з початку війни з полону повернулися 5757 українців. За оцінками омбудсмана, у "
      "російському полоні залишаються понад 8 тисяч людей.",
      {ex("UA", "RU", UNS, 5757, period=(WAR, PUB)), held("UA", "RU", UNS, 8001, None)}),
    C("text-first_day_of_operation", "ru",
      "В пятницу начался обмен 1000 на 1000, который продлится три дня. В первый день стороны "
      "передали друг другу по 390 человек.",
      {f._replace(period=(FRI, SUN)) for f in swap(UNS, 1000, status=PLAN)} | swap(UNS, 390, FRI)),
    C("text-first_day_of_operation", "uk",
      "У п'ятницю розпочався обмін 1000 на 1000, який триватиме три дні. Першого дня сторони "
      "передали одна одній по 390 осіб.",
      {f._replace(period=(FRI, SUN)) for f in swap(UNS, 1000, status=PLAN)} | swap(UNS, 390, FRI)),
    C("text-third_day_other_war", "ru",
      "В среду Армения и Азербайджан начали обмен, который продлится три дня. На третий день "
      "стороны передали друг другу по 12 человек.", swap(UNS, 12, FRI, a="AM", b="AZ")),
    C("text-third_day_other_war", "uk",
      "У середу Вірменія та Азербайджан розпочали обмін, який триватиме три дні. Третього дня "
      "сторони передали одна одній по 12 осіб.", swap(UNS, 12, FRI, a="AM", b="AZ")),
    C("text-release_answered", "ru",
      "ХАМАС освободил трёх израильских заложников. В ответ Израиль выпустил 183 палестинских "
      "заключённых.", {ex("IL", "PS", UNS, 3), ex("PS", "IL", UNS, 183)}),
    C("text-release_answered", "uk",
      "ХАМАС звільнив трьох ізраїльських заручників. У відповідь Ізраїль випустив 183 "
      "палестинських в'язнів.", {ex("IL", "PS", UNS, 3), ex("PS", "IL", UNS, 183)}),
    # ------------------------------------------------------------ traps: no captives
    C("trap-bodies", "ru", "В рамках репатриации Украине переданы тела 1000 погибших военных.",
      set()),
    C("trap-bodies", "uk", "Україна отримала тіла 757 полеглих захисників.", set()),
    C("trap-missing", "ru", "Более 50 тысяч украинских военных числятся пропавшими без вести.",
      set()),
    C("trap-missing", "uk", "Понад 60 тисяч українців вважаються зниклими безвісти.", set()),
    C("trap-missing_other_war", "ru",
      "Около 400 армянских военных до сих пор считаются пропавшими без вести.", set()),
    C("trap-missing_other_war", "uk",
      "Близько 400 вірменських військових досі вважаються пропалими безвісти.", set()),
    C("trap-age", "ru", "Самому старшему из освобождённых 64 года.", set()),
    C("trap-age", "uk", "Наймолодшому зі звільнених 19 років.", set()),
    C("trap-money", "ru", "Каждый вернувшийся получит выплату в 50 тысяч рублей.", set()),
    C("trap-money", "uk", "Кожен звільнений отримає по 100 тисяч гривень.", set()),
    C("trap-ordinal_exchange", "ru", "Это уже 58-й обмен с начала войны.", set()),
    C("trap-ordinal_exchange", "uk", "Це вже 58-й обмін з початку повномасштабного вторгнення.",
      set()),
    C("trap-count_of_exchanges", "ru", "Всего с 2022 года состоялось 65 обменов.", set()),
    C("trap-count_of_exchanges", "uk", "Загалом з 2022 року відбулося 65 обмінів.", set()),
    C("trap-duration", "ru", "Некоторые из них провели в плену более двух лет.", set()),
    C("trap-duration", "uk", "Дехто з них перебував у полоні понад 900 днів.", set()),
    C("trap-died_in_captivity", "ru", "В плену погибли не менее 200 украинцев.", set()),
    C("trap-died_in_captivity", "uk", "У полоні загинули щонайменше 200 українців.", set()),
    C("trap-buses", "ru", "Освобождённых доставили на родину на 5 автобусах.", set()),
    C("trap-buses", "uk", "Звільнених привезли додому 6 автобусами.", set()),
    C("trap-bodies_formula", "ru", "Стороны провели обмен телами по формуле 1000 на 19.", set()),
    C("trap-bodies_formula", "uk", "Відбулася репатріація тіл за формулою 1000 на 19.", set()),
    C("trap-percent", "ru", "Около 90% вернувшихся из плена нуждаются в лечении.", set()),
    C("trap-percent", "uk", "Близько 90% звільнених з полону потребують лікування.", set()),
    C("trap-sentence_years", "ru", "Пленного приговорили к 13 годам заключения.", set()),
    C("trap-sentence_years", "uk", "Полоненого засудили до 13 років позбавлення волі.", set()),
    C("trap-wounded_by_shelling", "ru", "При обстреле ранены 12 мирных жителей.", set()),
    C("trap-wounded_by_shelling", "uk", "Внаслідок обстрілу поранено 12 цивільних.", set()),
    C("trap-hotline", "ru", "Родственники пленных могут звонить на горячую линию 1548.", set()),
    C("trap-hotline", "uk", "Рідні полонених можуть телефонувати на гарячу лінію 1548.", set()),
    C("trap-lists", "ru", "Украина передала России списки на 500 пленных.", set()),
    C("trap-lists", "uk", "Україна передала Росії списки на 500 полонених.", set()),
    C("trap-transport_of_the_freed", "ru",
      "Из украинского плена возвращены 95 военнослужащих. Все 95 освобождённых будут "
      "доставлены самолётами в Москву.", {ex("RU", "UA", MIL, 95)}),
    C("trap-transport_of_the_freed", "uk",
      "З полону повернулися 95 захисників. Усіх 95 звільнених доставлять до лікарень.",
      {ex("UA", "RU", MIL, 95)}),
    C("trap-hours", "ru", "Передача пленных на границе заняла 6 часов.", set()),
    C("trap-hours", "uk", "Передача полонених на кордоні тривала 6 годин.", set()),
    C("trap-requests", "ru",
      "На горячую линию поступило 10 тысяч обращений от родственников пленных.", set()),
    C("trap-requests", "uk",
      "На гарячу лінію надійшло 10 тисяч звернень від рідних полонених.", set()),
    C("trap-ransom", "ru", "За освобождение заложников требовали выкуп в 5 млн долларов.", set()),
    C("trap-ransom", "uk", "За звільнення заручників вимагали викуп у 5 млн доларів.", set()),
    C("trap-bodies_tons", "ru", "Россия передала Украине 6 тысяч тел погибших.", set()),
    C("trap-bodies_tons", "uk", "Росія передала Україні 6 тисяч тіл загиблих.", set()),
]
# fmt: on

# cases failing on main when the catalogue was written (issue #11): each must fail until fixed
XFAILS: dict[str, str] = {
    # a sentence's party speaker as the side people come home to raised dev tune (ru 0.97 →
    # 1.0) and lowered dev check (ru 0.916 → 0.892): undone, the construction still open
    "order-ministry_nominal-ru": "'о возвращении из плена N' told by a party: no side",
    "order-speaker_nominal_other-ru": "'о возвращении из плена N' told by a party: no side",
    "order-speaker_nominal_other-uk": "a Russian speaker's returned people read as the home side's",
}  # fmt: skip


def got_facts(case: Case) -> set[F]:
    """The facts extracted from the case's sentence, as F."""
    out = {
        F(f.kind, f.status, f.persons_of, f.held_by, f.category, f.low, f.high, f.date,
          (f.period_start, f.period_end) if f.period_start else None)
        for f in extract_slavic(case.text, PUB, case.lang)
    }  # fmt: skip
    return out


def passes(case: Case) -> bool:
    """Every required fact found, whole (date and period too), and nothing else but optional
    facts."""
    return {f for f in got_facts(case) if tuple(f[:7]) not in case.maybe} == case.want


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            c, id=c.id,
            marks=[pytest.mark.xfail(strict=True, reason=XFAILS[c.id])] if c.id in XFAILS else [],
        )
        for c in CASES
    ],
)  # fmt: skip
def test_construction(case: Case) -> None:
    assert {f for f in got_facts(case) if tuple(f[:7]) not in case.maybe} == case.want


def test_ids_are_unique_and_every_construction_is_in_both_languages() -> None:
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids))
    stems = {c.id.rsplit("-", 1)[0] for c in CASES}
    assert all(f"{s}-ru" in ids and f"{s}-uk" in ids for s in stems)
    assert set(XFAILS) <= set(ids)


def by_axis() -> dict[str, tuple[int, int]]:
    """Passing and all cases of each axis."""
    out: dict[str, tuple[int, int]] = {}
    for c in CASES:
        axis = c.id.split("-", 1)[0]
        ok, n = out.get(axis, (0, 0))
        out[axis] = (ok + passes(c), n + 1)
    return out


if __name__ == "__main__":
    total = [0, 0]
    for axis, (ok, n) in by_axis().items():
        print(f"{axis:10} {ok:3}/{n}")
        total[0] += ok
        total[1] += n
    print(f"{'all':10} {total[0]:3}/{total[1]}")
    if "-v" in sys.argv:
        for c in CASES:
            if not passes(c):
                got = got_facts(c)
                print(
                    f"\n{c.id}: {c.text}\n  want {sorted(c.want, key=str)}\n  got  "
                    f"{sorted(got, key=str)}"
                )
