"""People who are somewhere, not held: a force's strength ('the militia has about 3,000
fighters'), a force sent to serve ('sent 4,000 soldiers to support Russia'), a force that
stays ('1,000 troops remain in Kursk'), a vehicle's passengers ('450 people on board'), an
armed group's members who hold or free the captives ('2,000 rebels still hold the town').
mention_traps.py asks these with its other traps."""

from __future__ import annotations

import re

from swaptally.numbers import Quantity

from .lexicon import Lexicon
from .sentence import any_in

__all__ = ["aboard", "captors", "force_strength", "sent_to_serve", "stays_there"]


def force_strength(lex: Lexicon, t: str, q: Quantity, end: int) -> bool:
    """'The rebel army, founded in 1990, has about 3,000 fighters': a verb of having
    (lexicon force_have) right before a group of fighters (a military noun, no captive
    one) tells a force's strength, no captives; not where the group's own clause speaks of
    captivity or a handover ('Kyiv has 40 Russian soldiers in captivity', '… has 90
    soldiers to exchange'). `t` lower-cased."""
    have = lex.cue_lower["force_have"].search(t, max(0, q.start - 14), q.start)
    if have is None or t[have.end() : q.start].strip():
        return False  # the common case: no such verb right before the figure
    noun = lex.noun_lower_re.search(t, q.num_end, end)
    if noun is None or lex.category(noun.group()) != "military":
        return False
    if lex.cue_lower["captive_noun"].search(t, q.num_end, end):
        return False  # "has 300 POWs": captives held
    stop = _clause_end(lex).search(t, end)
    return lex.cue_lower["any_captivity"].search(t, end, stop.start() if stop else len(t)) is None


def sent_to_serve(lex: Lexicon, t: str, q: Quantity, end: int) -> bool:
    """'North Korea has sent 4,000 soldiers to support Russia': a force (lexicon
    deployed_force, no captive noun) right after its figure, the purpose it was sent for
    right after it (lexicon deploy_purpose). `t` lower-cased."""
    if not (
        t.startswith(" to ", end) and lex.cue_lower["deployed_force"].search(t, q.num_end, end)
    ):
        return False  # the common case
    if lex.cue_lower["captive_noun"].search(t, q.num_end, end):
        return False
    cue = lex.cue_lower["deploy_purpose"].match(t, end + 1)
    return cue is not None


_ABOARD_AFTER_LRE = re.compile(r"\s+(?:on\s+board|aboard|onboard)\b")


def aboard(lex: Lexicon, t: str, q: Quantity, end: int) -> bool:
    """'The ferry carried some 300 people on board': a group right before 'on board' that
    no captive noun names counts a vehicle's passengers; not where its clause says they are
    held ('the gunmen held 120 passengers on board')."""
    near = t[end : end + 12]
    if not ("board" in near or "aboard" in near) or _ABOARD_AFTER_LRE.match(t, end) is None:
        return False
    if lex.cue_lower["captive_noun"].search(t, q.num_end, end):
        return False
    lo = max(t.rfind(",", 0, q.start), t.rfind(";", 0, q.start), 0)
    return lex.cue_lower["held"].search(t, lo, end) is None


def stays_there(lex: Lexicon, t: str, q: Quantity, end: int) -> bool:
    """'About 1,000 troops remain in Kursk', '300 soldiers stayed in the town': a force
    (lexicon deployed_force) that is no captive noun, its predicate a verb of staying and a
    place, counts people who are there, no captives; not with a word of captivity after it
    in its clause ('600 sailors remain in enemy captivity', '… in Israeli custody').
    `t` lower-cased."""
    if not (
        any_in(_stay_hints(lex), t[end : end + 24])  # the common case: no stay verb
        and lex.cue_lower["deployed_force"].search(t, q.num_end, end)
    ):
        return False
    m = lex.stage_patterns("force_traps.stays", _stays_re).match(t, end)
    if m is None or lex.cue_lower["captive_noun"].search(t, q.num_end, end):
        return False
    stop = _clause_end(lex).search(t, m.end())
    hi = stop.start() if stop else len(t)
    # from "in" on: a phrase of holding ("in custody", "behind bars") or a word of captivity
    # ("in the group's hands", "in Russian prisons")
    return (
        lex.cue_lower["held"].search(t, m.start(1), hi) is None
        and lex.cue_lower["captive_context"].search(t, m.end(1), hi) is None
    )


def _stay_hints(lex: Lexicon) -> tuple[str, ...]:
    """The lexicon's stay_verb words, lower-cased, for a substring test before the regex."""
    return lex.stage_patterns(
        "force_traps.stay_hints",
        lambda lx: tuple(str(w).lower() for w in lx.data["triggers"].get("stay_verb") or []),
    )


def _stays_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(
        rf"\s+(?:(?:{lex.phrases('stay_adverb').lower()})\s+)?"
        rf"(?:{lex.phrases('stay_verb').lower()})\s+"
        rf"({lex.phrases('stay_place_before').lower()})\b"
    )


def _clause_end(lex: Lexicon) -> re.Pattern[str]:
    """Where a group's own clause ends, for a force's strength and a stay alike: a stop, a
    bracket, or a conjunction that opens another clause (lexicon stay_clause_end), for
    lower-cased text; built once per lexicon."""
    return lex.stage_patterns(
        "force_traps.clause_end",
        lambda lx: re.compile(rf"[,;:.()]|\s(?:{lx.phrases('stay_clause_end').lower()})\s"),
    )


def captors(lex: Lexicon, t: str, q: Quantity, end: int) -> bool:
    """'Some 2,000 rebels still hold the town', '150 insurgents holding the hostages', '500
    separatists guarding the prison …': members of an armed group (actor_roles
    insurgent_nouns) who are the subject of an active verb of holding or freeing right after
    them (lexicon releaser or holding_verb) are the captors, no captives. Not a passive
    ('22 separatists jailed after the unrest', '… held by Kyiv': an -ed form before a word of
    passive_after), nor members handed over ('52 captured rebels'). `t` lower-cased."""
    words = t[q.num_end : end].split()
    if not words or words[-1] not in lex.stage_patterns("force.insurgent_nouns", _insurgents):
        return False  # the common case: no armed group's members
    verb = lex.releaser_lower_re.match(t, end) or lex.stage_patterns(
        "force.holding", _holding_re
    ).match(t, end)
    if verb is None:
        return False
    said = verb.group().split()
    if said and said[-1].endswith("ing"):
        return True  # 'holding', 'guarding': the group's own doing
    after = t[verb.end() :].split(maxsplit=1)
    return not after or after[0].strip(",.;:") not in _passive_after(lex)


def _insurgents(lex: Lexicon) -> frozenset[str]:
    roles = lex.data.get("actor_roles", {}) or {}
    return frozenset(str(w).lower() for w in roles.get("insurgent_nouns") or [])


def _holding_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"\s+(?:(?:still|now|currently)\s+)?(?:{lex.phrases('holding_verb')})\b")


def _passive_after(lex: Lexicon) -> frozenset[str]:
    return frozenset(
        str(w) for w in (lex.data.get("triggers", {}) or {}).get("passive_after") or []
    )
