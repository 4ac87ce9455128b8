"""Evaluation gate for the actor registry: pinned floors on gold data (a drop fails CI).

Subsets keep the gate under a minute: the first 40 CoNLL stories, the first 12 PolNeAR dev
articles, the hand-labelled pronoun sets and the speaker set (64 articles of four
collections). Full-set figures are in docs/evaluation.md.
Never lower a floor silently: say why in the commit that does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.evaluate.actors import (
    PRONOUN_HELDOUT,
    evaluate_conll,
    evaluate_pronoun_speakers,
    evaluate_pronouns,
    evaluate_sources,
)

CONLL_STORIES = 40
POLNEAR_ARTICLES = 12

#: Floors a little under the figures measured when they were pinned (shown beside each).
CONLL_FLOORS = {
    "PER_recall": 0.92,  # 0.936
    "LOC_recall": 0.91,  # 0.933
    "ORG_recall": 0.83,  # 0.853
    "recall": 0.90,  # 0.921
    "typed_recall": 0.83,  # 0.857
}
SOURCE_FLOORS = {"covered": 0.84, "pronoun_resolved": 0.93}  # 0.868, 0.967
PRONOUN_FLOORS = {"accuracy": 0.81}  # 0.836 (nearest-mention baseline 0.603)
HELDOUT_PRONOUN_FLOOR = 0.82  # 0.848 (nearest-mention baseline 0.697), unchanged by T25
#: The speaker set (tests/fixtures/actors/pronoun_set.jsonl, T25): all 64 items, and the test
#: half (odd n) on its own, which the rules were not developed on.
SPEAKER_FLOORS = {
    # all: 0.719 at T25 (nearest-entity baseline 0.359; 0.594 before T25), 0.766 at 8d51d83,
    # 0.781 at 10a02b0 (it rose with T50's companies and US states)
    "pronoun-speakers all": 0.77,
    # 0.714 (baseline 0.457; 0.686 before T25), 0.743 at 10a02b0
    "pronoun-speakers test (odd n)": 0.72,
}


@pytest.mark.parametrize("metric", sorted(CONLL_FLOORS))
def test_conll_entity_recall_floor(shared_data: Path, metric: str,
                                   conll_report: dict[str, float]) -> None:
    assert conll_report[metric] >= CONLL_FLOORS[metric], conll_report


@pytest.fixture(scope="module")
def conll_report(shared_data: Path) -> dict[str, float]:
    report = evaluate_conll(shared_data, limit=CONLL_STORIES)
    return {m: report.score("newsledger", "conll2003_reuters", m) for m in CONLL_FLOORS}


def test_polnear_sources_floor(shared_data: Path) -> None:
    report = evaluate_sources(shared_data, limit=POLNEAR_ARTICLES)
    for metric, floor in SOURCE_FLOORS.items():
        assert report.score("newsledger", "polnear-dev sources", metric) >= floor, report.to_text()


def test_pronoun_accuracy_floor(shared_data: Path) -> None:
    report = evaluate_pronouns(shared_data)
    ours = report.score("newsledger", "conll pronouns (hand-labelled)", "accuracy")
    base = report.score("nearest-mention", "conll pronouns (hand-labelled)", "accuracy")
    assert ours >= PRONOUN_FLOORS["accuracy"], report.to_text()
    assert ours > base


def test_heldout_pronoun_accuracy_floor(shared_data: Path) -> None:
    report = evaluate_pronouns(shared_data, PRONOUN_HELDOUT, "held out")
    ours = report.score("newsledger", "held out", "accuracy")
    assert ours >= HELDOUT_PRONOUN_FLOOR, report.to_text()
    assert ours > report.score("nearest-mention", "held out", "accuracy")


@pytest.mark.parametrize("dataset", sorted(SPEAKER_FLOORS))
def test_pronoun_speakers_floor(dataset: str, speaker_report: dict[str, tuple[float, float]]
                                ) -> None:
    ours, base = speaker_report[dataset]
    assert ours >= SPEAKER_FLOORS[dataset], speaker_report
    assert ours > base


@pytest.fixture(scope="module")
def speaker_report(shared_data: Path) -> dict[str, tuple[float, float]]:
    report = evaluate_pronoun_speakers(shared_data)
    return {d: (report.score("newsledger", d, "accuracy"),
                report.score("nearest-entity", d, "accuracy")) for d in SPEAKER_FLOORS}
