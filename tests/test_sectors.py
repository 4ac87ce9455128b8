"""Tests for actors' sectors (T31): newsledger.sectors and the CAMEO-aligned noun rows.

Sentences and phrases are made up for these tests.
"""

from __future__ import annotations

import pytest

from newsledger.lexicon import describe, sector_of
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
