"""Cues: the lexicon of speech and thought cues and the syntactic frames that find their content.

A cue is a word (``say``, ``accuse``, ``claim``) used in a *frame*: the dependency configuration
that locates what was said. The lexicon (``data/cues.tsv``) lists ``lemma, pos, frame`` triples
with how often each introduced an attribution in PolNeAR train, so a triple's precision decides
whether it fires. Frames:

``ccomp``/``xcomp``/``dobj``/``acl``
    the content is the subtree of the cue's child with that dependency ("said *that ...*",
    "vowed *to fight*", "denied *the report*", "his claim *that ...*");
``prep:<word>``
    the object of the cue's preposition ("called *for* X", "accused Y *of* X");
``head``
    the cue hangs off the content's verb ("The plan failed, *he said*"): the head's clause minus
    the cue's own subtree;
``according``
    "according to X": the clause around the phrase, minus it;
``colon``
    the cue is followed by a colon: the content is what follows it in the sentence.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

#: A lexicon entry fires when it introduced an attribution at least this often where its frame
#: was present in PolNeAR train. Below it an entry adds more false than true statements: with
#: F1 near 0.75, a candidate of precision p helps F1 only if p > F1 / 2 (~0.38).
MIN_PRECISION = 0.4

#: A core cue (hand-written) fires regardless of its precision until PolNeAR train has seen its
#: frame this often; with more evidence than that, the measured precision decides.
MIN_EVIDENCE = 20

#: Dependencies under which a cue's own clause may hang off the content's verb ("..., he said").
HEAD_DEPS = frozenset({"parataxis", "ccomp", "advcl", "conj"})

#: Tokens stripped from the edges of a content span.
_PUNCT_EDGE = frozenset({",", ";", ":", "-", "\u2014", "\u2013", "(", ")", ".", "--", '"', "'",
                         "\u201c", "\u201d", "\u2018", "\u2019"})

TokSpan = tuple[int, int]  # token indices [start, end)


@dataclass(frozen=True)
class CueEntry:
    """One lexicon row: a lemma used in one frame, with its PolNeAR train counts."""

    lemma: str
    pos: str
    frame: str
    hits: int
    seen: int
    source: str  # "polnear-train" (derived) or "core" (written by the newsledger authors)

    @property
    def precision(self) -> float:
        """Return how often the frame introduced an attribution when present."""
        return self.hits / self.seen if self.seen else 0.0


@lru_cache(maxsize=1)
def lexicon() -> dict[tuple[str, str], dict[str, CueEntry]]:
    """Load ``data/cues.tsv`` as (lemma, pos) -> frame -> entry, keeping the entries that fire."""
    table: dict[tuple[str, str], dict[str, CueEntry]] = {}
    text = resources.files("newsledger.data").joinpath("cues.tsv").read_text(encoding="utf-8")
    rows = csv.reader((ln for ln in text.splitlines() if ln and not ln.startswith("#")),
                      delimiter="\t")
    next(rows)  # header
    for lemma, pos, frame, hits, seen, source in rows:
        entry = CueEntry(lemma, pos, frame, int(hits), int(seen), source)
        if entry.precision >= MIN_PRECISION or (source == "core" and entry.seen < MIN_EVIDENCE):
            table.setdefault((lemma, pos), {})[frame] = entry
    return table


def subtree_span(token: Token) -> TokSpan:
    """Return the token span of a token's subtree."""
    return token.left_edge.i, token.right_edge.i + 1


def trim(doc: Doc, span: TokSpan) -> TokSpan | None:
    """Strip punctuation from both edges of a span; None when nothing is left."""
    start, end = span
    while start < end and (doc[start].text in _PUNCT_EDGE or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in _PUNCT_EDGE or doc[end - 1].is_space):
        end -= 1
    return (start, end) if end > start else None


def _minus(outer: TokSpan, inner: TokSpan) -> TokSpan | None:
    """Return the outer span without the inner one when the inner sits at one of its edges."""
    if inner[0] <= outer[0] and inner[1] >= outer[1]:
        return None
    if inner[1] >= outer[1]:
        return outer[0], inner[0]
    if inner[0] <= outer[0]:
        return inner[1], outer[1]
    return None


def frames(token: Token) -> dict[str, TokSpan]:
    """Return every frame present around a token, frame name -> raw content span."""
    found: dict[str, TokSpan] = {}
    for child in token.children:
        dep = child.dep_
        if dep in ("ccomp", "xcomp", "dobj", "acl") and dep not in found:
            found[dep] = subtree_span(child)
        elif dep == "prep":
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                found.setdefault(f"prep:{child.lower_}", subtree_span(objects[0]))
    if token.dep_ in HEAD_DEPS and token.head.pos_ in ("VERB", "AUX") and token.head.i != token.i:
        rest = _minus(subtree_span(token.head), subtree_span(token))
        if rest:
            found["head"] = rest
    if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
        # The phrase attaches anywhere in its sentence (often to a noun); what it sources is the
        # whole sentence, less the phrase when it stands at an edge.
        sent = trim(token.doc, (token.sent.start, token.sent.end)) or (token.i, token.i + 1)
        found["according"] = _minus(sent, subtree_span(token)) or sent
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.text == ":" and nxt.i + 1 < token.sent.end:
        found["colon"] = (nxt.i + 1, token.sent.end)
    return found


def cue_key(token: Token) -> tuple[str, str]:
    """Return the lexicon key of a token: its lower-case lemma and coarse part of speech."""
    lemma = "according" if token.lower_ == "according" else token.lemma_.lower()
    pos = "NOUN" if token.pos_ in ("NOUN", "PROPN") else "VERB" if token.pos_ in (
        "VERB", "AUX") else token.pos_
    return lemma, pos


def best_frame(token: Token) -> tuple[CueEntry, TokSpan] | None:
    """Return the most precise lexicon frame present around a token, with its content span."""
    entries = lexicon().get(cue_key(token))
    if not entries:
        return None
    present = frames(token)
    options = [(e, present[f]) for f, e in entries.items() if f in present]
    if not options:
        return None
    return max(options, key=lambda o: (o[0].precision, o[0].hits))
