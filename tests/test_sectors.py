"""Tests for actors' sectors (T31): newsledger.sectors and the CAMEO-aligned noun rows.

Sentences and phrases are made up for these tests.
"""

from __future__ import annotations

import pytest

from newsledger.lexicon import ActorTraits, describe, sector_of
from newsledger.pipeline import extract
from newsledger.sectors import people_group, refine_sector, state_media


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("the state-run news agency", "GOV"),
        ("an official Kenyan newspaper", "GOV"),
        ("government television", "GOV"),
        ("a Kenyan newspaper", "MED"),  # no state qualifier: media
        ("the independent broadcaster", "MED"),
    ],
)
def test_state_media_speak_for_the_government(phrase: str, sector: str) -> None:
    assert sector_of(phrase) == sector


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("ethnic Serbs", "CVL"),
        ("Nigerians", "CVL"),
        ("Chechen Kurds", "CVL"),
        ("Kurdish rebels", "REB"),  # the noun's own sector wins
        ("Ghanaian soldiers", "MIL"),
        ("Russia", None),  # a bare country keeps no sector, as CAMEO codes it
        ("the French", None),  # an adjective used as a noun is as often the state
    ],
)
def test_a_people_named_by_nationality_or_ethnicity_is_civilians(phrase: str,
                                                                 sector: str | None) -> None:
    assert sector_of(phrase) == sector


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("dozens of activists", "OPP"),  # PLOVER OPP: anti-government activists
        ("a rights activist", "OPP"),
        ("masked gunmen", "UAF"),  # PLOVER UAF: "unknown gunmen"
        ("Malian security forces", "MIL"),
        ("settlers", "CVL"),
        ("Egyptian intelligence officers", "SPY"),
        ("village elders", "ELI"),
        ("Syrian aircraft", "MIL"),
        ("religious extremists", "REB"),
        ("local administrators", "GOV"),
        ("protesters", "CVL"),  # kept CVL: a protest is not always against a government
        ("four children", "CVL"),
        ("Somali pirates", "CRM"),
        ("foreign mercenaries", "UAF"),
        ("army defectors", "OPP"),  # the people noun heads the phrase
        ("striking miners", "LAB"),
        ("Buddhist monks", "REL"),
        ("the country's central bank", "GOV"),  # CENTRAL_BANK [~GOVBUS], not a bank's BUS
        ("a commercial bank", "BUS"),
    ],
)
def test_noun_rows_follow_the_cameo_agents_conventions(phrase: str, sector: str) -> None:
    assert sector_of(phrase) == sector


def test_refine_sector_parts() -> None:
    assert state_media(["state", "television"], "MED")
    assert not state_media(["state", "television"], "GOV")
    assert not state_media(["television"], "MED")
    assert people_group(["ethnic", "Uzbek"], "demonym", None)
    assert not people_group(["Uzbek"], "demonym", None)  # the adjective alone
    assert not people_group(["Uzbeks"], "country", None)
    assert refine_sector(["Uzbeks"], "demonym", None) == "CVL"
    assert refine_sector(["Uzbeks"], "demonym", "REB") == "REB"


def test_a_people_keeps_its_country() -> None:
    traits = describe("ethnic Serbs")
    assert (traits.kind, traits.country, traits.sector) == ("group", "SRB", "CVL")


def test_record_actors_carry_the_sectors() -> None:
    record = extract("Masked gunmen attacked a convoy of settlers near the border on Monday, "
                     "the state-run news agency said.")
    sectors = {a.name: a.sector for a in record.actors}
    assert sectors.get("Masked gunmen") == "UAF"
    assert "CVL" in {a.sector for a in record.actors if "settlers" in a.name}


def test_a_known_organisations_own_traits_beat_a_noun_inside_its_name() -> None:
    # "Union" alone would be labour, "Democratic Party" alone the US party
    record = extract("The Patriotic Union of Kurdistan accused the Kurdistan Democratic Party "
                     "of breaking the truce.")
    traits = {a.name: (a.country, a.sector) for a in record.actors}
    assert traits["Patriotic Union of Kurdistan"] == ("IRQ", "PTY")
    assert traits["Kurdistan Democratic Party"] == ("IRQ", "PTY")


def test_a_description_around_a_bodys_name_keeps_its_own_sector() -> None:
    record = extract("Peru's UN ambassador met the UN envoy on Monday.")
    sectors = {a.name: a.sector for a in record.actors}
    assert sectors["UN ambassador"] == "GOV" and sectors["UN envoy"] == "IGO"


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        # T49: group nouns news uses for actors that the table lacked (issue 4)
        ("stone-throwing youths", "CVL"),
        ("angry crowds", "CVL"),
        ("thousands of mourners", "CVL"),
        ("Tamils", "CVL"),  # an ethnic name that is no demonym: a people, as sectors.py codes
        ("Moslems", "REL"),  # CAMEO codes people named by religion with a religion code
        ("Sunni Muslims", "REL"),
        ("escaped convicts", "CRM"),  # CAMEO CONVICT [~CRM]
        ("political prisoners", "OPP"),  # the longer row wins
        ("rebel prisoners", "REB"),  # who is held: the modifier says
        ("prison guards", "COP"),
        ("unknown attackers", "UAF"),
        ("striking dockers", "LAB"),
        ("army crews", "MIL"),  # "-" row: the modifier gives the sector
        ("Kenyan youths", "CVL"),
    ],
)
def test_group_nouns_added_by_t49_give_their_sector(phrase: str, sector: str) -> None:
    traits = describe(phrase)
    assert (traits.kind, traits.sector) == ("group", sector)


def test_people_held_are_a_group_whose_sector_their_modifier_gives() -> None:
    assert describe("the prisoners") == describe("detainees") == ActorTraits("group")
    assert describe("Palestinian detainees") == ActorTraits("group", "PSE")


@pytest.mark.parametrize(
    ("sentence", "actor", "country"),
    [
        ("Youths in Lagos threw stones at police on Tuesday.", "Youths", "NGA"),
        ("Hundreds of mourners in Karachi attacked a police station after the funeral.",
         "mourners", "PAK"),
    ],
)
def test_record_keeps_a_group_actor_with_its_places_country(sentence: str, actor: str,
                                                            country: str) -> None:
    # Before T49 the record dropped these actors: no table made an actor of the noun
    record = extract(sentence)
    actors = {a.id: a for a in record.actors}
    kept = [actors[e.actor] for e in record.events if e.actor in actors]
    assert [(a.name, a.country, a.kind) for a in kept] == [(actor, country, "group")]


def test_group_nouns_that_end_names_do_not_mislabel_the_name() -> None:
    # "Brigades" ends the names of armed groups that are no army, so no row gives it MIL
    assert describe("Izz ad-Din al-Qassam Brigades", "ORG").sector != "MIL"
    assert describe("the Republican Guards").sector == "MIL"  # not the COP of prison guards
