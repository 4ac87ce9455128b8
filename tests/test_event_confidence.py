"""The events' confidence (session 12): model file, features, ranking and the AUC it is judged by.

Hand-written sentences only; the figures on labelled data are gated in
tests/test_eval_gate_exhaustive.py.
"""

from __future__ import annotations

import json
import math
from importlib import resources

import pytest
from scripts_loader import load_script

import newsledger
from newsledger.evaluate import roc_auc
from newsledger.evaluate.events import analyse, parse_texts
from newsledger.event_confidence import MODEL_FILE, confidence, features, model
from newsledger.linear_model import MAX_SCORE, LinearModel

SHELLING = ("Russian forces shelled Kharkiv on Monday, killing five civilians, Ukrainian "
            "officials said.")
INJURED = "Fans cheered as the coach helped the injured striker up."
EXERCISES = ("Turkish troops arrived in the border town on Saturday for joint exercises with "
             "Azerbaijan.")


def _coded(text: str) -> tuple:
    """Return a sentence's parse and its coded events, as the evaluations code them."""
    doc = next(parse_texts([text]))
    return doc, analyse(doc)


def test_the_model_file_is_whole() -> None:
    """Finite weights, a bias, a threshold in (0, 1), and a provenance naming what it skipped."""
    raw = json.loads(resources.files("newsledger.data").joinpath(MODEL_FILE).read_text("utf-8"))
    assert raw["weights"] and all(math.isfinite(w) for w in raw["weights"].values())
    assert math.isfinite(raw["bias"]) and 0 < raw["threshold"] < 1
    assert "held-out" in raw["provenance"] and "audit 3" in raw["provenance"]
    loaded = model()
    assert loaded.bias == raw["bias"] and loaded.threshold == raw["threshold"]


def test_linear_model_probability() -> None:
    """Bias plus the present features' weights through the logistic; unknown features weigh 0."""
    m = LinearModel(weights={"a": 1.0, "b": -2.0}, threshold=0.5, bias=0.5)
    assert m.probability([]) == pytest.approx(1 / (1 + math.exp(-0.5)))
    assert m.probability(["a", "zzz"]) == pytest.approx(1 / (1 + math.exp(-1.5)))
    assert m.probability(["b"]) == pytest.approx(1 / (1 + math.exp(1.5)))
    huge = LinearModel(weights={"a": 1e6}, threshold=0.5)
    assert huge.probability(["a"]) == pytest.approx(1 / (1 + math.exp(-MAX_SCORE)))


def test_features_read_the_event_structure() -> None:
    """The shelling: its type, verb, filled slots, status and the sentence's entities."""
    doc, coded = _coded(SHELLING)
    shelled = next(c for c in coded if c.event.trigger == "shelled")
    feats = features(shelled, doc)
    assert {"t=ASSAULT", "lem=shell", "tl=ASSAULT|shell", "pos=VERB", "a=arg", "r=arg",
            "sent_GPE"} <= feats
    assert f"st={shelled.event.status}" in feats
    assert "a=none" not in feats and "inquote" not in feats


def test_a_quoted_trigger_is_marked() -> None:
    """An odd number of quotation marks before the trigger puts it inside a quote."""
    doc, coded = _coded('"Our troops attacked the rebels at dawn," the general told reporters.')
    attacked = next(c for c in coded if c.event.trigger == "attacked")
    assert "inquote" in features(attacked, doc)


def test_confidence_ranks_a_clear_act_above_a_figurative_one() -> None:
    """A shelling with both sides outscores a footballer's injury read as ASSAULT (the audits'
    kind of false event: a word of the lexicon in a sense that names no political act)."""
    doc_a, coded_a = _coded(SHELLING)
    doc_b, coded_b = _coded(INJURED)
    shelled = next(c for c in coded_a if c.event.type == "ASSAULT")
    injured = next(c for c in coded_b if c.event.trigger == "injured")
    assert confidence(shelled, doc_a) >= model().threshold > confidence(injured, doc_b)


def test_every_record_event_has_a_confidence() -> None:
    """The pipeline sets each event's confidence, a probability rounded to three decimals."""
    record = newsledger.extract(EXERCISES, published="2026-11-28")
    assert record.events
    for event in record.events:
        assert event.confidence is not None and 0.0 <= event.confidence <= 1.0
        assert round(event.confidence, 3) == event.confidence
    assert record.to_dict()["events"][0]["confidence"] == record.events[0].confidence


def test_roc_auc() -> None:
    """Perfect, reversed, tied and one-class rankings; ties count half."""
    assert roc_auc([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9]) == 1.0
    assert roc_auc([1, 1, 0, 0], [0.1, 0.2, 0.8, 0.9]) == 0.0
    assert roc_auc([0, 1], [0.5, 0.5]) == 0.5
    assert roc_auc([1, 0, 1, 0], [0.9, 0.5, 0.5, 0.1]) == pytest.approx(0.875)
    assert roc_auc([1, 1], [0.2, 0.3]) == 0.5


def test_roc_auc_agrees_with_scikit_learn() -> None:
    """The hand-written statistic equals scikit-learn's on random rankings with ties."""
    metrics = pytest.importorskip("sklearn.metrics")
    import random

    rng = random.Random(12)
    for _ in range(50):
        labels = [rng.randint(0, 1) for _ in range(30)] + [0, 1]
        scores = [rng.choice([0.1, 0.5, rng.random()]) for _ in labels]
        assert roc_auc(labels, scores) == pytest.approx(metrics.roc_auc_score(labels, scores))


def test_training_never_reads_a_held_out_set() -> None:
    """The training script refuses the held-out exhaustive set by name."""
    pytest.importorskip("sklearn")
    train = load_script("train_event_confidence")
    assert not any("heldout" in name for name in train.TRAINING_SETS)
    with pytest.raises(SystemExit, match="never trained on"):
        train.examples("exhaustive-heldout")
