"""The events stage's coded event: an :class:`Event` with the analysis behind it.

Split from :mod:`newsledger.events` so the modules that code events (:mod:`newsledger.events`,
:mod:`newsledger.event_demands`) and those that read them (participants, evaluation) share one
definition without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsledger.arguments import Argument
from newsledger.record import Event
from newsledger.targets import PlaceTarget


@dataclass(frozen=True)
class CodedEvent:
    """An event with the analysis behind it (argument countries, tree depth), for evaluation."""

    event: Event
    actor: Argument | None
    recipient: Argument | None
    depth: int  # dependency steps from the trigger to its sentence root
    derived: bool  # coded from an announced intention (AGREE/THREATEN/REJECT)
    actor_country: str | None = None  # the actor's country, else the sentence's only country
    recipient_country: str | None = None  # the recipient's, else the location's, else as above
    symmetric: bool = False  # a joint act (meet, clash): actor and recipient play both roles
    implicit: PlaceTarget | None = None  # a foreign place's state as recipient (targets.py)
    clause_country: str | None = None  # the one country the trigger's clause names, if one
    state: PlaceTarget | None = None  # the state standing for a passive arrest's agent


def tree_depth(tok: Token) -> int:
    """Return the number of dependency steps from a token to its sentence root."""
    depth = 0
    while tok.head.i != tok.i and depth < 50:
        tok = tok.head
        depth += 1
    return depth
