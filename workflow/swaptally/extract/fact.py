"""The counted fact (see workflow/docs/FACTS.md) and the typed record of how it was made."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from enum import StrEnum

from swaptally.date_source import DateSource

__all__ = ["DateSource", "Fact", "KindRule", "Mention", "Provenance", "Side", "Step"]


class Mention(StrEnum):
    """How the mentions stage tied a figure to the people it counts."""

    NOUN_PHRASE = "noun_phrase"  # "307 Ukrainian soldiers"
    WERE_NOUN = "were_noun"  # "70 were Mariupol defenders"
    DEMONYM_NOUN = "demonym_noun"  # "90 Palestinian" cut off before a verb
    PARTITIVE = "partitive"  # "33 of the 100 hostages"
    N_FOR_N = "n_for_n"  # "1,000-for-1,000"
    EACH_SIDE = "each_side"  # "42 each"
    PASSIVE_VERB = "passive_verb"  # "40 were released"
    VERB_OBJECT = "verb_object"  # "freed 40"
    NUMBER_OF = "number_of"  # "the number of prisoners … 40"
    GAPPED = "gapped"  # "Russia freed 90 prisoners, Ukraine 82": the verb and noun not repeated
    OWNER_ELLIPSIS = "owner_ellipsis"  # "90 of its soldiers for 95 of Ukraine's": noun not repeated
    HELD_PART = "held_part"  # "of whom 7 are presumed alive", "11 remain with the captors"


class Side(StrEnum):
    """The side resolver that fired (see sides.RESOLVERS), or a stage that overrode it."""

    UNKNOWN_GROUP = "unknown_group"  # a nationality the lexicon does not know
    BOTH_DEMONYMS = "both_demonyms"
    MIXED_GROUP = "mixed_group"
    DUAL_NATIONALS = "dual_nationals"  # "three Spanish-Venezuelan journalists": the other's
    MIXED_LIST = "mixed_list"  # "16 prisoners, Americans and Germans among them"
    MANY_COUNTRIES = "many_countries"  # "26 people from six countries"
    # a mixed group from the state's camp, held by the insurgents its sentence names
    INSURGENTS_CAMP = "insurgents_camp"
    SIDE_PHRASE = "side_phrase"
    DESTINATION = "destination"
    DESTINATIONS = "destinations"  # "10 to Russia, 13 to Germany and 3 to the US"
    TWO_PARTY_TOTAL = "two_party_total"
    TWO_PARTY_EXACT = "two_party_exact"  # a marker: resolved or dropped by dating.overall
    TWO_SIDED_TOTAL = "two_sided_total"
    EACH_SIDE = "each_side"
    OWN_NATIONALS = "own_nationals"
    STATE_PEOPLE = "state_people"  # "government soldiers" freed by insurgents at home
    INSURGENTS_HOME = "insurgents_home"  # "the Taliban freed 22 soldiers": their state's people
    HOSTAGES = "hostages"  # "the 20 hostages": held by the text's armed group
    CREW = "crew"  # "17 sailors" of no stated nationality: their side is not told
    DEMONYM_GROUP = "demonym_group"
    AMONG_GROUP = "among_group"  # "Among the Palestinians were 250 …": the demonym's part
    NATIONALITY_AFTER = "nationality_after"  # "33 fishermen who are Pakistani nationals"
    PLACE_PEOPLE = "place_people"  # "18 Tamil Nadu fishermen": the place's country's people
    LIST_OWNER = "list_owner"  # "India's list named 300 prisoners": held by the list's owner
    RECEIVER = "receiver"
    RELATIVE_CLAUSE = "relative_clause"
    POSSESSIVE = "possessive"
    HELD_BY_OTHER = "held_by_other"
    RELEASER_OTHER = "releaser_other"
    COUNTERPART = "counterpart"
    SWAPPED_FOR = "swapped_for"  # "got back 215 in exchange for 55": the other's mirror
    ARMED_MEMBERS = "armed_members"  # "Mali freed 100 jihadists": an armed group's people
    SWAP_PARTNER = "swap_partner"  # "freed in a swap with Ukraine": the partner held them
    SWAP_TOTAL = "swap_total"
    STATELESS_CAPTORS = "stateless_captors"
    DOMESTIC = "domestic"  # a text about a government's own detainees: its own, held by it
    CONTEXT = "context"  # the document's context alone: a weak side


# the resolvers whose side is the figure's own (never replaced by an earlier fact's)
OWN_SIDES = frozenset(
    {
        Side.DEMONYM_GROUP,
        Side.AMONG_GROUP,
        Side.EACH_SIDE,
        Side.TWO_PARTY_TOTAL,
        Side.TWO_PARTY_EXACT,
        Side.TWO_SIDED_TOTAL,
        Side.MIXED_GROUP,
        Side.MIXED_LIST,
        Side.MANY_COUNTRIES,
        Side.INSURGENTS_CAMP,
        Side.BOTH_DEMONYMS,
        Side.DUAL_NATIONALS,
    }
)


class KindRule(StrEnum):
    """What decided a fact's kind (see kind_status.py)."""

    STOCK = "stock"  # held: "took 200 hostages", "an estimated 900 are held"
    SWAP_TEXT = "swap_text"  # a figure in a text about a swap: exchange
    SWAP_CLAUSE = "swap_clause"  # a swap named in the figure's own clause, in any text
    PER_SIDE = "per_side"  # "the two sides released 120 each": a figure per side is a swap's
    RELEASE_TEXT = "release_text"  # a figure in a text about no swap: release
    SWAP_VERB = "swap_verb"  # "exchanged for", "in return for" in its clause
    OTHER_HALF = "other_half"  # "… and Ukraine freed the same number": a swap's other half
    RELEASE_ONLY = "release_only"  # "goodwill", "outside the exchange" in its clause
    SEPARATE = "separate"  # "Separately, X handed over 8": told apart from the swap
    THIRD_COUNTRY = "third_country"  # a third country's people freed alongside a swap
    DEAL_SWAP = "deal_swap"  # each side frees the other's people under a deal (a truce)
    MUTUAL = "mutual"  # each side frees the other's people in one sentence or the next
    RUNNING_TOTAL = "running_total"  # "4,812 brought home since 2022": counted in swaps
    OTHER_CONFLICT = "other_conflict"  # a round-up's figure whose sides no swap sentence names
    WAR_SWAP = "war_swap"  # a war's captives freed by the enemy, in a war of swaps (wars.yaml)
    # a one-sided cue ("as goodwill") yields to the handover the other way its sentence tells:
    # a group of the releaser's people freed by the receiver (doc_swaps.counter_handover) ...
    COUNTER_HANDOVER = "counter_handover"
    # ... or a swap of people named after the group ("… and took its guards back in exchange")
    SWAP_AFTER_CUE = "swap_after_cue"


class Step(StrEnum):
    """A later step that changed a fact after its side was resolved."""

    BREAKDOWN = "breakdown"  # a part takes the side of the figure it breaks down
    SENTENCE_HOLDER = "sentence_holder"  # a third country's people, freed by the same holder
    CONTINUES = "continues"  # "A further 13 …" continues the fact before
    PARTS = "parts"  # parts that add up to a sided total take its side
    HALVES_TOLD = "halves_told"  # a two-party figure whose halves the text tells is the whole
    # the same figure told elsewhere in the text lends this telling what it lacks: its sides
    # (assemble), a definite group's kind, status and sides (definite_restated), a plan's
    # day (restated_plans)
    RESTATED = "restated"
    PLANS_NAMED_AGAIN = "plans_named_again"  # a figure the text plans elsewhere is that plan
    RESTATED_REPORTS = "restated_reports"  # an undated handover takes the day told elsewhere
    COMPOSITION = "composition"  # a group the text tells elsewhere is of several nationalities
    STAGE_DATE = "stage_date"  # parts of a dated stage take its day
    OVERALL = "overall"  # a whole exchange's total takes no single day


# The records the stages pass on (facts, provenance, sides, kinds, dates) are values: never
# changed once made (dataclasses.replace makes a new one), equal and hashed by their fields.
# Not frozen: a frozen dataclass sets each field through object.__setattr__, which made
# building them about a twentieth of extraction's time.
@dataclass(slots=True, unsafe_hash=True)
class Provenance:
    """Which stage and rule made a fact: typed, for control flow; `label` is for people."""

    mention: Mention | None
    side: Side
    kind: KindRule = KindRule.SWAP_TEXT
    date: DateSource = DateSource.NONE
    steps: tuple[Step, ...] = ()

    def label(self) -> str:
        """The stage's rule and the later steps, for people (explain, the table's `rule`).
        Where the date came from is no part of it: it is the fact's `date_source`."""
        # the members are strings: joined as they are, without str() on each
        head = "held_estimate" if self.kind is KindRule.STOCK else self.side
        return "+".join((head, *self.steps))

    def then(self, step: Step, date: DateSource | None = None) -> Provenance:
        return Provenance(
            self.mention, self.side, self.kind, self.date if date is None else date,
            (*self.steps, step),
        )  # fmt: skip

    @property
    def held(self) -> bool:
        """The kind stage found a stock ("held_estimate")."""
        return self.kind is KindRule.STOCK

    @property
    def weak(self) -> bool:
        """Sided by the document's context alone."""
        return self.side is Side.CONTEXT and not self.held

    @property
    def marker(self) -> bool:
        """'X and Y exchanged 390' (exact, no 'each'): per side or in all, resolved later."""
        return self.side is Side.TWO_PARTY_EXACT and not self.held


@dataclass(slots=True, unsafe_hash=True)  # a value, never changed (see Provenance)
class Fact:
    kind: str  # exchange | release | held
    status: str  # reported | planned | estimated
    persons_of: str | None  # ISO alpha-2, "XX" or None
    held_by: str | None  # ISO alpha-2, "XX" or None
    category: str  # military | civilian | unspecified
    low: int | None
    high: int | None
    qualifier: str  # exact | range | approx | at_least | at_most | vague
    date: datetime.date | None
    period_start: datetime.date | None
    period_end: datetime.date | None
    said_by: str | None
    sentence_no: int  # 0-based index of the sentence in the text
    sentence: str  # the sentence text
    span_start: int  # text[span_start:span_end] is the figure as written
    span_end: int
    how: Provenance | None = None  # None for facts of the Russian/Ukrainian extractor
    rule: str = ""  # how.label() (for explain and the table), or the rule as given
    # where the date came from: how.date, or as given (None: not recorded)
    date_source: DateSource | None = None

    def __post_init__(self) -> None:
        if self.how is not None:  # both follow the provenance, also after replace()
            self.rule = self.how.label()
            self.date_source = self.how.date
