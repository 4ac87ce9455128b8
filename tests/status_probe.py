"""Test helper: the epistemic status of a word of a written sentence, alone or under a statement."""

from __future__ import annotations

from newsledger.parse import parse
from newsledger.record import Statement, StatementKind
from newsledger.status import status_of


def status_in(sentence: str, trigger: str) -> str:
    """Return the status of the first token spelled ``trigger`` (no statements)."""
    doc = parse(sentence)
    return status_of(next(t for t in doc if t.text == trigger)).status


def status_under_statement(text: str, content: str, cue: str, trigger: str,
                           kind: StatementKind = "indirect") -> str:
    """Return a trigger's status under a statement of ``text`` (first occurrences)."""
    start, cue_start = text.index(content), text.index(cue)
    statement = Statement(id="S1", speaker="A1", speaker_text="x", cue=cue, kind=kind,
                          content=content, start=start, end=start + len(content),
                          cue_start=cue_start, cue_end=cue_start + len(cue))
    doc = parse(text)
    return status_of(next(t for t in doc if t.text == trigger), [statement]).status
