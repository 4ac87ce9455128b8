"""T107: an event's confidence through the record, the store, the queries, the CLI and exports."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner, Result
from storedata import late_record, london_record, old_store, paris_record, sample_records

import newsledger.cli as cli
from newsledger import query, serve
from newsledger.export import export_tables
from newsledger.query import Filters
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


# -- queries -------------------------------------------------------------------------------------

@pytest.fixture
def store() -> Iterator[Store]:
    """A store of the hand-built records: london-1 E1 0.912, E2 0.5, every other event None."""
    s = Store.open(":memory:")
    for record in sample_records():
        s.write(record)
    yield s
    s.close()


def event_ids(rows: list[dict[str, Any]], key: str = "event_id") -> list[tuple[str, str]]:
    """Return (article_id, event id) of each row."""
    return [(r["article_id"], r[key]) for r in rows]


def test_event_rows_carry_their_confidence(store: Store) -> None:
    rows = {(r["article_id"], r["event_id"]): r["confidence"] for r in query.events(store)}
    assert rows[("london-1", "E1")] == 0.912 and rows[("london-1", "E3")] is None
    assert rows[("paris-1", "E1")] is None


def test_min_confidence_keeps_at_least_the_value_and_drops_unscored_events(store: Store) -> None:
    assert event_ids(query.events(store, Filters(min_confidence=0.5))) == [
        ("london-1", "E1"), ("london-1", "E2")]  # E2 is exactly 0.5: kept
    assert event_ids(query.events(store, Filters(min_confidence=0.51))) == [("london-1", "E1")]
    assert event_ids(query.events(store, Filters(min_confidence=0.95))) == []
    # 0 still drops the events never scored: NULL is not a confidence of 0
    assert len(query.events(store, Filters(min_confidence=0.0))) == 2
    assert len(query.events(store, Filters())) == 6


def test_min_confidence_combines_with_the_other_filters(store: Store) -> None:
    rows = query.events(store, Filters(min_confidence=0.5, status="denied"))
    assert event_ids(rows) == [("london-1", "E2")]


def test_timeline_applies_min_confidence_to_events_and_leaves_statements_out(
        store: Store) -> None:
    rows = query.timeline(store, Filters(min_confidence=0.5, include_undated=True))
    assert [(r["item"], r["id"], r["confidence"]) for r in rows] == [
        ("event", "E1", 0.912), ("event", "E2", 0.5)]
    unfiltered = query.timeline(store, Filters())
    assert {r["item"] for r in unfiltered} == {"event", "statement"}
    assert all(r["confidence"] is None for r in unfiltered if r["item"] == "statement")


# -- the command line ----------------------------------------------------------------------------

@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """A store file holding the hand-built records."""
    path = tmp_path / "q.db"
    with Store.open(path) as s:
        for record in sample_records():
            s.write(record)
    return path


def run(*args: str) -> Result:
    """Run the command line in a wide terminal."""
    return CliRunner(env={"COLUMNS": "250"}).invoke(cli.main, list(args))


def test_events_min_confidence_in_json_and_csv(store_path: Path) -> None:
    result = run("events", "--db", str(store_path), "--min-confidence", "0.5", "--format", "json")
    assert result.exit_code == 0, result.output
    assert [(r["event_id"], r["confidence"]) for r in json.loads(result.stdout)] == [
        ("E1", 0.912), ("E2", 0.5)]
    table = run("events", "--db", str(store_path), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(table.stdout)))
    assert len(rows) == 6 and {r["confidence"] for r in rows} == {"0.912", "0.5", ""}


def test_events_table_keeps_its_columns(store_path: Path) -> None:
    """The table has no confidence column (no room at 80 columns); the filter still applies."""
    result = run("events", "--db", str(store_path), "--min-confidence", "0.9")
    assert result.exit_code == 0 and "1 events" in result.stdout and "met" in result.stdout
    assert "confidence" not in cli.TABLE_COLUMNS["events"]


def test_timeline_takes_min_confidence(store_path: Path) -> None:
    result = run("timeline", "--db", str(store_path), "--min-confidence", "0.9",
                 "--format", "json")
    assert [(r["item"], r["id"]) for r in json.loads(result.stdout)] == [("event", "E1")]


@pytest.mark.parametrize(("value", "message"), [
    ("1.5", "1.5 is not in the range 0<=x<=1."),
    ("-0.1", "-0.1 is not in the range 0<=x<=1."),
    ("abc", "'abc' is not a valid probability."),
    ("nan", "'nan' is not a valid probability."),
])
def test_a_bad_min_confidence_is_one_clear_error_line(store_path: Path, value: str,
                                                       message: str) -> None:
    result = run("events", "--db", str(store_path), "--min-confidence", value)
    assert result.exit_code == 2
    errors = [line for line in result.output.splitlines() if line.startswith("Error")]
    assert errors == [f"Error: Invalid value for '--min-confidence': {message}"]


def test_quotes_and_actors_take_no_min_confidence(store_path: Path) -> None:
    for command in ("quotes", "actors"):
        result = run(command, "--db", str(store_path), "--min-confidence", "0.5")
        assert result.exit_code == 2 and "No such option" in result.output


# -- exports and the web view --------------------------------------------------------------------

def test_parquet_export_types_confidence_as_double_even_when_all_null(tmp_path: Path) -> None:
    for name, records in (("scored", sample_records()), ("unscored", [paris_record()])):
        with Store.open(tmp_path / f"{name}.db") as store:
            for record in records:
                store.write(record)
            export_tables(store, tmp_path / name, "parquet")
        events = pq.read_table(tmp_path / name / "events.parquet")
        assert str(events.schema.field("confidence").type) == "double"
        values = events.column("confidence").to_pylist()
        assert set(values) == ({0.912, 0.5, None} if name == "scored" else {None})


def test_parquet_export_of_a_migrated_store_types_confidence_as_double(tmp_path: Path) -> None:
    old_store(tmp_path / "old.db", [paris_record()], stop_before="m003_event_confidence")
    with Store.open(tmp_path / "old.db", read_only=True) as store:
        export_tables(store, tmp_path / "out", "parquet")
    events = pq.read_table(tmp_path / "out" / "events.parquet")
    assert str(events.schema.field("confidence").type) == "double"


def test_csv_export_has_the_confidence_column(store_path: Path, tmp_path: Path) -> None:
    with Store.open(store_path, read_only=True) as store:
        export_tables(store, tmp_path / "csv", "csv")
    rows = list(csv.DictReader((tmp_path / "csv" / "events.csv").open(encoding="utf-8")))
    assert sorted(r["confidence"] for r in rows if r["article_id"] == "london-1") == [
        "", "0.5", "0.912"]


def test_datasette_metadata_describes_the_confidence_column() -> None:
    tables = serve.metadata("news")["databases"]["news"]["tables"]
    assert "probability" in tables["events"]["columns"]["confidence"].casefold()
    assert "columns" not in tables["articles"]


def test_datasette_json_api_lists_confidence(store_path: Path) -> None:
    pytest.importorskip("datasette")
    import asyncio

    ds = serve.datasette_for(store_path)

    async def fetch() -> list[dict[str, Any]]:
        response = await ds.client.get(f"/{store_path.stem}/events.json?_shape=array"
                                       "&confidence__gte=0.5")
        return list(response.json())

    assert sorted(r["confidence"] for r in asyncio.run(fetch())) == [0.5, 0.912]
