"""Fit newsledger's plain-text boilerplate classifier (newsledger/data/boilerplate_model.json).

    .venv/bin/python bench/train_boilerplate.py [--data DIR]

Training data: the *tuning* half (newsledger.evaluate.boilerplate.is_tuning) of the ScrapingHub
article-extraction-benchmark pages (MIT annotations) and of the WCXB dev pages (CC BY 4.0), each
rendered to text with html-text. A unit is labelled body when it is a line of the gold text or
when most of its 4-token shingles occur in the gold text. Cropped pages and bare gold bodies are
added as variants (see _variants). Gradient-boosted trees (scikit-learn, a
build-time tool only) are fitted on newsledger.boilerplate.unit_features; the two keep-thresholds
are then chosen on the same tuning pages by the benchmarks' own F1. The held-out half is never
read here: bench/boilerplate.py reports both halves.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import statistics
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.ensemble import GradientBoostingClassifier

from newsledger import boilerplate as bp
from newsledger.evaluate import DEFAULT_DATA_DIR
from newsledger.evaluate import boilerplate as ev

OUT = Path(__file__).resolve().parents[1] / "newsledger" / "data" / "boilerplate_model.json"
TOKEN = re.compile(r"\w+")
SHINGLE_SHARE = 0.5  # a long unit is body when at least half its shingles are gold shingles
N_TREES = 150  # boosting rounds: enough for the ~40 features, small enough to ship as JSON
TREE_DEPTH = 3  # interactions of three features (e.g. short line x no prose after x repeated)
RATE = 0.1  # shrinkage of each tree (scikit-learn's default)
CROP_MARGIN = 3  # cropped training variants keep 0-3 lines of furniture around the body
MIN_LEAF = 20  # units per leaf at least: no leaf may describe a handful of lines of one page
#: Further boilerplate sets (whole; they are never reported) rendered the same way: more sites,
#: so that the trees learn less of the ScrapingHub and WCXB sites' own furniture.
EXTRA_SETS = ("readability_testpages", "newspaper4k_fixtures")


def labels(units: list[str], gold: str) -> list[int]:
    """Label each unit 1 (body) or 0 (boilerplate) against the gold text."""
    gold_lines = {bp.normalise(x).lower() for x in gold.splitlines() if x.strip()}
    tokens = TOKEN.findall(gold.lower())
    gold_sh = Counter(tuple(tokens[i:i + 4]) for i in range(max(0, len(tokens) - 3)))
    out = []
    for unit in units:
        low = unit.lower()
        if low in gold_lines:
            out.append(1)
            continue
        toks = TOKEN.findall(low)
        if len(toks) < 4:
            out.append(0)
            continue
        sh = [tuple(toks[i:i + 4]) for i in range(len(toks) - 3)]
        out.append(int(sum(s in gold_sh for s in sh) / len(sh) >= SHINGLE_SHARE))
    return out


def _tree(tree: Any) -> dict[str, list[Any]]:
    """Export one fitted scikit-learn regression tree as parallel node arrays."""
    return {
        "feature": [int(f) if left >= 0 else -1
                    for f, left in zip(tree.feature, tree.children_left, strict=True)],
        "threshold": [round(float(t), 6) for t in tree.threshold],
        "left": [int(v) for v in tree.children_left],
        "right": [int(v) for v in tree.children_right],
        "value": [round(float(v), 6) for v in tree.value[:, 0, 0]],
    }


def _model(draft: dict[str, Any], params: dict[str, float]) -> bp.Model:
    """Build a model from fitted trees and region parameters (defaults for the first pass)."""
    trees = tuple(
        bp.Tree(tuple(t["feature"]), tuple(t["threshold"]), tuple(t["left"]), tuple(t["right"]),
                tuple(t["value"]))
        for t in draft["trees"]
    )
    return bp.Model(
        tuple(draft["features"]), trees, draft["bias"], draft["rate"],
        params.get("body_threshold", 0.5),
        params.get("outside_threshold", 0.5), params.get("neutral", 0.5),
        params.get("relative", 1.0), "draft",
    )


def _tuning_f1(docs: list[Any], probs_by_doc: list[list[float]], m: bp.Model) -> float:
    """Mean over the two sets of the benchmark F1 of region selection on the tuning pages."""
    f1s = []
    for set_name in ev.SETS:
        pages, outs = [], []
        for (page, units, _rows, _), probs in zip(docs, probs_by_doc, strict=True):
            if page.set != set_name:
                continue
            keep = bp.select_body(units, probs, m)
            pages.append(page)
            outs.append("\n".join(u for u, k in zip(units, keep, strict=True) if k))
        f1s.append(ev.score_outputs(pages, outs)["f1"])
    return statistics.mean(f1s)


def _variants(docs: list[Any]) -> list[Any]:
    """Add the texts a user hands over more often than whole pages: pages cropped to a few lines
    around the body, and the bare gold body (for every other page; its first 1-4 units for the
    rest), all of whose lines are body.

    Without them the classifier learns that the last lines of a text are always a footer.
    """
    out = []
    for page, units, _rows, labs in docs:
        if 1 not in labs:
            continue
        first, last = labs.index(1), len(labs) - 1 - labs[::-1].index(1)
        margin = int(hashlib.sha1(page.id.encode()).hexdigest(), 16) % (CROP_MARGIN + 1)
        cropped = units[max(0, first - margin):last + 1 + margin]
        out.append((page, cropped, bp.unit_features(cropped), labels(cropped, page.gold)))
        bare = bp.split_units(page.gold)
        if not page.id.endswith(("0", "2", "4", "6", "8", "a", "c", "e")):
            # Short texts (a few paragraphs, pasted by hand) are body too.
            bare = bare[:1 + margin]
        if bare:
            out.append((page, bare, bp.unit_features(bare), [1] * len(bare)))
    return out


def main() -> None:
    """Fit the model on the tuning pages and write it with its provenance."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    docs = []  # (page, units, rows, labels)
    for set_name in ev.SETS + EXTRA_SETS:
        for page in ev.load_pages(args.data, set_name):
            if set_name in ev.SETS and not page.tuning:
                continue
            units = bp.split_units(ev.render_text(page.html))
            if not units:
                continue
            docs.append((page, units, bp.unit_features(units), labels(units, page.gold)))
    fit_docs = docs + _variants(docs)
    names = sorted(docs[0][2][0])
    x = np.array([[row[k] for k in names] for d in fit_docs for row in d[2]])
    y = np.array([lab for d in fit_docs for lab in d[3]])
    # Weight units by their length: the benchmarks count tokens, not lines.
    w = np.array([np.log1p(len(TOKEN.findall(u))) + 0.5 for d in fit_docs for u in d[1]])
    clf = GradientBoostingClassifier(
        n_estimators=N_TREES, max_depth=TREE_DEPTH, learning_rate=RATE, subsample=0.8,
        min_samples_leaf=MIN_LEAF, random_state=0,
    )
    clf.fit(x, y, sample_weight=w)
    prior = float(np.log(np.average(y, weights=w) / (1 - np.average(y, weights=w))))
    draft: dict[str, Any] = {
        "features": names, "bias": prior, "rate": RATE,
        "trees": [_tree(est[0].tree_) for est in clf.estimators_],
    }
    # The exported trees must reproduce scikit-learn's own probabilities.
    check = bp.body_probabilities(docs[0][1], _model(draft, {}))
    assert np.allclose(check, clf.predict_proba(x[:len(check)])[:, 1], atol=1e-4)
    probs_by_doc = [bp.body_probabilities(d[1], _model(draft, {})) for d in docs]
    # Coordinate search of the region and keep parameters on the tuning pages (two rounds).
    params = {"neutral": 0.5, "relative": 1.0, "body_threshold": 0.2, "outside_threshold": 0.8}
    grid = {
        "neutral": (0.15, 0.2, 0.25, 0.3, 0.4, 0.5),
        "relative": (0.3, 0.5, 0.7, 1.0),
        "body_threshold": (0.02, 0.05, 0.1, 0.2, 0.3, 0.4),
        "outside_threshold": (0.6, 0.7, 0.8, 0.9, 0.95, 1.01),
    }
    best = _tuning_f1(docs, probs_by_doc, _model(draft, params))
    for _round in range(1):
        for key, values in grid.items():
            for value in values:
                trial = {**params, key: value}
                score = _tuning_f1(docs, probs_by_doc, _model(draft, trial))
                print(f"{trial}: {score:.4f}", flush=True)
                if score > best:
                    best, params = score, trial
    draft.update(params)
    draft["provenance"] = (
        "Gradient-boosted trees over newsledger.boilerplate.unit_features, fitted by "
        "bench/train_boilerplate.py on the tuning half of the ScrapingHub article-extraction-"
        "benchmark pages (MIT) and the WCXB dev pages (CC BY 4.0, Foley 2026) rendered with "
        f"html-text; {len(y)} units from {len(docs)} pages. Thresholds chosen on the same pages."
    )
    args.out.write_text(json.dumps(draft, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} (tuning F1, mean of the two sets: {best:.4f})")


if __name__ == "__main__":
    main()
