"""T113: participant leftovers of T109 (passive infinitives, the registry, nameless plurals).

Each test runs the events step on hand-written sentences (``event_sides``) and reads the record's
actor and recipient: the case a rule fixes, and the look-alikes that must not change.
"""

from __future__ import annotations

import pytest
from event_sides import event_sides

from newsledger.record import Actor


def _name(actor: Actor | None) -> str | None:
    """Return an actor's name, None for no actor."""
    return actor.name if actor is not None else None


# --- a passive infinitive's controller is acted on, by no one named ---------------------------

@pytest.mark.parametrize("text, type_", [
    ("Senator Mary Jones wants to be consulted before the vote.", "CONSULT"),
    ("Senator Mary Jones would have to be asked before the vote.", "REQUEST"),
    ("Senator Mary Jones wants to be consulted and informed before the vote.", "CONSULT"),
])
def test_a_passive_infinitives_subject_is_its_recipient(text: str, type_: str) -> None:
    ((actor, recipient),) = event_sides(text, type_)
    assert actor is None
    assert _name(recipient) == "Mary Jones"


@pytest.mark.parametrize("text, type_, actor, recipient", [
    # an agent names the doer
    ("Senator Mary Jones expects to be criticised by Germany.", "ACCUSE", "Germany",
     "Mary Jones"),
    # an active complement below the passive one keeps the controller as its doer
    ("Senator Mary Jones wants to be allowed to attack Iran.", "ASSAULT", "Mary Jones", "Iran"),
    # an active infinitive is the subject's own act
    ("Senator Mary Jones wants to consult France before the vote.", "CONSULT", "Mary Jones",
     "France"),
])
def test_other_infinitives_keep_their_doer(text: str, type_: str, actor: str,
                                           recipient: str) -> None:
    ((found_actor, found_recipient),) = event_sides(text, type_)
    assert (_name(found_actor), _name(found_recipient)) == (actor, recipient)
