"""Relevance: events of documents about no political actor need a participant (session 11).

PLOVER codes interactions between political actors. In an article about a game, a product or a
recipe, the words the trigger lexicon knows mostly keep their everyday senses: a car's
"suspension" is no SANCTION, a password manager that "can help" is no AID, a concert "tour" is no
CONSULT. Hand audits of the record (docs/evaluation.md, T98 and T101) found that events with
neither actor nor recipient are the false ones there, while in political news such an event is
often real ("the attack killed five"). PETRARCH never has the problem because it codes only
between actors of its dictionaries; this stage keeps the events of political documents as they
are and, in a document long enough to tell its subject that names (almost) no political actor,
drops the events that have no participant at all (business cooperation excepted). An event
with an actor or a recipient is kept everywhere: the participant shows what the event is about.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsledger.record import Actor, Event
from newsledger.trigger_senses import POLITICAL_SECTORS

#: Sectors of political actors (CAMEO/PLOVER): the political sectors the trigger senses use (the
#: state's, parties, opposition, international bodies, elites) and armed groups outside the state
#: (rebels, unidentified armed forces). A business, a team or a school is no political actor.
POLITICAL_ACTOR_SECTORS = POLITICAL_SECTORS | {"REB", "UAF"}

#: A document with at most this many political actors is about something else. One is allowed
#: because a single misread title or name ("the governor of the game's league") is common in
#: sports and technology pages, and a political story names more than one.
MAX_POLITICAL_ACTORS = 1

#: Types kept without a participant even off topic: business cooperation (a merger, a "joint
#: venture", the "disposal" of a unit) is what business news reports, and PLOVER codes it
#: whoever the parties are; business news names few political actors (TimeBank's WSJ stories).
KEPT_TYPES = frozenset({"COOPERATE"})

#: Documents shorter than this (sentences) are not judged: a lone sentence ("The attack killed
#: five.") or a brief names too few actors to tell what it is about, and evaluation sets parse
#: sentences alone.
MIN_SENTENCES = 8


def political_actors(actors: Sequence[Actor]) -> int:
    """Return how many of a document's actors belong to a political sector."""
    return sum(1 for a in actors if a.sector in POLITICAL_ACTOR_SECTORS)


def off_topic(actors: Sequence[Actor], sentences: int) -> bool:
    """Tell whether a document is long enough to judge and names almost no political actor."""
    return sentences >= MIN_SENTENCES and political_actors(actors) <= MAX_POLITICAL_ACTORS


def relevant_events(events: Sequence[Event], actors: Sequence[Actor],
                    sentences: int) -> tuple[Event, ...]:
    """Return the events a record keeps.

    In an off-topic document (:func:`off_topic`) an event with neither actor nor recipient is
    dropped, unless its type is one of :data:`KEPT_TYPES`; every other event is kept unchanged,
    with its id (the events stage's coding, which evaluation rows read beside the record, keeps
    the same ids).
    """
    if not off_topic(actors, sentences):
        return tuple(events)
    return tuple(e for e in events
                 if e.actor is not None or e.recipient is not None or e.type in KEPT_TYPES)
