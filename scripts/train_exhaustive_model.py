"""A lemma-aware learned trigger decision trained on the exhaustive sets, cross-set (T90).

Question: does a classifier that reads the lemma (unlike T76's) generalise across documents
better than hand rules? Data: the four exhaustively labelled development files
(tests/fixtures/events/exhaustive_dev_{a,b}.jsonl, exhaustive_dev2_{c,d}.jsonl); the held-out
exhaustive files are never read. Each sentence is parsed alone and coded by the rules exactly as
scripts/exhaustive_eval.py does (``newsledger.evaluate.events.analyse``).

Rows: every alphabetic token of a content part of speech (MODEL_POS). Label: a sure labelled
trigger starts in the token (exhaustive_eval's match: the label's first character lies in the
token); a token where only an unsure label starts is left out of training and scoring. Features:
lemma, POS, tag, dep, head lemma+dep, child deps, the lexicon's decision (the held row's type, else
the first refusal's constraint kind, else none: ``triggers.choose_rule``), whether the token lies
inside a statement's content, and its ``doc.tensor`` row. Model: T76's ``Fitted`` (logistic
regression, standardised tensor + sparse features seen >= 3 times), two classes; or (--model gb)
small gradient-boosted trees on the same features.

Uses, scored at the sentence level as ``newsledger.evaluate.exhaustive.score_row`` scores:
  ADD  a token the rules do not code becomes an event when p > t (type: the lemma's lexicon row
       type, else the lemma's most frequent labelled type in training, else none is added);
  DROP a coded event whose trigger token has p < t' is removed.
Cross-set only: fit on a+b, test on c+d, and the reverse. t and t' are chosen on the training side
from out-of-fold probabilities of a document-grouped inner CV (INNER_FOLDS folds by source).

    nice .venv/bin/python scripts/train_exhaustive_model.py [--model lr|gb] [--C 0.05] [--show] \
        [--cache DIR]
"""

from __future__ import annotations

import argparse
import pickle
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import numpy as np
import train_trigger_model
from scipy.sparse import csr_matrix, hstack
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.feature_extraction import DictVectorizer
from spacy.tokens import Doc, Token
from train_trigger_model import NO_EVENT, Fitted, Row

from newsledger.actors import build_actors
from newsledger.evaluate.events import parse_texts
from newsledger.evaluate.exhaustive import FIXTURES, Tally, metrics, read_rows, score_row
from newsledger.events import CodedEvent, code_events
from newsledger.parse import load_pipeline
from newsledger.statements import extract_statements
from newsledger.triggers import choose_rule

#: The two sides of the cross-set evaluation (development files only).
SIDES = {"ab": ("exhaustive_dev_a.jsonl", "exhaustive_dev_b.jsonl"),
         "cd": ("exhaustive_dev2_c.jsonl", "exhaustive_dev2_d.jsonl")}
#: Parts of speech a token must have to be a row: every sure label of the four files starts on
#: one of these but a handful (counted and printed as "lost").
MODEL_POS = frozenset({"VERB", "NOUN", "ADJ", "PROPN", "AUX"})
EVENT, NONE = "EVENT", NO_EVENT  # Fitted.best reads every class but NO_EVENT as an event
#: Inner document-grouped folds used to choose the thresholds on the training side.
INNER_FOLDS = 5
#: Thresholds tried for ADD (p > t) and DROP (p < t').
ADD_THRESHOLDS = tuple(round(0.30 + 0.05 * i, 2) for i in range(14))
DROP_THRESHOLDS = tuple(round(0.02 + 0.02 * i, 2) for i in range(15))


#: The gradient-boosting variant (--model gb): small trees, the sklearn defaults' rate.
GB_TREES, GB_DEPTH, GB_RATE = 200, 3, 0.1
MIN_FEATURE_COUNT = 3  # as T76's: a rarer sparse feature only memorises a sentence


class Boosted:
    """The gradient-boosting variant, with Fitted's interface (best) for the rows."""

    def __init__(self, rows: list[Row]) -> None:
        """Fit the trees on the raw tensor rows and the sparse features seen often enough."""
        counts = Counter(f for r in rows for f in r.sparse)
        self.vec = DictVectorizer()
        self.vec.fit([{f: v for f, v in r.sparse.items() if counts[f] >= MIN_FEATURE_COUNT}
                      for r in rows])
        self.mean = np.zeros(len(rows[0].dense))  # tensor width, for the feature names
        self.model = GradientBoostingClassifier(n_estimators=GB_TREES, max_depth=GB_DEPTH,
                                                learning_rate=GB_RATE, random_state=0)
        self.model.fit(self._matrix(rows), [r.label for r in rows])

    def _matrix(self, rows: list[Row]) -> csr_matrix:
        """Return the design matrix: the tensor rows, then the sparse features."""
        return hstack([csr_matrix(np.vstack([r.dense for r in rows])),
                       self.vec.transform([r.sparse for r in rows])]).tocsr()

    def best(self, rows: list[Row]) -> list[tuple[str, float]]:
        """Return each row's event probability, as Fitted.best does for two classes."""
        k = list(self.model.classes_).index(EVENT)
        return [(EVENT, float(p[k])) for p in self.model.predict_proba(self._matrix(rows))]


#: The model family: "lr" (T76's Fitted) or "gb" (Boosted); set from --model.
MODEL = {"family": "lr"}


def fit(rows: list[Row]) -> Fitted | Boosted:
    """Fit the chosen model family on some rows."""
    return Boosted(rows) if MODEL["family"] == "gb" else Fitted(rows, True)


@dataclass
class Sentence:
    """One labelled sentence: its parse, the rules' events and the statements' content spans."""

    source: str
    row: dict[str, Any]
    doc: Doc
    coded: list[CodedEvent]
    content: list[tuple[int, int]]


def load_side(files: Sequence[str], cache: Path) -> list[Sentence]:
    """Parse and code each sentence of some files (cached under cache by file names)."""
    rows = read_rows([FIXTURES / f for f in files])
    path = cache / ("_".join(f.removesuffix(".jsonl") for f in files) + ".pkl")
    nlp = load_pipeline()
    if path.exists():
        texts, blobs, coded, content = pickle.loads(path.read_bytes())
        if texts == [r["sentence"] for r in rows]:
            docs = [Doc(nlp.vocab).from_bytes(b) for b in blobs]
            return [Sentence(r["source"], r, d, c, s)
                    for r, d, c, s in zip(rows, docs, coded, content, strict=True)]
    out = analyse_rows(rows)
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(([s.row["sentence"] for s in out],
                                   [s.doc.to_bytes() for s in out],
                                   [s.coded for s in out], [s.content for s in out])))
    return out


def analyse_rows(rows: Sequence[dict[str, Any]]) -> list[Sentence]:
    """Parse each labelled sentence alone and code it as analyse does, keeping the statements."""
    out = []
    for row, doc in zip(rows, parse_texts([r["sentence"] for r in rows]), strict=True):
        actors = build_actors(doc)
        statements = extract_statements(doc, actors, [])
        coded = code_events(doc, actors, statements, [])
        out.append(Sentence(row["source"], dict(row), doc, coded,
                            [(s.start, s.end) for s in statements]))
    return out


def lexicon_decision(tok: Token) -> str:
    """Return the lexicon's decision: the held row's type, else the first refusal's kind."""
    choice = choose_rule(tok)
    if choice.held is not None:
        return f"row={choice.held.type}"
    if choice.refused:
        return f"refused={choice.refused[0][1]}"
    return "none"


def token_features(tok: Token, content: Sequence[tuple[int, int]]) -> dict[str, float]:
    """Return a token's sparse features (lemma, syntax, lexicon decision, statement content)."""
    feats = {f"lemma={tok.lemma_.lower()}": 1.0, f"pos={tok.pos_}": 1.0, f"tag={tok.tag_}": 1.0,
             f"dep={tok.dep_}": 1.0, f"head={tok.head.lemma_.lower()}|{tok.dep_}": 1.0,
             f"lex={lexicon_decision(tok)}": 1.0,
             f"in_content={any(s <= tok.idx < e for s, e in content)}": 1.0}
    for child in tok.children:
        feats[f"child={child.dep_}"] = 1.0
    return feats


def token_label(tok: Token, events: Sequence[dict[str, Any]]) -> str | None:
    """Return EVENT (a sure label starts here), NONE, or None (only an unsure label starts here)."""
    here = [e for e in events if tok.idx <= int(e["trigger_start"]) < tok.idx + len(tok.text)]
    if any(not e.get("unsure") for e in here):
        return EVENT
    return None if here else NONE


def rows_of(sentences: Sequence[Sentence]) -> tuple[list[Row], list[Token], Counter[str]]:
    """Return the rows of some sentences, their tokens, and counts of sure labels lost by POS."""
    rows: list[Row] = []
    tokens: list[Token] = []
    lost: Counter[str] = Counter()
    for k, sent in enumerate(sentences):
        for tok in sent.doc:
            label = token_label(tok, sent.row["events"])
            if not tok.is_alpha or tok.pos_ not in MODEL_POS:
                if label == EVENT:
                    lost[tok.pos_ if tok.is_alpha else "not alphabetic"] += 1
                continue
            if label is None:
                continue
            rows.append(Row(sent.source, k, tok.lemma_.lower(), sent.doc.tensor[tok.i].copy(),
                            token_features(tok, sent.content), label, 1.0, True))
            tokens.append(tok)
    return rows, tokens, lost


def event_probs(fitted: Fitted | Boosted, rows: list[Row]) -> list[float]:
    """Return each row's probability of being a trigger."""
    return [p for _, p in fitted.best(rows)]


def lemma_types(sentences: Sequence[Sentence]) -> dict[str, str]:
    """Return each labelled trigger lemma's most frequent sure labelled type."""
    counts: dict[str, Counter[str]] = {}
    for sent in sentences:
        for tok in sent.doc:
            for e in sent.row["events"]:
                if not e.get("unsure") and tok.idx <= int(e["trigger_start"]) < tok.idx + len(tok):
                    counts.setdefault(tok.lemma_.lower(), Counter())[str(e["type"])] += 1
    return {lemma: c.most_common(1)[0][0] for lemma, c in counts.items()}


def added_type(tok: Token, types: dict[str, str]) -> str | None:
    """Return an added event's type: the lexicon row's type, else the lemma's labelled type."""
    choice = choose_rule(tok)
    rows = ([choice.held] if choice.held else []) + [r for r, _ in choice.refused]
    typed = [r.type for r in rows if r.type != "-"]
    return typed[0] if typed else types.get(tok.lemma_.lower())


def _fake(start: int, end: int, type_: str) -> CodedEvent:
    """Return an added event in the shape score_row reads (span and type; no sides)."""
    event = SimpleNamespace(start=start, end=end, type=type_, status="asserted",
                            confidence=None)  # an added event: no confidence model ran
    return cast(CodedEvent, SimpleNamespace(event=event, actor_country=None,
                                            recipient_country=None, symmetric=False))


def score(sentences: Sequence[Sentence], tokens: Sequence[Token], probs: Sequence[float],
          types: dict[str, str], add: float | None, drop: float | None) -> dict[str, float]:
    """Return the exhaustive figures of the rules with ADD at add and DROP at drop (None: off)."""
    prob = {(id(t.doc), t.i): p for t, p in zip(tokens, probs, strict=True)}
    tally = Tally()
    for sent in sentences:
        coded = list(sent.coded)
        if drop is not None:
            coded = [c for c in coded if prob.get(_key(sent.doc, c.event.start), 1.0) >= drop]
        if add is not None:
            spans = [(c.event.start, c.event.end) for c in sent.coded]
            for tok in sent.doc:
                if any(s <= tok.idx < e for s, e in spans) \
                        or prob.get((id(sent.doc), tok.i), 0.0) <= add:
                    continue
                type_ = added_type(tok, types)
                if type_ is not None:
                    coded.append(_fake(tok.idx, tok.idx + len(tok), type_))
        score_row(sent.row, coded, tally)
    return metrics(tally)


def _key(doc: Doc, start: int) -> tuple[int, int]:
    """Return the probability key of the token a coded event starts in."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return id(doc), -1 if span is None else span[0].i


def inner_probs(rows: list[Row]) -> list[float]:
    """Return out-of-fold probabilities, folds grouping the rows by document (source)."""
    sources = sorted({r.set for r in rows})
    fold = {s: i % INNER_FOLDS for i, s in enumerate(sources)}
    probs = np.zeros(len(rows))
    for f in range(INNER_FOLDS):
        train = [r for r in rows if fold[r.set] != f]
        test = [i for i, r in enumerate(rows) if fold[r.set] == f]
        probs[test] = event_probs(fit(train), [rows[i] for i in test])
    return [float(p) for p in probs]


def choose(sentences: Sequence[Sentence], tokens: Sequence[Token], probs: Sequence[float],
           types: dict[str, str]) -> tuple[float | None, float | None]:
    """Choose t (ADD) and t' (DROP) maximising the training side's out-of-fold F1 (None: off).

    A use whose best threshold does not beat the rules alone there is switched off.
    """
    base = score(sentences, tokens, probs, types, None, None)["trigger_f1"]
    f1_add = {t: score(sentences, tokens, probs, types, t, None)["trigger_f1"]
              for t in ADD_THRESHOLDS}
    f1_drop = {t: score(sentences, tokens, probs, types, None, t)["trigger_f1"]
               for t in DROP_THRESHOLDS}
    t_add = max(f1_add, key=lambda t: (f1_add[t], t))
    t_drop = max(f1_drop, key=lambda t: (f1_drop[t], -t))
    return (t_add if f1_add[t_add] > base else None, t_drop if f1_drop[t_drop] > base else None)


def top_features(fitted: Fitted | Boosted, n: int = 20) -> list[tuple[str, float]]:
    """Return the n heaviest features: signed weight toward EVENT (lr) or importance (gb)."""
    names = [f"tensor_{i}" for i in range(len(fitted.mean))] + list(
        fitted.vec.get_feature_names_out())
    if isinstance(fitted, Boosted):
        weights = fitted.model.feature_importances_
    else:
        weights = fitted.lr.coef_[0] * (1 if fitted.lr.classes_[1] == EVENT else -1)
    order = np.argsort(-np.abs(weights))[:n]
    return [(names[i], float(weights[i])) for i in order]


def changes(sentences: Sequence[Sentence], tokens: Sequence[Token], probs: Sequence[float],
            types: dict[str, str], add: float | None, drop: float | None) -> list[str]:
    """Return one line per event ADD adds or DROP removes, with its label, for reading."""
    lines = []
    for sent, tok, p in zip([_sentence_of(sentences, t) for t in tokens], tokens, probs,
                            strict=True):
        coded = [c for c in sent.coded if _key(sent.doc, c.event.start)[1] == tok.i]
        spans = [(c.event.start, c.event.end) for c in sent.coded]
        label = token_label(tok, sent.row["events"])
        if drop is not None and coded and p < drop:
            lines.append(f"DROP {tok.text} {coded[0].event.type} p={p:.2f} label={label} "
                         f"| {sent.doc.text}")
        elif add is not None and p > add and not any(s <= tok.idx < e for s, e in spans):
            type_ = added_type(tok, types)
            if type_ is not None:
                lines.append(f"ADD {tok.text} {type_} p={p:.2f} label={label} | {sent.doc.text}")
    return lines


def _sentence_of(sentences: Sequence[Sentence], tok: Token) -> Sentence:
    """Return the sentence a token's parse belongs to."""
    return next(s for s in sentences if s.doc is tok.doc)


def direction(train: list[Sentence], test: list[Sentence], name: str, show: bool) -> None:
    """Fit on one side, choose thresholds by inner CV there, and print the test side's rows."""
    train_rows, train_tokens, lost = rows_of(train)
    test_rows, test_tokens, test_lost = rows_of(test)
    types = lemma_types(train)
    print(f"\n== {name}: {len(train_rows)} training rows "
          f"({sum(r.label == EVENT for r in train_rows)} triggers; sure labels lost by POS "
          f"{dict(lost)}), test lost {dict(test_lost)}")
    inner = inner_probs(train_rows)
    t_add, t_drop = choose(train, train_tokens, inner, types)
    best_add = max(ADD_THRESHOLDS, key=lambda t: score(train, train_tokens, inner, types, t,
                                                         None)["trigger_f1"])
    best_drop = max(DROP_THRESHOLDS, key=lambda t: score(train, train_tokens, inner, types, None,
                                                           t)["trigger_f1"])
    for label, add, drop in (("rules", None, None), (f"rules+ADD t={best_add}", best_add, None),
                             (f"rules+DROP t'={best_drop}", None, best_drop)):
        m = score(train, train_tokens, inner, types, add, drop)
        print(f"  training side, out-of-fold, {label}: P {m['trigger_precision']:.3f} "
              f"R {m['trigger_recall']:.3f} F1 {m['trigger_f1']:.3f}")
    print(f"chosen on the training side: t={t_add} t'={t_drop} (None: off, no gain there)")
    fitted = fit(train_rows)
    probs = event_probs(fitted, test_rows)
    print("test side        P      R      F1")
    for label, add, drop in (("rules", None, None), ("rules+ADD", t_add, None),
                             ("rules+DROP", None, t_drop), ("rules+ADD+DROP", t_add, t_drop)):
        m = score(test, test_tokens, probs, types, add, drop)
        print(f"{label:15s} {m['trigger_precision']:.3f}  {m['trigger_recall']:.3f}  "
              f"{m['trigger_f1']:.3f}")
    if show:
        for line in changes(test, test_tokens, probs, types, t_add, t_drop):
            print("  " + line)
    print("20 most weighted features (lr: weight toward a trigger; gb: importance):")
    for feat, w in top_features(fitted):
        print(f"  {w:+.3f} {feat}")


def main(argv: list[str] | None = None) -> int:
    """Run both directions of the cross-set evaluation."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/t90_cache"))
    parser.add_argument("--C", type=float, default=train_trigger_model.C_TENSOR,
                        help="inverse L2 strength (default T76's, tuned there with tensors)")
    parser.add_argument("--model", choices=("lr", "gb"), default="lr",
                        help="logistic regression (T76's Fitted) or gradient boosting")
    parser.add_argument("--show", action="store_true",
                        help="list every event ADD adds and DROP removes on the test side")
    args = parser.parse_args(argv)
    # Fitted reads its strength from this module constant; the variant runs set it here.
    train_trigger_model.C_TENSOR = args.C
    MODEL["family"] = args.model
    sides = {name: load_side(files, args.cache) for name, files in SIDES.items()}
    direction(sides["ab"], sides["cd"], "train a+b, test c+d", args.show)
    direction(sides["cd"], sides["ab"], "train c+d, test a+b", args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
