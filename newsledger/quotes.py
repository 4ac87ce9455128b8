"""Quotation marks and headlines: the text-level layout that statements depend on.

Pure functions over the article text (no parse needed): where the quotations are, and where the
headline ends when the text starts with one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Opening and closing double quotation marks; a straight quote toggles.
_OPEN = {"\u201c": "\u201d", "\u201e": "\u201d", "\u00ab": "\u00bb"}
#: Marks that open and close alike: the straight quote, and two apostrophes (the New York
#: Times' plain-text archives write '' for a double quote).
_STRAIGHT = frozenset({'"', "''"})
_MARKS = re.compile("''|[\"\n\u201c\u201d\u201e\u00ab\u00bb]")

#: A headline is one short line; longer first lines are the lead paragraph.
HEADLINE_MAX_WORDS = 30
#: A first line this short is a headline whatever its case: news leads run longer (a lead of
#: one short sentence standing alone is rare enough to accept the loss).
HEADLINE_SHORT_WORDS = 15
#: Share of capitalised words from which a first line reads as a title-cased headline.
TITLE_CASE_SHARE = 0.6

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")
_WORDS = re.compile(r"[A-Za-z][\w'\u2019-]*")
#: Words headlines leave lower-case even in title case.
_MINOR = frozenset(
    "a an the and or but nor of in on at to for by with from as vs is are was be".split()
)


@dataclass(frozen=True)
class Quotation:
    """A quotation: the span between its marks (``start``/``end``) and the marks' span."""

    start: int  # first character inside the marks
    end: int  # the closing mark's offset (or the paragraph end when unclosed)
    outer_start: int
    outer_end: int


def quotations(text: str) -> list[Quotation]:
    """Return the double-quoted spans of the text, never crossing an unclosed paragraph."""
    found: list[Quotation] = []
    open_at: int | None = None
    width = 0
    closer = ""
    for match in _MARKS.finditer(text):
        mark, i = match.group(), match.start()
        if open_at is None:
            if mark in _OPEN:
                open_at, width, closer = i, len(mark), _OPEN[mark]
            elif mark in _STRAIGHT:
                open_at, width, closer = i, len(mark), mark
        elif mark == closer:
            found.append(Quotation(open_at + width, i, open_at, i + len(mark)))
            open_at = None
        elif mark == "\n":
            # A quote running on into the next paragraph is cut at the break: by convention the
            # next paragraph re-opens with its own mark. An unclosed mark that did not open its
            # paragraph is a stray (or a closing mark read as opening) and is dropped.
            if _opens_paragraph(text, open_at):
                found.append(Quotation(open_at + width, i, open_at, i))
            open_at = None
    if open_at is not None and _opens_paragraph(text, open_at):
        found.append(Quotation(open_at + width, len(text), open_at, len(text)))
    return [q for q in found if q.end > q.start]


def _opens_paragraph(text: str, at: int) -> bool:
    """Return whether offset ``at`` is the first non-blank character of its line."""
    return not text[text.rfind("\n", 0, at) + 1:at].strip()


def headline_end(text: str) -> int:
    """Return the offset where the headline ends (0 when the text does not start with one).

    A headline is a first line followed by more text that is at most ``HEADLINE_SHORT_WORDS``
    words long, or at most ``HEADLINE_MAX_WORDS`` and either title-cased or without closing
    sentence punctuation.
    """
    match = _PARAGRAPH_BREAK.search(text)
    if match is None:
        return 0
    first = text[: match.start()].strip()
    words = _WORDS.findall(first)
    if not words or len(words) > HEADLINE_MAX_WORDS or not text[match.end():].strip():
        return 0
    content = [w for w in words if w.lower() not in _MINOR]
    capitalised = sum(w[0].isupper() for w in content) / max(len(content), 1)
    unpunctuated = first[-1] not in ".!?\"\u201d"
    short = len(words) <= HEADLINE_SHORT_WORDS
    return match.end() if short or unpunctuated or capitalised >= TITLE_CASE_SHARE else 0
