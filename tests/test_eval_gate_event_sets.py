"""Evaluation gate for the T24 event sets of ``newsledger eval events`` (issue 4).

Floors sit a little under the figures first measured (docs/evaluation.md, section event-sets),
2026-11-27 at commit 32ccffb: none of these sets was used to write a rule, so the figures are
unbiased estimates, and a change that loses what generalises should fail the build. Never lower
a floor silently. The gold files and the CASE class mapping are hashed so that a change of what
is measured is noticed. Each group runs one evaluation: acled-countries about 20 s, CASE 2021
about 12 s, petr2-codes about 12 s, the in-article rows (sets 1 and 2 with their articles) about
35 s on the development machine; all are marked slow (they read whole gold sets). The third and
fourth country sets are left out on purpose: they are measured by the coordinator.
"""

from __future__ import annotations

import hashlib
from importlib import resources
from pathlib import Path

import pytest

from newsledger.evaluate import EvalReport
from newsledger.evaluate.country_set import IN_ARTICLE
from newsledger.evaluate.events import BASELINE, IN_ARTICLE_SETS, NEWSLEDGER, RECORD, evaluate

#: acled-countries, record rows, measured once: source 0.801, target 0.648, country_acc 0.742
#: (1202 sides: one is 0.0008), country_any 0.757; baseline country_acc 0.304.
#: Raised at 319ffbf after the places work of T28 (rules developed on ACLED's even rows for
#: the places rows, so this row is no longer fully unseen): source 0.845, target 0.774,
#: country_acc 0.818. At 8d51d83 (session 4; T33's places again on even rows): source 0.853,
#: target 0.789, country_acc 0.829.
ACLED_FLOORS = {"source_country": 0.84, "target_country": 0.78, "country_acc": 0.82}

#: CASE 2021, measured once: type_any 0.773 and type_primary 0.691 over 821 snippets of typed
#: classes (one is 0.0012); no_event 0.438 on the 89 disaster snippets (one is 0.011).
CASE_FLOORS = {
    # raised at 8d51d83 (session 4, T32's rows; CASE itself never read): 0.805 / 0.719
    ("case2021-types", "type_any"): 0.79,
    ("case2021-types", "type_primary"): 0.70,
    # raised at 319ffbf (T26's natural-harm rules, written on its own sentences): 0.663
    ("case2021-no-event", "no_event"): 0.65,
}

#: In-article record rows: set 1 (a development set since T18) 0.780 over 141 codes (86 of 86
#: items found); set 2 (never tuned on) 0.502 over the 130 of 131 items found (sentence rows at
#: the same commit: 0.759 and 0.468).
#: At 8d51d83 (session 4): set 1 0.865, set 2 0.585. At 10a02b0 (session 5): set 1 0.879, set 2
#: 0.631. At 6b5696a (session 6): set 1 0.894, set 2 0.650.
IN_ARTICLE_FLOORS = {"country-heldout": 0.88, "country-heldout2": 0.64}

#: petr2-codes (session 4), record rows measured once at ce79277 (no rule written on these codes):
#: country_acc 0.555 over 128 country sides (one is 0.008), sector_acc 0.468 over 62 sectors
#: (one is 0.016); baseline country_acc 0.109.
#: At 8d51d83 (T31's sector rules, T37's persons; never tuned on): country_acc 0.570, sector_acc
#: 0.500. At 10a02b0 (session 5: T47's clause roles, T49's group nouns, T50's companies; never
#: tuned on): country_acc 0.609, sector_acc 0.532. At 6b5696a (session 6: T53's knowledge, the
#: 'central bank' sector; never tuned on): country_acc 0.617, sector_acc 0.565.
#: At 445e17a (session 7: T64's roles, T66's homes, T65/T71's rows; never tuned on): country_acc
#: 0.648, sector_acc 0.565.
PETR_CODES_FLOORS = {"country_acc": 0.64, "sector_acc": 0.55}

#: sha256 of what is measured: the two gold files (shared data) and the class mapping.
GOLD_SHA256 = {
    "events/acled-notes-ua-ru-by.csv":
        "450c6f3d76748535ff365b71ac414d15c6b91174d11aaa33ad9fcddffabcf357",
    "events/petr2-validation.jsonl":
        "c25369ab24be9cc4141d1f8e274475597dac279519bbd88cc05984cffe341fd6",
    "events/case2021-task2.tsv":
        "8a96e91cf2a61a293c6fb60beb2d023e6f0c9a218e2e678b7e1273473223c7ee",
}
CASE_MAP_SHA256 = "a0314bfba75d2cc7f772133cdfd5c8a5abca5746b22a9a365712f4403e5e1e43"


@pytest.fixture(scope="module")
def acled(acled_report: EvalReport) -> EvalReport:
    return acled_report  # conftest: the ACLED sets' one evaluate() (acled-countries among them)


@pytest.fixture(scope="module")
def case(shared_data: Path) -> EvalReport:
    return evaluate(shared_data, ("case2021-types",))


@pytest.fixture(scope="module")
def petr_codes(shared_data: Path) -> EvalReport:
    return evaluate(shared_data, ("petr2-codes",))


@pytest.fixture(scope="module")
def in_article(shared_data: Path) -> EvalReport:
    return evaluate(shared_data, ("country-heldout", "country-heldout2", IN_ARTICLE_SETS))


@pytest.mark.parametrize("name", sorted(GOLD_SHA256))
def test_gold_files_are_unchanged(shared_data: Path, name: str) -> None:
    digest = hashlib.sha256((shared_data / name).read_bytes()).hexdigest()
    assert digest == GOLD_SHA256[name], f"{name} changed: re-measure the event sets"


def test_case_mapping_is_unchanged() -> None:
    data = resources.files("newsledger.data").joinpath("case2021_plover.tsv").read_bytes()
    assert hashlib.sha256(data).hexdigest() == CASE_MAP_SHA256, \
        "data/case2021_plover.tsv changed: re-measure case2021-types and update the docs"


@pytest.mark.slow
@pytest.mark.parametrize("metric", sorted(ACLED_FLOORS))
def test_acled_country_floor(acled: EvalReport, metric: str) -> None:
    assert acled.score(RECORD, "acled-countries", metric) >= ACLED_FLOORS[metric]


@pytest.mark.slow
def test_acled_countries_beat_the_baseline(acled: EvalReport) -> None:
    assert acled.score(RECORD, "acled-countries", "country_acc") > acled.score(
        BASELINE, "acled-countries", "country_acc")


@pytest.mark.slow
@pytest.mark.parametrize(("dataset", "metric"), sorted(CASE_FLOORS))
def test_case_floor(case: EvalReport, dataset: str, metric: str) -> None:
    assert case.score(NEWSLEDGER, dataset, metric) >= CASE_FLOORS[(dataset, metric)]


@pytest.mark.slow
def test_case_types_beat_the_baseline(case: EvalReport) -> None:
    for metric in ("type_any", "type_primary"):
        assert case.score(NEWSLEDGER, "case2021-types", metric) > case.score(
            BASELINE, "case2021-types", metric), metric


@pytest.mark.slow
@pytest.mark.parametrize("dataset", sorted(IN_ARTICLE_FLOORS))
def test_in_article_floor(in_article: EvalReport, dataset: str) -> None:
    assert in_article.score(IN_ARTICLE, dataset, "country_acc") >= IN_ARTICLE_FLOORS[dataset]


@pytest.mark.slow
@pytest.mark.parametrize("metric", sorted(PETR_CODES_FLOORS))
def test_petr_codes_floor(petr_codes: EvalReport, metric: str) -> None:
    assert petr_codes.score(RECORD, "petr2-codes", metric) >= PETR_CODES_FLOORS[metric]


@pytest.mark.slow
def test_petr_codes_beat_the_baseline(petr_codes: EvalReport) -> None:
    assert petr_codes.score(RECORD, "petr2-codes", "country_acc") > petr_codes.score(
        BASELINE, "petr2-codes", "country_acc")
