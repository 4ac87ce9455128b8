"""Quotation marks and headlines: the text-level layout that statements depend on.

Where the quotations are, where the headline ends when the text starts with one, and how a
content span found by the parse is fitted to the quotations around it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from newsledger.record import StatementKind

#: Opening and closing double quotation marks; a straight quote toggles.
_OPEN = {"\u201c": "\u201d", "\u201e": "\u201d", "\u00ab": "\u00bb"}
#: Marks that open and close alike: the straight quote, and two apostrophes (the New York
#: Times' plain-text archives write '' for a double quote).
_STRAIGHT = frozenset({'"', "''"})
#: Typed text mixes straight and curly double quotes ('"But he won," she said'): either closes.
_CLOSERS = {'"': frozenset({'"', "\u201d"}), "\u201c": frozenset({"\u201d", '"'})}
_MARKS = re.compile("''|[\"\n\u201c\u201d\u201e\u00ab\u00bb]")

#: A headline is one short line; longer first lines are the lead paragraph.
HEADLINE_MAX_WORDS = 30
#: A first line this short is a headline whatever its case: news leads run longer (a lead of
#: one short sentence standing alone is rare enough to accept the loss).
HEADLINE_SHORT_WORDS = 15
#: Share of capitalised words from which a first line reads as a title-cased headline.
TITLE_CASE_SHARE = 0.6

#: The longest cue clause that may interrupt a quote and still join its two halves. A speaker's
#: description runs long ('"A," said X, a fellow at Y who worked with Z. "B."'); 40 beat 20 on
#: both PolNeAR train hold-outs (scripts/eval_cues_holdout.py), where such quotes are one.
RESUME_MAX_GAP_WORDS = 40
#: Share of a content's characters inside quotation marks from which it is a direct quote.
DIRECT_SHARE = 0.9
_GAP_WORD = re.compile(r"\w[\w'\u2019.-]*")
_SENTENCE_END = re.compile(r"[.!?][\"\u201d')\]]*\s+(?=[A-Z\"\u201c'])|\n")
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
    return list(_quotations(text))


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Return the quotations of a text as [start, end) spans marks included (for mentions)."""
    return [(q.outer_start, q.outer_end) for q in _quotations(text)]


#: The mention finder, the registry and the statements each ask for an article's quotations;
#: keeping the last few texts' answers scans each article once (a str caches its own hash, and
#: the same text object comes back, so a hit costs no comparison of the text).
_CACHED_TEXTS = 4


@lru_cache(maxsize=_CACHED_TEXTS)
def _quotations(text: str) -> tuple[Quotation, ...]:
    """Find the quotations of a text (see :func:`quotations`)."""
    found: list[Quotation] = []
    open_at: int | None = None
    width = 0
    closers: frozenset[str] = frozenset()
    for match in _MARKS.finditer(text):
        mark, i = match.group(), match.start()
        if open_at is None:
            if mark in _OPEN:
                open_at, width, closers = i, len(mark), _CLOSERS.get(mark, frozenset({_OPEN[mark]}))
            elif mark in _STRAIGHT:
                open_at, width, closers = i, len(mark), _CLOSERS.get(mark, frozenset({mark}))
        elif mark in closers:
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
    return tuple(q for q in found if q.end > q.start)


def _opens_paragraph(text: str, at: int) -> bool:
    """Return whether offset ``at`` is the first non-blank character of its line."""
    return not text[text.rfind("\n", 0, at) + 1:at].strip()


def headline_end(text: str, title: str | None = None) -> int:
    """Return the offset where the headline ends (0 when the text does not start with one).

    When the article's title is known (page metadata, a feed item, a JSONL field), the text starts
    with a headline only if its first line is that title: cleaned pages and feed bodies usually
    start with the lead, and a short lead must not be skipped as a headline. Without a title, a
    headline is a first line followed by more text that is at most ``HEADLINE_SHORT_WORDS`` words
    long, or at most ``HEADLINE_MAX_WORDS`` and either title-cased or without closing sentence
    punctuation.
    """
    match = _PARAGRAPH_BREAK.search(text)
    if match is None:
        return 0
    first = text[: match.start()].strip()
    if title is not None and title.strip():
        return match.end() if _same_words(first, title) else 0
    words = _WORDS.findall(first)
    if not words or len(words) > HEADLINE_MAX_WORDS or not text[match.end():].strip():
        return 0
    content = [w for w in words if w.lower() not in _MINOR]
    capitalised = sum(w[0].isupper() for w in content) / max(len(content), 1)
    unpunctuated = first[-1] not in ".!?\"\u201d"
    short = len(words) <= HEADLINE_SHORT_WORDS
    return match.end() if short or unpunctuated or capitalised >= TITLE_CASE_SHARE else 0


def _same_words(a: str, b: str) -> bool:
    """Tell whether two lines have the same words, whatever their case and punctuation."""
    return [w.lower() for w in _WORDS.findall(a)] == [w.lower() for w in _WORDS.findall(b)]


def widen(start: int, end: int, cue: Token, quotes: list[Quotation]) -> tuple[int, int]:
    """Widen a content span to the quotations it starts or ends inside (cue outside them)."""
    for q in quotes:
        if q.outer_start <= cue.idx < q.outer_end:
            continue
        if q.start < start < q.end or (q.start <= start < q.end and end > q.end):
            start = q.start
        if q.start < end < q.end:
            end = q.end
    return start, end


def focus(
    text: str, start: int, end: int, cue: Token, quotes: list[Quotation]
) -> tuple[int, int]:
    """Cut from a content span the sentences standing outside the quotation it holds.

    A parse may run the sentence before a quote into it ('Others agreed. "A," he said.'); what
    the cue introduces is the quotation, so text beyond a sentence end outside it is dropped.
    """
    for q in quotes:
        if not (start <= q.start and q.end <= end) or q.outer_start <= cue.idx < q.outer_end:
            continue
        if cue.idx >= q.outer_end and _SENTENCE_END.search(text, start, q.outer_start):
            start = q.start
        if cue.idx < q.outer_start and _SENTENCE_END.search(text, q.outer_end, end):
            end = q.end
    return start, end


def resume(text: str, start: int, end: int, cue: Token, quotes: list[Quotation]) -> int:
    """Return the new end of a quote interrupted by its cue ('"A," he said. "B."'): B's end."""
    before = [q for q in quotes if q.start <= start < q.end and q.end <= end + 1]
    if not before or not before[0].outer_end <= cue.idx:
        return end
    for q in quotes:
        if q.outer_start < cue.idx:
            continue
        gap = text[before[0].outer_end:q.outer_start]
        # '"A," he said. "B."' or '"A," he said, "B."': the cue clause ends at a punctuation mark;
        # '"A," said X, who said there were "B"' hands B to someone else.
        # '"A," he said, referring to B. "C."': another clause in between starts a new thought
        # (a clause inside a description of the speaker, "who said she planned to", does not).
        ends_clause = gap.rstrip()[-1:] in (".", ",", ":", ";")
        near = cue.doc[max(0, cue.i - RESUME_MAX_GAP_WORDS):cue.i + RESUME_MAX_GAP_WORDS]
        others = [t for t in near if before[0].outer_end <= t.idx < q.outer_start
                  and t.pos_ == "VERB" and t.i != cue.i and not _describes(t, cue)]
        if ("\n" not in gap and ends_clause and not others
                and gap_words(gap) <= RESUME_MAX_GAP_WORDS):
            return q.end
        break
    return end


def _describes(verb: Token, cue: Token) -> bool:
    """Return whether a verb lies in a clause describing a noun (relative clause, apposition)."""
    token = verb
    while token.i != cue.i and token.head.i != token.i:
        if token.dep_ in ("relcl", "acl", "appos"):
            return True
        token = token.head
    return False


def gap_words(gap: str) -> int:
    """Count the words of the text between two quotations (marks and commas are not words)."""
    return len(_GAP_WORD.findall(gap))


def inside(quotes: list[Quotation], at: int) -> bool:
    """Return whether offset ``at`` lies between the marks of a quotation (sorted, disjoint)."""
    i = bisect.bisect_right([q.start for q in quotes], at) - 1
    return i >= 0 and quotes[i].start <= at < quotes[i].end


def sentence_opening(text: str, at: int) -> bool:
    """Return whether offset ``at`` opens a paragraph or follows a sentence's end."""
    before = text[:at].rstrip(" \t")
    return not before or before[-1] in "\n.!?\u201d\"" or before.endswith(("\n", "--"))


def quote_kind(start: int, end: int, quotes: list[Quotation]) -> StatementKind:
    """Classify a content span as a direct, mixed or indirect quotation."""
    inside = sum(max(0, min(end, q.outer_end) - max(start, q.outer_start)) for q in quotes)
    if inside >= DIRECT_SHARE * (end - start):
        return "direct"
    return "mixed" if inside else "indirect"
