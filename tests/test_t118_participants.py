"""T118: participants in international news (relations, coordinated heads, forces, hosts).

Each test runs hand-written sentences (none from an evaluation set) through the events step:
the case a rule fixes and the look-alikes that must not change.
"""

from __future__ import annotations

import pytest
from event_sides import event_sides

from newsledger.actors import build_actors
from newsledger.events import extract_events_and_actors
from newsledger.parse import parse

# --- a peer relation names another party: no country of those around it ------------------------

@pytest.mark.parametrize("text, type_, side", [
    ("Chile offered to host talks between its two neighbours.", "CONSULT", 0),
    ("Chile asked its neighbours to press Lima to withdraw the troops.", "REQUEST", 1),
    ("Chile asked its neighbours to press Lima to withdraw the troops.", "REQUEST", 0),
])
def test_a_peer_relation_takes_no_country_around_it(text: str, type_: str, side: int) -> None:
    sides = event_sides(text, type_)
    named = [s[side] for s in sides if s[side] is not None and "neighbour" in s[side].name]
    assert named
    assert all(a.country is None for a in named)


def test_a_persons_rival_keeps_the_persons_country() -> None:
    ((actor, _),) = event_sides("French President Jacques Martin's rival accused him of lying.",
                                "ACCUSE")
    assert actor is not None and actor.country == "FRA"


# --- "the presidents of X and Y": one side per country, not the first's group -----------------

def test_a_coordination_of_two_countries_heads_gives_two_sides() -> None:
    text = "Chile accused the presidents of Peru and Bolivia of lying."
    recipients = {r.country for _, r in event_sides(text, "ACCUSE") if r is not None}
    assert recipients == {"PER", "BOL"}
    doc = parse(text)
    completed, events = extract_events_and_actors(doc, build_actors(doc), [], [])
    group = [a for a in completed.actors if a.name == "presidents"]
    assert all(a.country is None for a in group)  # the whole is of both countries


def test_a_place_named_as_where_beats_one_that_says_whose() -> None:
    doc = parse("Chile is ready to receive the presidents of Peru and Bolivia in Santiago.")
    _, events = extract_events_and_actors(doc, build_actors(doc), [], [])
    assert {e.location.name for e in events if e.location is not None} == {"Santiago"}
