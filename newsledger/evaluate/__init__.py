"""Evaluations on the gold data in ``../shared/data`` (``newsledger eval NAME``).

Each module (``attribution``, ``events``, ``dates``) exposes ``evaluate(data_dir) -> EvalReport``
that scores newsledger and its baselines side by side in the same run.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Where the gold data lives when ``--data`` is not given: ``$NEWSLEDGER_DATA`` or the
#: ``shared/data`` folder beside the checkout (the layout of the development machines and CI).
DEFAULT_DATA_DIR = Path(
    os.environ.get("NEWSLEDGER_DATA", Path(__file__).resolve().parents[3] / "shared" / "data")
)

#: The evaluations ``newsledger eval`` knows, name -> module.
EVALUATIONS = {
    "attribution": "newsledger.evaluate.attribution",
    "events": "newsledger.evaluate.events",
    "dates": "newsledger.evaluate.dates",
    "ingest": "newsledger.evaluate.ingest",
    "actors": "newsledger.evaluate.actors",
    "boilerplate": "newsledger.evaluate.boilerplate",
}


@dataclass(frozen=True)
class SystemScores:
    """One system's figures on one evaluation set (a row of the printed table)."""

    system: str
    dataset: str
    metrics: dict[str, float]
    n: int = 0

    def to_dict(self) -> dict[str, Any]:
        """Return the row as a plain dict."""
        return {
            "system": self.system, "dataset": self.dataset, "n": self.n, "metrics": self.metrics,
        }


@dataclass(frozen=True)
class EvalReport:
    """The result of one evaluation: rows for newsledger and each baseline, plus notes."""

    name: str
    rows: tuple[SystemScores, ...]
    notes: tuple[str, ...] = field(default=())

    def score(self, system: str, dataset: str, metric: str) -> float:
        """Return one figure, for gates and tests."""
        for row in self.rows:
            if row.system == system and row.dataset == dataset:
                return row.metrics[metric]
        raise KeyError(f"no row for system {system!r} on {dataset!r}")

    def to_dict(self) -> dict[str, Any]:
        """Return the report as a plain dict."""
        rows = [r.to_dict() for r in self.rows]
        return {"name": self.name, "rows": rows, "notes": list(self.notes)}

    def to_text(self) -> str:
        """Render the report as an aligned plain-text table."""
        lines = [f"== {self.name} =="]
        for dataset in dict.fromkeys(r.dataset for r in self.rows):
            rows = [r for r in self.rows if r.dataset == dataset]
            metrics = list(dict.fromkeys(m for r in rows for m in r.metrics))
            width = max(len(r.system) for r in rows)
            lines.append(f"-- {dataset} (n={rows[0].n})")
            lines.append(" " * (width + 2) + "  ".join(f"{m:>10}" for m in metrics))
            for r in rows:
                cells = "  ".join(
                    f"{r.metrics[m]:>10.3f}" if m in r.metrics else f"{'-':>10}" for m in metrics
                )
                lines.append(f"{r.system:<{width}}  {cells}")
        lines.extend(f"note: {n}" for n in self.notes)
        return "\n".join(lines)


def roc_auc(labels: Sequence[int], scores: Sequence[float]) -> float:
    """Return the area under the ROC curve: P(a positive outscores a negative), ties half.

    The Mann-Whitney statistic over average ranks; 0.5 when either class is missing. Written
    here because the evaluations run without scikit-learn (a development dependency only).
    """
    positives = sum(1 for y in labels if y)
    negatives = len(labels) - positives
    if not positives or not negatives:
        return 0.5
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    ranks = [0.0] * len(scores)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1  # tied scores share their average rank
        i = j + 1
    rank_sum = sum(r for r, y in zip(ranks, labels, strict=True) if y)
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)
