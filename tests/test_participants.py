"""The record's event participants (newsledger.participants, newsledger.targets), issue 4.

Each test runs the pipeline's events step (``extract_events_and_actors``) on sentences written
for the purpose and reads the country of the record's actor behind Event.actor/recipient.
"""

from __future__ import annotations

from newsledger.actors import build_actors
from newsledger.events import extract_events_and_actors
from newsledger.parse import parse
from newsledger.record import Actor


def _participants(text: str, type_: str) -> list[tuple[Actor | None, Actor | None]]:
    """Return the record's (actor, recipient) actors of every event of one type."""
    doc = parse(text)
    completed, events = extract_events_and_actors(doc, build_actors(doc), [], [])
    found = [(completed.get(e.actor), completed.get(e.recipient)) for e in events
             if e.type == type_]
    assert found, f"no {type_} in {[e.type for e in events]}"
    return found


def _country(actor: Actor | None) -> str | None:
    """Return an actor's country, None for no actor."""
    return actor.country if actor is not None else None


# --- ethnic groups: country of residence ----------------------------------------------------

def test_an_ethnic_group_takes_its_country_of_residence_in_the_record() -> None:
    ((_actor, recipient),) = _participants(
        "Serb forces killed three ethnic Albanians in a gunbattle in southern Serbia.", "ASSAULT")
    assert _country(recipient) == "SRB"


def test_a_group_named_by_its_demonym_alone_keeps_its_country() -> None:
    ((_actor, recipient),) = _participants(
        "Serb forces killed three Albanians in a gunbattle in southern Serbia.", "ASSAULT")
    assert _country(recipient) == "ALB"
