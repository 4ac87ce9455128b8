"""T89 review fixes: a journalist's active question is no REQUEST; a possessed relational noun
("the governor's critics") is its own party, not its possessor. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from newsledger.pipeline import extract


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
