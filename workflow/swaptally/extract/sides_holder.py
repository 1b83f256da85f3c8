"""The holder of one side: once a resolver of the sides stage (sides.py) knows whose people
a group is, who held them: the holder named or releasing, else the sender, a mixed
counterpart, the state at war at home, the other party, the captors' country or the
group's own state."""

from __future__ import annotations

import re

from . import frame, frame_doers, frame_named
from .actors import Actor
from .context import Ctx
from .fact import Side
from .lexicon import Lexicon
from .mentions import UNKNOWN, Figure
from .places import countries_of_places
from .sentence import any_in
from .sided import Answer, Sided, armed_group, holder_or_releaser, np_words

__all__ = ["finish", "other_actor_named", "state_people_named"]


def finish(ctx: Ctx, f: Figure, persons: str | None, side: Side) -> Answer:
    """One side: its holder is the one named or the releaser, else the other party."""
    holder = holder_or_releaser(ctx, f, persons)
    if holder is None and persons and _frees_own_dissidents(ctx, f, persons):
        return (Sided(persons, persons, side),)
    category = None
    if persons == "XX" and holder in (None, "XX"):
        fought = frame_named.fought_for(ctx.s, f)  # '10 foreigners who fought for Ukraine'
        if fought and fought != "XX":
            # captured by the war's other side (wars.yaml), else the text's other party
            category = "military"
            holder = ctx.doc.lex.war_enemy(fought) or ctx.other(fought)
    if holder is None:
        holder = _sender(ctx, f, persons)  # 'El Salvador repatriated 238 Venezuelans'
    if holder is None and persons == "XX":
        holder = _foreigners_holder(ctx)  # 'Separately, ten foreign nationals were freed'
    if holder is None and _mixed_counterpart(ctx, f):
        holder = "XX"  # '681 Houthis for 381 government men, 15 Saudis and 4 Sudanese'
    if holder is None and persons in (None, "XX"):
        # people of no one nationality in a text about one state's releases: held by the
        # state that frees people, not by 'the other party' (a war's, a bystander's)
        holder = ctx.doc.releaser
    if holder is None and persons == "XX" and ctx.doc.armed:
        holder = _armed_holder(ctx)  # 'the rebels still hold nine other foreigners'
    if holder is None or holder == persons:
        holder = _unnamed_holder(ctx, f, persons)
    if holder is None:
        holder = _captors_country(ctx, persons)
        if persons is None and holder is not None:
            persons = holder  # people of no stated nationality taken where captors act
    if holder is None and persons not in (None, "XX") and _frees_own_outside_swap(ctx, f, persons):
        holder = persons  # 'Belarus freed 15 Belarusians convicted of extremism'
    if holder is None and persons not in (None, "XX") and _clemency_at_home(ctx, f, persons):
        holder = persons  # '45 Belarusian political prisoners pardoned and freed'
    if holder is None:
        holder = ctx.doc.releaser  # its own people, or of no party the text names
    return (Sided(persons or "XX", holder, side, category),)


def _armed_holder(ctx: Ctx) -> str | None:
    """People of several countries (foreigners, an international body's staff) whom no one
    is named as holding, in a text about an armed group: that group holds them (the one the
    sentence names, else the text's first), as it holds a third country's people ('14
    foreign nationals taken from a bus are still held, police said, blaming Boko Haram').
    Without it their holder was 'the other side' of people of many lands: XX."""
    return armed_group(ctx)


def _freed_by_own_state(ctx: Ctx, f: Figure, persons: str) -> bool:
    """The state that frees the group (the figure's subject) is the group's own."""
    return frame_doers.subject(ctx, f.q.num_start, receiving=False) == persons


def _frees_own_outside_swap(ctx: Ctx, f: Figure, persons: str) -> bool:
    """The state that frees the group is the group's own, and no other side is known (no
    other party, no war) nor implied (a swap has another side though the lexicon may not
    know its name): it held its own nationals."""
    return not ctx.doc.frame.swap and _freed_by_own_state(ctx, f, persons)


def _clemency_at_home(ctx: Ctx, f: Figure, persons: str) -> bool:
    """A clemency word in the figure's clause ('pardoned', 'under the amnesty') in a text
    that names no side but the group's state (no swap, no deal, no armed group): that state
    pardons prisoners of its own justice, it held them ('45 Belarusian political prisoners
    pardoned and freed', '70 detainees walked free from Syria's Sednaya prison under the
    amnesty')."""
    doc = ctx.doc
    lo, hi = f.clause
    if ctx.s.cue("clemency", lo, hi) is None:
        return False  # the common case
    if doc.frame.swap or doc.frame.deal or doc.armed:
        return False
    return all(c in (persons, "XX") for c in doc.parties)


def _captors_country(ctx: Ctx, persons: str | None) -> str | None:
    """Captors the sentence (or the text) names by no state or group ('gunmen', 'kidnappers',
    'a crowd of residents') hold people in the country where they act: the one state the text names
    ('in central Mali'), else, when it names none, the country of the people they took
    ('five Haitian nuns'), else the one country of the regions it names ('in Zamfara
    State', places.py)."""
    s = ctx.s
    if not ctx.doc.lex.captor_re.search(s.lowered) and not ctx.doc.captors:
        # the common case; captors told in another sentence hold the people of this one
        # ('Over two days the forces rescued 155 passengers', after 'militants stormed …')
        return None
    named = ctx.doc.named - {"XX"}
    if len(named) == 1:
        return next(iter(named))
    if named:
        return None
    if persons not in (None, "XX"):
        return persons
    # the text names no state: the country of the places it names ('in Zamfara State')
    where = countries_of_places(ctx.doc.lex, ctx.doc.text)
    return next(iter(where)) if len(where) == 1 else None


def _frees_own_dissidents(ctx: Ctx, f: Figure, persons: str) -> bool:
    """'Venezuela freed 20 Venezuelan political prisoners': a government frees its own
    nationals (a political prisoner, a dissident) from its own prisons."""
    return frame_named.own_nationals(ctx.s, f) and _freed_by_own_state(ctx, f, persons)


def _sender(ctx: Ctx, f: Figure, persons: str | None) -> str | None:
    """The actor that sends the group home ('repatriated', 'deported') before it, when the
    group is another country's: it held them."""
    s, doc = ctx.s, ctx.doc
    low = s.lowered
    if persons in (None, "XX") or not (
        "repatr" in low or "deport" in low or " sen" in low or "expel" in low
    ):
        return None  # the common case, without a regex
    rx = doc.lex.sender_lower_re if s.low else doc.lex.sender_re
    text = s.low or s.text
    named = [
        a.code
        for a in s.actors
        if a.start < f.q.start and not a.demonym and a.code != persons and rx.match(text, a.end)
    ]
    return named[-1] if named and doc.can_be_side(named[-1]) else None


def _mixed_counterpart(ctx: Ctx, f: Figure) -> bool:
    """The group is swapped 'for' a list of groups of several countries: several held it."""
    figs = ctx.s.figures
    i = frame.figure_index(ctx.s, f)
    if i + 2 >= len(figs):
        return False  # a list needs two more figures
    gap = ctx.s.lowered[f.np_end : figs[i + 1].q.start]
    if len(gap) > 40 or " for " not in f" {gap} ":
        return False
    codes: set[str] = set()
    low = ctx.s.lowered
    for j in range(i + 1, len(figs)):
        g = figs[j]
        gap = low[figs[j - 1].np_end : g.q.start]
        if j > i + 1 and (len(gap) > 25 or ("," not in gap and " and " not in f" {gap}")):
            break  # the list ends
        codes.update(c for c in g.codes if c not in (UNKNOWN, "XX"))
        if not g.codes and ctx.doc.insurgents and state_people_named(ctx, g):
            codes.add(ctx.doc.insurgents[0])  # '381 people of the government'
    return len(codes) > 1


def state_people_named(ctx: Ctx, f: Figure) -> bool:
    words = np_words(ctx, f)
    return any_in(ctx.doc.lex.state_people, words)


def _unnamed_holder(ctx: Ctx, f: Figure, persons: str | None) -> str | None:
    """Who holds `persons` when the sentence names no other holder: in a war at home
    (the text names insurgents of that country), the same country, when no other actor is
    named or when the country's own state frees them ('the Afghan government freed 400
    Taliban prisoners under a U.S.-Taliban deal'); a third country's people in a text
    about an armed group, that group; else the other party."""
    doc = ctx.doc
    if ctx.insurgency(persons) and (
        not other_actor_named(ctx, persons) or _state_frees_insurgents(ctx, f, persons)
    ):
        return persons  # 'Ethiopian soldiers freed, Tigray forces said': ET held by ET
    if (
        doc.armed
        and persons is not None
        and persons != "XX"
        and persons not in doc.armed
        and (persons not in doc.parties[:2] or _bystander_of_armed(ctx, persons))
    ):
        return doc.armed[0]  # 'three Thai nationals were also freed' from Gaza
    if _bystanders_people(ctx, persons):
        return ctx.carried  # 'Belarus freed 52 …. Those freed include two Germans'
    return ctx.other(persons)


def _bystander_of_armed(ctx: Ctx, persons: str) -> bool:
    """`persons` is a party of the text only because it counts its people many times (the
    Thais among an armed group's hostages): no armed group of the text fights it, and its war's
    enemy (if any) is no party of the text."""
    doc = ctx.doc
    if any(doc.lex.opponent.get(g) == persons for g in doc.armed):
        return False
    enemy = doc.lex.war_enemy(persons)
    return enemy is None or enemy not in doc.parties


def _foreigners_holder(ctx: Ctx) -> str | None:
    """Foreigners no holder is named for ('10 foreign nationals were also freed'), in a text
    about a swap or a deal, were held by the side that held the people the text counts
    most (its home party's other side)."""
    doc = ctx.doc
    home = doc.home
    if not (doc.frame.swap or doc.frame.deal) or home in (None, "XX") or home in doc.armed:
        return None
    held = doc.other(home)
    return held if held not in (None, "XX") and doc.can_be_side(held) else None


def _bystanders_people(ctx: Ctx, persons: str | None) -> bool:
    """`persons` is a country the text names only by its people ('two Germans', never
    'Germany') and at war with no one: a third country's nationals among those the actor
    of the story before freed, held by that actor (a party of the text), not by another
    party named beside it (the country they were handed to)."""
    doc, carried = ctx.doc, ctx.carried
    return (
        persons not in (None, "XX")
        and persons not in doc.named
        and carried is not None
        and carried != persons
        and carried in doc.parties[:2]
        and doc.lex.war_enemy(persons) is None
    )


def _state_frees_insurgents(ctx: Ctx, f: Figure, persons: str | None) -> bool:
    """The figure's releaser is the state of `persons` (not its insurgents): 'the Afghan
    government freed 400 Taliban prisoners' (held by Afghanistan)."""
    doers = [p for p, c in ctx.frame.releasers if c is not None and p < f.q.num_start]
    if not doers:
        return False
    last = next((a for a in ctx.s.actors if a.start == doers[-1]), None)
    # None: 'the group' (frame.py's armed anaphor) names the armed group, no state
    return last is not None and last.code == persons and last.role == "state"


def other_actor_named(ctx: Ctx, code: str | None) -> bool:
    """The sentence names (not by a demonym) an actor of another code that can be a side:
    'the coalition transported 163 Houthi prisoners'; a bystander of a war at home is none."""
    doc, roles = ctx.doc, ctx.frame.role_starts
    return any(
        a.code != code
        and not a.demonym
        and doc.can_be_side(a.code)
        and a.start not in roles
        and not _bystander_of_war_at_home(ctx, code, a)
        for a in ctx.s.actors
    )


def _bystander_of_war_at_home(ctx: Ctx, code: str | None, a: Actor) -> bool:
    """`a` names a state outside the war `code` fights at home with its insurgents: not at
    war with it, no armed group, its people not counted, not the speaker, and not where
    people come back from ('got back 40 from Zembla'): a deal's co-signatory, a sponsor
    (Ruritania, 'which signed a pact with the rebels', welcoming news of soldiers they let
    go). It holds none of that war's prisoners."""
    doc, other = ctx.doc, a.code
    return (
        other != "XX"
        and ctx.insurgency(code)
        and not _come_back_from(ctx, a)
        and other != ctx.speaker  # who tells of a release is left as it was read
        and other not in doc.armed
        and other not in doc.counted
        and not (code is not None and doc.lex.fights(code, other))
    )


def _come_back_from(ctx: Ctx, a: Actor) -> bool:
    """`a` right after a word of where people come back from (lexicon come_back_from:
    'got back 40 from Zembla', 'from the Ruritanian side')."""
    rx = ctx.doc.lex.stage_patterns("sides_holder.come_back_from", _come_back_from_re)
    return rx.search(ctx.s.lowered, max(0, a.start - 16), a.start) is not None


def _come_back_from_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lex.phrases('come_back_from')})\s+$")
