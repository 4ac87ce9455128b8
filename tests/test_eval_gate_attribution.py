"""Evaluation gate for attribution: the floors reached on PolNeAR dev (issue 3).

Floors are pinned a little under the measured figures (docs/evaluation.md, section attribution);
never lower one silently. Reproduce: ``newsledger eval attribution``. The whole dev split (84
articles) is parsed and scored without the baseline: about 30 s of CPU.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from newsledger.evaluate.attribution import evaluate

#: Measured 2026-11-28 (round 4, T93) on PolNeAR dev (2143 gold attributions): P 0.800, R 0.720,
#: F1 0.7577, source 0.917, cue 0.934 (round 3 code at the start of round 4: P 0.793, R 0.718,
#: F1 0.7536, source 0.915, cue 0.932; see docs/evaluation.md). Round 4 raised every floor to
#: just under its figure: F1 0.75 -> 0.755 (the issue's target 0.75 stays below it), precision
#: 0.785 -> 0.795, recall 0.71 -> 0.715, source 0.91 -> 0.915, cue 0.925 -> 0.93. History: round 3
#: moved the recall floor from 0.715 to 0.71 on purpose (every frame of a listed lemma a
#: candidate traded recall for precision); round 4 brings it back to 0.715.
FLOORS = {
    "precision": 0.795, "recall": 0.715, "f1": 0.755, "source_acc": 0.915, "cue_acc": 0.93,
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
