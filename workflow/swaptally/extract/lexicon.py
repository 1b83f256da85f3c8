"""The lexicon: actors with their codes, people nouns and cue words, as data.

The package's lexicon/*.yaml files, with a user's files of the same format merged on top
(`load_lexicon([...])`), compiled into the regexes every stage shares (phrase_patterns.py:
how a word list becomes a regex; its functions are importable from here too).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import yaml

from swaptally.yaml_words import load_words

from .phrase_patterns import (
    alternation,
    ascii_twin,
    first_chars,
    lowered,
    needles,
    trie_of,
    trie_re,
    words_re,
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
    r"(?:{aux})\s+|on\s+\w+\s+|be\s+(?=\w+ing\b)|"
    r"(?:are|were)\s+(?=(?:{be_before})\s|\w+ing\b)|\w+ed\s+to\s+"
)
_ASIDE = r"(?:,\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+,)?"
_RELEASER_AUX = r"(?:['’]s\s+\w+(?:\s+\w+)?)?" + _ASIDE + r"\s+(?:" + RELEASER_UNIT + ")*"
# a receiver may be told in the future or as a plan, besides the lexicon's receiver_aux:
# "Kyiv on Friday brought home", "Armenia expects to get back 10", "Baku hoped to receive"
RECEIVER_UNIT = r"(?:{aux})\s+|on\s+\w+\s+|\w+s\s+to\s+|\w+ed\s+to\s+"
_RECEIVER_AUX = _ASIDE + r"\s+(?:" + RECEIVER_UNIT + ")*"

T = TypeVar("T")

_PACKAGE_DIR = Path(__file__).parent.with_name("lexicon")


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


@dataclass(slots=True)  # never changed; not frozen: a frozen __init__ is markedly slower
class Actor:
    """An actor named in a text: its place, code, and whether the name is a demonym."""

    start: int
    end: int
    code: str
    demonym: bool
    role: str = "state"  # or "armed_group", "insurgent": a non-state holder (see actors.yaml)


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
    state_people: tuple[str, ...] = ()  # in a noun phrase: a state's people ("government")
    hostage_nouns: tuple[str, ...] = ()  # people taken by an armed group ("hostages")
    armed_holder_re: re.Pattern[str] = field(init=False)  # "held by armed groups"
    captor_re: re.Pattern[str] = field(init=False)  # lower-cased: "gunmen", "kidnappers"
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
    _seen: dict = field(default_factory=dict, repr=False)  # memo of actor() lookups
    _role_seen: dict = field(default_factory=dict, repr=False)  # memo of role() lookups
    _body_firsts: frozenset[str] = field(default_factory=frozenset, repr=False)
    _wild: list = field(default_factory=list, repr=False)  # (pattern, category) of "~" nouns
    _cat_seen: dict = field(default_factory=dict, repr=False)  # memo of category()
    _speaker_seen: dict = field(default_factory=dict, repr=False)  # memo of speaker codes
    _enemy_seen: dict = field(default_factory=dict, repr=False)  # memo of war_enemy()
    _stage: dict = field(default_factory=dict, repr=False)  # memo of stage_patterns()

    def __post_init__(self) -> None:
        self._compile_actors()
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
        self.np_re = re.compile(
            r"\s*(?:-\s*)?(?:(?:of|among)\s+(?:(?P<poss>the|their|its|his|her|our|these|those)"
            rf"\s+)?)?{gap}(?P<noun>{nouns})(?![\w])(?!\s+(?:exchanges?|swaps?|deals?|releases?)\b)"
            rf"(?:(?:\s+and|\s+or|\s*,)\s+(?P<gap2>{gap})(?P<noun2>{nouns})(?![\w])"
            # a third noun of an apposition: "390 people, soldiers and civilians"
            rf"(?:(?:\s+and|\s+or)\s+(?:{gap})(?P<noun3>{nouns})(?![\w]))?)?",
            re.IGNORECASE,
        )
        demonyms = [n for n, (_, d) in self.actor_code.items() if d]
        # a demonym with no noun after it is one only at a cut or before a verb or a mark
        # (demonym_noun_next): "Four Lebanese captured in the war were handed back"
        self.demonym_noun_re = re.compile(
            rf"\s+(?:{alternation(demonyms) or '(?!x)x'})(?:['’]s)?"
            rf"(?=\s*$|\s*[,;:)]|\s+(?:{self.phrases('demonym_noun_next')})\b)",
            re.IGNORECASE,
        )
        # "12 were civilians", "13 of them were Israelis": a part named by a copula
        self.were_np_re = re.compile(
            rf"\s+(?:of\s+(?:them|whom|those)\s+)?(?:were|are)\s+(?:all\s+)?{gap}"
            rf"(?P<noun>{nouns})(?![\w])",
            re.IGNORECASE,
        )
        # the same patterns without IGNORECASE, for lower-cased text (much faster)
        self.np_lower_re = re.compile(self.np_re.pattern)
        self.were_np_lower_re = re.compile(self.were_np_re.pattern)
        self.demonym_noun_lower_re = re.compile(self.demonym_noun_re.pattern)
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
        for name, words in groups.items():
            self.cue[name] = words_re(words)
            # the same, case-sensitive, for lower-cased text: markedly faster than IGNORECASE
            self.cue_lower[name] = words_re([w.lower() for w in words], 0)
            self.cue_ascii[name] = ascii_twin(self.cue_lower[name])
            if (found := needles(str(w) for w in words)) is not None:
                self.cue_needles[name] = found

    def _compile_actors(self) -> None:
        mediators = set()
        for code, entry in (self.data.get("actors", {}) or {}).items():
            entry = entry or {}
            if "mediator" in (entry.get("roles") or []):
                mediators.add(str(code))
            if entry.get("opponents"):
                self.opponent[str(code)] = str(entry["opponents"][0])
            for kind, is_demonym in _NAME_KINDS:
                for name in entry.get(kind, []) or []:
                    name = str(name)
                    keys = [norm(name)] + (
                        [norm("The " + name[4:])] if name.startswith("the ") else []
                    )
                    for key in keys:
                        self.actor_code[key] = (str(code), is_demonym)
                        if kind in _ROLE_OF_KIND:
                            self.actor_role[key] = _ROLE_OF_KIND[kind]
        self.mediators = frozenset(mediators)
        roles = self.data.get("actor_roles", {}) or {}
        # matched (the longest match wins) but in no actor_code: actors_in drops them
        not_actors = [str(n) for n in roles.get("not_actors") or []]
        names = _original_names(self.data) + not_actors
        names += ["The " + n[4:] for n in names if n.startswith("the ")]
        self.actor_re = words_re(names, 0)
        bodies = alternation(str(w) for w in roles.get("bodies") or []) or r"(?!x)x"
        self.body_re = re.compile(rf"\s+(?:{bodies})(?![\w-])", re.IGNORECASE)
        # a body follows one space: its first letter is a cheap gate before the regex
        firsts = {str(w)[0] for w in roles.get("bodies") or [] if str(w)}
        self._body_firsts = frozenset(firsts | {c.upper() for c in firsts})
        members = alternation(str(w) for w in roles.get("member_nouns") or []) or r"(?!x)x"
        self.member_re = re.compile(rf" (?:{members})(?![\w-])")
        backed = alternation(str(w) for w in roles.get("backer_suffixes") or []) or r"(?!x)x"
        self.backer_re = re.compile(rf"(?:{backed})(?![\w])", re.IGNORECASE)
        seats = alternation(str(w) for w in roles.get("seat_before") or []) or r"(?!x)x"
        self.seat_re = re.compile(rf"\b(?:{seats})\s+$", re.IGNORECASE)
        self.state_people = tuple(str(w).lower() for w in roles.get("state_people") or [])
        self.hostage_nouns = tuple(str(w).lower() for w in roles.get("hostage_nouns") or [])
        holders = alternation(str(w).lower() for w in roles.get("armed_holders") or [])
        self.armed_holder_re = re.compile(
            rf"\s+(?:\w+\s+){{0,2}}?(?:by|of|with)\s+(?:the\s+)?(?:{holders or '(?!x)x'})(?![\w])"
        )  # lower-cased text: 'held by armed groups', 'in the hands of the rebels'
        captors = alternation(
            str(w).lower()
            for key in ("armed_holders", "unnamed_captors", "captor_verbs")
            for w in roles.get(key) or []
        )
        self.captor_re = re.compile(rf"\b(?:{captors or '(?!x)x'})(?![\w])")

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

    def war_enemy(self, code: str) -> str | None:
        """The other side of the one war (wars.yaml) `code` is a side of, if just one."""
        found = self._enemy_seen.get(code, _MISSING)
        if found is _MISSING:
            found = self._enemy_seen[code] = self._war_enemy(code)
        return found  # type: ignore[return-value]

    def fights(self, a: str, b: str) -> bool:
        """`a` and `b` are enemies: at war (wars.yaml) or an armed group and the state it
        fights (the lexicon's opponents), whichever of the two is named first."""
        return (
            self.war_enemy(a) == b
            or self.war_enemy(b) == a
            or self.opponent.get(a) == b
            or self.opponent.get(b) == a
        )

    def _war_enemy(self, code: str) -> str | None:
        enemies = {
            c
            for war in self.data.get("wars") or []
            if code in (sides := list(war.get("sides") or []))
            for c in sides
            if c not in (code, "XX")
        }
        return next(iter(enemies)) if len(enemies) == 1 else None

    def war_start(self, parties: Sequence[str], named_war: bool = False) -> datetime.date | None:
        """The first day of the war between the two parties ('since the start of the war');
        when the text names a war (`named_war`), also of the one war the only party named
        fights ('Ukraine has brought home 3,500 prisoners since the war began'), not for a
        total with no war in its words ('Overall, 26 were swapped')."""
        named = set(parties)
        if named_war and len(named - {"XX"}) == 1:
            enemy = self.war_enemy(next(iter(named - {"XX"})))
            if enemy is not None:
                named.add(enemy)
        for war in self.data.get("wars") or []:
            sides = set(war.get("sides") or [])
            if sides and sides <= named and isinstance(war.get("start"), datetime.date):
                return war["start"]
        return None

    def actors_in(self, text: str) -> tuple[Actor, ...]:
        """Every actor named in `text`, in order. A demonym followed by a body ('the Afghan
        government', 'Ethiopian forces') names that state; a name followed by '-backed'
        names a backer, no side of its own: it is left out."""
        out = []
        roles = self._role_seen
        for m in self.actor_re.finditer(text):
            name = m.group()
            hit = self.actor(name)
            if not hit:
                continue  # a phrase that names no actor ("a South American country")
            code, demonym = hit
            end = m.end()
            nxt = text[end : end + 2]
            if nxt[:1] == "-" and self.backer_re.match(text, end):
                continue
            if text[m.start() - 3 : m.start()] in _IN_BEFORE and self.seat_re.search(
                text, max(0, m.start() - 24), m.start()
            ):
                continue  # 'a monitor based in Britain': a seat, no side
            if demonym and nxt[1:] in self._body_firsts and nxt[:1].isspace():
                body = self.body_re.match(text, end)
                if body:
                    demonym, end = False, body.end()
            role = roles.get(name) or self.role(name)
            if role != "state" and nxt[:1] == " ":
                member = self.member_re.match(text, end)  # 'Abu Sayyaf gunmen': the group
                if member:
                    end = member.end()
            out.append(Actor(m.start(), end, code, demonym, role))
        return tuple(out)

    def role(self, name: str) -> str:
        """The role of a matched actor name: "state", "armed_group", "insurgent" (cached)."""
        role = self._role_seen.get(name)
        if role is None:
            role = self._role_seen[name] = self.actor_role.get(norm(name), "state")
        return role

    def first_actor(self, text: str) -> str | None:
        """The code of the first actor named in `text` (a speaker's name), cached."""
        code = self._speaker_seen.get(text, _MISSING)
        if code is _MISSING:
            acts = self.actors_in(text)
            code = self._speaker_seen[text] = acts[0].code if acts else None
        return code

    def actor(self, name: str) -> tuple[str, bool] | None:
        """(code, is_demonym) for a matched actor name."""
        hit = self._seen.get(name, _MISSING)
        if hit is _MISSING:
            hit = self._seen[name] = self.actor_code.get(norm(name))
        return hit


# the end of a seat phrase ('based in ', 'based in the '): a cheap gate before seat_re
_IN_BEFORE = frozenset({"in ", "he ", "In "})
# the lists of an actor's entry: its names, its armed groups (names too), its demonyms
_NAME_KINDS = (("names", False), ("armed_groups", False), ("insurgents", False), ("demonyms", True))
_ROLE_OF_KIND = {"armed_groups": "armed_group", "insurgents": "insurgent"}
ARMED_ROLES = frozenset(_ROLE_OF_KIND.values())


def _original_names(data: dict) -> list[str]:
    out = []
    for entry in (data.get("actors", {}) or {}).values():
        for kind, _ in _NAME_KINDS:
            out.extend(str(n) for n in (entry or {}).get(kind, []) or [])
    return out


def norm(s: str) -> str:
    return " ".join(s.replace("’", "'").split()).lower()


# typographic apostrophes (right and left single quotes, the modifier letter of Ukrainian
# spelling), read as the straight one that the lexicon and the stages' patterns are
# written with: "didn’t take place" is "didn't take place"
_APOSTROPHES = ("\u2019", "\u2018", "\u02bc")


def straight_apostrophes(text: str) -> str:
    """`text` with every typographic apostrophe straight: one character for one, so that
    offsets hold (`text` itself, unchanged, when it has none: most texts)."""
    for c in _APOSTROPHES:
        if c in text:
            text = text.replace(c, "'")
    return text


def straight_data(value: T) -> T:
    """Lexicon data with straight apostrophes in every string (a user's file may be typed
    with curly ones), so that its words are found in texts read with straight ones."""
    if isinstance(value, str):
        return straight_apostrophes(value)  # type: ignore[return-value]
    if isinstance(value, dict):
        return {  # type: ignore[return-value]
            straight_apostrophes(k) if isinstance(k, str) else k: straight_data(v)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [straight_data(v) for v in value]  # type: ignore[return-value]
    return value


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
_MISSING = object()


def _user_file(path: str | Path, package: dict) -> dict:
    """A user's lexicon file, read; InputError (one line: the file, where, what) when it is
    not YAML, not a mapping, or gives a section of another shape than the package's."""
    from swaptally.errors import InputError

    try:
        data = load_words(Path(path).read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise InputError(f"{path}: not valid YAML{where}: {getattr(err, 'problem', '')}") from err
    except UnicodeDecodeError as err:
        raise InputError(f"{path}: not UTF-8 text") from err
    if not isinstance(data, dict):
        raise InputError(f"{path}: a lexicon is sections by name (actors:, …), not a list or word")
    for name, value in data.items():
        have = package.get(name)
        for shape, what in ((dict, "names and values"), (list, "a list")):
            if isinstance(have, shape) and not isinstance(value, shape):
                raise InputError(f"{path}: {name}: {value!r} is not {what}, as this section is")
    return data


def load_lexicon(extra: Sequence[str | Path] = ()) -> Lexicon:
    """The package lexicon with the user YAML files in `extra` merged on top, in order."""
    key = tuple(str(Path(p).resolve()) for p in extra)
    if key in _CACHE:
        return _CACHE[key]
    data: dict = {}
    for path in sorted(_PACKAGE_DIR.glob("*.yaml")):
        _merge(data, load_words(path.read_text(encoding="utf-8")) or {})
    for path in extra:
        _merge(data, _user_file(path, data))
    # the Russian/Ukrainian extractor reads its section with its own spelling rules
    slavic = data.pop("slavic", None)
    data = straight_data(data)
    if slavic is not None:
        data["slavic"] = slavic
    lex = Lexicon(data)
    _CACHE[key] = lex
    return lex
