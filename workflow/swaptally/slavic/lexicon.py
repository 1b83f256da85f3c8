"""The Russian and Ukrainian vocabulary (lexicon/slavic/<lang>.yaml) as lookup tables."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from swaptally.yaml_words import load_words

__all__ = ["LANGS", "SlavicLexicon", "Word", "load_lexicon", "user_lexicon"]

LANGS = ("ru", "uk")
_DIR = Path(__file__).resolve().parent.parent / "lexicon" / "slavic"


@dataclass(frozen=True, slots=True)
class Word:
    """What the vocabulary says of one word form (looked up once per form and lexicon)."""

    actor: str | None  # ISO code of an actor its lemma names
    demonym: str | None  # ISO code of the people its lemma names
    category: str | None  # captive noun category
    verb: str | None  # verb class (get, give, free, come_back, exchange, held, release_only)
    number: int | float | None  # value of a number word ("полтора": 1.5)
    scale: int | None  # тысяча, мільйон
    month: int | None
    weekday: int | None


_NO_WORD = Word(None, None, None, None, None, None, None, None)


def _first(lemmas: tuple[str, ...], table: dict) -> object:
    return next((table[w] for w in lemmas if w in table), None)


@dataclass(frozen=True, slots=True)
class SlavicLexicon:
    lang: str
    names: dict[str, str]  # lemma → ISO code of an actor named by it
    demonyms: dict[str, str]  # lemma → ISO code of the people it names
    regions: dict[str, str]  # lemma of a region's or city's name → ISO code of its state
    region_nouns: frozenset[str]  # "область": the noun after a region's adjective
    roles: dict[str, str]  # ISO code → party | venue | mediator | organisation
    opponents: dict[str, str]  # ISO code of an armed group's place → the state it fights
    civil_war: frozenset[str]  # ISO codes of nations whose swaps are between their own sides
    possessive: frozenset[str]
    category: dict[str, str]  # counted noun lemma → military | civilian | unspecified
    not_captives: frozenset[str]
    verbs: dict[str, str]  # lemma → get | give | come_back | exchange | release_only | held
    captivity: frozenset[str]
    planned: frozenset[str]
    modal: frozenset[str]  # a plan when an infinitive follows ("мають повернутися")
    managed: frozenset[str]  # "удалось", "вдалося": a side got its own people
    reciprocal: frozenset[str]  # "обменяться": the parties exchange with each other
    own_prisoners: frozenset[str]  # "политзаключенный": a state's own people it holds
    inmates: frozenset[str]  # "заключенный": freed where a state holds them, its own
    foreigners: frozenset[str]  # "иностранец": not all of them the state's own
    deal: frozenset[str]  # "сделка", "угода": a swap's deal
    hostages: frozenset[str]  # "заложник", "заручник": taken by an armed group
    political: frozenset[str]  # "политзаключенный", "политический": a stock with no verb
    custody: frozenset[str]  # "тюрьма", "в'язниця": people in one are held
    controlled: frozenset[str]  # "подконтрольный": the actor after it names a territory
    relative: frozenset[str]  # "который", "який": a relative clause starts
    earlier: frozenset[str]
    speech: frozenset[str]
    taken: frozenset[str]  # "задержать", "затримати": people taken, not freed
    listed: frozenset[str]  # "список", "перелік": a figure right after counts a list's names
    kin: frozenset[str]  # "мать", "батько": a figure right after counts a parent's children
    relatives: frozenset[str]  # "родственник", "родич": people, unless of captives named after
    mediation: frozenset[str]  # "посредничество": the state named after it mediates
    minors: frozenset[str]  # "ребенок", "дитина": no captives when joined to a group before
    deported: frozenset[str]  # "депортировать": children so told are taken, not returned
    last_week: frozenset[str]  # "прошлый", "минулий" before a weekday: never today
    lasting: frozenset[str]  # "продлится", "протягом": an operation told to last …
    day_units: frozenset[str]  # … so many days ("три дня", "кількох діб")
    day_spans: dict[str, int]  # "трехдневный", "триденний": an operation of so many days
    ordinal_days: dict[str, int]  # "второй" (день): that day of an operation
    began: frozenset[str]  # "начался", "розпочався": an operation begun on the day named
    stages: frozenset[str]  # "этап", "день" after an ordinal: a stage of an operation
    completed: frozenset[str]  # "завершить": an operation (or its last stage) done
    happened: frozenset[str]  # "состояться": negated after a plan, the plan came to nothing
    phrases: dict[str, tuple[tuple[str, ...], ...]]  # cue name → word sequences (surface)
    qualifiers: dict[tuple[str, ...], tuple[str, int]]  # words → (qualifier, add to low)
    qualifier_ends: dict[str, list[tuple[tuple[str, ...], str, int]]]  # by their last word
    numbers: dict[str, int | float]
    scales: dict[str, int]
    vague: dict[str, int]  # a plural with no number (surface) → its smallest reading
    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    holidays: dict[
        str, list[tuple[tuple[str, ...], int, int]]
    ]  # by first word: (words, month, day)
    year_words: frozenset[str]
    grammar: dict[str, frozenset[str]]  # function words by role (see the YAML)
    default_parties: tuple[str, ...]
    # the side of the default parties' war whose people an armed group's fighters are
    # ("бойовики" of the DPR and LPR: RU, as the corpus codes them)
    militants_side: str | None
    home: str | None  # whose people "наш" means when no speaker is named
    since_start: datetime.date | None  # the day "since the start of the war" counts from

    # word forms already looked up: id of their (shared, never freed) analysis → (it, Word)
    seen: dict[int, tuple[object, Word]] = field(default_factory=dict, compare=False)
    # word forms as written → (lower-cased form, its analysis, its Word), filled by tokens()
    forms: dict[str, tuple] = field(default_factory=dict, compare=False)
    # of `planned`, the verbs that also mean "carry" ("перенесли в автобусы 20 раненых")
    carry: frozenset[str] = frozenset()
    # verbs of sending ("направить", "відправити"): they hand over only captives (find_verb)
    sent: frozenset[str] = frozenset()
    # nouns that name people held ("пленный", "заручник"): what a verb of sending may hand over
    captive_nouns: frozenset[str] = frozenset()
    # units of time and measure ("15 месяцев", "5 лет"): a figure they follow counts them
    measures: frozenset[str] = frozenset()
    # "выйти", "вийти": freed when "на свободу", "на волю" (phrases "freedom") stand by it
    goes_free: frozenset[str] = frozenset()
    # "ехать", "їхати": come back when "домой", "додому" (phrases "homeward") stand by it
    goes_home: frozenset[str] = frozenset()
    # after "без"/"без будь-яких", what a swap asks in return ("без встречных условий", "без
    # обмена", "без будь-яких умов"): people freed so are freed one-sidedly
    in_return_asked: frozenset[str] = frozenset()
    # a war's nouns and the noun of its start ("с начала войны", "від початку вторгнення"):
    # a total counted since the war began, in any wording (dates._since_war)
    war_nouns: frozenset[str] = frozenset()
    war_start: frozenset[str] = frozenset()

    def ordinal(self, lemmas: tuple[str, ...]) -> int | None:
        """The number of the day an ordinal names, read among all of a word's lemmas, not only
        its likeliest ("першого": перше, a noun, before перший), or None."""
        days = self.ordinal_days
        return next((days[w] for w in lemmas if w in days), None)

    def is_party(self, code: str | None) -> bool:
        return code is not None and self.roles.get(code) == "party"

    def word(self, ordered: tuple[str, ...], key: object) -> Word:
        """The vocabulary's reading of a word form whose lemmas are `ordered` (likeliest
        first: one order, whatever the hash seed) and whose analysis is `key`."""
        got = self.seen.get(id(key))
        if got is not None:
            return got[1]
        lemmas = ordered
        w = Word(
            _first(lemmas, self.names), _first(lemmas, self.demonyms),  # type: ignore[arg-type]
            _first(lemmas, self.category), _first(lemmas, self.verbs),  # type: ignore[arg-type]
            _first(lemmas, self.numbers), _first(lemmas, self.scales),  # type: ignore[arg-type]
            _first(lemmas, self.months), _first(lemmas, self.weekdays),  # type: ignore[arg-type]
        )  # fmt: skip
        if w == _NO_WORD:
            w = _NO_WORD
        if len(self.seen) < 500_000:  # bounded like the analyses it is keyed by
            self.seen[id(key)] = (key, w)  # holding `key` keeps its id from being reused
        return w


def _amount(value: object) -> int | float:
    """A number word's value: whole, or a half ("полтора" 1.5, a figure only with a scale)."""
    number = float(value)  # type: ignore[arg-type]
    return int(number) if number.is_integer() else number


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(phrase.lower().replace("\u2019", "'").split())


def _merge(base: dict, extra: dict) -> None:
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            _merge(base[key], value)
        elif isinstance(value, list) and isinstance(base.get(key), list):
            base[key] = base[key] + [v for v in value if v not in base[key]]
        else:
            base[key] = value


def _build(lang: str, data: dict) -> SlavicLexicon:
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    regions: dict[str, str] = {}
    roles: dict[str, str] = {}
    opponents: dict[str, str] = {}
    civil_war: set[str] = set()
    for code, actor in (data.get("actors") or {}).items():
        roles[code] = actor.get("role", "party")
        if actor.get("civil_war"):
            civil_war.add(code)
        if actor.get("opponent"):
            opponents[code] = actor["opponent"]
        names.update({w.lower(): code for w in actor.get("names") or []})
        demonyms.update({w.lower(): code for w in actor.get("demonyms") or []})
        # the people of its cities and regions are its people ("семеро закарпатцев")
        demonyms.update({w.lower(): code for w in actor.get("local_demonyms") or []})
        regions.update({w.lower(): code for w in actor.get("regions") or []})
        # a city's people are named as a region's are ("защитников Мариуполя")
        regions.update({w.lower(): code for w in actor.get("cities") or []})
        regions.update({w.lower(): code for w in actor.get("origins") or []})
    cues = data["cues"]
    # relatives are people counted (unspecified), listed once among the cues
    category = {w: "unspecified" for w in cues.get("relatives") or []}
    category.update({w: cat for cat, ws in data["nouns"].items() for w in ws})
    verbs = {w: kind for kind, ws in data["verbs"].items() if kind != "captivity" for w in ws}
    phrases = {
        name: tuple(_words(p) for p in cues.get(name) or [])
        for name in (
            "total",
            "mutual",
            "among",
            "reverse",
            "since_start",
            "amount",
            "year_start",
            "last_year",
            "past_year",
            "month_start",
            "release_only",
            "goodwill",
            "in_return",
            "same_day",
            "next_day",
            "then_day",
            "earlier_phrases",
            "also",
            "custody_phrases",
            "freedom",
            "at_liberty",
            "homeward",
        )
    }
    qualifiers = {_words(k): (v[0], int(v[1])) for k, v in data["qualifiers"].items()}
    ends: dict[str, list[tuple[tuple[str, ...], str, int]]] = {}
    for words, (qual, add) in qualifiers.items():
        ends.setdefault(words[-1], []).append((words, qual, add))
    return SlavicLexicon(
        lang=lang,
        names=names,
        demonyms=demonyms,
        regions=regions,
        region_nouns=frozenset(data.get("region_nouns") or []),
        roles=roles,
        opponents=opponents,
        civil_war=frozenset(civil_war),
        possessive=frozenset(data.get("possessive") or []),
        category=category,
        not_captives=frozenset(data.get("not_captives") or []),
        verbs=verbs,
        captivity=frozenset(data["verbs"].get("captivity") or []),
        planned=frozenset(cues["planned"]),
        modal=frozenset(cues.get("modal") or []),
        carry=frozenset(cues.get("carry") or []),
        sent=frozenset(cues.get("sent") or []),
        captive_nouns=frozenset(cues.get("captive_nouns") or []),
        measures=frozenset(cues.get("measures") or []),
        goes_free=frozenset(cues.get("goes_free") or []),
        goes_home=frozenset(cues.get("goes_home") or []),
        in_return_asked=frozenset(cues.get("in_return_asked") or []),
        war_nouns=frozenset(cues.get("war_nouns") or []),
        war_start=frozenset(cues.get("war_start") or []),
        managed=frozenset(cues.get("managed") or []),
        reciprocal=frozenset(cues.get("reciprocal") or []),
        own_prisoners=frozenset(cues.get("own_prisoners") or []),
        inmates=frozenset(cues.get("inmates") or []),
        foreigners=frozenset(cues.get("foreigners") or []),
        deal=frozenset(cues.get("deal") or []),
        hostages=frozenset(cues.get("hostages") or []),
        political=frozenset(cues.get("political") or []),
        custody=frozenset(cues.get("custody") or []),
        controlled=frozenset(cues.get("controlled") or []),
        relative=frozenset(cues.get("relative") or []),
        earlier=frozenset(cues["earlier"]),
        speech=frozenset(cues.get("speech") or []),
        taken=frozenset(cues.get("taken") or []),
        listed=frozenset(cues.get("listed") or []),
        kin=frozenset(cues.get("kin") or []),
        relatives=frozenset(cues.get("relatives") or []),
        mediation=frozenset(cues.get("mediation") or []),
        minors=frozenset(cues.get("minors") or []),
        deported=frozenset(cues.get("deported") or []),
        last_week=frozenset(cues.get("last_week") or []),
        lasting=frozenset(cues.get("lasting") or []),
        day_units=frozenset(cues.get("day_units") or []),
        day_spans={
            k.replace("\u2019", "'"): int(v) for k, v in (cues.get("day_spans") or {}).items()
        },
        ordinal_days={
            k.replace("\u2019", "'"): int(v) for k, v in (cues.get("ordinal_days") or {}).items()
        },
        began=frozenset(cues.get("began") or []),
        stages=frozenset(cues.get("stages") or []),
        completed=frozenset(cues.get("completed") or []),
        happened=frozenset(cues.get("happened") or []),
        phrases=phrases,
        qualifiers=qualifiers,
        qualifier_ends=ends,
        numbers={k.replace("\u2019", "'"): _amount(v) for k, v in data["numbers"].items()},
        scales={k: int(v) for k, v in data["scales"].items()},
        vague={k: int(v) for k, v in (data.get("vague") or {}).items()},
        months=data["months"],
        weekdays=data["weekdays"],
        relative_days=data["relative_days"],
        holidays=_holidays(data.get("holidays") or {}),
        year_words=frozenset(data["year_words"]),
        grammar={k: frozenset(str(w) for w in v) for k, v in data["grammar"].items()},
        default_parties=tuple(data.get("default_parties") or ()),
        militants_side=data.get("militants_side"),
        home=data.get("home"),
        since_start=data.get("since_start_date"),
    )


def _holidays(data: dict) -> dict[str, list[tuple[tuple[str, ...], int, int]]]:
    """Holidays on a fixed day, indexed by their first word (surface, lower case)."""
    out: dict[str, list[tuple[tuple[str, ...], int, int]]] = {}
    for name, (month, day) in data.items():
        words = _words(name)
        out.setdefault(words[0], []).append((words, int(month), int(day)))
    return out


def _package_data(lang: str) -> dict:
    if lang not in LANGS:
        raise ValueError(f"no Slavic lexicon for language {lang!r}")
    return load_words((_DIR / f"{lang}.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=8)
def load_lexicon(lang: str, extra: Sequence[str | Path] = ()) -> SlavicLexicon:
    """The packaged vocabulary of `lang` ("ru" or "uk"), user files of the same format on top."""
    data = _package_data(lang)
    for path in extra:
        _merge(data, load_words(Path(path).read_text(encoding="utf-8")) or {})
    return _build(lang, data)


# user sections already built: (lang, id of the section) → (the section, its lexicon); the
# section is held so its id is never reused while the entry lives
_USER: dict[tuple[str, int], tuple[dict, SlavicLexicon]] = {}


def user_lexicon(lang: str, sections: dict | None) -> SlavicLexicon:
    """The packaged vocabulary of `lang` with a user lexicon's `slavic:` section on top.

    A user's lexicon file (`--lexicon`, config `lexicons:`) is one YAML for every
    language: its `slavic: {ru: …, uk: …}` entries have the format of lexicon/slavic/
    <lang>.yaml and are merged on top of the package's, as the English entries are merged
    on top of lexicon/*.yaml. `sections` is that `slavic:` mapping (None: none given);
    each distinct mapping is built once.
    """
    own = (sections or {}).get(lang)
    if not own:
        return load_lexicon(lang)
    key = (lang, id(own))
    got = _USER.get(key)
    if got is None or got[0] is not own:
        data = _package_data(lang)
        _merge(data, own)
        got = _USER[key] = (own, _build(lang, data))
    return got[1]
