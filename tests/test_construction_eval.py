"""The construction set's scorer (scripts/construction_eval.py, T112): its counts and table.

No sentence is parsed: rows are scored against hand-made coded events (none), so the test is
fast and checks only the per-construction bookkeeping around the exhaustive sets' score_row.
"""

from __future__ import annotations

import json

from scripts_loader import load_script

construction_eval = load_script("construction_eval")


def _row(construction: str, events: list[dict]) -> dict:
    """Return one labelled row of the set's format."""
    return {"id": "x", "construction": construction, "sentence": "Iran attacked Iraq.",
            "events": events}


def test_rows_are_counted_by_construction() -> None:
    """A missed event counts for its construction; an event-free row is a negative."""
    gold = {"trigger": "attacked", "trigger_start": 5, "type": "ASSAULT", "actor": ["IRN"],
            "recipient": ["IRQ"], "status": "asserted"}
    rows = [_row("active", [gold]), _row("negative", [])]
    overall, by_construction = construction_eval.score_rows(rows, [[], []])
    assert overall.labelled == 1 and overall.found == 0
    assert by_construction["active"].tally.labelled == 1
    assert by_construction["negative"].tally.empty == 1
    table = construction_eval.table(by_construction)
    assert "| active | 1 | 0 | 0 | 0 | 0/0 | 0 | 0 |  |" in table
    assert "| **all** | 1 | 0 | 0 | 0 | 0/0 | 0 | 0 | 0/1 |" in table


def test_the_set_has_ids_constructions_and_negatives() -> None:
    """Every line has an id, a construction and events; some constructions are event-free."""
    rows = [json.loads(line) for line in
            construction_eval.CONSTRUCTIONS.read_text(encoding="utf-8").splitlines()]
    assert len({r["id"] for r in rows}) == len(rows)
    assert all(r["construction"] and isinstance(r["events"], list) for r in rows)
    assert any(not r["events"] for r in rows)
    for r in rows:
        for e in r["events"]:
            assert r["sentence"][e["trigger_start"]:].startswith(e["trigger"])
