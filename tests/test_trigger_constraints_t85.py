"""Sense constraints from the exhaustive sets (T85): a removed use and a kept look-alike per rule.

Sentences written for these tests (none copied from a gold or test page).
"""

from __future__ import annotations

import pytest

from newsledger.parse import parse
from newsledger.triggers import rule_for


def _type_of(text: str, word: str) -> str | None:
    """Return the PLOVER type the first token spelled ``word`` gets in a sentence (None: none)."""
    doc = parse(text)
    tok = next(t for t in doc if t.text == word)
    rule = rule_for(tok)
    return rule.type if rule is not None else None


@pytest.mark.parametrize(("text", "word", "expected"), [
    # releasing information is no RETREAT; releasing persons held is
    ("A survey released Monday by the university shows the mayor ahead.", "released", None),
    ("The senator spoke shortly after the release of the audit report on the agency.",
     "release", None),
    ("The ministry said its findings would be published in a report to be released Friday.",
     "released", None),
    ("The candidate refused to release his tax returns.", "release", None),
    ("The militia released twelve hostages on Sunday.", "released", "RETREAT"),
    ("The court ordered the release of the jailed activists.", "release", "RETREAT"),
    ("The hostages released by the rebels arrived in the capital.", "released", "RETREAT"),
    # an interviewer's question is no REQUEST; asking a party to act or give is
    ("Asked about the budget, the governor said nothing.", "Asked", None),
    ("The mayor smiled when asked whether she would run again.", "asked", None),
    ("The minister was asked, \u201cWhy did you resign?\u201d", "asked", None),
    ("The governor was asked by the president to lead the inquiry.", "asked", "REQUEST"),
    ("Jordan was asked whether it could send troops to the border.", "asked", "REQUEST"),
    ("When asked for help, the neighbours sent food.", "asked", "REQUEST"),
    # an electoral or political battle, a fight to do something peaceful, a competitor beaten out
    ("Both parties face long nomination battles this spring.", "battles", None),
    ("Troops fought a fierce battle for the airport.", "battle", "ASSAULT"),
    ("The senator is fighting to protect the pension fund.", "fighting", None),
    ("Rebels are fighting to overthrow the government.", "fighting", "ASSAULT"),
    ("Soldiers fought to hold the bridge with rifles and mortars.", "fought", "ASSAULT"),
    ("The city beat out three rivals to host the games.", "beat", None),
    ("Police beat the protesters with batons.", "beat", "ASSAULT"),
    # a candidate's rally is no protest; a rally against someone is
    ("The governor spoke at a rally in the capital on Friday.", "rally", None),
    ("The president held a campaign rally in Ohio.", "rally", None),
    ("Thousands joined a rally against the new tax.", "rally", "PROTEST"),
    ("Thousands of students staged a rally outside parliament.", "rally", "PROTEST"),
    # a vote share is no aid nor support
    ("Each candidate is receiving the support of 41 percent of voters.", "receiving", None),
    ("The rebels are receiving weapons from abroad.", "receiving", "AID"),
    ("His 28% support gives him a clear lead.", "support", None),
    ("The allies gave their support to the plan.", "support", "SUPPORT"),
    # a commentator discussing a topic consults no one; a minister discussing with a peer does
    ("The newspaper's editor will discuss the scandal on Sunday.", "discuss", None),
    ("The foreign minister will discuss the crisis with his Turkish counterpart.", "discuss",
     "CONSULT"),
])
def test_t85_sense(text: str, word: str, expected: str | None) -> None:
    """Each T85 constraint removes the non-event use and keeps the event use."""
    assert _type_of(text, word) == expected
