"""Evaluation gate on the exhaustively labelled sentences (issue 4; rows of ``eval events``).

``exhaustive-dev`` (T82, 469 sentences; tuned on in session 9 by T83-T86 and the review mends),
``exhaustive-dev2`` (T88, 320 sentences labelled late in session 9, before the system ran on
them; tuned on in session 10), ``exhaustive-dev3`` (T94, 301 sentences labelled at the start of
session 10 before the system ran on them, tuned on by nobody in it), ``exhaustive-dev4`` (T111,
305 sentences labelled at the start of session 13, measured on its start code, then developed
on: its half g by T114 and the coordinator, half h measured once more), ``exhaustive-dev5`` (T115,
318 sentences labelled at the start of session 14, measured on its start and end code, tuned on
by nobody in it) and ``exhaustive-heldout``
(T87, 320 sentences of 40 other uncited PolNeAR-train documents, labelled before the system ran
on them and tuned on by nobody) label every event of each sentence, so they measure trigger
precision as well as recall. The floors sit just below the figures measured at the end of
session 10 (docs/evaluation.md, event sets, "Session 10", which also gives each set's
start-of-session figures). The labels
are pinned by hash: they are not to change to fit output. Never lower a floor silently.
Engineers who must not see held-out figures deselect ``-k "not heldout9"``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from newsledger.evaluate.exhaustive import EXHAUSTIVE_SETS, FIXTURES, Tally, metrics

#: conftest's ``exhaustive_tally``: tally_files, run once per set of files in the process.
TallyOf = Callable[[Sequence[Path]], Tally]

#: sha256 of each labelled file.
LABELS_SHA256 = {
    "exhaustive_dev2_c.jsonl": "47d830983e9a4e57a78281429a6aee36ff81d879588c282709a46168761bc827",
    "exhaustive_dev2_d.jsonl": "e7334a83083391e6038f5aac5005c3c65e2db33f28b8d13904089816b03cf665",
    "exhaustive_dev3_e.jsonl": "f0c964c7bbe6a04ccf64f7eaa7e9c9e6d8586d37287c35b18dd66d93eaa1aabd",
    "exhaustive_dev3_f.jsonl": "c9f63c04d762e7e589d237b23abb4ef2aa1aeb58e0b663aba11beefc4898372f",
    "exhaustive_dev4_g.jsonl": "c49275158804a4640e66c0cea6e10e241a84ce9cd0f2421643251c16ee1a7e11",
    "exhaustive_dev4_h.jsonl": "bd26c52ec189440f925ec7d1c4bb305acbf9a12b2c2a4aa279bf52c89be444b9",
    "exhaustive_dev5_i.jsonl": "a9e05be6de242a02428874955fd114f9d6854fcea88f05331d499ac17193941e",
    "exhaustive_dev5_j.jsonl": "0e284f93f2201d4fdb5c1c56ed9694500cbf0226eb8508ad8177e8b156ee4a3c",
    "exhaustive_dev_a.jsonl": "0f8c2c26e1e8f8d1dcb0f1cbc3d6b92179a11bf7861e085110da1ff571859d20",
    "exhaustive_dev_b.jsonl": "e5c93ae202ae52801c26d163e42177cee213ddb928fd1efb2b73ff4ac2de242b",
    "exhaustive_heldout_a.jsonl":
        "a07abfb391877331efba9ab9d25c9cd6cc97cd4cd9863505bb08ef683fe221e0",
    "exhaustive_heldout_b.jsonl":
        "dea60db420b13ba2a5fbc7b2f069bf1a3765bed2b7e65ac7dc47905b26a835ac",
}

#: Floors per set and metric (newsledger.evaluate.exhaustive.metrics), 0.005 below session 11's
#: end (docs/evaluation.md, "Session 11: agreement, audits and what transferred"), never below
#: session 10's: dev3 was development data in session 11 (its status rules came from it); the
#: held-out set's recall and F1 stay at session 10's floors (sessions 11 and 12 ended at 0.441 /
#: 0.537). Session 12 raised dev's type, dev3's precision, F1 and countries to 0.005 below its end.
#: Session 13 lowered dev's countries 0.877 -> 0.869 (0.005 below 0.874), openly: the interview
#: rows (CONSULT, the labels' convention) found 16 more dev events (F1 0.634 -> 0.650 pooled), one
#: of them with two country codes ("X's comments came during a Fox interview") left unresolved.
#: At session 13's end (T112-T114 merged) every development floor was raised to 0.005 below the
#: end figures (docs/evaluation.md, "Session 13"), dev's countries back above 0.877.
#: Session 14 (T116-T119 merged) raised the development floors to 0.005 below its end, added
#: exhaustive-dev5 (T115, labelled blind at the session's start; measured on the start and the end
#: code, tuned on by nobody: 0.005 below the end) and moved the held-out floors to 0.005 below its
#: end. Two held-out floors went DOWN, openly: countries 0.834 -> 0.828 (0.839 -> 0.833, the
#: session finding more events: recall 0.485 -> 0.505) and type among found 0.854 -> 0.849 (0.859
#: -> 0.854); precision, recall, F1 and status rose. Rows were read on development data only.
FLOORS = {
    "exhaustive-dev": {
        "trigger_precision": 0.796, "trigger_recall": 0.669, "trigger_f1": 0.727,
        "type_acc_found": 0.937, "status_acc_typed": 0.917, "country_acc_typed": 0.900,
    },
    "exhaustive-dev2": {
        "trigger_precision": 0.788, "trigger_recall": 0.611, "trigger_f1": 0.688,
        "type_acc_found": 0.895, "status_acc_typed": 0.884, "country_acc_typed": 0.915,
    },
    "exhaustive-dev3": {
        "trigger_precision": 0.737, "trigger_recall": 0.576, "trigger_f1": 0.647,
        "type_acc_found": 0.950, "status_acc_typed": 0.863, "country_acc_typed": 0.967,
    },
    "exhaustive-dev4": {
        "trigger_precision": 0.796, "trigger_recall": 0.660, "trigger_f1": 0.722,
        "type_acc_found": 0.892, "status_acc_typed": 0.878, "country_acc_typed": 0.889,
    },
    "exhaustive-dev5": {  # session 14's start 0.689 / 0.449 / 0.544 / 0.940 / 0.848 / 0.888
        "trigger_precision": 0.678, "trigger_recall": 0.444, "trigger_f1": 0.537,
        "type_acc_found": 0.935, "status_acc_typed": 0.843, "country_acc_typed": 0.894,
    },
    "exhaustive-heldout": {  # session 14's end (0.718 / 0.505 / 0.593 / 0.854 / 0.750 / 0.833)
        "trigger_precision": 0.713, "trigger_recall": 0.500, "trigger_f1": 0.588,
        "type_acc_found": 0.849, "status_acc_typed": 0.745, "country_acc_typed": 0.828,
    },
}

#: Floors on the events' confidence ranking (session 12). The development sets are the model's
#: training data, so these in-sample figures (0.921, 0.935, 0.948 at the end of session 12, 0.005
#: below) guard the features, the hook and the weights against breakage, not transfer; the
#: model's figures on unseen text are leave-one-set-out and audit 3 (docs/evaluation.md). The
#: held-out set, never trained on, measured 0.757 once at the end of session 12: its floor is the
#: transfer figure.
#: Session 13 retrained the model with exhaustive-dev4 added (736 events): in-sample figures are
#: lower where the model memorises less (dev 0.908, dev2 0.932, dev3 0.955, dev4 0.971; floors
#: 0.005 below), while every leave-one-set-out figure but dev's rose (docs/evaluation.md, "Session
#: 13"); the held-out set measured 0.772 at the end: floor 0.767.
#: Session 14 retrained it with exhaustive-dev5 (920 events): in-sample dev 0.902 and dev4 0.961
#: (floors lowered, openly, from 0.903 and 0.966: more data, less memorised), dev2 0.936, dev3
#: 0.957, dev5 0.921; leave-one-set-out rose on every set (dev 0.728 -> 0.732, dev4 0.801 ->
#: 0.830, audit 1 0.698 -> 0.749) and dev5 measured 0.762 before it was trained on; held-out 0.774.
CONFIDENCE_FLOORS = {"exhaustive-dev": 0.897, "exhaustive-dev2": 0.931, "exhaustive-dev3": 0.952,
                     "exhaustive-dev4": 0.956, "exhaustive-dev5": 0.916,
                     "exhaustive-heldout": 0.769}

#: Ceilings on the share of event-free sentences given an event (lower is better), 0.005 above.
#: Session 13 raised dev's openly, 0.065 -> 0.071 (0.005 above 0.0653): the interview rows code
#: a generic "his ability to give the most interesting interviews" (13 of 199 event-free dev
#: sentences carry an event, was 12). dev3's tightened to 0.140 (0.135 at session 13's end).
EMPTY_CEILINGS = {"exhaustive-dev": 0.065, "exhaustive-dev2": 0.108, "exhaustive-dev3": 0.140,
                  "exhaustive-dev4": 0.061, "exhaustive-dev5": 0.128,
                  "exhaustive-heldout": 0.101}


def test_the_labels_are_unchanged() -> None:
    """Each labelled file is the one measured."""
    for name, sha in LABELS_SHA256.items():
        digest = hashlib.sha256((FIXTURES / name).read_bytes()).hexdigest()
        assert digest == sha, f"the hand-labelled {name} changed: re-measure"


def _check(dataset: str, tally_of: TallyOf) -> None:
    """Assert one set's floors and its event-free ceiling."""
    files = sorted(FIXTURES.glob(EXHAUSTIVE_SETS[dataset]))
    assert len(files) == 2, files
    figures = metrics(tally_of(files))
    low = {k: round(figures[k], 3) for k, floor in FLOORS[dataset].items() if figures[k] < floor}
    assert not low, low
    if dataset in CONFIDENCE_FLOORS:
        assert figures["confidence_auc"] >= CONFIDENCE_FLOORS[dataset], figures["confidence_auc"]
    assert figures["empty_with_event"] <= EMPTY_CEILINGS[dataset]


@pytest.mark.slow
@pytest.mark.parametrize("dataset", ["exhaustive-dev", "exhaustive-dev2", "exhaustive-dev3",
                                     "exhaustive-dev4", "exhaustive-dev5"])
def test_exhaustive_development_floors(dataset: str, exhaustive_tally: TallyOf) -> None:
    """Trigger precision, recall, type, status and countries stay above their floors."""
    _check(dataset, exhaustive_tally)


@pytest.mark.slow
def test_exhaustive_heldout9_floors(exhaustive_tally: TallyOf) -> None:
    """The held-out exhaustive set likewise (run by the coordinator; deselect with heldout9)."""
    _check("exhaustive-heldout", exhaustive_tally)
