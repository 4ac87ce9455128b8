"""Tests of newsledger.relevance: documents about no political actor keep events with a side."""

from __future__ import annotations

import newsledger
from newsledger.record import Actor, Event
from newsledger.relevance import (
    MAX_POLITICAL_ACTORS,
    MIN_SENTENCES,
    off_topic,
    political_actors,
    relevant_events,
)

DEALERS = Actor("A1", "dealers", sector="BUS")
MINISTER = Actor("A2", "the minister", sector="GOV")
ARMY = Actor("A3", "the army", sector="MIL")


def _event(n: int, actor: str | None = None, recipient: str | None = None,
           kind: str = "AID") -> Event:
    """Return an invented event with the given sides."""
    return Event(f"E{n}", kind, "asserted", "help", "...", 0, 4, actor=actor, recipient=recipient)


def test_only_political_sectors_count() -> None:
    """Businesses and unknown sectors are no political actors; government and army are."""
    assert political_actors([DEALERS, Actor("A4", "fans")]) == 0
    assert political_actors([DEALERS, MINISTER, ARMY]) == 2


def test_a_document_is_judged_only_when_long_enough() -> None:
    """A short text (an evaluation sentence, a brief) is never off topic."""
    assert not off_topic([DEALERS], MIN_SENTENCES - 1)
    assert off_topic([DEALERS], MIN_SENTENCES)
    assert off_topic([DEALERS, MINISTER][:MAX_POLITICAL_ACTORS + 1], MIN_SENTENCES)
    assert not off_topic([DEALERS, MINISTER, ARMY], MIN_SENTENCES)


def test_off_topic_documents_drop_only_events_without_sides() -> None:
    """An event with an actor or a recipient is kept, with its id; a bare one is dropped."""
    events = [_event(1), _event(2, actor="A1"), _event(3, recipient="A1")]
    assert [e.id for e in relevant_events(events, [DEALERS], MIN_SENTENCES)] == ["E2", "E3"]
    assert relevant_events(events, [DEALERS, MINISTER, ARMY], MIN_SENTENCES) == tuple(events)
    assert relevant_events(events, [DEALERS], 1) == tuple(events)


def test_business_cooperation_needs_no_side() -> None:
    """A merger or joint venture without named parties is kept in business news."""
    venture = _event(4, kind="COOPERATE")
    assert relevant_events([venture, _event(5)], [DEALERS], MIN_SENTENCES) == (venture,)


#: A car review of ten sentences: a "suspension" (SANCTION) is everyday language here, and the
#: review names no political actor ("can help" by a thing is no AID at all since T108).
CAR_REVIEW = (
    "The new hatchback arrived at dealers this week. Its adaptive suspension can help drivers on "
    "rough roads. The cabin is quiet and the seats are firm. Buyers can choose from three engines. "
    "The smallest engine is frugal but slow. The largest one is quick and thirsty. The boot holds "
    "more than its rivals. Prices start below twenty thousand pounds. A hybrid version will "
    "follow next year. Dealers expect strong demand in the spring.")


def test_the_record_of_a_car_review_has_no_bare_sanction_or_aid() -> None:
    """The pipeline drops the review's side-less events; named political actors keep them."""
    review = newsledger.extract(CAR_REVIEW)
    assert not [e for e in review.events if e.actor is None and e.recipient is None]
    political = newsledger.extract(CAR_REVIEW + " The transport minister praised the carmaker. "
                                   "Police and the army attended the launch.")
    assert "SANCTION" in {e.type for e in political.events
                          if e.actor is None and e.recipient is None}
