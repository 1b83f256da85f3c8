"""The grammar of kind and status (stage 5) around the lexicon's verbs, compiled once per lexicon.

Shared by kind_status.py (what a figure counts: a handover, a stock) and planned.py (whether
the handover is still to come); predicate_gap by planned.py and kind_negated.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .lexicon import Lexicon
from .phrase_patterns import alternation

if TYPE_CHECKING:
    from .figure import Figure
    from .sentence import Sentence

__all__ = ["KindPatterns", "kind_patterns", "predicate_gap"]


@dataclass(frozen=True, slots=True)
class KindPatterns:
    """Kind and status patterns: grammar here, the verbs from the lexicon's triggers."""

    take_before: re.Pattern[str]  # "took 200 hostages": a stock at its taking
    take_hints: tuple[str, ...]  # a cheap gate before take_before (each verb's first letters)
    headline_to: re.Pattern[str]  # "Russia, Ukraine to swap …": a headline's plan
    realized: re.Pattern[str]  # a realised-event verb ends a governing plan cue
    possess_before: re.Pattern[str]  # "has (up to) 10,000 captives": a stock
    possess_hints: tuple[str, ...]  # a cheap gate before possess_before (the verbs)
    plan_to: re.Pattern[str]  # "agreed at talks in Istanbul to exchange 1,000": a plan
    handover_before: re.Pattern[str]  # "(to) free 40", "had released the 30": the verb
    infinitive: re.Pattern[str]  # "… to release (the) 40": an infinitive takes the figure
    infinitive_done: re.Pattern[str]  # "managed to", "the first to": its head tells it done
    operation_now: re.Pattern[str]  # "The three-day operation covers (nearly)": under way
    talk_of: re.Pattern[str]  # "discussed the release of 20": a plan at most
    handover_of: re.Pattern[str]  # "The release of (the) 33 …": a handover named by its noun
    plan_handover: re.Pattern[str]  # "A deal to free (the) 50 …": a handover to come, by a noun
    relative_plan: re.Pattern[str]  # "(of the 5,000 prisoners) it agreed to release"
    label_done: re.Pattern[str]  # "confirmed the" before an "N-for-N" label
    label_swapped: re.Pattern[str]  # "swapped prisoners" before "95 for 95"
    label_plan: re.Pattern[str]  # "exchange agreement" after it
    called_off_hints: tuple[str, ...]  # a cheap gate before the called_off cue (its phrases)
    call_off_before: re.Pattern[str]  # "called off the planned release of": no handover
    call_off_hints: tuple[str, ...]  # a cheap gate before call_off_before (the verbs' stems)
    put_off_before: re.Pattern[str]  # "delayed the release of": still to come
    put_off_hints: tuple[str, ...]  # a cheap gate before the put_off cue (its stems)

    @staticmethod
    def build(lex: Lexicon) -> KindPatterns:
        takes = lex.data.get("triggers", {}).get("take_verb") or []
        called_off = lex.data.get("triggers", {}).get("called_off") or []
        roles = lex.data.get("actor_roles", {}) or {}
        bodies = alternation(str(w) for w in roles.get("bodies") or []) or r"(?!x)x"
        handover_noun = (
            r"\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}?"
            rf"(?:{lex.phrases('talk_handover')})\s+of\s+(?:the\s+)?"
            rf"(?:(?:{lex.phrases('handover_of_adjective')})\s+)?$"
        )
        put_off = lex.data.get("triggers", {}).get("put_off") or []
        call_off = lex.data.get("triggers", {}).get("call_off_verb") or []
        return KindPatterns(
            infinitive=re.compile(
                rf"\bto\s+(?:{lex.phrases('infinitive_handover')})"
                rf"(?:\s+(?:{lex.phrases('infinitive_particle')}))?"
                r"\s+(?:(?:the|all|some|another|its|their)\s+)?$",
                re.IGNORECASE,
            ),
            infinitive_done=re.compile(
                rf"\b(?:{lex.phrases('infinitive_done_head')})\s+(?:to\s+)?$", re.IGNORECASE
            ),
            operation_now=_operation_now_re(lex),
            call_off_before=re.compile(
                rf"\b(?:{lex.phrases('call_off_verb')}){handover_noun}", re.IGNORECASE
            ),
            call_off_hints=tuple({str(v).split()[0][:5].lower() for v in call_off}),
            put_off_before=re.compile(
                rf"\b(?:{lex.phrases('put_off')}){handover_noun}", re.IGNORECASE
            ),
            put_off_hints=tuple({str(v).split()[0][:5].lower() for v in put_off}),
            # the phrases themselves (none has a wildcard): most texts hold none of them
            called_off_hints=tuple(dict.fromkeys(str(v).lower() for v in called_off)),
            take_before=re.compile(rf"\b(?:{lex.phrases('take_verb')})\s+$", re.IGNORECASE),
            take_hints=tuple({str(v).split()[-1][:4].lower() for v in takes}),
            # the subject's names, then perhaps a body ("Myanmar junta to free …")
            headline_to=re.compile(
                rf"^(?:[A-Z][\w'’.-]*,?\s+){{1,4}}(?:(?:{bodies})\s+)?"
                rf"to\s+(?:{lex.phrases('headline_to_verb')})\b"
            ),
            realized=re.compile(rf"\b(?:{lex.phrases('realized')})\b", re.IGNORECASE),
            possess_hints=tuple(
                str(v).lower() for v in lex.data.get("triggers", {}).get("possess_verb") or []
            ),
            possess_before=re.compile(
                rf"\b(?:{lex.phrases('possess_verb')})\s+(?:(?:{lex.phrases('possess_adverb')})\s+)?$",
                re.IGNORECASE,
            ),
            plan_to=re.compile(
                rf"\b(?:{lex.phrases('plan_verb')})\b[^.;:!?]{{0,70}}?\bto\s+"
                rf"(?:{lex.phrases('plan_handover_verb')})(?![\w])[^.;:!?,]{{0,40}}$",
                re.IGNORECASE,
            ),
            label_done=re.compile(
                rf"\b(?:{lex.phrases('label_done_verb')})\s+(?:(?:the|a|an|another|its|their)"
                r"\s+)?['‘\"“]?$",
                re.IGNORECASE,
            ),
            label_swapped=re.compile(
                rf"\b(?:{lex.phrases('swap_past')})\s+(?:[\w-]+\s+){{1,2}}$", re.IGNORECASE
            ),
            label_plan=re.compile(
                r"[\s-]*[\d,.]*['’\"”]?\s+(?:[\w-]+\s+)?"
                rf"(?:{lex.phrases('label_plan_noun')})\b",
                re.IGNORECASE,
            ),
            relative_plan=re.compile(
                r"\s+(?:(?:that|which|who|whom)\s+)?(?:[\w'’.-]+\s+){1,3}?"
                r"(?:(?:has|have|had|is|are|was|were)\s+)?"
                rf"(?:{lex.phrases('plan_verb')})\s+to\s+(?:be\s+)?"
                rf"(?:{lex.phrases('plan_handover_verb')})(?![\w])",
                re.IGNORECASE,
            ),
            handover_of=re.compile(
                rf"\b(?:{lex.phrases('talk_handover')})\s+of\s+(?:the\s+)?"
                rf"(?:(?:{lex.phrases('handover_of_adjective')})\s+)?$",
                re.IGNORECASE,
            ),
            plan_handover=re.compile(
                rf"\b(?:{lex.phrases('plan_noun')})\s+to\s+(?:{lex.phrases('plan_handover_verb')})"
                r"\s+(?:(?:the|all)\s+)?$",
                re.IGNORECASE,
            ),
            talk_of=re.compile(
                rf"\b(?:{lex.phrases('talk')})\s+(?:[\w'’-]+\s+){{0,3}}?"
                rf"(?:{lex.phrases('talk_handover')})\s+(?:of\s+)?(?:(?:the|all)\s+)?"
                rf"(?:(?:{lex.phrases('talk_of_adjective')})\s+)?$",
                re.IGNORECASE,
            ),
            handover_before=re.compile(
                rf"\b(?:{lex.phrases('object_verb')})\w*\s+(?:(?:another|a\s+further|the|all|"
                r"any\s+of\s+the|any)\s+)?$",
                re.IGNORECASE,
            ),
        )


def _operation_now_re(lex: Lexicon) -> re.Pattern[str]:
    """A multi-day operation (dating.yaml's day counts and operation nouns) as the subject
    of a verb in the present ('The three-day operation covers', 'a multi-day exchange
    involves'), right before the figure it takes."""
    counts = lex.data.get("day_counts") or {}
    many = alternation(str(w) for w, n in counts.items() if int(n) > 1) or r"(?!x)x"
    return re.compile(
        rf"\b(?:{many}|\d{{1,2}}|multi|several)[\s-]+day\s+(?:[\w-]+\s+){{0,2}}?"
        rf"(?:{lex.phrases('operation_noun')})\s+(?!(?:was|has|is)\b)[a-z]+s\s+"
        r"(?:[\w-]+\s+){0,2}?$",
        re.IGNORECASE,
    )


def kind_patterns(lex: Lexicon) -> KindPatterns:
    """The patterns for `lex`, built on first use and kept with it."""
    return lex.stage_patterns("kind_status", KindPatterns.build)


# before a predicate of a handover's noun: its auxiliary ("… was postponed")
_AUX_BEFORE_RE = re.compile(r"\b(?:has|have|had|was|were|is|are)\s+(?:been\s+)?$", re.IGNORECASE)

# the parties of a handover after its group: "between the rebels and the army"
_BETWEEN_RE = re.compile(
    r"(?:\s+each)?\s+between\s+[^,;]{1,50}?\s+and\s+(?:the\s+)?[\w'’-]+", re.IGNORECASE
)


def predicate_gap(s: Sentence, f: Figure, at: int) -> tuple[int, int]:
    """The text between a handover's group (the noun phrase of figure `f`) and the
    predicate at `at`, where no other clause may open: from the group's end, past the
    parties ("between the Houthis and the army"), to the predicate's auxiliary ("… was
    called off") or the predicate itself."""
    aux = _AUX_BEFORE_RE.search(s.text, max(f.np_end, at - 20), at)
    lo, hi = f.np_end, aux.start() if aux else at
    between = _BETWEEN_RE.match(s.text, lo, hi)
    return (between.end() if between else lo), hi
