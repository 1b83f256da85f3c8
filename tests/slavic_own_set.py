"""An evaluation set of our own: Russian and Ukrainian wire-style sentences about captives.

Written for issue #11 before the extractor was run on them, each with the facts an
annotator would mark (workflow/docs/FACTS.md and the corpus conventions): how TASS, RIA,
Interfax, Meduza, Ukrinform, UNIAN, Ukrainska Pravda, RBC-Ukraine and Suspilne write about
exchanges and captives of several conflicts. Dating words, inflected and collective
numerals, sides named many ways, plans. None of it comes from the dev corpus.

A case: (id, lang, publication day, text, facts); a fact: (kind, status, persons_of,
held_by, category, low, high, date). tests/test_slavic_own_set.py checks every case;
`python tests/slavic_own_set.py` prints the set's strict F1 and dates (the scorer's
definitions: a fact matches on all fields but the date; dates are scored on matches).
"""

from __future__ import annotations

import datetime

D = datetime.date
SAT = D(2025, 6, 14)  # a Saturday: Friday is 13 June, Thursday 12, Wednesday 11
THU = D(2025, 6, 12)  # a Thursday
MON = D(2025, 6, 16)  # a Monday

EX, REL, HELD = "exchange", "release", "held"
REP, PLAN, EST = "reported", "planned", "estimated"
MIL, CIV, UNS = "military", "civilian", "unspecified"


def both(status: str, cat: str, n: int, day: D | None, a: str = "UA", b: str = "RU") -> set:
    """As many of each side's people (a swap of N for N, "по N")."""
    return {(EX, status, a, b, cat, n, n, day), (EX, status, b, a, cat, n, n, day)}


CASES: list[tuple[str, str, D, str, set]] = [
    # ------------------------------------------------------------ Russian
    ("ru_formula_saturday", "ru", SAT,
     "В субботу Россия и Украина обменялись пленными по формуле 84 на 84, сообщило Минобороны РФ.",
     both(REP, UNS, 84, SAT)),
    ("ru_from_ukrainian_captivity", "ru", SAT,
     "Россия и Украина провели очередной обмен пленными. Из украинского плена возвращены "
     "150 российских военнослужащих, сообщили в Минобороны России.",
     {(EX, REP, "RU", "UA", MIL, 150, 150, None)}),
    ("ru_eve_home", "ru", SAT,
     "Накануне в ходе обмена домой вернулись 95 украинских защитников, сообщил Зеленский.",
     {(EX, REP, "UA", "RU", MIL, 95, 95, D(2025, 6, 13))}),
    ("ru_more_handed_to_the_side", "ru", SAT,
     "В пятницу Киев и Москва провели обмен. Ещё 20 мирных жителей были переданы украинской "
     "стороне.",
     {(EX, REP, "UA", "RU", CIV, 20, 20, D(2025, 6, 13))}),
    ("ru_running_total_since_war", "ru", SAT,
     "Всего с начала войны из плена удалось вернуть 5 757 украинцев, заявил Лубинец.",
     {(EX, REP, "UA", "RU", UNS, 5757, 5757, None)}),
    ("ru_agreed_formula", "ru", SAT,
     "Стороны договорились об обмене пленными по формуле 1000 на 1000.",
     both(PLAN, UNS, 1000, None)),
    ("ru_expected_sunday", "ru", SAT,
     "Ожидается, что в воскресенье в Россию вернутся ещё 300 военнопленных.",
     {(EX, PLAN, "RU", "UA", MIL, 300, 300, D(2025, 6, 15))}),
    ("ru_collective_numerals_am_az", "ru", SAT,
     "Азербайджан передал Армении пятерых армянских военнослужащих в обмен на двоих "
     "азербайджанцев.",
     {(EX, REP, "AM", "AZ", MIL, 5, 5, None), (EX, REP, "AZ", "AM", UNS, 2, 2, None)}),
    ("ru_hamas_israel_truce", "ru", SAT,
     "В рамках соглашения о прекращении огня ХАМАС в субботу освободил трёх израильских "
     "заложников, а Израиль выпустил 183 палестинских заключенных.",
     {(EX, REP, "IL", "PS", UNS, 3, 3, SAT), (EX, REP, "PS", "IL", UNS, 183, 183, SAT)}),
    ("ru_us_russia_thursday", "ru", SAT,
     "В четверг в Абу-Даби состоялся обмен заключенными между Россией и США: в Москву "
     "вернулись четверо россиян, в США — трое американцев.",
     {(EX, REP, "RU", "US", UNS, 4, 4, THU), (EX, REP, "US", "RU", UNS, 3, 3, THU)}),
    ("ru_stock_more_than_thousands", "ru", SAT,
     "По данным омбудсмена, в российском плену по-прежнему остаются более 8 тысяч украинцев.",
     {(HELD, EST, "UA", "RU", UNS, 8001, None, SAT)}),
    ("ru_handed_and_returned", "ru", SAT,
     "Украинская сторона передала 25 российских военнослужащих, в Украину вернулись 25 "
     "защитников.",
     {(EX, REP, "RU", "UA", MIL, 25, 25, None), (EX, REP, "UA", "RU", MIL, 25, 25, None)}),
    ("ru_fighters_of_afu_to_kyiv", "ru", SAT,
     "Российская сторона в пятницу передала Киеву 103 бойца ВСУ.",
     {(EX, REP, "UA", "RU", MIL, 103, 103, D(2025, 6, 13))}),
    ("ru_freed_among_them_civilians", "ru", SAT,
     "В результате обмена вчера из российского плена освобождены 49 человек, среди них 12 "
     "гражданских.",
     {(EX, REP, "UA", "RU", UNS, 49, 49, D(2025, 6, 13)),
      (EX, REP, "UA", "RU", CIV, 12, 12, D(2025, 6, 13))}),
    ("ru_agreed_each", "ru", SAT,
     "Россия и Украина договорились передать друг другу по 500 военнопленных.",
     both(PLAN, MIL, 500, None)),
    ("ru_planned_next_week", "ru", SAT,
     "Планируется, что на следующей неделе на Украину вернутся 120 военнослужащих.",
     {(EX, PLAN, "UA", "RU", MIL, 120, 120, None)}),
    ("ru_number_words_wednesday", "ru", SAT,
     "В среду на Украину были переданы сто двадцать военнопленных, сообщает ТАСС.",
     {(EX, REP, "UA", "RU", MIL, 120, 120, D(2025, 6, 11))}),
    ("ru_formula_in_words_tuesday", "ru", SAT,
     "Во вторник Россия и Украина провели обмен в формате двести на двести.",
     both(REP, UNS, 200, D(2025, 6, 10))),
    ("ru_total_since_year", "ru", SAT,
     "Всего с 2022 года в Россию вернулись более 3 тысяч военнослужащих.",
     {(EX, REP, "RU", "UA", MIL, 3001, None, None)}),
    ("ru_trap_casualties", "ru", SAT,
     "При обстреле погибли 12 человек, еще 30 получили ранения.",
     set()),
    ("ru_trap_plane", "ru", SAT,
     "Самолёт с 200 пассажирами приземлился в Москве.",
     set()),
    ("ru_holds_at_least", "ru", SAT,
     "Россия удерживает в плену не менее 10 тысяч украинских граждан.",
     {(HELD, EST, "UA", "RU", UNS, 10000, None, SAT)}),
    ("ru_baku_yerevan", "ru", SAT,
     "Армения и Азербайджан обменялись военнопленными: Баку вернул Еревану 32 армянских "
     "военнослужащих, а Ереван передал два азербайджанских солдата.",
     {(EX, REP, "AM", "AZ", MIL, 32, 32, None), (EX, REP, "AZ", "AM", MIL, 2, 2, None)}),
    ("ru_homeland_citizens", "ru", SAT,
     "Как сообщили в Координационном штабе, в результате обмена на родину возвращены 115 "
     "украинских граждан.",
     {(EX, REP, "UA", "RU", UNS, 115, 115, None)}),
    ("ru_in_return_pows_of_afu", "ru", SAT,
     "Из плена освобождены 90 российских военнослужащих, взамен Украине передали 90 "
     "военнопленных ВСУ.",
     {(EX, REP, "RU", "UA", MIL, 90, 90, None), (EX, REP, "UA", "RU", MIL, 90, 90, None)}),
    ("ru_future_friday_each", "ru", THU,
     "В пятницу стороны передадут друг другу по 390 человек.",
     both(PLAN, UNS, 390, D(2025, 6, 13))),
    ("ru_controlled_territory", "ru", SAT,
     "На подконтрольную Киеву территорию возвращены 82 военнопленных.",
     {(EX, REP, "UA", "RU", MIL, 82, 82, None)}),
    ("ru_explicit_date_in_clause", "ru", SAT,
     "В ходе обмена, состоявшегося 5 июня, домой вернулись 6 российских военнослужащих.",
     {(EX, REP, "RU", "UA", MIL, 6, 6, D(2025, 6, 5))}),
    ("ru_this_week_no_day", "ru", SAT,
     "По словам Москальковой, на этой неделе на родину вернулись 20 россиян.",
     {(EX, REP, "RU", "UA", UNS, 20, 20, None)}),
    ("ru_stock_one_and_a_half_thousand", "ru", SAT,
     "В России остаются около полутора тысяч украинских военнопленных.",
     {(HELD, EST, "UA", "RU", MIL, 1500, 1500, SAT)}),
    ("ru_own_more_saturday", "ru", SAT,
     "Россия в субботу вернула еще 100 своих военных.",
     {(EX, REP, "RU", "UA", MIL, 100, 100, SAT)}),
    ("ru_taliban_release", "ru", SAT,
     "Накануне талибы освободили двух американских граждан.",
     {(REL, REP, "US", "AF", UNS, 2, 2, D(2025, 6, 13))}),
    ("ru_venezuela_us", "ru", SAT,
     "Венесуэла освободила десять американцев в обмен на 250 венесуэльцев, "
     "депортированных из США.",
     {(EX, REP, "US", "VE", UNS, 10, 10, None), (EX, REP, "VE", "US", UNS, 250, 250, None)}),
    ("ru_sunday_formula_noun_before", "ru", MON,
     "В воскресенье состоялся обмен военнопленными 150 на 150.",
     both(REP, MIL, 150, D(2025, 6, 15))),
    ("ru_should_return", "ru", SAT,
     "В ближайшие дни в Россию должны вернуться еще 75 военнослужащих.",
     {(EX, PLAN, "RU", "UA", MIL, 75, 75, None)}),
    ("ru_doc_day_same_number", "ru", SAT,
     "В пятницу Россия и Украина провели обмен пленными. В Россию вернулись 115 "
     "военнослужащих. Украинская сторона получила столько же.",
     {(EX, REP, "RU", "UA", MIL, 115, 115, D(2025, 6, 13))}),
    # ------------------------------------------------------------ Ukrainian
    ("uk_saturday_from_russian_captivity", "uk", SAT,
     "У суботу з російського полону повернулися 307 українських захисників.",
     {(EX, REP, "UA", "RU", MIL, 307, 307, SAT)}),
    ("uk_yesterday_more", "uk", SAT,
     "Вчора Україна повернула додому ще 84 військовополонених, повідомив Зеленський.",
     {(EX, REP, "UA", "RU", MIL, 84, 84, D(2025, 6, 13))}),
    ("uk_today_among_civilians", "uk", SAT,
     "Сьогодні відбувся обмін полоненими: додому повертаються 390 українців, серед них 120 "
     "цивільних.",
     {(EX, REP, "UA", "RU", UNS, 390, 390, SAT), (EX, REP, "UA", "RU", CIV, 120, 120, SAT)}),
    ("uk_explicit_date_our", "uk", D(2025, 6, 26),
     "Під час обміну 24 червня з полону звільнено 90 наших військових.",
     {(EX, REP, "UA", "RU", MIL, 90, 90, D(2025, 6, 24))}),
    ("uk_agreed_each_side", "uk", SAT,
     "Сторони домовилися обміняти по 1200 полонених з кожного боку.",
     both(PLAN, UNS, 1200, None)),
    ("uk_modal_next_week", "uk", SAT,
     "Наступного тижня мають повернутися ще 500 наших бійців.",
     {(EX, PLAN, "UA", "RU", MIL, 500, 500, None)}),
    ("uk_israel_hamas", "uk", SAT,
     "Ізраїль звільнив 90 палестинських в'язнів в обмін на трьох заручниць, яких утримував ХАМАС.",
     {(EX, REP, "PS", "IL", UNS, 90, 90, None), (EX, REP, "IL", "PS", UNS, 3, 3, None)}),
    ("uk_armenia_azerbaijan_wednesday", "uk", SAT,
     "Вірменія та Азербайджан у середу обмінялися полоненими: Баку передав Єревану чотирьох "
     "вірменських військових, а Єреван — двох азербайджанських солдатів.",
     {(EX, REP, "AM", "AZ", MIL, 4, 4, D(2025, 6, 11)),
      (EX, REP, "AZ", "AM", MIL, 2, 2, D(2025, 6, 11))}),
    ("uk_total_since_invasion", "uk", SAT,
     "Загалом з початку повномасштабного вторгнення з полону вдалося повернути 5 857 "
     "українців, повідомив Коордштаб.",
     {(EX, REP, "UA", "RU", UNS, 5857, 5857, None)}),
    ("uk_stock_about", "uk", SAT,
     "За оцінками омбудсмена, у російському полоні досі перебувають близько 10 тисяч українців.",
     {(HELD, EST, "UA", "RU", UNS, 10000, 10000, SAT)}),
    ("uk_trap_bodies", "uk", SAT,
     "Росія передала Україні тіла 1000 загиблих військових.",
     set()),
    ("uk_handed_and_came_home", "uk", SAT,
     "Українська сторона передала 25 російських військовослужбовців, а додому повернулися 25 "
     "захисників.",
     {(EX, REP, "RU", "UA", MIL, 25, 25, None), (EX, REP, "UA", "RU", MIL, 25, 25, None)}),
    ("uk_friday_formula", "uk", SAT,
     "У п'ятницю відбувся обмін за формулою 205 на 205.",
     both(REP, UNS, 205, D(2025, 6, 13))),
    ("uk_words_mixed", "uk", SAT,
     "Із полону повернулися двісті сорок військових та цивільних.",
     {(EX, REP, "UA", "RU", UNS, 240, 240, None)}),
    ("uk_us_russia_collective", "uk", SAT,
     "США та Росія обмінялися ув'язненими: до Америки повернулися двоє американців, до Росії — "
     "троє росіян.",
     {(EX, REP, "US", "RU", UNS, 2, 2, None), (EX, REP, "RU", "US", UNS, 3, 3, None)}),
    ("uk_trap_casualties_duration", "uk", SAT,
     "Унаслідок атаки загинули 5 людей, ще 12 поранені. Вони провели в полоні понад 2 роки.",
     set()),
    ("uk_planned_sunday_modal", "uk", SAT,
     "Наступний етап обміну очікують у неділю: Україна має повернути 150 військовополонених.",
     {(EX, PLAN, "UA", "RU", MIL, 150, 150, D(2025, 6, 15))}),
    ("uk_today_civilians_freed", "uk", SAT,
     "Внаслідок обміну сьогодні з російської неволі звільнено 12 цивільних.",
     {(EX, REP, "UA", "RU", CIV, 12, 12, SAT)}),
    ("uk_weekday_and_date", "uk", SAT,
     "У середу, 11 червня, Україна повернула з полону 45 захисників Маріуполя.",
     {(EX, REP, "UA", "RU", MIL, 45, 45, D(2025, 6, 11))}),
    ("uk_eve_to_ukraine", "uk", SAT,
     "Напередодні до України повернулися 52 військових.",
     {(EX, REP, "UA", "RU", MIL, 52, 52, D(2025, 6, 13))}),
    ("uk_this_week_up_to", "uk", SAT,
     "Цього тижня очікується ще один етап обміну, під час якого додому мають повернутися до "
     "300 українців.",
     {(EX, PLAN, "UA", "RU", UNS, None, 300, None)}),
    ("uk_holds_decimal_thousands", "uk", SAT,
     "Росія утримує в полоні понад 2,5 тисячі українських цивільних, заявив Лубінець.",
     {(HELD, EST, "UA", "RU", CIV, 2501, None, SAT)}),
    ("uk_warriors_to_ukraine", "uk", SAT,
     "Обмін відбувся за посередництва ОАЕ: в Україну повернулися 103 воїни.",
     {(EX, REP, "UA", "RU", MIL, 103, 103, None)}),
    ("uk_israel_lebanon_release", "uk", SAT,
     "Ізраїль у неділю передав Лівану чотирьох ліванців, затриманих під час війни.",
     {(REL, REP, "LB", "IL", UNS, 4, 4, D(2025, 6, 8))}),
    ("uk_doc_day_among_freed", "uk", SAT,
     "Сьогодні відбувся 65-й обмін полоненими. Додому повернулися 150 українців. Серед "
     "звільнених — 20 цивільних.",
     {(EX, REP, "UA", "RU", UNS, 150, 150, SAT), (EX, REP, "UA", "RU", CIV, 20, 20, SAT)}),
    # ------------------------------------------------------------ dating across sentences
    ("ru_lead_date_both_halves", "ru", SAT,
     "Россия и Украина провели обмен пленными 13 июня. Как сообщили в Минобороны РФ, из "
     "украинского плена возвращены 120 российских военнослужащих. Взамен переданы 120 "
     "военнопленных ВСУ.",
     {(EX, REP, "RU", "UA", MIL, 120, 120, D(2025, 6, 13)),
      (EX, REP, "UA", "RU", MIL, 120, 120, D(2025, 6, 13))}),
    ("ru_stock_as_of_day", "ru", SAT,
     "По состоянию на 1 июня в украинском плену находились около 2 тысяч российских военных.",
     {(HELD, EST, "RU", "UA", MIL, 2000, 2000, D(2025, 6, 1))}),
    ("ru_last_friday_lead", "ru", MON,
     "Обмен состоялся в минувшую пятницу. Домой вернулись 70 российских военнослужащих.",
     {(EX, REP, "RU", "UA", MIL, 70, 70, D(2025, 6, 13))}),
    ("ru_weekday_comma_date", "ru", SAT,
     "В понедельник, 9 июня, на Украину вернулись 60 человек.",
     {(EX, REP, "UA", "RU", UNS, 60, 60, D(2025, 6, 9))}),
    ("ru_statement_day_only", "ru", SAT,
     "Минобороны России в субботу сообщило, что из плена возвращены 84 российских "
     "военнослужащих.",
     {(EX, REP, "RU", "UA", MIL, 84, 84, None)}),
    ("ru_today_with_date_lead", "ru", SAT,
     "Сегодня, 14 июня, состоялся обмен военнопленными. В Россию вернулись 52 военнослужащих, "
     "на Украину — 52.",
     {(EX, REP, "RU", "UA", MIL, 52, 52, SAT), (EX, REP, "UA", "RU", MIL, 52, 52, SAT)}),
    ("ru_yesterday_evening", "ru", SAT,
     "Вчера вечером в Россию вернулись 45 мирных жителей Курской области.",
     {(EX, REP, "RU", "UA", CIV, 45, 45, D(2025, 6, 13))}),
    ("ru_date_in_participle_clause", "ru", D(2025, 5, 26),
     "Обмен, прошедший 24 мая, стал крупнейшим: Россия и Украина передали друг другу по 307 "
     "военнопленных.",
     both(REP, MIL, 307, D(2025, 5, 24))),
    ("ru_said_friday_swap_thursday", "ru", SAT,
     "В пятницу Зеленский заявил, что в ходе обмена, прошедшего в четверг, домой вернулись 150 "
     "украинцев.",
     {(EX, REP, "UA", "RU", UNS, 150, 150, THU)}),
    ("ru_earlier_date_then_today", "ru", D(2025, 5, 25),
     "Ранее, 24 мая, стороны передали друг другу по 307 военнопленных. Сегодня в Россию "
     "вернулись ещё 303 военных.",
     both(REP, MIL, 307, D(2025, 5, 24)) | {(EX, REP, "RU", "UA", MIL, 303, 303, D(2025, 5, 25))}),
    ("ru_agreed_next_week_venue", "ru", SAT,
     "В четверг в Стамбуле делегации договорились, что обмен 1200 на 1200 пройдет на "
     "следующей неделе.",
     both(PLAN, UNS, 1200, None)),
    ("ru_gaza_hostages_stock", "ru", SAT,
     "В секторе Газа по-прежнему остаются 59 заложников.",
     {(HELD, EST, "IL", "PS", UNS, 59, 59, SAT)}),
    ("uk_lead_date_same_number", "uk", SAT,
     "Обмін відбувся 13 червня. Україна повернула 120 військових, Росія отримала стільки ж.",
     {(EX, REP, "UA", "RU", MIL, 120, 120, D(2025, 6, 13))}),
    ("uk_stock_as_of_day", "uk", SAT,
     "Станом на 1 червня в російському полоні перебували понад 8 тисяч українців.",
     {(HELD, EST, "UA", "RU", UNS, 8001, None, D(2025, 6, 1))}),
    ("uk_weekday_comma_date", "uk", SAT,
     "У неділю, 8 червня, додому повернулися 30 захисників.",
     {(EX, REP, "UA", "RU", MIL, 30, 30, D(2025, 6, 8))}),
    ("uk_last_friday", "uk", MON,
     "Минулої п'ятниці Україна повернула з полону 84 громадян.",
     {(EX, REP, "UA", "RU", UNS, 84, 84, D(2025, 6, 13))}),
    ("uk_tonight", "uk", SAT,
     "Сьогодні вночі з полону повернулися 12 українських моряків.",
     {(EX, REP, "UA", "RU", MIL, 12, 12, SAT)}),
    ("uk_three_days_total_each", "uk", SAT,
     "Обмін полоненими стартував у п'ятницю й триватиме три дні; загалом сторони мають "
     "обміняти по 1000 осіб.",
     both(PLAN, UNS, 1000, None)),
    ("uk_hamas_hostages_stock", "uk", SAT,
     "У полоні ХАМАС залишаються 24 живі заручники.",
     {(HELD, EST, "IL", "PS", UNS, 24, 24, SAT)}),
    # ------------------------------------------------------------ whole short articles
    ("ru_article_mod_dateline", "ru", D(2025, 6, 10),
     "Россия вернула из плена 84 военнослужащих. МОСКВА, 10 июня. /ТАСС/. Российские "
     "военнослужащие в количестве 84 человек возвращены с подконтрольной киевскому режиму "
     "территории, сообщили в Минобороны РФ. «Взамен переданы 84 военнопленных ВСУ», — говорится "
     "в сообщении. Сейчас военнослужащие находятся на территории Республики Беларусь, где им "
     "оказывают психологическую и медицинскую помощь. Гуманитарное посредничество в "
     "возвращении российских военнослужащих из плена осуществили ОАЭ.",
     {(EX, REP, "RU", "UA", MIL, 84, 84, None), (EX, REP, "UA", "RU", MIL, 84, 84, None)}),
    ("ru_article_stages", "ru", D(2025, 5, 24),
     "МОСКВА, 24 мая — РИА Новости. Россия и Украина в субботу провели второй этап обмена "
     "пленными в формате 1000 на 1000, сообщили в Минобороны. С подконтрольной Киеву "
     "территории возвращены 307 российских военнослужащих, в обмен передано 307 украинских "
     "военнопленных. Накануне, в рамках первого этапа, стороны передали друг другу по 390 "
     "пленных: Россия получила 270 военнослужащих и 120 мирных жителей. Обмен продолжится в "
     "воскресенье, сообщил глава российской делегации Мединский.",
     both(PLAN, UNS, 1000, None)
     | both(REP, MIL, 307, D(2025, 5, 24))
     | both(REP, UNS, 390, D(2025, 5, 23))
     | {(EX, REP, "RU", "UA", MIL, 270, 270, D(2025, 5, 23)),
        (EX, REP, "RU", "UA", CIV, 120, 120, D(2025, 5, 23))}),
    ("uk_article_president_quote", "uk", SAT,
     "Україна повернула з російського полону ще 84 захисників. Про це повідомив Президент "
     "Володимир Зеленський у телеграмі. «Ми повертаємо наших людей додому. Сьогодні це 84 "
     "воїни: військові ЗСУ, Нацгвардії, Держприкордонслужби», — написав він. Серед звільнених "
     "є ті, хто перебував у полоні з 2022 року. Як повідомив Координаційний штаб, це вже 64-й "
     "обмін з початку повномасштабного вторгнення, загалом додому вдалося повернути 5 757 "
     "українців.",
     {(EX, REP, "UA", "RU", MIL, 84, 84, SAT), (EX, REP, "UA", "RU", UNS, 5757, 5757, None)}),
    ("uk_article_hamas_phase", "uk", SAT,
     "ХАМАС звільнив ще трьох ізраїльських заручників, передавши їх Червоному Хресту в секторі "
     "Газа. Натомість Ізраїль має звільнити 369 палестинських в'язнів, повідомляє Суспільне. "
     "Це шостий обмін у межах угоди про припинення вогню, яка набула чинності 19 січня. За "
     "даними ізраїльської влади, у Газі досі утримуються 73 заручники, щонайменше 35 з яких, "
     "ймовірно, загинули.",
     {(EX, REP, "IL", "PS", UNS, 3, 3, None), (EX, PLAN, "PS", "IL", UNS, 369, 369, None),
      (HELD, EST, "IL", "PS", UNS, 73, 73, SAT)}),
    ("ru_article_us_russia_friday", "ru", SAT,
     "В пятницу в Абу-Даби Россия и США провели обмен заключенными. Вашингтон передал Москве "
     "двух граждан России, Москва освободила троих американцев.",
     {(EX, REP, "RU", "US", UNS, 2, 2, D(2025, 6, 13)),
      (EX, REP, "US", "RU", UNS, 3, 3, D(2025, 6, 13))}),
    ("ru_article_returned_to_armenia", "ru", SAT,
     "Ереван. 14 июня. INTERFAX - Азербайджан вернул Армении четырех военнослужащих, "
     "задержанных в 2023 году, сообщил секретарь Совбеза Армении. В ответ армянская сторона "
     "передала Баку двух азербайджанских военных. Процесс прошел при посредничестве США.",
     {(EX, REP, "AM", "AZ", MIL, 4, 4, None), (EX, REP, "AZ", "AM", MIL, 2, 2, None)}),
    ("uk_article_sunday_same_number", "uk", MON,
     "У неділю Україна та Росія провели черговий обмін полоненими. Додому повернулися 390 "
     "українців, з них 120 цивільних. Як зазначив омбудсмен Дмитро Лубінець, російська "
     "сторона отримала таку ж кількість. Наступний етап обміну має відбутися найближчими днями.",
     {(EX, REP, "UA", "RU", UNS, 390, 390, D(2025, 6, 15)),
      (EX, REP, "UA", "RU", CIV, 120, 120, D(2025, 6, 15))}),
    ("ru_article_total_and_stock", "ru", SAT,
     "По данным Минобороны России, с начала специальной военной операции из украинского плена "
     "удалось вернуть более 2,5 тыс. российских военных. При этом, по оценке Москальковой, в "
     "плену на Украине все еще остаются около 1 000 россиян.",
     {(EX, REP, "RU", "UA", MIL, 2501, None, None), (HELD, EST, "RU", "UA", UNS, 1000, 1000, SAT)}),
    ("uk_article_words_ages", "uk", SAT,
     "Сьогодні з полону повернулися сто п'ятдесят українців, серед них — 12 цивільних. "
     "Найстаршому звільненому 59 років, наймолодшому — 20. Більшість із них провели в неволі "
     "понад два роки.",
     {(EX, REP, "UA", "RU", UNS, 150, 150, SAT), (EX, REP, "UA", "RU", CIV, 12, 12, SAT)}),
    # ------------------------------------------------------------ breakdowns, ranges, plans
    ("ru_home_speaker_in_next_sentence", "ru", SAT,
     "Сегодня домой вернулись 84 защитника. Об этом сообщил президент Владимир Зеленский.",
     {(EX, REP, "UA", "RU", MIL, 84, 84, SAT)}),
    ("ru_home_ukrainians_among_civilians", "ru", SAT,
     "В результате обмена домой вернулись 95 украинцев, среди них 15 гражданских.",
     {(EX, REP, "UA", "RU", UNS, 95, 95, None), (EX, REP, "UA", "RU", CIV, 15, 15, None)}),
    ("uk_colon_breakdown", "uk", SAT,
     "З полону звільнено 150 українців: 140 військовослужбовців та 10 цивільних.",
     {(EX, REP, "UA", "RU", UNS, 150, 150, None), (EX, REP, "UA", "RU", MIL, 140, 140, None),
      (EX, REP, "UA", "RU", CIV, 10, 10, None)}),
    ("uk_unit_nouns", "uk", SAT,
     "Із полону повернулися 12 азовців і 8 морпіхів.",
     {(EX, REP, "UA", "RU", MIL, 12, 12, None), (EX, REP, "UA", "RU", MIL, 8, 8, None)}),
    ("ru_stock_range_from_to", "ru", SAT,
     "По разным оценкам, в российском плену находятся от 8 до 10 тысяч украинцев.",
     {(HELD, EST, "UA", "RU", UNS, 8000, 10000, SAT)}),
    ("uk_stock_range_dash", "uk", SAT,
     "У російському полоні перебувають 8–10 тисяч українських військових.",
     {(HELD, EST, "UA", "RU", MIL, 8000, 10000, SAT)}),
    ("ru_running_total_freed", "ru", SAT,
     "Всего с 2022 года из плена освобождены свыше 1,5 тыс. украинских военных.",
     {(EX, REP, "UA", "RU", MIL, 1501, None, None)}),
    ("uk_present_tense_two_groups", "uk", SAT,
     "Додому повертаються 103 воїни та 35 цивільних.",
     {(EX, REP, "UA", "RU", MIL, 103, 103, None), (EX, REP, "UA", "RU", CIV, 35, 35, None)}),
    ("ru_statement_day_next_sentence", "ru", SAT,
     "Из украинского плена возвращены 84 военнослужащих. Об этом в субботу сообщили в "
     "Минобороны России.",
     {(EX, REP, "RU", "UA", MIL, 84, 84, None)}),
    ("ru_trap_sentence_years", "ru", SAT,
     "Россия освободила американца Марка Фогеля, которого приговорили к 14 годам колонии.",
     set()),
    ("uk_bodies_then_pows", "uk", SAT,
     "Україна повернула тіла 909 загиблих, а також 84 військовополонених.",
     {(EX, REP, "UA", "RU", MIL, 84, 84, None)}),
    ("ru_trap_bodies_exchange", "ru", SAT,
     "Стороны также обменялись телами погибших: Украине передали 1000 тел.",
     set()),
    ("ru_expected_tomorrow_stage", "ru", SAT,
     "Завтра ожидается еще один этап обмена, в ходе которого в Россию должны вернуться около "
     "300 военных.",
     {(EX, PLAN, "RU", "UA", MIL, 300, 300, D(2025, 6, 15))}),
    ("uk_next_sunday_each", "uk", SAT,
     "Наступний обмін запланований на неділю: сторони передадуть одна одній по 500 полонених.",
     both(PLAN, UNS, 500, D(2025, 6, 15))),
    ("ru_contrast_people_and_troops", "ru", SAT,
     "Украина вернула 140 человек, а Россия получила 82 военных.",
     {(EX, REP, "UA", "RU", UNS, 140, 140, None), (EX, REP, "RU", "UA", MIL, 82, 82, None)}),
    ("ru_number_words_people", "ru", SAT,
     "Украина вернула из плена двести пятьдесят три человека.",
     {(EX, REP, "UA", "RU", UNS, 253, 253, None)}),
    ("ru_previous_swap_recalled", "ru", SAT,
     "Предыдущий обмен состоялся 20 мая, тогда стороны передали друг другу по 205 "
     "военнопленных.",
     both(REP, MIL, 205, D(2025, 5, 20))),
    ("uk_speaker_colon_quote", "uk", SAT,
     "Лубінець: «Сьогодні ми повернули додому 75 наших людей».",
     {(EX, REP, "UA", "RU", UNS, 75, 75, SAT)}),
    ("ru_iran_us", "ru", SAT,
     "Иран освободил двух граждан США в обмен на пятерых иранцев, содержавшихся в "
     "американских тюрьмах.",
     {(EX, REP, "US", "IR", UNS, 2, 2, None), (EX, REP, "IR", "US", UNS, 5, 5, None)}),
    # ------------------------------------------------------------ one-sided releases
    ("uk_belarus_pardon", "uk", SAT,
     "Білорусь помилувала та звільнила 16 українців, засуджених за різними статтями.",
     {(REL, REP, "UA", "BY", UNS, 16, 16, None)}),
    ("uk_outside_swap_civilians", "uk", SAT,
     "Поза обміном Росія передала Україні 6 цивільних.",
     {(REL, REP, "UA", "RU", CIV, 6, 6, None)}),
    ("uk_additionally_returned", "uk", SAT,
     "Україна провела обмін полоненими. Додатково Україні повернули 2 цивільних.",
     {(REL, REP, "UA", "RU", CIV, 2, 2, None)}),
    ("uk_unilaterally_wounded", "uk", SAT,
     "Росія в односторонньому порядку передала Україні 18 тяжкопоранених військових.",
     {(REL, REP, "UA", "RU", MIL, 18, 18, None)}),
    ("uk_thai_hostages_outside_deal", "uk", SAT,
     "ХАМАС звільнив п'ятьох тайських заручників поза межами угоди з Ізраїлем.",
     {(REL, REP, "TH", "PS", UNS, 5, 5, None)}),
    ("ru_goodwill_two_americans", "ru", SAT,
     "В качестве жеста доброй воли ХАМАС освободил двух американок.",
     {(REL, REP, "US", "PS", UNS, 2, 2, None)}),
    ("uk_trap_one_american_years", "uk", SAT,
     "Талібан звільнив американця, якого утримували два роки.",
     set()),
    ("uk_venezuela_frees_americans", "uk", SAT,
     "Венесуела звільнила шістьох американців після візиту спецпосланця Трампа.",
     {(REL, REP, "US", "VE", UNS, 6, 6, None)}),
    ("uk_azerbaijan_pardons", "uk", SAT,
     "Азербайджан помилував і передав Вірменії чотирьох вірменських полонених.",
     {(REL, REP, "AM", "AZ", UNS, 4, 4, None)}),
    ("uk_truce_both_free", "uk", SAT,
     "Під час перемир'я ХАМАС звільнив 105 заручників, а Ізраїль — 240 палестинців.",
     {(EX, REP, "IL", "PS", UNS, 105, 105, None), (EX, REP, "PS", "IL", UNS, 240, 240, None)}),
    # ------------------------------------------------------------ more counting and plans
    ("ru_breakdown_collective", "ru", SAT,
     "Из российского плена освобождены 95 человек: 90 военных и пятеро гражданских.",
     {(EX, REP, "UA", "RU", UNS, 95, 95, None), (EX, REP, "UA", "RU", MIL, 90, 90, None),
      (EX, REP, "UA", "RU", CIV, 5, 5, None)}),
    ("ru_each_side_ukraine_russia_dash", "ru", SAT,
     "В результате обмена на Украину вернулись 103 человека, в Россию — 103.",
     {(EX, REP, "UA", "RU", UNS, 103, 103, None), (EX, REP, "RU", "UA", UNS, 103, 103, None)}),
    ("ru_kyiv_holds_about", "ru", SAT,
     "Киев удерживает в плену около 800 российских военных.",
     {(HELD, EST, "RU", "UA", MIL, 800, 800, SAT)}),
    ("ru_ready_to_exchange", "ru", SAT,
     "Украина готова обменять 1000 российских пленных на украинских защитников.",
     {(EX, PLAN, "RU", "UA", UNS, 1000, 1000, None)}),
    ("ru_proposed_formula", "ru", SAT,
     "Россия предложила Киеву провести обмен по формуле 500 на 500.",
     both(PLAN, UNS, 500, None)),
    ("uk_quote_our_people", "uk", SAT,
     "«Повертаємо додому 95 наших людей», — написав Зеленський.",
     {(EX, REP, "UA", "RU", UNS, 95, 95, None)}),
    ("uk_each_of_the_sides", "uk", SAT,
     "Кожна зі сторін передала по 390 осіб.",
     both(REP, UNS, 390, None)),
    ("uk_independence_day", "uk", D(2025, 8, 25),
     "24 серпня, у День Незалежності, Україна повернула з полону 84 людини.",
     {(EX, REP, "UA", "RU", UNS, 84, 84, D(2025, 8, 24))}),
    ("ru_eve_of_victory_day", "ru", SAT,
     "Накануне Дня Победы Россия вернула из плена 40 военных.",
     {(EX, REP, "RU", "UA", MIL, 40, 40, None)}),
    ("uk_range_stock_civilians", "uk", SAT,
     "За різними даними, у російському полоні перебувають від 16 до 20 тисяч українських "
     "цивільних.",
     {(HELD, EST, "UA", "RU", CIV, 16000, 20000, SAT)}),
    ("ru_at_least_returned_since", "ru", SAT,
     "С начала года из плена вернулись не менее 1 200 российских военнослужащих.",
     {(EX, REP, "RU", "UA", MIL, 1200, None, None)}),
    ("uk_planned_up_to_next_stage", "uk", SAT,
     "На наступному етапі Україна планує повернути до 500 полонених.",
     {(EX, PLAN, "UA", "RU", UNS, None, 500, None)}),
    # ------------------------------------------------------------ pages as scraped
    ("uk_page_headline_byline_caption", "uk", D(2025, 2, 5),
     "Україна повернула з полону 150 захисників  Олена Коваль 5 лютого 2025 р.  Сьогодні "
     "відбувся черговий обмін полоненими. Додому повертаються 150 наших воїнів, повідомив "
     "Зеленський. Фото: Офіс президента Читайте також: Обстріл Харкова: 5 загиблих",
     {(EX, REP, "UA", "RU", MIL, 150, 150, D(2025, 2, 5))}),
    ("ru_page_additional_wounded", "ru", D(2025, 4, 19),
     "Россия и Украина провели обмен пленными МОСКВА, 19 апр — РИА Новости. Россия вернула из "
     "плена 246 военнослужащих, сообщили в Минобороны. Взамен ВСУ получили 246 своих военных. "
     "Кроме того, российская сторона дополнительно передала 31 тяжелораненого украинского "
     "военнопленного.",
     {(EX, REP, "RU", "UA", MIL, 246, 246, None), (EX, REP, "UA", "RU", MIL, 246, 246, None),
      (REL, REP, "UA", "RU", MIL, 31, 31, None)}),
    ("uk_page_stage_completed_total", "uk", D(2025, 5, 26),
     "Третій етап обміну завершено: додому повернулися ще 303 захисники. Загалом за три дні в "
     "Україну повернулися 1000 людей. Фото: Коордштаб",
     {(EX, REP, "UA", "RU", MIL, 303, 303, None), (EX, REP, "UA", "RU", UNS, 1000, 1000, None)}),
    ("ru_page_headline_joined_day_said", "ru", SAT,
     "Украина вернула из плена 95 человек Обмен состоялся в пятницу, сообщил Зеленский. Среди "
     "освобожденных — 20 гражданских.",
     {(EX, REP, "UA", "RU", UNS, 95, 95, D(2025, 6, 13)),
      (EX, REP, "UA", "RU", CIV, 20, 20, D(2025, 6, 13))}),
    ("uk_page_total_reached", "uk", SAT,
     "Фото: Коордштаб  Загальна кількість повернутих з полону досягла 5 857 осіб.",
     {(EX, REP, "UA", "RU", UNS, 5857, 5857, None)}),
    ("ru_page_headline_then_lead", "ru", SAT,
     "ТАСС: Россия вернула 84 военных Подробнее читайте на сайте. В субботу из украинского "
     "плена возвращены 84 российских военнослужащих.",
     {(EX, REP, "RU", "UA", MIL, 84, 84, SAT)}),
    # ------------------------------------------------------------ Ukrainian, more
    ("uk_breakdown_after_dash", "uk", SAT,
     "Сьогодні повернули додому 120 наших людей – 20 цивільних і 100 військових.",
     {(EX, REP, "UA", "RU", UNS, 120, 120, SAT), (EX, REP, "UA", "RU", CIV, 20, 20, SAT),
      (EX, REP, "UA", "RU", MIL, 100, 100, SAT)}),
    ("uk_to_relatives", "uk", SAT,
     "Після обміну до рідних повернулися 190 людей.",
     {(EX, REP, "UA", "RU", UNS, 190, 190, None)}),
    ("uk_among_freed_are", "uk", SAT,
     "Україна повернула 84 громадян. Серед звільнених є 2 жінки.",
     {(EX, REP, "UA", "RU", UNS, 84, 84, None), (EX, REP, "UA", "RU", UNS, 2, 2, None)}),
    ("uk_trap_age", "uk", SAT,
     "Наймолодшому звільненому — 22 роки, найстаршому — 61.",
     set()),
    ("uk_russia_frees_journalists", "uk", SAT,
     "Росія звільнила 4 українських журналістів.",
     {(REL, REP, "UA", "RU", UNS, 4, 4, None)}),
    ("uk_iran_frees_french", "uk", SAT,
     "Іран звільнив двох французів, затриманих три роки тому.",
     {(REL, REP, "FR", "IR", UNS, 2, 2, None)}),
]  # fmt: skip


def extracted(lang: str, published: D, text: str) -> set:
    """The facts swaptally finds in `text`, in the form of the cases."""
    from swaptally.slavic import extract_slavic

    return {
        (f.kind, f.status, f.persons_of, f.held_by, f.category, f.low, f.high, f.date)
        for f in extract_slavic(text, published, lang)
    }


def score(cases: list = CASES) -> dict[str, float]:
    """Strict F1 over the set (a match ignores the date) and the share of dates right."""
    tp = fp = fn = dated = right = 0
    for _, lang, pub, text, gold in cases:
        got = extracted(lang, pub, text)
        strict_got = {f[:7] for f in got}
        strict_gold = {f[:7] for f in gold}
        tp += len(strict_got & strict_gold)
        fp += len(strict_got - strict_gold)
        fn += len(strict_gold - strict_got)
        for f in gold:
            if f[:7] in strict_got and f[7] is not None:
                dated += 1
                right += f in got
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"facts": tp + fn, "tp": tp, "fp": fp, "fn": fn, "f1": round(f1, 3),
            "dates": round(right / dated, 3) if dated else 1.0}  # fmt: skip


if __name__ == "__main__":
    import sys

    for lang in ("ru", "uk"):
        print(lang, score([c for c in CASES if c[1] == lang]))
    print("all", score())
    if "-v" in sys.argv:
        for cid, lang, pub, text, gold in CASES:
            got = extracted(lang, pub, text)
            if got != gold:
                print(f"\n{cid}\n  missed {sorted(gold - got, key=str)}")
                print(f"  extra  {sorted(got - gold, key=str)}")
