"""T89 review fixes: a journalist's active question is no REQUEST; a possessed relational noun
("the governor's critics") is its own party, not its possessor. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from newsledger.pipeline import extract
from newsledger.record import Record


def _types(text: str) -> list[tuple[str, str]]:
    """Return the (type, trigger) pairs of the record's events."""
    return [(e.type, e.trigger) for e in extract(text).events]


@pytest.mark.parametrize("text", [
    "Reporters asked Putin about the attack on the convoy.",
    "A journalist asked the minister whether troops would stay.",
    "The moderator asked the candidates how they would cut taxes.",
    "Fox News host Sean Hannity asked Trump about the wall.",
    "The journalist interviewed the senator and asked him about the bill.",
])
def test_journalist_question_is_no_request(text: str) -> None:
    """An interviewer's or medium's active question about a topic asks for no act."""
    assert ("REQUEST", "asked") not in _types(text)


@pytest.mark.parametrize("text", [
    "The anchor asked viewers to donate.",  # a to-infinitive: an act
    "CNN asked the White House for comment.",  # "for": something given
    "Turkey asked NATO whether it could send troops.",  # a state asking
    "Germany asked Russia about the troop build-up.",  # a state asking about a topic
    "The minister asked the court about the ruling.",  # an official
])
def test_requests_stay_requests(text: str) -> None:
    """A request for an act or thing, or any non-journalist's asking, stays a REQUEST."""
    assert ("REQUEST", "asked") in _types(text)


def _actor_of(record: Record, trigger: str) -> tuple[str, str | None, str | None]:
    """Return the name, country and sector of the actor of the event with this trigger."""
    event = next(e for e in record.events if e.trigger == trigger)
    actor = next(a for a in record.actors if a.id == event.actor)
    return actor.name, actor.country, actor.sector


@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("The governor's critics accused him of fraud.", "accused", "critics"),
    ("The president's lawyers asked the court to dismiss the case.", "asked", "lawyers"),
    ("Her son accused the police of abuse.", "accused", "son"),
])
def test_possessed_relation_is_not_its_possessor(text: str, trigger: str, name: str) -> None:
    """"The governor's critics" are the actor, not the governor (nor the governor's sector)."""
    got_name, _country, sector = _actor_of(extract(text), trigger)
    assert got_name == name
    assert sector != "GOV"


def test_possessed_relation_takes_possessor_country() -> None:
    """The possessor's country is the related people's, as "Russian critics" would be."""
    assert _actor_of(extract("The Russian president's critics accused the Kremlin of fraud."),
                     "accused")[:2] == ("critics", "RUS")


def test_working_relation_keeps_owner_sector() -> None:
    """A working relation inside a body shares its sector ("the ministry's spokesman")."""
    name, _country, sector = _actor_of(
        extract("The ministry's spokesman criticised the United States."), "criticised")
    assert (name, sector) == ("spokesman", "GOV")


@pytest.mark.parametrize(("text", "released"), [
    ("The junta released a prominent opposition figure on Monday.", True),
    ("Authorities released a senior Hamas figure.", True),
    ("The agency released trade figures for June.", False),
    ("The ministry released figures showing a rise in exports.", False),
])
def test_a_released_figure_is_a_person_and_figures_are_data(text: str, released: bool) -> None:
    """Review R4 #5: "figure" in the information list blocked freeing a person."""
    events = extract(text).events
    assert any(e.type == "RETREAT" for e in events) is released
