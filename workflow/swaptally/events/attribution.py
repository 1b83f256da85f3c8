"""Who stands behind a figure: the mediators or venues named beside a mediation cue, and the
side of the speaker it is attributed to."""

from __future__ import annotations

from functools import cache

from swaptally.events.scope_cues import load_scope_lexicon


def mediators_named(sentences: list[str]) -> str | None:
    """Mediators or venues named beside a mediation cue in these sentences, '; '-joined."""
    lex = load_scope_lexicon()
    names = {
        name
        for s in sentences
        if s and lex.mediation.search(s)
        for name, pattern in lex.mediators
        if pattern.search(s)
    }
    return "; ".join(sorted(names)) or None


@cache
def speaker_side(said_by: str | None) -> str | None:
    """The country code of who a figure is attributed to ("Russia's defence ministry" → RU),
    from the actors lexicon; None when no actor is named."""
    if not said_by:
        return None
    from swaptally.extract import load_lexicon  # the actors lexicon of extraction

    lexicon = load_lexicon()
    found = lexicon.actor_re.search(said_by)
    if found is None:
        return None
    entry = lexicon.actor_code.get(found.group(0).lower())
    return entry[0] if entry else None
