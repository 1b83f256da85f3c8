"""A third catalogue of English constructions, drawn from how real news reports captives.

The first two catalogues (tests/constructions_en.py, tests/test_constructions_slavic.py) were
written from knowledge of the language. This one was written after reading some 110
English news articles in the stored public pages corpus (the `search` tool, corpus "pages"):
prisoner swaps, hostage releases, POW exchanges, pardons and estimates of people held, in
Russia–Ukraine, Israel–Hamas, US–Russia/Iran/Venezuela, Armenia–Azerbaijan, Yemen, Sudan,
Ethiopia, Colombia, Belarus, Afghanistan, Syria, DR Congo, Nigeria, India–Pakistan and
Thailand–Cambodia. From them we listed the CONSTRUCTIONS news uses, especially those the
earlier catalogues' axes do not name: a report spread over sentences, headlines, quotes and
attributions, appositions, nominalisations, participles and relative clauses, breakdowns,
running and combined totals, stocks phrased as "remain in custody" or "yet to be freed",
the "return" of one's own people, and numbers in those articles that are no captives.

Every sentence below is the team's own: each construction is put in the words of two to
four conflicts, with other actors and figures than any article it was read in, and gold
given by FACTS.md and the corpus conventions (never by what the extractor outputs).
Published on Saturday 2024-03-09, as in constructions_en: "on Friday" is 2024-03-08,
"on Wednesday" 2024-03-06, "on Monday" ahead 2024-03-11 and past 2024-03-04.

| axis        | what varies (as seen in the articles)                                          |
|-------------|--------------------------------------------------------------------------------|
| headline    | a headline line before the lead: present tense ("frees"), participle ("N … |
|             | freed"), infinitive ("to be repatriated": planned), colon attribution,         |
|             | "in swap for"; the lead restating it with another figure                      |
| spread      | one exchange told over two sentences: "In return, …", "The handover was part  |
|             | of a swap", a pronoun or "both sides" for actors named before, a second figure |
|             | given by the other side, "N to Azerbaijan and M to Armenia" (ellipsis)        |
| nominal     | "the release/return/repatriation/handover of N", "X's release of N",           |
|             | "granted clemency to N", "calls for the release of N" (planned)                |
| clause      | relative clauses and participles ("N Y held by X were freed", "who had been   |
|             | held in", "it had been holding"), "the remaining N", appositions ("N Y,       |
|             | mostly fishermen"), sentence-initial number words, absolute clauses ("each    |
|             | side releasing N", "Baku freeing N and Yerevan M")                            |
| attribution | quotes with "our people", "X said on Saturday that" (no date), "according     |
|             | to", disputed figures ("126, not 163"), claims and estimates by rights groups  |
| breakdown   | "among them N women", "They include A civilians and B fishermen", "Of the N   |
|             | freed, M were wounded", a mixed group ("including four Germans")              |
| total       | "bringing the total to N", "a combined total of", "since the truce began",     |
|             | "since the invasion", "N from six countries", counts of swaps beside people   |
| held        | "remain in X custody", "still languishing in X jails", "there are thought to  |
|             | be N still held", "is estimated to be holding", "N of M", "yet to be freed",   |
|             | "of their fighters still held by" (the speaker's side)                        |
| status      | done vs planned as news words it: "due to", "set to", "will be releasing",    |
|             | "decided to", "signalled readiness", "should see X release N",     |
|             | "if X releases N", "pledged", "walked free", "regained their freedom"          |
| direction   | who gave and who got: "X returned N of its servicemen from Y captivity" (its   |
|             | own), "X received N POWs in exchange", "brought home", capitals as actors,     |
|             | "to the ICRC" / "to the Rangers", "the swap freed N for M", "flown out of X"   |
| dating      | the day as news gives it: AP style without "on" ("freed 118 Saturday"),        |
|             | "yesterday", a calendar date, "Thursday's swap", "earlier this week" (no day), |
|             | "said Friday it had freed" (the statement's day, not the handover's)          |
| lead        | a whole lead of three or four sentences in the order wire stories use: the    |
|             | event, its sides' own figures, quotes, a stock or total, numbers that are no  |
|             | captives (ages, distances, deaths), another conflict in a round-up            |
| trap        | numbers in these articles that are no captives: bodies and remains in a swap's |
|             | shape, lists of names, a patrol's size, rates per day, planes, counts of swaps,|
|             | ages, sentences, money, arrests, deaths in captivity, fighters' strength       |

A fact is written "kind status persons_of held_by category figure" as in constructions_en
(figure "95", "8000-10000", "51+" or "-300"; held_by "-" is null).
"""

from __future__ import annotations

from constructions_en import C, Case, fact  # noqa: F401  (fact: the harness's key)

FRI = "2024-03-08"
THU = "2024-03-07"
WED = "2024-03-06"
PAST_MON = "2024-03-04"
PUB = "2024-03-09"
SUN = "2024-03-10"  # ahead
MON = "2024-03-11"  # ahead

H, SP, N, CL, A, B, T, HD, ST, D, DT, L, X = (
    "headline",
    "spread",
    "nominal",
    "clause",
    "attribution",
    "breakdown",
    "total",
    "held",
    "status",
    "direction",
    "dating",
    "lead",
    "trap",
)

CASES: list[Case] = [
    # ---------------------------------------------------------------- headline
    C(H, "present tense, no article", "AZ-AM",
      "Azerbaijan frees 14 Armenian soldiers\nThe men were captured in the autumn clashes.",
      "release reported AM AZ military 14"),
    C(H, "present tense, no article", "TH-KH",
      "Thailand hands over 9 Cambodian troops at Chong Chom\nThe handover followed talks "
      "between the two armies.",
      "release reported KH TH military 9"),
    C(H, "present tense, no article", "PK-IN",
      "Pakistan frees 150 Indian fishermen\nThe men had crossed the maritime boundary by "
      "mistake, officials said.",
      "release reported IN PK unspecified 150"),
    C(H, "in swap for, two figures", "US-VE",
      "Venezuela frees 6 Americans in exchange for 2 Venezuelans\nThe deal was negotiated "
      "over several months.",
      "exchange reported US VE unspecified 6", "exchange reported VE US unspecified 2"),
    C(H, "in swap for, two figures", "Hamas-IL",
      "Hamas hands over 4 hostages in swap for 120 Palestinian prisoners\nBuses left Ofer "
      "prison after dark.",
      "exchange reported IL PS unspecified 4", "exchange reported PS IL unspecified 120"),
    C(H, "in swap for, two figures", "AF",
      "Taliban free 3 foreign hostages in swap for 5 Taliban prisoners held by Kabul\n"
      "The trade could revive stalled talks.",
      "exchange reported XX AF unspecified 3", "exchange reported AF AF unspecified 5"),
    C(H, "participle: N Y freed", "SD",
      "140 Sudanese soldiers held by RSF freed\nThe men were driven south to Wad Madani.",
      "release reported SD SD military 140"),
    C(H, "participle: N Y freed", "NG",
      "Twenty kidnapped Nigerian schoolchildren freed\nThey were taken from their school in "
      "Zamfara state last month.",
      "release reported NG NG unspecified 20"),
    C(H, "participle: N Y freed", "BY",
      "45 Belarusian political prisoners pardoned and freed\nNone of the best-known critics "
      "was on the list.",
      "release reported BY BY unspecified 45"),
    C(H, "colon attribution", "AZ-AM",
      "40 Armenian POWs held by Azerbaijan released: ICRC\nThe Red Cross said it had checked "
      "their health first.",
      "release reported AM AZ military 40"),
    C(H, "colon attribution", "ET",
      "Tigray forces free 700 Ethiopian soldiers: spokesman\nThe soldiers were handed to "
      "elders in Mekelle.",
      "release reported ET ET military 700"),
    C(H, "infinitive: planned", "TH-KH",
      "30 Cambodian troops set to be sent home by Thailand\nThe handover needs approval "
      "from the army.",
      "release planned KH TH military 30"),
    C(H, "infinitive: planned", "BY",
      "Belarus to pardon 25 political prisoners\nThe presidential office gave no names.",
      "release planned BY BY unspecified 25"),
    C(H, "infinitive: planned", "AF",
      "Taliban to free 24 government prisoners in Kandahar on Sunday\nThe handover will "
      "be overseen by the ICRC.",
      "release planned AF AF unspecified 24"),
    C(H, "lead restates with its own figure", "RU-UA",
      "Over 90 Ukrainian POWs freed in swap with Russia\nThe 97 freed soldiers included "
      "marines who held out at Azovstal.",
      "exchange reported UA RU military 91+", "exchange reported UA RU military 97"),
    C(H, "lead restates with its own figure", "AZ-AM",
      "Armenia frees 5 Azerbaijani soldiers\nArmenia handed five Azerbaijani soldiers back "
      "to Baku on Friday through Hungarian mediation.",
      "release reported AZ AM military 5"),
    C(H, "first since, ordinal", "RU-UA",
      "Ukraine and Russia hold first swap in five months, returning 75 prisoners each\n"
      "The exchange took place on the Belarusian border.",
      "exchange reported UA RU unspecified 75", "exchange reported RU UA unspecified 75"),
    C(H, "first since, ordinal", "AZ-AM",
      "Baku and Yerevan trade prisoners for the first time since 2021, 8 for 2\nThe swap "
      "took place on the Gazakh border.",
      optional=("exchange reported AM AZ unspecified 8", "exchange reported AZ AM unspecified 2",
                "exchange reported XX XX unspecified 8", "exchange reported XX XX unspecified 2")),
    # ---------------------------------------------------------------- spread
    C(SP, "in return, next sentence", "AZ-AM",
      "Azerbaijan freed 22 Armenian soldiers on Friday. In return, Armenia handed over four "
      "Azerbaijani servicemen.",
      "exchange reported AM AZ military 22", "exchange reported AZ AM military 4", date=FRI),
    C(SP, "in return, next sentence", "US-IR",
      "Iran released four US citizens on Wednesday. In exchange, Washington freed four "
      "Iranians held in American prisons.",
      "exchange reported US IR unspecified 4", "exchange reported IR US unspecified 4"),
    C(SP, "in return, next sentence", "RU-UA",
      "Russia handed 110 Ukrainian prisoners of war over to Kyiv. In return, 110 Russian "
      "servicemen came home, the ministry said.",
      "exchange reported UA RU military 110", "exchange reported RU UA military 110"),
    C(SP, "the swap named a sentence later", "RU-UA",
      "Russia freed 60 Ukrainian soldiers on Friday. The handover was part of a wider "
      "exchange brokered by the UAE.",
      "exchange reported UA RU military 60", date=FRI),
    C(SP, "the swap named a sentence later", "AF",
      "The Taliban released 25 government soldiers in Ghazni on Thursday. It was one stage "
      "of a phased swap with Kabul.",
      "exchange reported AF AF military 25", date=THU),
    C(SP, "the swap named a sentence later", "YE",
      "The Houthis freed 70 government fighters in Marib on Friday. It was the first stage "
      "of a UN-brokered exchange with the coalition.",
      "exchange reported YE YE military 70", date=FRI),
    C(SP, "each side gives its own figure", "RU-UA",
      "Ukraine said 212 of its soldiers had come home in the swap. Russia's defence ministry "
      "said 190 Russian servicemen were returned in the same exchange.",
      "exchange reported UA RU military 212", "exchange reported RU UA military 190"),
    C(SP, "each side gives its own figure", "AZ-AM",
      "Yerevan said 44 Armenians had returned from Azerbaijan in the exchange. Baku said "
      "12 Azerbaijanis came back in the same swap.",
      "exchange reported AM AZ unspecified 44", "exchange reported AZ AM unspecified 12"),
    C(SP, "actor named the sentence before", "YE-SA",
      "The Saudi-led coalition announced a humanitarian gesture on Friday. It flew 96 Houthi "
      "detainees home to Sanaa, the ICRC said.",
      "release reported YE XX unspecified 96"),
    C(SP, "actor named the sentence before", "ET",
      "Tigray forces declared an amnesty this week. They released 2,400 Ethiopian soldiers "
      "held in Mekelle.",
      "release reported ET ET military 2400"),
    C(SP, "both sides, actors named before", "RU-UA",
      "Russia and Ukraine completed another swap. Both sides said roughly 180 prisoners each "
      "had been handed over on Wednesday.",
      "exchange reported UA RU unspecified 180", "exchange reported RU UA unspecified 180",
      date=WED),
    C(SP, "both sides, actors named before", "AZ-AM",
      "Armenia and Azerbaijan met at the border. Both sides freed 11 soldiers each.",
      "exchange reported AM AZ military 11", "exchange reported AZ AM military 11"),
    C(SP, "other half told before, no swap word", "Hamas-IL",
      "Israel freed 90 Palestinian prisoners overnight in the latest swap. Hamas had "
      "released three Israeli hostages hours earlier.",
      "exchange reported PS IL unspecified 90", "exchange reported IL PS unspecified 3"),
    C(SP, "other half told before, no swap word", "US-RU",
      "Washington handed a Russian spy to Moscow in Friday's trade. Russia had freed two "
      "American citizens the same morning.",
      "exchange reported US RU unspecified 2"),
    C(SP, "ellipsis: N to X and M to Y", "AZ-AM",
      "In the swap, Azerbaijan received 15 captives and Armenia 48.",
      "exchange reported AZ AM unspecified 15", "exchange reported AM AZ unspecified 48"),
    C(SP, "ellipsis: N to X and M to Y", "AM-AZ",
      "In the swap, 15 captives were sent back to Azerbaijan and 48 to Armenia.",
      "exchange reported AZ AM unspecified 15", "exchange reported AM AZ unspecified 48"),
    C(SP, "ellipsis: N to X and M to Y", "RU-UA",
      "Under the deal, 9 prisoners were returned to Russia and 13 to Ukraine, Qatar said.",
      "exchange reported RU UA unspecified 9", "exchange reported UA RU unspecified 13"),
    C(SP, "ellipsis: N to X and M to Y", "YE-SA",
      "The coalition said it flew 190 freed Houthis to Sanaa and 11 to Aden.",
      "release reported YE XX unspecified 190", "release reported YE XX unspecified 11"),
    # ---------------------------------------------------------------- nominal
    C(N, "facilitated/confirmed the release of", "SD",
      "The ICRC facilitated the release of 71 Sudanese soldiers held by the RSF on Monday.",
      "release reported SD SD military 71", date=PAST_MON),
    C(N, "facilitated/confirmed the release of", "YE",
      "The Red Cross confirmed the release of 38 government detainees held by the Houthis.",
      "release reported YE YE unspecified 38"),
    C(N, "facilitated/confirmed the release of", "CO",
      "Colombia's ombudsman announced the release of seven soldiers held by the ELN.",
      "release reported CO CO military 7"),
    C(N, "the return of N", "RU-UA",
      "Zelensky hailed the return of 95 defenders from Russian captivity in the latest swap.",
      "exchange reported UA RU military 95"),
    C(N, "the return of N", "AZ-AM",
      "Yerevan welcomed the return of 32 Armenian servicemen freed by Baku.",
      "release reported AM AZ military 32"),
    C(N, "X's release of N", "Hamas-IL",
      "The deal provides for Israel's release of 160 Palestinian detainees in exchange for "
      "55 hostages held in Gaza.",
      "exchange planned PS IL unspecified 160", "exchange planned IL PS unspecified 55"),
    C(N, "X's release of N", "AF",
      "Kabul's release of 400 Taliban prisoners was completed on Friday.",
      "release reported AF AF unspecified 400", date=FRI),
    C(N, "the repatriation/handover of N", "YE-SA",
      "The ICRC completed the repatriation of 109 Yemeni detainees from Saudi Arabia on "
      "Friday.",
      "release reported YE SA unspecified 109", date=FRI),
    C(N, "the repatriation/handover of N", "TH-KH",
      "Thailand completed the repatriation of 18 Cambodian soldiers on Friday.",
      "release reported KH TH military 18", date=FRI),
    C(N, "the repatriation/handover of N", "AZ-AM",
      "The handover of 20 Armenian soldiers by Azerbaijan took place at the border on Friday.",
      "release reported AM AZ military 20", date=FRI),
    C(N, "granted clemency/pardons to N", "BY",
      "Lukashenko granted clemency to 37 political prisoners on Friday.",
      "release reported BY BY unspecified 37", date=FRI),
    C(N, "granted clemency/pardons to N", "US-RU",
      "Biden granted clemency to three Russians in the swap with Moscow.",
      "exchange reported RU US unspecified 3"),
    C(N, "calls for the release of (planned)", "Hamas-IL",
      "The truce plan calls for the release of 40 hostages held in Gaza in exchange for 600 "
      "Palestinian prisoners.",
      "exchange planned IL PS unspecified 40", "exchange planned PS IL unspecified 600"),
    C(N, "calls for the release of (planned)", "RU-UA",
      "The Istanbul memorandum between Russia and Ukraine calls for the return of 1,200 "
      "prisoners from each side.",
      "exchange planned UA RU unspecified 1200", "exchange planned RU UA unspecified 1200"),
    C(N, "calls for the release of (planned)", "AF",
      "The accord signed in Doha calls for freeing up to 4,000 Taliban prisoners in a swap "
      "for 800 government captives.",
      "exchange planned AF AF unspecified -4000", "exchange planned AF AF unspecified 800"),
    # ---------------------------------------------------------------- clause
    C(CL, "N Y held by X since … were freed", "RU-UA",
      "Some 140 Ukrainian soldiers held by Russia since 2022 were freed on Friday in a "
      "UAE-brokered swap.",
      "exchange reported UA RU military 140", date=FRI),
    C(CL, "N Y held by X since … were freed", "IN-PK",
      "Twenty-two Pakistani fishermen held by India since 2019 were freed on Friday.",
      "release reported PK IN unspecified 22", date=FRI),
    C(CL, "received N Y freed by X", "US-IR",
      "US officials in Doha received four Americans freed by Tehran in the swap.",
      "exchange reported US IR unspecified 4"),
    C(CL, "received N Y freed by X", "AZ-AM",
      "Armenian officials received 12 soldiers freed by Azerbaijan at the border.",
      "release reported AM AZ military 12"),
    C(CL, "who had been held in", "IN-PK",
      "Pakistan freed 180 Indian fishermen who had been held in Karachi's Malir jail.",
      "release reported IN PK unspecified 180"),
    C(CL, "who had been held in", "SD",
      "The RSF released 300 army soldiers who had been held in Omdurman and Nyala.",
      "release reported SD SD military 300"),
    C(CL, "it had been holding", "AF",
      "The Taliban said it will release 18 prisoners it has been holding in Kandahar on "
      "Sunday.",
      "release planned AF AF unspecified 18", date=SUN),
    C(CL, "it had been holding", "CO",
      "The ELN freed the six hostages it had been holding in Arauca on Friday.",
      "release reported CO CO unspecified 6", date=FRI),
    C(CL, "the remaining N", "NG",
      "Kidnappers freed the remaining 21 pupils they had been holding in Kaduna state.",
      "release reported NG NG unspecified 21"),
    C(CL, "the remaining N", "TH-KH",
      "Thailand handed back the remaining 18 Cambodian soldiers on Friday.",
      "release reported KH TH military 18", date=FRI),
    C(CL, "apposition: mostly …", "IN-PK",
      "India handed over 65 Pakistani prisoners, mostly fishermen, at the Wagah border on "
      "Friday.",
      "release reported PK IN unspecified 65", date=FRI),
    C(CL, "apposition: mostly …", "RU-UA",
      "Russia returned 120 Ukrainians, mostly civilians, in the latest swap.",
      "exchange reported UA RU unspecified 120"),
    C(CL, "dash apposition with a part", "SD",
      "The RSF freed 140 army soldiers on Wednesday – 30 of whom were wounded – the ICRC said.",
      "release reported SD SD military 140",
      optional=("release reported SD SD military 30",), date=WED),
    C(CL, "dash apposition with a part", "ET",
      "Tigray forces released 1,800 prisoners of war – 150 of them women – on Friday.",
      "release reported ET ET military 1800",
      optional=("release reported ET ET military 150", "release reported ET ET unspecified 150"),
      date=FRI),
    C(CL, "sentence-initial number word", "RU-UA",
      "Sixty-five Ukrainian defenders came home from Russian captivity on Friday in the "
      "latest swap.",
      "exchange reported UA RU military 65", date=FRI),
    C(CL, "sentence-initial number word", "AZ-AM",
      "Twelve Armenian soldiers were handed back to Yerevan by Baku on Friday.",
      "release reported AM AZ military 12", date=FRI),
    C(CL, "sentence-initial number word", "YE-SA",
      "Forty-one Houthi detainees were flown from Saudi Arabia to Sanaa on Friday.",
      "release reported YE SA unspecified 41", date=FRI),
    C(CL, "absolute clause: each side releasing N", "RU-UA",
      "Russia and Ukraine swapped prisoners on Friday, each side releasing 103 soldiers.",
      "exchange reported UA RU military 103", "exchange reported RU UA military 103", date=FRI),
    C(CL, "absolute clause: each side releasing N", "Hamas-IL",
      "Israel and Hamas carried out another swap, Hamas freeing five hostages and Israel "
      "releasing 150 Palestinian prisoners.",
      "exchange reported IL PS unspecified 5", "exchange reported PS IL unspecified 150"),
    C(CL, "absolute clause: each side releasing N", "AZ-AM",
      "Azerbaijan and Armenia swapped captives at the border, Baku freeing 32 Armenian "
      "soldiers and Yerevan two Azerbaijani ones.",
      "exchange reported AM AZ military 32", "exchange reported AZ AM military 2"),
    # ---------------------------------------------------------------- attribution
    C(A, "quote with our people, speaker after", "RU-UA",
      '"Another 120 of our people are home from Russian captivity," Zelensky wrote after '
      "the swap.",
      "exchange reported UA RU unspecified 120"),
    C(A, "quote with our people, speaker after", "AZ-AM",
      '"Nineteen of our servicemen are finally home," Pashinyan said after Baku released '
      "them on Friday.",
      "release reported AM AZ military 19", date=FRI),
    C(A, "quote with our people, speaker after", "US-RU",
      '"Today three of our fellow citizens are free," Biden said after the swap with Russia.',
      "exchange reported US RU unspecified 3"),
    C(A, "said on Saturday that (no date)", "RU-UA",
      "Russia said on Saturday that 80 of its soldiers had been returned in a swap with "
      "Ukraine.",
      "exchange reported RU UA military 80", date=None),
    C(A, "said on Saturday that (no date)", "YE",
      "The Houthis said on Saturday that they had freed 118 detainees.",
      "release reported YE YE unspecified 118", date=None),
    C(A, "according to, two counts", "YE",
      "According to the Red Cross, 270 detainees went home, while the Houthis put the "
      "number freed at 320.",
      "release reported YE YE unspecified 320",
      optional=("release reported YE YE unspecified 270",)),
    C(A, "disputed figure: N, not M", "YE-SA",
      "The Houthis said 118 of their members were freed by Saudi Arabia, not 150.",
      "release reported YE SA unspecified 118",
      optional=("release reported YE SA unspecified 150",)),
    C(A, "disputed figure: N, not M", "ET",
      "Addis Ababa said the TPLF had freed 3,000 people, not the 4,200 soldiers it claimed.",
      "release reported ET ET unspecified 3000",
      optional=("release reported ET ET military 4200",)),
    C(A, "a denied quote", "TH-KH",
      'Bangkok denied that its army had "kidnapped 20 Cambodian soldiers".',
      optional=("held estimated KH TH military 20",)),
    C(A, "claims to have detained hundreds", "SD",
      "The RSF claims it has captured hundreds of government troops since April.",
      optional=("held estimated SD SD military 200+",)),
    C(A, "rights group says N are held", "BY",
      "Rights campaigners put the number of political prisoners in Belarus at some 1,350.",
      "held estimated BY BY unspecified 1350", date=PUB),
    C(A, "rights group says N are held", "SY",
      "A Syrian monitor says about 130,000 people are still held in government prisons.",
      "held estimated SY SY unspecified 130000", date=PUB),
    C(A, "by X's count", "BY",
      "By Viasna's count, roughly 1,250 political prisoners remain behind bars in Belarus.",
      "held estimated BY BY unspecified 1250", date=PUB),
    C(A, "ministry quote, source after", "RU-UA",
      '"After talks, 146 Russian troops were brought back from Kyiv-held territory in the '
      'exchange," the ministry said.',
      "exchange reported RU UA military 146"),
    C(A, "speaker's side: their fighters held by", "YE-SA",
      "Houthi officials said 1,200 of their fighters are still held by the coalition.",
      "held estimated YE XX military 1200", date=PUB),
    C(A, "speaker's side: their fighters held by", "RU-UA",
      "Kyiv officials said about 8,000 of their soldiers remain in Russian hands.",
      "held estimated UA RU military 8000", date=PUB),
    # ---------------------------------------------------------------- breakdown
    C(B, "the next sentence splits by sex", "BY",
      "Lukashenko pardoned 31 people on Friday. State media said 12 women and 19 men were "
      "among them.",
      "release reported BY BY unspecified 31",
      optional=("release reported BY BY unspecified 12", "release reported BY BY unspecified 19"),
      date=FRI),
    C(B, "among them N women and M boys", "Hamas-IL",
      "Israel will release 42 Palestinian prisoners on Sunday, among them 20 women and 22 "
      "teenage boys, in exchange for 14 hostages held in Gaza.",
      "exchange planned PS IL unspecified 42", "exchange planned IL PS unspecified 14",
      optional=("exchange planned PS IL unspecified 20", "exchange planned PS IL unspecified 22")),
    C(B, "among them N women and M boys", "ET",
      "The TPLF said it would free 3,100 prisoners of war, among them 260 women.",
      "release planned ET ET military 3100",
      optional=("release planned ET ET military 260", "release planned ET ET unspecified 260")),
    C(B, "they include A and B", "IN-PK",
      "India repatriated 15 Pakistani prisoners on Friday. They include five civilians and "
      "ten fishermen.",
      "release reported PK IN unspecified 15",
      optional=("release reported PK IN civilian 5", "release reported PK IN unspecified 10"),
      date=FRI),
    C(B, "they include A and B", "CO",
      "The ELN freed seven hostages on Sunday, three police officers and four farmers among "
      "them.",
      "release reported CO CO unspecified 7",
      optional=("release reported CO CO unspecified 3", "release reported CO CO unspecified 4")),
    C(B, "N soldiers and one policeman", "AF",
      "The Taliban freed 17 soldiers and one policeman in Ghor on Thursday.",
      "release reported AF AF military 17",
      optional=("release reported AF AF unspecified 1",), date=THU),
    C(B, "a part of the freed, next sentence", "US-IR",
      "Washington released five Iranians in the swap. Two of the freed Iranians flew home "
      "from Doha, while the other three stayed in America.",
      "exchange reported IR US unspecified 5",
      optional=("exchange reported IR US unspecified 2", "exchange reported IR US unspecified 3")),
    C(B, "of the N freed, M were wounded", "SD",
      "Of the 130 soldiers the RSF freed, 41 were wounded.",
      "release reported SD SD military 130",
      optional=("release reported SD SD military 41",)),
    C(B, "a mixed group with its parts", "US-RU-DE",
      "In the swap, Russia freed 15 people, including four Germans and six Russian "
      "dissidents.",
      "exchange reported XX RU unspecified 15",
      optional=("exchange reported DE RU unspecified 4", "exchange reported RU RU unspecified 6")),
    C(B, "a mixed group with its parts", "BY",
      "Belarus freed 14 prisoners, among them citizens of Lithuania, Latvia and Poland.",
      "release reported XX BY unspecified 14"),
    # ---------------------------------------------------------------- total
    C(T, "bringing the total to N", "BY",
      "Belarus freed 18 more political prisoners on Friday, bringing the total released this "
      "year to 160.",
      "release reported BY BY unspecified 18", "release reported BY BY unspecified 160"),
    C(T, "bringing the total to N", "AF",
      "The Taliban freed 30 more government soldiers, pushing the number it has released "
      "past 500.",
      "release reported AF AF military 30", "release reported AF AF unspecified 501+",
      optional=("release reported AF AF military 501+",)),
    C(T, "combined, in total", "RU-UA",
      "Russia and Ukraine got back over 330 captives combined on Monday.",
      "exchange reported XX XX unspecified 331+", date=PAST_MON),
    C(T, "combined, in total", "AZ-AM",
      "Armenia and Azerbaijan freed 46 prisoners in total at the border.",
      "exchange reported XX XX unspecified 46"),
    C(T, "since the truce began", "Hamas-IL",
      "The number of Palestinians freed in swaps since the truce began has reached 117.",
      "exchange reported PS IL unspecified 117"),
    C(T, "since the invasion", "RU-UA",
      "Since the full-scale invasion, 4,300 Ukrainians have been freed from Russian captivity.",
      "exchange reported UA RU unspecified 4300", period=("2022-02-24", PUB)),
    C(T, "since a year: swaps and people", "RU-UA",
      "Since 2022, Russia and Ukraine have held 52 swaps, freeing about 3,000 soldiers on each "
      "side.",
      "exchange reported UA RU military 3000", "exchange reported RU UA military 3000",
      period=("2022-01-01", PUB)),
    C(T, "in the last N days", "CO",
      "In the past four days, the ELN has freed nine hostages.",
      "release reported CO CO unspecified 9"),
    C(T, "in the last N days", "AF",
      "Kabul has freed close to 360 Taliban prisoners over the last few days.",
      "release reported AF AF unspecified 360"),
    C(T, "N from several countries", "US-RU-DE",
      "A total of 24 prisoners from six countries were exchanged at Ankara airport on "
      "Thursday.",
      "exchange reported XX XX unspecified 24", date=THU),
    C(T, "N from several countries", "US-RU-DE-PL",
      "The swap involved 23 people from jails in the US, Germany, Poland, Russia and Belarus.",
      "exchange reported XX XX unspecified 23"),
    C(T, "over the past year", "PK-IN",
      "Pakistan has released some 900 Indian fishermen over the past year.",
      "release reported IN PK unspecified 900"),
    # ---------------------------------------------------------------- held
    C(HD, "remain in X custody", "AZ-AM",
      "Another 14 Armenian soldiers captured in the clash remain in Azerbaijani custody.",
      "held estimated AM AZ military 14", date=PUB),
    C(HD, "remain in X custody", "TH-KH",
      "Seventeen Cambodian troops remain in Thai hands.",
      "held estimated KH TH military 17", date=PUB),
    C(HD, "still languishing/detained in X jails", "PK-IN",
      "Around 250 Indian fishermen are still languishing in Pakistani jails.",
      "held estimated IN PK unspecified 250", date=PUB),
    C(HD, "still languishing/detained in X jails", "IN-PK",
      "Some 40 Pakistani fishermen are still detained in Indian prisons.",
      "held estimated PK IN unspecified 40", date=PUB),
    C(HD, "there are thought to be N still held", "Hamas-IL",
      "There are believed to be 98 hostages left in Gaza, 60 of whom are thought to be "
      "alive.",
      "held estimated IL PS unspecified 98",
      optional=("held estimated IL PS unspecified 60",), date=PUB),
    C(HD, "there are thought to be N still held", "BY",
      "There are thought to be about 1,300 political prisoners in Belarusian jails.",
      "held estimated BY BY unspecified 1300", date=PUB),
    C(HD, "X is estimated to be holding N", "Hamas-IL",
      "Hamas is believed to still hold 48 living hostages.",
      "held estimated IL PS unspecified 48", date=PUB),
    C(HD, "X is estimated to be holding N", "SD",
      "The RSF is thought to be holding some 2,000 army soldiers.",
      "held estimated SD SD military 2000", date=PUB),
    C(HD, "X has up to N captives", "ET",
      "The TPLF holds up to 8,000 army captives, officials in Addis Ababa say.",
      "held estimated ET ET military -8000", date=PUB),
    C(HD, "N of the M held", "Hamas-IL",
      "Only about 45 of the 110 hostages still in Gaza are thought to be alive.",
      "held estimated IL PS unspecified 110",
      optional=("held estimated IL PS unspecified 45",), date=PUB),
    C(HD, "N of the M held", "BY",
      "Lukashenko frees 35 of roughly 1,350 political prisoners",
      "release reported BY BY unspecified 35", "held estimated BY BY unspecified 1350"),
    C(HD, "N of the M held", "Hamas-IL-planned",
      "Hamas is to hand back at least 40 of the 230 captives it holds.",
      "release planned IL PS unspecified 40+", "held estimated IL PS unspecified 230"),
    C(HD, "yet to be freed", "CO",
      "At least 14 hostages are yet to be freed by the ELN, officials estimate.",
      "held estimated CO CO unspecified 14+", date=PUB),
    C(HD, "yet to be freed", "AZ-AM",
      "At least 30 Armenian prisoners have yet to be returned by Baku, Yerevan says.",
      "held estimated AM AZ unspecified 30+", date=PUB),
    C(HD, "out of the hundreds it holds", "BY",
      "Belarus will pardon 27 prisoners out of the hundreds it holds.",
      "release planned BY BY unspecified 27",
      optional=("held estimated BY BY unspecified 200+",)),
    C(HD, "a stock dated by the text", "AZ-AM",
      "Yerevan said in October that 47 Armenian prisoners were held by Baku.",
      "held estimated AM AZ unspecified 47"),
    C(HD, "was holding the remaining N", "TH-KH",
      "Thailand said it was holding the remaining 16 Cambodian soldiers until its inquiry ends.",
      "held estimated KH TH military 16"),
    # ---------------------------------------------------------------- status
    C(ST, "due to be freed", "Hamas-IL",
      "Hamas is due to free six hostages on Monday.",
      "release planned IL PS unspecified 6", date=MON),
    C(ST, "due to be freed", "YE-SA",
      "Sixty Houthi detainees held in Saudi Arabia are due to be flown to Sanaa on Monday.",
      "release planned YE SA unspecified 60", date=MON),
    C(ST, "set to hand back", "TH-KH",
      "Thailand is set to hand 22 Cambodian soldiers back on Monday.",
      "release planned KH TH military 22", date=MON),
    C(ST, "set to hand back", "AZ-AM",
      "Azerbaijan is set to free 15 Armenian detainees next week.",
      "release planned AM AZ unspecified 15"),
    C(ST, "will be releasing", "AF",
      "The Taliban will be releasing 25 government prisoners in Kandahar on Monday.",
      "release planned AF AF unspecified 25", date=MON),
    C(ST, "decided to release", "ET",
      "Tigray forces have decided to release 3,500 prisoners of war under an amnesty.",
      "release planned ET ET military 3500"),
    C(ST, "signalled readiness to, conditional", "TH-KH",
      "Bangkok signalled readiness to repatriate 16 Cambodian soldiers if Phnom Penh meets its "
      "conditions.",
      "release planned KH TH military 16"),
    C(ST, "should see X release N", "AZ-AM",
      "The swap should see Baku release 30 Armenians and Yerevan two Azerbaijani soldiers.",
      "exchange planned AM AZ unspecified 30", "exchange planned AZ AM military 2"),
    C(ST, "if X releases N (staged swap)", "Hamas-IL",
      "Israel will free another 120 Palestinian detainees if Hamas releases 40 more hostages.",
      "exchange planned PS IL unspecified 120", "exchange planned IL PS unspecified 40"),
    C(ST, "the N to be released", "Hamas-IL",
      "The 33 hostages to be released from Gaza in the first phase of the swap include "
      "women and children.",
      "exchange planned IL PS unspecified 33"),
    C(ST, "pledged to free", "PK-IN",
      "Pakistan pledged to free 220 Indian fishermen next week.",
      "release planned IN PK unspecified 220"),
    C(ST, "announced it would release", "YE-SA",
      "The coalition announced it would release 140 Houthi prisoners.",
      "release planned YE XX unspecified 140"),
    C(ST, "walked free", "SD",
      "Some 95 army soldiers held by the RSF walked free on Thursday.",
      "release reported SD SD military 95", date=THU),
    C(ST, "walked free", "SY",
      "About 70 detainees walked free from Syria's Sednaya prison under the amnesty on Friday.",
      "release reported SY SY unspecified 70", date=FRI),
    C(ST, "regained their freedom", "CD-RW",
      "Five Congolese soldiers who had been interned in Rwanda have regained their freedom.",
      "release reported CD RW military 5"),
    C(ST, "regained their freedom", "IN-PK",
      "Eleven Indian fishermen held in Pakistan regained their freedom on Thursday.",
      "release reported IN PK unspecified 11", date=THU),
    C(ST, "are coming home", "US-VE",
      '"Seven Americans held in Venezuela are coming home after the swap," Biden said.',
      "exchange reported US VE unspecified 7"),
    C(ST, "began to be released (under way)", "SY",
      "Hundreds of inmates started walking out of Syria's Adra prison on Friday under the "
      "amnesty.",
      optional=("release planned SY SY unspecified 200+",
                "release reported SY SY unspecified 200+")),
    # ---------------------------------------------------------------- direction
    C(D, "X got back N of its own from Y captivity", "RU-UA",
      "Russia got back 84 of its servicemen from Ukrainian captivity on Friday in a swap "
      "brokered by the UAE.",
      "exchange reported RU UA military 84", date=FRI),
    C(D, "X returned N of its own from Y-held territory", "RU-UA",
      "Russia has returned 172 servicemen from Kyiv-held territory, and 172 Ukrainian "
      "prisoners of war were transferred in exchange.",
      "exchange reported RU UA military 172", "exchange reported UA RU military 172"),
    C(D, "X received N POWs in exchange", "RU-UA",
      "Kyiv brought home 101 Ukrainian soldiers on Friday. Russia received 55 POWs in "
      "exchange.",
      "exchange reported UA RU military 101", "exchange reported RU UA military 55"),
    C(D, "X received N POWs in exchange", "AZ-AM",
      "Armenia got 32 of its soldiers back. Azerbaijan received two servicemen in return.",
      "exchange reported AM AZ military 32", "exchange reported AZ AM military 2"),
    C(D, "brought home", "US-RU",
      "Washington brought home three Americans jailed in Russia in the swap.",
      "exchange reported US RU unspecified 3"),
    C(D, "brought home", "UA-RU",
      "Kyiv brought home 176 former captives on Monday in a swap with Moscow.",
      "exchange reported UA RU unspecified 176", date=PAST_MON),
    C(D, "handed to the persons' own border force", "IN-PK",
      "Indian officials handed 73 Pakistani fishermen to the Pakistan Rangers at the Wagah "
      "crossing.",
      "release reported PK IN unspecified 73"),
    C(D, "handed to the persons' own border force", "PK-IN",
      "Pakistan handed 30 Indian fishermen over to India's Border Security Force on Friday.",
      "release reported IN PK unspecified 30", date=FRI),
    C(D, "handed to the ICRC by X", "CD",
      "Four army officers were handed to Red Cross delegates by the M23 on Friday.",
      "release reported CD CD military 4", date=FRI),
    C(D, "handed to the ICRC by X", "YE",
      "The Houthis released 150 detainees to the Red Cross in Sanaa on Saturday.",
      "release reported YE YE unspecified 150", date=PUB),
    C(D, "capitals as actors", "AZ-AM",
      "Baku handed six Armenian soldiers to Yerevan on Friday.",
      "release reported AM AZ military 6", date=FRI),
    C(D, "capitals as actors", "RU-UA",
      "Moscow handed 48 Ukrainian prisoners to Kyiv in return for 48 Russian soldiers.",
      "exchange reported UA RU unspecified 48", "exchange reported RU UA military 48"),
    C(D, "capitals as actors", "US-VE",
      "Caracas freed ten Americans, and Washington released a Maduro ally in return.",
      "exchange reported US VE unspecified 10"),
    C(D, "the swap freed N for M", "US-VE",
      "The swap freed six Americans for three Venezuelans.",
      "exchange reported US VE unspecified 6", "exchange reported VE US unspecified 3"),
    C(D, "the swap freed N for M", "AZ-AM",
      "The deal freed 24 Armenians for five Azerbaijanis.",
      "exchange reported AM AZ unspecified 24", "exchange reported AZ AM unspecified 5"),
    C(D, "flown out of X in a swap for N held in Y", "US-IR",
      "Four US citizens were flown out of Iran on Monday in a trade for four Iranians jailed "
      "in America.",
      "exchange reported US IR unspecified 4", "exchange reported IR US unspecified 4"),
    C(D, "flown out of X in a swap for N held in Y", "US-RU",
      "Two Americans were flown out of Moscow in a trade for a Russian held in Germany.",
      "exchange reported US RU unspecified 2"),
    C(D, "in exchange for the release of one named person", "US-VE",
      "Venezuela freed 10 Americans in return for Washington releasing a Maduro ally.",
      "exchange reported US VE unspecified 10"),
    C(D, "repatriated N to their country", "IL-LB",
      "Israel repatriated 14 Lebanese detainees to Lebanon through the ICRC.",
      "release reported LB IL unspecified 14"),
    C(CL, "a place phrase before the subject", "YE",
      "In Yemen, the Houthis released 40 detainees to the Red Cross.",
      "release reported YE YE unspecified 40"),
    C(CL, "a place phrase before the subject", "CO",
      "In Colombia, the ELN freed six hostages.",
      "release reported CO CO unspecified 6"),
    C(CL, "a place phrase before the subject", "NG",
      "In Nigeria, gunmen freed 30 pupils.",
      "release reported NG NG unspecified 30"),
    C(DT, "a day not carried into the next story", "BY/RU-UA",
      "Belarus pardoned 19 political prisoners, state media said on Friday. Elsewhere, Russia "
      "and Ukraine exchanged 150 prisoners each.",
      "release reported BY BY unspecified 19", "exchange reported UA RU unspecified 150",
      "exchange reported RU UA unspecified 150", date=None),
    C(DT, "a day not carried into the next story", "PK-IN/TH-KH",
      "Pakistan freed 20 Indian fishermen, officials said on Friday. In a separate move, "
      "Thailand handed back four Cambodian soldiers.",
      "release reported IN PK unspecified 20", "release reported KH TH military 4", date=None),
    # ---------------------------------------------------------------- third reading
    C(HD, "N or M (a range)", "CO",
      "The ELN still holds four or five hostages, the army said.",
      "held estimated CO CO unspecified 4-5", date=PUB),
    C(HD, "N or M (a range)", "Hamas-IL",
      "Hamas still holds 12 or 13 Israeli hostages, officials believe.",
      "held estimated IL PS unspecified 12-13", date=PUB),
    C(SP, "purpose infinitive: to free N, X released M", "US-RU",
      "To free four Americans, Washington released a Russian arms dealer.",
      "exchange reported US RU unspecified 4"),
    C(SP, "purpose infinitive: to free N, X released M", "AM-AZ",
      "To secure the release of 12 Armenian soldiers, Yerevan handed two Azerbaijani "
      "servicemen back to Baku.",
      "exchange reported AM AZ military 12", "exchange reported AZ AM military 2"),
    C(SP, "purpose infinitive: to free N, X released M", "UA-RU",
      "To bring home 140 Ukrainians, Kyiv handed over 48 people to Russia.",
      "exchange reported UA RU unspecified 140", "exchange reported RU UA unspecified 48"),
    C(SP, "the same number handed to the other side", "RU-UA",
      "Some 250 Russian servicemen were brought back from Ukraine on Friday. The same number "
      "went to the Ukrainian side.",
      "exchange reported RU UA military 250",
      optional=("exchange reported UA RU military 250", "exchange reported UA RU unspecified 250")),
    C(SP, "the same number handed to the other side", "UA-RU",
      "Some 310 Ukrainian defenders came home on Friday. The same number of Russian soldiers "
      "were handed back to Moscow.",
      "exchange reported UA RU military 310",
      optional=("exchange reported RU UA military 310",)),
    C(B, "a bulleted list by rank", "RU-UA",
      "Ukraine handed 61 people over to Russia in the swap:\n- 2 senior officers;\n- 14 junior "
      "officers;\n- 45 privates and sergeants.",
      "exchange reported RU UA unspecified 61",
      optional=("exchange reported RU UA military 2", "exchange reported RU UA military 14",
                "exchange reported RU UA military 45")),
    C(B, "a bulleted list by rank", "AZ-AM",
      "Azerbaijan freed 19 Armenians on Friday:\n- 12 soldiers;\n- 7 civilians.",
      "release reported AM AZ unspecified 19",
      optional=("release reported AM AZ military 12", "release reported AM AZ civilian 7")),
    C(T, "over N days starting on <day>", "RU-UA",
      "Over three days starting on Wednesday, 860 Russian servicemen and 140 civilians came home "
      "in the swap.",
      "exchange reported RU UA military 860", "exchange reported RU UA civilian 140",
      period=(WED, FRI)),
    C(T, "over N days starting on <day>", "YE",
      "Over two days starting on Thursday, the Houthis freed 150 government soldiers and 60 "
      "civilians under the swap.",
      "exchange reported YE YE military 150", "exchange reported YE YE civilian 60",
      period=(THU, FRI)),
    C(T, "N per N over a span", "RU-UA",
      "From Monday to Wednesday, Russia and Ukraine exchanged 500 per 500 prisoners.",
      "exchange reported UA RU unspecified 500", "exchange reported RU UA unspecified 500",
      period=(PAST_MON, WED)),
    C(T, "N per N over a span", "AZ-AM",
      "Between Sunday and Tuesday, Armenia and Azerbaijan swapped 30 per 30 detainees.",
      "exchange reported AM AZ unspecified 30", "exchange reported AZ AM unspecified 30",
      period=("2024-03-03", "2024-03-05")),
    # ---------------------------------------------------------------- fourth reading
    C(H, "two clauses with a semicolon", "Hamas-IL",
      "All 17 living hostages freed; over 1,800 Palestinian prisoners released in swap",
      "exchange reported IL PS unspecified 17", "exchange reported PS IL unspecified 1801+"),
    C(H, "two clauses with a semicolon", "AZ-AM",
      "Azerbaijan frees 12 Armenian soldiers; Armenia hands back 3 Azerbaijanis in swap",
      "exchange reported AM AZ military 12", "exchange reported AZ AM unspecified 3"),
    C(CL, "N, then M with one noun", "Hamas-IL",
      "Hamas first released six, then eleven hostages on Monday.",
      "release reported IL PS unspecified 6", "release reported IL PS unspecified 11",
      date=PAST_MON),
    C(CL, "N, then M with one noun", "UA-RU",
      "Ukraine got back first 40, then 65 soldiers from Russia in Tuesday's swap.",
      "exchange reported UA RU military 40", "exchange reported UA RU military 65",
      date="2024-03-05"),
    C(CL, "the object after the day", "Hamas-IL",
      "Hamas freed on Monday the 18 remaining Israeli hostages in return for 1,700 "
      "Palestinian prisoners.",
      "exchange reported IL PS unspecified 18", "exchange reported PS IL unspecified 1700",
      date=PAST_MON),
    C(CL, "the object after the day", "AZ-AM",
      "Baku freed on Friday the last nine Armenian soldiers it held.",
      "release reported AM AZ military 9", date=FRI),
    C(B, "of those freed, N were …", "Hamas-IL",
      "Hamas freed 20 hostages in exchange for 1,750 Palestinian prisoners. Of the Palestinians "
      "freed, 1,500 had been detained during the fighting in Gaza.",
      "exchange reported IL PS unspecified 20", "exchange reported PS IL unspecified 1750",
      optional=("exchange reported PS IL unspecified 1500",)),
    C(B, "of those freed, N were …", "BY",
      "Belarus freed 52 prisoners on Friday. Of those freed, 14 were foreigners.",
      "release reported BY BY unspecified 52",
      optional=("release reported XX BY unspecified 14",), date=FRI),
    C(ST, "has begun releasing (under way)", "Hamas-IL",
      "In exchange, Israel has started freeing about 1,800 Palestinian prisoners.",
      "exchange planned PS IL unspecified 1800"),
    C(ST, "has begun releasing (under way)", "YE",
      "The Houthis have begun freeing some 400 detainees under the swap.",
      "exchange planned YE YE unspecified 400"),
    C(X, "ages as a range, youngest and oldest", "UA-RU",
      "The first group was made up of wounded soldiers and troops between 18 and 25 years old."),
    C(X, "ages as a range, youngest and oldest", "UA",
      "The youngest of the freed defenders is 23 and the oldest 61."),
    C(X, "all but N of M", "Hamas-IL",
      "All but 45 of the 250 hostages have since been released in earlier deals.",
      optional=("held estimated IL PS unspecified 45",)),
    C(X, "all but N of M", "NG",
      "All but 12 of the 60 abducted pupils have been freed.",
      optional=("held estimated NG NG unspecified 12",)),
    # ---------------------------------------------------------------- lead
    C(L, "swap with each side's own figures and a quote", "RU-UA",
      "Russia and Ukraine swapped prisoners on Wednesday, a week after a planned exchange was "
      "called off. Both sides said about 190 prisoners each had been freed, though their "
      'figures differed. "Our people are home, 194 of them," Zelensky wrote. Russia\'s defence '
      "ministry said 190 Ukrainian servicemen had been handed over in return for 190 Russian "
      "troops.",
      "exchange reported UA RU unspecified 190", "exchange reported RU UA unspecified 190",
      "exchange reported UA RU unspecified 194", "exchange reported UA RU military 190",
      "exchange reported RU UA military 190"),
    C(L, "swap with each side's own figures and a quote", "AZ-AM",
      "Azerbaijan freed 28 Armenian soldiers and Armenia freed three Azerbaijani soldiers on "
      "Wednesday, Baku's commission on prisoners said. The exchange took place on the border "
      "in the Gazakh district. Yerevan said in December that 52 Armenians were still held by "
      "Baku, among them nine civilians.",
      "exchange reported AM AZ military 28", "exchange reported AZ AM military 3",
      "held estimated AM AZ unspecified 52",
      optional=("held estimated AM AZ civilian 9",)),
    C(L, "swap with ages and terms around it", "Hamas-IL",
      "Hamas freed three hostages in Gaza on Saturday while Israel released 183 Palestinian "
      "prisoners and detainees in return. The swap, arranged by Egyptian and Qatari mediators, "
      "kept the ceasefire alive. Among the Palestinians freed was a 68-year-old man from Hebron "
      "who had served 30 years. The truce's second phase would see talks on the remaining "
      "living hostages.",
      "exchange reported IL PS unspecified 3", "exchange reported PS IL unspecified 183",
      date=PUB),
    C(L, "swap with ages and terms around it", "US-VE",
      "A swap approved by the White House freed five Americans held in Venezuela for two "
      "Venezuelans jailed in the United States. The governments announced the trade in "
      "near-simultaneous statements on Saturday. Four of the five Americans were oil executives "
      "who had been jailed since 2018. Caracas said the release of the two men followed talks "
      "that began in March.",
      "exchange reported US VE unspecified 5", "exchange reported VE US unspecified 2",
      optional=("exchange reported US VE unspecified 4",)),
    C(L, "release, its breakdown and the stock left", "BY",
      "Belarusian leader Alexander Lukashenko has pardoned 23 people convicted over the 2020 "
      "protests, state media said on Friday. The exiled opposition welcomed the move but said "
      "none of the best-known prisoners were on the list. State media said nine women and 14 "
      "men had been pardoned. Rights groups say about 1,250 political prisoners remain behind "
      "bars in Belarus.",
      "release reported BY BY unspecified 23", "held estimated BY BY unspecified 1250",
      optional=("release reported BY BY unspecified 9", "release reported BY BY unspecified 14")),
    C(L, "release, its breakdown and the stock left", "IN-PK",
      "Pakistan handed 92 Indian fishermen to India's Border Security Force at Wagah on Sunday. "
      "The move came days after India released 60 Pakistani prisoners as a goodwill gesture. "
      "Some 200 Indian fishermen are still held in Pakistani jails, while about 70 Pakistanis "
      "remain in Indian prisons. Pakistan has freed some 1,000 Indian fishermen and 40 boats "
      "over the past year.",
      "release reported IN PK unspecified 92", "release reported PK IN unspecified 60",
      "held estimated IN PK unspecified 200", "held estimated PK IN unspecified 70",
      "release reported IN PK unspecified 1000"),
    C(L, "release with distances, deaths and a claim", "SD",
      "The Red Cross said it had helped free 88 Sudanese army soldiers held by the Rapid Support "
      "Forces. The soldiers walked free on Wednesday and were taken by bus to Wad Madani, 160 km "
      "south of Khartoum. The war has killed more than 5,000 people and displaced 3 million. The "
      "RSF says it has captured hundreds of soldiers since April.",
      "release reported SD SD military 88",
      optional=("held estimated SD SD military 200+",)),
    C(L, "release with distances, deaths and a claim", "TH-KH",
      "Thailand returned two wounded Cambodian soldiers on Friday ahead of border talks. The two "
      "were handed over at a checkpoint linking Surin and Oddar Meanchey, Cambodia's defence "
      "ministry said. Another 18 Cambodian troops captured after the ceasefire remain in Thai "
      "custody. The five-day conflict killed at least 40 people.",
      "release reported KH TH military 2", "held estimated KH TH military 18",
      optional=("release reported KH TH unspecified 2",)),
    C(L, "figures disputed between the parties", "YE",
      "On Friday the Saudi-led coalition said it had sent 110 freed captives back to Yemen "
      "in cooperation with the ICRC. The Red Cross reported it had completed the return of "
      "104 detainees from Saudi Arabia. The Houthis said only 95 of those freed were their "
      "members and rejected the rest.",
      "release reported YE XX unspecified 110", "release reported YE SA unspecified 104",
      optional=("release reported YE XX unspecified 95", "release reported YE SA unspecified 95",
                "release reported YE YE unspecified 95")),
    C(L, "figures disputed between the parties", "ET",
      "The TPLF said on Friday it was releasing 3,900 Ethiopian soldiers captured in its "
      "offensive in Afar and Amhara. It said 350 of them were women. Addis Ababa said most of "
      "those freed were civilians the group had abducted. The group also claims to hold "
      "thousands of Eritrean prisoners of war.",
      "release planned ET ET military 3900",
      optional=("release planned ET ET military 350", "release planned ET ET unspecified 350",
                "held estimated ER ET military 2000+")),
    C(L, "an estimate story", "Hamas-IL",
      "US officials believe as few as 40 of the hostages still in Gaza are alive. Israel thinks "
      "105 hostages remain in the Strip, including the bodies of at least 30. The army has "
      "confirmed the deaths of 33 captives. Talks on a deal to free them have stalled.",
      "held estimated IL PS unspecified 105",
      optional=("held estimated IL PS unspecified 40", "held estimated IL PS unspecified -40"),
      date=PUB),
    C(L, "an estimate story", "CO",
      "Colombia's ELN released three soldiers it had held for 12 days, handing them to a "
      "humanitarian commission in Choco. The three had been captured on November 7 while on "
      "patrol. The government said the ELN still holds at least 20 hostages.",
      "release reported CO CO military 3", "held estimated CO CO unspecified 20+"),
    C(L, "a deal's terms and what is done so far", "AF",
      "The Taliban said Sunday it would release 20 government prisoners it has been holding, the "
      "first step under its deal with Washington. The deal calls for Kabul to free up to 4,500 "
      "Taliban prisoners in exchange for up to 900 government captives. The government has "
      "freed 300 Taliban prisoners under the swap since Wednesday.",
      "exchange planned AF AF unspecified 20", "exchange planned AF AF unspecified -4500",
      "exchange planned AF AF unspecified -900", "exchange reported AF AF unspecified 300"),
    C(L, "a deal's terms and what is done so far", "US-RU-DE",
      "Twenty-four prisoners held in seven countries were freed in Ankara on Thursday in the "
      "biggest swap since the Cold War. Russia released 15 of them, including three Americans "
      "and four Germans. In return, eight Russians held in the West were flown to Moscow.",
      "exchange reported XX XX unspecified 24", "exchange reported XX RU unspecified 15",
      "exchange reported RU XX unspecified 8",
      optional=("exchange reported US RU unspecified 3", "exchange reported DE RU unspecified 4")),
    C(L, "a round-up of several conflicts", "AZ-AM/RU-UA/YE",
      "In other news, Azerbaijan freed 11 Armenian soldiers on Friday. Elsewhere, Russia and "
      "Ukraine exchanged 150 prisoners each. In Yemen, the Houthis released 40 detainees to the "
      "Red Cross.",
      "release reported AM AZ military 11", "exchange reported UA RU unspecified 150",
      "exchange reported RU UA unspecified 150", "release reported YE YE unspecified 40"),
    C(L, "a round-up of several conflicts", "TH-KH/SD/BY",
      "Thailand handed seven Cambodian soldiers back on Friday. In Sudan, the RSF freed 60 army "
      "soldiers. Belarus, meanwhile, pardoned 19 political prisoners.",
      "release reported KH TH military 7", "release reported SD SD military 60",
      "release reported BY BY unspecified 19"),
    # ---------------------------------------------------------------- trap
    C(X, "bodies in a swap's shape", "RU-UA",
      "Russia handed over 900 bodies of Ukrainian soldiers. In return, it received the "
      "remains of 23 of its own troops."),
    C(X, "bodies in a swap's shape", "UA-RU",
      "Ukraine received the bodies of 500 fallen defenders on Friday, and Russia got 40."),
    C(X, "bodies in a swap's shape", "Hamas-IL",
      "Hamas returned the bodies of four hostages, and Israel handed back 45 Palestinian "
      "bodies in return."),
    C(X, "a list of names", "Hamas-IL",
      "Israel put 250 Palestinian prisoners on a list of those who may be freed."),
    C(X, "a list of names", "SY",
      "Activists shared a list of 35 names of people held in Sednaya."),
    C(X, "a patrol's size", "TH-KH",
      "The others from the 20-member Cambodian patrol are still in Thai hands."),
    C(X, "a rate per day", "Hamas-IL",
      "The pause gains one more day for each batch of 10 hostages freed."),
    C(X, "planes and flights", "US-RU-DE",
      "The prisoners were flown in on six planes, two of them American."),
    C(X, "planes and flights", "YE-SA",
      "Two flights left Abha for Sanaa and a third flew to Aden."),
    C(X, "counts of swaps and ordinals", "RU-UA",
      "Last week Kyiv and Moscow carried out three prisoner swaps."),
    C(X, "counts of swaps and ordinals", "CO",
      "It was the ELN's third hostage release in five days."),
    C(X, "ages in apposition", "US-IR",
      "Karim Tavassoli, 51, spent eight years in Evin prison."),
    C(X, "ages in apposition", "TH-KH",
      "The 24-year-old soldier was handed back at the border crossing."),
    C(X, "sentence lengths", "US-RU",
      "The dissident had been sentenced to 25 years in a penal colony before the swap."),
    C(X, "money in the deal", "US-IR",
      "The deal also unfroze $6 billion of Iranian funds held in South Korea."),
    C(X, "arrests and abductions", "BY",
      "Over 30,000 people were detained in the crackdown that followed the vote."),
    C(X, "arrests and abductions", "NG",
      "Last month, gunmen seized 44 pupils from a school in Katsina state.",
      optional=("held estimated NG NG unspecified 44",)),
    C(X, "deaths in captivity", "Hamas-IL",
      "Forty hostages are thought to have died while held in Gaza."),
    C(X, "deaths in captivity", "RU-UA",
      "Moscow says the downed plane, which crashed killing everyone aboard, carried 62 "
      "Ukrainian prisoners of war."),
    C(X, "fighters' strength", "CO",
      "The ELN is thought to number about 2,500 fighters."),
    C(X, "aid trucks and durations", "Hamas-IL",
      "The four-day pause lets 200 aid trucks into Gaza each day."),
    # ---------------------------------------------------------------- second reading
    C(H, "infinitive: planned, figure without noun", "MM",
      "Myanmar junta to free nearly 5,500 in annual amnesty",
      "release planned MM MM unspecified 5500"),
    C(H, "infinitive: planned, figure without noun", "BY",
      "Belarus to release 40 more under new pardon",
      "release planned BY BY unspecified 40"),
    C(H, "participle: N Y freed by X welcomed", "IL-LB",
      "Four detainees freed by Israel greeted in Beirut",
      "release reported LB IL unspecified 4"),
    C(H, "participle: N Y freed by X welcomed", "CO",
      "Twelve soldiers freed by ELN welcomed home in Cauca",
      "release reported CO CO military 12"),
    C(SP, "a negated swap, then the figure", "UA-RU",
      '"Nobody was swapped," the ombudsman said. 120 Ukrainian civilians came back '
      "from Russia without conditions.",
      "release reported UA RU civilian 120"),
    C(SP, "a negated swap, then the figure", "AZ-AM",
      "Baku stressed there had been no swap. It freed eight Armenian civilians unilaterally.",
      "release reported AM AZ civilian 8"),
    C(SP, "the holder named before, 'also to be released'", "MM",
      "Myanmar's junta pardoned 5,800 prisoners on Friday. Another 40 foreigners were also to "
      "be freed and expelled.",
      "release reported MM MM unspecified 5800", "release planned XX MM unspecified 40"),
    C(N, "the release of N as well as M", "MM",
      "Myanmar's junta announced the release of 1,200 prisoners as well as 3,900 detainees "
      "facing protest charges.",
      "release reported MM MM unspecified 1200", "release reported MM MM unspecified 3900"),
    C(N, "the release of N as well as M", "BY",
      "Belarus freed 16 political prisoners as well as two foreign citizens on Friday.",
      "release reported BY BY unspecified 16", "release reported XX BY unspecified 2", date=FRI),
    C(A, "estimated the number of Y at N", "RU-UA",
      "A Russian channel estimated the number of Russian POWs in Ukraine at about 1,150.",
      "held estimated RU UA military 1150"),
    C(A, "estimated the number of Y at N", "ET",
      "Aid groups estimated the number of soldiers held by the TPLF at 6,000.",
      "held estimated ET ET military 6000"),
    C(HD, "X holds N Y: breakdown", "IL-LB",
      "Israel is holding 14 Lebanese nationals: nine Hezbollah fighters, four civilians and "
      "one soldier.",
      "held estimated LB IL unspecified 14",
      optional=("held estimated LB IL military 9", "held estimated LB IL civilian 4",
                "held estimated LB IL military 1"),
      date=PUB),
    C(HD, "X holds N Y: breakdown", "Hamas-IL",
      "Hamas holds 130 hostages: 110 Israelis and 20 foreigners.",
      "held estimated XX PS unspecified 130",
      optional=("held estimated IL PS unspecified 110", "held estimated XX PS unspecified 20"),
      date=PUB),
    C(HD, "residents of a region remain in X custody", "RU-UA",
      "About 30 Kursk residents remain in Ukrainian custody.",
      "held estimated RU UA unspecified 30", date=PUB),
    C(ST, "was to free / were to be released", "CO",
      "Colombia's ELN was to free four soldiers on Monday, the church said.",
      "release planned CO CO military 4", date=MON),
    C(ST, "was to free / were to be released", "TH-KH",
      "Eleven Cambodian soldiers were to be released by Thailand on Monday.",
      "release planned KH TH military 11", date=MON),
    C(ST, "totalling N from each side (planned)", "RU-UA",
      "Russia and Ukraine agreed to free all wounded prisoners, totalling more than 800 from "
      "each side.",
      "exchange planned UA RU unspecified 801+", "exchange planned RU UA unspecified 801+"),
    C(ST, "totalling N from each side (planned)", "AZ-AM",
      "Armenia and Azerbaijan agreed to free all remaining detainees, totalling 40 from each "
      "side.",
      "exchange planned AM AZ unspecified 40", "exchange planned AZ AM unspecified 40"),
    C(ST, "hedge: could be freed", "SY",
      "Up to 2,000 Syrian prisoners could be freed under the decree, the monitor said.",
      "release planned SY SY unspecified -2000"),
    C(ST, "hedge: could be freed", "SY-vague",
      "Tens of thousands of detainees could be released under the decree.",
      optional=("release planned SY SY unspecified 20000+",)),
    C(ST, "reportedly (status unchanged)", "RU-UA",
      "Russia reportedly handed over 90 Ukrainian soldiers on Friday.",
      "release reported UA RU military 90", date=FRI),
    C(ST, "reportedly (status unchanged)", "Hamas-IL",
      "Hamas has reportedly agreed to free 33 hostages.",
      "release planned IL PS unspecified 33"),
    C(ST, "outside the swap: a day after it", "YE",
      "The coalition freed 90 Houthi prisoners on Monday, a day after a swap with the "
      "government ended.",
      "release reported YE XX unspecified 90", date=PAST_MON),
    C(ST, "outside the swap: a day after it", "AZ-AM",
      "Azerbaijan freed six more Armenian soldiers on Friday, two days after the swap, as a "
      "goodwill gesture.",
      "release reported AM AZ military 6", date=FRI),
    C(DT, "day without 'on' (AP style)", "YE",
      "The Houthis freed 118 detainees Saturday, the ICRC said.",
      "release reported YE YE unspecified 118", date=PUB),
    C(DT, "day without 'on' (AP style)", "AZ-AM",
      "Armenia handed back three Azerbaijani soldiers Thursday.",
      "release reported AZ AM military 3", date=THU),
    C(DT, "yesterday", "PK-IN",
      "Pakistan freed 45 Indian fishermen yesterday.",
      "release reported IN PK unspecified 45", date=FRI),
    C(DT, "a calendar date", "AZ-AM",
      "Azerbaijan handed 14 Armenian soldiers back on March 7.",
      "release reported AM AZ military 14", date=THU),
    C(DT, "a calendar date", "RU-UA",
      "Ukraine got 95 soldiers back from Russia on 5 March in a swap.",
      "exchange reported UA RU military 95", date="2024-03-05"),
    C(DT, "the day's possessive ('Thursday's swap')", "RU-UA",
      "Thursday's swap brought 140 Ukrainian soldiers home from Russian captivity.",
      "exchange reported UA RU military 140", date=THU),
    C(DT, "the day's possessive ('Thursday's swap')", "AZ-AM",
      "Friday's handover by Baku returned 12 Armenian soldiers to Yerevan.",
      "release reported AM AZ military 12", date=FRI),
    C(DT, "earlier this week (no day)", "SD",
      "The RSF freed 80 army soldiers earlier this week.",
      "release reported SD SD military 80", date=None),
    C(DT, "said <day> that it had (statement's day)", "RU-UA",
      "Russia and Ukraine said Wednesday they had each swapped 160 prisoners.",
      "exchange reported UA RU unspecified 160", "exchange reported RU UA unspecified 160",
      date=None),
    C(DT, "said <day> that it had (statement's day)", "AZ-AM",
      "Baku said Friday it had freed 19 Armenian soldiers.",
      "release reported AM AZ military 19", date=None),
    C(X, "things that are no people", "MM",
      "The junta also dropped charges against 29 actors in hiding."),
    C(X, "things that are no people", "MM-seats",
      "The ruling party has taken 71 of the 80 seats declared so far."),
]  # fmt: skip

AXES = (H, SP, N, CL, A, B, T, HD, ST, D, DT, L, X)
