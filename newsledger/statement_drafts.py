"""Statement drafts: the record of a cue before actors are resolved, and how its source is found.

Shared by :mod:`newsledger.statements` (cue frames) and :mod:`newsledger.quote_drafts`
(quotations introduced by punctuation, an adjacent clause or a lead-in paragraph): the
:class:`Draft` they build, the subject search that finds a cue's source, and character spans.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsledger.cues import TokSpan, receiving_verb, second_act, subtree_span, trim
from newsledger.record import StatementKind

#: How far up a chain of clauses (xcomp, conj, advcl) a cue without a subject looks for one.
MAX_SUBJECT_CLIMB = 3

_SUBJECT_DEPS = ("nsubj", "expl")
#: A cue without a subject takes its head's: clause chains ("declined to say"), prepositions
#: ("by saying"), and nouns or adjectives of a verb ("issued a statement", "was hopeful that").
_INHERIT_DEPS = frozenset(
    {"xcomp", "conj", "advcl", "ccomp", "pcomp", "prep", "acomp", "dobj", "pobj", "attr"})
_RELATIVE = frozenset({"who", "that", "which", "whom"})
#: Parts of speech that can head a speaker's phrase.
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


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


def chars(doc: Doc, span: TokSpan) -> tuple[int, int]:
    """Return the character span of a token span."""
    last = doc[span[1] - 1]
    return doc[span[0]].idx, last.idx + len(last)


def subject_of(cue: Token, frame: str) -> Token | None:
    """Return the token heading the source mention of a cue."""
    if frame == "according":
        for to in (c for c in cue.children if c.lower_ == "to"):
            for obj in to.children:
                if obj.dep_ == "pobj":
                    return obj
        return None
    if frame == "subject":  # "The plan drew criticism from Democrats": the critics, if named
        verb = receiving_verb(cue)
        for head in (cue,) if verb is None else (cue, verb):
            for prep in (c for c in head.children if c.dep_ in ("prep", "agent")
                         and c.lower_ in ("from", "by")):
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    return obj
        return None
    token = cue
    for _ in range(MAX_SUBJECT_CLIMB + 1):
        if second_act(token):  # "X told Y the drills were Z, and called for W": X called
            token = token.head.head
            continue
        for child in _nominal_first(token):
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


def _nominal_first(token: Token) -> list[Token]:
    """Return a token's children, a nominal subject before an adjective the parse also made one.

    "The official China Daily said": the parse makes both "official" and "Daily" subjects.
    """
    children = list(token.children)
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if len(subjects) > 1 and subjects[0].pos_ not in _NOMINAL:
        nominal = [c for c in subjects if c.pos_ in _NOMINAL]
        if nominal:
            children.remove(nominal[0])
            children.insert(0, nominal[0])
    return children


def source_of(doc: Doc, text: str, subject: Token) -> tuple[tuple[int, int], tuple[int, int]]:
    """Return a source mention's character span (its trimmed phrase, on its line) and its head's."""
    phrase = chars(doc, trim(doc, subtree_span(subject)) or (subject.i, subject.i + 1))
    return clip_to_line(text, phrase, subject.idx), (subject.idx, subject.idx + len(subject))


def clip_to_line(text: str, span: tuple[int, int], anchor: int) -> tuple[int, int]:
    """Clip a span to the line holding ``anchor`` (a parse may run a headline into the lead)."""
    line_start = text.rfind("\n", 0, anchor) + 1
    line_end = text.find("\n", anchor)
    return max(span[0], line_start), min(span[1], len(text) if line_end < 0 else line_end)


__all__ = ["Draft", "MAX_SUBJECT_CLIMB", "chars", "clip_to_line", "source_of", "subject_of"]
