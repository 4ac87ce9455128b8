"""Train newsledger/data/cues_model.json, the scorer of candidate cues, on PolNeAR train.

Run scripts/derive_cues.py first (it writes the candidate lexicon cues.tsv). Every candidate
(a token and a frame, newsledger.cues.candidates) of every PolNeAR *train* article is labelled 1
when its content matches a gold attribution cued by that token (content-token F1 >= 0.5, the
evaluation's rule) and a logistic regression (scikit-learn, L2) is fitted on the binary features of
newsledger.cues.features. Dev is never read here.

    .venv/bin/python scripts/train_cues.py [DATA] [--cache train.spacy] [--hold-out-every K]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from polnear_train import add_arguments, cue_tokens, training_articles
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from newsledger.cues import candidates, features
from newsledger.statements import content_span

#: Features seen fewer times than this are dropped (they only memorise single articles).
MIN_FEATURE_COUNT = 3
#: Inverse L2 strength: chosen on a train hold-out (every 6th article), not on dev.
C = 0.2
#: Default firing threshold, chosen on the same train hold-out for the pipeline's F1.
THRESHOLD = 0.35

OUT = Path(__file__).resolve().parents[1] / "newsledger" / "data" / "cues_model.json"


def main() -> None:
    """Build the candidate table, fit the model and write its weights."""
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--c", type=float, default=C, help="inverse L2 strength")
    args = parser.parse_args()
    rows, docs = training_articles(args)
    samples: list[list[str]] = []
    labels: list[int] = []
    for cand in cue_tokens(rows, docs):
        token = cand.token
        in_quote = any(q.start <= token.idx < q.end for q in cand.quotes)
        for frame, span in candidates(token).items():
            start, _, end = content_span(token.doc, cand.text, span, token, cand.quotes)
            samples.append(features(token, frame, span, in_quote))
            labels.append(int(cand.matches(start, end)))
    counts = Counter(f for feats in samples for f in feats)
    keep = {f for f, n in counts.items() if n >= MIN_FEATURE_COUNT}
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([{f: 1 for f in feats if f in keep} for feats in samples])
    fitted = LogisticRegression(C=args.c, fit_intercept=False, max_iter=2000).fit(matrix, labels)
    weights = {
        name: round(float(w), 4)
        for name, w in zip(vectorizer.get_feature_names_out(), fitted.coef_[0], strict=True)
        if abs(w) >= 1e-3
    }
    OUT.write_text(json.dumps({
        "provenance": (
            "Logistic regression over newsledger.cues.features, fitted by scripts/train_cues.py "
            "on networkdynamics/PolNeAR@c3eee83 train (research use; "
            f"{len(rows)} articles, {len(labels)} candidates, {sum(labels)} positive); "
            f"C={args.c}, features seen >= {MIN_FEATURE_COUNT} times. Dev not used."
        ),
        "threshold": args.threshold,
        "weights": dict(sorted(weights.items())),
    }, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(labels)} candidates, {sum(labels)} positive, {len(weights)} weights -> {OUT}")


if __name__ == "__main__":
    main()
