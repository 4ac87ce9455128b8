"""A logistic model over binary features, its weights in a JSON file of ``newsledger/data``.

Two stages score candidates this way: the cue finder (:mod:`newsledger.cues`, which cue frame
fires) and the events stage's confidence (:mod:`newsledger.event_confidence`, how likely a coded
event is real and of its type). Each model is fitted offline by a script with scikit-learn
(``scripts/train_cues.py``, ``scripts/train_event_confidence.py``); at run time only the
weights are read, so scikit-learn stays a development dependency.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

#: Scores are clipped to this before the logistic function: exp() of a larger magnitude would
#: overflow, and a probability this close to 0 or 1 is the same for every use here.
MAX_SCORE = 30.0


@dataclass(frozen=True)
class LinearModel:
    """Feature weights, a bias and the firing threshold the training script chose."""

    weights: Mapping[str, float]
    threshold: float
    bias: float = 0.0

    def probability(self, feats: Iterable[str]) -> float:
        """Return the logistic of the bias plus the weights of the features present."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-MAX_SCORE, min(MAX_SCORE, z))))


@lru_cache(maxsize=4)
def load_model(name: str) -> LinearModel:
    """Load a model file of ``newsledger/data`` (keys ``weights``, ``threshold``, ``bias``)."""
    data = json.loads(resources.files("newsledger.data").joinpath(name).read_text("utf-8"))
    return LinearModel(weights=data["weights"], threshold=float(data["threshold"]),
                       bias=float(data.get("bias", 0.0)))
