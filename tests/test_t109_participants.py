"""T109: participants missed or wrong in audit 3 (political news), fixed by general rules.

Each test runs the events step on hand-written sentences (``event_sides``) and reads the record's
actor and recipient: the case a rule fixes, and the look-alikes that must not change.
"""

from __future__ import annotations

import pytest
from event_sides import event_sides
from spacy.tokens import Token

from newsledger.clause_subject import clitic_perfect
from newsledger.parse import parse
from newsledger.record import Actor


def _name(actor: Actor | None) -> str | None:
    """Return an actor's name, None for no actor."""
    return actor.name if actor is not None else None


# --- a relative clause on a predicate noun tells what the copula's subject did ---------------

@pytest.mark.parametrize("text, type_, actor", [
    ("Smith is a senator who has pledged to ban all imports from Iran.", "COERCE", "Smith"),
    ("Donald Trump regularly incites violence and is a serial liar, rampant xenophobe, racist "
     "and birther who has repeatedly pledged to ban all Muslims from entering the U.S.",
     "COERCE", "Donald Trump"),
    ("Jones was the first senator who criticised the ministers.", "ACCUSE", "Jones"),
])
def test_a_predicate_nouns_relative_clause_is_the_subjects_act(
        text: str, type_: str, actor: str) -> None:
    sides = event_sides(text, type_)
    assert {_name(a) for a, _r in sides} == {actor}


@pytest.mark.parametrize("text", [
    # a noun that is no predicate keeps its clause
    "The man who attacked the convoy was arrested.",
    # a demonstrative subject names no one the noun describes
    "This is a group that attacked the embassy.",
])
def test_a_relative_clause_elsewhere_keeps_its_noun(text: str) -> None:
    ((actor, _recipient),) = event_sides(text, "ASSAULT")
    assert _name(actor) in ("man", "group")


def test_a_name_after_the_copula_keeps_its_own_clause() -> None:
    # "the winner was Smith, who attacked": the name is the one the clause is about
    ((actor, _recipient),) = event_sides("The winner was Smith, who attacked the minister.",
                                         "ASSAULT")
    assert _name(actor) == "Smith"


# --- a town before an act with a scene is where it happened, not who did it ------------------

@pytest.mark.parametrize("text", [
    "The Paris terror attacks shocked the world.",
    "The San Bernardino shootings shocked the country.",
])
def test_a_town_before_an_attack_is_no_attacker(text: str) -> None:
    sides = event_sides(text, "ASSAULT")
    assert all(a is None for a, _r in sides)


@pytest.mark.parametrize("text, actor", [
    ("Israeli shelling hit the town.", "ISR"),
    ("U.S. airstrikes hit the town.", "USA"),
    ("Hamas attacks continued.", "PSE"),
])
def test_a_country_nationality_or_group_before_an_attack_still_acts(
        text: str, actor: str) -> None:
    sides = event_sides(text, "ASSAULT")
    assert any(a is not None and a.country == actor for a, _r in sides)


def test_a_capital_before_a_measure_still_stands_for_its_government() -> None:
    # sanctions have no scene: "Washington" is the US government imposing them
    ((actor, _recipient),) = event_sides("Washington sanctions hurt Iran.", "SANCTION")
    assert actor is not None and actor.country == "USA"


# --- a request's indefinite for-object is what is asked for, not whom --------------------------

@pytest.mark.parametrize("text", [
    "Mike Pence called for a special prosecutor.",
    "Mike Pence Calls for Special Prosecutor after Report Reveals Clinton's Meetings.",
    "He asked for a lawyer.",
])
def test_a_wanted_party_is_no_recipient_of_the_request(text: str) -> None:
    ((_actor, recipient),) = event_sides(text, "REQUEST")
    assert recipient is None


@pytest.mark.parametrize("text, recipient", [
    # whom it is asked from is the recipient
    ("Rebels appealed for help from the United Nations.", "United Nations"),
    # a definite phrase or a name is someone there
    ("They called for the police.", "police"),
    # the demand's target inside the thing asked for
    ("They called for sanctions against Iran.", "Iran"),
    ("The opposition called for the resignation of the president.", "president"),
])
def test_a_party_there_or_asked_stays_the_recipient(text: str, recipient: str) -> None:
    ((_actor, found),) = event_sides(text, "REQUEST")
    assert _name(found) == recipient


def test_a_country_of_what_is_asked_for_stays_the_recipient() -> None:
    # the state whose cooperation is wanted is asked for it
    ((_actor, found),) = event_sides(
        "The minister called for increased U.S.-EC cooperation to avoid trade disputes.",
        "REQUEST")
    assert found is not None and found.country == "USA"


def test_a_coordinated_country_before_strikes_still_acts() -> None:
    # "Both Iran and Turkey": the modifier's subtree is no place name, each country acts
    sides = event_sides("Both Iran and Turkey mount air and land strikes at targets in "
                        "northern Iraq.", "ASSAULT")
    assert {a.country for a, _r in sides if a is not None} == {"IRN", "TUR"}


# --- "he's admitted that ...": the clitic is "has", not a passive's "is" ---------------------

def _participle(text: str, lemma: str) -> Token:
    """Return the token of a lemma in a parsed sentence."""
    return next(t for t in parse(text) if t.lemma_ == lemma)


@pytest.mark.parametrize("text, lemma, perfect", [
    ("But he's admitted that he's killed.", "admit", True),
    ("She's said that the deal is dead.", "say", True),
    # the passive of report, with its expletive subject
    ("It's reported that rebels attacked the town.", "report", False),
    # a verb of telling someone takes a that-clause in the passive
    ("He's told that he will be arrested.", "tell", False),
    # no content clause: the clitic may be "is"
    ("He's arrested by the police.", "arrest", False),
])
def test_a_clitic_perfect_is_told_from_a_passive(text: str, lemma: str, perfect: bool) -> None:
    assert clitic_perfect(_participle(text, lemma)) is perfect


def test_the_speaker_is_not_the_one_who_admitted() -> None:
    # before: "he's admitted" read as a passive, its "he" taken for the speaker as recipient
    sides = event_sides('Trump said: "But this isn\'t like somebody that\'s stood with a gun '
                        'and he\'s, you know, taken the blame or he\'s admitted that he\'s '
                        'killed."', "CONCEDE")
    assert all(r is None for _a, r in sides)


# --- whom an act is aimed at for a deed did the deed ------------------------------------------

def test_the_one_lashed_out_at_for_a_deed_did_it() -> None:
    sides = event_sides("Mr. Putin drew applause on Thursday when he lashed out at Turkey for "
                        "having shot down a Russian bomber.", "ASSAULT")
    assert {a.country for a, _r in sides if a is not None} == {"TUR"}


def test_a_deed_after_no_aimed_phrase_stays_the_subjects() -> None:
    # "for refusing": the crowd refused, whom the police fired at (the at-phrase names them)
    sides = event_sides("Police fired at the crowd for refusing to disperse.", "REJECT")
    assert {_name(a) for a, _r in sides} == {"crowd"}
    # a place or occasion after "at" did nothing: the passive's subject did
    sides = event_sides("The minister was honoured at a ceremony in London for helping the "
                        "refugees.",
                        "AID")
    assert {_name(a) for a, _r in sides} == {"minister"}


def test_a_subject_the_tagger_names_nothing_leaves_the_predicate_noun() -> None:
    # the registry holds "the billionaire investor", whose words give the country
    ((actor, _recipient),) = event_sides(
        "Cooperman is the billionaire investor who recently tangled with Elizabeth Warren over "
        "her proposal for a wealth tax.", "ACCUSE")
    assert _name(actor) == "billionaire investor"
