"""Trigger rows of T71 (issue 4): coverage on unseen text, second wave.

Sentences are written for these tests (none is taken from a gold, development or test set).
Each positive case fails without its row; the other-sense cases guard the row against the
word's other senses.
"""

from __future__ import annotations

import pytest
from trigger_probe import coded_type


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The opposition leader was in custody on Monday, his lawyer said.", "custody", "COERCE"),
    ("The two journalists remain in custody.", "custody", "COERCE"),
    ("The minister said the smugglers would stay in prison until the trial.", "prison", "COERCE"),
    # M7 (second review #1): time spent or served in prison is a past term, like "served two
    # months in prison for X" (no event by the gold convention), not a detention coded here
    ("The former governor spent six years in prison.", "prison", None),
    # other senses: a parent's custody, the building itself
    ("She won custody of her two daughters.", "custody", None),
    ("The old prison was turned into a museum.", "prison", None),
    # the sentence is the act: no second event on its prison
    ("The court sentenced the former governor to six years in prison.", "prison", None),
    ("He is serving a ten-year prison term.", "prison", None),
])
def test_held_in_custody_or_prison_is_a_detention(
        text: str, word: str, expected: str | None) -> None:
    """'in custody', 'in prison' are COERCE arrest; a parent's custody, a sentence's prison none."""
    assert coded_type(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The bishop has spoken out about the treatment of refugees.", "spoken", "ACCUSE"),
    ("Several senators spoke out over the cuts to veterans' pensions.", "spoke", "ACCUSE"),
    # other sense: speaking about something, with no 'out', is no criticism
    ("The bishop spoke about the history of the cathedral.", "spoke", None),
])
def test_speaking_out_about_something_is_criticism(
        text: str, word: str, expected: str | None) -> None:
    """'spoke out about/over X' is ACCUSE disapprove; 'spoke about X' is none."""
    assert coded_type(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The brewer agreed to be acquired by a group of investors.", "acquired", "COOPERATE"),
    ("The software maker will be acquired by a larger rival.", "acquired", "COOPERATE"),
    ("The chipmaker was acquired by Vantor Media Inc. last year.", "acquired", "COOPERATE"),
    # other sense: things acquired by instruments
    ("The images were acquired by a weather satellite.", "acquired", None),
])
def test_a_passive_takeover_by_a_buyer_is_cooperation(
        text: str, word: str, expected: str | None) -> None:
    """'X agreed to be acquired by <buyers>' is COOPERATE economic; data acquired by a tool none."""
    assert coded_type(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The rebel advance was halted north of the city.", "advance", "ASSAULT"),
    ("Government forces halted the advance of the rebels.", "advance", "ASSAULT"),
    ("The army advance stalled in the mountains.", "advance", "ASSAULT"),
    # other senses: money paid ahead, a currency's or science's progress
    ("The author received an advance of 50,000 dollars.", "advance", None),
    ("The advance of the dollar worried exporters.", "advance", None),
    ("Shares made a modest advance on Tuesday.", "advance", None),
])
def test_an_armed_advance_is_an_assault(text: str, word: str, expected: str | None) -> None:
    """'the rebel advance', 'the advance of the troops' are ASSAULT; money or prices none."""
    assert coded_type(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # an apology offered is the apology (CAMEO 055 apologize: SUPPORT), as condolences offered
    ("The minister offered his apologies to the families.", "apologies", "SUPPORT"),
    ("The minister offered his apologies to the families.", "offered", None),
    # other sense: an offer of money or a post stays the offer (AGREE)
    ("The firm offered a discount to customers.", "offered", "AGREE"),
])
def test_an_offered_apology_is_coded_on_the_apology(
        text: str, word: str, expected: str | None) -> None:
    """'offered apologies' is the apology's SUPPORT, not an offer to cooperate."""
    assert coded_type(text, word) == expected
