"""Trigger rows and constraints of T65 (issue 4): coverage on unseen text, and known misfires.

Sentences are written for these tests (none is taken from a gold, development or test set).
Each positive case fails without its row or constraint; the other-sense cases guard the row
against the word's other senses.
"""

from __future__ import annotations

import pytest
from trigger_probe import coded_type

from newsledger.parse import parse
from newsledger.triggers import find_triggers

# ---- deporting is to a country: a person returned to a city is a transfer, no event

@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Police returned the suspect to Chicago.", "returned", None),
    ("The marshals returned the fugitive to Houston on Monday.", "returned", None),
    ("Thailand returned the dissidents to Laos.", "returned", "COERCE"),
    ("Mexico returned the migrants to Guatemala on Friday.", "returned", "COERCE"),
])
def test_a_person_is_deported_only_to_a_country(
        text: str, word: str, expected: str | None) -> None:
    """'return X to <city>' is no deportation; 'return X to <country>' is COERCE deport."""
    assert coded_type(text, word) == expected


# ---- a visit is political: an official visitor, or a state or body visited

@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Dozens of tourists arrived at the airport.", "arrived", None),
    ("The passengers arrived at the station late at night.", "arrived", None),
    ("The foreign minister arrived at the airport on Tuesday.", "arrived", "CONSULT"),
    ("A U.S. delegation arrived in the capital for talks.", "arrived", "CONSULT"),
    ("The envoy arrived in Nairobi on Sunday.", "arrived", "CONSULT"),
])
def test_an_arrival_is_a_visit_only_of_a_political_visitor_or_to_a_state(
        text: str, word: str, expected: str | None) -> None:
    """'arrive at/in' is CONSULT visit for an official or a named state or body, else nothing."""
    assert coded_type(text, word) == expected


# ---- the calm constraint reads the trigger's own clause, not the whole sentence

@pytest.mark.parametrize(("text", "word", "expected"), [
    # a violent word in another clause leaves a verbal attack verbal
    ("The senator attacked Smith on Tuesday, a day after a bomb killed four soldiers "
     "in the capital.", "attacked", "ACCUSE"),
    ("The senator attacked John Smith in a speech, while troops shelled the rebel town.",
     "attacked", "ACCUSE"),
    # a violent word in the trigger's own clause keeps an attack armed
    ("Gunmen attacked Smith outside his home.", "attacked", "ASSAULT"),
])
def test_calm_reads_the_triggers_clause(text: str, word: str, expected: str) -> None:
    """Violence named only in another clause does not make a verbal attack armed."""
    assert coded_type(text, word) == expected


# ---- new rows and readings: each positive fails without it; other senses beside it

@pytest.mark.parametrize(("text", "word", "expected"), [
    # a hyphenated noun the tokenizer splits is looked up whole
    ("The regulator gave its go-ahead on Tuesday.", "ahead", "SUPPORT"),
    ("Workers staged a sit-in at the plant.", "in", "PROTEST"),
    ("The government launched a crack-down on dissent.", "down", "COERCE"),
    ("Troops began a pull-out from the area.", "out", "RETREAT"),
    ("The firm completed its buy-out of Texaco.", "out", "COOPERATE"),
    # other senses: a go-ahead goal is no permission; a hyphen with spaces joins nothing
    ("Their go-ahead goal came in the second half.", "goal", None),
    ("Their go-ahead goal came in the second half.", "ahead", None),
    ("The talks ran on - and out of time.", "time", None),
])
def test_a_split_hyphenated_noun_is_read_whole(
        text: str, word: str, expected: str | None) -> None:
    """'go-ahead', 'sit-in', 'crack-down', 'pull-out', 'buy-out' get their closed-up rows."""
    assert coded_type(text, word) == expected


def test_a_split_hyphenated_trigger_spans_both_halves() -> None:
    """The record's trigger of a split hyphenated noun is the whole word ("go-ahead")."""
    from newsledger.trigger_spans import trigger_span, trigger_text

    doc = parse("The regulator gave its go-ahead on Tuesday.")
    match = next(m for s in doc.sents for m in find_triggers(s))
    first, last = trigger_span(match.token, match.rule)
    assert trigger_text(match.token, first, last) == "go-ahead"


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The gunmen got out of the car and started firing.", "firing", "ASSAULT"),
    ("The sniper kept firing for an hour.", "firing", "ASSAULT"),
    # other senses: dismissing staff has an object; a fired engine is no shooting
    ("The company started firing workers last week.", "firing", None),
    ("The new manager began firing staff in his first week.", "firing", None),
])
def test_shooting_begun_with_no_object_is_an_assault(
        text: str, word: str, expected: str | None) -> None:
    """'started firing' (no object) is ASSAULT; 'started firing workers' is no event."""
    assert coded_type(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The envoy sent a letter of protest to the foreign ministry.", "protest", "ACCUSE"),
    ("The embassy delivered a note of protest over the arrests.", "protest", "ACCUSE"),
    # other sense: a day or wave of protest is a demonstration
    ("Thousands marched in a day of protest against the reforms.", "protest", "PROTEST"),
    ("A wave of protest swept the capital.", "protest", "PROTEST"),
])
def test_a_written_protest_is_an_accusation(text: str, word: str, expected: str) -> None:
    """'a letter/note of protest' is verbal ACCUSE; 'a day of protest' stays PROTEST."""
    assert coded_type(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The senator stepped up his attacks on John Smith during the debate.", "attacks",
     "ACCUSE"),
    ("The attacks from Mary Jones seemed to rattle the governor.", "attacks", "ACCUSE"),
    # other senses: violence in the clause, or an attack on a place, stays armed
    ("The bomb attack on John Smith killed two of his guards.", "attack", "ASSAULT"),
    ("The attack on the village left ten people dead.", "attack", "ASSAULT"),
])
def test_attacks_on_a_named_person_in_a_calm_clause_are_verbal(
        text: str, word: str, expected: str) -> None:
    """The noun reads as the verb row does: attacks on a named person with no violence."""
    assert coded_type(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Norway brokered a truce between the two factions.", "brokered", "CONSULT"),
    ("The envoy helped broker a ceasefire in the north.", "broker", "CONSULT"),
    # other sense: a bank brokers a sale or shares
    ("The bank brokered the sale of the shares.", "brokered", None),
    ("The bank brokered a $2 billion deal for the miner.", "brokered", None),
    ("Egypt brokered a peace deal between the factions.", "brokered", "CONSULT"),
    ("Thailand sheltered thousands of refugees from the fighting.", "sheltered", "AID"),
    # other sense: taking shelter oneself
    ("The hikers sheltered from the storm in a cave.", "sheltered", None),
    ("The party disavowed the remarks of its candidate.", "disavowed", "REJECT"),
    ("The militia coerced villagers into joining its ranks.", "coerced", "COERCE"),
])
def test_rows_mediation_shelter_disavowal_coercion(
        text: str, word: str, expected: str | None) -> None:
    """broker (a truce), shelter (refugees), disavow, coerce: each with its other sense."""
    assert coded_type(text, word) == expected


@pytest.mark.parametrize("text", [
    "Investigators found a rifle near the home of a slain doctor.",
    "The family of the slain journalist Maria Lopez demanded justice.",
])
def test_a_slain_person_names_a_killing(text: str) -> None:
    """'slain', which the tagger reads as an adjective or a noun modifier, is ASSAULT."""
    assert coded_type(text, "slain") == "ASSAULT"


@pytest.mark.parametrize(("text", "word"), [
    # adjectives with no ADJ row keep no reading, nor are headline words read as verbs
    ("Angry Farmers Protest New Tax", "Angry"),
    ("The violent protests ended at dawn.", "violent"),
])
def test_other_adjectives_name_no_act(text: str, word: str) -> None:
    """Only an adjective with an ADJ row of its own is read."""
    assert coded_type(text, word) is None


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The two governments resumed talks on the border dispute.", "resumed", "CONSULT"),
    # other sense: work or production resumed is no meeting
    ("The factory resumed production after the floods.", "resumed", None),
    ("The envoy kept up secret contacts with Iran throughout the war.", "contacts", "CONSULT"),
    ("The minister had a long chat with Chancellor Merkel.", "chat", "CONSULT"),
    # other senses: contact with a disease, a chat with nobody named
    ("Nurses avoided contact with the infected patients.", "contact", None),
    ("The pair had a quick chat with neighbours.", "chat", None),
    ("The government finally heeded the warnings of its generals.", "heeded", "CONCEDE"),
    ("The party accepted responsibility for the defeat.", "accepted", "CONCEDE"),
    # other senses of accept keep their rows
    ("The government accepted the proposal.", "accepted", "AGREE"),
    ("The mayor expressed misgivings about the new plan.", "misgivings", "ACCUSE"),
    ("Several deputies voiced disquiet over the deal.", "disquiet", "ACCUSE"),
    # other sense: a feeling told, not voiced at someone
    ("A sense of disquiet hung over the town.", "disquiet", None),
])
def test_rows_consultation_concession_misgiving(
        text: str, word: str, expected: str | None) -> None:
    """resume talks, contacts/chat with a named party, heed, accept blame, voiced misgivings."""
    assert coded_type(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The senator called the new levy unfair.", "called", "ACCUSE"),
    ("The mayor called the verdict a landmark.", "called", "SUPPORT"),
    ("The president called the new treaty a historic breakthrough.", "called", "SUPPORT"),
    # other sense: a name given with no judgement
    ("They called the baby Anna.", "called", None),
    ("The army said it had crushed a rebel offensive near the border.", "crushed", "ASSAULT"),
    # other sense: crushing a thing
    ("The machine crushed the cans.", "crushed", None),
    ("The government will seek the advice of the central bank.", "seek", "REQUEST"),
    ("The regime would not tolerate dissent in the army.", "tolerate", "REJECT"),
    # other sense: enduring something
    ("The plants tolerate dry soil well.", "tolerate", None),
    ("The minister assured the farmers that the subsidy would continue.", "assured", "AGREE"),
    # other sense: making certain of a thing
    ("The late goal assured victory for the home side.", "assured", None),
])
def test_rows_names_crushing_advice_tolerance_assurance(
        text: str, word: str, expected: str | None) -> None:
    """call X unfair, call X a landmark, crush an offensive, seek advice, not tolerate, assure."""
    assert coded_type(text, word) == expected


def test_the_diagnostics_list_adjective_rows() -> None:
    """scripts/event_gaps and dev_set_misses see an adjective's rows ('slain')."""
    from newsledger.trigger_rules import lexicon_rows

    assert [r.type for r in lexicon_rows(("slain",))["ADJ"]] == ["ASSAULT"]


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The senator called the plan a reckless gamble.", "called", "ACCUSE"),
    ("The minister called the vote a historic moment.", "called", "SUPPORT"),
    # other sense: a neutral predicate's adjective names no judgement
    ("They called the new ship a floating city.", "called", None),
])
def test_a_predicates_adjective_carries_the_judgement(
        text: str, word: str, expected: str | None) -> None:
    """'oprd:' reads the predicate noun's adjective too ('a reckless gamble')."""
    assert coded_type(text, word) == expected
