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


def _events(text: str) -> list[CodedEvent]:
    """Return every event of a text coded with no registry, statements or dates."""
    return code_events(parse(text), ActorIndex(), [], [])


def test_the_dead_and_injured_in_an_attack_are_coded_on_the_attack() -> None:
    """'the dead and wounded from the attack on X': the victims' participle is no act."""
    found = _events("Hospitals treated the dead and wounded from the attack on the market.")
    assert [c.event.trigger for c in found] == ["attack"]
    assert found[0].actor is None  # not the hospitals, the subject of the main verb


def test_a_participle_with_an_agent_of_its_own_still_names_the_event() -> None:
    """'Two soldiers were killed in an attack': the verb with its patient names the event."""
    found = _events("Two soldiers were killed in an attack on a convoy.")
    assert [c.event.trigger for c in found] == ["killed"]


def test_a_slain_person_is_the_recipient_when_an_actor() -> None:
    """'the slain envoy': the noun the adjective qualifies is its recipient candidate."""
    from newsledger.events import code_sentence

    doc = parse("Mourners gathered outside the home of the slain Kenyan envoy.")
    found = [c for c in code_sentence(next(iter(doc.sents)), ActorIndex(), [], [], [])
             if c.event.trigger == "slain"]
    assert found and found[0].event.type == "ASSAULT"
    assert found[0].recipient is not None and found[0].recipient_country == "KEN"


def test_an_evaluation_through_a_reporting_verb_is_coded() -> None:
    """events.py codes T67's evaluations: 'X said Y's budget was reckless' is X's ACCUSE."""
    found = [c for c in _events("Senator Jane Miller said the ruling party's budget was "
                                "reckless.") if c.event.trigger == "said"]
    assert found and found[0].event.type == "ACCUSE"
    assert found[0].actor is not None and found[0].actor.text == "Senator Jane Miller"
