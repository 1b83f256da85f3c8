"""Sentences → counted facts (see FACTS.md).

Pipeline per document: split sentences; keep only sentences with a figure (digit,
number word or vague plural) and a people word (cheap prefilter); in those, find the
figures (numbers.py), keep the ones whose noun phrase counts people, and fill the
fields from cues scoped to the figure's clause. Document context supplies what a
sentence leaves out: the two parties of the swap, the last actor named (pronouns),
the speaker of a quote, the first day of a multi-day swap.

The lexicon (actors, people nouns, cue words) is data in lexicon/*.yaml; a user can
merge files of the same format on top with `load_lexicon([...])`.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from swaptally.dates import DateMention, find_dates, find_period, ordinal_day
from swaptally.numbers import Quantity, find_quantities
from swaptally.sentences import sentence_spans
from swaptally.slavic import extract_slavic, slavic_lang

__all__ = ["Fact", "Lexicon", "extract_facts", "load_lexicon"]


@dataclass(frozen=True, slots=True)
class Fact:
    kind: str  # exchange | release | held
    status: str  # reported | planned | estimated
    persons_of: str  # ISO alpha-2 or "XX"
    held_by: str | None  # ISO alpha-2, "XX" or None
    category: str  # military | civilian | unspecified
    low: int | None
    high: int | None
    qualifier: str  # exact | range | approx | at_least | at_most | vague
    date: datetime.date | None
    period_start: datetime.date | None
    period_end: datetime.date | None
    said_by: str | None
    sentence_no: int  # 0-based index of the sentence in the text
    sentence: str  # the sentence text
    span_start: int  # text[span_start:span_end] is the figure as written
    span_end: int
    rule: str  # name of the rule that produced it


# ---------------------------------------------------------------- lexicon

_PACKAGE_DIR = Path(__file__).with_name("lexicon")


def _alternation(phrases: Iterable[str]) -> str:
    """Phrases → one regex alternation, factored as a trie (re tries alternatives one by one)."""
    return _trie_re(_trie_of(phrases))


def _trie_of(phrases: Iterable[str]) -> dict:
    trie: dict = {}
    for p in set(phrases):
        node = trie
        for tok in _tokens(p):
            node = node.setdefault(tok, {})
        node[""] = {}
    return trie


def _tokens(phrase: str) -> list[str]:
    """A phrase as regex tokens: one per character, a space/'~'/'*' as its own piece."""
    star = phrase.endswith("*")
    core = phrase[:-1] if star else phrase
    out: list[str] = []
    for i, word in enumerate(core.split()):
        if i:
            out.append(r"\s+")
        if word == "~":
            out.append(r"[\w'’-]+")
            continue
        out.extend("['’]" if c in "'’" else re.escape(c) for c in word)
    if star:
        out.append(r"[\w-]*")
    return out


def _trie_re(node: dict) -> str:
    ends = "" in node
    branches = [tok + _trie_re(child) for tok, child in sorted(node.items()) if tok]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # longer matches first: the empty ending is tried last, as an optional group
    return f"(?:{body})?" if ends else body


def _first_chars(phrases: Iterable[str], fold: bool) -> str:
    """A lookahead on the first characters of `phrases`: big alternations fail fast."""
    chars = {p[0] for p in phrases if p}
    if fold:
        chars |= {c.swapcase() for c in chars}
    if not chars or "~" in chars or "'" in chars:
        return ""
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"


def _words_re(phrases: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    phrases = list(phrases)
    alt = _alternation(phrases) or r"(?!x)x"
    head = _first_chars(phrases, bool(flags & re.IGNORECASE))
    return re.compile(rf"(?<![\w]){head}(?:{alt})(?![\w])", flags)


def _merge(base: dict, extra: dict) -> None:
    """Merge `extra` into `base`: dicts recursively, lists appended without duplicates."""
    for key, value in (extra or {}).items():
        if isinstance(value, dict):
            _merge(base.setdefault(key, {}), value)
        elif isinstance(value, list):
            have = base.setdefault(key, [])
            have.extend(v for v in value if v not in have)
        else:
            base[key] = value


@dataclass
class Lexicon:
    """Lexicon data plus the regexes compiled from it."""

    data: dict
    actor_code: dict[str, tuple[str, bool]] = field(default_factory=dict)
    actor_re: re.Pattern[str] = field(init=False)
    noun_re: re.Pattern[str] = field(init=False)
    noun_lower_re: re.Pattern[str] = field(init=False)
    np_re: re.Pattern[str] = field(init=False)  # figure → its people noun
    were_np_re: re.Pattern[str] = field(init=False)  # "70 were Mariupol defenders"
    demonym_noun_re: re.Pattern[str] = field(init=False)  # "90 Palestinian" at a cut
    np_lower_re: re.Pattern[str] = field(init=False)
    were_np_lower_re: re.Pattern[str] = field(init=False)
    demonym_noun_lower_re: re.Pattern[str] = field(init=False)
    noun_category: dict[str, str] = field(default_factory=dict)
    cue: dict[str, re.Pattern[str]] = field(default_factory=dict)
    cue_lower: dict[str, re.Pattern[str]] = field(default_factory=dict)
    role_hints: tuple[str, ...] = ()
    begun_hints: tuple[str, ...] = ()  # a gate before the "started" cue (its longest words)
    people_demonyms: frozenset[str] = frozenset()  # "foreign prisoners": a demonym + noun
    _seen: dict = field(default_factory=dict, repr=False)  # memo of actor() lookups
    _wild: list = field(default_factory=list, repr=False)  # (pattern, category) of "~" nouns
    _cat_seen: dict = field(default_factory=dict, repr=False)  # memo of category()
    _speaker_seen: dict = field(default_factory=dict, repr=False)  # memo of speaker codes

    def __post_init__(self) -> None:
        self._compile_actors()
        # plural demonyms count people ("30 Eritreans were freed"); singular ones are adjectives
        for name, (_, is_demonym) in self.actor_code.items():
            if is_demonym and name.endswith("s"):
                self.noun_category[name] = "unspecified"
        cats = self.data.get("categories", {})
        for cat in ("unspecified", "civilian", "military"):  # more specific wins
            for noun in cats.get(cat, []) or []:
                self.noun_category[_norm(noun)] = cat
        listed = {_norm(n) for nouns in cats.values() for n in nouns or []}
        self.people_demonyms = frozenset(
            n
            for n, (_, is_demonym) in self.actor_code.items()
            if is_demonym and " " in n and n.rsplit(" ", 1)[1] in listed
        )
        wild = [(n, c) for n, c in self.noun_category.items() if "~" in n]
        self._wild = [(re.compile(_trie_re(_trie_of([n]))), c) for n, c in wild]
        self.noun_re = _words_re(self.noun_category)
        self.noun_lower_re = _words_re(self.noun_category, 0)  # for lower-cased text
        nouns = _first_chars(self.noun_category, True) + (
            "(?:" + (_alternation(self.noun_category) or r"(?!x)x") + ")"
        )
        self.np_re = re.compile(
            r"\s*(?:-\s*)?(?:(?:of|among)\s+(?:(?P<poss>the|their|its|his|her|our|these|those)"
            rf"\s+)?)?{_GAP}(?P<noun>{nouns})(?![\w])(?!\s+(?:exchanges?|swaps?|deals?|releases?)\b)"
            rf"(?:(?:\s+and|\s+or|\s*,)\s+(?:{_GAP})(?P<noun2>{nouns})(?![\w]))?",
            re.IGNORECASE,
        )
        demonyms = [n for n, (_, d) in self.actor_code.items() if d]
        self.demonym_noun_re = re.compile(
            rf"\s+(?:{_alternation(demonyms) or '(?!x)x'})(?:['’]s)?"
            r"(?=\s*$|\s+(?:detained|held|jailed|imprisoned|who)\b)",
            re.IGNORECASE,
        )
        self.were_np_re = re.compile(
            rf"\s+(?:were|are)\s+(?:all\s+)?{_GAP}(?P<noun>{nouns})(?![\w])", re.IGNORECASE
        )
        # the same patterns without IGNORECASE, for lower-cased text (much faster)
        self.np_lower_re = re.compile(self.np_re.pattern)
        self.were_np_lower_re = re.compile(self.were_np_re.pattern)
        self.demonym_noun_lower_re = re.compile(self.demonym_noun_re.pattern)
        triggers = self.data.get("triggers", {}) or {}
        # a substring of each mediator-role phrase (its longest word): a gate before the regex
        roles = triggers.get("non_party_roles") or []
        self.role_hints = tuple(
            {
                max(str(p).split()[::-1], key=len).rstrip("*").lower()
                for p in roles
                if str(p).split()
            }
        )
        started = triggers.get("started") or []
        self.begun_hints = tuple(
            {
                max(str(p).split()[::-1], key=len).rstrip("*").lower()
                for p in started
                if str(p).split()
            }
        )
        groups = {name: list(words or []) for name, words in triggers.items()}
        # unions, to rule a whole family of cues out with one search (most figures have none)
        for name, parts in _CUE_UNIONS.items():
            groups[name] = [w for p in parts for w in groups.get(p, [])]
        for name, words in groups.items():
            self.cue[name] = _words_re(words)
            # the same, case-sensitive, for lower-cased text: markedly faster than IGNORECASE
            self.cue_lower[name] = _words_re([w.lower() for w in words], 0)

    def _compile_actors(self) -> None:
        for code, entry in (self.data.get("actors", {}) or {}).items():
            entry = entry or {}
            for kind, is_demonym in (("names", False), ("demonyms", True)):
                for name in entry.get(kind, []) or []:
                    name = str(name)
                    self.actor_code[_norm(name)] = (str(code), is_demonym)
                    if name.startswith("the "):
                        self.actor_code[_norm("The " + name[4:])] = (str(code), is_demonym)
        names = _original_names(self.data)
        names += ["The " + n[4:] for n in names if n.startswith("the ")]
        self.actor_re = _words_re(names, 0)

    def category(self, noun: str) -> str:
        cat = self._cat_seen.get(noun)
        if cat is None:
            cat = self._cat_seen[noun] = self._category(noun)
        return cat

    def _category(self, noun: str) -> str:
        key = _norm(noun)
        cat = self.noun_category.get(key)
        if cat is None:  # a phrase with "~" wildcards: "members of the ~ regiment"
            cat = next((c for rx, c in self._wild if rx.fullmatch(key)), "unspecified")
        return cat

    def actor(self, name: str) -> tuple[str, bool] | None:
        """(code, is_demonym) for a matched actor name."""
        hit = self._seen.get(name, _MISSING)
        if hit is _MISSING:
            hit = self._seen[name] = self.actor_code.get(_norm(name))
        return hit


def _original_names(data: dict) -> list[str]:
    out = []
    for entry in (data.get("actors", {}) or {}).values():
        for kind in ("names", "demonyms"):
            out.extend(str(n) for n in (entry or {}).get(kind, []) or [])
    return out


def _norm(s: str) -> str:
    return " ".join(s.replace("’", "'").split()).lower()


_CUE_UNIONS = {
    "any_stock": ("held", "estimated"),
    "any_plan": ("planned", "planned_governing", "planned_after"),
    "any_kind": ("swap_verb", "release_only"),
}
_CACHE: dict[tuple[str, ...], Lexicon] = {}
_MISSING = object()


def load_lexicon(extra: Sequence[str | Path] = ()) -> Lexicon:
    """The package lexicon with the user YAML files in `extra` merged on top, in order."""
    key = tuple(str(Path(p).resolve()) for p in extra)
    if key in _CACHE:
        return _CACHE[key]
    data: dict = {}
    for path in sorted(_PACKAGE_DIR.glob("*.yaml")):
        _merge(data, yaml.safe_load(path.read_text(encoding="utf-8")) or {})
    for path in extra:
        _merge(data, yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {})
    lex = Lexicon(data)
    _CACHE[key] = lex
    return lex


# ---------------------------------------------------------------- patterns

_NUM_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|thousand|million|dozen|dozens|hundreds|thousands|scores|millions"
)
# prefilter: a figure of some kind
_DIGIT_RE = re.compile(r"\d")
_NUMWORD_LOWER_RE = re.compile(rf"\b(?=[otfsenhdm])(?:{_NUM_WORDS})\b")
# words allowed between a figure and its people noun ("307 captive Ukrainian soldiers")
_STOP = (
    r"on|in|at|from|to|for|were|was|are|is|have|has|had|and|or|by|with|who|that|which|said|"
    r"says|the|a|an|as|since|after|before|during|into|will|would|be|been|being|than|per|of|"
    r"killed|dead|died|days?|weeks?|months?|years?|hours?|times|this|these|those|it|they|he|she"
)
_GAP = rf"(?:(?!(?:{_STOP})\b)[A-Za-z][\w'’.-]*\s+(?:(?:and|or)\s+(?=[a-zA-Z]))?){{0,3}}?"
_EACH_AFTER_RE = re.compile(
    r"\s*(?:(?:prisoners|people|captives|detainees|POWs)\s+)?(?:each|apiece)\b(?!\s+other)"
    r"|\s+(?:\w+\s+){0,3}?(?:on|from|for|by|to)\s+(?:each|both|either)\s+sides?\b",
    re.IGNORECASE,
)
_FOR_N_RE = re.compile(r"\s*-?\s*for\s*-?\s*(?:\d|one\b|a\b)", re.IGNORECASE)
_FOR_N_BEFORE_RE = re.compile(r"\d\s*-?\s*for\s*-?\s*$", re.IGNORECASE)
_VERB_AFTER_RE = re.compile(
    r"\s+(?:more\s+|others?\s+|of\s+them\s+|of\s+whom\s+)?(?:people\s+)?"
    r"(?:were|have\s+been|had\s+been|has\s+been|was|are|will\s+be|would\s+be|to\s+be|being|"
    r"had|have|were\s+also|have\s+also|are\s+now|is)\s+(?:\w+\s+){0,2}?"
    r"(?:released|freed|returned|exchanged|swapped|handed|transferred|brought|repatriated|"
    r"liberated|taken|held|home|received|set\s+free|rescued|included|among|back|captured|"
    r"detained|abducted|kidnapped|arrested|serving|sentenced|convicted)\b"
    r"|\s+(?:serving|sentenced|convicted|jailed|detained|arrested)\b"
    r"|\s+of\s+(?:those|them|whom)\s+(?:released|freed|returned|exchanged)\b"
    r"|\s+(?:returned|came|went|arrived|got)\s+(?:home|back)\b",
    re.IGNORECASE,
)
_VERB_BEFORE_RE = re.compile(
    r"(?:exchang|swap|releas|free|return|receiv|handed\s+over|hand\s+over|handing\s+over|"
    r"bring(?:ing)?\s+home|brought\s+home|bringing\s+back|brought\s+back|trad|repatriat|"
    r"liberat)\w*\s+(?:another\s+|a\s+further\s+|an\s+additional\s+|the\s+)?$",
    re.IGNORECASE,
)
_NUMBER_OF_RE = re.compile(r"\b(?:number|figure|tally|count)\s+of\b", re.IGNORECASE)
_RATE_BEFORE_RE = re.compile(r"\b(?:every|each|per)\s+$", re.IGNORECASE)
_RATE_AFTER_RE = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:for|per)\s+(?:each|every)\b", re.IGNORECASE)
_URL_RE = re.compile(r"\b(?:https?://|www\.)\S+|\S+\.(?:com|org|net|html?)\S*", re.IGNORECASE)
_PARTITIVE_RE = re.compile(
    r"\s+of\s+the\s+(?:(?:approximately|around|some|nearly|about|estimated|roughly|over)\s+)?$",
    re.IGNORECASE,
)
_OF_THE_PREFIX_RE = re.compile(r"^\s*(?:Of|Among)\s+(?:the|those)\b[^,]*,", re.IGNORECASE)
_TWO_PARTY_SUBJ_RE = re.compile(
    r"\b(?:the\s+two\s+(?:sides|countries|nations)|both\s+(?:sides|countries|nations)"
    r"|(?P<a>[A-Z][\w'’.-]+)(?:\s+and|,)\s+(?P<b>[A-Z][\w'’.-]+))\s+(?:\w+\s+){0,6}?"
    r"(?i:exchang|swap|freed|free|releas|trad|return|handed|carried\s+out)",
)
_DEATH_RE = re.compile(
    r"\b(?:killed|killing|dead|died|die|deaths?|death\s+toll|injuring|wounding|executed|"
    r"casualties|homeless|displaced|evacuated|population|cheered|protest\w*|gathered|"
    r"attended|voted|lost|missing\s+in\s+action|bodies|remains|buried)\b",
    re.IGNORECASE,
)
_DEATH_AFTER_RE = re.compile(
    r"\s*(?:(?!and\b|or\b)[\w'’-]+\s+){0,3}?(?:killed|dead|died|die|executed|injured|"
    r"wounded|buried|homeless|displaced|evacuated|cheered|protest\w*|gathered|attended|"
    r"voted|lost|missing|bodies|remains|corpses)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK_RE = re.compile(
    r"(?=[;:()\u2013\u2014\[\],\-wbWB])(?:[;:()\u2013\u2014\[\]]|(?<=\s)-(?=\s)"
    r"|,(?=\s)(?!\s+(?:including|among|of\s+whom|mostly|mainly|many|all|some|most)\b)"
    r"|\b(?:while|whereas|but)\b)",
)
_EACH_RE = re.compile(
    r"(?=[ebtmrEBTMR])(?:\beach\b(?!\s+(?:other|and|of|person|one|day|year|time|stage|week|month|case|prisoner\b))"
    r"|\b(?:both|each|either|the\s+two)\s+(?:sides|side|countries|parties|nations)\b"
    r"|\bmutual\b|\breciprocal\b)",
    re.IGNORECASE,
)
_DOC_DATE = datetime.date.min  # marker: "use the document's event day"
_NOT_EVENT_DAY_RE = re.compile(r"\b(?:after|before|since|until|till|by)\s+(?:the\s+)?$", re.I)
_CAPTURE_DAY_RE = re.compile(
    r"\b(?:taken|captured|abducted|kidnapped|seized|arrested|detained|held|jailed|sentenced)\s+"
    r"(?:[\w-]+\s+)?(?:on|in|since)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_HYPOTHETICAL_RE = re.compile(r"\b(?:could|might|may)\s+(?:\w+\s+)?(?:be\s+)?", re.IGNORECASE)
_SWAP_LINK_RE = re.compile(
    r"\b(?:in\s+exchange\s+for|in\s+return\s+for|exchanged\s+for|swapped\s+for|traded\s+for|"
    r"for)\b",
    re.IGNORECASE,
)
_SWAPPED_OBJECT_RE = re.compile(
    r"\b(?:(?:exchange|swap|transfer)\s+of|exchanged|swapped|involving|to\s+transfer)"
    r"\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_SWAPPED_SUBJECT_RE = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:were|have\s+been|had\s+been|was|are)\s+(?:\w+\s+)?"
    r"(?:exchanged|swapped)\b|\s+(?:\w+\s+){0,3}?(?:in|during)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:swap|exchange)\b",
    re.IGNORECASE,
)
_TAKE_HINTS = ("took", "seiz", "abduct", "kidnap", "captur", "hold")  # gates _TAKE_BEFORE_RE
_TAKE_BEFORE_RE = re.compile(
    r"\b(?:took|seized|abducted|kidnapped|captured|are\s+holding|is\s+holding|holds|hold)\s+$",
    re.IGNORECASE,
)
_SUBGROUP_RE = re.compile(
    r"\s+of\s+the\s+(?:returned|released|freed|exchanged|swapped|repatriated)\b", re.IGNORECASE
)
_DESTINATION_RE = re.compile(
    r"\b(?:returned|sent|repatriated|transferred|brought\s+back|relocated|flown|went)\s+"
    r"(?:home\s+|back\s+)?to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_INCLUDING_RE = re.compile(r"\bincluding\b", re.IGNORECASE)
_OF_WHOM_RE = re.compile(r"\s+of\s+(?:whom|them)\b", re.IGNORECASE)
_LITERAL_EACH_RE = re.compile(r"\beach\b", re.IGNORECASE)
_LIST_BEFORE_RE = re.compile(r"\b(?:names|list|lists|ages)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_HEADLINE_TO_RE = re.compile(
    r"^(?:[A-Z][\w'’.-]*,?\s+){1,4}to\s+(?:trade|swap|release|free|exchange|return|hand)\b"
)
_REALIZED_RE = re.compile(
    r"\b(?:released|freed|exchanged|swapped|returned|handed\s+over|received|were|was|"
    r"have\s+been|has\s+been|had\s+been|took\s+place|completed|achieved|bringing|brought)\b",
    re.IGNORECASE,
)
_RECEIVE_BEFORE_RE = re.compile(
    r"\b(?:receiv\w+|got\s+back|getting\s+back|welcom\w+)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
_COORD_RE = re.compile(
    r"^\s*(?:,\s*|and\s+|,\s*and\s+|as\s+well\s+as\s+|plus\s+|,?\s*including\s+|"
    r",?\s*among\s+them\s+|,?\s*of\s+whom\s+|—\s*|-\s*)(?:some\s+|about\s+|another\s+)?$",
    re.IGNORECASE,
)
_HOLDER_BEFORE_RE = re.compile(
    r"(?:held|kept|detained|captured|imprisoned|jailed|holding|taken|seized|abducted|kidnapped)"
    r"\s+(?:captive\s+|hostage\s+)?"
    r"(?:by|in)\s+(?:the\s+)?$|(?:controlled|occupied|run)\s+by\s+(?:the\s+)?$"
    r"|(?:released|freed|handed\s+over|returned|freed\s+from\s+captivity)\s+by\s+(?:the\s+)?$"
    r"|captivity\s+(?:of|in)\s+(?:the\s+)?$|custody\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_HOLDER_HINT_RE = re.compile(r"\b(?:by|in|of)\s+(?:the\s+)?$")
_HOLDER_AFTER_RE = re.compile(
    r"(?:['’]s)?\s*(?:-|\s)(?:controlled|held|occupied)\b"
    r"|(?:['’]s)?\s+(?:captivity|prisons?|jails?|custody|detention|prison\s+service|"
    r"penitentiary|captors|lockups?|detention\s+cent(?:er|re)s?)\b",
    re.IGNORECASE,
)
_RELEASER_AFTER_RE = re.compile(
    r"(?:['’]s\s+\w+(?:\s+\w+)?)?\s+(?:has\s+|have\s+|had\s+|also\s+|on\s+\w+\s+|then\s+|"
    r"is\s+|was\s+|will\s+|would\s+|to\s+|is\s+expected\s+to\s+|was\s+expected\s+to\s+|"
    r"are\s+expected\s+to\s+|agreed\s+to\s+|plans\s+to\s+|said\s+it\s+(?:had\s+|would\s+|was\s+|is\s+)?|"
    r"\w+ed\s+to\s+|says\s+it\s+(?:is\s+|has\s+)?|said\s+they\s+(?:had\s+|would\s+|were\s+)?)*"
    r"(?:release[sd]?|releasing|free[sd]?|freeing|handed\s+over|hands?\s+over|handing\s+over|"
    r"set\s+free|transferred|returned\s+to\s+\w+|trade[sd]?|trading|swap(?:s|ped)?|"
    r"holds?|holding|has|have|had|is\s+holding|are\s+holding|exchange[sd]?|took|seized|"
    r"captured|abducted|kidnapped)\b",
    re.IGNORECASE,
)
_RECEIVER_AFTER_RE = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+|also\s+|on\s+\w+\s+|said\s+it\s+had\s+|said\s+it\s+)*"
    r"(?:received|receives|receiving|got\s+back|got|gets|welcomed|brought\s+home|bringing\s+home|"
    r"brought\s+back|secured\s+the\s+release|returned\s+home|repatriated)\b",
    re.IGNORECASE,
)
# a gate before _SPEECH_RE: each speech verb contains one of these
_SPEECH_HINTS = ("said", "says", "told", "stated", "tweeted", "announced", "added", "reported")
_SPEECH_HINTS += ("wrote", "confirmed", "noted", "posted", "ccording")
_SPEECH_RE = re.compile(  # first letters factored out: re tries alternatives one by one
    r"\b(?=[satrwcnpA])(?:sa(?:id|ys)|stated|t(?:old|weeted)|a(?:nnounced|dded)|reported|wrote|"
    r"confirmed|noted|posted|(?P<acc>[Aa]ccording\s+to))\b"
)
# the speaker right before a speech verb: "Russia's defence ministry (on Saturday) said"
_WHO_FRONT_RE = re.compile(
    r"(?P<who>(?:the\s+|The\s+)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,6}?)"
    r"(?:\s+(?:on\s+\w+day|also|later|earlier|further|separately))?"
)
_WHO_TAIL_RE = re.compile(r"\s+(?:on|in|at|also|of|for|the)$")
_WHO_AFTER_RE = re.compile(r"\s+(?P<who>(?:[A-Z][\w'’.-]*\s*){1,5})")
_WHO_ACCORDING_RE = re.compile(
    r"\s+(?P<who>(?:the\s+|The\s+)?[\w'’.-]+(?:\s+(?:of\s+|for\s+|the\s+)?[A-Za-z][\w'’.-]*){0,6}?)"
    r"(?=\s*[,.;:\u201d\"]|\s+(?:said|says|on|in|at|as|which|who|that|and)\b|\s*$)"
)
_PRONOUN_WHO_RE = re.compile(r"^(?:he|she|it|they|He|She|It|They|the\s+ministry)$")
_QUOTE_OPEN = "“"
_QUOTE_CLOSE = "”"
_SPEECH_AFTER_QUOTE_RE = re.compile(
    r"[”\"]\s*,?\s*(?P<who>[^,.;”“\"]{2,80}?)\s+(?:said|added|stated|wrote|told)\b"
    r"|[”\"]\s*,?\s*(?:said|added|stated|wrote)\s+(?P<who2>[^,.;”“\"]{2,60})"
)


def _lowered(rx: re.Pattern[str]) -> re.Pattern[str]:
    """A case-insensitive pattern rewritten for lower-cased text, without IGNORECASE (which
    makes Python's re much slower). Escapes such as \\S keep their case."""
    pattern = re.sub(r"(\\.)|([A-Z])", lambda m: m.group(1) or m.group(2).lower(), rx.pattern)
    return re.compile(pattern, rx.flags & ~re.IGNORECASE)


# lower-case twins of the patterns run on every figure (see _lowered)
_FOR_N_LRE = _lowered(_FOR_N_RE)
_PARTITIVE_LRE = _lowered(_PARTITIVE_RE)
_DEATH_AFTER_LRE = _lowered(_DEATH_AFTER_RE)
_DEATH_LRE = _lowered(_DEATH_RE)
_RATE_AFTER_LRE = _lowered(_RATE_AFTER_RE)
_EACH_AFTER_LRE = _lowered(_EACH_AFTER_RE)
_FOR_N_BEFORE_LRE = _lowered(_FOR_N_BEFORE_RE)
_RATE_BEFORE_LRE = _lowered(_RATE_BEFORE_RE)
_LIST_BEFORE_LRE = _lowered(_LIST_BEFORE_RE)
_SUBGROUP_LRE = _lowered(_SUBGROUP_RE)
_VERB_AFTER_LRE = _lowered(_VERB_AFTER_RE)
_VERB_BEFORE_LRE = _lowered(_VERB_BEFORE_RE)
_NUMBER_OF_LRE = _lowered(_NUMBER_OF_RE)
_EACH_LRE = _lowered(_EACH_RE)
_HOLDER_AFTER_LRE = _lowered(_HOLDER_AFTER_RE)
_LOWER_TWIN = {rx: _lowered(rx) for rx in (_RELEASER_AFTER_RE, _RECEIVER_AFTER_RE)}


# ---------------------------------------------------------------- document context


@dataclass(slots=True)
class _Actor:
    start: int
    end: int
    code: str
    demonym: bool


@dataclass(slots=True)
class _Sentence:
    no: int
    start: int
    end: int
    text: str
    actors: list[_Actor]
    dates: list[DateMention]
    breaks: list[tuple[int, int]] | None = None  # clause breaks, computed on first use
    cue_spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    memo: dict = field(default_factory=dict)  # per-sentence results shared by its figures
    low: str | None = None  # the text lower-cased, for case-sensitive cue patterns
    holders: list[tuple[int, str]] | None = None  # (position, code) of holder cues
    figure_starts: list[int] = field(default_factory=list)
    figs: list[_Figure] = field(default_factory=list)


@dataclass(slots=True)
class _Doc:
    text: str
    published: datetime.date | None
    lex: Lexicon
    parties: list[str] = field(default_factory=list)
    is_swap: bool = False
    day1: datetime.date | None = None
    home: str | None = None  # the party whose people the text counts most
    home_last: str | None = None  # the last actor named before the current sentence
    event_date: datetime.date | None = None  # the day of the swap the text is about


@dataclass(slots=True)
class _Figure:
    """A figure that counts people, with what its noun phrase says."""

    q: Quantity
    np_end: int
    category: str
    codes: list[str]
    possessive: str | None
    two_sided: bool
    label: bool  # "1,000-for-1,000"
    rule: str
    follows: int | None = None  # index of the figure it is a breakdown of ("including 6")
    stock: bool = False  # "N of the M hostages": M is a stock
    kind_cache: tuple[str, str] | None = None
    swap_verb: bool = False
    planned_cache: bool | None = None
    when_cache: dict | None = None


def _actors(lex: Lexicon, s: str) -> list[_Actor]:
    out = []
    for m in lex.actor_re.finditer(s):
        hit = lex.actor(m.group())
        if hit:
            out.append(_Actor(m.start(), m.end(), hit[0], hit[1]))
    return out


def _counts_people(lex: Lexicon, s: _Sentence, a: _Actor) -> bool:
    """A demonym that counts people: 'Ukrainian prisoners', or a demonym phrase that ends in
    a people noun ('foreign prisoners'). Callers test a.demonym first."""
    if s.low:
        return bool(lex.noun_lower_re.match(s.low, a.end + 1)) or (
            s.low[a.start : a.end] in lex.people_demonyms
        )
    return bool(lex.noun_re.match(s.text, a.end + 1)) or (
        _norm(s.text[a.start : a.end]) in lex.people_demonyms
    )


def _noun_at(lex: Lexicon, s: _Sentence, pos: int) -> bool:
    """Whether a people noun starts at `pos` ("Ukrainian| prisoners")."""
    if s.low:
        return bool(lex.noun_lower_re.match(s.low, pos))
    return bool(lex.noun_re.match(s.text, pos))


def _parties(doc: _Doc, sents: list[_Sentence]) -> list[str]:
    """Sides of the swap, most likely first: actors named most, their people counted most."""
    weight: Counter[str] = Counter()
    lex = doc.lex
    for s in sents:
        low = (s.low or s.text.lower()) if s.actors else ""
        maybe = any(k in low for k in lex.role_hints)
        roles = [m.start() for m in lex.cue["non_party_roles"].finditer(s.text)] if maybe else []
        for a in s.actors:
            if not a.demonym:
                if not roles or not any(a.start - 60 < r < a.end + 40 for r in roles):
                    weight[a.code] += 1
                continue
            weight[a.code] += 3 if _counts_people(lex, s, a) else 1
    return [c for c, _ in weight.most_common()]


def _other(doc: _Doc, code: str | None) -> str | None:
    """The other side of a two-sided conflict (the strongest other party)."""
    if code is None:
        return None
    if code == "XX":
        return "XX" if len(doc.parties) != 2 or "XX" in doc.parties[:2] else None
    for c in doc.parties[:3]:
        if c != code:
            return c
    return None


# ---------------------------------------------------------------- figures → people


def _figures(lex: Lexicon, s: _Sentence) -> list[_Figure]:
    text = s.text
    if "//" in text or "www." in text or ".htm" in text or ".com" in text:
        text = _URL_RE.sub(lambda m: " " * len(m.group()), text)  # keep offsets
    out: list[_Figure] = []
    quantities = find_quantities(text)
    s.figure_starts = [q.start for q in quantities]
    low = s.low if text is s.text else text.lower()
    low = low if low and len(low) == len(text) else ""
    subgroup_end = -1
    for i, q in enumerate(quantities):
        nxt = quantities[i + 1] if i + 1 < len(quantities) else None
        if _SUBGROUP_LRE.match(low or text.lower(), q.num_end):
            subgroup_end = q.num_end  # "77 of the returned servicemen …": a description
            continue
        if subgroup_end >= 0 and _INCLUDING_RE.search(text, subgroup_end, q.start):
            continue  # "…, including 73 Guards members and 4 border guards": its parts
        fig = _link(lex, text, low, q, nxt)
        if fig is not None:
            out.append(fig)
    _share_coordination(text, out)
    _sum_breakdown(text, out)
    return out


def _link(lex: Lexicon, text: str, low: str, q: Quantity, nxt: Quantity | None) -> _Figure | None:
    """Link a figure to the people it counts, or None when it counts no people."""
    t = low or text.lower()  # same offsets, except in rare scripts (booleans only)
    if _skip_figure(t, q):
        return None
    label = bool(_FOR_N_LRE.match(t, q.num_end))
    noun, poss, end, rule = _noun_of(lex, text, low, q)
    if noun is None and nxt is not None and _PARTITIVE_LRE.search(t, q.num_end, nxt.start):
        # "33 of the nearly 100 remaining hostages": the part takes the whole's noun
        noun, poss, end, _ = _noun_of(lex, text, low, nxt)
        rule = "partitive" if noun else ""
    if noun is None:
        rule = _bare_rule(t, q, label) or ""
        if not rule:
            return None
    if _DEATH_AFTER_LRE.match(t, end) or _DEATH_LRE.search(t, max(0, q.start - 25), q.start):
        return None
    ahead = t[end : end + 40]
    if ("each" in ahead or "every" in ahead) and _RATE_AFTER_LRE.match(t, end):
        return None  # "three prisoners for each hostage": a ratio
    cat = _category(lex, noun, text, q, rule)
    np_text = text[q.num_end : end]
    has_name = np_text != np_text.lower() or "foreign" in np_text  # names are capitalised
    codes = list(dict.fromkeys(a.code for a in _actors(lex, np_text))) if has_name else []
    if not codes and noun is None:
        m = _OF_THE_PREFIX_RE.match(text[: q.start])
        codes = list(dict.fromkeys(a.code for a in _actors(lex, m.group()))) if m else []
    each = bool(_EACH_AFTER_LRE.match(t, end)) or label
    stock = "of the" in t[max(0, q.start - 30) : q.start] and bool(
        _PARTITIVE_LRE.search(t, max(0, q.start - 30), q.start)
    )
    return _Figure(q, end, cat, codes, poss, each, label, rule, None, stock)


def _skip_figure(text: str, q: Quantity) -> bool:
    """`text` is lower-cased. Substring gates keep the right-anchored regexes rare."""
    before = text[max(0, q.start - 16) : q.num_start]
    if "for" in before and _FOR_N_BEFORE_LRE.search(text, max(0, q.num_start - 12), q.num_start):
        return True  # the second half of "1,000-for-1,000"
    if ("ever" in before or "each" in before or "per" in before) and _RATE_BEFORE_LRE.search(
        text, max(0, q.start - 8), q.start
    ):
        return True  # "for every 10 hostages"
    if "of" in before and _LIST_BEFORE_LRE.search(text, max(0, q.start - 16), q.start):
        return True  # "a list of 339 children": names, not people freed
    return q.qualifier == "vague" and q.start > 0 and text[q.start - 1] == "-"


def _noun_of(
    lex: Lexicon, text: str, low: str, q: Quantity
) -> tuple[str | None, str | None, int, str]:
    """(noun, possessive, end of the noun phrase, rule) for the people noun after a figure.
    `low` is `text` lower-cased (same length) or "" when lower-casing changed its length."""
    if low:
        text = low
        np_re, were_re, dem_re = lex.np_lower_re, lex.were_np_lower_re, lex.demonym_noun_lower_re
    else:
        np_re, were_re, dem_re = lex.np_re, lex.were_np_re, lex.demonym_noun_re
    m = np_re.match(text, q.num_end)
    if m:
        noun = m["noun"]
        if m["noun2"] and lex.category(m["noun2"]) != lex.category(noun):
            noun = "people"  # "soldiers and civilians": a mixed group
        return noun, m["poss"], m.end(), "noun_phrase"
    m2 = were_re.match(text, q.num_end)
    if m2:
        return m2["noun"], None, m2.end(), "were_noun"
    m3 = dem_re.match(text, q.num_end)
    if m3:
        return "people", None, m3.end(), "demonym_noun"  # "90 Palestinian" cut off, "…’s held"
    return None, None, q.num_end, ""


def _category(lex: Lexicon, noun: str | None, text: str, q: Quantity, rule: str) -> str:
    if noun is not None:
        return lex.category(noun)
    if rule == "number_of":
        nouns = list(lex.noun_re.finditer(text, max(0, q.start - 90), q.start))
        return lex.category(nouns[-1].group()) if nouns else "unspecified"
    return "unspecified"


def _bare_rule(text: str, q: Quantity, label: bool) -> str | None:
    """A figure with no people noun: counts people only in a few constructions."""
    if label:
        return "n_for_n"
    if _EACH_AFTER_LRE.match(text, q.num_end):
        return "each_side"
    if _VERB_AFTER_LRE.match(text, q.num_end):
        return "passive_verb"
    if _VERB_BEFORE_LRE.search(text, max(0, q.start - 40), q.start):
        return "verb_object"
    if _NUMBER_OF_LRE.search(text, max(0, q.start - 90), q.start):
        return "number_of"
    return None


def _sum_breakdown(text: str, figs: list[_Figure]) -> None:
    """'215 prisoners of war, 205 Ukrainians and 10 foreigners': parts that add up to the
    figure before them break it down; it counts whoever they count, they take its category."""
    for i, head in enumerate(figs):
        parts: list[_Figure] = []
        for g in figs[i + 1 :]:
            if not parts and len(text[head.np_end : g.q.start]) > 60:
                break
            if parts and g.follows != figs.index(parts[-1]):
                break
            parts.append(g)
            if sum(p.q.value for p in parts) >= head.q.value:
                break
        if len(parts) < 2 or sum(p.q.value for p in parts) != head.q.value:
            continue
        codes = list(dict.fromkeys(c for p in parts for c in p.codes))
        if not head.codes and codes:
            head.codes = codes if len(codes) > 1 else codes[:1]
        for p in parts:
            if p.category == "unspecified":
                p.category = head.category
        if parts[0].follows is None:
            parts[0].follows = i  # the parts are a breakdown of the head


def _share_coordination(text: str, figs: list[_Figure]) -> None:
    """'270 Russian troops and 120 civilians': breakdowns share side and each-ness."""
    for i in range(1, len(figs)):
        prev, cur = figs[i - 1], figs[i]
        gap = text[prev.np_end : cur.q.start]
        if not (_COORD_RE.match(gap) or _OF_WHOM_RE.match(text, cur.q.num_end)):
            continue
        cur.follows = i - 1
        if not cur.codes and prev.codes:
            cur.codes = list(prev.codes)
        if cur.two_sided or prev.two_sided:
            cur.two_sided = prev.two_sided = True


# ---------------------------------------------------------------- clause scope


def _clause(s: _Sentence, start: int, end: int) -> tuple[int, int]:
    """The clause around s.text[start:end]: from the last break before to the next after."""
    if s.breaks is None:
        s.breaks = [m.span() for m in _CLAUSE_BREAK_RE.finditer(s.text)]
    i = bisect_left(s.breaks, (start, -1))
    lo = 0
    for j in range(i - 1, -1, -1):
        if s.breaks[j][1] <= start:
            lo = s.breaks[j][1]
            break
    hi = len(s.text)
    for b0, _ in s.breaks[i:]:
        if b0 >= end:
            hi = b0
            break
    return lo, hi


def _spans(s: _Sentence, key: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """Every match of a cue pattern in the sentence, found once and reused for all figures."""
    spans = s.cue_spans.get(key)
    if spans is None:
        spans = s.cue_spans[key] = [m.span() for m in pattern.finditer(s.text)]
    return spans


def _cue(s: _Sentence, lex: Lexicon, name: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The first match of lexicon cue `name` inside s.text[lo:hi] (a windowed search: most
    sentences have one or two figures, so scanning only their windows is cheapest)."""
    if hi <= lo:
        return None
    low = s.low
    if low is None:
        low = s.low = s.text.lower()
        if len(low) != len(s.text):  # lower() changed lengths (rare scripts): no shortcut
            s.low = low = ""
    m = lex.cue_lower[name].search(low, lo, hi) if low else lex.cue[name].search(s.text, lo, hi)
    return m.span() if m else None


def _last_in(spans: list[tuple[int, int]], lo: int, hi: int) -> tuple[int, int] | None:
    i = bisect_left(spans, (hi, -1))
    while i > 0:
        i -= 1
        if spans[i][1] <= hi:
            return spans[i] if spans[i][0] >= lo else None
    return None


def _status_kind(doc: _Doc, s: _Sentence, f: _Figure, persons: str | None) -> tuple[str, str]:
    if f.kind_cache is None:  # the same for every side the figure counts
        f.kind_cache = _figure_kind(doc, s, f)
    kind, status = f.kind_cache
    third = persons not in (None, "XX") and doc.parties and persons not in doc.parties[:2]
    if kind == "exchange" and third and not f.swap_verb:
        kind = "release"  # a third country's people, freed alongside a swap
    return kind, status


def _figure_kind(doc: _Doc, s: _Sentence, f: _Figure) -> tuple[str, str]:
    lex = doc.lex
    lo, hi = _clause(s, f.q.start, f.np_end)
    if _is_held(lex, s, f, lo, hi):
        return "held", "estimated"
    status = "planned" if _planned(lex, s, f, lo) else "reported"
    kind = "exchange" if doc.is_swap else "release"
    nxt = _next_figure_start(s, f)
    if not _cue(s, lex, "any_kind", lo, nxt):
        return kind, status
    if _cue(s, lex, "swap_verb", lo, nxt):
        kind, f.swap_verb = "exchange", True
    elif _cue(s, lex, "release_only", lo, nxt):
        kind = "release"
    return kind, status


def _next_figure_start(s: _Sentence, f: _Figure) -> int:
    i = bisect_left(s.figure_starts, f.np_end)
    return s.figure_starts[i] if i < len(s.figure_starts) else len(s.text)


def _moved(lex: Lexicon, s: _Sentence, lo: int, hi: int) -> bool:
    return bool(_cue(s, lex, "exchange", lo, hi) or _cue(s, lex, "release", lo, hi))


def _is_held(lex: Lexicon, s: _Sentence, f: _Figure, lo: int, hi: int) -> bool:
    if f.label:
        return False
    text, start, end = s.text, f.q.start, f.np_end
    near = text[max(0, start - 14) : start].lower()
    if any(w in near for w in _TAKE_HINTS) and _TAKE_BEFORE_RE.search(
        text, max(0, start - 14), start
    ):
        return True  # "Hamas took 200 hostages", "radicals are holding 200 people"
    n = len(text)
    after_end = min(hi, end + 45)
    if f.q.qualifier != "vague" and not _cue(s, lex, "any_stock", lo, n):
        return False  # most figures: no stock cue at all
    estimated = (
        f.q.qualifier == "vague"
        or _cue(s, lex, "estimated", lo, f.q.num_start)  # "an estimated 200"
        or _cue(s, lex, "estimated", end, after_end)
    )
    moved = _moved(lex, s, lo, start)
    if moved and _HYPOTHETICAL_RE.search(text, lo, start):
        moved = False  # "could be exchanged for 6,000 held in prisons": the stock is the fact
    held = _cue(s, lex, "held", end, after_end) or _cue(s, lex, "held", lo, start)
    if f.stock and _cue(s, lex, "held", end, hi + 40):
        return True  # "of the around 240 hostages captured …"
    moved_later = _cue(s, lex, "release", end, hi) or _cue(s, lex, "swap_verb", end, hi)
    if (
        held
        and not moved
        and not moved_later
        and (held[0] < end or not _moved(lex, s, end, held[0]))
    ):
        return True
    if not estimated:
        return False
    # an estimate whose predicate comes after an apposition: "An estimated 200 people,
    # including …, are being held"
    return bool(_cue(s, lex, "held", end, n)) and not (moved or _moved(lex, s, end, n))


def _planned(lex: Lexicon, s: _Sentence, f: _Figure, lo: int) -> bool:
    if f.planned_cache is None:
        f.planned_cache = _is_planned(lex, s, f, lo)
    return f.planned_cache


def _is_planned(lex: Lexicon, s: _Sentence, f: _Figure, lo: int) -> bool:
    text = s.text
    if f.label or _HEADLINE_TO_RE.match(text):
        return True
    begun = s.memo.get("begun")
    if begun is None:  # most sentences have no such cue: one search for all figures
        low = s.low or text.lower()
        begun = s.memo["begun"] = any(w in low for w in lex.begun_hints) and (
            _cue(s, lex, "started", 0, len(text)) is not None
        )
    if begun and _only_begun(lex, s, f, lo):
        return True
    if not _cue(s, lex, "any_plan", 0, min(len(text), f.np_end + 50)):
        return False  # most figures: no plan cue anywhere near
    if _cue(s, lex, "planned", lo, f.q.start):
        return True
    # a plan cue earlier in the sentence governs until a realised-event verb intervenes
    cue = _last_in(_spans(s, "planned_governing", lex.cue["planned_governing"]), 0, f.q.start)
    if (
        cue is not None
        and not _REALIZED_RE.search(text, cue[1], f.q.start)
        and not _cue(s, lex, "speech", cue[1], f.q.start)
    ):
        return True
    end = min(len(text), f.np_end + 50)
    stop = _AFTER_STOP_RE.search(text, f.np_end, end)
    return bool(_cue(s, lex, "planned_after", f.np_end, stop.start() if stop else end))


def _only_begun(lex: Lexicon, s: _Sentence, f: _Figure, lo: int) -> bool:
    """'An exchange of 800 prisoners began on Friday', 'began an operation to transfer 900':
    an operation under way is not yet done; not 'began with X releasing 3', not 'the war
    began', not when a realised-event verb says a part is done."""
    _, hi = _clause(s, f.q.start, f.np_end)
    cue = _cue(s, lex, "started", lo, hi)
    if cue is None:
        return False
    text = s.text
    if _BEGUN_NOT_RE.match(text, cue[1]) or _BEGUN_NOT_BEFORE_RE.search(
        text, max(lo, cue[0] - 60), cue[0]
    ):
        return False
    return _moved(lex, s, lo, hi) and not _REALIZED_RE.search(text, lo, hi)


_BEGUN_NOT_RE = re.compile(r"\s+(?:with|by)\b", re.IGNORECASE)
_BEGUN_NOT_BEFORE_RE = re.compile(
    r"\b(?:since|after|before|when|until|as|once)\s+(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)


# ---------------------------------------------------------------- who


def _holder_cues(s: _Sentence) -> list[tuple[int, str]]:
    """(position, code) of actors named as holders: 'held by X', 'X captivity', 'X-held'."""
    text = s.low or s.text.lower()
    after_re = _HOLDER_AFTER_LRE if s.low else _HOLDER_AFTER_RE
    out = []
    for a in s.actors:
        window = text[max(0, a.start - 40) : a.start]
        tail = window.rstrip()[-4:]  # a cheap gate before the right-anchored regexes
        hinted = tail.endswith((" by", " in", " of", "the")) and _HOLDER_HINT_RE.search(window)
        before = hinted and _HOLDER_BEFORE_RE.search(window)
        if before or after_re.match(s.low or s.text, a.end):
            out.append((a.start, a.code))
    return out


def _subject(doc: _Doc, s: _Sentence, pos: int, pattern: re.Pattern[str]) -> str | None:
    """The actor (name, not demonym) that does `pattern`'s verb before `pos`; a pronoun
    subject ('it', 'they') is the last actor named before the sentence."""
    key = "subj:" + pattern.pattern[:40]
    receiving = pattern is _RECEIVER_AFTER_RE
    doers = s.memo.get(key)
    if doers is None:  # (position, code or None for a pronoun), once per sentence
        text, pattern = (s.low, _LOWER_TWIN[pattern]) if s.low else (s.text, pattern)
        doers = [
            (a.start, a.code) for a in s.actors if not a.demonym and pattern.match(text, a.end)
        ]
        pronouns = s.memo.get("pronouns")
        if pronouns is None:
            pronouns = s.memo["pronouns"] = [m.span() for m in _PRONOUN_RE.finditer(s.text)]
        doers += [(a, None) for a, b in pronouns if pattern.match(text, b)]
        doers.sort(key=lambda d: d[0])
        s.memo[key] = doers
    named = [c for p, c in doers if p < pos and c is not None]
    if named:
        return named[-1]
    pronouns = [p for p, c in doers if p < pos]
    if not pronouns:
        return None
    if receiving:
        # 'Russia's defence ministry said the 390 it received …': the receiving pronoun
        # refers to the actor named before it in the sentence
        names = [
            a.code
            for a in s.actors
            if a.start < pronouns[-1] and (not a.demonym or _INSTITUTION_RE.match(s.text, a.end))
        ]
        if names:
            return names[-1]
    return doc.home_last


def _possessor(doc: _Doc, s: _Sentence, pos: int, speaker: str | None, poss: str) -> str | None:
    """Who 'its'/'their'/'our' refers to: the speaker for 'our', else the last actor named."""
    if poss == "our" and speaker:
        return speaker
    names = [a for a in s.actors if a.start < pos and not a.demonym]
    return names[-1].code if names else doc.home_last


def _sides(doc: _Doc, s: _Sentence) -> list[str]:
    seen = [a.code for a in s.actors if a.code in doc.parties[:2]]
    uniq = list(dict.fromkeys(seen))
    if len(uniq) >= 2:
        return uniq[:2]
    return list(doc.parties[:2])


def _two_party_total(doc: _Doc, s: _Sentence, f: _Figure) -> bool | None:
    """'Russia and Ukraine swapped more than 300 prisoners' (no 'each'): a two-sided total
    (True); an exact figure so stated is ambiguous (False); None when no such subject."""
    subjects = s.memo.get("two_party")
    if subjects is None:
        subjects = s.memo["two_party"] = list(_TWO_PARTY_SUBJ_RE.finditer(s.text))
    for m in subjects:
        if m.end() > f.q.start:
            break
        if m["a"]:
            a, b = doc.lex.actor(m["a"]), doc.lex.actor(m["b"])
            if not (a and b and a[0] != b[0]):
                continue
        if _EACH_RE.search(s.text, m.start(), f.np_end + 30):
            return None
        return f.q.qualifier in ("at_least", "approx")
    if _between_two(s, f):  # 'the exchange of 12 prisoners between Russia and the US'
        return f.q.qualifier in ("at_least", "approx")
    return None


def _between_two(s: _Sentence, f: _Figure) -> bool:
    """Two different actors named right after the figure as 'between A and B'."""
    low = s.low or s.text.lower()
    i = low.find(" between ", f.np_end, f.np_end + 40)
    if i < 0:
        return False
    j = low.find(" and ", i, i + 50)
    if j < 0:
        return False
    a = [x.code for x in s.actors if i < x.start < j]
    b = [x.code for x in s.actors if j < x.start < j + 30]
    return bool(a and b and a[0] != b[0])


def _who(
    doc: _Doc, s: _Sentence, f: _Figure, speaker: str | None
) -> list[tuple[str, str | None, str]]:
    """(persons_of, held_by, rule) for each side the figure counts."""
    if len(f.codes) > 1:
        two = len(f.codes) == 2 and "XX" not in f.codes and f.q.qualifier == "exact"
        if two and set(f.codes) <= set(doc.parties[:2]):
            a, b = f.codes
            return [(a, b, "both_demonyms"), (b, a, "both_demonyms")]
        parties = [c for c in f.codes if c in doc.parties[:2] and c != "XX"]
        holder = _nearest_holder(s, f)
        if holder is None:  # the actor that releases the group holds it
            holder = _subject(doc, s, f.q.num_start, _RELEASER_AFTER_RE)
            holder = None if holder in f.codes else holder
        if holder is None and len(parties) == 1:
            holder = _other(doc, parties[0])
        return [("XX", holder or "XX", "mixed_group")]
    side = None if f.codes else _side_phrase(s, f)
    if side:  # "a group that on the Russian side included 270 troops"
        return [(side, _nearest_holder(s, f) or _other(doc, side), "side_phrase")]
    going_to = None if f.codes else _destination(s, f)
    if going_to:  # "… 20 civilians, which were returned to Ukraine"
        return [(going_to, _nearest_holder(s, f) or _other(doc, going_to), "destination")]
    if not f.codes:
        total = _two_party_total(doc, s, f)
        if total is not None:
            # "Russia and Ukraine swapped 230 prisoners": per side or in all? Left uncounted.
            # (an exact one is kept as a marker: it counts each side when it is the sum of
            # each side's stages, see _overall_totals)
            return [("XX", "XX", "two_party_total" if total else _AMBIGUOUS)]
    if (f.two_sided or _each_in_clause(s, f)) and not f.codes:
        lo, hi = _clause(s, f.q.start, f.np_end)
        if f.q.qualifier == "at_least" and not _LITERAL_EACH_RE.search(s.text, lo, hi):
            return [("XX", "XX", "two_sided_total")]  # "more than 470 … on both sides"
        sides = _sides(doc, s)
        if len(sides) >= 2:
            return [(sides[0], sides[1], "each_side"), (sides[1], sides[0], "each_side")]
        return [("XX", "XX", "each_side")]
    pos = f.q.num_start
    holder = _nearest_holder(s, f)
    persons, rule = (f.codes[0], "demonym_group") if f.codes else (None, "")
    if persons is None:
        persons = _destination(s, f)
        rule = "destination" if persons else rule
    near = s.text[max(0, pos - 40) : pos].lower()
    received = ("rece" in near or "got" in near or "getting" in near or "welcom" in near) and (
        _RECEIVE_BEFORE_RE.search(s.text, max(0, pos - 40), pos)
    )
    if persons is None and received:
        names = [a.code for a in s.actors if not a.demonym and a.start < pos]
        if names:
            persons, rule = names[0], "receiver"
    if persons is None and f.possessive in ("its", "their", "our"):
        persons, rule = _possessor(doc, s, pos, speaker, f.possessive), "possessive"
    if persons is None and holder:
        persons, rule = _other(doc, holder), "held_by_other"
    if persons is None:
        receiver = _subject(doc, s, pos, _RECEIVER_AFTER_RE)
        if receiver:
            persons, rule = receiver, "receiver"
    if holder is None:  # the actor that releases them holds them
        releaser = _subject(doc, s, pos, _RELEASER_AFTER_RE)
        if releaser and releaser != persons:
            holder = releaser
    if holder and not f.codes and _own_nationals(s, f):
        return [(holder, holder, "own_nationals")]  # a government frees its own dissidents
    if persons is None and holder:
        persons, rule = _other(doc, holder), "releaser_other"
    if persons is None:
        persons = _counterpart(doc, s, f)
        rule = "counterpart" if persons else rule
    unsided = _unsided_swap(doc, s, f) if persons is None and holder is None else None
    if unsided == "passive" and f.q.qualifier == "exact":
        # '390 prisoners were exchanged': per side or in all? (like 'X and Y exchanged 390')
        return [("XX", "XX", _AMBIGUOUS)]
    if unsided:
        return [("XX", "XX", "swap_total")]
    if persons is None:
        persons, rule = _context_side(doc, s), "context"
    if persons == "XX" and holder in (None, "XX"):
        side = _fought_for(s, f)  # '10 foreigners who fought for Ukraine'
        if side and side != "XX":
            f.category = "military"
            holder = _other(doc, side)
    if holder is None or holder == persons:
        holder = _other(doc, persons)
    return [(persons or "XX", holder, rule)]


_FOUGHT_FOR_RE = re.compile(
    r",?\s+(?:who|that)\s+(?:had\s+|have\s+)?(?:fought|were\s+fighting|are\s+fighting|"
    r"served|volunteered)\s+(?:for|with|alongside|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _fought_for(s: _Sentence, f: _Figure) -> str | None:
    """The side a group fought for, named right after it: its holder is the other side."""
    for a in s.actors:
        if f.np_end < a.start <= f.np_end + 45 and _FOUGHT_FOR_RE.fullmatch(
            s.text, f.np_end, a.start
        ):
            return a.code
    return None


_OWN_NATIONALS = ("politic", "opposition", "dissident")


def _own_nationals(s: _Sentence, f: _Figure) -> bool:
    """'20 political prisoners', '20 opposition-linked prisoners', 'dissidents': people a
    government holds are its own nationals."""
    np_text = (s.low or s.text.lower())[f.q.num_end : f.np_end]
    return any(w in np_text for w in _OWN_NATIONALS)


def _side_phrase(s: _Sentence, f: _Figure) -> str | None:
    """'on the Russian side, 270 troops': a demonym's side named in the figure's clause."""
    has = s.memo.get("side")
    if has is None:
        has = s.memo["side"] = "side" in (s.low or s.text.lower())
    if not has:
        return None
    lo, _ = _clause(s, f.q.start, f.np_end)
    for a in reversed(s.actors):
        if (
            a.demonym
            and lo <= a.start
            and a.end <= f.q.start
            and _SIDE_AFTER_RE.match(s.text, a.end)
        ):
            return a.code
    return None


_SIDE_AFTER_RE = re.compile(r"\s+side\b(?!s)", re.IGNORECASE)


def _counterpart(doc: _Doc, s: _Sentence, f: _Figure) -> str | None:
    """'50 hostages for 150 Palestinian prisoners': one side of a swap is the other's other."""
    i = s.figs.index(f)
    for j in (i - 1, i + 1):  # only the neighbouring figure
        if not 0 <= j < len(s.figs) or len(s.figs[j].codes) != 1:
            continue
        g = s.figs[j]
        between = s.text[f.np_end : g.q.start] if j > i else s.text[g.np_end : f.q.start]
        link = _SWAP_LINK_RE.search(between)
        if link and (len(between) < 90 if link.group().lower() != "for" else len(between) < 40):
            return _other(doc, g.codes[0])
    return None


def _unsided_swap(doc: _Doc, s: _Sentence, f: _Figure) -> str | None:
    """'The exchange of 26 people' ("object"), '1,994 captives have been exchanged'
    ("passive") with no side named: a total of both sides, or None."""
    named = {a.code for a in s.actors if a.code in doc.parties[:2]}
    if len(named) > 1:
        return None
    if _SWAPPED_OBJECT_RE.search(s.text, max(0, f.q.start - 40), f.q.start):
        return "object"
    return "passive" if _SWAPPED_SUBJECT_RE.match(s.text, f.np_end) else None


def _destination(s: _Sentence, f: _Figure) -> str | None:
    """'… 20 civilians, which were returned to Ukraine': people go home to their side."""
    stop = min(_next_figure_start(s, f), f.np_end + 80)
    for a in s.actors:
        named = f.np_end <= a.start < stop and not a.demonym
        if (
            named
            and " to " in s.text[max(0, a.start - 12) : a.start]
            and _DESTINATION_RE.search(s.text, max(0, a.start - 40), a.start)
        ):
            return a.code
    return None


def _each_in_clause(s: _Sentence, f: _Figure) -> bool:
    text = s.low or s.text.lower()
    if not any(w in text for w in ("each", "both", "either", "two", "mutual", "reciprocal")):
        return False  # the common case, without a regex
    lo, hi = _clause(s, f.q.start, f.np_end)
    return bool(
        _EACH_LRE.search(text, lo, f.q.start)
        or _EACH_LRE.search(text, f.np_end, min(hi, f.np_end + 50))
    )


def _nearest_holder(s: _Sentence, f: _Figure) -> str | None:
    if s.holders is None:
        s.holders = _holder_cues(s)
    cues = s.holders
    if not cues:
        return None
    lo, hi = _clause(s, f.q.start, f.np_end)
    stop = _next_figure_start(s, f)
    after = [c for p, c in cues if f.np_end <= p < min(stop, hi + 60)]
    if after:
        return after[0]
    inside = [c for p, c in cues if f.q.start <= p < f.np_end]
    if inside:
        return inside[0]
    before = [c for p, c in cues if lo <= p < f.q.start]
    return before[-1] if before else None


def _context_side(doc: _Doc, s: _Sentence) -> str | None:
    if s.holders is None:
        s.holders = _holder_cues(s)
    held_by = {c for _, c in s.holders}
    if len(held_by) == 1:
        other = _other(doc, next(iter(held_by)))
        if other:
            return other
    named = [a.code for a in s.actors if a.code in doc.parties[:2] and a.code not in held_by]
    if len(set(named)) == 1:
        return named[0]
    return doc.home


# ---------------------------------------------------------------- when, who said


def _when(
    doc: _Doc, s: _Sentence, f: _Figure, kind: str, status: str, prev_date: datetime.date | None
) -> tuple[datetime.date | None, datetime.date | None, datetime.date | None]:
    """(date, period_start, period_end) for a figure."""
    # a period stated up to the next figure ('303 on Sunday, completing an exchange in which
    # 1,000 … over three days': the three days are the 1,000's)
    days = find_period(s.text[f.q.start : _next_figure_start(s, f)])
    if days and (doc.day1 or doc.published):
        return (None, *_period(doc, status, days))
    since = [d for d in s.dates if d.since and d.past]
    if since and kind != "held":
        return None, since[0].past, doc.published
    dayed = [d for d in s.dates if d.precision == "day" and not d.since]
    total = None  # whether the figure is a whole exchange's total: found when needed
    if status == "planned":  # a planned figure takes only a date stated after it
        dayed = [d for d in dayed if d.start >= f.np_end]
    else:
        dayed = [d for d in dayed if _event_day(doc.lex, s, d, kind)]
    if dayed and status != "planned":
        # a figure takes the day of its own clause; failing that the nearest day stated
        # before it ('started on 23 May, when each side returned 390 …, and continued on
        # Saturday'); a day in a later clause only when the sentence states none before
        lo, hi = _clause(s, f.q.start, f.np_end)
        inside = [d for d in dayed if lo <= d.start < hi]
        before = [d for d in dayed if d.end <= lo]
        if inside:
            dayed = inside
        elif total := _cumulative(doc, s, f, kind):
            dayed = []  # a whole exchange's total: no single day ('have now received 1,000')
        elif before:
            dayed = before[-1:]
    if dayed:
        best = min(dayed, key=lambda d: _distance(d, f))
        return (best.future if status == "planned" else best.past), None, None
    if kind == "held":
        return doc.published, None, None
    if status != "reported":
        return None, None, None
    if total or (total is None and _cumulative(doc, s, f, kind)):
        return None, None, None
    if prev_date and not s.dates:
        return prev_date, None, None
    if s.no == 0 and not s.text.rstrip().endswith((".", "!", "?", "”", '"')):
        return None, None, None  # a headline states no day of its own
    return _DOC_DATE, None, None  # the day the text is about, failing any other


def _cumulative(doc: _Doc, s: _Sentence, f: _Figure, kind: str) -> bool:
    """'completing an exchange in which 1,000 …', '… have now received 1,000 each': a whole
    exchange's total, cued in the figure's clause."""
    if kind == "held":
        return False
    anywhere = s.memo.get("cumulative")
    if anywhere is None:  # most sentences have no such cue: one search for all figures
        anywhere = s.memo["cumulative"] = _cue(s, doc.lex, "cumulative", 0, len(s.text)) is not None
    if not anywhere:
        return False
    lo, hi = _clause(s, f.q.start, f.np_end)
    return _cue(s, doc.lex, "cumulative", lo, hi) is not None


def _period(doc: _Doc, status: str, days: int) -> tuple[datetime.date | None, datetime.date | None]:
    """(first, last day) of a total spread over `days` days: from the swap's first day, or
    for a reported total without one, ending on the day the text is about."""
    step = datetime.timedelta(days=days - 1)
    if doc.day1:
        return doc.day1, doc.day1 + step
    if status == "reported":
        end = doc.event_date or doc.published
        assert end is not None
        return end - step, end
    assert doc.published is not None
    return doc.published, doc.published + step


def _event_day(lex: Lexicon, s: _Sentence, d: DateMention, kind: str) -> bool:
    """Whether a day mention can date a reported figure (not 'after May 2', 'taken on …')."""
    key = ("event_day", d.start, kind == "held")
    ok = s.memo.get(key)
    if ok is None:
        ok = s.memo[key] = _is_event_day(lex, s, d, kind)
    return ok


def _is_event_day(lex: Lexicon, s: _Sentence, d: DateMention, kind: str) -> bool:
    before = s.text[max(0, d.start - 30) : d.start]
    if _NOT_EVENT_DAY_RE.search(before):
        return False
    if kind != "held" and _CAPTURE_DAY_RE.search(before):
        return False
    lo, _ = _clause(s, d.start, d.end)
    return not _cue(s, lex, "planned_after", lo, d.start)


def _distance(d: DateMention, f: _Figure) -> int:
    if d.start >= f.np_end:
        return d.start - f.np_end
    return f.q.start - d.end + 5  # prefer a date after the figure at equal distance


def _said_by(s: _Sentence) -> str | None:
    """Who the sentence attributes its content to: 'according to X' first, else 'X said'."""
    best = None
    t = s.text
    low = s.low or t.lower()
    if not any(w in low for w in _SPEECH_HINTS):
        return None  # the common case, without a regex
    for m in _SPEECH_RE.finditer(t):
        if m["acc"]:
            w = _WHO_ACCORDING_RE.match(t, m.end())
            if w:
                return _trim_who(w["who"]) or best
            continue
        who = _who_before(t, m.start())
        if who is None:
            w = _WHO_AFTER_RE.match(t, m.end())
            who = _trim_who(w["who"]) if w else None
        if who:
            best = who
    return best


def _who_before(t: str, verb: int) -> str | None:
    """The speaker right before a speech verb: from the last comma, quote, 'and' or 'that'
    (or the sentence start) to the verb, if it opens with a capital: "Russia's defence
    ministry (on Saturday) said". Plain string work: a right-anchored regex is slow."""
    window = t[max(0, verb - 120) : verb]
    cut = max(window.rfind(c) for c in ',“”"')
    for word in (" and ", " that "):
        cut = max(cut, window.rfind(word) + len(word) - 1 if word in window else -1)
    if cut < 0 and verb > 120:
        return None
    m = _WHO_FRONT_RE.fullmatch(window[cut + 1 :].strip())
    return _trim_who(m["who"]) if m else None


def _trim_who(who: str) -> str | None:
    who = _WHO_TAIL_RE.sub("", who.strip(" ,.;:")).strip()
    return who if len(who) > 1 else None


def _quote_speakers(sents: list[_Sentence]) -> dict[int, str]:
    """The speaker of every sentence inside a quote that closes in a later sentence."""
    out: dict[int, str] = {}
    open_from: int | None = None
    for i, s in enumerate(sents):
        t = s.text
        opens, closes = t.count(_QUOTE_OPEN), t.count(_QUOTE_CLOSE)
        if open_from is None and opens > closes:
            open_from = i
        elif open_from is not None and closes >= 1:
            m = _SPEECH_AFTER_QUOTE_RE.search(t)
            if m:
                who = (m["who"] or m["who2"]).strip()
                for j in range(open_from, i + 1):
                    out[j] = who
            open_from = None
        elif open_from is not None and i - open_from > 6:
            open_from = None
    return out


def _speaker_code(lex: Lexicon, said: str | None, fallback: str | None) -> str | None:
    if not said:
        return None
    if _PRONOUN_WHO_RE.match(said):
        return fallback
    code = lex._speaker_seen.get(said, _MISSING)
    if code is _MISSING:
        acts = _actors(lex, said)
        code = lex._speaker_seen[said] = acts[0].code if acts else None
    return code


# ---------------------------------------------------------------- the document


def _sentences(doc: _Doc) -> tuple[list[_Sentence], list[int]]:
    """All sentences (text only for non-candidates) and the indexes of the candidates."""
    lex, text = doc.lex, doc.text
    sents, cands = [], []
    for no, (a, b) in enumerate(sentence_spans(text)):
        t = text[a:b]
        s = _Sentence(no, a, b, t, [], [])
        sents.append(s)
        # cheap prefilter first: a figure and a people word; only then the analysis
        low = t.lower()  # presence tests only: offsets may differ, matches do not
        if (_DIGIT_RE.search(t) or _NUMWORD_LOWER_RE.search(low)) and (
            lex.noun_lower_re.search(low) or _has_link(lex, t, low)
        ):
            s.low = low if len(low) == len(t) else ""
            s.figs = _figures(lex, s)
        if s.figs or no < 3:
            s.actors = _actors(lex, t)
        if s.figs or (no < 3 and (len(t) < 80 or _SWAP_RE.search(t))):
            s.dates = find_dates(t, doc.published)  # lead and dateline days: the event day
        if s.figs:
            cands.append(no)
    return sents, cands


def _has_link(lex: Lexicon, t: str, low: str) -> bool:
    """A figure may count people without a people noun: 'each', 'N-for-N', '90 Palestinian'."""
    return bool(_LINK_LRE.search(low) or lex.demonym_noun_lower_re.search(low))


def _day_one(doc: _Doc, sents: Iterable[_Sentence]) -> datetime.date | None:
    """First day of a multi-day swap, from 'on Saturday, the second day …'."""
    for s in sents:
        n = ordinal_day(s.text)
        days = [d for d in s.dates if d.precision == "day" and d.past]
        if n and days:
            assert days[0].past is not None
            return days[0].past - datetime.timedelta(days=n - 1)
    return None


def _event_date(doc: _Doc, sents: list[_Sentence]) -> datetime.date | None:
    """The first past day the text ties to a swap or release: the day it is about."""
    lex = doc.lex
    for s in sents:
        dateline = s.no == 0 and len(s.text) < 80
        if not s.dates or not (
            dateline
            or _cue(s, lex, "exchange", 0, len(s.text))
            or _cue(s, lex, "release", 0, len(s.text))
        ):
            continue
        for d in s.dates:
            if d.precision != "day" or d.since or not d.past:
                continue
            past_day = doc.published is None or d.past <= doc.published
            if past_day and _event_day(lex, s, d, "exchange"):
                return d.past
    return None


def _home(doc: _Doc, sents: list[_Sentence], cands: list[int]) -> str | None:
    counted: Counter[str] = Counter()
    for i in cands:
        s = sents[i]
        for a in s.actors:
            if a.demonym and a.code in doc.parties[:2] and _counts_people(doc.lex, s, a):
                counted[a.code] += 1
    if counted:
        return counted.most_common(1)[0][0]
    return doc.parties[0] if doc.parties else None


def _extract(text: str, published: datetime.date | None, lex: Lexicon) -> list[Fact]:
    doc = _Doc(text, published, lex)
    sents, cands = _sentences(doc)
    if not cands:
        return []
    ctx = [sents[i] for i in cands] + sents[:3]
    doc.parties = _parties(doc, ctx)
    doc.is_swap = bool(_SWAP_RE.search(text))
    doc.day1 = _day_one(doc, [sents[i] for i in cands])
    doc.home = _home(doc, sents, cands)
    doc.event_date = _event_date(doc, sents)
    speakers = _quote_speakers(sents)
    facts: list[Fact] = []
    for i in cands:
        s = sents[i]
        doc.home_last = _last_actor(sents, i) or doc.home
        scene = None if s.dates else _scene_date(doc, sents, i)  # used only when s has no day
        found = _sentence_facts(doc, s, speakers.get(i), scene)
        found = _anaphora(s, found, facts, adjacent=bool(facts) and facts[-1].sentence_no == i - 1)
        facts.extend(found)
    facts = _overall_totals(_date_breakdowns(_restatements(facts)))
    facts = list(dict.fromkeys(facts))
    facts.sort(key=lambda f: (f.span_start, f.persons_of))
    return facts


def _scene_date(doc: _Doc, sents: list[_Sentence], i: int) -> datetime.date | None:
    """The day set by the sentence before ('The second stage took place on May 24.')."""
    if i == 0:
        return None
    prev = sents[i - 1]
    if not prev.dates and "dates" not in prev.memo:
        prev.dates = find_dates(prev.text, doc.published)
        prev.memo["dates"] = True
    dates = prev.dates
    dayed = [d.past for d in dates if d.precision == "day" and d.past and not d.since]
    return dayed[-1] if dayed else None


def _restatements(facts: list[Fact]) -> list[Fact]:
    """Figures sided only by context take the side the text gives elsewhere: parts that add
    up to a sided total ('246 … while an additional 31' of 277 Ukrainians) take the total's,
    a lone figure ('The five commanders were delivered…') the side of the same figure."""
    sided: dict[tuple, set[tuple[str, str | None]]] = {}
    totals: dict[int, set[tuple[str, str | None]]] = {}
    for f in facts:
        if not f.rule.startswith(_WEAK_RULES) and f.persons_of != "XX":
            sided.setdefault((f.low, f.high, f.category), set()).add((f.persons_of, f.held_by))
            if f.low is not None:
                totals.setdefault(f.low, set()).add((f.persons_of, f.held_by))
    groups: dict[int, dict[int, int]] = {}  # sentence → {span start: figure}
    for f in facts:
        if f.rule.startswith(_WEAK_RULES) and f.low is not None:
            groups.setdefault(f.sentence_no, {})[f.span_start] = f.low
    by_sum = {
        no: next(iter(totals[sum(parts.values())]))
        for no, parts in groups.items()
        if len(parts) > 1 and len(totals.get(sum(parts.values()), ())) == 1
    }
    out = []
    for f in facts:
        if f.rule.startswith(_WEAK_RULES):
            sides = sided.get((f.low, f.high, f.category), set())
            if f.sentence_no in by_sum:
                persons, holder = by_sum[f.sentence_no]
                f = replace(f, persons_of=persons, held_by=holder, rule=f.rule + "+parts")
            elif len(sides) == 1:
                persons, holder = next(iter(sides))
                f = replace(f, persons_of=persons, held_by=holder, rule=f.rule + "+restated")
        out.append(f)
    return out


# a demonym that names a body: "the Azerbaijani government said …"
_INSTITUTION_RE = re.compile(
    r"\s+(?:(?:defen[cs]e|foreign|interior)\s+)?(?:ministry|government|authorities|officials|"
    r"military|army|side|president|ombudsman)\b",
    re.IGNORECASE,
)
_VENUE_ENDS = (" in ", " at ", " in the ", " at the ", "In ", "At ")


_AMBIGUOUS = "two_party_exact"  # a marker rule, resolved or dropped in _overall_totals
_WEAK_RULES = ("context",)  # rules that side a figure by the document's context alone


def _date_breakdowns(facts: list[Fact]) -> list[Fact]:
    """Parts of a dated stage ('270 troops and 120 civilians' of Friday's 390) take its day."""
    dated: dict[tuple[str, int], datetime.date] = {}
    out = list(facts)
    by_sentence: dict[tuple[int, str], list[int]] = {}
    for i, f in enumerate(facts):
        if f.kind == "held" or f.status != "reported" or f.qualifier != "exact" or f.low is None:
            continue
        if f.date is not None and not f.rule.endswith("+doc_date"):
            dated.setdefault((f.persons_of, f.low), f.date)
        else:
            by_sentence.setdefault((f.sentence_no, f.persons_of), []).append(i)
    for (_, persons), idx in by_sentence.items():
        spans = {facts[i].span_start: facts[i].low or 0 for i in idx}
        total = sum(spans.values())
        if len(spans) >= 2 and (persons, total) in dated:
            for i in idx:
                out[i] = replace(
                    facts[i], date=dated[(persons, total)], rule=facts[i].rule + "+stage_date"
                )
    return out


def _overall_totals(facts: list[Fact]) -> list[Fact]:
    """A whole exchange's total is not one day's stage: a figure dated only by the document's
    day that equals a planned or multi-day total of the text, or the sum of a side's stages
    on two or more days (390 + 307 + 303 = 1,000), takes no single day; a sum of stages
    spans their days."""
    stages: dict[str, dict[datetime.date, int]] = {}
    totals: set[tuple[str, int]] = set()
    marked = False
    for f in facts:
        if f.rule.startswith(_AMBIGUOUS):
            marked = True
        if f.kind != "exchange" or f.qualifier != "exact" or f.low is None:
            continue
        if f.status == "planned" or f.period_start is not None:
            totals.add((f.persons_of, f.low))
        elif f.date is not None and not f.rule.endswith("+doc_date"):
            days = stages.setdefault(f.persons_of, {})
            days[f.date] = max(days.get(f.date, 0), f.low)
    if not (marked or totals or any(len(days) > 1 for days in stages.values())):
        return facts  # one stage, no totals: nothing to tell apart
    out = []
    for f in facts:
        if f.rule.startswith(_AMBIGUOUS):
            # 'Kyiv and Moscow returned 1,000 prisoners to each other': per side when it is
            # each side's sum of stages, else left uncounted
            sides = [p for p, days in stages.items() if len(days) > 1 and sum(days.values())]
            sides = [p for p in sides if sum(stages[p].values()) == f.low and f.low]
            if len(sides) == 2 and f.status == "reported":
                for a, b in (sides, sides[::-1]):
                    days = stages[a]
                    out.append(
                        replace(
                            f, persons_of=a, held_by=b, date=None, period_start=min(days),
                            period_end=max(days), rule="each_side+overall",
                        )
                    )  # fmt: skip
            continue
        loose = f.date is None or f.rule.endswith("+doc_date")
        if f.kind == "exchange" and f.status == "reported" and loose and f.low is not None:
            days = stages.get(f.persons_of, {})
            if len(days) > 1 and sum(days.values()) == f.low and f.period_start is None:
                f = replace(
                    f, date=None, period_start=min(days), period_end=max(days),
                    rule=f.rule + "+overall",
                )  # fmt: skip
            elif f.date is not None and (f.persons_of, f.low) in totals:
                f = replace(f, date=None, rule=f.rule + "+overall")
        out.append(f)
    return out


_SWAP_RE = re.compile(  # the lookahead on the first character: a faster scan
    r"(?=[eEsStTiI\d])\b(?:exchang|swap|trade|in\s+return|in\s+exchange"
    r"|\d+\s*-?\s*for\s*-?\s*\d)",
    re.I,
)
_CONTINUES_RE = re.compile(
    r"(?:(?:This|These|That|Those)\s+(?:\w+\s+)?(?:included|include|includes|comprised)"
    r"|Among\s+them|Of\s+them|Of\s+these)\b"
)
_FURTHER_RE = re.compile(r"\b(?:another|a\s+further|an\s+additional|further)\s+$", re.IGNORECASE)
_PRONOUN_RE = re.compile(r"\b(?:It|it|They|they)\b")
_AFTER_STOP_RE = re.compile(r"\b(?:and|but|while|said|after|before|when|as)\b|[,;.]")
_LINK_RE = re.compile(
    r"\beach\b|-for-|\bfor\s+\d|\bof\s+(?:those|them|whom)\b"
    r"|\b(?:were|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:released|freed|returned|exchanged|"
    r"swapped|serving)\b",
    re.IGNORECASE,
)
# its first characters as a lookahead: the scan skips ahead fast over other characters
_LINK_LRE = re.compile(r"(?=[-efowh])(?:" + _lowered(_LINK_RE).pattern + ")")


def _last_actor(sents: list[_Sentence], i: int) -> str | None:
    """What 'it'/'they' refers to: the nearest sentence before that names an actor gives
    its subject when it opens with one, else the last actor it names."""
    for j in range(i - 1, max(-1, i - 6), -1):
        t = sents[j].text
        # a place named as a venue ('talks in Istanbul') is not an actor of the swap
        names = [
            a
            for a in sents[j].actors
            if not a.demonym and not t[max(0, a.start - 7) : a.start].endswith(_VENUE_ENDS)
        ]
        if names:
            return names[0].code if names[0].start <= 4 else names[-1].code
    return None


def _group_planned(doc: _Doc, s: _Sentence, figs: list[_Figure], f: _Figure) -> bool:
    """'150 prisoners and 50 hostages are to be freed': a coordination shares its status."""
    if f.follows is None and all(g.follows is None for g in figs):
        return False  # no coordination in the sentence
    i = figs.index(f)
    group = [g for j, g in enumerate(figs) if g.follows == i or (f.follows == j)]
    for g in group:
        lo, _ = _clause(s, g.q.start, g.np_end)
        if _planned(doc.lex, s, g, lo):
            return True
    return False


def _anaphora(s: _Sentence, found: list[Fact], before: list[Fact], adjacent: bool) -> list[Fact]:
    """'This included around 500 women' (after a stock), 'A further 13 captives …' (after
    a release): figures that continue the last fact take its side, holder, kind and status."""
    if not before or not found:
        return found
    out: list[Fact] = []
    for f in found:
        earlier = [g for g in out if g.span_start < f.span_start]
        last = earlier[-1] if earlier else before[-1]
        if last.rule.startswith(_AMBIGUOUS):  # a marker, not a fact to continue
            out.append(f)
            continue
        if f.rule.startswith(("demonym", "each", "two_", "mixed", "both")):
            out.append(f)
            continue
        cont = adjacent and _CONTINUES_RE.match(s.text)
        at = f.span_start - s.start
        near = s.text[max(0, at - 22) : at].lower()
        further = ("other" in near or "further" in near or "additional" in near) and (
            _FURTHER_RE.search(s.text, max(0, at - 22), at)
        )
        if cont or further:
            kind, status = (last.kind, last.status) if cont else (f.kind, f.status)
            date = last.date if cont and kind == "held" else f.date
            f = replace(
                f, kind=kind, status=status, persons_of=last.persons_of, held_by=last.held_by,
                date=date, rule=f.rule + "+continues",
            )  # fmt: skip
        out.append(f)
    return out


def _sentence_facts(
    doc: _Doc, s: _Sentence, quote_speaker: str | None, prev_date: datetime.date | None
) -> list[Fact]:
    out: list[Fact] = []
    figs = s.figs
    if not figs:
        return out
    said = _said_by(s) or quote_speaker
    if said and _PRONOUN_WHO_RE.match(said):
        said = quote_speaker or said
    speaker = _speaker_code(doc.lex, said, doc.home_last)
    whos: list[list[tuple[str, str | None, str]]] = []
    for f in figs:
        who = _who(doc, s, f, speaker)
        inherit = ("context", "speaker_side", "swap_total")
        if f.follows is not None and who and who[0][2] in inherit and not f.codes:
            who = [(p, h, r + "+breakdown") for p, h, r in whos[f.follows]]
        if len(who) == 1 and who[0][0] not in [*doc.parties[:2], "XX"] and whos and whos[-1]:
            p, _, r = who[0]
            if r == "demonym_group" and _nearest_holder(s, f) is None:
                who = [(p, whos[-1][0][1], r + "+sentence_holder")]  # Thais freed with Israelis
        whos.append(who)
        for persons, holder, who_rule in who:
            kind, status = _status_kind(doc, s, f, persons)
            if status == "reported" and _group_planned(doc, s, figs, f):
                status = "planned"
            if f.q.qualifier == "vague" and kind != "held":
                continue  # "hundreds of prisoners" of a swap restates its figure
            if kind == "held" and "each_side" in who_rule:
                persons, holder = "XX", "XX"
            if f.when_cache is None:
                f.when_cache = {}
            when = f.when_cache.get((kind, status))
            if when is None:
                when = f.when_cache[(kind, status)] = _when(doc, s, f, kind, status, prev_date)
            date, p0, p1 = when
            rule = "held_estimate" if kind == "held" else (who_rule or f.rule)
            if date is _DOC_DATE:  # a default: a stage's day may still replace it
                date = doc.event_date
                rule += "+doc_date" if date else ""
            out.append(
                Fact(
                    kind, status, persons, holder, f.category, f.q.low, f.q.high,
                    f.q.qualifier, date, p0, p1, said, s.no, s.text,
                    s.start + f.q.start, s.start + f.q.end, rule,
                )
            )  # fmt: skip
            if kind == "held" and "each_side" in who_rule:
                break
    return out


def extract_facts(
    text: str,
    published: datetime.date | None,
    lexicon: Lexicon | None = None,
    *,
    lang: str | None = "en",
) -> list[Fact]:
    """Counted facts of `text` (a document body in language `lang`, an ISO 639-1 code)
    published on `published`; never raises. Russian and Ukrainian texts (stated, or a
    mostly Cyrillic text stated as English) go to swaptally.slavic."""
    try:
        slavic = slavic_lang(text, lang)
        if slavic:
            return extract_slavic(text, published, slavic)
        lex = lexicon or load_lexicon()
        return _extract(text, published, lex)
    except Exception:  # a fact extractor must not take a whole corpus run down
        return []
