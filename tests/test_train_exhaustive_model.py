"""The lemma-aware learned trigger experiment on the exhaustive sets (T90): its plumbing.

The experiment did not clear its bar (docs/evaluation.md, "Learned trigger decision on the
exhaustive sets (T90)"); these tests pin the labels, features, ADD/DROP scoring and threshold
choice on hand-written sentences (no fixture file is read).
"""

from __future__ import annotations

import pytest
from scripts_loader import load_script

load_script("trigger_model_runtime")  # the siblings the script imports by name
load_script("train_trigger_model")
exh = load_script("train_exhaustive_model")

SAID = "The minister said the army attacked the village on Monday."
QUIET = "The weather was mild in the north of the country."
MET = "The two leaders met in Geneva and signed a trade deal."
COURTED = "The candidate courted union voters in Ohio."  # a labelled event the rules miss


def _sentences() -> list:
    """Return three hand-labelled sentences, analysed as the script analyses them."""
    rows = [
        {"source": "doc1", "sentence": SAID, "events": [
            {"trigger": "attacked", "trigger_start": SAID.index("attacked"), "type": "ASSAULT",
             "actor": [], "recipient": [], "status": "asserted"}]},
        {"source": "doc2", "sentence": QUIET, "events": []},
        {"source": "doc3", "sentence": MET, "events": [
            {"trigger": "met", "trigger_start": MET.index("met"), "type": "CONSULT",
             "actor": [], "recipient": [], "status": "asserted"},
            {"trigger": "signed", "trigger_start": MET.index("signed"), "type": "COOPERATE",
             "actor": [], "recipient": [], "status": "asserted", "unsure": True}]},
        {"source": "doc4", "sentence": COURTED, "events": [
            {"trigger": "courted", "trigger_start": COURTED.index("courted"), "type": "APPEAL",
             "actor": [], "recipient": [], "status": "asserted"}]},
    ]
    return exh.analyse_rows(rows)


SENTENCES = _sentences()


def test_labels_and_unsure_tokens_left_out() -> None:
    """A sure label is a positive, an unsure-only token no row, other content tokens negatives."""
    rows, tokens, lost = exh.rows_of(SENTENCES)
    by_word = {(t.doc.text, t.text): r.label for t, r in zip(tokens, rows, strict=True)}
    assert by_word[(SAID, "attacked")] == exh.EVENT
    assert by_word[(MET, "met")] == exh.EVENT
    assert (MET, "signed") not in by_word  # unsure: neither trained nor scored
    assert by_word[(SAID, "minister")] == exh.NONE and by_word[(QUIET, "weather")] == exh.NONE
    assert (SAID, "the") not in by_word  # not a content part of speech
    assert not lost
    assert {r.set for r in rows} == {"doc1", "doc2", "doc3", "doc4"}  # grouped by document


def test_features_read_lemma_lexicon_and_statement_content() -> None:
    """The attack verb: its lemma, the lexicon's row, inside the minister's statement, tensor."""
    rows, tokens, _ = exh.rows_of(SENTENCES)
    row, tok = next((r, t) for r, t in zip(rows, tokens, strict=True) if t.text == "attacked")
    assert row.sparse["lemma=attack"] == 1.0 and row.sparse["lex=row=ASSAULT"] == 1.0
    assert row.sparse["in_content=True"] == 1.0
    assert "child=dobj" in row.sparse and row.sparse["head=say|ccomp"] == 1.0
    assert (row.dense == tok.doc.tensor[tok.i]).all()
    minister = next(r for r, t in zip(rows, tokens, strict=True) if t.text == "minister")
    assert minister.sparse["in_content=False"] == 1.0 and minister.sparse["lex=none"] == 1.0


def test_add_and_drop_change_the_exhaustive_figures() -> None:
    """ADD codes a confident uncoded token; DROP removes a coded event of low probability."""
    _, tokens, _ = exh.rows_of(SENTENCES)
    types = {"court": "APPEAL", "weather": "ASSAULT"}
    base = exh.score(SENTENCES, tokens, [0.5] * len(tokens), types, None, None)
    assert base["trigger_recall"] == pytest.approx(2 / 3)  # the rules miss "courted"
    sure = [1.0 if t.text == "courted" else 0.0 for t in tokens]
    assert exh.score(SENTENCES, tokens, sure, types, 0.5, None)["trigger_recall"] == 1.0
    untyped = exh.score(SENTENCES, tokens, sure, {}, 0.5, None)  # no row, no labelled type
    assert untyped["trigger_recall"] == pytest.approx(2 / 3)
    wrong = [1.0 if t.text == "weather" else 0.0 for t in tokens]
    assert exh.score(SENTENCES, tokens, wrong, types, 0.5, None)["empty_with_event"] == 1.0
    doubt = [0.0 if t.text == "attacked" else 1.0 for t in tokens]
    dropped = exh.score(SENTENCES, tokens, doubt, types, None, 0.5)
    assert dropped["trigger_recall"] < base["trigger_recall"]


def test_added_type_prefers_the_lexicon_row() -> None:
    """The lexicon row's type first, then the lemma's labelled type, else nothing is added."""
    doc = SENTENCES[0].doc
    attacked = next(t for t in doc if t.text == "attacked")
    assert exh.added_type(attacked, {"attack": "PROTEST"}) == "ASSAULT"
    village = next(t for t in doc if t.text == "village")
    assert exh.added_type(village, {"village": "AID"}) == "AID"
    assert exh.added_type(village, {}) is None


def test_a_use_that_does_not_beat_the_rules_is_switched_off() -> None:
    """Probabilities that only hurt give no threshold: ADD and DROP stay off."""
    _, tokens, _ = exh.rows_of(SENTENCES)
    hurt = [0.0 if t.text in ("attacked", "met") else 0.99 for t in tokens]
    assert exh.choose(SENTENCES, tokens, hurt, {"weather": "ASSAULT", "minister": "AID",
                                               "village": "AID", "leader": "AID"}) == (None, None)


def test_both_model_families_score_every_row_and_name_their_features() -> None:
    """Logistic regression and boosted trees give a probability per row and named weights."""
    rows, _, _ = exh.rows_of(SENTENCES)
    for family in ("lr", "gb"):
        exh.MODEL["family"] = family
        try:
            fitted = exh.fit(rows)
        finally:
            exh.MODEL["family"] = "lr"
        probs = exh.event_probs(fitted, rows)
        assert len(probs) == len(rows) and all(0.0 <= p <= 1.0 for p in probs)
        names = [name for name, _ in exh.top_features(fitted, 5)]
        assert len(names) == 5 and all(n.startswith(("tensor_", "lemma=", "lex=", "pos=",
                                                     "tag=", "dep=", "head=", "child=",
                                                     "in_content=")) for n in names)
