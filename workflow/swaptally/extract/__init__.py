"""Sentences → counted facts (see workflow/docs/FACTS.md), in stages a reader can follow one by one.

text.py        sentences; the text's context (parties, home party, the day it is about)
mentions.py    1. numbers → figures that count people (noun, category, actors named)
               (figure.py the Figure; bare_figures.py, *_traps.py, mention_parts.py)
groups.py      2. figures that belong together (coordination, breakdowns)
frame.py       3. who gives, who gets, exchanged for what (cues around actors, figures;
               frame_patterns.py: its grammar)
sides.py       4. persons_of and held_by: an ordered tuple of named resolvers
kind_status.py 5. exchange / release / held (kind_patterns.py: its grammar, shared)
               (held_stock.py a stock, with stock_constructions.py and stock_moved.py;
               kind_negated.py no handover; kind_sides.py per side)
planned.py     5. reported / planned / estimated: a handover still to come
               (planned_underway.py an operation only begun or of several days)
doc_swaps.py   5. releases across a text that are a swap's halves
kind_restated.py  5. a definite group ('the six soldiers') told done before keeps that reading
headline_restated.py  5. a headline's figure the body counts again (another noun, told round) goes
readings_restated.py  5. a figure the text reads twice: the weaker reading goes
held_restated.py  5. a stock of a group the text counts as handed over goes
dating/        6. the date or period, and where it came from (a figure's day, periods,
               the days that are no handover's, the text's days, stages after all facts)
assemble.py    one fact per side; steps across sentences
lexicon.py     the vocabulary as data, compiled (lexicon_files.py: lexicon/*.yaml plus a
               user's files; actors.py: names → actors, roles, wars; normalise.py)
phrase_patterns.py  word lists → fast regexes (tries, first-character lookaheads)
twins.py       the lexicon's patterns with ASCII classes, for text where they match alike
fact.py        the Fact and its typed provenance (which stage and rule made it)
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Callable, Sequence
from functools import partial
from operator import attrgetter

from swaptally.slavic import extract_slavic, slavic_lang, user_lexicon

from . import dating
from .assemble import anaphora, restatements, sentence_facts
from .context import Ctx
from .doc_swaps import deal_swaps, mutual_swaps, named_one_sided, war_swaps
from .fact import DateSource, Fact, KindRule, Mention, Provenance, Side, Step
from .frame import Frame
from .headline_restated import headline_restated
from .held_restated import held_restated
from .kind_restated import definite_restated, plans_named_again
from .lexicon import Lexicon, load_lexicon, straight_apostrophes
from .readings_restated import context_restated, total_restated
from .sentence import Sentence
from .sides_text import halves_told
from .speakers import (
    Speech,
    is_pronoun,
    named_before,
    quote_speakers,
    said_by,
    speaker_at,
    speaker_code,
    speeches,
)
from .text import last_actor, read_text
from .twins import ascii_lexicon, plain_text

__all__ = [
    "DateSource", "Fact", "KindRule", "Lexicon", "Mention", "Provenance", "Side", "Step",
    "extract_facts", "load_lexicon",
]  # fmt: skip


def extract_facts(
    text: str,
    published: datetime.date | None,
    lexicon: Lexicon | None = None,
    *,
    lang: str | None = "en",
) -> list[Fact]:
    """Counted facts of `text` (a document body in language `lang`, an ISO 639-1 code)
    published on `published`. Russian and Ukrainian texts (stated, or a mostly Cyrillic
    text stated as English) go to swaptally.slavic, with the `slavic:` section of the
    user's lexicon files on top of its vocabulary. A bug raises: the caller logs it per
    text (see `swaptally extract --errors`)."""
    slavic = slavic_lang(text, lang)
    if slavic:
        user = lexicon.data.get("slavic") if lexicon is not None else None
        return extract_slavic(text, published, slavic, user_lexicon(slavic, user))
    lex = lexicon or load_lexicon()
    read = straight_apostrophes(text)  # read alike, whatever apostrophe the text is typed with
    if plain_text(read):
        lex = ascii_lexicon(lex)  # the same matches, found faster (see twins.py)
    return _extract(read, published, lex, text)


def _named(
    who: str | None,
    quoted: str | None,
    before: Callable[[], Sequence[Callable[[], str | None]]],
    lex: Lexicon,
) -> str | None:
    """A pronoun speaker as the name it stands for: the quote's speaker, else the last
    named speaker before it that agrees (speakers.named_before, over `before()`: the
    speakers before, listed only for a pronoun); a name as it is."""
    if not who or not is_pronoun(who, lex):
        return who
    if quoted and not is_pronoun(quoted, lex):
        return quoted
    return named_before(who, before(), lex)


def _named_speech(
    x: Speech,
    quoted: str | None,
    before: Callable[[], Sequence[Callable[[], str | None]]],
    lex: Lexicon,
) -> Speech:
    """The speech `x` with its speaker named (_named): itself when the name is the same
    (most speakers are names already; NamedTuple._replace costs microseconds)."""
    who = _named(x.who, quoted, before, lex)
    return x if who == x.who else x._replace(who=who)


def _speakers_before(
    sents: Sequence[Sentence],
    i: int,
    quoted: dict[int, str],
    said_in: dict[int, str | None],
    lex: Lexicon,
) -> list[Callable[[], str | None]]:
    """The speakers of the sentences before sentence `i`, nearest first, each found when
    asked (and kept in `said_in`)."""

    def speaker(j: int) -> str | None:
        if j not in said_in:
            said_in[j] = said_by(sents[j].text, sents[j].lowered, lex) or quoted.get(j)
        return said_in[j]

    return [(lambda j=j: speaker(j)) for j in range(i - 1, -1, -1)]


def _extract(
    text: str, published: datetime.date | None, lex: Lexicon, written: str | None = None
) -> list[Fact]:
    """The facts of `text`, which is `written` (if given) as the stages read it (straight
    apostrophes); the facts quote `written`."""
    doc, sents, cands = read_text(text, published, lex)
    if not cands:
        return []
    speakers = quote_speakers([s.text for s in sents], lex)
    facts: list[Fact] = []
    subjects: dict[int, str | None] = {}  # each sentence's named subject, found once
    said_in: dict[int, str | None] = {}  # each sentence's speaker, found once
    armed = doc.armed[0] if len(doc.armed) == 1 else None  # what 'the group' names
    for i in cands:
        s = sents[i]
        carried = last_actor(sents, i, doc, subjects) or doc.home
        quoted = speakers.get(i)
        spoken = speeches(s.text, s.lowered, lex)
        said = said_in[i] = speaker_at(spoken, len(s.text)) or quoted
        if said and is_pronoun(said, lex):
            said = quoted or said
        code = speaker_code(lex, said, carried)  # a pronoun's: the actor carried
        # listed only for a pronoun speaker (rare): a list per sentence costs O(n²) a text
        before = partial(_speakers_before, sents, i, speakers, said_in, lex)
        spoken = [_named_speech(x, quoted, before, lex) for x in spoken]
        said = _named(said, quoted, before, lex) if said else None
        prev = sents[i - 1] if i else None
        ctx = Ctx(doc, s, carried, said, code, prev, Frame(s, armed), tuple(spoken))
        found = sentence_facts(ctx)
        adjacent = bool(facts) and facts[-1].sentence_no == i - 1
        facts.extend(anaphora(ctx, found, facts, adjacent))
    facts = dating.overall_totals(dating.date_breakdowns(halves_told(restatements(facts, sents))))
    facts = dating.restated_plans(plans_named_again(definite_restated(facts, sents), sents))
    facts = dating.restated_reports(facts, sents, doc.published)
    facts = war_swaps(doc, named_one_sided(doc, mutual_swaps(doc, deal_swaps(doc, facts))))
    facts = headline_restated(facts, doc)  # the body's noun for a headline's figure
    facts = held_restated(facts, doc)  # a handed-over group told again by its captivity
    facts = total_restated(context_restated(facts))  # a figure read again another way
    facts = list(dict.fromkeys(facts))
    facts.sort(key=lambda f: (f.span_start, f.persons_of))
    if written is None or written is text:
        return facts
    return [_as_written(f, sents, text, written) for f in facts]


def _as_written(f: Fact, sents: list[Sentence], text: str, written: str) -> Fact:
    """`f` quoting the text as written: its sentence, and the speaker (a piece of the text,
    at the same offsets in both)."""
    s = sents[f.sentence_no]
    said = f.said_by
    if said and "'" in said:
        # the fact's own sentence first: the same speaker may be typed otherwise elsewhere
        at = text.find(said, s.start, s.end)
        if at < 0:
            at = text.find(said)
        if at >= 0:
            said = written[at : at + len(said)]
    values = list(_FACT_VALUES(f))  # dataclasses.replace, at a third of its cost
    values[_SENTENCE_AT], values[_SAID_AT] = written[s.start : s.end], said
    return Fact(*values)


# a Fact's field values in order, read in C, and where the two _as_written changes stand
_FACT_FIELDS = tuple(x.name for x in dataclasses.fields(Fact))
_FACT_VALUES = attrgetter(*_FACT_FIELDS)
_SENTENCE_AT, _SAID_AT = _FACT_FIELDS.index("sentence"), _FACT_FIELDS.index("said_by")
