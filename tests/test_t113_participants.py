"""T113: participant leftovers of T109 (passive infinitives, the registry, nameless plurals).

Each test runs the events step on hand-written sentences (``event_sides``) and reads the record's
actor and recipient: the case a rule fixes, and the look-alikes that must not change.
"""

from __future__ import annotations

import pytest
from event_sides import event_sides
from spacy.tokens import Span

from newsledger.actors import build_actors
from newsledger.argument_clauses import person_nouns
from newsledger.mention_phrases import comma_cut, datelines
from newsledger.mentions import norp_key
from newsledger.parse import parse
from newsledger.participants import foreign_marked
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


# --- the registry: parties of one country are not one group ----------------------------------

def test_two_parties_of_one_country_are_two_actors() -> None:
    sides = event_sides("Republicans blocked the bill on Monday. About 100 Democrats protested "
                        "in the chamber.", "PROTEST")
    assert [_name(a) for a, _r in sides] == ["Democrats"]


@pytest.mark.parametrize("a, b, same", [
    (("Americans", "USA"), ("Americans", "USA"), True),
    (("Republicans", "USA"), ("Democrats", "USA"), False),
    (("Kurds", "IRQ"), ("Kurds", "IRN"), False),
    (("Kurds", "IRQ"), ("Kurds", "IRQ"), True),
])
def test_group_keys(a: tuple[str, str], b: tuple[str, str], same: bool) -> None:
    assert (norp_key(*a) == norp_key(*b)) is same


# --- a dateline is where the story was filed: no actor, no antecedent -------------------------

@pytest.mark.parametrize("text, type_, actor", [
    ("WASHINGTON (AP) — It accused Iran of attacking the ship on Monday.", "ACCUSE", None),
    ("Mexico City (AFP) – It criticised the senator on Monday.", "ACCUSE", None),
    ("MOSCOW, March 3 (Reuters) - Russia accused Ukraine of attacking its embassy.", "ACCUSE",
     "Russia"),
    # a person opening a paragraph before a dash is no dateline
    ("Kim Jong Un – the young leader – threatened Japan on Monday.", "THREATEN",
     "Kim Jong Un"),
])
def test_a_dateline_is_no_participant(text: str, type_: str, actor: str | None) -> None:
    ((found, _recipient),) = event_sides(text, type_)
    assert _name(found) == actor


@pytest.mark.parametrize("text, words", [
    ("WASHINGTON (AP) — It rained.", ["WASHINGTON", "(", "AP", ")", "—"]),
    ("It rained.\n\nLONDON, May 2 (Reuters) - Rain fell.",
     ["LONDON", ",", "May", "2", "(", "Reuters", ")", "-"]),
    ("Kim Jong Un – the young leader – spoke.", []),
    ("The talks - long delayed - began.", []),
])
def test_datelines(text: str, words: list[str]) -> None:
    doc = parse(text)
    assert [t.text for start, end in datelines(doc) for t in doc[start:end]] == words


# --- an entity run across a comma over two names ends at the comma ---------------------------

def _with_entity(text: str, first: str, last: str, label: str) -> Span:
    """Parse a text and tag one entity from word ``first`` through word ``last``."""
    doc = parse(text)
    words = [t.text for t in doc]
    ent = Span(doc, words.index(first), words.index(last) + 1, label=label)
    doc.ents = [ent]
    return ent


@pytest.mark.parametrize("text, first, last, label, name", [
    ("After the attacks on the World Trade Center, Marconi, a veteran, wanted to enlist.",
     "World", "Marconi", "ORG", "World Trade Center"),
    # a legal form after the comma is the company's
    ("He worked for Acme, Inc. and Google.", "Acme", "Inc.", "ORG", "Acme, Inc."),
    # a place's comma is its own ("Peoria, Illinois")
    ("He flew to Peoria, Illinois, on Monday.", "Peoria", "Illinois", "GPE",
     "Peoria, Illinois"),
])
def test_comma_cut(text: str, first: str, last: str, label: str, name: str) -> None:
    assert comma_cut(_with_entity(text, first, last, label)).text == name


def test_a_person_named_next_to_a_body_is_not_the_body() -> None:
    doc = parse("Jones says that after the bombing of the Central Station, Smith, a retired "
                "soldier, was ready to fight.")
    assert not any("Smith" in m.text for a in build_actors(doc).actors if a.name
                   == "Central Station" for m in a.mentions)


# --- people named by a common noun no sector lists are participants --------------------------

@pytest.mark.parametrize("text, type_, recipient", [
    ("Police arrested the two contractors on Tuesday.", "COERCE", "the two contractors"),
    ("The army released 20 detainees on Monday.", "RETREAT", "detainees"),
    ("Rebels killed three volunteers.", "ASSAULT", "three volunteers"),
])
def test_nameless_people_are_recipients(text: str, type_: str, recipient: str) -> None:
    ((_actor, found),) = event_sides(text, type_)
    assert _name(found) == recipient


def test_nameless_people_live_where_they_are_acted_on() -> None:
    ((_actor, found),) = event_sides("Gunmen kidnapped two engineers in Nigeria.", "ASSAULT")
    assert found is not None and (found.name, found.country) == ("two engineers", "NGA")


def test_foreign_people_take_no_country_of_the_place() -> None:
    ((_actor, found),) = event_sides("Gunmen kidnapped two foreign engineers in Nigeria.",
                                     "ASSAULT")
    assert found is not None and found.country is None


def test_things_stay_nobody() -> None:
    ((_actor, found),) = event_sides("Police closed the borders.", "COERCE")
    assert found is None


@pytest.mark.parametrize("words, initial, marked", [
    ("European leaders", False, True),
    ("more than 110 foreigners", False, True),
    ("Faction leaders", True, False),
    ("the two contractors", False, False),
])
def test_foreign_marked(words: str, initial: bool, marked: bool) -> None:
    assert foreign_marked(words, initial) is marked


@pytest.mark.parametrize("word, listed", [
    ("contractor", True), ("engineer", True), ("detainee", True), ("border", False),
    ("fee", False), ("plant", False),
])
def test_person_nouns(word: str, listed: bool) -> None:
    assert (word in person_nouns()) is listed


def test_person_nouns_table_is_generated() -> None:
    from scripts_loader import load_wordnet_script

    from newsledger.lexicon_data import data_rows

    script = load_wordnet_script("wordnet_people")  # skips unless wn 0.0.23 is installed
    assert script.person_nouns(script.WordNet()) == [
        r["lemma"] for r in data_rows("person_nouns.tsv")]


# --- coordinations the parse hides ------------------------------------------------------------

def test_a_group_located_in_two_countries_is_a_side_of_each() -> None:
    sides = event_sides("The Turkish army shelled Kurdish militias in Syria and Iraq.", "ASSAULT")
    assert {r.country for _a, r in sides if r is not None} == {"SYR", "IRQ"}


def test_a_place_of_a_located_group_keeps_its_own_actor() -> None:
    sides = event_sides("The Turkish army shelled Kurdish militias in Syria and Iraq. Iraq "
                        "protested.", "PROTEST")
    assert [(a.name, a.sector) for a, _r in sides if a is not None] == [("Iraq", None)]


@pytest.mark.parametrize("text, type_, actors", [
    ("Pakistan, India agree to ceasefire", "AGREE", ["Pakistan", "India"]),
    ("Putin, Xi sign energy pact", "SUPPORT", ["Putin", "Xi"]),
    # a fronted place or time is no partner
    ("In London, Johnson criticised Russia.", "ACCUSE", ["Johnson"]),
])
def test_a_headlines_comma_pair_acts_together(text: str, type_: str,
                                              actors: list[str]) -> None:
    assert [_name(a) for a, _r in event_sides(text, type_)] == actors


# --- what is fired at a target is no recipient -----------------------------------------------

@pytest.mark.parametrize("text, recipient", [
    ("Militias fired drones at Saudi oil facilities.", "Saudi oil facilities"),
    ("Hamas fired rockets at Israel.", "Israel"),
    # people shot at a place stay the ones acted on
    ("Soldiers shot two protesters at the checkpoint.", "protesters"),
])
def test_a_projectile_is_no_recipient(text: str, recipient: str) -> None:
    ((_actor, found),) = event_sides(text, "ASSAULT")
    assert _name(found) == recipient


def test_a_verb_between_two_parties_acts_on_both() -> None:
    sides = event_sides("Qatar mediated between Hamas and Israel.", "CONSULT")
    assert {_name(r) for _a, r in sides} == {"Hamas", "Israel"}


def test_a_for_to_requests_subject_is_its_recipient() -> None:
    sides = event_sides("Iraqi lawmakers pushed for US forces to leave the country.", "REQUEST")
    assert [(_name(a), r.country if r is not None else None) for a, r in sides] == [
        ("Iraqi lawmakers", "USA")]


def test_a_passive_for_to_subject_is_not_the_one_asked() -> None:
    """'appealed for X to be given time': X is given it; who is asked to give goes unnamed."""
    sides = event_sides("The bishops appealed for the refugees to be given shelter.", "REQUEST")
    assert [_name(r) for _a, r in sides] == [None]


@pytest.mark.parametrize("text, type_, actor", [
    ("Rebel attacks on aid convoys have increased in South Sudan.", "ASSAULT", "Rebel"),
    ("Student protests spread across Chile.", "PROTEST", "Student"),
])
def test_a_group_words_modifier_does_a_force_or_protest_noun(text: str, type_: str,
                                                             actor: str) -> None:
    ((found, _recipient),) = event_sides(text, type_)
    assert _name(found) == actor


def test_an_arrests_modifier_is_not_its_doer() -> None:
    ((found, _recipient),) = event_sides("Journalist arrests rose in Turkey.", "COERCE")
    assert found is None


def test_a_headlines_name_before_a_subjectless_verb_is_its_subject() -> None:
    ((actor, _recipient),) = event_sides("Turkey shells Syrian Kurdish positions", "ASSAULT")
    assert _name(actor) == "Turkey"


def test_an_adjective_names_the_acts_kind_not_its_doer() -> None:
    ((actor, _recipient),) = event_sides("Russia launched military strikes on Aleppo.", "ASSAULT")
    assert _name(actor) == "Russia"


@pytest.mark.parametrize("text, type_, actors", [
    ("Along with France, the U.S. has stepped up airstrikes.", "ASSAULT",
     {"United States", "France"}),
    ("The U.S., together with Britain, launched strikes on Syria.", "ASSAULT",
     {"United States", "United Kingdom"}),
    ("Russia, alongside Iran, attacked the rebels.", "ASSAULT", {"Russia", "Iran"}),
    # a partner met is a recipient, not a co-actor
    ("Russia met with Iran.", "CONSULT", {"Russia"}),
])
def test_a_comitative_partner_acts_too(text: str, type_: str, actors: set[str]) -> None:
    assert {_name(a) for a, _r in event_sides(text, type_)} == actors


def test_a_person_from_a_town_is_of_its_country() -> None:
    ((_actor, recipient),) = event_sides("A missionary from Calgary was arrested in Lebanon.",
                                         "COERCE")
    assert recipient is not None and recipient.country == "CAN"


@pytest.mark.parametrize("text, type_, actor", [
    # a hyphen inside brackets ends no dateline
    ("Bernie Sanders (I-Vt.) apologized to his supporters.", "SUPPORT", "Bernie Sanders"),
    # a dateline the parser makes a second passive subject is none
    ("SAN FRANCISCO (AP) — Acme Co. was set to begin shutting off power to 1,000 people.",
     "COERCE", "Acme Co."),
])
def test_dateline_look_alikes_and_passive_datelines(text: str, type_: str, actor: str) -> None:
    ((found, _recipient),) = event_sides(text, type_)
    assert _name(found) == actor

