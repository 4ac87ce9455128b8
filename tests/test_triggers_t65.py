"""Trigger rows and constraints of T65 (issue 4): coverage on unseen text, and known misfires.

Sentences are written for these tests (none is taken from a gold, development or test set).
Each positive case fails without its row or constraint; the other-sense cases guard the row
against the word's other senses.
"""

from __future__ import annotations

import pytest

from newsledger.parse import parse
from newsledger.triggers import find_triggers


def _type_of(text: str, word: str) -> str | None:
    """Return the PLOVER type coded on a word of a text (None: no event there)."""
    doc = parse(text)
    found = {m.token.text: m.rule.type for s in doc.sents for m in find_triggers(s)}
    return found.get(word)


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
    assert _type_of(text, word) == expected


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
    assert _type_of(text, word) == expected


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
    assert _type_of(text, word) == expected
