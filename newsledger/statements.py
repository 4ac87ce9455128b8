"""Statements: who said what, to whom, where and when.

Stage contract: ``extract_statements(doc, actors, dates) -> list[Statement]``. OWNER: issue 3.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsledger.actors import ActorIndex
from newsledger.record import Statement, When


def extract_statements(doc: Doc, actors: ActorIndex, dates: list[When]) -> list[Statement]:
    """Extract every reported speech or thought act (not implemented yet: none)."""
    return []
