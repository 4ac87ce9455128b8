"""Evaluation gate for event dates (T36, issue 4): acled-dates, tbaq-event-dates, tbaq-clause-dates.

Floors sit a little under the figures reached at the end of T36 (docs/evaluation.md, section
event-fields, "Event dates (T36)"); never lower one silently. The rules of
``newsledger/clause_dates.py`` were developed on ACLED's even rows and TBAQ's even documents; the
odd halves are unseen, so the odd clause row gets its own floor. The gold files are hashed so a
change of what is measured is noticed. One evaluation (746 ACLED notes and 179 TBAQ documents
extracted) takes about 40 s of CPU; marked slow as it reads whole gold sets.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from newsledger.evaluate import EvalReport, SystemScores
from newsledger.evaluate.event_dates import (
    ACLED,
    CLAUSE,
    FIRST_BASELINE,
    NEWSLEDGER,
    PUB_BASELINE,
    TBAQ,
)

#: Reached (counts in the docs): acled-dates typed_date 0.948 (707/746; one note is 0.0013),
#: all_date 0.989; T72 (a paragraph's last sentence no longer loses the story day to the next
#: paragraph's date): tbaq-event-dates date_acc 0.758 (125/165: one event is 0.0061; n moves
#: with the events stage); tbaq-clause-dates date_acc 0.799 (744/931: one is 0.0011), even
#: 0.822, odd half 0.773.
FLOORS = {
    (ACLED, "typed_date"): 0.94,
    (ACLED, "all_date"): 0.98,
    (TBAQ, "date_acc"): 0.74,
    (CLAUSE, "date_acc"): 0.79,
    (f"{CLAUSE}-even", "date_acc"): 0.81,
    (f"{CLAUSE}-odd", "date_acc"): 0.76,
}

#: Ceilings: the share of events dated with the publication date where it is not their day
#: (the issue: "never silently the publication date"), and the clause row's wrong dates.
#: T72 raised the clause row's pub_fallback ceiling from 0.03 to 0.035, openly, as a trade: its
#: paragraph-break fix (7c8905c) filled 41 empty dates, 29 of them right (date_acc +0.031), and
#: took pub_fallback 20 -> 28 of 931 (0.0301): the 8 take the story's day written in the lead
#: ("said Friday"), which is the publication day, and the metric counts that as the fallback it
#: guards against; its reported-speech rule (023075b) added 4 more (32/931 = 0.0344). The
#: ceiling is now full: the next such event fails the gate.
CEILINGS = {
    (ACLED, "pub_date"): 0.005,
    (TBAQ, "pub_fallback"): 0.06,
    (CLAUSE, "pub_fallback"): 0.035,
    (CLAUSE, "wrong"): 0.125,
}

#: sha256 of the ACLED notes, and of the TBAQ files (each relative path, then its bytes, in
#: sorted path order).
ACLED_SHA256 = "450c6f3d76748535ff365b71ac414d15c6b91174d11aaa33ad9fcddffabcf357"
TBAQ_SHA256 = "64c0a0ac263fe10a1a2382e7fc431ce72add25f457c69cd4f2473bda4062c999"


@pytest.fixture(scope="module")
def report(acled_report: EvalReport) -> EvalReport:
    """Score every event-date row once for the run.

    conftest's ACLED evaluate() has them: its "event-dates" set is ``score_event_dates``.
    """
    return acled_report


def test_acled_notes_are_unchanged(shared_data: Path) -> None:
    path = shared_data / "events" / "acled-notes-ua-ru-by.csv"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == ACLED_SHA256, \
        "ACLED notes changed: re-measure the event dates"


def test_tbaq_files_are_unchanged(shared_data: Path) -> None:
    digest = hashlib.sha256()
    for path in sorted((shared_data / "time" / "tbaq").rglob("*.tml")):
        digest.update(path.relative_to(shared_data).as_posix().encode())
        digest.update(path.read_bytes())
    assert digest.hexdigest() == TBAQ_SHA256, "TBAQ files changed: re-measure the event dates"


@pytest.mark.slow
@pytest.mark.parametrize(("dataset", "metric"), sorted(FLOORS))
def test_event_date_floor(report: EvalReport, dataset: str, metric: str) -> None:
    assert report.score(NEWSLEDGER, dataset, metric) >= FLOORS[(dataset, metric)]


@pytest.mark.slow
@pytest.mark.parametrize(("dataset", "metric"), sorted(CEILINGS))
def test_event_date_ceiling(report: EvalReport, dataset: str, metric: str) -> None:
    assert report.score(NEWSLEDGER, dataset, metric) <= CEILINGS[(dataset, metric)]


@pytest.mark.slow
@pytest.mark.parametrize("dataset", [TBAQ, CLAUSE])
def test_beats_both_baselines(report: EvalReport, dataset: str) -> None:
    ours = report.score(NEWSLEDGER, dataset, "date_acc")
    assert ours > report.score(PUB_BASELINE, dataset, "date_acc")
    assert ours > report.score(FIRST_BASELINE, dataset, "date_acc")


@pytest.mark.slow
def test_every_split_is_reported(report: EvalReport) -> None:
    names = {r.dataset for r in report.rows if isinstance(r, SystemScores)}
    for base in (ACLED, TBAQ, CLAUSE):
        assert {base, f"{base}-even", f"{base}-odd"} <= names
