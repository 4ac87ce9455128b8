"""Events stage fixes of T65 (issue 4): the countries of a demand's sides.

Sentences are written for these tests (none is taken from a gold, development or test set).
"""

from __future__ import annotations

from newsledger.actors import ActorIndex
from newsledger.events import CodedEvent, code_events
from newsledger.parse import parse


def _requests(text: str) -> list[CodedEvent]:
    """Return the REQUEST events of a text coded with no registry, statements or dates."""
    return [c for c in code_events(parse(text), ActorIndex(), [], []) if c.event.type == "REQUEST"]


def test_a_demand_gives_an_international_body_no_country_from_the_sentence() -> None:
    """'X said Y must do Z': the sentence's one country is Y's, not a stateless body X's."""
    found = _requests("Amnesty International said the Egyptian authorities must free the "
                      "activists.")
    assert found and found[0].event.trigger == "said"
    assert (found[0].actor_country, found[0].recipient_country) == (None, "EGY")


def test_a_demand_gives_a_body_of_no_country_none_as_recipient() -> None:
    """'The minister said the United Nations must act': the UN takes no country either."""
    found = _requests("The Kenyan minister said the United Nations must send more troops.")
    assert found and (found[0].actor_country, found[0].recipient_country) == ("KEN", None)


def test_a_demand_still_gives_a_domestic_partner_the_sentence_country() -> None:
    """A side with no nationality of its own still takes the one country (domestic reading)."""
    found = _requests("The Kenyan minister said the protesters must go home.")
    assert found and (found[0].actor_country, found[0].recipient_country) == ("KEN", "KEN")


def test_an_urging_by_an_international_body_gives_it_no_country() -> None:
    """The same in an event a trigger codes: 'Amnesty urged the Egyptian authorities to ...'."""
    found = _requests("Amnesty International urged the Egyptian authorities to free the "
                      "activists.")
    assert found and (found[0].actor_country, found[0].recipient_country) == (None, "EGY")
