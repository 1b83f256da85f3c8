"""The grammar of the frame (stage 3) around the lexicon's verbs and nouns, compiled once
per lexicon: holders, two-party subjects, per-side words, destinations, swap links.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon, lowered

__all__ = ["FramePatterns", "frame_patterns"]


@dataclass(frozen=True, slots=True)
class FramePatterns:
    """The frame's patterns: grammar here, the verbs and nouns from the lexicon's triggers
    (a user lexicon reaches them; one new verb is one YAML entry)."""

    two_party_subject: re.Pattern[str]  # "Russia and Ukraine swapped"
    two_party_tail: re.Pattern[str]  # after the second of two actors: "… swapped"
    swap_link: re.Pattern[str]  # "in exchange for", "for"
    swapped_object: re.Pattern[str]  # "the exchange of 26"
    swapped_subject: re.Pattern[str]  # "1,994 captives have been exchanged"
    swapped_perfect: re.Pattern[str]  # "… have (now) been exchanged": a total so far
    destination: re.Pattern[str]  # "returned to Ukraine"
    given: re.Pattern[str]  # "handed over (the) …": right before a figure given to someone
    holder_before: re.Pattern[str]  # "held by Russia"
    # the same for lower-cased text: no IGNORECASE, so re skips in C to the letters its
    # verbs start with (a right-anchored search tries every position). On plain text only:
    # there (ASCII twins) case folding is lower-casing; Unicode folds more ('ſ' is 's')
    holder_before_lower: re.Pattern[str]
    holder_place: re.Pattern[str]  # "remain in Gaza": held there, unless handed over
    taken_in: re.Pattern[str]  # "detained in (the) ": a taking verb, then X, its scene …
    taking_time: re.Pattern[str]  # "… during the war": when it is followed by the time
    holder_after: re.Pattern[str]  # "Russian captivity", "Russian-held"
    holder_after_lower: re.Pattern[str]
    fought_for: re.Pattern[str]  # "who fought for Ukraine"
    institution: re.Pattern[str]  # "the Azerbaijani government"
    own_nationals: tuple[str, ...]  # "political prisoners": a government holds its own
    holding_gap: re.Pattern[str]  # "Israel holds (at least) 11": actor → figure
    holding_hints: tuple[str, ...]  # a cheap gate before holding_gap (the verbs' stems)
    each: re.Pattern[str]  # "each", "both sides", "apiece": a figure per side
    each_lower: re.Pattern[str]
    each_hints: tuple[str, ...]  # the words of `each`, a cheap gate before it
    including_hints: tuple[str, ...]  # the longest word of each 'including_list' phrase
    armed_anaphor: re.Pattern[str]  # "the group", "the militants": the text's armed group
    addressee: re.Pattern[str]  # "told (the) ": the actor after is told, no side
    addressee_hints: tuple[str, ...]  # its words, a cheap gate before it
    # right after an actor: a noun phrase set off by commas ('X, the country's largest
    # rebel group, freed …'), after which the actor's verb follows
    apposition: re.Pattern[str]

    @staticmethod
    def build(lex: Lexicon) -> FramePatterns:
        w = lex.phrases
        the = r"\s+(?:the\s+)?$"
        holder_after = re.compile(
            rf"(?:['’]s)?\s*(?:-|\s)(?:{w('holder_adjective')})\b"
            rf"|(?:['’]s)?\s+(?:{w('captivity_place')})\b",
            re.IGNORECASE,
        )
        holder_before = re.compile(
            rf"(?:{w('holder_verb')}|{w('holder_place_verb')})\s+(?:captive\s+|hostage\s+)?"
            rf"(?:by|in){the}"
            rf"|(?:{w('holder_by')})\s+by{the}|(?:{w('holder_of')}){the}",
            re.IGNORECASE,
        )
        each = _each_pattern(lex)
        return FramePatterns(
            two_party_subject=re.compile(
                rf"{_two_party_gate(lex)}\b(?:(?i:{w('two_sides')})"
                r"|(?P<a>[A-Z][\w'’.-]+)(?:\s+and\s+(?:the\s+)?|,\s+)(?P<b>[A-Z][\w'’.-]+))"
                r"\s+(?:[\w'’-]+\s+){0,6}?"
                rf"(?i:{w('two_party_verb')}|(?P<recv>{w('two_party_receive')}))",
            ),
            two_party_tail=re.compile(
                rf"\s+(?:[\w'’-]+\s+){{0,6}}?"
                rf"(?i:{w('two_party_verb')}|(?P<recv>{w('two_party_receive')}))"
            ),
            swap_link=re.compile(rf"\b(?:{w('swap_verb')}|for)\b", re.IGNORECASE),
            swapped_object=re.compile(
                rf"\b(?:(?:{w('swapped_object')})"
                # a swap that frees them: 'the exchange released 24 people in all'
                # a time or place set off between noun and verb: 'the exchange, in 2020, involved'
                rf"|(?:{w('swap_noun')})(?:\s*,[^,.;:]{{1,25}},)?\s+(?:that\s+|which\s+)?"
                rf"(?:{w('swap_noun_verb')}))"
                r"\s+(?:[\w-]+\s+)?$",
                re.IGNORECASE,
            ),
            # "… were freed in the swap", not "… in exchange for", "… in a swap with the
            # rebels": that names the counterpart
            swapped_subject=re.compile(
                # an adverb may stand in the verb ('have now been exchanged'), a time or
                # place before the swap ('came home late on Monday in the second … swap')
                r"\s+(?:\w+\s+){0,2}?(?:were|was|are|(?:have|has|had)\s+(?:\w+\s+)?been)"
                rf"\s+(?:\w+\s+)?(?:{w('swapped_passive')})\b|\s+(?:\w+\s+){{0,5}}?(?:in|during)\s+"
                rf"(?:the\s+|a\s+)?(?:[\w-]+\s+){{0,3}}(?:{w('swap_noun')})\b(?!\s+(?:for|with)\b)",
                re.IGNORECASE,
            ),
            swapped_perfect=re.compile(
                r"\s+(?:\w+\s+){0,2}?(?:have|has)\s+(?:\w+\s+)?been\s+(?:\w+\s+)?"
                rf"(?:{w('swapped_passive')})\b(?!\s+for\b)",
                re.IGNORECASE,
            ),
            destination=re.compile(
                rf"\b(?:{w('destination_verb')})\s+(?:home\s+|back\s+)?to\s+(?:the\s+)?$",
                re.IGNORECASE,
            ),
            given=re.compile(
                rf"\b(?:{w('give_verb')})\s+(?:over\s+|back\s+)?(?:the\s+|another\s+)?$",
                re.IGNORECASE,
            ),
            holder_before=holder_before,
            holder_before_lower=lowered(holder_before),
            holder_place=re.compile(rf"\b(?:{w('holder_place_verb')})\s+in{the}", re.IGNORECASE),
            taken_in=re.compile(rf"\b(?:{w('taken_in_verb')})\s+in{the}", re.IGNORECASE),
            taking_time=re.compile(rf"\s*,?\s+(?:{w('taking_time')})\b", re.IGNORECASE),
            holder_after=holder_after,
            holder_after_lower=lowered(holder_after),
            fought_for=re.compile(  # 'who fought for', '(captured) while fighting for'
                r",?\s+(?:(?:who|that)\s+(?:had\s+|have\s+)?(?:"
                + w("fought_verb")
                + r")|(?:[\w-]+\s+)?(?:while\s+|when\s+)?(?:"
                + w("fighting_verb")
                + r"))\s+(?:for|with|alongside|in)\s+(?:the\s+)?$",
                re.IGNORECASE,
            ),
            institution=re.compile(
                rf"\s+(?:(?:{w('institution_branch')})\s+)?(?:{w('institution')})\b",
                re.IGNORECASE,
            ),
            own_nationals=tuple(
                str(x).lower() for x in lex.data.get("triggers", {}).get("own_nationals") or []
            ),
            holding_gap=re.compile(
                rf"(?:\s+(?:still|now|currently|also|reportedly|only))?\s+(?:{w('holding_verb')})"
                r"(?:\s+(?:still|now|currently))?\s+$",
                re.IGNORECASE,
            ),
            including_hints=tuple(
                {
                    max(str(p).lower().split(), key=len)
                    for p in lex.data["triggers"].get("including_list") or []
                    if str(p).split()
                }
            ),
            holding_hints=tuple(
                {str(v).split()[-1][:4].lower() for v in lex.data["triggers"]["holding_verb"]}
            ),
            each=each,
            each_lower=lowered(each),
            armed_anaphor=re.compile(rf"\b(?:{w('armed_anaphor')})\b", re.IGNORECASE),
            addressee=re.compile(rf"\b(?:{w('addressee_verb')})\s+(?:the\s+)?$", re.IGNORECASE),
            addressee_hints=tuple(
                str(x).lower() for x in lex.data["triggers"].get("addressee_verb") or []
            ),
            # a determiner or a name's possessive opens it; no figure, clause break or
            # bracket inside; at most ten words (the lexicon's releaser grammar reads a
            # short one of up to four words itself)
            apposition=re.compile(
                rf",\s+(?:(?i:{w('determiner')})\s+|[A-Z][\w'’.-]*['’]s\s+)"
                r"(?:[^\W\d][\w'’-]*\s+){0,9}?[^\W\d][\w'’-]*,"
            ),
            each_hints=tuple(
                sorted(
                    {
                        str(p).split()[-1].lower()
                        for name in ("each_word", "both_sides_det", "per_side")
                        for p in lex.data["triggers"].get(name) or []
                        if str(p).split()
                    }
                )
            ),
        )


def _two_party_gate(lex: Lexicon) -> str:
    """A look-ahead on what a two-party subject opens with (a capital, or the first letter of
    a 'two_sides' phrase in either case), tested before its \\b: most positions fail the
    class at once, where \\b costs two Unicode word tests (the scan: 0.7 the cost). None when
    a phrase opens with a letter that case-folds beyond its two cases ('ſ', 'K', 'ı')."""
    firsts = {str(p)[0].lower() for p in lex.data["triggers"].get("two_sides") or [] if str(p)}
    if not all(c.isascii() and c.isalpha() and c not in "iks" for c in firsts):
        return ""
    return "(?=[A-Z" + "".join(sorted(firsts)) + "])"


def _each_pattern(lex: Lexicon) -> re.Pattern[str]:
    """'each' (not 'each other'), 'both sides', 'apiece': the lexicon's per-side words, led
    by a look-ahead on their first letters so that re skips to a candidate in C."""
    w = lex.phrases
    triggers = lex.data["triggers"]
    firsts = sorted(
        {
            c
            for name in ("each_word", "both_sides_det", "per_side")
            for p in triggers.get(name) or []
            if str(p)
            for c in (str(p)[0].lower(), str(p)[0].upper())
        }
    )
    return re.compile(
        rf"(?=[{''.join(firsts)}])(?:\b(?:{w('each_word')})\b(?!\s+(?:{w('each_not_before')})\b)"
        rf"|\b(?:{w('both_sides_det')})\s+(?:{w('side_noun')})\b"
        rf"|\b(?:{w('per_side')})\b)",
        re.IGNORECASE,
    )


def frame_patterns(lex: Lexicon) -> FramePatterns:
    """The patterns for `lex`, built on first use and kept with it."""
    return lex.stage_patterns("frame", FramePatterns.build)
