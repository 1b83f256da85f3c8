"""The lexicon: actors with their codes, people nouns and cue words, as data.

The package's lexicon/*.yaml files, with a user's files of the same format merged on top
(`load_lexicon([...])`; lexicon_files.py reads them), compiled into the regexes every stage
shares (phrase_patterns.py: how a word list becomes a regex). Which actor a name is, and
who fights whom, is actors.py (behind Lexicon's methods); the text normalisation its words are
looked up with is normalise.py. Their public names are importable from here too.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from . import actors
from .actors import ARMED_ROLES, Actor
from .lexicon_files import lexicon_data
from .normalise import norm, straight_apostrophes, straight_data
from .phrase_patterns import (
    alternation,
    ascii_twin,
    first_chars,
    lowered,
    needles,
    trie_of,
    trie_re,
    words_re,
    words_source,
)

__all__ = [
    "ARMED_ROLES", "Actor", "Lexicon", "alternation", "ascii_twin", "load_lexicon", "lowered",
    "norm", "straight_apostrophes", "straight_data", "words_re",
]  # fmt: skip

# between a figure and its people noun, up to three words none of the lexicon's
# noun_gap_stop nor noun_gap_sides ("307 captive Ukrainian soldiers"), a word and "and"/"or"
# counting as one
_GAP = r"(?:(?!(?:{stop})\b)[A-Za-z][\w'’.-]*\s+(?:(?:and|or)\s+(?=[a-zA-Z]))?){{0,3}}?"

# what may stand between an actor and its verb, besides the lexicon's releaser_aux: an
# owner's body ("Russia's defence ministry said it had freed"), a day ("on Friday"), a
# verb of intent ("pledged to"), 'be' before a verb in -ing ("is believed to be holding"),
# and 'are'/'were' before the lexicon's releaser_be_before or a verb in -ing ("are still
# holding", "said they were freeing"); before them, once, an aside set off by commas ("Iran,
# meanwhile, freed", "Russia, for its part, released")
# Each is one unit of a run of any length, so no text may read as units two ways (a lexicon
# word that is two units in a row, "said it had", or a word both of the lexicon and of a
# unit here, "is to"): a run that ends in no verb would be tried every way it splits.
RELEASER_UNIT = (
    r"(?:{aux})\s+|on\s+\w+\s+|be(?:en)?\s+(?=\w+ing\b)|"
    r"(?:are|were)\s+(?=(?:{be_before})\s|\w+ing\b)|\w+ed\s+to\s+"
)
_ASIDE = r"(?:,\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+,)?"
_RELEASER_AUX = r"(?:['’]s\s+\w+(?:\s+\w+)?)?" + _ASIDE + r"\s+(?:" + RELEASER_UNIT + ")*"
# a receiver may be told in the future or as a plan, besides the lexicon's receiver_aux:
# "Kyiv on Friday brought home", "Armenia expects to get back 10", "Baku hoped to receive"
RECEIVER_UNIT = r"(?:{aux})\s+|on\s+\w+\s+|\w+s\s+to\s+|\w+ed\s+to\s+"
_RECEIVER_AUX = _ASIDE + r"\s+(?:" + RECEIVER_UNIT + ")*"

T = TypeVar("T")


class _CaseInsensitive:
    """A pattern of the lexicon for text as written: its lower-case form (the attribute
    `lower`, a pattern written in lower case) compiled with IGNORECASE on first use, and
    then kept in the instance, which shadows this (non-data) descriptor. These are big
    (the noun phrase: 15,000 characters, 20 ms to compile) and read only for text whose
    lower-casing changes its length."""

    def __init__(self, lower: str) -> None:
        self.lower = lower

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: object, owner: type | None = None) -> re.Pattern[str]:
        if obj is None:
            return self  # type: ignore[return-value]
        lower = getattr(obj, self.lower)
        rx = obj.__dict__[self.name] = re.compile(lower.pattern, re.IGNORECASE)
        return rx


def lazy_patterns(cls: type) -> list[str]:
    """The names of the patterns `cls` compiles on first use (not in an instance's vars
    until then): the ASCII twin twins them too."""
    return [n for k in cls.__mro__ for n, v in vars(k).items() if isinstance(v, _CaseInsensitive)]


@dataclass
class Lexicon:
    """Lexicon data plus the regexes compiled from it."""

    data: dict
    actor_code: dict[str, tuple[str, bool]] = field(default_factory=dict)
    actor_role: dict[str, str] = field(default_factory=dict)  # name → role, where not "state"
    body_re: re.Pattern[str] = field(init=False)  # after a demonym: a body ("… government")
    member_re: re.Pattern[str] = field(init=False)  # after a group: its members ("… gunmen")
    backer_re: re.Pattern[str] = field(init=False)  # after a name: it backs a side ("-backed")
    seat_re: re.Pattern[str] = field(init=False)  # before a name: a seat ("based in")
    region_of_re: re.Pattern[str] = field(init=False)  # before a name: "the state of"
    state_people: tuple[str, ...] = ()  # in a noun phrase: a state's people ("government")
    hostage_nouns: tuple[str, ...] = ()  # people taken by an armed group ("hostages")
    armed_holder_re: re.Pattern[str] = field(init=False)  # "held by armed groups"
    captor_re: re.Pattern[str] = field(init=False)  # lower-cased: "gunmen", "kidnappers"
    actor_re: re.Pattern[str] = field(init=False)
    noun_re: re.Pattern[str] = field(init=False)
    noun_lower_re: re.Pattern[str] = field(init=False)
    np_lower_re: re.Pattern[str] = field(init=False)  # figure → its people noun
    were_np_lower_re: re.Pattern[str] = field(init=False)
    demonym_noun_lower_re: re.Pattern[str] = field(init=False)
    noun_category: dict[str, str] = field(default_factory=dict)
    cue: dict[str, re.Pattern[str]] = field(default_factory=dict)
    cue_lower: dict[str, re.Pattern[str]] = field(default_factory=dict)
    cue_ascii: dict[str, re.Pattern[str]] = field(default_factory=dict)  # of cue_lower
    # a cue's substrings, one of which each of its matches holds in lower-cased text (a gate)
    cue_needles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    releaser_re: re.Pattern[str] = field(init=False)  # after an actor: it releases or holds
    receiver_re: re.Pattern[str] = field(init=False)  # after an actor: it receives
    releaser_lower_re: re.Pattern[str] = field(init=False)
    receiver_lower_re: re.Pattern[str] = field(init=False)
    sender_re: re.Pattern[str] = field(init=False)  # after an actor: it sends people home
    sender_lower_re: re.Pattern[str] = field(init=False)
    not_captive_after: re.Pattern[str] = field(init=False)  # "40 people (were) killed"
    role_hints: tuple[str, ...] = ()
    mediators: frozenset[str] = frozenset()  # actors whose role is mediator or host
    opponent: dict[str, str] = field(default_factory=dict)  # code → the state its groups fight
    begun_hints: tuple[str, ...] = ()  # a gate before the "started" cue (its longest words)
    people_demonyms: frozenset[str] = frozenset()  # "foreign prisoners": a demonym + noun
    breakdown_nouns: frozenset[str] = frozenset()  # "women", "minors": parts by gender, age
    captive_nouns: frozenset[str] = frozenset()  # count captives alone ("hostages", "POWs")
    # private to the extraction, but an interface between two modules: _seen, _role_seen,
    # _body_firsts, _region_names, _speaker_seen and _enemy_seen are filled and read by
    # actors.py (compile_actors and the actor lookups), not by this class
    _seen: dict = field(default_factory=dict, repr=False)  # memo of actor() lookups
    _role_seen: dict = field(default_factory=dict, repr=False)  # memo of role() lookups
    _body_firsts: frozenset[str] = field(default_factory=frozenset, repr=False)
    _region_names: frozenset[str] = field(default_factory=frozenset, repr=False)
    _wild: list = field(default_factory=list, repr=False)  # (pattern, category) of "~" nouns
    _cat_seen: dict = field(default_factory=dict, repr=False)  # memo of category()
    _speaker_seen: dict = field(default_factory=dict, repr=False)  # memo of speaker codes
    _enemy_seen: dict = field(default_factory=dict, repr=False)  # memo of war_enemy()
    _stage: dict = field(default_factory=dict, repr=False)  # memo of stage_patterns()

    # for text whose lower-casing changes its length (rare scripts), where the lower-case
    # forms cannot be used: compiled on first use, which most processes never make
    np_re = _CaseInsensitive("np_lower_re")
    were_np_re = _CaseInsensitive("were_np_lower_re")  # "70 were Mariupol defenders"
    demonym_noun_re = _CaseInsensitive("demonym_noun_lower_re")  # "90 Palestinian" at a cut

    def __post_init__(self) -> None:
        actors.compile_actors(self)
        # plural demonyms count people ("30 Eritreans were freed"); singular ones are adjectives
        for name, (_, is_demonym) in self.actor_code.items():
            if is_demonym and name.endswith("s"):
                self.noun_category[name] = "unspecified"
        cats = self.data.get("categories", {})
        for cat in ("unspecified", "civilian", "military"):  # more specific wins
            for noun in cats.get(cat, []) or []:
                self.noun_category[norm(noun)] = cat
        listed = {norm(n) for nouns in cats.values() for n in nouns or []}
        self.people_demonyms = frozenset(
            n
            for n, (_, is_demonym) in self.actor_code.items()
            if is_demonym and " " in n and n.rsplit(" ", 1)[1] in listed
        )
        self.breakdown_nouns = frozenset(norm(n) for n in self.data.get("breakdown_nouns") or [])
        self.captive_nouns = frozenset(norm(n) for n in self.data.get("captive_nouns") or []) | {
            n for n, c in self.noun_category.items() if c == "military"
        }
        wild = [(n, c) for n, c in self.noun_category.items() if "~" in n]
        self._wild = [(re.compile(trie_re(trie_of([n]))), c) for n, c in wild]
        self.noun_re = words_re(self.noun_category)
        self.noun_lower_re = words_re(self.noun_category, 0)  # for lower-cased text
        stops = [*(self.data.get("noun_gap_stop") or []), *(self.data.get("noun_gap_sides") or [])]
        stop = alternation(str(w) for w in stops) or r"(?!x)x"
        gap = _GAP.format(stop=stop)
        nouns = first_chars(self.noun_category, True) + (
            "(?:" + (alternation(self.noun_category) or r"(?!x)x") + ")"
        )
        self.np_lower_re = re.compile(
            r"\s*(?:-\s*)?(?:(?:of|among)\s+(?:(?P<poss>the|their|its|his|her|our|these|those)"
            rf"\s+)?)?{gap}(?P<noun>{nouns})(?![\w])(?!\s+(?:exchanges?|swaps?|deals?|releases?)\b)"
            rf"(?:(?:\s+and|\s+or|\s*,)\s+(?P<gap2>{gap})(?P<noun2>{nouns})(?![\w])"
            # a third noun of an apposition: "390 people, soldiers and civilians"
            rf"(?:(?:\s+and|\s+or)\s+(?:{gap})(?P<noun3>{nouns})(?![\w]))?)?"
        )
        demonyms = [n for n, (_, d) in self.actor_code.items() if d]
        # a demonym with no noun after it is one only at a cut or before a verb or a mark
        # (demonym_noun_next): "Four Lebanese captured in the war were handed back"
        self.demonym_noun_lower_re = re.compile(
            rf"\s+(?:{alternation(demonyms) or '(?!x)x'})(?:['’]s)?"
            rf"(?=\s*$|\s*[,;:)]|\s+(?:{self.phrases('demonym_noun_next')})\b)"
        )
        # "12 were civilians", "13 of them were Israelis": a part named by a copula
        self.were_np_lower_re = re.compile(
            rf"\s+(?:of\s+(?:them|whom|those)\s+)?(?:were|are)\s+(?:all\s+)?{gap}"
            rf"(?P<noun>{nouns})(?![\w])"
        )
        # these patterns are for lower-cased text (without IGNORECASE: much faster); their
        # case-insensitive forms (np_re, were_np_re, demonym_noun_re) are compiled on first
        # use (_CaseInsensitive, above)
        triggers = self.data.get("triggers", {}) or {}
        # within three words after a noun phrase (lower-cased text): its people are no captives
        gone = alternation(w.lower() for w in triggers.get("not_captive_after") or [])
        self.not_captive_after = re.compile(
            # not past 'whose' ('13 hostages whose relatives were killed': others' deaths)
            rf"\s*(?!whose\b)(?:(?!and\b|or\b)[\w'’-]+\s+){{0,3}}?(?:{gone or '(?!x)x'})(?![\w])"
        )
        doers = (
            ("releaser", _RELEASER_AUX, "releaser_aux"),
            ("receiver", _RECEIVER_AUX, "receiver_aux"),
            ("sender", _RECEIVER_AUX, "receiver_aux"),
        )
        for name, grammar, aux_words in doers:
            aux = grammar.format(
                aux=self.phrases(aux_words), be_before=self.phrases("releaser_be_before")
            )
            verbs = alternation(triggers.get(name) or []) or r"(?!x)x"
            effort = rf"(?:{self.phrases('effort_verb')})\s+"
            if name == "receiver":  # 'Kyiv managed to free 100': it won its people back
                verbs += rf"|{effort}(?:{self.phrases('effort_handover')})"
            elif name == "releaser":  # … so it frees no one it held
                aux = rf"(?!{aux}{effort}){aux}"
                # 'has'/'had' holds, unless it is another verb's auxiliary ('had recovered')
                aux_of = (
                    rf"\s+(?:{self.phrases('have_auxiliary_of')}|[a-z]+ed"
                    r"|been\s+(?![a-z]+ing\b)[a-z]+)(?![\w])"
                )
                verbs += rf"|(?:{self.phrases('holding_have')})(?!{aux_of})"
            rx = re.compile(rf"{aux}(?:{verbs})(?![\w])", re.IGNORECASE)
            setattr(self, f"{name}_re", rx)
            setattr(self, f"{name}_lower_re", lowered(rx))
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
        names = tuple(groups)
        self.cue = LazyPatterns(names, lambda name: words_source(groups[name]))
        # the same, case-sensitive, for lower-cased text: markedly faster than IGNORECASE
        lower: dict[str, tuple[str, int]] = {}  # its sources, made once for both forms

        def lower_source(name: str) -> tuple[str, int]:
            got = lower.get(name)
            if got is None:
                got = lower[name] = words_source([w.lower() for w in groups[name]], 0)
            return got

        self.cue_lower = LazyPatterns(names, lower_source)
        # its ASCII twins (phrase_patterns.ascii_twin), compiled from the source alone
        self.cue_ascii = LazyPatterns(names, lambda name: (lower_source(name)[0], re.ASCII))
        for name, words in groups.items():
            if (found := needles(str(w) for w in words)) is not None:
                self.cue_needles[name] = found

    # the actor knowledge (actors.py: its functions, compiled apart from this class)
    def actors_in(self, text: str) -> tuple[Actor, ...]:
        return actors.actors_in(self, text)

    def actor(self, name: str) -> tuple[str, bool] | None:
        return actors.actor(self, name)

    def role(self, name: str) -> str:
        return actors.role(self, name)

    def first_actor(self, text: str) -> str | None:
        return actors.first_actor(self, text)

    def war_enemy(self, code: str) -> str | None:
        return actors.war_enemy(self, code)

    def fights(self, a: str, b: str) -> bool:
        return actors.fights(self, a, b)

    def war_start(self, parties: Sequence[str], named_war: bool = False) -> datetime.date | None:
        return actors.war_start(self, parties, named_war)

    def phrases(self, name: str) -> str:
        """Trigger list `name` as a regex alternation, for a stage's grammar around it."""
        words = (self.data.get("triggers", {}) or {}).get(name) or []
        return alternation(str(w) for w in words) or r"(?!x)x"

    def stage_patterns(self, stage: str, build: Callable[[Lexicon], T]) -> T:
        """A stage's patterns built from this lexicon (`build(self)`), built once."""
        got = self._stage.get(stage)
        if got is None:
            got = self._stage[stage] = build(self)
        return got

    def category(self, noun: str) -> str:
        cat = self._cat_seen.get(noun)
        if cat is None:
            cat = self._cat_seen[noun] = self._category(noun)
        return cat

    def _category(self, noun: str) -> str:
        key = norm(noun)
        cat = self.noun_category.get(key)
        if cat is None:  # a phrase with "~" wildcards: "members of the ~ regiment"
            cat = next((c for rx, c in self._wild if rx.fullmatch(key)), "unspecified")
        return cat


class LazyPatterns(dict):
    """Patterns by name, each compiled on first use: a process compiles only the cues its
    texts ask for. Of 238 cues in three forms (714 patterns, 0.2 s of each process's
    start), a pass over the dev texts asks for 83 lower-cased, 58 ASCII and 12 case-
    insensitive ones. Reads like the dict it was (`in`, `get`, iteration in the lexicon's
    order); a KeyError for a name the lexicon has not."""

    def __init__(self, names: Sequence[str], source: Callable[[str], tuple[str, int]]) -> None:
        super().__init__()
        self.names = names  # every name it has, in the lexicon's order
        self._known = frozenset(names)
        self._source = source  # name → (pattern, flags)

    def __missing__(self, name: str) -> re.Pattern[str]:
        if name not in self._known:
            raise KeyError(name)
        rx = self[name] = re.compile(*self._source(name))
        return rx

    def twin(self, name: str) -> re.Pattern[str]:
        """The ASCII twin of the pattern `name` (phrase_patterns.ascii_twin), compiled from
        its source without compiling the pattern itself (plain texts read only twins)."""
        if name not in self._known:
            raise KeyError(name)
        pattern, flags = self._source(name)
        return re.compile(pattern, (flags & ~re.UNICODE) | re.ASCII)

    def get(  # type: ignore[override]
        self, name: str, default: re.Pattern[str] | None = None
    ) -> re.Pattern[str] | None:
        return self[name] if name in self._known else default

    def __contains__(self, name: object) -> bool:
        return name in self._known

    def __len__(self) -> int:
        return len(self.names)

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def keys(self) -> list[str]:  # type: ignore[override]
        return list(self.names)

    def values(self) -> list[re.Pattern[str]]:  # type: ignore[override]
        return [self[n] for n in self.names]

    def items(self) -> list[tuple[str, re.Pattern[str]]]:  # type: ignore[override]
        return [(n, self[n]) for n in self.names]


_CUE_UNIONS = {
    "any_stock": ("held", "estimated", "left_in"),
    "any_plan": (
        "planned",
        "planned_governing",
        "planned_after",
        "planned_condition",
        "plan_verb",
        "talk",
    ),
    "any_kind": ("swap_verb", "other_half", "release_only", "separate"),
    "any_captivity": ("captive_context", "exchange", "release", "held", "take_verb"),
    "any_moved": ("exchange", "release"),
}
_CACHE: dict[tuple[str, ...], Lexicon] = {}


def load_lexicon(extra: Sequence[str | Path] = ()) -> Lexicon:
    """The package lexicon with the user YAML files in `extra` merged on top, in order."""
    key = tuple(str(Path(p).resolve()) for p in extra)
    if key in _CACHE:
        return _CACHE[key]
    lex = Lexicon(lexicon_data(extra))
    _CACHE[key] = lex
    return lex
