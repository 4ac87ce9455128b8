"""Evaluation gate for dates: the floors reached on MEANTIME (and TBAQ, marked slow).

Floors are pinned a little under the measured figures (docs/evaluation.md, section dates);
never lower one silently. Reproduce: ``newsledger eval dates``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.evaluate.dates import evaluate

#: Measured 2026-11-27, round 4 (newsledger, MEANTIME, 265 gold DATEs): precision 0.958, recall
#: 0.811, value_acc 0.893 (201 of the 225 expressible gold values; dev half 0.920, test half
#: 0.860), value_acc_all 0.758 (round 3: 0.958, 0.808, 0.880, 0.747; round 2: 0.956, 0.804, 0.876,
#: 0.743; round 1: 0.960, 0.796, 0.867, 0.736). value_acc is pinned at what round 4 reaches,
#: 0.893 (the issue's target is 0.88): losing one value fails the gate.
MEANTIME_FLOORS = {"precision": 0.95, "recall": 0.81, "value_acc": 0.893, "value_acc_all": 0.75}
#: Measured on TimeBank + AQUAINT (1505 gold DATEs), round 4: precision 0.965, recall 0.879,
#: value_acc 0.926 (round 3: 0.961, 0.874, 0.916; round 2: 0.962, 0.872, 0.910; round 1: 0.964,
#: 0.856, 0.889).
TBAQ_FLOORS = {"precision": 0.96, "recall": 0.875, "value_acc": 0.92}
#: The number of MEANTIME files (118 of the 120 articles have a DCT), so a change of the gold
#: data is noticed.
MEANTIME_FILES = 118


def test_meantime_floors(shared_data: Path) -> None:
    count = len(list((shared_data / "time" / "meantime-en").glob("*.tml")))
    assert count == MEANTIME_FILES, "the MEANTIME gold data changed: re-measure the floors"
    report = evaluate(shared_data, datasets=("meantime",), baseline=False)
    for metric, floor in MEANTIME_FLOORS.items():
        assert report.score("newsledger", "meantime", metric) >= floor, metric


@pytest.mark.slow
def test_tbaq_floors(shared_data: Path) -> None:
    report = evaluate(shared_data, datasets=("tbaq",), baseline=False)
    for metric, floor in TBAQ_FLOORS.items():
        assert report.score("newsledger", "tbaq", metric) >= floor, metric
