"""Evaluation gate for attribution: the floors reached on PolNeAR dev (issue 3).

Floors are pinned a little under the measured figures (docs/evaluation.md, section attribution);
never lower one silently. Reproduce: ``newsledger eval attribution``. The whole dev split (84
articles) is parsed and scored without the baseline: about 30 s of CPU.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from newsledger.evaluate.attribution import evaluate

#: Measured 2026-11-27 (round 3) on PolNeAR dev (2143 gold attributions): P 0.793, R 0.716,
#: F1 0.7525, source 0.915, cue 0.931 (see docs/evaluation.md). Precision, F1, source and cue
#: floors raised. The recall floor moved from 0.715 to 0.71 on purpose and in the open: round 3
#: made every frame of a listed lemma a candidate (cues.candidates), which the train hold-outs
#: chose for F1 (+0.012 and +0.003) and which trades recall (dev 0.728 -> 0.716) for precision
#: (0.774 -> 0.793); 0.715 would leave a margin of 0.001. The F1 floor is the issue's target
#: itself (0.75), so a change that takes the figure back under the target fails the build.
FLOORS = {
    "precision": 0.785, "recall": 0.71, "f1": 0.75, "source_acc": 0.91, "cue_acc": 0.925,
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
