"""Test helper: the record's (actor, recipient) actors of a sentence's events of one type."""

from __future__ import annotations

from newsledger.actors import build_actors
from newsledger.events import extract_events_and_actors
from newsledger.parse import parse
from newsledger.record import Actor


def event_sides(text: str, type_: str) -> list[tuple[Actor | None, Actor | None]]:
    """Return the record's (actor, recipient) actors of every event of one type."""
    doc = parse(text)
    completed, events = extract_events_and_actors(doc, build_actors(doc), [], [])
    found = [(completed.get(e.actor), completed.get(e.recipient)) for e in events
             if e.type == type_]
    assert found, f"no {type_} in {[e.type for e in events]}"
    return found
