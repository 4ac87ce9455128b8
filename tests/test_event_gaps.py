"""scripts/event_gaps.py (T26, T54): why a labelled trigger gets no event, read from choose_rule."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from newsledger.parse import parse

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "event_gaps.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("event_gaps", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["event_gaps"] = module
    spec.loader.exec_module(module)
    return module


gaps = _load()


@pytest.mark.parametrize(("text", "word", "gold", "kind"), [
    ("The committee painted the fence on Monday.", "painted", "COERCE",
     "lemma not in the lexicon"),
    ("She slammed the door and left.", "slammed", "ACCUSE", "blocking row holds"),
    ("A strong earthquake killed thirty villagers.", "killed", "ASSAULT",
     "natural-harm filter (no political actor)"),
    ("The council accepted the report on Monday.", "accepted", "AGREE",
     "every row's constraint refuses"),
    ("Rebels attacked the town on Sunday.", "attacked", "ASSAULT", None),
    ("Rebels attacked the town on Sunday.", "attacked", "PROTEST", "wrong type: its row's type"),
])
def test_miss_kind(text: str, word: str, gold: str, kind: str | None) -> None:
    doc = parse(text)
    start = next(t.idx for t in doc if t.text == word)
    assert gaps.miss_kind(doc, start, gold) == kind
