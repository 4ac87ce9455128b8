"""bench/record_audit.py (T98): the sampler's draw, the fixture-id reader and the scorer.

Every row here is invented: no article text, no gold sentence, no pipeline run.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _load() -> ModuleType:
    """Import bench/record_audit.py as a module (bench/ is not a package)."""
    spec = importlib.util.spec_from_file_location("record_audit", BENCH / "record_audit.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["record_audit"] = module
    spec.loader.exec_module(module)
    return module


ra = _load()


def _pool() -> list[dict[str, Any]]:
    """Return an invented pool: article a1 with 6 events, a2 with 2, a3 with 1."""
    counts = {"a1": 6, "a2": 2, "a3": 1}
    return [{"article": art, "start": 10 * i, "end": 10 * i + 4, "type": "CONSULT"}
            for art, n in counts.items() for i in range(n)]


def test_draw_caps_events_per_article_and_is_deterministic() -> None:
    """No article gives more than PER_ARTICLE events, and the same seed gives the same draw."""
    first = ra.draw(_pool(), n=100, per_article=3, seed=98)
    assert len(first) == 3 + 2 + 1
    assert max(sum(r["article"] == a for r in first) for a in ("a1", "a2", "a3")) == 3
    assert first == ra.draw(_pool(), n=100, per_article=3, seed=98)
    assert first == sorted(first, key=lambda r: (r["article"], r["start"]))


def test_draw_stops_at_n() -> None:
    """The draw returns at most n events."""
    assert len(ra.draw(_pool(), n=4, per_article=3, seed=1)) == 4


def test_fixture_sources_reads_ids_only(tmp_path: Path) -> None:
    """Only the source ids of fixture lines are collected."""
    (tmp_path / "x.jsonl").write_text(
        json.dumps({"source": "art-1", "sentence": "invented"}) + "\n"
        + json.dumps({"source": "art-2", "type": "ACCUSE"}) + "\n", "utf-8")
    assert ra.fixture_sources(tmp_path) == {"art-1", "art-2"}


def test_article_order_skips_and_shuffles_deterministically() -> None:
    """Skipped ids are left out; the order depends only on the seed."""
    arts = [{"id": f"n{i}"} for i in range(20)]
    order = ra.article_order(arts, {"n3", "n7"}, seed=98)
    assert {a["id"] for a in order} == {f"n{i}" for i in range(20)} - {"n3", "n7"}
    assert order == ra.article_order(arts, {"n3", "n7"}, seed=98)


def _judgement(event: str, **fields: str) -> dict[str, Any]:
    """Return an invented judgement line with every field na unless given."""
    row: dict[str, Any] = {"article": "a", "start": 0, "end": 4, "type": "ACCUSE", "event": event}
    row.update({f: "na" for f in ra.FIELDS})
    row.update(fields)
    return row


def test_score_counts_fields_only_for_real_events() -> None:
    """Precision per field counts right over right+wrong of real events; causes are grouped."""
    rows = [
        _judgement("yes", status="right", actor="right", date="right"),
        _judgement("yes", status="wrong", actor="right", date="wrong",
                   why={"status": "negation missed: x", "date": "date missed: y"}),
        _judgement("wrong_type", status="right", actor="wrong", why={
            "event": "wrong type: z", "actor": "wrong participant: w"}),
        # A non-event's fields are never counted, even if filled in by mistake.
        _judgement("no", status="right", why={"event": "noun naming no act: v"}),
    ]
    result = ra.score(rows)
    table = result["table"]
    assert table["event (type right)"] == [2, 4]
    assert table["event (any type)"] == [3, 4]
    assert table["status"] == [2, 3]
    assert table["actor"] == [2, 3]
    assert table["date"] == [1, 2]
    assert table["recipient"] == [0, 0]
    assert table["all fields right"] == [1, 4]
    assert result["causes"]["event"] == {"wrong type": 1, "noun naming no act": 1}
    assert result["causes"]["status"] == {"negation missed": 1}
    text = ra.format_score(result)
    assert "status" in text and "0.667" in text


def test_score_rejects_an_unknown_event_value() -> None:
    """A typo in the event judgement is an error, not a silent miss."""
    with pytest.raises(ValueError):
        ra.score([_judgement("maybe")])


def test_wilson_interval() -> None:
    """The interval holds the proportion and is empty for no judgements."""
    low, high = ra.wilson(60, 100)
    assert low < 0.6 < high
    assert round(low, 3) == 0.502 and round(high, 3) == 0.691
    assert ra.wilson(0, 0) == (0.0, 0.0)


def test_committed_judgements_are_keyed_and_reasoned() -> None:
    """Every committed judgement has its key, valid values and a reason for each wrong."""
    path = BENCH / "data" / "record_audit_judgements.jsonl"
    rows = ra.read_jsonl(path)
    assert len(rows) == ra.DEFAULT_N
    assert len({ra.judgement_key(r) for r in rows}) == len(rows)
    for row in rows:
        assert row["event"] in ra.EVENT_VALUES
        for name in ra.FIELDS:
            assert row[name] in ("right", "wrong", "na")
            assert (row[name] == "wrong") == (name in row["why"])
        assert (row["event"] != "yes") == ("event" in row["why"])
        assert "sentence" not in row
