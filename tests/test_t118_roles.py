"""T118: a verb's roles in international news (withdrawn forces, hosted visits).

Each test runs hand-written sentences (none from an evaluation set) through the events step:
the case a rule fixes and the look-alikes that must not change.
"""

from __future__ import annotations

import pytest
from event_sides import event_sides

# --- withdrawn forces are the actor's own, not the recipient -----------------------------------

@pytest.mark.parametrize("text, actor", [
    ("The garrison will start being reduced in March.", "garrison"),
    ("Canadian troops were withdrawn from the valley.", "Canadian troops"),
])
def test_withdrawn_forces_are_no_recipient(text: str, actor: str) -> None:
    for a, r in event_sides(text, "RETREAT"):
        assert r is None
        assert a is not None and a.name == actor


def test_a_withdrawing_states_own_troops_are_no_recipient() -> None:
    ((actor, recipient),) = event_sides("Chile withdrew its troops from the valley.", "RETREAT")
    assert actor is not None and actor.country == "CHL"
    assert recipient is None


def test_released_soldiers_stay_the_recipient() -> None:
    ((_, recipient),) = event_sides("Chile released twelve Peruvian soldiers.", "RETREAT")
    assert recipient is not None and recipient.country == "PER"


# --- a hosted visit: the visitor is the actor, the host the recipient (PLOVER codebook) -------

@pytest.mark.parametrize("text, actor, recipient", [
    ("Kenya hosted Somali President Ali Warsame in Nairobi on Monday.", "SOM", "KEN"),
    ("Somali President Ali Warsame was hosted by Kenya in Nairobi.", "SOM", "KEN"),
])
def test_the_hosts_guest_is_the_actor(text: str, actor: str, recipient: str) -> None:
    ((a, r),) = event_sides(text, "CONSULT")
    assert a is not None and a.country == actor
    assert r is not None and r.country == recipient


def test_a_hosted_meeting_is_no_guest() -> None:
    for a, r in event_sides("Kenya hosted the summit on Monday.", "CONSULT"):
        assert a is not None and a.country == "KEN"
        assert r is None


def test_a_hosted_dinner_is_no_guest() -> None:
    sides = event_sides("The talks followed a dinner hosted by Kenyan President Ali Mwangi.",
                        "CONSULT")
    names = {s.name for pair in sides for s in pair if s is not None}
    assert "dinner" not in names
    assert "Ali Mwangi" in names


def test_a_hosts_readiness_is_the_hosts() -> None:
    for a, _ in event_sides("Chile is ready to receive the presidents of Peru and Bolivia.",
                            "AGREE"):
        assert a is not None and a.country == "CHL"


@pytest.mark.parametrize("text, host, guest", [
    ("Chile is ready to receive the presidents of Peru and Bolivia.", "CHL", {"PER", "BOL"}),
    ("Egypt will host Israeli negotiators in Cairo next week.", "EGY", {"ISR"}),
])
def test_a_promised_visit_is_the_guests_and_the_promise_the_hosts(
        text: str, host: str, guest: set[str]) -> None:
    """The visit's actor is the visitor (codebook); the willingness derived from it the host's."""
    for a, r in event_sides(text, "AGREE"):
        assert a is not None and a.country == host
        assert r is not None and r.country in guest
    for a, r in event_sides(text, "CONSULT"):
        assert a is not None and a.country in guest
        assert r is not None and r.country == host


def test_agreeing_to_host_is_directed_at_the_guest() -> None:
    ((a, r),) = event_sides("Egypt agreed to host Israeli negotiators.", "AGREE")
    assert a is not None and a.country == "EGY"
    assert r is not None and r.country == "ISR"
