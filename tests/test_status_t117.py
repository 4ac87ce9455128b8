"""Status rules of T117 (the outlet's voice inside reports), on sentences written for them."""

from __future__ import annotations

import pytest

from newsledger.parse import parse
from newsledger.status import status_of


def _status(sentence: str, trigger: str) -> str:
    """Return the status of the first token spelled ``trigger`` (no statements)."""
    doc = parse(sentence)
    tok = next(t for t in doc if t.text == trigger)
    return status_of(tok).status


# (sentence, trigger, expected): each rule with its look-alikes
CASES = [
    # a fronted occasion of a reporting verb, with a participle describing it, is the outlet's
    ("In a letter filed in court as part of a lawsuit, the lawyer said the inquiry had ended.",
     "lawsuit", "asserted"),
    ("At a news conference following talks with the envoy, the minister said troops would stay.",
     "talks", "asserted"),
    # look-alike: what is said after the verb stays the speaker's claim
    ("The lawyer said in a letter that the police had raided the office.", "raided", "claimed"),
    # a clause opened by "that" under the root is content, not a "..., X said" tail
    ("In an interview on Monday, the senator responded to a claim that he told donors the "
     "party would lose.", "interview", "asserted"),
    # look-alike: a bare sentence-final attribution still covers the sentence
    ("Rebels attacked the convoy near the border, police said.", "attacked", "claimed"),
]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), CASES)
def test_status_t117(sentence: str, trigger: str, expected: str) -> None:
    assert _status(sentence, trigger) == expected
