"""scripts/event_gaps.py (T26, T54): why a labelled trigger gets no event, read from choose_rule."""

from __future__ import annotations

import pytest
from scripts_loader import load_script

from newsledger.parse import parse

gaps = load_script("event_gaps")


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
