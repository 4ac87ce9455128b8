"""Statements: who said what, to whom, where and when.

Stage contract: ``extract_statements(doc, actors, dates) -> list[Statement]``.

1. every token that the cue lexicon knows in a frame it takes (:mod:`newsledger.cues`) gives a
   draft: the frame's content span, the cue, and the source (the cue's subject, or the object of
   "according to", inherited along ``xcomp``/``conj``/``advcl`` chains);
2. a content that starts or ends inside a quotation whose marks lie outside the cue's clause is
   widened to the whole quotation (quotes running over several sentences);
3. a paragraph that opens with a quotation nobody introduced is the block quote of a lead-in
   ending with a colon ("The governor added:"), or continues the last speaker's quote
   (:mod:`newsledger.quote_drafts` also adds quotations an adjacent clause or punctuation
   introduces);
4. the headline (:func:`newsledger.quotes.headline_end`) is skipped;
5. around each statement: addressee, venue, the actors the content is about, and the date.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsledger.actors import ActorIndex
from newsledger.cues import TokSpan, best_frame, subtree_span
from newsledger.dates import date_for
from newsledger.lexicon_data import data_rows
from newsledger.quote_drafts import adjacent_drafts, block_drafts, punctuation_drafts
from newsledger.quotes import (
    RESUME_MAX_GAP_WORDS,
    Quotation,
    close_mark,
    focus,
    gap_words,
    headline_end,
    inside,
    quotations,
    quote_kind,
    resume,
    sentence_opening,
    subheading,
    widen,
)
from newsledger.record import Statement, When
from newsledger.statement_drafts import Draft, chars, source_of, subject_of

__all__ = ["extract_statements", "headline_end", "draft_statements", "Draft"]


#: Two drafts whose contents overlap with this word F1 or more are one statement.
DUPLICATE_F1 = 0.5
#: A quotation shorter than this is a scare quote or a term, not a continued statement.
CONTINUATION_MIN_WORDS = 4

#: Frames whose cue is a word with its own dependents (not punctuation or a continuation).
_VERB_FRAMES = frozenset(
    {"ccomp", "xcomp", "dobj", "dobj+", "acl", "head", "colon", "adjacent"})
#: Prepositions of place or medium ("in an interview", "at a summit"), not of time ("after").
_VENUE_PREPS = frozenset({"in", "at", "on", "during", "to", "via", "through", "with"})
#: Frames whose cue is a punctuation mark or nothing at all: no venue to look for.
_MARK_FRAMES = frozenset({":", "-", "--", "\u2013", "\u2014", "continuation"})
_WORD = re.compile(r"\w+")
_PRONOUNS = frozenset("i you he she it we they who this that".split())
_PARAGRAPHS = re.compile(r"\n\s*")
#: A quote in the next paragraph runs on only over the cue's own sentence ('"A," she said.'),
#: not over a narrator's sentence after it ('"A," she said. He then asked the crowd.').
_SENTENCE_ENDS = re.compile(r"[.!?]\s")
#: A dateline opening a paragraph ("CARACAS — ", "PORT OF SPAIN — "): where the story was filed,
#: never part of what was said.
_DATELINE = re.compile(r"[A-Z][A-Z .,'’()-]{1,40}\s[—–]\s+")


def _word_list(name: str) -> frozenset[str]:
    """Load a one-column data file: comment lines (#), the header "lemma", one word a line."""
    return frozenset(row["lemma"].strip() for row in data_rows(name))


@lru_cache(maxsize=1)
def venue_nouns() -> frozenset[str]:
    """Return the lemmas that make a prepositional phrase a venue or medium."""
    return _word_list("cues_venues.tsv")


@lru_cache(maxsize=1)
def addressing_verbs() -> frozenset[str]:
    """Return the verbs whose direct object is the addressee."""
    return _word_list("cues_addressees.tsv")


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
    start, end = focus(text, *widen(*chars(doc, span), cue, quotes), cue, quotes)
    if start == 0 or text[start - 1] == "\n":
        dateline = _DATELINE.match(text, start)
        if dateline is not None and dateline.end() < end:
            start = dateline.end()
    resumed = resume(text, start, end, cue, quotes)
    return start, close_mark(start, end, quotes), close_mark(start, resumed, quotes)


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
        subject = subject_of(token, frame)
        source: tuple[int, int] | None = None
        head: tuple[int, int] | None = None
        own = subtree_span(token)  # a parenthetical cue's clause lies inside its content
        if subject is not None and (not start <= subject.idx < end
                                    or own[0] <= subject.i < own[1]):
            source, head = source_of(doc, text, subject)
        kind = quote_kind(start, end, quotes)
        draft = Draft(start, resumed, token, cue_text, cue_start, cue_end, source, head,
                      probability, frame, "direct" if resumed != end else kind)
        end = resumed
        known = drafts.get((start, end))
        if known is None or known.precision < draft.precision:
            drafts[(start, end)] = draft
    for d in punctuation_drafts(doc, text, cut, quotes):
        if not any(o.start < d.end and d.start < o.end for o in drafts.values()):
            drafts[(d.start, d.end)] = d
    ordered = _distinct(text, sorted(drafts.values(), key=lambda d: (d.start, d.end)))
    ordered = sorted(ordered + adjacent_drafts(doc, text, cut, quotes, ordered),
                     key=lambda d: (d.start, d.end))
    ordered = sorted(ordered + block_drafts(doc, text, cut, quotes, ordered),
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
        if q.outer_start < cut or not sentence_opening(text, q.outer_start) or subheading(
                text, q):
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


def _speaker(doc: Doc, actors: ActorIndex, d: Draft) -> str | None:
    """Return the actor of a draft's source: its head's, else its phrase's less any possessor.

    "His rival told reporters": when no actor holds the head noun, the phrase's own "His" is the
    president, who is not the speaker; so the possessor is never what the phrase resolves to.
    """
    if d.source_head is None or d.source is None:
        return None
    speaker = actors.actor_for(*d.source_head)
    if speaker is not None:
        return speaker
    start, end = d.source
    head = doc.char_span(*d.source_head)
    for poss in (c for c in head.root.children if c.dep_ == "poss") if head else ():
        start = max(start, poss.right_edge.idx + len(poss.right_edge))
    return actors.actor_for(start, end) if start < end else None


def extract_statements(
    doc: Doc, actors: ActorIndex, dates: list[When], title: str | None = None
) -> list[Statement]:
    """Extract every reported speech or thought act of the article, in text order."""
    text = doc.text
    statements = []
    drafts = sorted(draft_statements(doc, text, title), key=lambda d: (d.start, d.end))
    for number, d in enumerate(drafts, start=1):
        speaker = _speaker(doc, actors, d)
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
