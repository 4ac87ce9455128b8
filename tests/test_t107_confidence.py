"""T107: an event's confidence through the record, the store, the queries, the CLI and exports."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import jsonschema
import pytest
from storedata import late_record, london_record, old_store, paris_record, sample_records

from newsledger.record import Event, Record
from newsledger.store import Store, migrations, record_rows
from newsledger.store_rows import record_hash

SCHEMA = json.loads((Path(__file__).parents[1] / "docs" / "record.schema.json")
                    .read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def with_confidence(record: Record, event_id: str, confidence: float | None) -> Record:
    """Return the record with one event's confidence replaced."""
    events = tuple(dataclasses.replace(e, confidence=confidence) if e.id == event_id else e
                   for e in record.events)
    return dataclasses.replace(record, events=events)


# -- the record and its schema -------------------------------------------------------------------

def test_confidence_is_the_last_field_and_defaults_to_none() -> None:
    assert dataclasses.fields(Event)[-1].name == "confidence"
    event = Event("E1", "AID", "asserted", "sent", "They sent aid.", 5, 9)
    assert event.confidence is None and event.to_dict()["confidence"] is None


@pytest.mark.parametrize("value", [0, 0.0, 0.5, 1, 0.912, None])
def test_schema_accepts_a_probability_or_null(value: float | None) -> None:
    data = json.loads(json.dumps(with_confidence(london_record(), "E1", value).to_dict()))
    assert not list(VALIDATOR.iter_errors(data))


@pytest.mark.parametrize("value", [-0.01, 1.5, "0.9"])
def test_schema_rejects_what_is_not_a_probability(value: object) -> None:
    data = json.loads(json.dumps(london_record().to_dict()))
    data["events"][0]["confidence"] = value
    assert list(VALIDATOR.iter_errors(data))


# -- the store -----------------------------------------------------------------------------------

def test_record_rows_carry_the_confidence() -> None:
    rows = {e["id"]: e["confidence"] for e in record_rows(london_record())["events"]}
    assert rows == {"E1": 0.912, "E2": 0.5, "E3": None}


def test_confidence_round_trips_through_the_store(tmp_path: Path) -> None:
    with Store.open(tmp_path / "c.db") as store:
        store.write(london_record())
        back = store.record("london-1")
    assert back == london_record()
    assert back is not None and [e.confidence for e in back.events] == [0.912, 0.5, None]


def test_a_record_whose_only_change_is_a_confidence_is_rewritten(tmp_path: Path) -> None:
    """What --reanalyse relies on: the record hash covers every event's confidence."""
    changed = with_confidence(london_record(), "E3", 0.25)
    assert record_hash(changed) != record_hash(london_record())
    with Store.open(tmp_path / "r.db") as store:
        assert store.write(london_record()) is True
        assert store.write(london_record()) is False
        assert store.write(changed) is True
        assert store.record("london-1") == changed


def test_the_confidence_column_is_indexed(tmp_path: Path) -> None:
    with Store.open(tmp_path / "i.db") as store:
        indexed = {tuple(i.columns) for i in store.db["events"].indexes}
    assert ("confidence",) in indexed


def test_a_store_made_before_the_migration_opens_migrates_and_keeps_its_rows(
        tmp_path: Path) -> None:
    path = tmp_path / "before.db"
    unscored = [dataclasses.replace(r, events=tuple(dataclasses.replace(e, confidence=None)
                                                    for e in r.events))
                for r in sample_records()]
    old_store(path, unscored, stop_before="m003_event_confidence")
    with Store.open(path) as store:
        assert store.schema_version() == [m.name for m in migrations._migrations]
        assert store.db["events"].columns_dict["confidence"] is float
        confidences = [r[0] for r in store.db.execute("SELECT confidence FROM events")]
        assert len(confidences) == sum(len(r.events) for r in unscored)
        assert set(confidences) == {None}
        for record in unscored:
            assert store.record(record.article.id) == record
        # the next write of a scored record replaces the unscored rows
        assert store.write(london_record()) is True
        assert store.record("london-1") == london_record()


def test_a_store_made_before_the_migration_opens_read_only(tmp_path: Path) -> None:
    path = tmp_path / "before-ro.db"
    old_store(path, [paris_record(), late_record()], stop_before="m003_event_confidence")
    with Store.open(path, read_only=True) as store:
        assert "m003_event_confidence" in store.schema_version()
        assert store.record("late-1") == late_record()
