"""The actors lexicon covers every state and the armed groups of the last decade's wars.

Sentences are written for these tests (no corpus text): each class of entry, a state
party, an insurgent, an armed group abroad, a mediator or monitor that is no side, and an
actor the lexicon does not know (its side stays unknown).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pycountry
import pytest
import yaml
from swaptally.extract import extract_facts, load_lexicon
from swaptally.extract.lexicon import norm
from swaptally.yaml_words import WordLoader, load_words

ACTORS = Path(__file__).parents[1] / "workflow" / "swaptally" / "lexicon" / "actors.yaml"

# ISO 3166-1 entries that are no UN member state (territories, Antarctica, the observers
# Palestine and the Holy See, which the lexicon has for their own reasons)
_TERRITORIES = (
    "AS AI AQ AW AX BL BM BQ BV CC CK CW CX EH FK FO GF GG GI GL GP GS GU HK HM IM IO JE KY MF "
    "MO MP MQ MS NC NF NU PF PM PN PR PS RE SH SJ SX TC TF TK TW UM VA VG VI WF YT"
)
NOT_MEMBERS = set(_TERRITORIES.split())
DAY = dt.date(2024, 5, 10)


def _entries() -> dict:
    return load_words(ACTORS.read_text(encoding="utf-8"))["actors"]


def test_every_un_member_state_has_an_entry_with_a_name() -> None:
    entries = _entries()
    members = {c.alpha_2 for c in pycountry.countries} - NOT_MEMBERS
    assert len(members) == 193
    missing = sorted(members - set(entries))
    assert missing == []
    for code in members:
        assert entries[code].get("names"), code


def test_every_member_state_s_people_have_a_demonym() -> None:
    entries = _entries()
    members = {c.alpha_2 for c in pycountry.countries} - NOT_MEMBERS
    # Dominica's and Congo-Brazzaville's are their neighbours' words; Turkmenistan's names
    # Syria's and Iraq's Turkmen too
    lacking = sorted(c for c in members if not entries[c].get("demonyms"))
    assert lacking == ["CG", "DM", "TM"]


def test_every_member_state_s_iso_names_name_it_alone() -> None:
    """ISO 3166's short and official names of each member state ('Republic of Korea',
    'Syrian Arab Republic', 'United Kingdom of Great Britain and Northern Ireland') name
    that state and no other. Left out: names in ISO's inverted form ('Korea, Republic of')
    and 'Congo', which names DR Congo in news of captives (Congo-Brazzaville is named in
    full)."""
    lex = load_lexicon()
    members = [c for c in pycountry.countries if c.alpha_2 not in NOT_MEMBERS]
    wrong = []
    for country in members:
        for attr in ("name", "official_name", "common_name"):
            name = getattr(country, attr, None)
            if not name or "," in name or (country.alpha_2, name) == ("CG", "Congo"):
                continue
            codes = {a.code for a in lex.actors_in(f"On Friday {name} said so.")}
            if codes != {country.alpha_2}:
                wrong.append((country.alpha_2, name, sorted(codes)))
    assert wrong == []


def test_no_name_stands_for_two_codes() -> None:
    seen: dict[str, str] = {}
    clashes = []
    for code, entry in _entries().items():
        for kind in ("names", "armed_groups", "insurgents", "demonyms"):
            for name in entry.get(kind) or []:
                key = norm(str(name))
                if seen.setdefault(key, code) != code:
                    clashes.append((name, seen[key], code))
    assert clashes == []


def test_no_key_is_given_twice() -> None:
    """A YAML mapping that gives a key twice keeps the last silently: an actor's second
    `names:` would drop its first (its country and capital)."""
    twice = []

    class Strict(WordLoader):  # type: ignore[misc, valid-type]
        pass

    def mapping(loader: Strict, node: yaml.MappingNode, deep: bool = False) -> dict:
        keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
        twice.extend(k for k in set(keys) if keys.count(k) > 1)
        return WordLoader.construct_mapping(loader, node, deep)

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    yaml.load(ACTORS.read_text(encoding="utf-8"), Loader=Strict)
    assert twice == []


@pytest.mark.parametrize(
    ("text", "code", "role"),
    [
        ("Arakan Army", "MM", "insurgent"),
        ("the Kachin Independence Army", "MM", "insurgent"),
        ("Abu Sayyaf", "PH", "insurgent"),
        ("the New People's Army", "PH", "insurgent"),
        ("Ambazonian separatists", "CM", "insurgent"),
        ("JNIM", "ML", "insurgent"),
        ("al-Shabab", "SO", "insurgent"),
        ("the Allied Democratic Forces", "CD", "insurgent"),
        ("Hayat Tahrir al-Sham", "SY", "insurgent"),
        ("Tehrik-i-Taliban Pakistan", "PK", "insurgent"),
        ("the Pakistani Taliban", "PK", "insurgent"),
        ("Baloch Liberation Army", "PK", "insurgent"),
        ("the Libyan National Army", "LY", "insurgent"),
        ("Gran Grif", "HT", "insurgent"),
        ("Kataib Hezbollah", "IQ", "armed_group"),
        ("the Polisario Front", "EH", "armed_group"),
        ("the Wagner Group", "RU", "state"),
        ("Ivory Coast", "CI", "state"),
        ("Togolese", "TG", "state"),
        ("Congo", "CD", "state"),
        ("Congo-Brazzaville", "CG", "state"),
        # names beside ISO's: a short form, an initialism
        ("America", "US", "state"),
        ("Palestine", "PS", "state"),
        ("the DPRK", "KP", "state"),
        ("Great Britain", "GB", "state"),
        ("Northern Ireland", "GB", "state"),
        # a leader by the surname news uses alone
        ("Kiir", "SS", "state"),
        ("Goita", "ML", "state"),
        ("Abiy", "ET", "state"),
        # a state as its enemies name it
        ("the Zionist entity", "IL", "state"),
    ],
)
def test_armed_groups_and_states_by_their_names(text: str, code: str, role: str) -> None:
    (actor,) = load_lexicon().actors_in(f"On Friday {text} said so.")
    assert (actor.code, actor.role) == (code, role)


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian Observatory for Human Rights said so.",
        "Ships in the Gulf of Guinea were attacked.",  # no Guinean (GN) side
        "Gunmen struck in Benin City overnight.",  # Nigeria's city, no Benin (BJ)
        "The Palestinian Red Crescent took them to hospital.",
        "Migrants crossing Central America were held for ransom.",  # no American (US)
    ],
)
def test_names_that_hold_a_state_s_name_but_name_no_side(text: str) -> None:
    assert load_lexicon().actors_in(text) == ()


def _sides(text: str) -> list[tuple[str | None, str | None, int]]:
    return [(f.persons_of, f.held_by, f.low) for f in extract_facts(text, DAY, load_lexicon())]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an insurgent frees people of its own country
        ("The Arakan Army freed 12 soldiers it had captured in Rakhine on Thursday.", "MM"),
        ("Ambazonian separatists freed 11 teachers they had abducted near Bamenda.", "CM"),
        ("The New People's Army released four soldiers it had held for months.", "PH"),
        ("The TTP released 10 policemen it had abducted in Khyber Pakhtunkhwa.", "PK"),
        # two rival governments of one nation swap people of it
        (
            "The Libyan National Army and the Government of National Unity exchanged 60 "
            "prisoners each.",
            "LY",
        ),
    ],
)
def test_an_insurgent_holds_its_own_country_s_people(text: str, want: str) -> None:
    ((persons, held_by, _),) = _sides(text)
    assert (persons, held_by) == (want, want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ghana freed 6 Togolese fishermen on Tuesday.", ("TG", "GH", 6)),
        ("Equatorial Guinea released 12 Nigerian sailors on Monday.", ("NG", "GQ", 12)),
        ("Al-Shabaab freed 20 Kenyan teachers on Friday.", ("KE", "SO", 20)),
        ("Wagner released 40 Ukrainian prisoners of war.", ("UA", "RU", 40)),
    ],
)
def test_a_state_or_group_abroad_holds_another_state_s_people(text: str, want: tuple) -> None:
    assert _sides(text) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a mediator or host is no side
        ("In a deal mediated by Oman and Qatar, the Houthis freed 6 Saudi prisoners.", "YE"),
        ("Thanks to Vatican mediation, the M23 released 40 Congolese soldiers to the ICRC.", "CD"),
        # a monitor named after a state, based in another: neither is a side
        (
            "The war monitor Syrian Observatory for Human Rights, based in Britain, said the "
            "SDF freed 40 detainees.",
            "SY",
        ),
    ],
)
def test_a_mediator_or_monitor_is_no_holder(text: str, want: str) -> None:
    ((_, held_by, _),) = _sides(text)
    assert held_by == want


def test_an_actor_the_lexicon_does_not_know_holds_no_one() -> None:
    assert _sides("The Zorvan Brigade freed 14 prisoners of war.") == [("XX", None, 14)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the group's members between its name and its verb: the group does it
        ("Abu Sayyaf gunmen released three kidnapped fishermen on Jolo island.", "PH"),
        ("The Gran Grif gang released 9 hostages, including a nurse, on Monday.", "HT"),
        ("ADF militants freed 14 farmers they had abducted near Beni.", "CD"),
    ],
)
def test_a_group_s_members_before_its_verb_are_the_group(text: str, want: str) -> None:
    ((persons, held_by, _),) = _sides(text)
    assert (persons, held_by) == (want, want)


def test_members_after_a_state_s_name_are_no_group() -> None:
    """Only an armed group's name takes its members into it: 'Philippine rebels' stays
    the demonym (a state's people), its rebels no part of the name."""
    (actor,) = load_lexicon().actors_in("Philippine rebels said so.")
    assert (actor.code, actor.demonym, actor.end) == ("PH", True, len("Philippine"))


@pytest.mark.parametrize(
    "text",
    [
        "A rights monitor based in Britain said so.",
        "The London-based group said so.",
        "A watchdog headquartered in the United States said so.",
        # a place by a state's border or coast
        "Gunmen struck a market near the border with Mali.",
        "Pirates boarded a tanker off the coast of Somalia.",
    ],
)
def test_an_organisation_s_seat_is_no_actor(text: str) -> None:
    assert load_lexicon().actors_in(text) == ()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The war monitor Syrian Observatory for Human Rights, based in Britain, said the "
            "agreement provides for freeing 150 SDF detainees.",
            ("SY", "SY", 150),
        ),
        ("The UK-based monitor said the RSF freed 30 civilians.", ("SD", "SD", 30)),
        ("A rights group based in Norway said Iran freed 4 Americans.", ("US", "IR", 4)),
    ],
)
def test_the_seat_of_the_teller_is_no_side(text: str, want: tuple) -> None:
    assert _sides(text) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # people of several Western states are of many (XX)
        ("Iran freed three Europeans on Friday in a deal mediated by Oman.", ("XX", "IR", 3)),
        ("Some 15 Europeans are still held in Iranian jails, diplomats say.", ("XX", "IR", 15)),
        ("Moscow released 4 Westerners convicted of spying, the Kremlin said.", ("XX", "RU", 4)),
    ],
)
def test_westerners_and_europeans_are_of_many_states(text: str, want: tuple) -> None:
    assert [f for f in _sides(text) if f[2] == want[2]] == [want]


def test_the_european_union_is_no_people() -> None:
    assert load_lexicon().actors_in("The European Union welcomed it.") == ()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Thai Prime Minister said so.", "TH"),
        ("The Malian foreign minister said so.", "ML"),
        ("The Belarusian leader said so.", "BY"),
        ("Iranian courts said so.", "IR"),
    ],
)
def test_an_office_holder_after_a_demonym_names_the_state(text: str, code: str) -> None:
    (actor,) = load_lexicon().actors_in(text)
    assert (actor.code, actor.demonym) == (code, False)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed a seminary in the central state of Niger.",
        "Bandits are active in the state of Niger.",
    ],
)
def test_a_region_named_like_another_state_is_no_actor(text: str) -> None:
    assert load_lexicon().actors_in(text) == ()


def test_a_region_s_name_before_its_noun_leaves_the_state_named() -> None:
    (actor,) = load_lexicon().actors_in("Soldiers patrol the Tillaberi region of Niger.")
    assert actor.code == "NE"


@pytest.mark.parametrize(
    "text",
    [
        "Police in the north-central state of Niger said gunmen had let 12 farmers go.",
        "Kidnappers let 12 farmers go in the state of Niger, police said.",
    ],
)
def test_captors_in_a_region_named_like_another_state_act_in_its_country(text: str) -> None:
    assert _sides(text) == [("NG", "NG", 12)]


def test_people_of_a_leader_s_side_are_his_state_s() -> None:
    assert _sides("The rebels handed 14 pro-Kiir soldiers over to ICRC staff on Tuesday.") == [
        ("SS", "SS", 14)
    ]


def test_police_and_security_forces_freed_by_insurgents_are_their_state_s() -> None:
    text = "Over the year 120 kidnapped policemen were let go by the insurgents, ISWAP said."
    assert _sides(text) == [("NG", "NG", 120)]
