"""A dateline opening a paragraph is never part of a statement's content (issue 4, demo)."""

from __future__ import annotations

from newsledger.parse import parse
from newsledger.statements import draft_statements


def _contents(text: str) -> list[str]:
    """Return the content text of every drafted statement."""
    return [text[d.start:d.end] for d in draft_statements(parse(text))]


def test_a_dateline_is_cut_from_content_that_opens_the_paragraph() -> None:
    text = ("Talks set for May\n\nPORT OF SPAIN — Peru and Chile have agreed to hold talks on "
            "May 3, Brazil's foreign ministry said on Wednesday.")
    assert "Peru and Chile have agreed to hold talks on May 3" in _contents(text)
    assert not any("PORT OF SPAIN" in c for c in _contents(text))


def test_capitals_inside_a_sentence_are_kept() -> None:
    text = ("Talks set for May\n\nThe minister said the NATO — EU meeting would go ahead, "
            "officials said.")
    assert any(c.startswith("the NATO") for c in _contents(text))
