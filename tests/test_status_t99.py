"""Status rules of T99 (round 3 on natural text), on sentences written for these tests."""

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
QUESTION_CASES = [
    # "whether" leaves the act of a preposition's clause open
    ("The ministry will make a decision on whether to bring charges against the officers.",
     "charges", "hypothetical"),
    ("The debate over whether to impose sanctions on Iran went on for hours.", "sanctions",
     "hypothetical"),
    # look-alikes: no question mark, the act is the plan's own; a past decision's act is done
    ("The ministry will bring charges against the officers on whose orders troops fired.",
     "charges", "planned"),
    ("The court ruled on the charges against the officers.", "charges", "asserted"),
]

WILLING_CASES = [
    # a willingness adjective heads its infinitive and, through it, a (passive) purpose
    ("If there are people willing to put themselves on the line to be arrested, so be it.",
     "arrested", "hypothetical"),
    ("The rebels are willing to negotiate with the government.", "negotiate", "hypothetical"),
    # look-alikes: an act done to be arrested was done; an arrest is asserted
    ("Dozens of activists blocked the road to be arrested by the police.", "blocked", "asserted"),
    ("Police arrested dozens of activists who blocked the road.", "arrested", "asserted"),
]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), QUESTION_CASES + WILLING_CASES)
def test_status_t99(sentence: str, trigger: str, expected: str) -> None:
    assert _status(sentence, trigger) == expected
