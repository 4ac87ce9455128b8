"""Statements: who said what, to whom, where and when.

Stage contract: ``extract_statements(doc, actors, dates) -> list[Statement]``.

1. every token that the cue lexicon knows in a frame it takes (:mod:`newsledger.cues`) gives a
   draft: the frame's content span, the cue, and the source (the cue's subject, or the object of
   "according to", inherited along ``xcomp``/``conj``/``advcl`` chains);
2. a content that starts or ends inside a quotation whose marks lie outside the cue's clause is
   widened to the whole quotation (quotes running over several sentences);
3. a paragraph that opens with a quotation nobody introduced continues the last speaker's quote;
4. the headline (:func:`newsledger.quotes.headline_end`) is skipped;
5. around each statement: addressee, venue, the actors the content is about, and the date.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

from newsledger.actors import ActorIndex
from newsledger.cues import TokSpan, best_frame, subtree_span, trim
from newsledger.dates import date_for
from newsledger.quotes import (
    RESUME_MAX_GAP_WORDS,
    Quotation,
    focus,
    gap_words,
    headline_end,
    inside,
    quotations,
    quote_kind,
    resume,
    sentence_opening,
    widen,
)
from newsledger.record import Statement, StatementKind, When

__all__ = ["extract_statements", "headline_end", "draft_statements", "Draft"]

#: How far up a chain of clauses (xcomp, conj, advcl) a cue without a subject looks for one.
MAX_SUBJECT_CLIMB = 3

#: Two drafts whose contents overlap with this word F1 or more are one statement.
DUPLICATE_F1 = 0.5
#: How many tokens beside a quotation are searched for the verb introducing it.
ADJACENT_TOKENS = 6
#: A quotation shorter than this is a scare quote or a term, not a continued statement.
CONTINUATION_MIN_WORDS = 4
#: The longest speaker name a colon or dash attribution may carry ("Smith:", "-- a UN envoy").
PUNCT_SOURCE_MAX_TOKENS = 6

_COLON_LEAD = re.compile(r"\s*(?P<src>[^:\n\"\u201c]{1,80}?)\s*(?P<mark>:)\s*")
#: A line given to a named speaker: "Q: What did you find?", "Trump: We will win."
_SPEAKER_LINE = re.compile(
    r"^(?P<src>[A-Z][^:\n\"\u201c]{0,40}?)(?P<mark>:)[ \t]+(?P<said>\S[^\n]*\S)[ \t]*$",
    re.MULTILINE)
_DASH_TAIL = re.compile(
    r"[\s,]*(?P<mark>\u2014|\u2013|--|-)\s*(?P<src>[^\n\"\u201c]{1,80}?)[\s.]*")
#: Frames whose cue is a word with its own dependents (not punctuation or a continuation).
_VERB_FRAMES = frozenset(
    {"ccomp", "xcomp", "dobj", "dobj+", "acl", "head", "colon", "adjacent"})
#: Frames whose cue is a punctuation mark or nothing at all: no venue to look for.
#: Prepositions of place or medium ("in an interview", "at a summit"), not of time ("after").
_VENUE_PREPS = frozenset({"in", "at", "on", "during", "to", "via", "through", "with"})
_MARK_FRAMES = frozenset({":", "-", "--", "\u2013", "\u2014", "continuation"})
_OPENING_MARKS = frozenset({'"', "''", "\u201c", "\u201d"})
_WORD = re.compile(r"\w+")
_PRONOUNS = frozenset("i you he she it we they who this that".split())
_PARAGRAPHS = re.compile(r"\n\s*")
#: A quote in the next paragraph runs on only over the cue's own sentence ('"A," she said.'),
#: not over a narrator's sentence after it ('"A," she said. He then asked the crowd.').
_SENTENCE_ENDS = re.compile(r"[.!?]\s")
#: A dateline opening a paragraph ("CARACAS — ", "PORT OF SPAIN — "): where the story was filed,
#: never part of what was said.
_DATELINE = re.compile(r"[A-Z][A-Z .,'’()-]{1,40}\s[—–]\s+")
_SUBJECT_DEPS = ("nsubj", "expl")
#: A cue without a subject takes its head's: clause chains ("declined to say"), prepositions
#: ("by saying"), and nouns or adjectives of a verb ("issued a statement", "was hopeful that").
_INHERIT_DEPS = frozenset(
    {"xcomp", "conj", "advcl", "ccomp", "pcomp", "prep", "acomp", "dobj", "pobj", "attr"})
_RELATIVE = frozenset({"who", "that", "which", "whom"})


@dataclass(frozen=True)
class Draft:
    """A statement before ids and resolution: character spans and the cue token."""

    start: int
    end: int
    cue: Token
    cue_text: str
    cue_start: int | None
    cue_end: int | None
    source: tuple[int, int] | None  # character span of the source mention
    source_head: tuple[int, int] | None  # character span of the mention's head word
    precision: float
    frame: str
    kind: StatementKind


def _word_list(name: str) -> frozenset[str]:
    """Load a one-column data file: comment lines (#), a header, one word a line."""
    text = resources.files("newsledger.data").joinpath(name).read_text("utf-8")
    rows = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return frozenset(rows[1:])


@lru_cache(maxsize=1)
def venue_nouns() -> frozenset[str]:
    """Return the lemmas that make a prepositional phrase a venue or medium."""
    return _word_list("cues_venues.tsv")


@lru_cache(maxsize=1)
def addressing_verbs() -> frozenset[str]:
    """Return the verbs whose direct object is the addressee."""
    return _word_list("cues_addressees.tsv")


def _chars(doc: Doc, span: TokSpan) -> tuple[int, int]:
    """Return the character span of a token span."""
    last = doc[span[1] - 1]
    return doc[span[0]].idx, last.idx + len(last)


def _subject(cue: Token, frame: str) -> Token | None:
    """Return the token heading the source mention of a cue."""
    if frame == "according":
        for to in (c for c in cue.children if c.lower_ == "to"):
            for obj in to.children:
                if obj.dep_ == "pobj":
                    return obj
        return None
    token = cue
    for _ in range(MAX_SUBJECT_CLIMB + 1):
        for child in token.children:
            if child.dep_ in _SUBJECT_DEPS and child.dep_ != "expl":
                if child.lower_ in _RELATIVE and token.dep_ == "relcl":
                    return token.head
                return child
            if child.dep_ == "agent":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    return objs[0]
            if child.dep_ == "poss" and token.pos_ in ("NOUN", "PROPN"):
                return child
        if token.dep_ in ("relcl", "acl") and token.head.pos_ in ("NOUN", "PROPN", "PRON"):
            head = token.head
            if token.dep_ == "relcl":
                return head
            token = head.head if head.dep_ in ("dobj", "pobj") else head
            continue
        if token.dep_ not in _INHERIT_DEPS or token.head is token:
            return None
        token = token.head
    return None


def _cue_span(cue: Token, frame: str) -> tuple[int, int]:
    """Return the cue's character span (with its preposition when adjacent)."""
    start, end = cue.idx, cue.idx + len(cue)
    if frame.startswith("prep:"):
        preps = [c for c in cue.children if c.dep_ == "prep" and c.lower_ == frame[5:]]
        if preps and preps[0].i == cue.i + 1:
            end = preps[0].idx + len(preps[0])
    if frame == "according":
        to = cue.nbor(1) if cue.i + 1 < len(cue.doc) else None
        if to is not None and to.lower_ == "to":
            end = to.idx + len(to)
    return start, end


def content_span(
    doc: Doc, text: str, span: TokSpan, cue: Token, quotes: list[Quotation]
) -> tuple[int, int, int]:
    """Return a frame's content as characters: start, end, and end once a resumed quote is in."""
    start, end = focus(text, *widen(*_chars(doc, span), cue, quotes), cue, quotes)
    if start == 0 or text[start - 1] == "\n":
        dateline = _DATELINE.match(text, start)
        if dateline is not None and dateline.end() < end:
            start = dateline.end()
    return start, end, resume(text, start, end, cue, quotes)


def _clip_to_line(text: str, span: tuple[int, int], anchor: int) -> tuple[int, int]:
    """Clip a span to the line holding ``anchor`` (a parse may run a headline into the lead)."""
    line_start = text.rfind("\n", 0, anchor) + 1
    line_end = text.find("\n", anchor)
    return max(span[0], line_start), min(span[1], len(text) if line_end < 0 else line_end)


def draft_statements(doc: Doc, text: str | None = None, title: str | None = None) -> list[Draft]:
    """Find every cue with its content and source, without resolving actors."""
    text = doc.text if text is None else text  # Doc.text is rebuilt on every access
    cut = headline_end(text, title)
    quotes = quotations(text)
    drafts: dict[tuple[int, int], Draft] = {}
    for token in doc:
        if token.idx < cut or token.is_punct:
            continue
        found = best_frame(token, inside(quotes, token.idx))
        if found is None:
            continue
        frame, span, probability = found
        start, end, resumed = content_span(doc, text, span, token, quotes)
        cue_start, cue_end = _cue_span(token, frame)
        cue_text = text[cue_start:cue_end]
        subject = _subject(token, frame)
        source = head = None
        own = subtree_span(token)  # a parenthetical cue's clause lies inside its content
        if subject is not None and (not start <= subject.idx < end
                                    or own[0] <= subject.i < own[1]):
            source = _clip_to_line(text, _chars(doc, trim(doc, subtree_span(subject)) or (
                subject.i, subject.i + 1)), subject.idx)
            head = (subject.idx, subject.idx + len(subject))
        kind = quote_kind(start, end, quotes)
        draft = Draft(start, resumed, token, cue_text, cue_start, cue_end, source, head,
                      probability, frame, "direct" if resumed != end else kind)
        end = resumed
        known = drafts.get((start, end))
        if known is None or known.precision < draft.precision:
            drafts[(start, end)] = draft
    for d in _punctuation_drafts(doc, text, cut, quotes):
        if not any(o.start < d.end and d.start < o.end for o in drafts.values()):
            drafts[(d.start, d.end)] = d
    ordered = _distinct(text, sorted(drafts.values(), key=lambda d: (d.start, d.end)))
    ordered = sorted(ordered + _adjacent_drafts(doc, text, cut, quotes, ordered),
                     key=lambda d: (d.start, d.end))
    return _continuations(text, cut, quotes, ordered)


def _distinct(text: str, drafts: list[Draft]) -> list[Draft]:
    """Drop a draft whose content is nearly another's, more probable one (two cues, one content).

    "proposed a ban" and "called for a ban" in one sentence, or "said he would promise to
    repeal" and "promise to repeal": the reader gets the statement once.
    """
    words = [frozenset(m.start() for m in _WORD.finditer(text, d.start, d.end)) for d in drafts]
    keep: list[int] = []
    order = sorted(range(len(drafts)), key=lambda i: -drafts[i].precision)
    for i in order:
        if all(_nested(text, drafts[i], drafts[j]) or 2 * len(words[i] & words[j])
               < DUPLICATE_F1 * (len(words[i]) + len(words[j])) for j in keep):
            keep.append(i)
    return [drafts[i] for i in sorted(keep)]


def _nested(text: str, a: Draft, b: Draft) -> bool:
    """Return whether one draft reports the other's speaker by name ("X said Y told him Z")."""
    outer, inner = (a, b) if a.start <= b.cue.idx < a.end else (b, a)
    if not outer.start <= inner.cue.idx < outer.end or inner.source_head is None:
        return False
    head = text[inner.source_head[0]:inner.source_head[1]]
    own = text[outer.source[0]:outer.source[1]] if outer.source else ""
    return head.lower() not in _PRONOUNS and head not in own


def _adjacent_drafts(
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
        cue = _verb_after(doc, starts, q) or _verb_before(doc, starts, q)
        subject = _subject(cue, "head") if cue is not None else None
        if cue is None or subject is None or q.outer_start <= subject.idx < q.outer_end:
            continue
        source = _chars(doc, trim(doc, subtree_span(subject)) or (subject.i, subject.i + 1))
        end = resume(text, q.start, q.end, cue, quotes)
        out.append(Draft(q.start, end, cue, cue.text, cue.idx, cue.idx + len(cue),
                         _clip_to_line(text, source, subject.idx),
                         (subject.idx, subject.idx + len(subject)), 1.0, "adjacent", "direct"))
    return out


def _verb_after(doc: Doc, starts: list[int], q: Quotation) -> Token | None:
    """Return the first verb with a subject within a few tokens after a closing mark."""
    i = bisect.bisect_left(starts, q.outer_end)
    for token in doc[i:i + ADJACENT_TOKENS]:
        if "\n" in token.text or token.text in (".", "!", "?") or token.text in _OPENING_MARKS:
            return None
        if token.pos_ == "VERB" and any(c.dep_ in _SUBJECT_DEPS for c in token.children):
            return token
    return None


def _verb_before(doc: Doc, starts: list[int], q: Quotation) -> Token | None:
    """Return the nearest verb with a subject before an opening mark that follows ',' or ':'."""
    i = bisect.bisect_left(starts, q.outer_start) - 1
    if i < 0 or doc[i].text not in (",", ":"):
        return None
    for token in reversed(doc[max(0, i - ADJACENT_TOKENS):i]):
        if "\n" in token.text or token.text in (".", "!", "?") or token.text in _OPENING_MARKS:
            return None
        if token.pos_ == "VERB" and any(c.dep_ in _SUBJECT_DEPS for c in token.children):
            return token
    return None


def _continuations(
    text: str, cut: int, quotes: list[Quotation], drafts: list[Draft]
) -> list[Draft]:
    """Give quotations nobody introduced to the last speaker; return all drafts, in order.

    The quotation must open a sentence, be at least ``CONTINUATION_MIN_WORDS`` long (not a scare
    quote) and follow the last statement in the same or the next paragraph. In the same
    paragraph, or in the next when the last statement is a direct quote that ended with its cue's
    sentence, the statement simply runs on: its span grows to cover the new quotation ('"A," said
    X, a voter who came early. She voted twice. "B."' is one statement, as PolNeAR annotates it;
    joining beat a separate statement on both train hold-outs).
    """
    out = list(drafts)
    for q in quotes:
        if q.outer_start < cut or not sentence_opening(text, q.outer_start):
            continue
        if len(text[q.start:q.end].split()) < CONTINUATION_MIN_WORDS:
            continue
        if any(d.start < q.end and q.start < d.end for d in out):
            continue
        if any(q.outer_start <= d.cue.idx < q.outer_end for d in out):
            continue
        previous = [i for i, d in enumerate(out) if d.end <= q.outer_start]
        if not previous:
            continue
        at = max(previous, key=lambda i: out[i].end)
        last = out[at]
        gap = text[last.end:q.outer_start]
        if len(_PARAGRAPHS.findall(gap)) > 1:
            continue
        if "\n" not in gap or (last.kind == "direct"
                                and len(_SENTENCE_ENDS.findall(gap)) <= 1
                                and gap_words(gap) <= RESUME_MAX_GAP_WORDS):
            out[at] = replace(last, end=q.end)
        else:
            out.append(replace(last, start=q.start, end=q.end, cue_start=None, cue_end=None,
                               cue_text="", frame="continuation", kind="direct"))
    return sorted(out, key=lambda d: (d.start, d.end))


def _punctuation_drafts(doc: Doc, text: str, cut: int, quotes: list[Quotation]) -> list[Draft]:
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


def _addressee(cue: Token, frame: str) -> str | None:
    """Return who was told: the cue's indirect or direct object, or its "to" object.

    An object inside the content counts only when told to do something ("urged the government
    to publish"): "accused Moscow of ..." names a target, not an addressee.
    """
    if frame == "dobj+" and not any(c.dep_ == "xcomp" for c in cue.children):
        return None
    for child in cue.children:
        if child.dep_ == frame or (frame.startswith("prep:") and child.lower_ == frame[5:]):
            continue
        told = child.dep_ == "dative" or (child.dep_ == "dobj" and cue.lemma_ in addressing_verbs())
        if told and child.pos_ in ("NOUN", "PROPN", "PRON"):
            return cue.doc[child.left_edge.i:child.i + 1].text
        if child.dep_ in ("prep", "dative") and child.lower_ == "to":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return cue.doc[objs[0].left_edge.i:objs[0].i + 1].text
    return None


def _venue(cue: Token, frame: str) -> str | None:
    """Return the venue or medium: a venue noun's phrase, on the cue or a participle beside it.

    "in an interview with the BBC", "accused X, speaking at a NATO summit" (not "on Friday").
    """
    heads = [cue] + [c for c in cue.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    for child in (c for head in heads for c in head.children):
        if child.dep_ != "prep" or child.lower_ not in _VENUE_PREPS or (
                child.head is cue and frame == f"prep:{child.lower_}"):
            continue
        for obj in (c for c in child.children if c.dep_ == "pobj"):
            if obj.lemma_.lower() in venue_nouns():
                end = obj.i + 1
                for part in obj.children:  # "with the BBC", "of the council": not "on Friday"
                    if part.i > obj.i and part.dep_ == "prep" and part.lower_ in ("with", "of"):
                        end = max(end, part.right_edge.i + 1)
                return cue.doc[obj.left_edge.i:end].text
    return None


def _about(actors: ActorIndex, start: int, end: int, speaker: str | None) -> tuple[str, ...]:
    """Return the ids of the actors mentioned inside the content, speaker excluded."""
    return tuple(
        a.id for a in actors.actors
        if a.id != speaker and any(start <= m.start and m.end <= end for m in a.mentions)
    )


def extract_statements(
    doc: Doc, actors: ActorIndex, dates: list[When], title: str | None = None
) -> list[Statement]:
    """Extract every reported speech or thought act of the article, in text order."""
    text = doc.text
    statements = []
    drafts = sorted(draft_statements(doc, text, title), key=lambda d: (d.start, d.end))
    for number, d in enumerate(drafts, start=1):
        speaker = None
        if d.source_head is not None and d.source is not None:
            speaker = actors.actor_for(*d.source_head) or actors.actor_for(*d.source)
        statements.append(Statement(
            id=f"S{number}", speaker=speaker,
            speaker_text=text[d.source[0]:d.source[1]] if d.source else None,
            cue=d.cue_text, kind=d.kind,
            content=text[d.start:d.end], start=d.start, end=d.end,
            addressee=_addressee(d.cue, d.frame) if d.frame in _VERB_FRAMES else None,
            venue=_venue(d.cue, d.frame) if d.frame not in _MARK_FRAMES else None,
            about=_about(actors, d.start, d.end, speaker),
            # the date of the speech act (the cue's clause), not of the events it reports
            date=date_for(doc, d.cue.idx, d.cue.idx + len(d.cue), dates),
            speaker_start=d.source[0] if d.source else None,
            speaker_end=d.source[1] if d.source else None,
            cue_start=d.cue_start, cue_end=d.cue_end,
        ))
    return statements
