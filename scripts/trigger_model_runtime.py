"""A learned trigger classifier for words no lexicon row takes (T76, issue 4: coverage).

The trigger lexicon (``data/plover_triggers.tsv``) codes the words its writers met; the next
article words the same act with another word ("pummelled", "a crackdown"). :func:`model_rule`
decides, for a VERB or NOUN token whose lemma has no row or whose every row refused (no row
holds, none blocks: the caller checks), whether it names a PLOVER event and of which type.

The features generalise across words by construction: **no feature is the lemma or the word
form** (telling words apart is the lexicon's job, and a lemma weight would only memorise the
training words). They are the token's contextual vector (``doc.tensor``, 96-d, en_core_web_sm)
and those of its head, subject and object; its dependency label, tag and voice; what its subject
and object are (person, state, armed body, group, thing: spaCy labels and
:func:`newsledger.lexicon.describe`); and the WordNet 3.0 lexical classes of its lemma
(lexicographer files, top hypernyms of the first sense) from ``data/wordnet_classes.tsv``
(generated offline by scripts/wordnet_classes.py; WordNet is never read at run time).

The multinomial logistic model (``data/trigger_model.json``, fitted by
scripts/train_trigger_model.py) is applied with numpy alone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np
from spacy.tokens import Token

from newsledger.lexicon import STATE_SECTORS, describe
from newsledger.trigger_rules import NOT_AN_EVENT, TriggerRule, rules

#: The class of "no event" in the model's output.
NO_EVENT = "NONE"

#: Parts of speech the classifier reads (the lexicon's reading of the token).
MODEL_POS = frozenset({"VERB", "NOUN"})

#: Width of ``doc.tensor`` in en_core_web_sm 3.8 (its tok2vec output): one slot per vector read.
TENSOR_WIDTH = 96

#: Vectors read: the token, its head, its subject, its object (zeros when absent).
DENSE_SLOTS = ("tok", "head", "subj", "obj")
DENSE_DIM = TENSOR_WIDTH * len(DENSE_SLOTS)

#: Pronouns that name people: a subject "he" or "they" acting is a person or group.
_PERSON_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})

#: Sectors of armed bodies (describe's codes): an armed doer makes a violent reading likely.
_ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "CRM", "COP", "SPY"})

#: Named-entity labels of political participants.
_PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})

#: Arguments of a noun trigger: its possessor or by-phrase does it, its of-phrase undergoes it.
_NOUN_DOER_PREPS = frozenset({"by", "from"})
_NOUN_OBJECT_PREPS = frozenset({"of", "on", "against", "with"})

#: Bucket bounds of a lemma's WordNet sense count: a word of one or two senses is specific.
_SENSE_BUCKETS = ((1, "1"), (3, "2-3"), (8, "4-8"), (10_000, "9+"))


@dataclass(frozen=True)
class WordClasses:
    """The WordNet 3.0 classes of one lemma and part of speech (a row of wordnet_classes.tsv)."""

    first: str  # lexicographer file of the first sense
    shares: tuple[tuple[str, float], ...]  # share of senses per lexicographer file
    hypernyms: tuple[str, ...]  # top hypernyms of the first sense
    senses: int
    near: tuple[str, ...]  # one-word synonyms and direct hypernyms of the first senses


@lru_cache(maxsize=1)
def word_classes() -> dict[tuple[str, str], WordClasses]:
    """Return the WordNet classes table keyed by (lemma, pos)."""
    text = resources.files("newsledger.data").joinpath("wordnet_classes.tsv").read_text("utf-8")
    table: dict[tuple[str, str], WordClasses] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, pos, first, shares, hyper, senses, near = line.split("\t")
        pairs = tuple((name, float(share)) for name, _, share in
                      (part.partition(":") for part in shares.split("|")))
        hypernyms = () if hyper == "-" else tuple(hyper.split("|"))
        table[(lemma, pos)] = WordClasses(first, pairs, hypernyms, int(senses),
                                          () if near == "-" else tuple(near.split("|")))
    return table


@dataclass(frozen=True)
class TriggerModel:
    """A multinomial logistic model over :func:`features`; weights in data/trigger_model.json."""

    classes: tuple[str, ...]
    threshold: float
    dense_mean: np.ndarray  # (DENSE_DIM,) standardisation of the dense features
    dense_scale: np.ndarray
    dense_weights: np.ndarray  # (classes, DENSE_DIM)
    sparse_weights: dict[str, np.ndarray]  # feature -> (classes,)
    bias: np.ndarray  # (classes,)

    def probabilities(self, dense: np.ndarray, sparse: dict[str, float]) -> np.ndarray:
        """Return the class probabilities of one token's features."""
        z = self.dense_weights @ ((dense - self.dense_mean) / self.dense_scale) + self.bias
        for name, value in sparse.items():
            weights = self.sparse_weights.get(name)
            if weights is not None:
                z = z + value * weights
        z = np.exp(z - z.max())
        return np.asarray(z / z.sum())


@lru_cache(maxsize=1)
def model() -> TriggerModel:
    """Load the classifier fitted by scripts/train_trigger_model.py."""
    raw = resources.files("newsledger.data").joinpath("trigger_model.json").read_text("utf-8")
    return model_from_json(json.loads(raw))


def model_from_json(data: dict[str, object]) -> TriggerModel:
    """Build a :class:`TriggerModel` from its JSON form (the training script writes it)."""
    sparse = data["sparse_weights"]
    assert isinstance(sparse, dict)
    return TriggerModel(
        classes=tuple(data["classes"]),  # type: ignore[arg-type]
        threshold=float(data["threshold"]),  # type: ignore[arg-type]
        dense_mean=np.asarray(data["dense_mean"], dtype=float),
        dense_scale=np.asarray(data["dense_scale"], dtype=float),
        dense_weights=np.asarray(data["dense_weights"], dtype=float),
        sparse_weights={k: np.asarray(v, dtype=float) for k, v in sparse.items()},
        bias=np.asarray(data["bias"], dtype=float),
    )


def _subject(tok: Token) -> Token | None:
    """Return the token's doer (a verb's subject or by-agent; a noun's possessor or by-phrase)."""
    for child in tok.children:
        if child.dep_ in ("nsubj", "nsubjpass", "poss"):
            return child
        if child.dep_ == "agent" or (tok.pos_ != "VERB" and child.dep_ == "prep"
                                     and child.lower_ in _NOUN_DOER_PREPS):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    if tok.dep_ in ("conj", "xcomp", "advcl") and tok.head is not tok:
        return next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def _object(tok: Token) -> Token | None:
    """Return the token's object: a direct object, else a prepositional object."""
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), None)
    if obj is not None:
        return obj
    for child in tok.children:
        if child.dep_ == "prep" and (tok.pos_ == "VERB" or child.lower_ in _NOUN_OBJECT_PREPS):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


@lru_cache(maxsize=4096)
def _described(text: str, label: str) -> tuple[str, str | None, str | None]:
    """Return describe's kind, sector and country of a phrase (cached: names recur)."""
    traits = describe(text, label or None)
    return traits.kind, traits.sector, traits.country


def _argument_features(name: str, arg: Token | None) -> list[str]:
    """Return what an argument is: a person, state, armed body, group, thing, or none."""
    if arg is None:
        return [f"{name}:none"]
    if arg.lower_ in _PERSON_PRONOUNS:
        return [f"{name}:pron"]
    words = [c for c in arg.lefts if c.dep_ in ("compound", "amod")] + [arg]
    label = arg.ent_type_ if arg.ent_type_ in _PARTY_LABELS else ""
    kind, sector, country = _described(" ".join(w.text for w in words), label)
    feats = [f"{name}:ent:{arg.ent_type_ or '-'}", f"{name}:kind:{kind}"]
    if sector in _ARMED_SECTORS:
        feats.append(f"{name}:armed")
    if sector in STATE_SECTORS or (country is not None and kind == "country"):
        feats.append(f"{name}:state")
    if kind == "unknown" and not label:
        feats.append(f"{name}:thing")
    return feats


def _bucket(senses: int) -> str:
    """Return the sense-count bucket of a lemma."""
    return next(label for top, label in _SENSE_BUCKETS if senses <= top)


def classes_of(tok: Token, pos: str) -> WordClasses | None:
    """Return the WordNet classes of a token's lemma (then its form) for a part of speech."""
    table = word_classes()
    return table.get((tok.lemma_.lower(), pos)) or table.get((tok.lower_, pos))


def features(tok: Token, pos: str, classes: WordClasses) -> tuple[np.ndarray, dict[str, float]]:
    """Return a candidate's dense (contextual vectors) and sparse (named) features.

    No feature is the lemma or the word form: only its context and its WordNet classes, so
    the model generalises to words neither the lexicon nor the training data contain.
    """
    doc = tok.doc
    subj, obj = _subject(tok), _object(tok)
    head = tok.head if tok.head is not tok else None
    dense = np.zeros(DENSE_DIM)
    for slot, other in enumerate((tok, head, subj, obj)):
        if other is not None and doc.tensor.shape[0] > other.i:
            dense[slot * TENSOR_WIDTH:(slot + 1) * TENSOR_WIDTH] = doc.tensor[other.i]
    names = [
        "bias", f"pos:{pos}", f"dep:{tok.dep_}", f"tag:{tok.tag_}",
        f"head:{head.pos_ if head is not None else 'ROOT'}",
        f"neg:{any(c.dep_ == 'neg' for c in tok.children)}",
        f"passive:{any(c.dep_ in ('nsubjpass', 'auxpass') for c in tok.children)}",
        f"ent:{tok.ent_type_ or '-'}", f"wn1:{classes.first}",
        f"senses:{_bucket(classes.senses)}",
        *(f"hyper:{h}" for h in classes.hypernyms),
        *_argument_features("subj", subj), *_argument_features("obj", obj),
    ]
    sparse = dict.fromkeys(names, 1.0)
    for lexname, share in classes.shares:
        sparse[f"wns:{lexname}"] = share
    sparse.update(near_types(classes.near, pos))
    return dense, sparse


@lru_cache(maxsize=8192)
def near_types(near: tuple[str, ...], pos: str) -> dict[str, float]:
    """Return the share of a lemma's WordNet near words the trigger lexicon gives each type.

    A class-level cue, not the word: "pummel" is near "hit", which the lexicon codes ASSAULT.
    Every type of a near word's rows counts (constraints are not read: there is no parse).
    """
    out: dict[str, float] = {}
    if not near:
        return {"near:none": 1.0}
    table = rules()
    for word in near:
        types = {r.type for r in table.get((word, pos), ()) if r.type != NOT_AN_EVENT}
        for type_ in types:
            out[f"near:{type_}"] = out.get(f"near:{type_}", 0.0) + 1.0 / len(near)
    if not out:
        out["near:none"] = 1.0
    return out


def predict(tok: Token, pos: str) -> tuple[str, float] | None:
    """Return a candidate's most probable event type and its probability.

    None: the lemma has no WordNet class, so it is no candidate.
    """
    classes = classes_of(tok, pos)
    if classes is None:
        return None
    scorer = model()
    probs = scorer.probabilities(*features(tok, pos, classes))
    best = max((i for i, c in enumerate(scorer.classes) if c != NO_EVENT), key=lambda i: probs[i])
    return scorer.classes[best], float(probs[best])


def model_rule(tok: Token, pos: str) -> TriggerRule | None:
    """Return the rule the learned classifier gives a token no lexicon row takes, or None.

    The caller calls it only when no row holds and none blocks. The rule has the predicted
    type, no mode, context or constraints, and the default roles ("-": the subject, or a noun's
    possessor or by-phrase, acts on the object).
    """
    if pos not in MODEL_POS or tok.ent_type_ in _PARTY_LABELS or not tok.is_alpha:
        return None  # a name is a participant, not an act
    guess = predict(tok, pos)
    if guess is None or guess[1] < model().threshold:
        return None
    return TriggerRule(tok.lemma_.lower(), pos, guess[0], None, (), (), "-")
