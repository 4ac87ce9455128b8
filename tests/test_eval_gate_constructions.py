"""Evaluation gate on the construction challenge set (T112; issue 4).

``tests/fixtures/events/constructions.jsonl``: 241 short news sentences written for the set, each
testing one construction (passive, "called for X to Y", coordination, negation, ...), every
event labelled as in the exhaustive sets, committed before newsledger ran on them. Scored by
``scripts/construction_eval.py`` (the exhaustive scoring plus a table by construction). The floors
are the figures at the end of T112 (docs/evaluation.md, event sets, "Construction challenge set
(T112)"), minus nothing: any lost event, type, status or country fails. The labels are pinned by
hash: they are not to change to fit output. Never lower a floor silently.
"""

from __future__ import annotations

import hashlib

import pytest
from scripts_loader import load_script

from newsledger.evaluate.exhaustive import metrics

construction_eval = load_script("construction_eval")

#: sha256 of the labelled file.
LABELS_SHA256 = "9a955bb60d9e5572836fd54da7758b85ed86655612f8edceef46ebc5db453b0c"

#: Floors on the whole set's figures (newsledger.evaluate.exhaustive.metrics): T112's end figures
#: cut to three decimals, so one event lost in any of them fails.
FLOORS = {
    "trigger_precision": 0.966, "trigger_recall": 0.855, "trigger_f1": 0.907,
    "typed_recall": 0.817, "type_acc_found": 0.955, "status_acc_typed": 0.953,
    "country_acc_typed": 0.918,
}

#: Ceiling on the share of event-free sentences given an event (2 of 18 at T112's end).
EMPTY_CEILING = 0.112

#: Per construction: labelled events found with the right type (floor) and false events
#: (ceiling), at T112's end.
TYPED_FLOORS = {
    "active-transitive": 7, "passive-by-agent": 8, "agentless-passive": 10,
    "nominalisation": 11, "call-for-X-to-Y": 9, "urge-ask-tell-X-to-Y": 9,
    "called-on-X-to-Y": 10, "demanded-that": 10, "coordinated-actors": 9,
    "coordinated-recipients": 8, "coordinated-verbs": 12, "relative-clause": 12,
    "participial-modifier": 10, "reported-claim": 8, "reported-denial": 5, "negation": 10,
    "future-plan": 7, "hypothetical": 9, "question": 7, "headline": 8,
    "infinitive-of-purpose": 3, "light-verb": 10, "adjective-noun-event": 4,
    "time-place-adjunct": 6, "control-verb": 8, "appositive": 5, "negative": 0,
}
FALSE_CEILINGS = {"called-on-X-to-Y": 1, "demanded-that": 1, "hypothetical": 2,
                  "infinitive-of-purpose": 1, "adjective-noun-event": 1, "negative": 2}


def test_the_labels_are_unchanged() -> None:
    """The labelled file is the one measured."""
    digest = hashlib.sha256(construction_eval.CONSTRUCTIONS.read_bytes()).hexdigest()
    assert digest == LABELS_SHA256, "the hand-labelled constructions.jsonl changed: re-measure"


@pytest.mark.slow
def test_construction_floors() -> None:
    """The whole set's figures and each construction's typed events stay at T112's end."""
    overall, by_construction = construction_eval.tally_constructions()
    figures = metrics(overall)
    low = {k: round(figures[k], 4) for k, floor in FLOORS.items() if figures[k] < floor}
    assert not low, low
    assert figures["empty_with_event"] <= EMPTY_CEILING
    assert set(by_construction) == set(TYPED_FLOORS)
    fewer = {name: part.tally.typed for name, part in by_construction.items()
             if part.tally.typed < TYPED_FLOORS[name]}
    assert not fewer, fewer
    more_false = {name: construction_eval.false_events(part.tally)
                  for name, part in by_construction.items()
                  if construction_eval.false_events(part.tally) > FALSE_CEILINGS.get(name, 0)}
    assert not more_false, more_false
