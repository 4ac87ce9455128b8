"""Events: PLOVER events with epistemic status, actors, places and dates.

Stage contract: ``extract_events(doc, actors, statements, dates) -> list[Event]``. OWNER: issue 4.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsledger.actors import ActorIndex
from newsledger.record import Event, Statement, When


def extract_events(
    doc: Doc, actors: ActorIndex, statements: list[Statement], dates: list[When]
) -> list[Event]:
    """Extract every PLOVER event the article reports (not implemented yet: none)."""
    return []
