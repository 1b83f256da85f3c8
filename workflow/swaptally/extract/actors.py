"""Actor knowledge of the lexicon: which names, demonyms and armed groups name which actor,
in what role, and who fights whom (actors.yaml, wars.yaml).

The functions here take the lexicon; `Lexicon` has a method of the same name for each
public one (lex.actors_in(text), lex.fights(a, b), …) and declares the fields they read and
fill (actor_code, actor_role, actor_re, body_re, …, and their memos). They are functions,
not a mixin of Lexicon, so that this module compiles with mypyc while Lexicon stays
interpreted (a compiled class can have no interpreted subclass): README "The compiled build".
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .normalise import norm
from .phrase_patterns import alternation, words_re

if TYPE_CHECKING:
    from .lexicon import Lexicon

_MISSING = object()


@dataclass(slots=True)  # never changed; not frozen: a frozen __init__ is markedly slower
class Actor:
    """An actor named in a text: its place, code, and whether the name is a demonym."""

    start: int
    end: int
    code: str
    demonym: bool
    role: str = "state"  # or "armed_group", "insurgent": a non-state holder (see actors.yaml)


def compile_actors(lex: Lexicon) -> None:
    """Fill Lexicon's actor fields (actor_code, actor_role, opponent, mediators, the actor,
    body, member and backer patterns, and the private _body_firsts / _region_names) from
    actors.yaml and actor_roles; called once, by Lexicon.__post_init__."""
    mediators = set()
    for code, entry in (lex.data.get("actors", {}) or {}).items():
        entry = entry or {}
        if "mediator" in (entry.get("roles") or []):
            mediators.add(str(code))
        if entry.get("opponents"):
            lex.opponent[str(code)] = str(entry["opponents"][0])
        for kind, is_demonym in _NAME_KINDS:
            for name in entry.get(kind, []) or []:
                name = str(name)
                keys = [norm(name)] + ([norm("The " + name[4:])] if name.startswith("the ") else [])
                for key in keys:
                    lex.actor_code[key] = (str(code), is_demonym)
                    if kind in _ROLE_OF_KIND:
                        lex.actor_role[key] = _ROLE_OF_KIND[kind]
    lex.mediators = frozenset(mediators)
    roles = lex.data.get("actor_roles", {}) or {}
    # matched (the longest match wins) but in no actor_code: actors_in drops them
    not_actors = [str(n) for n in roles.get("not_actors") or []]
    names = _original_names(lex.data) + not_actors
    names += ["The " + n[4:] for n in names if n.startswith("the ")]
    lex.actor_re = words_re(names, 0)
    bodies = alternation(str(w) for w in roles.get("bodies") or []) or r"(?!x)x"
    lex.body_re = re.compile(rf"\s+(?:{bodies})(?![\w-])", re.IGNORECASE)
    # a body follows one space: its first letter is a cheap gate before the regex
    firsts = {str(w)[0] for w in roles.get("bodies") or [] if str(w)}
    lex._body_firsts = frozenset(firsts | {c.upper() for c in firsts})
    members = alternation(str(w) for w in roles.get("member_nouns") or []) or r"(?!x)x"
    lex.member_re = re.compile(rf" (?:{members})(?![\w-])")
    backed = alternation(str(w) for w in roles.get("backer_suffixes") or []) or r"(?!x)x"
    lex.backer_re = re.compile(rf"(?:{backed})(?![\w])", re.IGNORECASE)
    # a state's name that is also a region of another ('Niger', a state of Nigeria): a
    # place right after a region noun and 'of' ('the central state of Niger'; not 'the
    # Tillaberi region of Niger', where a region's name comes first)
    lex._region_names = frozenset(
        str(n)
        for entry in (lex.data.get("actors", {}) or {}).values()
        for n in (entry or {}).get("places") or []
    )
    regions = alternation(str(w) for w in lex.data.get("region_nouns") or [])
    lex.region_of_re = re.compile(rf"\b[a-z][\w-]*\s+(?:{regions or '(?!x)x'})\s+of\s+(?:the\s+)?$")
    seats = alternation(str(w) for w in roles.get("seat_before") or []) or r"(?!x)x"
    lex.seat_re = re.compile(rf"\b(?:{seats})\s+$", re.IGNORECASE)
    lex.state_people = tuple(str(w).lower() for w in roles.get("state_people") or [])
    lex.hostage_nouns = tuple(str(w).lower() for w in roles.get("hostage_nouns") or [])
    holders = alternation(str(w).lower() for w in roles.get("armed_holders") or [])
    lex.armed_holder_re = re.compile(
        rf"\s+(?:\w+\s+){{0,2}}?(?:by|of|with)\s+(?:the\s+)?(?:{holders or '(?!x)x'})(?![\w])"
    )  # lower-cased text: 'held by armed groups', 'in the hands of the rebels'
    captors = alternation(
        str(w).lower()
        for key in ("armed_holders", "unnamed_captors", "captor_verbs")
        for w in roles.get(key) or []
    )
    lex.captor_re = re.compile(rf"\b(?:{captors or '(?!x)x'})(?![\w])")


def war_enemy(lex: Lexicon, code: str) -> str | None:
    """The other side of the one war (wars.yaml) `code` is a side of, if just one."""
    found = lex._enemy_seen.get(code, _MISSING)
    if found is _MISSING:
        found = lex._enemy_seen[code] = _war_enemy(lex, code)
    return found  # type: ignore[return-value]


def fights(lex: Lexicon, a: str, b: str) -> bool:
    """`a` and `b` are enemies: at war (wars.yaml) or an armed group and the state it
    fights (the lexicon's opponents), whichever of the two is named first."""
    return (
        war_enemy(lex, a) == b
        or war_enemy(lex, b) == a
        or lex.opponent.get(a) == b
        or lex.opponent.get(b) == a
    )


def _war_enemy(lex: Lexicon, code: str) -> str | None:
    enemies = {
        c
        for war in lex.data.get("wars") or []
        if code in (sides := list(war.get("sides") or []))
        for c in sides
        if c not in (code, "XX")
    }
    return next(iter(enemies)) if len(enemies) == 1 else None


def war_start(
    lex: Lexicon, parties: Sequence[str], named_war: bool = False
) -> datetime.date | None:
    """The day the war between the two parties began ('since the war started');
    when the text names a war (`named_war`), also of the one war the only party named
    fights ('Ukraine has brought home 3,500 prisoners since the war began'), not for a
    total with no war in its words ('Overall, 26 were swapped')."""
    named = set(parties)
    if named_war and len(named - {"XX"}) == 1:
        enemy = war_enemy(lex, next(iter(named - {"XX"})))
        if enemy is not None:
            named.add(enemy)
    for war in lex.data.get("wars") or []:
        sides = set(war.get("sides") or [])
        if sides and sides <= named and isinstance(war.get("start"), datetime.date):
            return war["start"]
    return None


def actors_in(lex: Lexicon, text: str) -> tuple[Actor, ...]:
    """Every actor named in `text`, in order. A demonym followed by a body ('the Afghan
    government', 'Ethiopian forces') names that state; a name followed by '-backed'
    names a backer, no side of its own: it is left out."""
    out = []
    roles = lex._role_seen
    for m in lex.actor_re.finditer(text):
        name = m.group()
        hit = actor(lex, name)
        if not hit:
            continue  # a phrase that names no actor ("a South American country")
        code, demonym = hit
        end = m.end()
        nxt = text[end : end + 2]
        if nxt[:1] == "-" and lex.backer_re.match(text, end):
            continue
        if name in lex._region_names and lex.region_of_re.search(
            text, max(0, m.start() - 30), m.start()
        ):
            continue  # 'the central state of Niger': a region of another state
        if text[m.start() - 3 : m.start()] in _IN_BEFORE and lex.seat_re.search(
            text, max(0, m.start() - 24), m.start()
        ):
            continue  # 'a monitor based in Britain', 'the border with Mali': a place
        if demonym and nxt[1:] in lex._body_firsts and nxt[:1].isspace():
            body = lex.body_re.match(text, end)
            if body:
                demonym, end = False, body.end()
        its_role = roles.get(name) or role(lex, name)
        if its_role != "state" and nxt[:1] == " ":
            member = lex.member_re.match(text, end)  # 'Abu Sayyaf gunmen': the group
            if member:
                end = member.end()
        out.append(Actor(m.start(), end, code, demonym, its_role))
    return tuple(out)


def role(lex: Lexicon, name: str) -> str:
    """The role of a matched actor name: "state", "armed_group", "insurgent" (cached)."""
    role = lex._role_seen.get(name)
    if role is None:
        role = lex._role_seen[name] = lex.actor_role.get(norm(name), "state")
    return role


def first_actor(lex: Lexicon, text: str) -> str | None:
    """The code of the first actor named in `text` (a speaker's name), cached."""
    code = lex._speaker_seen.get(text, _MISSING)
    if code is _MISSING:
        acts = actors_in(lex, text)
        code = lex._speaker_seen[text] = acts[0].code if acts else None
    return code


def actor(lex: Lexicon, name: str) -> tuple[str, bool] | None:
    """(code, is_demonym) for a matched actor name."""
    hit = lex._seen.get(name, _MISSING)
    if hit is _MISSING:
        hit = lex._seen[name] = lex.actor_code.get(norm(name))
    return hit


# the end of a seat phrase ('based in ', 'based in the ', 'border with ', 'coast of '): a
# cheap gate before seat_re
_IN_BEFORE = frozenset({"in ", "he ", "In ", "th ", "of "})
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
