"""mention_syntax.stands_for_head: a relative clause's pronoun stands for the noun it modifies."""

from __future__ import annotations

import pytest

from newsledger.mention_syntax import stands_for_head
from newsledger.parse import parse


def _standing(text: str) -> list[tuple[str, str, str]]:
    """Return (pronoun, clause verb, noun it stands for) for every relative pronoun in a text."""
    doc = parse(text)
    return [(w.text, c.text, c.head.text) for c in doc for w in c.children
            if stands_for_head(w, c)]


@pytest.mark.parametrize(("text", "expected"), [
    # the object of the clause
    ("Lawmakers passed a bill that critics called anti-gay.", [("that", "called", "bill")]),
    # the subject of the clause
    ("The storm, which killed ten people, hit the coast.", [("which", "killed", "storm")]),
])
def test_relative_pronoun_stands_for_the_head(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _standing(text) == expected


@pytest.mark.parametrize("text", [
    "Critics said that the bill was anti-gay.",  # "that" marks a clause: no relative
    "Who called the bill anti-gay?",  # a question's "who" is in no relative clause
])
def test_no_relative_clause_no_head(text: str) -> None:
    assert _standing(text) == []
