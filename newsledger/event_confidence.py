"""Confidence: how likely a coded event is a real event of the type shown (session 12).

The trigger rules code about two events in three right on unseen text (the exhaustive sets'
trigger precision 0.67-0.79, a hand audit of the record 0.64), and which third is wrong shows in
the event's structure more than in its word: an event with no participant, a noun trigger far
down the tree, a "help" whose object is no actor. A logistic model over such binary features
(:func:`features`), fitted by ``scripts/train_event_confidence.py`` on the coded events of the
exhaustively labelled development sets (never the held-out ones), gives every event the
probability that it is real and of its type. Nothing is dropped on it: users and reports choose
their own precision (``newsledger events --min-confidence``); docs/evaluation.md gives the
figures (ranking on unseen sets, precision at thresholds).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsledger.arguments import Argument
from newsledger.coded_event import CodedEvent
from newsledger.linear_model import LinearModel, load_model

#: The model file of ``newsledger/data`` (weights, bias, threshold, provenance).
MODEL_FILE = "event_confidence_model.json"

#: Tree depths above this share one feature: deeper triggers are rare and alike (embedded nouns).
MAX_DEPTH = 3

#: Quotation marks as spaCy tokenises them: an odd count before the trigger puts it in a quote.
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "''", "``"})

#: Entity labels of the trigger's sentence the model reads: who and what it is about.
SENTENCE_LABELS = ("PERSON", "ORG", "GPE", "NORP")

#: Decimals kept in the record: finer steps mean nothing for a model fitted on ~500 events.
DECIMALS = 3


def model() -> LinearModel:
    """Load the confidence model trained by scripts/train_event_confidence.py."""
    return load_model(MODEL_FILE)


def trigger_token(coded: CodedEvent, doc: Doc) -> Token:
    """Return the head token of a coded event's trigger span."""
    span = doc.char_span(coded.event.start, coded.event.end, alignment_mode="expand")
    if span is None or not len(span):
        # a span the tokens cannot cover: the token starting nearest before it
        return max((t for t in doc if t.idx <= coded.event.start), key=lambda t: t.idx,
                   default=doc[0])
    return span.root


def _side_features(side: str, arg: Argument | None, country: str | None,
                   type_: str) -> set[str]:
    """Return the features of one participant slot: filled, named, sector, country."""
    feats = {f"{side}country={country is not None}"}
    if arg is None:
        return feats | {f"{side}=none", f"{side}none|{type_}"}
    feats |= {f"{side}=arg", f"{side}named={arg.actor is not None}", f"{side}sec={arg.sector}"}
    if arg.plural:
        feats.add(f"{side}plural")
    return feats


def _context_features(tok: Token) -> set[str]:
    """Return the trigger's context: negation, quotation, article, the sentence's entities."""
    feats: set[str] = set()
    if tok.ent_type_:
        feats.add("in_ent")  # part of a name ("Liberation Day", "Defense Department")
    if tok.morph.get("Number", []) == ["Plur"]:
        feats.add("plur")
    if any(ch.dep_ == "neg" for ch in tok.children):
        feats.add("neg")
    if any(ch.dep_ == "det" and ch.lower_ in ("a", "an") for ch in tok.children):
        feats.add("indef")
    sent = tok.sent
    if sum(1 for t in sent if t.i < tok.i and t.text in QUOTE_MARKS) % 2:
        feats.add("inquote")
    labels = {ent.label_ for ent in sent.ents}
    feats |= {f"sent_{label}" for label in SENTENCE_LABELS if label in labels}
    return feats


def features(coded: CodedEvent, doc: Doc) -> frozenset[str]:
    """Return the binary features of a coded event: its word, type, status, tree and slots."""
    event = coded.event
    tok = trigger_token(coded, doc)
    lemma = tok.lemma_.lower()
    feats = {
        f"t={event.type}", f"lem={lemma}", f"tl={event.type}|{lemma}", f"pos={tok.pos_}",
        f"dep={tok.dep_}", f"tpos={event.type}|{tok.pos_}", f"st={event.status}",
        f"tst={event.type}|{event.status}", f"depth={min(coded.depth, MAX_DEPTH)}",
        f"hlem={tok.head.lemma_.lower()}", f"hdep={tok.dep_}|{tok.head.pos_}",
    }
    if coded.derived:
        feats.add("derived")
    if coded.symmetric:
        feats.add("sym")
    feats |= _side_features("a", coded.actor, coded.actor_country, event.type)
    feats |= _side_features("r", coded.recipient, coded.recipient_country, event.type)
    if event.statement:
        feats.add("stmt")
    if event.location:
        feats.add("loc")
    return frozenset(feats | _context_features(tok))


def confidence(coded: CodedEvent, doc: Doc, scorer: LinearModel | None = None) -> float:
    """Return the probability that a coded event is real and of its type, rounded."""
    return round((scorer or model()).probability(features(coded, doc)), DECIMALS)

