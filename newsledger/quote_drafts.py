"""Quotation drafts: quotations introduced by something other than a cue frame of the parse.

Helpers of :mod:`newsledger.statements`:

- an adjacent clause ('"What do I have?" Trump asked', 'He asked the crowd, "Can she stay?"');
- punctuation: 'Smith: "..."', '"..." -- Smith' and 'Q: ...' lines;
- a lead-in paragraph ending with a colon ("The governor added:") before a paragraph that is
  one quotation: the block quote is the lead-in's speaker's.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from newsledger.cues import lexicon
from newsledger.quotes import SCARE_QUOTE_MAX_WORDS, Quotation, resume, sentence_opening
from newsledger.statement_drafts import Draft, source_of, subject_of

#: How many tokens beside a quotation are searched for the verb introducing it.
ADJACENT_TOKENS = 6
#: The longest speaker name a colon or dash attribution may carry ("Smith:", "-- a UN envoy").
PUNCT_SOURCE_MAX_TOKENS = 6

_COLON_LEAD = re.compile(r"\s*(?P<src>[^:\n\"\u201c]{1,80}?)\s*(?P<mark>:)\s*")
#: A line given to a named speaker: "Q: What did you find?", "Trump: We will win."
_SPEAKER_LINE = re.compile(
    r"^(?P<src>[A-Z][^:\n\"\u201c]{0,40}?)(?P<mark>:)[ \t]+(?P<said>\S[^\n]*\S)[ \t]*$",
    re.MULTILINE)
_DASH_TAIL = re.compile(
    r"[\s,]*(?P<mark>\u2014|\u2013|--|-)\s*(?P<src>[^\n\"\u201c]{1,80}?)[\s.]*")
_OPENING_MARKS = frozenset({'"', "''", "\u201c", "\u201d"})
_SUBJECT_DEPS = ("nsubj", "expl")


def adjacent_drafts(
    doc: Doc, text: str, cut: int, quotes: list[Quotation], drafts: list[Draft]
) -> list[Draft]:
    """Return drafts for quotations no cue claimed but a clause beside them introduces.

    '"What do I have?" Trump asked, ...' or 'He asked the crowd, "Can she stay?"': the nearest
    verb with a subject right after the closing mark, or before an opening mark that follows a
    comma or colon, is the cue whatever its lemma.
    """
    starts = [t.idx for t in doc]
    out: list[Draft] = []
    for q in quotes:
        if q.outer_start < cut or any(d.start < q.end and q.start < d.end for d in drafts + out):
            continue
        cue = _verb_after(doc, starts, q)
        if cue is not None and _scare_quote(text, q):
            cue = None  # a scare quote or a title mid-sentence; a cue before it may still be one
        cue = cue or _verb_before(doc, starts, q)
        subject = subject_of(cue, "head") if cue is not None else None
        if cue is None or subject is None or q.outer_start <= subject.idx < q.outer_end:
            continue
        end = resume(text, q.start, q.end, cue, quotes)
        out.append(Draft(q.start, end, cue, cue.text, cue.idx, cue.idx + len(cue),
                         *source_of(doc, text, subject), 1.0, "adjacent", "direct"))
    return out


def _scare_quote(text: str, q: Quotation) -> bool:
    """Tell whether a quotation is a scare quote or a title inside a sentence, not someone's words.

    'the film "Bridge of Spies," recounts', 'it is "binary choice" politics': a few words quoted
    in the middle of a sentence, which the verb after them does not introduce. A quotation
    opening its sentence ('"Disgusting," Trump said') is speech whatever its length.
    """
    return (len(text[q.start:q.end].split()) <= SCARE_QUOTE_MAX_WORDS
            and not sentence_opening(text, q.outer_start))


def _verb_after(doc: Doc, starts: list[int], q: Quotation) -> Token | None:
    """Return the first verb with a subject within a few tokens after a closing mark."""
    i = bisect.bisect_left(starts, q.outer_end)
    return _first_verb(doc[i:i + ADJACENT_TOKENS])


def _verb_before(doc: Doc, starts: list[int], q: Quotation) -> Token | None:
    """Return the nearest verb with a subject before an opening mark that follows ',' or ':'."""
    i = bisect.bisect_left(starts, q.outer_start) - 1
    if i < 0 or doc[i].text not in (",", ":"):
        return None
    return _first_verb(reversed(doc[max(0, i - ADJACENT_TOKENS):i]))


def _first_verb(tokens: Iterable[Token]) -> Token | None:
    """Return the first verb with a subject among tokens, stopping at a sentence or a quote."""
    for token in tokens:
        if "\n" in token.text or token.text in (".", "!", "?") or token.text in _OPENING_MARKS:
            return None
        if token.pos_ == "VERB" and any(c.dep_ in _SUBJECT_DEPS for c in token.children):
            return token
    return None


def punctuation_drafts(doc: Doc, text: str, cut: int, quotes: list[Quotation]) -> list[Draft]:
    """Return colon and dash attributions: 'Smith: "..."', '"..." -- Smith' and 'Q: ...' lines."""
    out = []
    quoted = set()
    for q in quotes:
        if q.outer_start < cut:
            continue
        line_start = text.rfind("\n", 0, q.outer_start) + 1
        line_end = text.find("\n", q.outer_end)
        line_end = len(text) if line_end < 0 else line_end
        lead = _COLON_LEAD.fullmatch(text, line_start, q.outer_start)
        tail = _DASH_TAIL.fullmatch(text, q.outer_end, line_end)
        if lead and _is_name(doc, lead.start("src"), lead.end("src")):
            out.append(_punct_draft(doc, q, lead.span("src"), lead.start("mark"), ":"))
            quoted.add(line_start)
        elif tail and _is_name(doc, tail.start("src"), tail.end("src")):
            out.append(_punct_draft(doc, q, tail.span("src"), tail.start("mark"), tail["mark"]))
    for line in _SPEAKER_LINE.finditer(text, cut):
        if line.start() in quoted or not _is_name(doc, *line.span("src"), proper=True):
            continue
        said = Quotation(line.start("said"), line.end("said"), line.start("said"),
                         line.end("said"))
        out.append(_punct_draft(doc, said, line.span("src"), line.start("mark"), ":"))
    return out


def _is_name(doc: Doc, start: int, end: int, proper: bool = False) -> bool:
    """Return whether a character span is a short noun phrase that can name a speaker.

    With ``proper``, only a name or a pronoun will do ("Q:", "Trump:"; not "Update:").
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not 0 < len(span) <= PUNCT_SOURCE_MAX_TOKENS:
        return False
    if proper and span.text in ("Q", "A"):  # the question-and-answer convention of interviews
        return True
    heads = ("PROPN", "PRON") if proper else ("PROPN", "NOUN", "PRON")
    return any(t.pos_ in heads for t in span) and not any(t.pos_ in ("VERB", "AUX") for t in span)


def _punct_draft(
    doc: Doc, q: Quotation, source: tuple[int, int], mark_at: int, mark: str
) -> Draft:
    """Build the draft of a colon or dash attribution."""
    span = doc.char_span(source[0], source[1], alignment_mode="expand")
    assert span is not None  # checked by _is_name
    head = span.root
    cue = doc.char_span(mark_at, mark_at + len(mark), alignment_mode="expand")
    cue_token = cue[0] if cue is not None and len(cue) else head
    return Draft(q.start, q.end, cue_token, mark, mark_at, mark_at + len(mark), source,
                 (head.idx, head.idx + len(head)), 1.0, mark, "direct")


def block_drafts(
    doc: Doc, text: str, cut: int, quotes: list[Quotation], drafts: list[Draft]
) -> list[Draft]:
    """Return drafts for block quotes: a paragraph-opening quotation after a lead-in with a colon.

    'The governor added:' or 'He said in a statement:' ends its paragraph and the next one is
    the quotation: the cue is the verb the colon hangs off, the source its subject. Only a verb
    of the cue lexicon counts ("The results were as follows:" introduces no one's words).
    """
    starts = [t.idx for t in doc]
    out: list[Draft] = []
    for q in quotes:
        if q.outer_start < cut or any(d.start < q.end and q.start < d.end for d in drafts):
            continue
        line_start = text.rfind("\n", 0, q.outer_start) + 1
        lead = text[:line_start].rstrip()
        if text[line_start:q.outer_start].strip() or not lead.endswith(":"):
            continue
        i = bisect.bisect_left(starts, len(lead) - 1)
        if i >= len(doc) or doc[i].idx != len(lead) - 1 or doc[i].idx < cut:
            continue
        cue = doc[i].head
        if cue.pos_ != "VERB" or (cue.lemma_.lower(), "VERB") not in lexicon():
            continue
        subject = subject_of(cue, "head")
        if subject is None:
            continue
        out.append(Draft(q.start, q.end, cue, cue.text, cue.idx, cue.idx + len(cue),
                         *source_of(doc, text, subject), 1.0, "colon", "direct"))
    return out
