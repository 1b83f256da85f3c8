"""A third catalogue of English constructions, drawn from how real news reports captives.

The first two catalogues (tests/constructions_en.py, tests/test_constructions_slavic.py) were
written from knowledge of the language. This one was written after reading some ninety
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
|             | "decided to", "signalled readiness", "expected to involve X releasing N",     |
|             | "if X releases N", "pledged", "walked free", "regained their freedom"          |
| direction   | who gave and who got: "X returned N of its servicemen from Y captivity" (its   |
|             | own), "X received N POWs in exchange", "brought home", capitals as actors,     |
|             | "to the ICRC" / "to the Rangers", "the swap freed N for M", "flown out of X"   |
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

H, SP, N, CL, A, B, T, HD, ST, D, X = (
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
      "The Taliban released 25 government soldiers in Ghazni on Thursday. The release was "
      "part of a phased prisoner swap with Kabul.",
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
      "In the swap, 15 captives were handed over to Azerbaijan and 48 to Armenia.",
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
      "The deal provides for Israel's release of 150 Palestinian women and minors in "
      "exchange for 50 hostages held in Gaza.",
      "exchange planned PS IL unspecified 150", "exchange planned IL PS unspecified 50"),
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
      "The RSF released 300 army soldiers who had been held in Khartoum and El Fasher.",
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
      "The Houthi prisoners committee said 118 of its members were freed by Saudi Arabia, "
      "not 150.",
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
      "The RSF claims to have detained hundreds of army soldiers since April.",
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
      "India repatriated 15 Pakistani prisoners on Friday. They include six civilians and "
      "nine fishermen.",
      "release reported PK IN unspecified 15",
      optional=("release reported PK IN civilian 6", "release reported PK IN unspecified 9"),
      date=FRI),
    C(B, "they include A and B", "CO",
      "The ELN freed six hostages on Sunday, including two police officers and four "
      "civilians.",
      "release reported CO CO unspecified 6",
      optional=("release reported CO CO unspecified 2", "release reported CO CO civilian 4")),
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
      "Since the full-scale invasion, 4,300 Ukrainians have been returned home from Russian "
      "captivity.",
      "exchange reported UA RU unspecified 4300", period=("2022-02-24", PUB)),
    C(T, "since a year: swaps and people", "RU-UA",
      "Since 2022, Russia and Ukraine have held 52 swaps, freeing about 3,000 soldiers on each "
      "side.",
      "exchange reported UA RU military 3000", "exchange reported RU UA military 3000",
      period=("2022-01-01", PUB)),
    C(T, "in the last N days", "CO",
      "The ELN has now freed nine hostages in the past four days.",
      "release reported CO CO unspecified 9"),
    C(T, "in the last N days", "AF",
      "The Afghan government has released nearly 360 Taliban prisoners in the past few days.",
      "release reported AF AF unspecified 360"),
    C(T, "N from several countries", "US-RU-DE",
      "A total of 24 prisoners from six countries were exchanged at Ankara airport on "
      "Thursday.",
      "exchange reported XX XX unspecified 24", date=THU),
    C(T, "N from several countries", "US-RU-DE-PL",
      "The swap involved 26 people from jails in the US, Germany, Poland, Russia and Belarus.",
      "exchange reported XX XX unspecified 26"),
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
      "There are thought to be about 1,300 political prisoners behind bars in Belarus.",
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
      "Belarus will pardon 29 prisoners out of the hundreds it holds.",
      "release planned BY BY unspecified 29",
      optional=("held estimated BY BY unspecified 200+",)),
    C(HD, "a stock dated by the text", "AZ-AM",
      "Yerevan said in November that 55 Armenian prisoners were held by Baku.",
      "held estimated AM AZ unspecified 55"),
    C(HD, "was holding the remaining N", "TH-KH",
      "Thailand said it was holding the remaining 18 Cambodian soldiers until its inquiry ends.",
      "held estimated KH TH military 18"),
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
    C(ST, "expected to involve X releasing N", "AZ-AM",
      "The swap is expected to involve Azerbaijan releasing 30 Armenians and Armenia two "
      "Azerbaijani soldiers.",
      "exchange planned AM AZ unspecified 30", "exchange planned AZ AM military 2"),
    C(ST, "if X releases N (staged swap)", "Hamas-IL",
      "Israel will free another 150 Palestinian detainees if Hamas releases 50 more hostages.",
      "exchange planned PS IL unspecified 150", "exchange planned IL PS unspecified 50"),
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
      "Four army officers were handed over to the ICRC by the M23 on Friday.",
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
      "Israel published a list of 250 Palestinian prisoners eligible for release."),
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
      "He was the fourth hostage freed by the ELN in less than a week."),
    C(X, "ages in apposition", "US-IR",
      "Karim Tavassoli, 51, spent eight years in Evin prison."),
    C(X, "ages in apposition", "TH-KH",
      "The 22-year-old soldier was handed back at the border crossing."),
    C(X, "sentence lengths", "US-RU",
      "The dissident had been sentenced to 25 years in a penal colony before the swap."),
    C(X, "money in the deal", "US-IR",
      "The deal also unfroze $6 billion of Iranian funds held in South Korea."),
    C(X, "arrests and abductions", "BY",
      "More than 30,000 people were arrested in the crackdown after the election."),
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
]  # fmt: skip

AXES = (H, SP, N, CL, A, B, T, HD, ST, D, X)
