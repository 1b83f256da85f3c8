"""Figures that count no people, though a people noun may follow them. mentions.py asks
counts_no_people of every figure it has linked to people; this module runs the traps in
order, each kept with its idea:
- ratio_traps.py: rates, ratios, ages, populations, a vehicle's load ('for each hostage');
- casualty_traps.py: the dead, the hurt, the missing ('the remains of 300 fighters');
- force_traps.py: people who are somewhere, not held (a force's strength, passengers);
- company_traps.py: people beside a handover (kin who come with a group, names on a list,
  speakers, those who stayed out, a move to lighter custody);
- mention_takings.py: counts told at an event of taking (arrests, the set a group was
  taken in); part_traps.py: parts of a group already counted."""

from __future__ import annotations

import re

from swaptally.numbers import Quantity

from .casualty_traps import dead_reach, list_gone, taken_at_scene
from .company_traps import companions, on_a_list, speaks, stayed_out, to_lighter_custody
from .force_traps import aboard, captors, force_strength, sent_to_serve, stays_there
from .gone import gone_after, gone_part
from .lexicon import Lexicon
from .mention_takings import ARREST_HINTS, arrests, part_of_the_taken, set_of_the_taken
from .part_traps import among_part, freed_part_whole, part_gone_to, stock_part
from .ratio_traps import age_limit, load_each, rate_after, rate_each_before, skip_figure
from .sentence import any_in

__all__ = ["age_limit", "counts_no_people", "dead_reach", "skip_figure"]

_COMPOUND_TAIL_RE = re.compile(r"(?:-\w+)*[\s-]")  # the rest of a hyphenated compound


def _events_counted(lex: Lexicon, t: str, end: int) -> bool:
    """'14 prisoner-of-war exchanges': the people noun is part of a compound that names
    events, counted, no people. `t` lower-cased."""
    if t[end : end + 1] not in (" ", "-"):
        return False
    head = _COMPOUND_TAIL_RE.match(t, end)  # "prisoner|-of-war exchanges"
    return bool(lex.cue_lower["events_counted"].match(t, head.end() if head else end + 1))


def _not_captives(lex: Lexicon, t: str, q: Quantity, end: int) -> bool:
    """The killed, the injured, the missing, a crowd (lexicon not_captive_after right after
    the group, not_captive right before it); not a casualty word that names the scene of a
    capture ('40 people detained during the protests'). `t` lower-cased."""
    if lex.not_captive_after.match(t, end) and not taken_at_scene(lex, t, q, end):
        return True
    return bool(lex.cue_lower["not_captive"].search(t, max(0, q.start - 25), q.start))


def counts_no_people(lex: Lexicon, t: str, q: Quantity, end: int, has_noun: bool) -> bool:
    """The figure `q`, its noun phrase ending at `end` (`has_noun`: with a people noun), counts
    no captives: events counted, the dead, the hurt, a list of names, speakers, a ratio, a
    load. `t` is the sentence lower-cased."""
    if companions(lex, t, q):
        return True  # "freed 14 soldiers, along with three children": who came with them
    if has_noun and _events_counted(lex, t, end):
        return True  # "14 prisoner-of-war exchanges": exchanges counted, no people
    if on_a_list(lex, t, q, end):
        return True  # "a list of 339 children", "put 250 prisoners on a list": names
    if _not_captives(lex, t, q, end):
        return True  # the killed, the injured, the missing, a crowd: no captives
    if aboard(lex, t, q, end):
        return True  # "the train had over 450 people on board": passengers, no captives
    if has_noun and lex.cue_lower["dead_in_group"].search(t, q.num_end, end):
        return True  # "909 fallen soldiers": the dead, no captives
    if has_noun and stays_there(lex, t, q, end):
        return True  # "1,000 troops remain in Kursk": deployed there, no captives
    if has_noun and sent_to_serve(lex, t, q, end):
        return True  # "has sent 4,000 soldiers to support Russia": a force, no captives
    if has_noun and force_strength(lex, t, q, end):
        return True  # "the militia has about 3,000 fighters": a force's strength
    if has_noun and captors(lex, t, q, end):
        return True  # "2,000 rebels still hold the town": the captors, no captives
    if any_in(ARREST_HINTS, t[end : end + 24]) and arrests(lex, t, end):
        return True  # "30,000 people were arrested in the crackdown": arrests counted
    if part_gone_to(lex, t, q):
        return True  # "35 of those released were driven across …": a share by destination
    if has_noun and among_part(lex, t, q, end):
        return True  # "nine women were among those freed": a breakdown, no fact of its own
    if has_noun and freed_part_whole(lex, t, q, end):
        return True  # "freed two of five abductees": the whole taken, no fact of its own
    if has_noun and stock_part(lex, t, q):
        return True  # "58 men in the militia's jail, 41 of them fishermen and 17 dockworkers"
    if part_of_the_taken(lex, t, q):
        return True  # "abducted 30 people, nine of them nurses": the make-up of a taking
    if has_noun and set_of_the_taken(lex, t, q, end):
        return True  # "were among the 70 farmers seized in May": a count at the taking
    if to_lighter_custody(lex, t, end):
        return True  # "moved four citizens from prison to house arrest": still held, none freed
    if gone_after(lex, t, end) or gone_part(lex, t, q.start, end):
        return True  # "3,890 are still listed as missing", "…, including …, were wounded"
    if has_noun and list_gone(lex, t, q, end):
        return True  # "three guards and six rebels died": the list's predicate is each one's
    if speaks(lex, t, end):
        return True  # "two of the Iranians said they …": people who speak, no count
    if stayed_out(lex, t, end):
        return True  # "12 hostages got away", "8 reservists were excluded": no handover
    if rate_after(t, end) or rate_each_before(t, q):
        return True  # "three prisoners for each hostage", "each hostage … for three": ratios
    return load_each(lex, t, q, end)  # "three flights carrying 45 prisoners each": a load
