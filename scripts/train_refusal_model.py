"""Measure a lemma-aware learned decision for tokens whose every lexicon row refused (T80).

The candidates are the tokens :func:`refused_candidate` accepts: the lemma has event rows for its
part of speech, every row's constraints refused (``choose_rule(tok).refused`` non-empty, no row
held, no blocking row held, the class backoff of T73 gave none) and the refused rows agree on one
PLOVER type. The decision: is the token an event of that type? Features (:func:`features`): the
lemma (one-hot), the refused type, the refusal kinds, the dependency label, whether the subject
and the object are named parties (PERSON/ORG/GPE/NORP or a lexicon sector), and the WordNet
lexicographer class of the object's first sense (T76's table, scripts/wordnet_classes.py).

Data (development sets only; held-out country sets 2-8 are never read), loaded by T76's
scripts/train_trigger_model.py (imported, parses cached in its --cache directory): positives are
labelled triggers of the candidate's type; negatives are candidates in PETR-2 no-event sentences
(weight 1) and unlabelled or other-type candidates of labelled sentences (weight WEAK_WEIGHT).
News articles are not training data.

Evaluation: leave-one-set-out over the six labelled sets (fit without X, score X; the PETR-2
negatives always train). precision = added candidates labelled with the refused type / added (an
unlabelled true event counts as wrong: a lower bound); recall = right added / labelled candidates
of that type.

A clean archive of HEAD with T76's runtime and WordNet classes table (scripts/t76_archive.sh
builds the same in /tmp/t76), then the run (parses cached in /tmp/t76_cache):

    mkdir -p /tmp/t80/plain && git archive HEAD | tar -x -C /tmp/t80/plain
    cp scripts/trigger_model_runtime.py /tmp/t80/plain/newsledger/trigger_model.py
    .venv/bin/python scripts/wordnet_classes.py \
        --out /tmp/t80/plain/newsledger/data/wordnet_classes.tsv
    PYTHONPATH=/tmp/t80/plain .venv/bin/python scripts/train_refusal_model.py [--balanced] [--c C]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from events_news_diff import ARTICLES_PER_SET, NEWS_SETS
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from spacy.tokens import Token
from train_trigger_model import NEGATIVE_SET, SETS, labelled_docs
from trigger_model_runtime import _PARTY_LABELS, _described, _object, _subject, classes_of

from newsledger.evaluate import DEFAULT_DATA_DIR
from newsledger.parse import load_pipeline
from newsledger.trigger_rules import NOT_AN_EVENT
from newsledger.triggers import choose_rule

#: Weight of an unlabelled candidate of a labelled sentence: only one event per row is labelled,
#: so some of these are events nobody labelled.
WEAK_WEIGHT = 0.5
#: Inverse L2 strength of the logistic regression (one-hot lemmas: few rows per lemma).
C = 1.0
#: Thresholds of the pooled table.
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


@dataclass(frozen=True)
class Candidate:
    """A token whose every lexicon row refused, the rows agreeing on one type."""

    pos: str
    type: str
    kinds: tuple[str, ...]  # the constraint kinds that refused, in row order


def refused_candidate(tok: Token) -> Candidate | None:
    """Return the candidate a token is (every row refused, one event type), or None."""
    choice = choose_rule(tok)
    if choice.pos is None or choice.held is not None or choice.rule is not None \
            or not choice.refused:
        return None
    types = {rule.type for rule, _ in choice.refused if rule.type != NOT_AN_EVENT}
    if len(types) != 1:
        return None
    return Candidate(choice.pos, types.pop(), tuple(kind for _, kind in choice.refused))


def _party(arg: Token | None) -> bool:
    """Return whether an argument is a named party (a political entity label or lexicon sector)."""
    if arg is None:
        return False
    if arg.ent_type_ in _PARTY_LABELS:
        return True
    words = [c for c in arg.lefts if c.dep_ in ("compound", "amod")] + [arg]
    return _described(" ".join(w.text for w in words), "")[1] is not None


def features(tok: Token, cand: Candidate) -> dict[str, float]:
    """Return the named features of a candidate token."""
    subj, obj = _subject(tok), _object(tok)
    obj_classes = classes_of(obj, "NOUN") if obj is not None else None
    names = [
        f"lemma:{tok.lemma_.lower()}/{cand.pos}", f"type:{cand.type}", f"pos:{cand.pos}",
        f"dep:{tok.dep_}", f"subj_party:{_party(subj)}", f"obj_party:{_party(obj)}",
        f"obj:{'none' if obj is None else 'pron' if obj.pos_ == 'PRON' else 'noun'}",
        f"objclass:{obj_classes.first if obj_classes is not None else '-'}",
        *(f"refused:{kind}" for kind in cand.kinds),
    ]
    return dict.fromkeys(names, 1.0)


@dataclass(frozen=True)
class Row:
    """One candidate of the table."""

    set: str
    lemma: str
    type: str
    features: dict[str, float]
    positive: bool  # labelled a trigger of the candidate's type
    labelled: str | None  # the labelled type at the token, if any
    weight: float
    context: str


def rows_of(name: str, data_dir: Path, cache_dir: Path) -> list[Row]:
    """Return the candidate rows of one set (parses cached by T76's loader)."""
    rows: list[Row] = []
    for _, doc, gold in labelled_docs(name, data_dir, cache_dir):
        for tok in doc:
            cand = refused_candidate(tok)
            if cand is None:
                continue
            label = gold.get(tok.i)
            positive = label == cand.type
            weight = 1.0 if positive or name == NEGATIVE_SET or label else WEAK_WEIGHT
            sent = tok.sent
            context = sent.text[:tok.idx - sent.start_char] + "[[" + tok.text + "]]" + \
                sent.text[tok.idx - sent.start_char + len(tok.text):]
            rows.append(Row(name, tok.lemma_.lower(), cand.type, features(tok, cand), positive,
                            label, weight, context[:220]))
    return rows


def news_candidates(data_dir: Path) -> None:
    """Print the candidates of the 120 news articles (a count and a list to read, no labels)."""
    nlp = load_pipeline()
    found: list[tuple[str, str, str]] = []
    for name in NEWS_SETS:
        with (data_dir / "news" / f"{name}.jsonl").open(encoding="utf-8") as fh:
            texts = [json.loads(line)["text"] for _, line in zip(range(ARTICLES_PER_SET), fh,
                                                                  strict=False)]
        for doc in nlp.pipe(texts):
            for tok in doc:
                cand = refused_candidate(tok)
                if cand is not None:
                    sent = tok.sent
                    at = tok.idx - sent.start_char
                    found.append((name, cand.type, " ".join(
                        (sent.text[:at] + "[[" + tok.text + "]]" + sent.text[at + len(tok.text):])
                        .split())[:200]))
    print(f"news: {len(found)} candidates in {len(NEWS_SETS) * ARTICLES_PER_SET} articles; "
          f"by type {Counter(t for _, t, _ in found).most_common()}")
    for name, type_, context in found:
        print(f"  {name:17s} {type_:10s} {context}")


def fit(rows: list[Row], balanced: bool = False, c: float = C,
        ) -> tuple[DictVectorizer, LogisticRegression]:
    """Fit the binary logistic regression (is the candidate an event of its type?).

    balanced: weight the classes inversely to their frequency (positives are ~5 %), which moves
    the probabilities up so that a ranking shows at the fixed thresholds.
    """
    vec = DictVectorizer()
    x = vec.fit_transform([r.features for r in rows])
    lr = LogisticRegression(C=c, max_iter=3000, class_weight="balanced" if balanced else None)
    lr.fit(x, [r.positive for r in rows], sample_weight=[r.weight for r in rows])
    return vec, lr


def probabilities(model: tuple[DictVectorizer, LogisticRegression], rows: list[Row]) -> np.ndarray:
    """Return each row's probability of being an event of its type."""
    vec, lr = model
    return np.asarray(lr.predict_proba(vec.transform([r.features for r in rows]))[:, 1])


def main() -> None:
    """Build the candidate table and print the leave-one-set-out figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/t76_cache"))
    parser.add_argument("--show", type=float, default=0.5, help="list added rows at this threshold")
    parser.add_argument("--c", type=float, default=C, help="inverse L2 strength")
    parser.add_argument("--balanced", action="store_true", help="class-balanced weights")
    parser.add_argument("--news", action="store_true",
                        help="only list the candidates of the 120 news articles (to read)")
    args = parser.parse_args()
    if args.news:
        news_candidates(args.data)
        return
    table = {name: rows_of(name, args.data, args.cache) for name in (*SETS, NEGATIVE_SET)}
    print("set            candidates  labelled(any type)  positives(refused type)  lemmas")
    for name, rows in table.items():
        print(f"{name:14s} {len(rows):6d} {sum(r.labelled is not None for r in rows):10d} "
              f"{sum(r.positive for r in rows):18d} {len({r.lemma for r in rows}):14d}")
    negatives = table.pop(NEGATIVE_SET)
    print("kinds refused:", Counter(k.split(":", 1)[1] for rows in table.values() for r in rows
                                    for k in r.features if k.startswith("refused:")).most_common())
    pooled: list[tuple[list[Row], np.ndarray]] = []
    for held in SETS:
        train = [r for s in SETS if s != held for r in table[s]] + negatives
        pooled.append((table[held], probabilities(fit(train, args.balanced, args.c), table[held])))
    print("\nleave-one-set-out, per set: added / right (labelled with the refused type) / "
          "precision / recall of positives")
    print("thr   " + "  ".join(f"{s:>16s}" for s in SETS) + "   pooled")
    for threshold in (0.0, *THRESHOLDS):
        cells, added_all, right_all, pos_all = [], 0, 0, 0
        for rows, probs in pooled:
            added = int((probs >= threshold).sum())
            right = sum(r.positive for r, p in zip(rows, probs, strict=True) if p >= threshold)
            pos = sum(r.positive for r in rows)
            added_all, right_all, pos_all = added_all + added, right_all + right, pos_all + pos
            cells.append(f"{added:4d}/{right:3d} {right / added if added else 0:.2f}/"
                         f"{right / pos if pos else 0:.2f}")
        print(f"{threshold:.1f}  " + "  ".join(f"{c:>16s}" for c in cells) +
              f"   {added_all}/{right_all} P={right_all / added_all if added_all else 0:.2f} "
              f"R={right_all}/{pos_all}")
    ranked = sorted(((p, r) for rows, probs in pooled for r, p in zip(rows, probs, strict=True)),
                    key=lambda pr: -pr[0])
    print("pooled ranking (fold probabilities, highest first): right among the top k: " + ", ".join(
        f"top {k} {sum(r.positive for _, r in ranked[:k])}" for k in (5, 10, 20, 40)))
    seen = Counter(r.lemma for rows in table.values() for r in rows if r.positive)
    print("positives (lemma, set, fold probability, positives of the lemma in all sets):")
    for p, r in ranked:
        if r.positive:
            print(f"  {r.lemma:12s} {r.set:11s} p={p:.2f} {seen[r.lemma]}  {r.context}")
    print(f"\nadded at {args.show} (fold models):")
    for rows, probs in pooled:
        for r, p in zip(rows, probs, strict=True):
            if p >= args.show:
                print(f"  {r.set:11s} {'RIGHT' if r.positive else 'wrong'} p={p:.2f} {r.type:10s}"
                      f" labelled={r.labelled}  {r.context}")


if __name__ == "__main__":
    main()
