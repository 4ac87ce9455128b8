"""Dates: time expressions normalised against the publication date.

Stage contract: ``extract_dates(doc, published) -> list[When]`` and
``date_for(doc, start, end, dates) -> When | None``. OWNER: dates work (issue 5).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from newsledger.record import When


def extract_dates(doc: Doc, published: dt.date | None) -> list[When]:
    """Find and normalise every time expression of the article (not implemented yet: none)."""
    return []


def date_for(doc: Doc, start: int, end: int, dates: list[When]) -> When | None:
    """Return the date of the clause around [start, end), else the narrative's date, else None."""
    return None
