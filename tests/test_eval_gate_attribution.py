"""Evaluation gate for attribution: the floors reached on PolNeAR dev (issue 3).

Floors are pinned a little under the measured figures (docs/evaluation.md, section attribution);
never lower one silently. Reproduce: ``newsledger eval attribution``. The whole dev split (84
articles) is parsed and scored without the baseline: about 30 s of CPU.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from newsledger.evaluate.attribution import evaluate

#: Measured 2026-11-27 on PolNeAR dev (2143 gold attributions): P 0.760, R 0.725, F1 0.742,
#: source 0.913, cue 0.926 (see docs/evaluation.md). Recall, F1, cue raised; the precision floor
#: moved from 0.765 to 0.75 on purpose: the long-tail cues (derive_cues.py MIN_HITS 1) trade
#: 0.018 of precision for 0.021 of recall, a net F1 gain on the train hold-out and on dev.
FLOORS = {
    "precision": 0.75, "recall": 0.715, "f1": 0.735, "source_acc": 0.905, "cue_acc": 0.92,
}
#: sha256 of polnear-dev.jsonl, so a change of the gold data is noticed (re-measure, re-pin).
DEV_SHA256 = "f5293a4f5e1c77076b6a72aad0ab890a5ee71000d0c08930160bb322d53a9c2f"


def test_polnear_dev_floors(shared_data: Path) -> None:
    path = shared_data / "attribution" / "polnear-dev.jsonl"
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert digest == DEV_SHA256, "the PolNeAR dev data changed: re-measure the floors"
    report = evaluate(shared_data, baseline=False)
    for metric, floor in FLOORS.items():
        assert report.score("newsledger", "polnear-dev", metric) >= floor, metric
