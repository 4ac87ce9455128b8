"""The learned decision for refused rows (T80): candidates, features and the fitted decision.

The decision did not reach the precision gate on the development sets (docs/evaluation.md,
"Learned decision for refused rows (T80)"), so newsledger ships no module of it; these tests pin
the measurement's parts on sentences written for them.
"""

from __future__ import annotations

import pytest
from scripts_loader import load_script

from newsledger.parse import parse

runtime = load_script("trigger_model_runtime")
load_script("train_trigger_model")  # siblings the script under test imports by name
load_script("events_news_diff")
refusal = load_script("train_refusal_model")


def _token(sentence: str, word: str) -> object:
    """Return the first token of a parsed sentence with this lower-case form."""
    return next(t for t in parse(sentence) if t.lower_ == word)


def test_candidates_are_tokens_whose_every_row_refused() -> None:
    """A lemma whose rows all refuse is a candidate of their type; a held row or no row is not."""
    cand = refusal.refused_candidate(_token("The company denied the rumours about its profits.",
                                            "denied"))
    assert cand is not None and cand.pos == "VERB" and cand.type == "REJECT" and cand.kinds
    assert refusal.refused_candidate(_token("Rebels attacked the army base on Monday.",
                                            "attacked")) is None
    assert refusal.refused_candidate(_token("He put the book on the table.", "table")) is None


def test_features_name_the_lemma_refusals_parties_and_object_class(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The lemma, type, refusal kinds, a named subject and the object's WordNet class are read."""
    classes = runtime.WordClasses("noun.communication", (("noun.communication", 1.0),), (), 1, ())
    monkeypatch.setattr(runtime, "word_classes", lambda: {("rumour", "NOUN"): classes,
                                                           ("rumor", "NOUN"): classes})
    tok = _token("Microsoft denied the rumours about its profits.", "denied")
    cand = refusal.refused_candidate(tok)
    assert cand is not None
    feats = refusal.features(tok, cand)
    assert feats["lemma:deny/VERB"] == 1.0 and feats["type:REJECT"] == 1.0
    assert all(f"refused:{kind}" in feats for kind in cand.kinds)
    assert feats["subj_party:True"] == 1.0 and feats["obj_party:False"] == 1.0
    assert feats["objclass:noun.communication"] == 1.0 and feats["obj:noun"] == 1.0


def test_fitted_decision_learns_a_lemma_from_its_rows() -> None:
    """A lemma labelled an event in training scores above one labelled no event."""
    def row(lemma: str, positive: bool) -> object:
        return refusal.Row("x", lemma, "AGREE", {f"lemma:{lemma}/NOUN": 1.0, "type:AGREE": 1.0},
                           positive, "AGREE" if positive else None, 1.0, "")
    train = [row("accord", True)] * 6 + [row("case", False)] * 6 + [row("accord", False)]
    probs = refusal.probabilities(refusal.fit(train), [row("accord", False), row("case", False)])
    assert probs[0] > 0.6 > 0.4 > probs[1]
