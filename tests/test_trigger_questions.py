"""Interview questions are no requests: the lexicon's `question` constraint (session 8).

Sentences written for the test. The exhaustively labelled development sentences (T82) showed
"when asked about X", "asked whether ..." coded as REQUEST; a request asks someone to do something.
"""

from __future__ import annotations

import pytest

from newsledger.parse import parse
from newsledger.triggers import rule_for


def _type_of(text: str, word: str) -> str | None:
    """Return the event type the lexicon gives a word of a sentence (None: no event)."""
    tok = next(t for t in parse(text) if t.text == word)
    rule = rule_for(tok)
    return rule.type if rule is not None else None


@pytest.mark.parametrize(("text", "word"), [
    ("Trump was asked about the former first lady.", "asked"),
    ("The tycoon said it was nice when asked if he had met the senator.", "asked"),
    ("He told the station when asked how ties would fare.", "asked"),
    ('The candidate was asked, "What is the most dangerous place you have been to?"', "asked"),
    ("Asked about her vote, she replied that she would wait.", "Asked"),
    ("The senator asked why the government was agreeing to the measure.", "asked"),
])
def test_a_question_is_no_request(text: str, word: str) -> None:
    assert _type_of(text, word) is None


@pytest.mark.parametrize(("text", "word"), [
    ("The minister asked the court to release the men.", "asked"),
    ("Ukraine asked for more weapons.", "asked"),
    ("Why did the mayor ask residents to leave?", "ask"),  # a to-infinitive: a request
    ("Is the president going to ask him?", "ask"),  # a question about asking, not a quoted one
    ("They asked that the ban be lifted.", "asked"),
])
def test_a_request_stays_a_request(text: str, word: str) -> None:
    assert _type_of(text, word) == "REQUEST"
