"""Tests for the class-based backoff of refused trigger rows (newsledger.trigger_backoff, T73)."""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from newsledger.parse import parse
from newsledger.pipeline import extract
from newsledger.trigger_backoff import backoff_rule, list_class, participant_list
from newsledger.trigger_constraints import first_refusal
from newsledger.trigger_rules import TriggerRule, rules
from newsledger.triggers import reading_pos

Refused = list[tuple[TriggerRule, str]]


def _token(text: str, word: str) -> tuple[Token, str]:
    """Parse a sentence and return one word's token with the part of speech its rows are read by."""
    tok = next(t for t in parse(text) if t.text == word)
    pos = reading_pos(tok)
    assert pos is not None
    return tok, pos


def _all_refused(tok: Token, pos: str) -> Refused:
    """Return every row of a token's lemma with its refusal, asserting that none holds."""
    refused: Refused = []
    for rule in rules().get((tok.lemma_.lower(), pos), ()):
        kind = first_refusal(tok, rule)
        assert kind is not None, f"{rule} holds: the sentence tests no backoff"
        refused.append((rule, kind))
    assert refused
    return refused


def _backoff(text: str, word: str) -> TriggerRule | None:
    """Return the backoff row of a word whose every row refuses."""
    tok, pos = _token(text, word)
    return backoff_rule(tok, pos, _all_refused(tok, pos))


def _row(type_: str, when: str) -> TriggerRule:
    """Build a one-constraint verb row of "silence" ("obj:a|b")."""
    kind, _, words = when.partition(":")
    return TriggerRule("silence", "VERB", type_, None, (), ((kind, frozenset(words.split("|"))),),
                       "-")


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("The junta silenced the bloggers.", "silenced", "COERCE"),
    ("The police held the Britons in a military camp.", "held", "COERCE"),
    ("Ankara recalled its consul from Vienna.", "recalled", "SANCTION"),
    ("The authorities returned Ahmed Karimi to Afghanistan.", "returned", "COERCE"),
    ("The police held him for three days.", "held", "COERCE"),
])
def test_backs_off_for_a_participant_off_the_list(text: str, word: str, type_: str) -> None:
    """A political object of the list's class that the list lacks backs off to the row."""
    rule = _backoff(text, word)
    assert rule is not None and rule.type == type_


def test_no_backoff_for_a_thing() -> None:
    """A thing in the object slot ("the radio") is not of a person list's class."""
    assert _backoff("The junta silenced the radio.", "silenced") is None


def test_no_backoff_for_they_or_them() -> None:
    """"Them" stands for things as often as for people ("handed them over": the weapons)."""
    assert _backoff("The rebels handed them over.", "handed") is None
    assert _backoff("The rebels handed him over.", "handed") is not None


def test_no_backoff_for_a_non_political_doer() -> None:
    """A doer that is no person or group ("the noise") gets no backoff."""
    assert _backoff("The noise silenced the students.", "silenced") is None


def test_no_backoff_for_a_blocked_sense() -> None:
    """A blocking row ("fired the minister": a dismissal) that would back off blocks it."""
    assert _backoff("The president fired the ambassador.", "fired") is None


def test_no_backoff_for_a_participant_of_another_class() -> None:
    """A list of soldiers and police backs off to armed bodies only, not to villagers."""
    assert _backoff("The army equipped the villagers.", "equipped") is None


def test_a_name_does_not_fill_a_list_of_office_holders() -> None:
    """A bare name is no soldier: "sent Shultz to Moscow" is no troop deployment."""
    assert _backoff("The president sent Jim Shultz to Moscow.", "sent") is None
    sent = _backoff("The president sent the gendarmes to Moscow.", "sent")
    assert sent is not None and sent.type == "MOBILIZE"
    # soldiers fill both the troop row and the peacekeeper row: two types, no event
    assert _backoff("The president sent the paratroopers to Moscow.", "sent") is None


def test_no_backoff_for_a_many_sensed_verb() -> None:
    """A light verb with many senses ("took the journalists to X") picks its sense by object."""
    assert _backoff("The president took the journalists to the border.", "took") is None


def test_ambiguous_types_give_no_backoff() -> None:
    """Two rows that back off with different types leave the sense ambiguous: no event."""
    tok, pos = _token("The junta silenced the bloggers.", "silenced")
    coerce = _row("COERCE", "obj:journalist|dissident")
    assault = _row("ASSAULT", "obj:journalist|activist")
    assert backoff_rule(tok, pos, [(coerce, "obj")]) == coerce
    assert backoff_rule(tok, pos, [(coerce, "obj"), (assault, "obj")]) is None
    blocking = _row("-", "obj:journalist|reporter")
    assert backoff_rule(tok, pos, [(coerce, "obj"), (blocking, "obj")]) is None


def test_structural_refusal_never_backs_off() -> None:
    """A row refused on a constraint other than a word list ("prt:up") does not back off."""
    tok, pos = _token("The junta silenced the bloggers.", "silenced")
    particle = TriggerRule("silence", "VERB", "COERCE", None, (),
                           (("prt", frozenset({"up"})), ("obj", frozenset({"journalist"}))), "-")
    assert backoff_rule(tok, pos, [(particle, "prt")]) is None


def test_list_classes() -> None:
    """A list of things names no participants; soldiers name their sector; people anyone."""
    assert not participant_list(frozenset({"plan", "proposal", "offer", "deal"}))
    assert participant_list(frozenset({"soldier", "troop", "police"}))
    assert list_class(frozenset({"soldier", "troop"})) == frozenset({"MIL"})
    assert list_class(frozenset({"man", "people", "suspect"})) is None


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("The junta silenced the bloggers.", "silenced", "COERCE"),
    ("Ankara recalled its consul from Vienna.", "recalled", "SANCTION"),
])
def test_the_pipeline_codes_a_backed_off_row(text: str, word: str, type_: str) -> None:
    """triggers._held_rule calls the backoff when every row refused: extract codes the event."""
    assert type_ in [e.type for e in extract(text).events if e.trigger == word]
