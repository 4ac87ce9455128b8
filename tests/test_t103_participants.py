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


# --- a passive participle on a noun controls its complement ("Regan, expected to resign") ---

def test_a_reduced_passive_relatives_noun_does_the_complements_deed() -> None:
    ((actor, _recipient),) = event_sides(
        "The Iraqi minister, expected to resign shortly, was criticised.", "RETREAT")
    assert _country(actor) == "IRQ"


def test_a_reduced_passive_relatives_noun_controls_it_despite_an_agent() -> None:
    # "asked by reporters to meet": the ones asked meet, not the reporters
    ((actor, recipient),) = event_sides(
        "The Iraqi ministers, asked by reporters to meet the Chinese envoy, declined.", "CONSULT")
    assert (_country(actor), _country(recipient)) == ("IRQ", "CHN")


def test_the_participles_own_agent_still_acts_for_the_participle() -> None:
    ((actor, _recipient),) = event_sides("A man killed by Israeli troops was buried.", "ASSAULT")
    assert _country(actor) == "ISR"


# --- "called on X to V": the one called on is the recipient and does the deed -----------------

def test_the_object_of_call_on_is_the_recipient() -> None:
    pairs = event_sides("Funaro got a frosty reception in Washington when he called on "
                        "government officials to explain Brazil's crusade.", "REQUEST")
    assert [r.name if r else None for _a, r in pairs] == ["government officials"]


def test_the_one_called_on_does_the_infinitives_deed() -> None:
    ((actor, _recipient),) = event_sides("The minister called on Iraq to withdraw.", "RETREAT")
    assert _country(actor) == "IRQ"


def test_a_day_after_on_calls_no_one() -> None:
    ((actor, _recipient),) = event_sides(
        "The Iraqi minister called on Monday to withdraw troops from Kuwait.", "RETREAT")
    assert actor is not None and actor.name == "Iraqi minister"


# --- "at" an event noun is the occasion, not the recipient ----------------------------------

def test_an_event_after_at_is_the_occasion_not_the_recipient() -> None:
    ((_actor, recipient),) = event_sides(
        "Reagan agreed with Gorbachev at their summit meeting in Reykjavik, Iceland.", "AGREE")
    assert _country(recipient) == "RUS"


def test_a_group_after_at_is_still_the_recipient() -> None:
    ((_actor, recipient),) = event_sides("Egyptian police fired at the crowd in Cairo.", "ASSAULT")
    assert recipient is not None and recipient.name == "crowd"


# --- a day's possessive is when, not who ("at Tuesday's cabinet meeting") --------------------

def test_a_days_possessive_names_no_side() -> None:
    ((actor, _recipient),) = event_sides(
        "The Japanese ministers agreed at Tuesday's cabinet meeting to step up inspections.",
        "CONSULT")
    assert _country(actor) == "JPN"


def test_a_countrys_possessive_still_names_the_side() -> None:
    ((actor, recipient),) = event_sides("Japan's meeting with China ended.", "CONSULT")
    assert (_country(actor), _country(recipient)) == ("JPN", "CHN")


# --- a lifted measure: its author lifts it, whom it weighed on receives ----------------------

@pytest.mark.parametrize("text, type_, sides", [
    ("Analysts say there are few signs Japan's restrictions will be lifted.", "CONCEDE",
     ("JPN", None)),
    ("The US sanctions on Iran were lifted.", "RETREAT", ("USA", "IRN")),
    ("The embargo on China was lifted.", "RETREAT", (None, "CHN")),
])
def test_a_lifted_measure_is_lifted_by_its_author_for_its_target(
        text: str, type_: str, sides: tuple[str | None, str | None]) -> None:
    ((actor, recipient),) = event_sides(text, type_)
    assert (_country(actor), _country(recipient)) == sides


def test_an_active_lifting_keeps_its_subject() -> None:
    # the active look-alike keeps its subject and the measure's target
    ((actor, recipient),) = event_sides("Japan lifted its restrictions on US imports.", "CONCEDE")
    assert (_country(actor), _country(recipient)) == ("JPN", "USA")


# --- a pronoun glossed in brackets is the bracketed phrase ("He (Ongpin) wants") -------------

def test_a_bracketed_gloss_names_the_pronoun_subject() -> None:
    ((actor, _recipient),) = event_sides(
        'The Iraqi officials said: "They (the Kurdish rebels) attacked the town."', "ASSAULT")
    assert actor is not None and actor.name == "Kurdish rebels"


def test_a_bare_pronoun_still_stands_for_the_speaker() -> None:
    ((actor, _recipient),) = event_sides(
        "The Iraqi officials said they attacked the town.", "ASSAULT")
    assert actor is not None and actor.name == "Iraqi officials"
