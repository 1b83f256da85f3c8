"""A catalogue of how English news reports captives, crossed with actors of many conflicts.

Every sentence here was written for this catalogue (none is taken from a corpus). Each row
is one construction of the language; each case puts it in the mouth of another conflict
(state–state, state–armed group, group–group, three parties with a mediator or venue), with
the gold facts FACTS.md and the corpus conventions give it. Published on Saturday 2024-03-09:
"on Friday" is 2024-03-08, "on Monday" (ahead) 2024-03-11.

| axis     | what varies                                                                  |
|----------|------------------------------------------------------------------------------|
| voice    | who frees whom and in which order: "X freed N Y", "N Y were freed by X",     |
|          | "handed over to Z", "Z received N of its citizens from X", "returned home    |
|          | from X captivity", "X returned N Y to Z", "Y's N soldiers came home"          |
| swap     | "swapped N each/apiece", "exchanged N of its soldiers for M of Z's",         |
|          | "N for N", "in exchange for", "as part of a swap", unequal figures, "the same |
|          | number", three or more parties, a venue or mediator (never a side)           |
| status   | done vs agreed/expected/will/set to/is to/plans/hopes/proposed/offered/      |
|          | postponed; failed/called off (no fact); "began" (under way: planned)         |
| kind     | release (pardon, goodwill, unilateral) vs exchange; held stocks and           |
|          | estimates; running totals with their periods                                 |
| quantity | digits, number words, "two dozen", "more than", "about", "at least", ranges, |
|          | "up to", vague plurals (optional)                                            |
| trap     | numbers that are no captives: killed, wounded, missing, bodies, ages,        |
|          | durations, money, counts of swaps, passengers, ordinals                      |

A fact is written "kind status persons_of held_by category figure"; the figure is "95",
"8000-10000" (a range), "51+" (low only) or "-300" (high only); held_by "-" is null.
"""

from __future__ import annotations

from dataclasses import dataclass, field

FRI = "2024-03-08"
MON = "2024-03-11"
PUB = "2024-03-09"
UNSET = "unchecked"  # the case does not check the date

Key = tuple[str, str, str, str | None, str, int | None, int | None]


def fact(spec: str) -> Key:
    """'exchange reported UA RU military 95' as a scored key (FACTS.md's fields)."""
    kind, status, persons_of, held_by, category, figure = spec.split()
    if "-" in figure[1:]:
        low, high = (int(x) for x in figure.split("-"))
    elif figure.endswith("+"):
        low, high = int(figure[:-1]), None
    elif figure.startswith("-"):
        low, high = None, int(figure[1:])
    else:
        low = high = int(figure)
    return (kind, status, persons_of, None if held_by == "-" else held_by, category, low, high)


@dataclass(frozen=True)
class Case:
    axis: str
    construction: str
    pair: str  # the actors: "RU-UA", "AZ-AM", "Hamas-IL", "US-RU-DE", …
    text: str
    gold: tuple[str, ...]  # the facts the text must give, and no others …
    optional: tuple[str, ...] = ()  # … but these, which the conventions leave open
    date: str | None = UNSET  # the date every gold fact carries
    period: tuple[str, str] | None = None  # the period every gold fact carries
    id: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", f"{self.axis}:{self.construction}:{self.pair}")


def C(  # a short name: the catalogue is a table
    axis: str,
    construction: str,
    pair: str,
    text: str,
    *gold: str,
    optional: tuple[str, ...] | list[str] = (),
    date: str | None = UNSET,
    period: tuple[str, str] | None = None,
) -> Case:
    return Case(axis, construction, pair, text, gold, tuple(optional), date, period)


V, S, T, K, Q, X = "voice", "swap", "status", "kind", "quantity", "trap"

CASES: list[Case] = [
    # ── voice: who frees whom, in every order ─────────────────────────────────────────
    # where the freed stay now is not who held them
    C(V, "N freed remain in <place>", "Hamas-IL", "Four hostages released on Friday remain in "
      "Israel's hospitals.", "release reported IL PS unspecified 4", date=FRI),
    C(V, "N freed remain in <place>", "AZ-AM", "Azerbaijan freed 15 Armenian soldiers on "
      "Friday. The 15 soldiers freed remain in Armenia for medical checks.", "release reported "
      "AM AZ military 15", date=FRI),
    C(V, "X freed N Y", "RU-UA", "Russia freed 95 Ukrainian soldiers on Friday.",
      "release reported UA RU military 95", date=FRI),
    C(V, "X freed N Y", "AZ-AM", "Azerbaijan freed 15 Armenian soldiers on Friday.",
      "release reported AM AZ military 15", date=FRI),
    C(V, "X freed N Y", "Hamas-IL", "Hamas freed four Israeli hostages on Friday.",
      "release reported IL PS unspecified 4", date=FRI),
    C(V, "X freed N Y", "VE-US", "Venezuela freed 10 American detainees on Friday.",
      "release reported US VE unspecified 10", date=FRI),
    C(V, "X freed N Y", "ELN-CO", "The ELN freed nine soldiers on Friday.",
      "release reported CO CO military 9", date=FRI),
    C(V, "N Y were freed by X", "RU-UA", "Ninety-five Ukrainian soldiers were freed by Russia "
      "on Friday.", "release reported UA RU military 95", date=FRI),
    C(V, "N Y were freed by X", "Hamas-TH", "Twelve Thai farm workers were freed by Hamas on "
      "Friday.", "release reported TH PS civilian 12", date=FRI),
    C(V, "N Y were freed by X", "PK-IN", "Twenty-two Indian fishermen were released by "
      "Pakistan on Friday.", "release reported IN PK unspecified 22", date=FRI),
    C(V, "N Y were freed by X", "Houthis-SA", "Seven Saudi prisoners were released by the "
      "Houthis on Friday.", "release reported SA YE unspecified 7", date=FRI),
    C(V, "N Y were handed over to Z", "RU-UA", "Russia's defence ministry said 95 prisoners "
      "were handed over to Ukraine on Friday.", "release reported UA RU unspecified 95"),
    C(V, "N Y were handed over to Z", "AZ-AM", "Baku said 15 prisoners were handed over to "
      "Armenia on Friday.", "release reported AM AZ unspecified 15"),
    C(V, "N Y were handed over to Z", "KH-TH", "Eighteen Thai soldiers held by Cambodia were "
      "handed over to Thailand on Friday.", "release reported TH KH military 18", date=FRI),
    C(V, "X handed over N to Z", "RU-UA", "Russia handed over 95 prisoners to Ukraine on "
      "Friday.", "release reported UA RU unspecified 95", date=FRI),
    C(V, "X handed over N to Z", "AZ-AM", "Azerbaijan handed over 15 prisoners to Armenia on "
      "Friday.", "release reported AM AZ unspecified 15", date=FRI),
    C(V, "X handed over N to Z", "KH-TH", "Cambodia handed over 18 soldiers to Thailand on "
      "Friday.", "release reported TH KH military 18", date=FRI),
    C(V, "X handed over N to Z", "Hamas-ICRC-IL", "Hamas handed over four hostages to the Red "
      "Cross on Friday.", "release reported IL PS unspecified 4", date=FRI),
    C(V, "Z received N of its citizens from X", "AZ-AM", "Armenia received 15 of its citizens "
      "from Azerbaijan on Friday.", "release reported AM AZ unspecified 15", date=FRI),
    C(V, "Z received N of its citizens from X", "RU-UA", "Ukraine received 95 of its soldiers "
      "from Russia on Friday.", "release reported UA RU military 95", date=FRI),
    C(V, "Z received N of its citizens from X", "KH-TH", "Thailand got back 18 of its soldiers "
      "from Cambodia on Friday.", "release reported TH KH military 18", date=FRI),
    C(V, "Z received N of its citizens from X", "Hamas-IL", "Israel received four hostages "
      "from Hamas on Friday.", "release reported IL PS unspecified 4", date=FRI),
    C(V, "N Y returned home from X captivity", "AZ-AM", "Fifteen Armenian soldiers returned "
      "home from Azerbaijani captivity on Friday.", "release reported AM AZ military 15",
      date=FRI),
    C(V, "N Y returned home from X captivity", "RU-UA", "Ninety-five Ukrainian defenders "
      "returned home from Russian captivity on Friday.", "release reported UA RU military 95",
      date=FRI),
    C(V, "N Y returned home from X captivity", "Hamas-IL", "Four Israeli hostages returned "
      "home from Hamas captivity on Friday.", "release reported IL PS unspecified 4", date=FRI),
    C(V, "N Y returned home from X captivity", "RU-UA:no demonym", "Ninety-five soldiers "
      "returned to Ukraine from Russian captivity on Friday.",
      "release reported UA RU military 95", date=FRI),
    C(V, "X returned N Y to Z", "AZ-AM", "Azerbaijan returned 15 Armenian soldiers to Armenia "
      "on Friday.", "release reported AM AZ military 15", date=FRI),
    C(V, "X returned N Y to Z", "KH-TH", "Cambodia returned 18 Thai soldiers to Thailand on "
      "Friday.", "release reported TH KH military 18", date=FRI),
    C(V, "X returned N Y to Z", "RU-UA:no demonym", "Russia returned 95 prisoners to Ukraine "
      "on Friday.", "release reported UA RU unspecified 95", date=FRI),
    C(V, "X returned N Y to Z", "IN-PK:no demonym", "India returned 22 fishermen to Pakistan "
      "on Friday.", "release reported PK IN unspecified 22", date=FRI),
    C(V, "Y's N soldiers came home", "AZ-AM", "Fifteen of Armenia's soldiers came home from "
      "Azerbaijan on Friday.", "release reported AM AZ military 15", date=FRI),
    C(V, "Y's N soldiers came home", "RU-UA", "Ukraine's 95 soldiers came home from Russian "
      "captivity on Friday.", "release reported UA RU military 95", date=FRI),
    C(V, "Y's N soldiers came home", "Hamas-IL", "Israel's four hostages came home from Gaza "
      "on Friday after Hamas freed them.", "release reported IL PS unspecified 4", date=FRI),
    C(V, "'N of our soldiers', said by Y", "UA-RU", "\"We brought home 95 of our defenders "
      "today,\" Zelensky said.", "release reported UA RU military 95", date=PUB),
    C(V, "'N of our soldiers', said by Y", "IL-Hamas", "\"Four of our hostages are home "
      "from Hamas captivity,\" Netanyahu said.", "release reported IL PS unspecified 4"),
    C(V, "X, <aside>, freed N", "IL-PS", "Israel, in a goodwill gesture, freed 30 prisoners "
      "on Friday, Hamas said.", "release reported PS IL unspecified 30", date=FRI),
    C(V, "X, <aside>, freed N", "RU-UA", "Russia, for its part, released 90 prisoners on "
      "Friday, Kyiv said.", "release reported UA RU unspecified 90", date=FRI),
    C(V, "X brought home N", "RU-UA", "Ukraine brought home 95 soldiers from Russian captivity "
      "on Friday.", "release reported UA RU military 95", date=FRI),
    C(V, "X brought home N", "AZ-AM", "Armenia brought home 15 soldiers held by Azerbaijan on "
      "Friday.", "release reported AM AZ military 15", date=FRI),
    C(V, "X secured the release of N", "IR-US", "Washington secured the release of five "
      "Americans held in Iran on Friday.", "release reported US IR unspecified 5", date=FRI),
    C(V, "X secured the release of N", "BY-LT", "On Friday, Lithuania secured the release of three "
      "of its citizens jailed in Belarus.", "release reported LT BY unspecified 3",
      date=FRI),
    C(V, "N Y held by X were freed", "Houthis-SA", "Seven Saudi prisoners held by the Houthis "
      "were freed on Friday.", "release reported SA YE unspecified 7", date=FRI),
    C(V, "N Y held by X were freed", "RSF-SD", "Forty soldiers held by the RSF were freed on "
      "Friday.", "release reported SD SD military 40", date=FRI),
    # ── swaps: each side's half, with figures, venues and mediators ──────────────────
    C(S, "X and Z swapped N each", "RU-UA", "Russia and Ukraine swapped 95 prisoners each on "
      "Friday.", "exchange reported RU UA unspecified 95", "exchange reported UA RU "
      "unspecified 95", date=FRI),
    C(S, "X and Z swapped N each", "AM-AZ", "Armenia and Azerbaijan swapped 15 soldiers each "
      "on Friday.", "exchange reported AM AZ military 15", "exchange reported AZ AM military "
      "15", date=FRI),
    C(S, "X and Z swapped N each", "Houthis-YE", "The Houthis and the Yemeni government "
      "swapped 50 prisoners each on Friday.", "exchange reported YE YE unspecified 50",
      date=FRI),
    C(S, "X and Z swapped N each", "SAF-RSF", "Sudan's army and the RSF swapped 40 prisoners "
      "each on Friday.", "exchange reported SD SD unspecified 40", date=FRI),
    C(S, "X and Z swapped N apiece", "IN-PK", "India and Pakistan swapped 22 fishermen apiece "
      "on Friday.", "exchange reported IN PK unspecified 22", "exchange reported PK IN "
      "unspecified 22", date=FRI),
    C(S, "X and Z swapped N apiece", "US-RU", "Moscow and Washington freed two prisoners "
      "apiece on Friday.", "exchange reported RU US unspecified 2", "exchange reported US RU "
      "unspecified 2", date=FRI),
    C(S, "each of X and Z freed N", "US-IR", "Iran and the United States each freed five "
      "detainees on Friday.", "exchange reported US IR unspecified 5", "exchange reported IR "
      "US unspecified 5", date=FRI),
    C(S, "X exchanged N of its for M of Z's", "RU-UA", "Russia exchanged 90 of its soldiers "
      "for 95 of Ukraine's on Friday.", "exchange reported RU UA military 90",
      "exchange reported UA RU military 95", date=FRI),
    C(S, "X exchanged N of its for M of Z's", "AM-AZ", "Armenia exchanged 15 of its soldiers "
      "for 10 of Azerbaijan's on Friday.", "exchange reported AM AZ military 15",
      "exchange reported AZ AM military 10", date=FRI),
    C(S, "X exchanged N of its for M of Z's", "US-RU", "Washington traded two of its citizens "
      "on Friday for four of Russia's.", "exchange reported US RU unspecified 2",
      "exchange reported RU US unspecified 4", date=FRI),
    C(S, "X exchanged N of its for M Y", "UA-RU", "Ukraine exchanged 95 of its defenders for "
      "90 Russian troops on Friday.", "exchange reported UA RU military 95",
      "exchange reported RU UA military 90", date=FRI),
    C(S, "X exchanged N of its for M Y", "IL-Hamas", "Israel exchanged 90 Palestinian "
      "prisoners for three of its hostages on Friday.", "exchange reported PS IL unspecified "
      "90", "exchange reported IL PS unspecified 3", date=FRI),
    C(S, "a swap of N each between X and Z", "AM-AZ", "A swap of 15 prisoners each between "
      "Armenia and Azerbaijan took place on Friday.", "exchange reported AM AZ unspecified 15",
      "exchange reported AZ AM unspecified 15", date=FRI),
    C(S, "a swap of N each between X and Z", "Houthis-YE", "The swap of 50 prisoners each "
      "between the Houthis and the government took place on Friday.",
      "exchange reported YE YE unspecified 50", date=FRI),
    C(S, "a swap of N each between X and Z", "RU-UA", "On Friday a swap of 95 prisoners each "
      "between Russia and Ukraine went ahead.", "exchange reported RU UA unspecified 95",
      "exchange reported UA RU unspecified 95", date=FRI),
    C(S, "X swapped; Z got N and X M (next sentence)", "RU-UA", "Russia and Ukraine swapped "
      "prisoners on Friday. Ukraine got back 95 soldiers and Russia 90.",
      "exchange reported UA RU military 95", "exchange reported RU UA military 90", date=FRI),
    C(S, "X swapped; Z got N and X M (next sentence)", "AM-AZ", "Armenia and Azerbaijan "
      "swapped prisoners on Friday. Baku received 10 soldiers, Yerevan 15.",
      "exchange reported AZ AM military 10", "exchange reported AM AZ military 15", date=FRI),
    C(S, "X swapped; Z got N and X M (next sentence)", "US-RU", "The United States and Russia "
      "swapped prisoners on Friday: Moscow freed four Americans and Washington two Russians.",
      "exchange reported US RU unspecified 4", "exchange reported RU US unspecified 2",
      date=FRI),
    C(S, "X and Z swapped; X freed N and Z M (one sentence)", "RU-UA", "Russia and Ukraine "
      "swapped prisoners on Friday; Russia freed 90 and Ukraine 95.",
      "exchange reported UA RU unspecified 90", "exchange reported RU UA unspecified 95",
      date=FRI),
    C(S, "X and Z swapped; X freed N and Z M (one sentence)", "Houthis-SA", "The Houthis and "
      "Saudi Arabia swapped prisoners on Friday; the Houthis freed 100 Saudis and Riyadh "
      "returned 150 Yemenis.", "exchange reported SA YE unspecified 100",
      "exchange reported YE SA unspecified 150", date=FRI),
    C(S, "each side's handover in consecutive sentences", "RU-UA", "The Russian side handed "
      "over 95 Ukrainian prisoners on Friday. The Ukrainian side returned 90 Russian soldiers.",
      "exchange reported UA RU unspecified 95", "exchange reported RU UA military 90"),
    C(S, "each side's handover in consecutive sentences", "AZ-AM", "Azerbaijan freed 15 "
      "Armenian soldiers on Friday. Armenia sent two Azerbaijani soldiers home.",
      "exchange reported AM AZ military 15", "exchange reported AZ AM military 2"),
    C(S, "each side's handover in consecutive sentences", "US-RU", "Moscow released four "
      "American citizens at Ankara airport on Friday. Washington handed back two Russians.",
      "exchange reported US RU unspecified 4", "exchange reported RU US unspecified 2"),
    C(S, "each side's release months apart (no swap)", "RU-UA", "Russia freed 20 Ukrainian "
      "civilians in January. In April, Ukraine freed 12 Russian soldiers.",
      "release reported UA RU civilian 20", "release reported RU UA military 12"),
    C(S, "X handed N back to Z", "RU-UA", "Moscow handed 95 prisoners back to Kyiv on Friday.",
      "release reported UA RU unspecified 95", date=FRI),
    C(S, "X handed N back to Z", "Hamas-IL", "Hamas handed three hostages back to Israel on "
      "Friday.", "release reported IL PS unspecified 3", date=FRI),
    C(S, "three parties", "US-DE-PL-RU-BY:while", "The United States, Germany and Poland freed "
      "eight Russians on Friday, while Russia and Belarus freed 16 people.",
      "exchange reported RU XX unspecified 8", "exchange reported XX XX unspecified 16",
      date=FRI),
    C(S, "three parties", "RU-BY-West:held in", "Russia freed 16 people held in Russia and "
      "Belarus on Friday in exchange for eight Russians held in five Western countries.",
      "exchange reported XX XX unspecified 16", "exchange reported RU XX unspecified 8",
      date=FRI),
    C(S, "a total of N (both sides)", "RU-UA", "Russia and Ukraine swapped prisoners on "
      "Friday. The two sides released a total of 190 people.",
      "exchange reported XX XX unspecified 190"),
    C(S, "a total of N (both sides)", "AM-AZ", "Armenia and Azerbaijan swapped prisoners on "
      "Friday, releasing a total of 25 people.", "exchange reported XX XX unspecified 25"),
    C(S, "the same number, said after", "RU-UA", "Russia returned 84 Ukrainian soldiers, Kyiv "
      "said, adding that Russia received the same number.",
      "exchange reported UA RU military 84",
      optional=["exchange reported RU UA military 84", "exchange reported RU UA unspecified 84"]),
    C(S, "the same number, said after", "Hamas-IL", "Hamas released 20 hostages, Israel said, "
      "adding that it freed the same number of Palestinians.",
      "exchange reported IL PS unspecified 20",
      optional=["exchange reported PS IL unspecified 20"]),
    C(S, "N for N", "RU-UA", "Russia and Ukraine swapped prisoners 95 for 95 on Friday.",
      "exchange reported RU UA unspecified 95", "exchange reported UA RU unspecified 95",
      date=FRI),
    C(S, "N for N", "AM-AZ", "Armenia and Azerbaijan exchanged soldiers 15 for 15 on Friday.",
      "exchange reported AM AZ military 15", "exchange reported AZ AM military 15", date=FRI),
    C(S, "in exchange for", "IL-Hamas", "Israel freed 90 Palestinian prisoners on Friday in "
      "exchange for three Israeli hostages.", "exchange reported PS IL unspecified 90",
      "exchange reported IL PS unspecified 3", date=FRI),
    C(S, "in exchange for", "US-RU", "The United States freed two Russians on Friday in "
      "exchange for four Americans held by Russia.", "exchange reported RU US unspecified 2",
      "exchange reported US RU unspecified 4", date=FRI),
    C(S, "in exchange for", "UA-RU", "Ukraine handed over 90 Russian soldiers on Friday in "
      "exchange for 95 Ukrainians.", "exchange reported RU UA military 90",
      "exchange reported UA RU unspecified 95", date=FRI),
    C(S, "in return for", "AZ-AM", "Azerbaijan freed 15 Armenian soldiers on Friday in return "
      "for 10 Azerbaijani soldiers.", "exchange reported AM AZ military 15",
      "exchange reported AZ AM military 10", date=FRI),
    C(S, "as part of a swap", "RU-UA", "Russia freed 95 Ukrainian soldiers on Friday as part "
      "of a swap.", "exchange reported UA RU military 95", date=FRI),
    C(S, "as part of a swap", "AM-AZ", "Armenia freed 10 Azerbaijani soldiers on Friday as "
      "part of a prisoner swap.", "exchange reported AZ AM military 10", date=FRI),
    C(S, "as part of a swap", "Hamas-IL", "Hamas freed four Israeli hostages on Friday as part "
      "of an exchange deal.", "exchange reported IL PS unspecified 4", date=FRI),
    C(S, "unequal figures", "RU-UA", "In a swap on Friday, Russia freed 95 Ukrainian soldiers "
      "and Ukraine freed 90 Russian soldiers.", "exchange reported UA RU military 95",
      "exchange reported RU UA military 90", date=FRI),
    C(S, "unequal figures", "AM-AZ", "Armenia got back 15 soldiers and Azerbaijan 10 in a swap "
      "on Friday.", "exchange reported AM AZ military 15", "exchange reported AZ AM military "
      "10", date=FRI),
    C(S, "unequal figures", "IL-Hamas", "On Friday Hamas freed three Israeli hostages and "
      "Israel freed 90 Palestinian prisoners.", "exchange reported IL PS unspecified 3",
      "exchange reported PS IL unspecified 90", date=FRI),
    C(S, "unequal figures", "UA-RU", "Ukraine received 95 prisoners and handed 90 to Russia in "
      "a swap on Friday.", "exchange reported UA RU unspecified 95",
      "exchange reported RU UA unspecified 90", date=FRI),
    C(S, "the same number", "RU-UA", "Russia freed 95 Ukrainian soldiers on Friday and Ukraine "
      "freed the same number of Russians.", "exchange reported UA RU military 95",
      optional=["exchange reported RU UA unspecified 95"], date=FRI),
    C(S, "the same number", "AZ-AM", "Azerbaijan handed 15 Armenian soldiers to Armenia on "
      "Friday and got the same number back.", "exchange reported AM AZ military 15",
      optional=["exchange reported AZ AM military 15", "exchange reported AZ AM unspecified 15"],
      date=FRI),
    # the same doer freeing both groups is no swap
    C(S, "the same number, same doer", "RU-UA-GE", "Russia freed 50 Ukrainian civilians on "
      "Monday and later freed the same number of Georgians.", "release reported UA RU civilian "
      "50", date="2024-03-04"),
    C(S, "the same number, same doer", "AZ-AM", "Azerbaijan released 10 Armenian soldiers on "
      "Friday, and then released the same number of Armenian civilians.", "release reported AM "
      "AZ military 10", date=FRI),
    # a deal of many countries: a handover between two others is a part of it, not a
    # round-up's other conflict
    C(S, "many-country deal", "US-RU-DE-BY", "Russia and the US swapped 24 prisoners on "
      "Friday in a deal involving several countries. Germany freed 3 Russians, and Belarus "
      "freed 5 Germans.", "exchange reported RU DE unspecified 3",
      "exchange reported DE BY unspecified 5", date=FRI),
    C(S, "many-country deal", "AM-AZ-GE-TR", "Armenia and Azerbaijan swapped 10 soldiers each "
      "on Friday in a three-way deal. Georgia freed 2 Azerbaijanis, and Turkey freed 3 "
      "Georgians.", "exchange reported AM AZ military 10", "exchange reported AZ AM military 10",
      "exchange reported AZ GE unspecified 2", "exchange reported GE TR unspecified 3",
      date=FRI),
    C(S, "three parties", "US-DE-RU", "Russia freed 16 people, among them Americans and "
      "Germans, on Friday in return for eight Russians jailed in the United States, Germany "
      "and Poland.", "exchange reported XX RU unspecified 16",
      "exchange reported RU XX unspecified 8", date=FRI),
    C(S, "three parties", "BY-LT-PL", "Belarus freed 14 prisoners, Lithuanians and Poles among "
      "them, on Friday in exchange for five Belarusians held in Lithuania and Poland.",
      "exchange reported XX BY unspecified 14", "exchange reported BY XX unspecified 5",
      date=FRI),
    C(S, "venue", "RU-UA", "Russia and Ukraine swapped 95 prisoners each in Abu Dhabi on "
      "Friday.", "exchange reported RU UA unspecified 95", "exchange reported UA RU "
      "unspecified 95", date=FRI),
    C(S, "venue", "US-RU", "In Ankara on Friday, Russia freed four Americans and the United "
      "States freed two Russians in a swap.", "exchange reported US RU unspecified 4",
      "exchange reported RU US unspecified 2", date=FRI),
    C(S, "venue", "Houthis-YE", "In Geneva, the Houthis and the government agreed to swap 50 "
      "prisoners each.", "exchange planned YE YE unspecified 50"),
    C(S, "mediator", "RU-UA-AE", "In a swap brokered by the UAE, Russia freed 95 Ukrainian "
      "soldiers on Friday and Ukraine freed 90 Russian soldiers.", "exchange reported UA RU "
      "military 95", "exchange reported RU UA military 90", date=FRI),
    C(S, "mediator", "US-IR-QA", "Under a deal brokered by Qatar, the United States and Iran "
      "each freed five prisoners on Friday.", "exchange reported US IR unspecified 5",
      "exchange reported IR US unspecified 5", date=FRI),
    C(S, "mediator", "AM-AZ-ICRC", "With ICRC help, Armenia and Azerbaijan swapped 15 soldiers "
      "each on Friday.", "exchange reported AM AZ military 15", "exchange reported AZ AM "
      "military 15", date=FRI),
    C(S, "mediator", "RU-UA-AE:came home", "In a UAE-mediated swap, 95 Ukrainian soldiers "
      "came home from Russian captivity on Friday.", "exchange reported UA RU military 95",
      date=FRI),
    C(S, "mediator", "IR-US-QA:release", "Qatar mediated the release of five Americans held "
      "by Iran on Friday.", "release reported US IR unspecified 5", date=FRI),
    C(S, "mediator", "Hamas-IL-EG", "Hamas freed four Israeli hostages on Friday under a deal "
      "mediated by Egypt and Qatar, in exchange for 120 Palestinian prisoners.",
      "exchange reported IL PS unspecified 4", "exchange reported PS IL unspecified 120",
      date=FRI),
    # ── status: done, or still to come ────────────────────────────────────────────────
    C(T, "agreed", "RU-UA", "Russia and Ukraine agreed to swap 95 prisoners each.",
      "exchange planned RU UA unspecified 95", "exchange planned UA RU unspecified 95"),
    C(T, "agreed", "AM-AZ", "Armenia and Azerbaijan have agreed to exchange 15 soldiers each.",
      "exchange planned AM AZ military 15", "exchange planned AZ AM military 15"),
    C(T, "agreed", "Hamas-IL", "Hamas agreed to free 33 Israeli hostages in exchange for "
      "Palestinian prisoners.", "exchange planned IL PS unspecified 33"),
    C(T, "expected", "RU-UA", "Russia and Ukraine are expected to swap 95 prisoners each next "
      "week.", "exchange planned RU UA unspecified 95", "exchange planned UA RU unspecified "
      "95"),
    C(T, "expected", "IR-US", "Five Americans held in Iran are expected to be freed next "
      "week.", "release planned US IR unspecified 5"),
    C(T, "will", "RU-UA", "Russia will free 95 Ukrainian soldiers next week.",
      "release planned UA RU military 95"),
    C(T, "will", "AM-AZ", "Armenia and Azerbaijan will swap 15 prisoners each on Monday.",
      "exchange planned AM AZ unspecified 15", "exchange planned AZ AM unspecified 15",
      date=MON),
    C(T, "set to", "RU-UA", "Russia is set to free 95 Ukrainian soldiers on Monday.",
      "release planned UA RU military 95", date=MON),
    C(T, "set to", "Hamas-IL", "Hamas is set to release four Israeli hostages on Monday.",
      "release planned IL PS unspecified 4", date=MON),
    C(T, "is to", "US-VE", "Venezuela is to free 10 American detainees on Monday.",
      "release planned US VE unspecified 10", date=MON),
    C(T, "is to", "AM-AZ", "Azerbaijan is to return 15 Armenian soldiers to Armenia on "
      "Monday.", "release planned AM AZ military 15", date=MON),
    C(T, "plans", "RU-UA", "Russia plans to free 95 Ukrainian soldiers next week.",
      "release planned UA RU military 95"),
    C(T, "plans", "PK-IN", "Pakistan plans to release 22 Indian fishermen next week.",
      "release planned IN PK unspecified 22"),
    C(T, "hopes", "UA-RU", "Kyiv hopes to bring home 95 Ukrainian soldiers next week.",
      "release planned UA RU military 95"),
    C(T, "hopes", "IL-Hamas", "Israel hopes to bring home 33 hostages from Gaza this month.",
      "release planned IL PS unspecified 33"),
    C(T, "proposed", "UA-RU", "Ukraine proposed swapping 95 Russian soldiers for Ukrainians "
      "held by Russia.", "exchange planned RU UA military 95"),
    C(T, "proposed", "AM-AZ", "Yerevan proposed a swap of 15 prisoners each with Baku.",
      "exchange planned AM AZ unspecified 15", "exchange planned AZ AM unspecified 15"),
    C(T, "offered", "UA-RU", "Ukraine offered to hand over 95 Russian soldiers.",
      "release planned RU UA military 95"),
    C(T, "offered", "Houthis-SA", "The Houthis offered to free 150 Saudi prisoners.",
      "release planned SA YE unspecified 150"),
    # a handover said to have fallen through is no fact (kind_negated.negated): nothing to count
    C(T, "failed", "RU-UA", "A planned swap of 95 prisoners each between Russia and Ukraine "
      "failed on Friday."),
    C(T, "failed", "Houthis-YE", "The release of 50 government soldiers by the Houthis failed "
      "to take place on Friday."),
    C(T, "failed", "Hamas-IL", "The release of 50 hostages by Hamas failed to materialise."),
    # 'failed to' with another verb: the handover happened, its effect did not
    C(T, "failed to (an effect)", "RU-UA", "Friday's exchange of 95 prisoners each between "
      "Moscow and Kyiv failed to ease tensions.", "exchange reported RU UA unspecified 95",
      "exchange reported UA RU unspecified 95", date=FRI),
    C(T, "failed to (an effect)", "AM-AZ", "A swap of 60 detainees each between Armenia and "
      "Azerbaijan on Friday failed to calm the border.", "exchange reported AM AZ unspecified "
      "60", "exchange reported AZ AM unspecified 60", date=FRI),
    C(T, "postponed", "RU-UA", "A swap of 95 prisoners each between Russia and Ukraine was "
      "postponed.", "exchange planned RU UA unspecified 95", "exchange planned UA RU "
      "unspecified 95"),
    C(T, "postponed", "IL-Hamas", "The release of four Israeli hostages by Hamas was "
      "postponed.", "release planned IL PS unspecified 4"),
    C(T, "postponed", "AM-AZ", "Armenia and Azerbaijan delayed a swap of 15 soldiers each "
      "until next week.", "exchange planned AM AZ military 15", "exchange planned AZ AM "
      "military 15"),
    # 'delayed' in another clause is not the handover's predicate; a delay of hours held it
    # up on its day (it happened)
    C(T, "postponed (another clause)", "IL-PS", "Israel's release of 30 Palestinian prisoners "
      "on Thursday came after the vote had been delayed for a week.", "release reported PS IL "
      "unspecified 30", date="2024-03-07"),
    C(T, "postponed (another clause)", "AM-AZ", "The return of 12 Armenian detainees on Friday "
      "followed talks that Baku had postponed twice.", "release reported AM AZ unspecified 12",
      date=FRI),
    C(T, "delayed by hours", "RU-UA", "The handover of 40 Ukrainian soldiers by Russia on "
      "Friday was delayed by several hours by shelling.", "release reported UA RU military 40",
      date=FRI),
    C(T, "delayed by hours", "AM-AZ", "The exchange of 64 prisoners each between Armenia and "
      "Azerbaijan on Friday was delayed for a few hours at the border.", "exchange reported AM "
      "AZ unspecified 64", "exchange reported AZ AM unspecified 64", date=FRI),
    C(T, "postponed", "RU-UA:until", "The handover of 40 Ukrainian soldiers by Russia was "
      "delayed until next week.", "release planned UA RU military 40"),
    C(T, "called off", "AM-AZ", "A swap of 15 prisoners each between Armenia and Azerbaijan "
      "was called off."),
    C(T, "called off", "PK-IN", "The planned release of 22 Indian fishermen by Pakistan was "
      "called off."),
    C(T, "X called off the release of N", "PK-IN", "Pakistan called off the planned release "
      "of 22 Indian fishermen."),
    C(T, "X called off the release of N", "Hamas-IL", "Hamas called off the release of four "
      "Israeli hostages."),
    C(T, "began", "RU-UA", "Russia and Ukraine began a swap of 1,000 prisoners each on "
      "Friday.", "exchange planned RU UA unspecified 1000",
      "exchange planned UA RU unspecified 1000"),
    C(T, "began", "Hamas-IL", "Hamas began freeing 33 Israeli hostages on Friday in exchange "
      "for Palestinian prisoners.", "exchange planned IL PS unspecified 33"),
    # the corpus README says the day of 'said on Friday that …' dates the statement, not the
    # handover; dev's gold dates such handovers with it (r024, b064): the date is not checked
    C(T, "said on a day it had", "RU-UA", "Ukraine said on Friday that Russia had freed 95 "
      "Ukrainian soldiers.", "release reported UA RU military 95", date=UNSET),
    C(T, "said on a day it had", "AM-AZ", "Armenia said on Friday that Azerbaijan had freed 15 "
      "Armenian soldiers.", "release reported AM AZ military 15", date=UNSET),
    # ── kind: release, exchange, held, running totals ─────────────────────────────────
    C(K, "pardon", "AZ-AM", "Azerbaijan pardoned 15 Armenian prisoners on Friday.",
      "release reported AM AZ unspecified 15", date=FRI),
    C(K, "pardon", "IR-US", "Iran pardoned five American nationals on Friday.",
      "release reported US IR unspecified 5", date=FRI),
    C(K, "pardon", "BY", "Belarus pardoned 18 political prisoners on Friday.",
      "release reported BY BY unspecified 18", date=FRI),
    C(K, "goodwill", "RU-UA", "As a goodwill gesture, Russia freed 15 Ukrainian civilians on "
      "Friday.", "release reported UA RU civilian 15", date=FRI),
    C(K, "goodwill", "Houthis-SA", "The Houthis freed 20 Saudi prisoners on Friday in a "
      "gesture of goodwill.", "release reported SA YE unspecified 20", date=FRI),
    C(K, "unilateral", "UA-RU", "Ukraine unilaterally released 15 Russian soldiers on Friday.",
      "release reported RU UA military 15", date=FRI),
    C(K, "unilateral", "IL-PS", "Israel released 30 Palestinian detainees on Friday in a "
      "unilateral move.", "release reported PS IL unspecified 30", date=FRI),
    C(K, "separately from a swap", "RU-UA", "Russia and Ukraine swapped 95 prisoners each on "
      "Friday. Separately, Russia handed over 15 Ukrainian civilians.",
      "exchange reported RU UA unspecified 95", "exchange reported UA RU unspecified 95",
      "release reported UA RU civilian 15"),
    C(K, "round-up: another conflict's release beside a swap", "AZ-AM+RU-UA", "Azerbaijan "
      "freed 15 Armenian soldiers on Friday. Separately, Russia and Ukraine exchanged 200 "
      "prisoners each.", "release reported AM AZ military 15",
      "exchange reported RU UA unspecified 200", "exchange reported UA RU unspecified 200"),
    C(K, "round-up: another conflict's release beside a swap", "RU-UA+Houthis-SA", "Russia and "
      "Ukraine swapped 95 prisoners each on Friday. In Yemen, the Houthis released 20 Saudi "
      "detainees.", "exchange reported RU UA unspecified 95",
      "exchange reported UA RU unspecified 95", "release reported SA YE unspecified 20"),
    C(K, "round-up: another conflict's release beside a swap", "IL-Hamas+IR-US", "Israel and "
      "Hamas swapped prisoners on Friday: Hamas freed three hostages and Israel 90 "
      "Palestinians. Iran, meanwhile, freed two American detainees.",
      "exchange reported IL PS unspecified 3", "exchange reported PS IL unspecified 90",
      "release reported US IR unspecified 2"),
    C(K, "holds more than N", "RU-UA", "Russia holds more than 8,000 Ukrainian prisoners, Kyiv "
      "says.", "held estimated UA RU unspecified 8001+", date=PUB),
    C(K, "holds more than N", "IL-PS", "Israel holds more than 9,000 Palestinian prisoners, "
      "rights groups say.", "held estimated PS IL unspecified 9001+", date=PUB),
    # the past perfect of reported speech, or dated 'as of', still counts a stock
    C(K, "said N had been held (as of)", "RU-UA", "The ombudsman said 8,000 Ukrainians had "
      "been held in Russian prisons as of May.", "held estimated UA RU unspecified 8000"),
    C(K, "said N had been held (as of)", "AZ-AM", "Some 1,200 Armenians had been held in "
      "Azerbaijani jails as of January, a rights group reported.", "held estimated AM AZ "
      "unspecified 1200"),
    C(K, "N remain in captivity", "RU-UA", "About 8,000 Ukrainians remain in Russian "
      "captivity.", "held estimated UA RU unspecified 8000", date=PUB),
    C(K, "N remain in captivity", "Hamas-IL", "Fifty-nine hostages remain in captivity in "
      "Gaza.", "held estimated IL PS unspecified 59", date=PUB),
    C(K, "N remain in captivity", "AZ-AM", "Twenty-three Armenians are still held in Baku.",
      "held estimated AM AZ unspecified 23", date=PUB),
    C(K, "N remain in <place>", "Hamas-IL", "About 50 hostages remain in Gaza.",
      "held estimated IL PS unspecified 50", date=PUB),
    C(K, "N remain in <place>", "IR-US", "Five Americans remain in Iranian prisons.",
      "held estimated US IR unspecified 5", date=PUB),
    C(K, "N are still in <place>", "Hamas-IL", "About 50 hostages are still in Gaza.",
      "held estimated IL PS unspecified 50", date=PUB),
    C(K, "N are still in <place>", "AZ-AM", "Twenty Armenian prisoners are still in Baku.",
      "held estimated AM AZ unspecified 20", date=PUB),
    C(K, "between N and M are held", "RU-UA", "Between 8,000 and 10,000 Ukrainians are held "
      "by Russia, officials estimate.", "held estimated UA RU unspecified 8000-10000",
      date=PUB),
    C(K, "between N and M are held", "Houthis-YE", "The Houthis hold between 1,500 and 2,000 "
      "government soldiers, officials in Aden say.",
      "held estimated YE YE military 1500-2000", date=PUB),
    C(K, "up to N are held", "AZ-AM", "Up to 300 Armenians are held by Azerbaijan, Yerevan "
      "says.", "held estimated AM AZ unspecified -300", date=PUB),
    C(K, "is believed to hold", "Hamas-IL", "Hamas is believed to hold 130 hostages.",
      "held estimated IL PS unspecified 130", date=PUB),
    C(K, "an estimated N", "RSF-SD", "An estimated 5,000 civilians are held by the RSF.",
      "held estimated SD SD civilian 5000", date=PUB),
    # a running total is an exchange in a war the lexicon knows (wars.yaml: the corpus's
    # convention, 'counted in swaps'); between states at no war there, a release (own_news)
    C(K, "running total since the war began", "RU-UA", "Ukraine has brought home 3,500 "
      "prisoners since the war began.", "exchange reported UA RU unspecified 3500",
      period=("2022-02-24", PUB)),
    C(K, "running total since the war began", "IL-Hamas:one side named", "Israel has brought "
      "home 117 hostages since the war began.", "exchange reported IL PS unspecified 117",
      period=("2023-10-07", PUB)),
    C(K, "running total since the war began", "RU-UA:start of", "Since the start of the "
      "full-scale invasion, Ukraine has brought home 3,500 prisoners from Russia.",
      "exchange reported UA RU unspecified 3500", period=("2022-02-24", PUB)),
    C(K, "running total since the war began", "IL-Hamas", "Since the war began, 117 hostages "
      "held by Hamas have been returned to Israel.", "exchange reported IL PS unspecified 117",
      period=("2023-10-07", PUB)),
    C(K, "running total: brings to N the number", "RU-UA", "Friday's exchange brings to "
      "5,000 the number of Ukrainians freed from Russian captivity since 2022.",
      "exchange reported UA RU unspecified 5000", period=("2022-01-01", PUB)),
    C(K, "running total: brings to N the number", "IL-Hamas", "The latest swap brings the "
      "number of Israelis freed from Hamas captivity since the war began to 117.",
      "exchange reported IL PS unspecified 117", period=("2023-10-07", PUB)),
    C(K, "running total: bringing to N the number", "RU-UA", "Russia freed 95 Ukrainian "
      "soldiers, bringing to 3,500 the number returned since 2022.",
      "release reported UA RU military 95", "exchange reported UA RU unspecified 3500",
      optional=["exchange reported UA RU military 3500"]),
    C(K, "running total: bringing to N the number", "AZ-AM", "Azerbaijan freed 15 Armenian "
      "soldiers, bringing the number of Armenians it has returned since 2020 to 160.",
      "release reported AM AZ military 15", "release reported AM AZ unspecified 160",
      optional=["exchange reported AM AZ unspecified 160"]),
    C(K, "running total: got back", "RU-UA", "Since the start of the war, Russia has got back "
      "2,000 of its soldiers.", "exchange reported RU UA military 2000",
      period=("2022-02-24", PUB)),
    C(K, "running total: got back", "IL-Hamas", "Since the war began, Israel has got back 117 "
      "hostages.", "exchange reported IL PS unspecified 117", period=("2023-10-07", PUB)),
    C(K, "running total so far this year", "RU-UA", "So far this year, Ukraine has brought "
      "home 1,200 prisoners from Russia.", "exchange reported UA RU unspecified 1200",
      period=("2024-01-01", PUB)),
    C(K, "running total in total since", "RU-UA", "In total, 3,500 Ukrainians have returned "
      "from Russian captivity since February 2022.", "exchange reported UA RU unspecified "
      "3500", period=("2022-02-01", PUB)),
    C(K, "running total in total since", "AZ-AM", "Since 2020, Azerbaijan has returned 160 "
      "Armenian prisoners in total.", "release reported AM AZ unspecified 160",
      optional=["exchange reported AM AZ unspecified 160"], period=("2020-01-01", PUB)),
    # ── quantity: how the figure is written ───────────────────────────────────────────
    C(Q, "digits with a comma", "RU-UA", "Russia freed 1,200 Ukrainian prisoners on Friday.",
      "release reported UA RU unspecified 1200"),
    C(Q, "number words", "AZ-AM", "Azerbaijan freed forty-one Armenian prisoners on Friday.",
      "release reported AM AZ unspecified 41"),
    C(Q, "number words", "Hamas-IL", "Hamas freed thirteen Israeli hostages on Friday.",
      "release reported IL PS unspecified 13"),
    C(Q, "two dozen", "RU-UA", "Russia freed two dozen Ukrainian civilians on Friday.",
      "release reported UA RU civilian 24"),
    C(Q, "a dozen", "ELN-CO", "The ELN freed a dozen soldiers on Friday.",
      "release reported CO CO military 12"),
    C(Q, "more than", "RU-UA", "Russia freed more than 50 Ukrainian soldiers on Friday.",
      "release reported UA RU military 51+"),
    C(Q, "more than", "IL-PS", "Israel freed more than 600 Palestinian prisoners on Friday.",
      "release reported PS IL unspecified 601+"),
    C(Q, "over", "Houthis-SA", "The Houthis freed over 100 Saudi prisoners on Friday.",
      "release reported SA YE unspecified 101+"),
    C(Q, "about", "AZ-AM", "Azerbaijan freed about 30 Armenian prisoners on Friday.",
      "release reported AM AZ unspecified 30"),
    C(Q, "nearly", "RU-UA", "Nearly 200 Ukrainian soldiers were freed by Russia on Friday.",
      "release reported UA RU military 200"),
    C(Q, "some", "IL-PS", "Some 600 Palestinian prisoners were freed by Israel on Friday.",
      "release reported PS IL unspecified 600"),
    C(Q, "at least", "RU-UA", "Russia freed at least 20 Ukrainian civilians on Friday.",
      "release reported UA RU civilian 20+"),
    C(Q, "at least", "Boko Haram-NG", "Boko Haram freed at least 20 schoolgirls on Friday.",
      "release reported NG NG unspecified 20+"),
    C(Q, "range", "RU-UA", "Russia freed between 40 and 50 Ukrainian civilians on Friday.",
      "release reported UA RU civilian 40-50"),
    C(Q, "range with to", "Houthis-YE", "The Houthis hold 1,500 to 2,000 government soldiers, "
      "officials say.", "held estimated YE YE military 1500-2000"),
    C(Q, "hundreds (vague, optional)", "RU-UA", "Russia freed hundreds of Ukrainian prisoners "
      "on Friday.", optional=["release reported UA RU unspecified 200+"]),
    C(Q, "dozens (vague, optional)", "Hamas-IL", "Dozens of hostages remain in Gaza.",
      optional=["held estimated IL PS unspecified 24+"]),
    # ── traps: numbers that count no captives ─────────────────────────────────────────
    C(X, "killed and wounded", "RU-UA", "A Russian strike killed 12 Ukrainian soldiers and "
      "wounded 30 on Friday."),
    C(X, "killed and wounded", "IL-Hamas", "The day before the hostages were freed, an Israeli "
      "strike killed 25 Palestinians in Gaza."),
    C(X, "killed beside a swap", "AM-AZ", "Armenia and Azerbaijan swapped 15 soldiers each on "
      "Friday, a week after clashes killed 12 soldiers.", "exchange reported AM AZ military "
      "15", "exchange reported AZ AM military 15", date=FRI),
    # 'handed' takes things too: a bare figure with a noun of its own is no group
    C(X, "handed N things", "DE-UA", "Russia freed 95 Ukrainian soldiers on Friday, while "
      "Germany handed 20 tanks over to Ukraine.", "release reported UA RU military 95",
      date=FRI),
    C(X, "handed N things", "RU-UA", "A Russian court handed 12 long prison terms to captured "
      "Ukrainian soldiers on Friday."),
    C(X, "handed N things", "Houthis-SA", "The Houthis freed 40 Saudi prisoners and handed 15 "
      "letters from their families to the Red Cross.", "release reported SA YE unspecified "
      "40"),
    C(X, "missing", "RU-UA", "Kyiv says 35,000 Ukrainian soldiers are missing."),
    C(X, "missing", "AM-AZ", "Some 300 Armenians are still listed as missing since the war."),
    C(X, "bodies", "RU-UA", "Ukraine received the bodies of 500 soldiers from Russia on "
      "Friday."),
    C(X, "bodies", "Hamas-IL", "Hamas handed over the remains of four hostages on Friday."),
    C(X, "bodies beside a swap", "RU-UA", "Russia freed 95 Ukrainian soldiers on Friday and "
      "handed over the bodies of 500 others.", "release reported UA RU military 95",
      date=FRI),
    # a count of the dead reaches a bare figure in its clause only, and not past a verb
    # only the living take
    C(X, "bodies, then the living", "AM-AZ", "Armenia got back the remains of 12 soldiers "
      "from Azerbaijan on Friday, and Baku freed 4 the same day.", "release reported AM AZ "
      "unspecified 4", date=FRI),
    C(X, "bodies, then the living", "Hamas-IL", "Hamas handed over the remains of two hostages "
      "on Friday and released three under the truce.", "exchange reported IL PS unspecified 3",
      date=FRI),
    C(X, "bodies, then the living", "RU-UA", "Ukraine received the bodies of 500 soldiers on "
      "Friday; in a separate swap that day, Russia freed 20.", "exchange reported UA RU "
      "unspecified 20", date=FRI),
    C(X, "ages", "RU-UA", "Russia freed 95 Ukrainian soldiers, aged 19 to 60, on Friday.",
      "release reported UA RU military 95", date=FRI),
    C(X, "ages", "IL-Hamas", "Hamas freed four Israeli hostages aged between 20 and 30 on "
      "Friday.", "release reported IL PS unspecified 4", date=FRI),
    C(X, "durations", "Hamas-IL", "Hamas freed three Israeli hostages held for 400 days on "
      "Friday.", "release reported IL PS unspecified 3", date=FRI),
    C(X, "durations", "IR-US", "Iran freed five Americans on Friday after 18 months in "
      "prison.", "release reported US IR unspecified 5", date=FRI),
    C(X, "money", "IR-US", "Iran freed five Americans on Friday after $6 billion of its funds "
      "were unfrozen.", "release reported US IR unspecified 5", date=FRI),
    C(X, "money", "ELN-CO", "The ELN demanded 500,000 dollars for each of the 12 soldiers it "
      "holds.", "held estimated CO CO military 12"),
    C(X, "bodies, the figure after gapped", "RU-UA", "Russia handed over the bodies of 1,000 "
      "soldiers on Friday and received 19 in return."),
    C(X, "bodies, the figure after gapped", "IL-Hamas", "Israel handed over the bodies of 45 "
      "Palestinians on Friday and got four back."),
    C(X, "two of the three", "ELN-CO", "The ELN freed two of the three soldiers on Friday.",
      "release reported CO CO military 2", date=FRI),
    C(X, "two of the three", "Hamas-IL", "Hamas freed two of the three Israeli hostages on "
      "Friday.", "release reported IL PS unspecified 2", date=FRI),
    C(X, "N of the M it agreed to free (the plan kept)", "Hamas-IL", "Hamas has freed 20 of "
      "the 33 hostages it agreed to release.", "release reported IL PS unspecified 20",
      "release planned IL PS unspecified 33"),
    C(X, "N of the M it agreed to free (the plan kept)", "AZ-AM", "Azerbaijan has returned 10 "
      "of the 15 Armenian soldiers it promised to free.", "release reported AM AZ military 10",
      "release planned AM AZ military 15"),
    C(X, "a part told by how long it was held", "RU-UA", "Russia and Ukraine swapped 95 "
      "prisoners each on Friday. Twelve of the Ukrainians had been held for more than two "
      "years.", "exchange reported RU UA unspecified 95", "exchange reported UA RU "
      "unspecified 95", optional=["exchange reported UA RU unspecified 12"]),
    C(X, "a part told by how long it was held", "AZ-AM", "Azerbaijan freed 15 Armenian "
      "soldiers on Friday. Six of them had been held since 2020.",
      "release reported AM AZ military 15", optional=["release reported AM AZ military 6",
      "release reported AM AZ unspecified 6"]),
    C(X, "counts of swaps", "RU-UA", "It was the 58th swap between Russia and Ukraine since "
      "the war began."),
    C(X, "counts of swaps", "RU-UA:held", "Russia and Ukraine have carried out 60 prisoner "
      "exchanges since 2022."),
    C(X, "passengers", "RU-UA", "Russia freed 95 Ukrainian soldiers on Friday; the plane that "
      "carried them had 120 seats.", "release reported UA RU military 95", date=FRI),
    C(X, "ordinals", "RU-UA", "Russia freed 95 soldiers of Ukraine's 36th Marine Brigade on "
      "Friday.", "release reported UA RU military 95", date=FRI),
    C(X, "years", "AZ-AM", "On Friday, Azerbaijan freed 15 Armenian soldiers captured in "
      "2020.", "release reported AM AZ military 15", date=FRI),
    # ── constructions last session's reviewers found misread (none from a corpus) ──────────
    # 'to' before a determiner is a preposition, no infinitive: the handover still failed
    C(T, "failed to the <noun> of (no infinitive)", "AM-AZ", "The exchange of 30 detainees "
      "each between Armenia and Azerbaijan failed to the dismay of their families."),
    C(T, "failed to the <noun> of (no infinitive)", "Houthis-SA", "The release of 150 Saudi "
      "prisoners by the Houthis failed to the surprise of the mediators."),
    C(T, "done, to the <noun> of", "AZ-AM", "Azerbaijan freed 15 Armenian soldiers on Friday, "
      "much to the dismay of nationalists in Baku.", "release reported AM AZ military 15",
      date=FRI),
    C(T, "done, to the <noun> of", "RU-UA", "Russia and Ukraine swapped 103 prisoners each on "
      "Friday, to the surprise of many observers.", "exchange reported RU UA unspecified 103",
      "exchange reported UA RU unspecified 103", date=FRI),
    # a handover named by a plan or talks to do it, that fell through: no fact
    C(T, "a deal or talks to free N fell through", "Hamas-IL", "A deal to free 50 hostages "
      "held by Hamas fell apart on Friday."),
    C(T, "a deal or talks to free N fell through", "RU-UA", "Talks on swapping 200 prisoners "
      "each between Moscow and Kyiv collapsed, to the dismay of relatives."),
    # a delay of a day or more puts the handover off (still to come), hours do not
    C(T, "delayed by a day or more", "RU-UA", "The handover of 40 Ukrainian soldiers by Russia "
      "was delayed by 48 hours.", "release planned UA RU military 40"),
    C(T, "delayed by a day or more", "IL-Hamas", "The release of 20 hostages by Hamas was "
      "delayed by 24 hours, Qatari mediators said.", "exchange planned IL PS unspecified 20"),
    C(T, "delayed by a day or more", "AM-AZ", "The exchange of 64 prisoners each between "
      "Armenia and Azerbaijan was delayed by seventy-two hours.", "exchange planned AM AZ "
      "unspecified 64", "exchange planned AZ AM unspecified 64"),
    # a delay, then called off: no fact
    C(T, "delayed, then called off", "SD-RSF", "The swap of 40 detainees each between Sudan's "
      "army and the RSF was delayed by several hours and then called off."),
    C(T, "delayed, then called off", "Hamas-IL", "The release of 12 hostages by Hamas was "
      "delayed for hours and eventually cancelled."),
    # a delay told in a relative clause on the group; its predicate after the clause rules
    C(T, "a delay in a relative clause, then done", "RU-UA", "The exchange of 90 prisoners each "
      "between Russia and Ukraine, which Kyiv had delayed for weeks, took place on Friday.",
      "exchange reported RU UA unspecified 90", "exchange reported UA RU unspecified 90",
      date=FRI),
    C(T, "a delay in a relative clause, then done", "Hamas-IL", "The handover of 25 hostages, "
      "which Israel had postponed twice, went ahead on Friday.",
      "release reported IL PS unspecified 25", date=FRI),
    C(T, "a delay in a relative clause, then put off", "AM-AZ", "The swap of 80 prisoners each "
      "between Armenia and Azerbaijan, which Baku had delayed in May, was postponed again.",
      "exchange planned AM AZ unspecified 80", "exchange planned AZ AM unspecified 80"),
    # an operation begun 'with' its first part: that part is done, on its day
    C(T, "began … with N (its first part)", "RU-UA", "Russia and Ukraine began a three-day "
      "exchange on Friday with 390 prisoners each.", "exchange reported RU UA unspecified 390",
      "exchange reported UA RU unspecified 390", date=FRI),
    C(T, "began … with N (its first part)", "IL-Hamas", "Israel and Hamas began a four-day "
      "truce on Friday with the release of 13 hostages in exchange for 39 Palestinian "
      "prisoners.", "exchange reported IL PS unspecified 13",
      "exchange reported PS IL unspecified 39", date=FRI),
    # a two-party subject, then a clause of its own swapping one group for another
    C(S, "X and Y began …, as N were freed for M", "IL-Hamas", "Israel and Hamas began a "
      "four-day swap on Friday, as 13 hostages were freed in exchange for 39 Palestinian "
      "prisoners.", "exchange reported IL PS unspecified 13",
      "exchange reported PS IL unspecified 39", date=FRI),
    C(S, "X and Y began …, as N were freed for M", "RU-UA", "Russia and Ukraine began a new "
      "round of swaps on Friday, with 50 Russian soldiers returned in exchange for 60 "
      "Ukrainian soldiers.", "exchange reported RU UA military 50",
      "exchange reported UA RU military 60", date=FRI),
    # 'both sides have freed N so far': each side's count (per FACTS.md's 'Both sides
    # received 390'), coded by the parties the text names
    C(S, "both sides have freed N so far", "RU-UA", "Russia and Ukraine began a three-day "
      "exchange on Friday. Both sides have freed 270 prisoners so far.", "exchange reported "
      "RU UA unspecified 270", "exchange reported UA RU unspecified 270"),
    C(S, "both sides have freed N so far", "AM-AZ", "Armenia and Azerbaijan are swapping "
      "detainees this week. So far both sides have released 40 prisoners.",
      "exchange reported AM AZ unspecified 40", "exchange reported AZ AM unspecified 40"),
    # the bodies' count carries to a bare figure handed back for them
    C(X, "bodies, and N in return", "RU-UA", "Russia handed over the bodies of 1,000 soldiers, "
      "and Ukraine received 19 in return."),
    C(X, "bodies, and N in return", "IL-Hamas", "Israel returned the bodies of 45 "
      "Palestinians on Friday, while Hamas handed over 4 in exchange."),
    # where the freed are treated is not who held them
    C(V, "N freed, who remain in <place>", "Hamas-IL", "Hamas freed three hostages on Friday, "
      "who remain in Israeli hospitals.", "release reported IL PS unspecified 3", date=FRI),
    C(V, "N freed, who remain in <place>", "RU-UA", "Russia released 40 prisoners on Friday, "
      "who remain in Ukrainian hospitals.", "release reported UA RU unspecified 40", date=FRI),
    # the captives a holder frees are 'its prisoners'; a side's own people are 'its' too when
    # it is not the one that frees them (dev's c003/r022 gold: Kyiv said 230 of its
    # prisoners were freed, UA held by RU)
    C(V, "X freed N of its captives", "IL-PS", "Israel freed 90 of its prisoners on Friday.",
      "release reported PS IL unspecified 90", date=FRI),
    C(V, "X freed N of its captives", "Hamas-IL", "Hamas released five of its hostages on "
      "Friday.", "release reported IL PS unspecified 5", date=FRI),
    C(V, "Y said N of its prisoners were freed", "UA-RU", "Ukraine said 230 of its prisoners "
      "were released by Russia.", "release reported UA RU unspecified 230"),
    # troops staying in a place are no captives; a stock needs a word of captivity
    C(X, "troops remain in <place>", "RU-UA", "About 1,000 Russian troops remain in Kursk, "
      "the general said."),
    C(X, "troops remain in <place>", "IL-LB", "Around 300 Israeli soldiers remain in southern "
      "Lebanon."),
    C(K, "N remain in <captivity>", "RU-UA", "An estimated 8,000 Ukrainian soldiers remain in "
      "Russian hands.", "held estimated UA RU military 8000"),
    C(K, "N remain in <captivity>", "IL-LB", "At least 11 Lebanese citizens remain in Israeli "
      "custody.", "held estimated LB IL unspecified 11+"),
    # a ship's crew is no navy: the category of 'merchant sailors', 'seafarers'
    C(K, "merchant sailors (no navy)", "IR-IN", "Iran released 24 Indian seafarers from the "
      "seized tanker on Friday.", "release reported IN IR unspecified 24", date=FRI),
    C(K, "merchant sailors (no navy)", "Houthis-PH", "The Houthis freed 25 Filipino merchant "
      "sailors on Friday.", "release reported PH YE unspecified 25", date=FRI),
    # a participle of holding inside the subject ('N Y held in X'); the clause's own
    # predicate tells the kind ('regained their freedom', 'are expected to be flown to …'),
    # 'held out' is no holding, and a plan's terms ('the plan calls for the release of N
    # held in X') are a handover to come, not a demand over a stock
    C(K, "N held in X + its own predicate", "TH-Hamas", "Twelve Thai farm workers held by "
      "Hamas regained their freedom on Friday.", "release reported TH PS civilian 12",
      date=FRI),
    C(K, "N held in X + its own predicate", "ET-TPLF", "Forty Ethiopian soldiers held by the "
      "TPLF are expected to be flown to Addis Ababa on Monday.",
      "release planned ET ET military 40", date=MON),
    C(K, "held out (no holding)", "AM-AZ", "Armenia and Azerbaijan swapped prisoners on "
      "Friday. The 15 returned Armenian soldiers included officers who held out at a border "
      "post.", "exchange reported AM AZ military 15"),
    C(K, "a plan calls for the release of N held in X", "UA-RU", "The peace plan calls for "
      "the release of 300 Ukrainians held by Russia in exchange for 300 Russian soldiers.",
      "exchange planned UA RU unspecified 300", "exchange planned RU UA military 300"),
    # a state's clemency for prisoners of its own justice, in a text naming no other side:
    # held by that state, whether or not the sentence names it as the one that pardons
    C(V, "N Y pardoned (no pardoner named)", "KZ", "Twenty Kazakh prisoners convicted over "
      "the January riots were pardoned on Friday.", "release reported KZ KZ unspecified 20",
      date=FRI),
    C(V, "N Y pardoned (no pardoner named)", "MM", "About 300 detainees left Insein prison "
      "in Myanmar under an amnesty on Friday.", "release reported MM MM unspecified 300",
      date=FRI),
    C(T, "X will pardon N / X to pardon N", "BY", "Belarus will pardon 30 prisoners "
      "convicted of extremism.", "release planned BY BY unspecified 30"),
    C(T, "X will pardon N / X to pardon N", "KZ", "Kazakhstan to pardon 40 protesters\nThe "
      "decree names no one.", "release planned KZ KZ unspecified 40"),
    # 'have yet to be freed': the handover has not come, the group is still held (a stock)
    C(K, "N have yet to be freed", "TH-Hamas", "Some 20 Thai workers held by Hamas have yet "
      "to be released.", "held estimated TH PS unspecified 20", date=PUB),
    C(K, "N have yet to be freed", "UA-RU", "About 40 Ukrainian civilians are still yet to be "
      "returned home by Russia.", "held estimated UA RU civilian 40", date=PUB),
    # insurgents named as holders after the group hold their own country's people
    C(K, "N hostages held by <insurgents> (named after)", "ET-TPLF", "Some 30 hostages are "
      "still held by the TPLF.", "held estimated ET ET unspecified 30", date=PUB),
    # 'N or M' states a range, the smaller first
    C(Q, "N or M (a range)", "RU-UA", "Russia freed 5 or 6 Ukrainian soldiers on Friday.",
      "release reported UA RU military 5-6", date=FRI),
    C(Q, "N or M (a range)", "AZ-AM", "Azerbaijan still holds two or three Armenian "
      "civilians, Yerevan says.", "held estimated AM AZ civilian 2-3", date=PUB),
    # numbers that are no captives, in the shapes news gives them: deaths in captivity told
    # as a belief, names put on a list, a rate per batch, a force's strength, arrests
    C(X, "believed to have died / believed dead", "RU-UA", "Twelve Ukrainian prisoners of "
      "war are believed to have died in Russian captivity."),
    C(X, "believed to have died / believed dead", "Hamas-IL", "At least 30 hostages held in "
      "Gaza are believed dead."),
    C(X, "put N on a list", "AM-AZ", "Armenia put 20 Azerbaijani detainees on a list for "
      "possible release."),
    C(X, "put N on a list", "UA-RU", "Kyiv placed 400 Russian soldiers on the exchange list."),
    C(X, "a rate per batch", "Hamas-IL", "The truce is extended by a day for every group of "
      "10 hostages released."),
    C(X, "a force's strength", "Houthis", "The Houthis are thought to number about 20,000 "
      "fighters."),
    C(X, "a force's strength", "UA", "The brigade numbered 3,000 soldiers before the siege."),
    C(X, "counts of arrests", "MM", "More than 1,000 people have been arrested since the "
      "coup."),
    C(X, "counts of arrests", "BY", "Some 200 protesters were rounded up by police in Minsk."),
    # an elliptical second group: 'N … were sent to X and M to Y' (verb and noun elided)
    C(S, "N were sent to X and M to Y", "AM-AZ", "The Red Cross said 12 detainees were taken "
      "to Armenia and 9 to Azerbaijan on Friday.", "exchange reported AM AZ unspecified 12",
      "exchange reported AZ AM unspecified 9", date=FRI),
    C(S, "N were sent to X and M to Y", "RU-UA", "On Friday, 64 prisoners were returned to "
      "Ukraine and 60 to Russia.", "exchange reported UA RU unspecified 64",
      "exchange reported RU UA unspecified 60", date=FRI),
    # the other half told in a sentence of its own, 'The same number (of Y) …': a swap
    C(S, "N freed. The same number (of Y) …", "AZ-AM", "Azerbaijan handed 12 Armenian soldiers "
      "back on Friday. An equal number of Azerbaijani troops were returned to Baku.",
      "exchange reported AM AZ military 12", optional=["exchange reported AZ AM military 12"]),
    C(S, "N freed. The same number (of Y) …", "Hamas-IL", "Hamas freed 30 Israeli hostages on "
      "Friday. The same number of Palestinian prisoners left Israeli jails.",
      "exchange reported IL PS unspecified 30", optional=["exchange reported PS IL "
      "unspecified 30"]),
]  # fmt: skip

AXES = (V, S, T, K, Q, X)
