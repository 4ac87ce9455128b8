"""Mends of T69's review findings in actors' homes and status (M5); sentences written here."""

from __future__ import annotations

import pytest

from newsledger.actors import ActorIndex, build_actors
from newsledger.events import code_events
from newsledger.parse import parse
from newsledger.record import Actor
from newsledger.status import status_of


def _named(text: str, name: str) -> Actor:
    actors = build_actors(parse(text)).actors
    found = next((a for a in actors if a.name == name), None)
    assert found is not None, actors
    return found


@pytest.mark.parametrize("text", [
    "Acme Holdings is among the largest foreign investors in China.",
    "Acme Holdings is one of the biggest overseas lenders in Japan.",
    "Acme Holdings is among the largest German investors in China.",
])
def test_a_class_from_elsewhere_gives_no_home(text: str) -> None:
    assert _named(text, "Acme Holdings").country is None


@pytest.mark.parametrize(("text", "country"), [
    ("Acme Holdings is among the largest lenders in Canada.", "CAN"),
    ("Analysts said Brightwater Group is one of the biggest grocers in Britain.", "GBR"),
])
def test_a_class_in_a_place_still_gives_its_home(text: str, country: str) -> None:
    name = "Acme Holdings" if "Acme" in text else "Brightwater Group"
    assert _named(text, name).country == country


def test_a_state_that_is_also_a_country_gives_no_home_from_a_base() -> None:
    text = "A Georgia-based company said it would build a plant."
    assert _named(text, "Georgia-based company").country is None


def test_a_nationality_outranks_a_base() -> None:
    text = "A Paris-based group of Lebanese exiles said it would sue."
    assert _named(text, "Paris-based group").country == "LBN"


def test_a_stateless_bodys_staff_take_no_country_from_a_base() -> None:
    text = "Amnesty International's Washington-based director said the law was unjust."
    director = _named(text, "Washington-based director")
    assert director.country is None and director.sector == "NGO"


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Russia's London-based envoy said the talks had failed.", "London-based envoy", "RUS"),
    ("A Chicago-based group of traders said prices would rise.", "Chicago-based group", "USA"),
    ("A Paris-based company said it would build a plant.", "Paris-based company", "FRA"),
])
def test_a_base_still_gives_a_home_when_nothing_outranks_it(text: str, name: str,
                                                            country: str) -> None:
    assert _named(text, name).country == country


def _status(text: str, trigger: str) -> str:
    doc = parse(text)
    return status_of(next(t for t in doc if t.text == trigger)).status


def test_to_blame_is_no_plan() -> None:
    assert _status("Israel said Hamas was to blame for the attack.", "blame") != "planned"
    accuse = [c for c in code_events(parse("Israel said Hamas was to blame for the attack."),
                                     ActorIndex(), [], []) if c.event.type == "ACCUSE"]
    assert accuse and all(c.event.status != "planned" for c in accuse), accuse


@pytest.mark.parametrize(("text", "trigger"), [
    ("Troops are to withdraw from the town next week.", "withdraw"),
    ("The minister is to meet rebel leaders in Geneva.", "meet"),
])
def test_be_to_still_plans(text: str, trigger: str) -> None:
    assert _status(text, trigger) == "planned"


def test_only_people_are_a_phrases_members() -> None:
    """The second review: "director of Russian studies" took RUS as if studies were members."""
    from newsledger.mention_phrases import members_country
    from newsledger.parse import parse

    def members(text: str, head: str) -> str | None:
        root = next(t for t in parse(text) if t.text == head)
        return members_country(root)

    assert members("The director of Russian studies criticised the ban.", "director") is None
    assert members("A group of Lebanese exiles criticised the ban.", "group") == "LBN"
    assert members("A delegation of Iraqi officials arrived.", "delegation") == "IRQ"


@pytest.mark.parametrize("text", [
    "The Prime Minister offered apologies to the victims' families.",
    "The foreign minister extended his condolences to the Turkish people.",
])
def test_an_offered_courtesy_is_made_not_planned(text: str) -> None:
    """The second review: "offered apologies" was AGREE plus a planned SUPPORT (and a claim)."""
    from newsledger.pipeline import extract

    events = [(e.type, e.status) for e in extract(text).events]
    assert events == [("SUPPORT", "asserted")]


def test_an_offer_of_talks_stays_an_intention() -> None:
    """Only a performed courtesy is made by offering it: offered talks are AGREE."""
    from newsledger.pipeline import extract

    record = extract("The government offered talks to the rebels.")
    assert [(e.type, e.status) for e in record.events] == [("AGREE", "asserted")]
