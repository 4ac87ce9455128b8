"""T103: participants named in the sentence but missed, or a non-participant taken (audit 1).

Each test runs the events step on hand-written sentences (``event_sides``) and reads the record's
actor and recipient countries: the case a rule fixes, and the look-alikes that must not change.
"""

from __future__ import annotations

import pytest
from event_sides import event_sides

from newsledger.record import Actor


def _country(actor: Actor | None) -> str | None:
    """Return an actor's country, None for no actor."""
    return actor.country if actor is not None else None


# --- a country qualifying another event noun is no implicit target ("the Iraq war") ---------

@pytest.mark.parametrize("text, type_", [
    ("The minister resigned from the cabinet over the Kosovo war.", "RETREAT"),
    ("The minister said he would quit because of the Kosovo war.", "RETREAT"),
    ("Britain rejected calls for a review of the legality of the Kosovo war.", "REJECT"),
])
def test_a_country_qualifying_another_event_noun_is_no_target(text: str, type_: str) -> None:
    ((_actor, recipient),) = event_sides(text, type_)
    assert _country(recipient) is None


@pytest.mark.parametrize("text, type_, country", [
    # the act's own object: what is lifted or imposed is the country's
    ("Britain lifted the China arms embargo.", "RETREAT", "CHN"),
    ("Britain imposed new Iraq sanctions.", "SANCTION", "IRQ"),
    # a thing, not an event noun, still names the country's side
    ("Britain imposed sanctions over the Iran nuclear programme.", "SANCTION", "IRN"),
    ("British troops attacked a US base.", "ASSAULT", "USA"),
])
def test_a_country_of_the_acts_own_noun_or_a_thing_stays_the_target(
        text: str, type_: str, country: str) -> None:
    ((_actor, recipient),) = event_sides(text, type_)
    assert _country(recipient) == country


def test_an_event_noun_names_no_place_of_the_phrase_it_ends() -> None:
    # before: the rejected calls took Kosovo from "of the Kosovo war" as where they were from
    ((_actor, recipient),) = event_sides(
        "Britain rejected calls for a review of the legality of the Kosovo war.", "REJECT")
    assert recipient is None


def test_a_place_of_an_event_noun_still_places_the_phrase() -> None:
    # "at a rally in Belgrade": the rally's own words name no place, its in-phrase does
    ((actor, _recipient),) = event_sides(
        "Protesters at a rally in Belgrade attacked the police.", "ASSAULT")
    assert _country(actor) in ("SRB", "SCG")


# --- a coordinated event noun shares the coordination's light verb and its later phrase ------

def test_a_coordinated_noun_shares_the_light_verb_and_the_phrase_after_the_list() -> None:
    ((actor, recipient),) = event_sides(
        "Saddam Hussein said that Baghdad wanted to maintain friendship and cooperation with "
        "Moscow.", "COOPERATE")
    assert (_country(actor), _country(recipient)) == ("IRQ", "RUS")


def test_a_second_noun_takes_the_light_verbs_subject() -> None:
    pairs = event_sides("Iraq launched airstrikes and a ground offensive against Iran.", "ASSAULT")
    assert [(_country(a), _country(r)) for a, r in pairs] == [("IRQ", "IRN"), ("IRQ", "IRN")]


def test_a_verb_of_another_event_lends_no_subject_to_the_list() -> None:
    # "welcomed the prosecution and conviction": the welcomer convicts no one
    pairs = event_sides('The minister said he "welcomed the prosecution and conviction of the '
                        'ringleaders".', "SANCTION")
    assert all(actor is None for actor, _recipient in pairs)


def test_a_phrase_before_the_last_member_is_the_first_members_own() -> None:
    # "airstrikes against Iran and a ground offensive": the offensive's target is not said
    pairs = event_sides("Iraq launched airstrikes against Iran and a ground offensive.", "ASSAULT")
    assert [_country(r) for _a, r in pairs] == ["IRN", None]


# --- a day's possessive is when, not who ("at Tuesday's cabinet meeting") --------------------

def test_a_days_possessive_names_no_side() -> None:
    ((actor, _recipient),) = event_sides(
        "The Japanese ministers agreed at Tuesday's cabinet meeting to step up inspections.",
        "CONSULT")
    assert _country(actor) == "JPN"


def test_a_countrys_possessive_still_names_the_side() -> None:
    ((actor, recipient),) = event_sides("Japan's meeting with China ended.", "CONSULT")
    assert (_country(actor), _country(recipient)) == ("JPN", "CHN")
