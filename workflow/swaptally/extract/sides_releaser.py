"""The side of people a named actor frees (a resolver of the sides stage, sides.py): the
releaser holds them and they are the other side's; a state named alone frees its own (a
pardon, political prisoners) but never its own soldiers or a ship's crew; insurgents at
home free their own country's people; a side of another war in a round-up is none."""

from __future__ import annotations

from . import frame_doers
from .bare_figures import verbs
from .context import Ctx
from .fact import Side
from .mentions import Figure
from .sided import Answer, Sided, allied_pair, counterpart_of, crew_group, hostage_group
from .sides_holder import finish, other_actor_named

__all__ = ["own_prisoners", "releaser_other"]


def releaser_other(ctx: Ctx, f: Figure) -> Answer | None:
    """'Russia released 60 prisoners': the releaser holds them; they are the other side's.
    Insurgents at home free their own country's people ('the rebels freed 40 soldiers')."""
    releaser = frame_doers.subject(ctx, f.q.num_start, receiving=False)
    if _at_home(ctx, f, releaser):
        return finish(ctx, f, releaser, Side.INSURGENTS_HOME)
    persons = ctx.other(releaser)
    if (
        releaser
        and _alone(ctx, releaser)
        and (persons is None or _clemency(ctx, f) or _bystander(ctx, releaser, persons))
    ):
        # 'Belarus pardoned 16 people' in a text naming no other side: its own, it held them;
        # so too a state at war, named alone, pardoning ('Russia pardoned 50 prisoners in an
        # amnesty': no enemy's people, which the war's other side would make them)
        if _captured_fighters(ctx, f) or crew_group(ctx, f):
            # 'Azerbaijan freed 15 soldiers': soldiers a state frees are ones it captured,
            # another side's: the one other party named, else unknown; never its own; so
            # too a ship's crew ('Iran freed 16 crew members of a seized tanker')
            return (Sided(persons or "XX", releaser, Side.RELEASER_OTHER),)
        return (Sided(releaser, releaser, Side.OWN_NATIONALS),)
    if releaser == "XX" and persons == "XX":
        return None  # 'the coalition flew 190 Houthis to Sanaa and 11 to Aden': nothing told
    if releaser and releaser != "XX" and own_prisoners(ctx, f, releaser, persons):
        return (Sided(releaser, releaser, Side.OWN_NATIONALS),)
    if releaser and persons and _other_war(ctx, releaser, persons):
        persons = None  # a round-up: 'Russia' is no side of Azerbaijan's release
    if releaser and persons is None and _captured_fighters(ctx, f) and not _paired(ctx, releaser):
        return (Sided("XX", releaser, Side.RELEASER_OTHER),)  # whose soldiers: not told
    if releaser and persons and not counterpart_of(ctx, releaser, persons):
        persons = "XX"  # no enemy, no swap: whose people it freed is not told
    if releaser and persons and persons == allied_pair(ctx, f, releaser):
        persons = "XX"  # 'Russia and its ally Belarus let go of 16': people of neither
    return finish(ctx, f, persons, Side.RELEASER_OTHER) if releaser and persons else None


def _other_war(ctx: Ctx, releaser: str, persons: str) -> bool:
    """`persons` is a side of another war the text tells too (its enemy, not `releaser`, is
    a party: 'Russia and Ukraine swapped 200 each' beside 'Azerbaijan freed 15 soldiers')."""
    doc = ctx.doc
    enemy = doc.lex.war_enemy(persons) if persons != "XX" else None
    return enemy is not None and enemy != releaser and enemy in doc.parties


def _paired(ctx: Ctx, releaser: str) -> bool:
    """The releaser is the second of a pair ('Zembla and Somalia traded 14 soldiers'): one
    of the two held the people, whichever the lexicon knows."""
    low = ctx.s.lowered
    return any(
        a.code == releaser and low.endswith((" and ", " and the "), 0, a.start)
        for a in ctx.s.actors
    )


def _captured_fighters(ctx: Ctx, f: Figure) -> bool:
    """A military group ('soldiers', 'POWs') freed with no clemency word in its clause, in a
    text about states (armed groups free their own state's soldiers: state_people): a state
    frees fighters it captured, not its own (it pardons its own: 'Russia pardoned 50
    soldiers convicted of desertion')."""
    return (
        f.category == "military"
        and not _clemency(ctx, f)
        and not ctx.doc.armed
        and not _taken_at_scene(ctx, f)
    )


def _taken_at_scene(ctx: Ctx, f: Figure) -> bool:
    """The group was taken at a scene of unrest at home ('12 soldiers arrested during the
    protests': lexicon taken_participle, taken_scene): its own state held them, no fighters
    it captured from an enemy."""
    low = ctx.s.low
    return bool(low) and verbs(ctx.doc.lex).taken_at.match(low, f.np_end) is not None


def _alone(ctx: Ctx, code: str) -> bool:
    """The text names no party but `code` (or bystanders), and it is a state (no armed
    group), and tells no swap or deal: a swap has another side though the lexicon may not
    know its name."""
    doc = ctx.doc
    if doc.frame.swap or doc.frame.deal or doc.armed:
        return False
    return all(c in (code, "XX") or _bystander(ctx, code, c) for c in doc.parties)


def _bystander(ctx: Ctx, code: str, other: str) -> bool:
    """A state named beside `code` that is no side of its captives: the text counts none of
    its people, it is not at war with `code`, and it does not speak of the figure ('Belarus
    freed 52 prisoners after a U.S. envoy's visit, and Washington eased sanctions')."""
    doc = ctx.doc
    return other not in doc.counted and doc.lex.war_enemy(code) != other and ctx.speaker != other


def _clemency(ctx: Ctx, f: Figure) -> bool:
    """A clemency word (lexicon 'clemency') in the figure's clause."""
    lo, hi = f.clause
    return ctx.s.cue("clemency", lo, hi) is not None


def _at_home(ctx: Ctx, f: Figure, releaser: str | None) -> bool:
    """An insurgent group fighting its own state frees people of that state, unless the
    sentence names another side (hostages, and people 'held by armed groups', are left to
    the hostages resolver)."""
    return (
        ctx.insurgency(releaser)
        and not other_actor_named(ctx, releaser)
        and not hostage_group(ctx, f)
        and not crew_group(ctx, f)
        and not ctx.doc.lex.armed_holder_re.match(ctx.s.lowered, f.np_end)
    )


def own_prisoners(ctx: Ctx, f: Figure, releaser: str, other: str | None) -> bool:
    """'Nicaragua let 135 inmates go under an agreement with the US': a state that frees
    prisoners of no stated side outside a swap frees its own, when the text's other party
    is neither its enemy (a war, the state its armed group fights) nor a state whose people
    the text counts ('five Americans'): a deal's partner gets none of them back. Fighters
    and a ship's crew it frees are ones it captured (the rules above); hostages, and people
    held by armed groups, an armed group's."""
    doc = ctx.doc
    if other in (None, "XX", releaser) or doc.frame.swap:
        return False
    if f.category == "military" or crew_group(ctx, f) or hostage_group(ctx, f):
        return False
    if doc.lex.armed_holder_re.match(ctx.s.lowered, f.np_end):
        return False
    return (
        counterpart_of(ctx, releaser, other)  # else whose they are is not told (XX, below)
        and not doc.lex.fights(releaser, other)
        and other not in doc.counted
        and not ctx.insurgency(other)
    )
