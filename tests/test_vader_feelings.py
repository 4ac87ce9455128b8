"""Tests for scripts/vader_feelings.py and its table: VADER words that are no judgement."""

from __future__ import annotations

from importlib import resources
from types import ModuleType
from typing import Any

import pytest

from newsledger.lexicon_data import table_rows


@pytest.fixture(scope="module")
def script() -> ModuleType:
    """Import scripts/vader_feelings.py, skipping unless exactly wn 0.0.23 is installed."""
    from scripts_loader import load_wordnet_script

    return load_wordnet_script("vader_feelings")


@pytest.fixture(scope="module")
def net(script: ModuleType, wordnet: Any) -> Any:
    """Return the bundled WordNet 3.0, loaded once per run (conftest's ``wordnet``)."""
    return wordnet


@pytest.mark.parametrize(("word", "reason"), [
    ("angry", "adj of noun.feeling"),  # anger
    ("proud", "adj gloss"),  # "feeling self-respect ..."
    ("worried", "verb.emotion participle"),
    ("grief", "noun.feeling"),
    ("sick", "adj of noun.state"),  # illness (M9 #2)
    ("free", "adj of noun.state"),  # attribute: freedom
    ("rich", "adj of noun.state"),  # richness, financial condition
    ("freedom", "noun.state"),
    ("winner", "contest role"),  # win: verb.competition
    ("brilliant", None),  # a judgement
    ("idiot", None),
    ("lousy", None),
    ("killer", None),  # a person named by an act, not by a contest's outcome
])
def test_feeling_reads_first_senses(script: ModuleType, net: Any, word: str,
                                    reason: str | None) -> None:
    """A feeling or a state is told by the first noun, adjective or verb sense."""
    assert script.feeling(net, word) == reason


@pytest.mark.parametrize(("word", "base"), [
    ("heroic", "hero"),  # a WordNet derivation pointer of a "heroic" sense (M9 #3)
    ("heroism", "hero"),  # no pointer: the ending "-ism"
    ("heroes", "hero"),
    ("hostility", "hostile"),  # pointer from "hostile"
    ("aggressiveness", "aggressive"),
    ("heron", None),  # "-n" is no derivational ending
    ("brilliant", None),
])
def test_left_out_relatives(script: ModuleType, net: Any, word: str, base: str | None) -> None:
    """A derivational relative of a left-out word is excluded with it."""
    left_out = frozenset({"hero", "hostile", "aggressive"})
    assert script.left_out_relative(net, word, left_out) == base


def test_committed_table_is_the_scripts_output(script: ModuleType, net: Any) -> None:
    """A fresh run of the script gives the committed file byte for byte."""
    committed = resources.files("newsledger.data").joinpath("vader_feelings.tsv").read_bytes()
    assert script.render(net).encode("utf-8") == committed


def test_committed_table_carries_its_licences_and_reasons() -> None:
    """The table names its sources' licences and lists no judgement word."""
    text = resources.files("newsledger.data").joinpath("vader_feelings.tsv").read_text("utf-8")
    assert "# Copyright (c) 2016 C.J. Hutto" in text.replace("#   ", "# ")
    assert "WordNet 3.0 Copyright 2006 by Princeton University" in text
    rows = {row[0]: row[1] for row in table_rows("vader_feelings.tsv")}
    assert {"angry", "proud", "sad", "sick", "rich", "free", "winner", "heroic"} <= set(rows)
    assert not {"brilliant", "idiot", "lousy", "hero"} & set(rows)
    fixed = {"noun.feeling", "noun.state", "adj of noun.feeling", "adj of noun.state",
             "adj gloss", "verb.emotion participle", "contest role"}
    assert all(r in fixed or r.startswith("relative of left-out ") for r in rows.values())
