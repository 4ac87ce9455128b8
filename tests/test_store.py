from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from storedata import london_record, old_store, paris_record, sample_records

from newsledger.errors import StoreError
from newsledger.record import (
    Actor,
    Article,
    Event,
    Mention,
    Place,
    Record,
    Removed,
    Statement,
    When,
)
from newsledger.store import (
    MIGRATION_SET,
    Store,
    day_range,
    migrations,
    name_head,
    name_tokens,
    record_rows,
)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store.open(tmp_path / "test.db")
    yield s
    s.close()


def test_open_creates_tables_wal_and_records_migrations(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "news.db"
    with Store.open(path) as s:
        assert {"articles", "actors", "mentions", "statements", "events", "dates", "removed",
                "articles_fts", "statements_fts"} <= set(s.db.table_names())
        assert s.db.journal_mode == "wal"
        assert s.schema_version() == [m.name for m in migrations._migrations]
        assert s.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with Store.open(path) as again:  # reopening applies nothing twice
        rows = again.db.execute("SELECT COUNT(*) FROM _sqlite_migrations WHERE migration_set = ?",
                                [MIGRATION_SET]).fetchone()[0]
        assert rows == len(migrations._migrations)


def test_indexes_cover_the_query_filters(store: Store) -> None:
    indexed = {(t, tuple(i.columns)) for t in ("actors", "statements", "events")
               for i in store.db[t].indexes}
    assert ("actors", ("country",)) in indexed
    assert ("events", ("type",)) in indexed
    assert ("events", ("status",)) in indexed
    assert ("statements", ("date_from",)) in indexed


def test_write_then_read_back_gives_the_same_record(store: Store) -> None:
    for record in sample_records():
        assert store.write(record) is True
        assert store.record(record.article.id) == record
    assert store.record("missing") is None


def test_identical_record_changes_nothing(store: Store) -> None:
    record = paris_record()
    assert store.write(record)
    before = store.db.execute("SELECT ingested_at, rowid FROM articles").fetchall()
    counts = store.counts()
    assert store.write(record) is False
    assert store.db.execute("SELECT ingested_at, rowid FROM articles").fetchall() == before
    assert store.counts() == counts
    assert store.is_current(record.article)


def test_changed_article_replaces_all_its_rows(store: Store) -> None:
    record = paris_record()
    store.write(record)
    store.write(london_record())
    fewer = dataclasses.replace(record, statements=record.statements[:1], events=(),
                                article=dataclasses.replace(record.article, title="New title"))
    assert not store.is_current(fewer.article)
    assert store.write(fewer) is True
    assert store.record("paris-1") == fewer
    assert store.record("london-1") == london_record()
    counts = store.counts()
    assert counts["articles"] == 2
    assert counts["statements"] == 1 + len(london_record().statements)
    assert counts["events"] == len(london_record().events)
    # the FTS index follows the replacement: the dropped quote is no longer found
    hits = store.db.execute(
        "SELECT COUNT(*) FROM statements_fts WHERE statements_fts MATCH 'madness'").fetchone()[0]
    assert hits == 0


def test_failed_write_leaves_nothing_half_written(store: Store) -> None:
    store.write(london_record())
    bad = paris_record()
    # an event pointing at an actor that does not exist violates a foreign key
    broken = dataclasses.replace(bad, events=(dataclasses.replace(bad.events[0], actor="A99"),))
    with pytest.raises(StoreError, match="paris-1: .*event E1 actor A99 is not an actor"):
        store.write(broken)
    assert store.article_ids() == ["london-1"]
    assert store.counts()["actors"] == len(london_record().actors)


def test_a_database_error_mid_write_rolls_the_article_back(store: Store) -> None:
    store.write(london_record())
    record = paris_record()
    # two statements with one id break the primary key after the article row is inserted
    twice = dataclasses.replace(record, statements=(record.statements[0],) * 2, events=())
    with pytest.raises(StoreError, match="paris-1: cannot store"):
        store.write(twice)
    assert store.article_ids() == ["london-1"]


def test_failed_replacement_keeps_the_old_version(store: Store) -> None:
    store.write(paris_record())
    broken = dataclasses.replace(paris_record(), statements=(
        dataclasses.replace(paris_record().statements[0], speaker="A42"),))
    with pytest.raises(StoreError):
        store.write(broken)
    assert store.record("paris-1") == paris_record()


def test_ids_are_unique_per_article_not_per_store(store: Store) -> None:
    store.write(paris_record())
    store.write(london_record())
    a1 = store.db.execute("SELECT article_id, name FROM actors WHERE id = 'A1' "
                          "ORDER BY article_id").fetchall()
    assert a1 == [("london-1", "Emmanuel Macron"), ("paris-1", "Emmanuel Macron")]


def test_fts_finds_article_text_and_statement_content(store: Store) -> None:
    for record in sample_records():
        store.write(record)
    found = [r["id"] for r in store.db["articles"].search("shelled")]
    assert found == ["paris-1"]
    content = [r["content"] for r in store.db["statements"].search("ceasefire")]
    assert content == ["the ceasefire talks had failed"]


def test_delete_removes_article_and_children(store: Store) -> None:
    store.write(paris_record())
    assert store.delete("paris-1") is True
    assert store.delete("paris-1") is False
    assert all(n == 0 for n in store.counts().values())


def test_read_only_store_refuses_missing_file_and_writes(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such store"):
        Store.open(tmp_path / "none.db", read_only=True)
    path = tmp_path / "s.db"
    Store.open(path).close()
    ro = Store.open(path, read_only=True)
    with pytest.raises(StoreError):
        ro.write(paris_record())
    ro.close()


def test_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="junk.db"):
        Store.open(path)


def test_a_new_migration_is_applied_once_to_an_existing_store(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    Store.open(path).close()

    @migrations(name="m999_test_column")
    def add_column(db) -> None:
        db["articles"].add_column("test_flag", int)

    try:
        with Store.open(path) as s:
            assert "test_flag" in s.db["articles"].columns_dict
            assert s.schema_version()[-1] == "m999_test_column"
        with Store.open(path) as s:
            assert s.schema_version().count("m999_test_column") == 1
    finally:
        migrations._migrations.pop()


def test_read_only_open_refuses_a_database_that_is_not_a_store(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(StoreError, match="not a newsledger store"):
        Store.open(path, read_only=True)
    tables = sqlite3.connect(path).execute("SELECT name FROM sqlite_master").fetchall()
    assert tables == [("t",)]  # left untouched


def test_read_only_open_migrates_an_older_store_first(tmp_path: Path) -> None:
    path = tmp_path / "older.db"
    old_store(path, [paris_record()], stop_before="m002_name_tokens_without_appositions")
    with Store.open(path, read_only=True) as ro:
        assert ro.schema_version() == [m.name for m in migrations._migrations]
        assert ro.record("paris-1") == paris_record()


def test_m002_recomputes_name_tokens_of_an_existing_store(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Store.open(path) as s:
        s.write(paris_record())
        # the store as m001 left it: tokens without the apposition cut, m002 not applied
        s.db.execute("UPDATE actors SET tokens = ' stale '")
        s.db.execute("UPDATE statements SET speaker_tokens = ' stale '")
        s.db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm002_name_tokens_without_"
                     "appositions'")
        s.db.conn.commit()
    with Store.open(path) as s:
        assert "m002_name_tokens_without_appositions" in s.schema_version()
        tokens = dict(s.db.execute("SELECT id, tokens FROM actors").fetchall())
        assert tokens["A1"] == " emmanuel macron "
        speaker = s.db.execute("SELECT speaker_tokens FROM statements WHERE id = 'S2'").fetchone()
        assert speaker[0] == " emmanuel macron "


@pytest.mark.parametrize(("mention", "head"), [
    ("Philippe Sands QC, a member of Cherie Blair's chambers", "Philippe Sands QC"),
    ("Sands (QC)", "Sands"),
    ("Jean-Yves Le Drian - minister", "Jean-Yves Le Drian"),
    ("Prime Minister Tony Blair's official spokesman", "official spokesman"),
    ("the ministers' envoy", "envoy"),
    ("Tony Blair's", "Tony Blair's"),  # nothing owned: the mention names Blair
    ("O'Brien", "O'Brien"),
])
def test_name_head(mention: str, head: str) -> None:
    assert name_head(mention) == head


def test_mentions_count_by_their_head_canonical_names_whole() -> None:
    assert name_tokens(["People's Liberation Army"], ["the army's spokesman"]) == \
        " people s liberation army spokesman "


@pytest.mark.parametrize(("value", "expected"), [
    ("2019-10-09", ("2019-10-09", "2019-10-09")),
    ("2019-10-09T14:30", ("2019-10-09", "2019-10-09")),
    ("2019-10", ("2019-10-01", "2019-10-31")),
    ("2019-12", ("2019-12-01", "2019-12-31")),
    ("2020-02", ("2020-02-01", "2020-02-29")),
    ("2019", ("2019-01-01", "2019-12-31")),
    ("2019-W44", ("2019-10-28", "2019-11-03")),
    ("2019-10-10T08:00:00Z", ("2019-10-10", "2019-10-10")),
    (None, (None, None)),
    ("Tuesday", (None, None)),
    ("2019-13", (None, None)),
])
def test_day_range(value: str | None, expected: tuple[str | None, str | None]) -> None:
    assert day_range(value) == expected


def test_name_tokens_are_casefolded_whole_words() -> None:
    assert name_tokens(["Emmanuel Macron"], ["MACRON", "the French leader"]) == \
        " emmanuel macron the french leader "
    assert name_tokens([None]) == "  "


def test_record_rows_is_pure_and_flattens_dates_and_places() -> None:
    rows = record_rows(paris_record())
    (event,) = [e for e in rows["events"] if e["id"] == "E1"]
    assert event["location_country"] == "SYR" and event["date_from"] == "2019-10-08"
    (s2,) = [s for s in rows["statements"] if s["id"] == "S2"]
    assert s2["date_value"] is None and "macron" in s2["speaker_tokens"].split()
    assert rows["articles"][0]["published_day"] == "2019-10-10"


# -- hypothesis: any well-formed record survives a write/read round trip ------------------------

_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=40)
_opt = st.one_of(st.none(), _text)
_off = st.integers(min_value=0, max_value=500)
_when = st.builds(When, _text, st.one_of(st.none(), st.sampled_from(
    ["2020-01-02", "2020-01", "2020", "2020-W05", "2020-01-02T03:04"])), _off, _off)


_coord = st.one_of(st.none(), st.floats(-90, 90, allow_nan=False))
_place = st.one_of(st.none(), st.builds(Place, _text, st.one_of(st.none(), st.just("TUR")),
                                        _coord, _coord, _off, _off))


@st.composite
def records(draw: st.DrawFn) -> Record:
    """Draw a record whose statements and events point at its own actors."""
    n_actors = draw(st.integers(0, 3))
    actors = tuple(
        Actor(f"A{i}", draw(_text), draw(st.sampled_from(["person", "group", "unknown"])),
              draw(st.one_of(st.none(), st.just("FRA"))), draw(st.one_of(st.none(),
                                                                      st.just("GOV"))),
              draw(_opt), tuple(Mention(draw(_off), draw(_off), draw(_text))
                                for _ in range(draw(st.integers(0, 2)))))
        for i in range(1, n_actors + 1))
    ids = [None, *(a.id for a in actors)]
    statements = tuple(
        Statement(f"S{i}", draw(st.sampled_from(ids)), draw(_opt), draw(_text),
                  draw(st.sampled_from(["direct", "indirect", "mixed"])), draw(_text),
                  draw(_off), draw(_off), draw(_opt), draw(_opt),
                  tuple(a.id for a in actors[:draw(st.integers(0, n_actors))]),
                  draw(st.one_of(st.none(), _when)))
        for i in range(1, draw(st.integers(0, 2)) + 1))
    events = tuple(
        Event(f"E{i}", "ASSAULT", draw(st.sampled_from(["asserted", "claimed"])), draw(_text),
              draw(_text), draw(_off), draw(_off), draw(_opt), tuple(draw(st.lists(_text,
                                                                               max_size=2))),
              draw(st.sampled_from(ids)), draw(st.sampled_from(ids)), draw(_place),
              draw(st.one_of(st.none(), _when)), draw(st.sampled_from(ids)),
              draw(st.sampled_from([None, *(s.id for s in statements)])),
              draw(st.one_of(st.none(), st.floats(0, 1))))
        for i in range(1, draw(st.integers(0, 2)) + 1))
    article = Article(draw(_text), draw(_text), draw(_opt), draw(_opt), draw(_opt),
                      draw(st.one_of(st.none(), st.just("2020-01-03"))), "en", draw(_opt),
                      tuple(Removed(draw(_text), draw(_text))
                            for _ in range(draw(st.integers(0, 2)))))
    return Record(draw(_text), article, actors, statements, events,
                  tuple(draw(st.lists(_when, max_size=2))))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records())
def test_round_trip_any_record(record: Record) -> None:
    with Store.open(":memory:") as s:
        assert s.write(record) is True
        assert s.record(record.article.id) == record
        assert s.write(record) is False


def test_readers_are_not_blocked_by_a_writer_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "wal.db"
    with Store.open(path) as writer:
        writer.write(paris_record())
        writer.db.execute("BEGIN IMMEDIATE")  # a write transaction held open, as mid-ingest
        writer.db.execute("DELETE FROM events")
        with Store.open(path, read_only=True) as reader:
            assert reader.article_ids() == ["paris-1"]
            assert reader.counts()["events"] == len(paris_record().events)  # last commit
        writer.db.execute("ROLLBACK")
