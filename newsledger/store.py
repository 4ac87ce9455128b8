"""Store: records in one SQLite file through sqlite-utils (WAL, FTS5, migrations).

Tables (``article_id`` + the record's per-article id is every child's key, because record ids
such as ``"A1"`` or ``"S1"`` repeat across articles)::

    articles    one row per article: metadata, text, content hashes, the record id
    removed     boilerplate cleaning removed from an article, with the reason
    actors      the per-article canonical actors (name, kind, country, sector, role)
    mentions    every span that refers to an actor
    statements  who said what (speaker, kind, content, date value and its day range)
    events      PLOVER events (type, status, actor, recipient, location, date and its range,
                confidence: the event model's probability, NULL when never scored)
    dates       every normalised time expression

``articles_fts`` (title, text) and ``statements_fts`` (content) are FTS5 indexes kept in sync
by triggers. Every write of an article is one transaction: an identical record is left alone,
a changed one has all its rows replaced.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlite_utils import Database
from sqlite_utils.db import Table
from sqlite_utils.migrations import Migrations

from newsledger import __version__
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
from newsledger.store_rows import (
    article_hash,
    dangling_references,
    day_range,
    name_head,
    name_tokens,
    record_rows,
    speaker_tokens,
    words,
)

#: The name of this project's migration set in sqlite-utils' ``_sqlite_migrations`` table.
MIGRATION_SET = "newsledger"

migrations = Migrations(MIGRATION_SET)

#: Child tables in the order they are deleted before an article's rows are replaced.
CHILD_TABLES = ("events", "statements", "mentions", "actors", "dates", "removed")

#: Re-exported: the query side and tests use these from here.
__all__ = ["Store", "StoreError", "migrations", "MIGRATION_SET", "CHILD_TABLES", "day_range",
           "name_head", "name_tokens", "words", "record_rows", "article_hash"]


@migrations()
def m001_initial(db: Database) -> None:
    """Create the article, actor, mention, statement, event, date and removed tables."""
    db.executescript(
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY, record_id TEXT NOT NULL, url TEXT, source TEXT, title TEXT,
            published TEXT, published_day TEXT, language TEXT, author TEXT, text TEXT NOT NULL,
            article_hash TEXT NOT NULL, record_hash TEXT NOT NULL, version TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE TABLE removed (
            article_id TEXT NOT NULL REFERENCES articles(id), seq INTEGER NOT NULL,
            text TEXT NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (article_id, seq)
        );
        CREATE TABLE actors (
            article_id TEXT NOT NULL REFERENCES articles(id), id TEXT NOT NULL,
            name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT, sector TEXT, role TEXT,
            tokens TEXT NOT NULL, PRIMARY KEY (article_id, id)
        );
        CREATE TABLE mentions (
            article_id TEXT NOT NULL, actor_id TEXT NOT NULL, seq INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
            PRIMARY KEY (article_id, actor_id, seq),
            FOREIGN KEY (article_id, actor_id) REFERENCES actors(article_id, id)
        );
        CREATE TABLE statements (
            article_id TEXT NOT NULL REFERENCES articles(id), id TEXT NOT NULL,
            speaker TEXT, speaker_text TEXT, speaker_tokens TEXT NOT NULL, cue TEXT NOT NULL,
            kind TEXT NOT NULL, content TEXT NOT NULL, start INTEGER NOT NULL,
            "end" INTEGER NOT NULL, addressee TEXT, venue TEXT, about TEXT NOT NULL,
            date_text TEXT, date_value TEXT, date_start INTEGER, date_end INTEGER,
            date_from TEXT, date_to TEXT, speaker_start INTEGER, speaker_end INTEGER,
            cue_start INTEGER, cue_end INTEGER, PRIMARY KEY (article_id, id),
            FOREIGN KEY (article_id, speaker) REFERENCES actors(article_id, id)
        );
        CREATE TABLE events (
            article_id TEXT NOT NULL REFERENCES articles(id), id TEXT NOT NULL,
            type TEXT NOT NULL, mode TEXT, context TEXT NOT NULL, status TEXT NOT NULL,
            actor TEXT, recipient TEXT, attributed_to TEXT, statement TEXT,
            location_name TEXT, location_country TEXT, location_lat REAL, location_lon REAL,
            location_start INTEGER, location_end INTEGER,
            date_text TEXT, date_value TEXT, date_start INTEGER, date_end INTEGER,
            date_from TEXT, date_to TEXT,
            trigger TEXT NOT NULL, sentence TEXT NOT NULL, start INTEGER NOT NULL,
            "end" INTEGER NOT NULL, PRIMARY KEY (article_id, id),
            FOREIGN KEY (article_id, actor) REFERENCES actors(article_id, id),
            FOREIGN KEY (article_id, recipient) REFERENCES actors(article_id, id),
            FOREIGN KEY (article_id, attributed_to) REFERENCES actors(article_id, id),
            FOREIGN KEY (article_id, statement) REFERENCES statements(article_id, id)
        );
        CREATE TABLE dates (
            article_id TEXT NOT NULL REFERENCES articles(id), seq INTEGER NOT NULL,
            text TEXT NOT NULL, value TEXT, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            date_from TEXT, date_to TEXT, PRIMARY KEY (article_id, seq)
        );
        -- the query filters: published range, actor country/kind, statement kind and date,
        -- event type/status/countries/date
        CREATE INDEX idx_articles_published ON articles(published_day);
        CREATE INDEX idx_actors_country ON actors(country);
        CREATE INDEX idx_actors_kind ON actors(kind);
        CREATE INDEX idx_statements_kind ON statements(kind);
        CREATE INDEX idx_statements_date ON statements(date_from);
        CREATE INDEX idx_events_type ON events(type);
        CREATE INDEX idx_events_status ON events(status);
        CREATE INDEX idx_events_location_country ON events(location_country);
        CREATE INDEX idx_events_date ON events(date_from);
        CREATE INDEX idx_dates_value ON dates(date_from);
        """
    )
    _table(db, "articles").enable_fts(["title", "text"], create_triggers=True)
    _table(db, "statements").enable_fts(["content"], create_triggers=True)


@migrations()
def m002_name_tokens_without_appositions(db: Database) -> None:
    """Recompute the name search tokens: mentions now count by their name_head only."""
    mentions: dict[tuple[str, str], list[str]] = {}
    for article_id, actor_id, text in db.execute(
            "SELECT article_id, actor_id, text FROM mentions ORDER BY rowid"):
        mentions.setdefault((article_id, actor_id), []).append(text)
    names = {}
    for article_id, actor_id, name in db.execute(
            "SELECT article_id, id, name FROM actors").fetchall():
        names[article_id, actor_id] = [name, *mentions.get((article_id, actor_id), [])]
        db.execute("UPDATE actors SET tokens = ? WHERE article_id = ? AND id = ?",
                   [name_tokens([name], mentions.get((article_id, actor_id), [])),
                    article_id, actor_id])
    for article_id, sid, speaker, speaker_text in db.execute(
            "SELECT article_id, id, speaker, speaker_text FROM statements").fetchall():
        db.execute("UPDATE statements SET speaker_tokens = ? WHERE article_id = ? AND id = ?",
                   [speaker_tokens(speaker_text, names.get((article_id, speaker))),
                    article_id, sid])


@migrations()
def m003_event_confidence(db: Database) -> None:
    """Add events.confidence (nullable REAL, indexed for --min-confidence); old rows get NULL."""
    # NULL, not 0: an event stored before the confidence model existed was never scored
    db.execute("ALTER TABLE events ADD COLUMN confidence REAL")
    db.execute("CREATE INDEX idx_events_confidence ON events(confidence)")


def _table(db: Database, name: str) -> Table:
    """Return a table of the database (sqlite-utils types db[name] as Table | View)."""
    table = db[name]
    assert isinstance(table, Table)
    return table


class Store:
    """A newsledger SQLite store: open it, write records, query it (see newsledger.query)."""

    def __init__(self, db: Database, path: str) -> None:
        """Wrap an open, migrated sqlite-utils database."""
        self.db = db
        self.path = path

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> Store:
        """Open (creating and migrating when needed) the store at path; ':memory:' works too.

        read_only never creates a store; it still migrates an older newsledger store first.
        """
        name = str(path)
        try:
            if name == ":memory:":
                db = Database(memory=True)
            elif read_only:
                if not Path(name).is_file():
                    raise StoreError(f"{name}: no such store; create it with `newsledger ingest`")
                uri = Path(name).resolve().as_uri() + "?mode=ro"
                db = Database(sqlite3.connect(uri, uri=True))
            else:
                Path(name).parent.mkdir(parents=True, exist_ok=True)
                db = Database(name)
            db.execute("PRAGMA foreign_keys = ON")
            if not read_only:
                if name != ":memory:":
                    db.enable_wal()
                migrations.apply(db)
            elif migrations.pending(db):
                if not migrations.applied(db):
                    raise StoreError(f"{name}: not a newsledger store")
                # an older newsledger store: bring it up to date once, then read it
                db.close()
                cls.open(path).close()
                return cls.open(path, read_only=True)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{name}: cannot open the store: {exc}") from exc
        return cls(db, name)

    def close(self) -> None:
        """Close the database connection."""
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def schema_version(self) -> list[str]:
        """Return the names of the applied migrations, oldest first."""
        return [m.name for m in migrations.applied(self.db)]

    def is_current(self, article: Article) -> bool:
        """Return True when this exact article was stored by this version of newsledger."""
        row = self.db.execute(
            "SELECT article_hash, version FROM articles WHERE id = ?", [article.id]
        ).fetchone()
        return row is not None and row[0] == article_hash(article) and row[1] == __version__

    def write(self, record: Record) -> bool:
        """Store a record in one transaction; return False when an identical one was stored."""
        aid = record.article.id
        if problems := dangling_references(record):
            raise StoreError(f"{aid}: the record refers to ids it does not define: "
                             + "; ".join(problems))
        rows = record_rows(record)
        try:
            with self.db.atomic():
                old = self.db.execute(
                    "SELECT record_hash FROM articles WHERE id = ?", [aid]).fetchone()
                if old is not None and old[0] == rows["articles"][0]["record_hash"]:
                    return False
                if old is not None:
                    self._delete(aid)
                # parents before children, so every foreign key is satisfied on insert
                for name in ("articles", "removed", "actors", "mentions", "dates",
                             "statements", "events"):
                    if rows[name]:
                        _table(self.db, name).insert_all(rows[name])
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{aid}: cannot store the article: {exc}") from exc
        return True

    def _delete(self, article_id: str) -> None:
        """Delete an article and all its rows (inside the caller's transaction)."""
        for name in CHILD_TABLES:
            self.db.execute(f"DELETE FROM {name} WHERE article_id = ?", [article_id])
        self.db.execute("DELETE FROM articles WHERE id = ?", [article_id])

    def delete(self, article_id: str) -> bool:
        """Delete an article and its rows; return whether it was stored."""
        with self.db.atomic():
            found = self.db.execute(
                "SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is not None
            if found:
                self._delete(article_id)
        return found

    def article_ids(self) -> list[str]:
        """Return the ids of every stored article."""
        return [r[0] for r in self.db.execute("SELECT id FROM articles ORDER BY id")]

    def counts(self) -> dict[str, int]:
        """Return the number of rows of every table."""
        return {name: _table(self.db, name).count for name in ("articles", *CHILD_TABLES)}

    def rows(self, sql: str, params: dict[str, Any] | list[Any] | None = None
             ) -> Iterator[dict[str, Any]]:
        """Run a read query and yield plain dict rows."""
        yield from self.db.query(sql, params or {})

    def record(self, article_id: str) -> Record | None:
        """Rebuild the stored Record of an article (the inverse of write)."""
        art = next(self.rows("SELECT * FROM articles WHERE id = ?", [article_id]), None)
        if art is None:
            return None
        where = "WHERE article_id = ? ORDER BY rowid"
        removed = tuple(Removed(r["text"], r["reason"])
                        for r in self.rows(f"SELECT * FROM removed {where}", [article_id]))
        mentions: dict[str, list[Mention]] = {}
        for m in self.rows(f"SELECT * FROM mentions {where}", [article_id]):
            mentions.setdefault(m["actor_id"], []).append(Mention(m["start"], m["end"], m["text"]))
        actors = tuple(
            Actor(id=a["id"], name=a["name"], kind=a["kind"], country=a["country"],
                  sector=a["sector"], role=a["role"], mentions=tuple(mentions.get(a["id"], [])))
            for a in self.rows(f"SELECT * FROM actors {where}", [article_id]))
        statements = tuple(
            Statement(id=s["id"], speaker=s["speaker"], speaker_text=s["speaker_text"],
                      cue=s["cue"], kind=s["kind"], content=s["content"], start=s["start"],
                      end=s["end"], addressee=s["addressee"], venue=s["venue"],
                      about=tuple(json.loads(s["about"])), date=_when(s),
                      speaker_start=s["speaker_start"], speaker_end=s["speaker_end"],
                      cue_start=s["cue_start"], cue_end=s["cue_end"])
            for s in self.rows(f"SELECT * FROM statements {where}", [article_id]))
        events = tuple(
            Event(id=e["id"], type=e["type"], status=e["status"], trigger=e["trigger"],
                  sentence=e["sentence"], start=e["start"], end=e["end"], mode=e["mode"],
                  context=tuple(json.loads(e["context"])), actor=e["actor"],
                  recipient=e["recipient"], location=_place(e), date=_when(e),
                  attributed_to=e["attributed_to"], statement=e["statement"],
                  confidence=e["confidence"])
            for e in self.rows(f"SELECT * FROM events {where}", [article_id]))
        dates = tuple(When(d["text"], d["value"], d["start"], d["end"])
                      for d in self.rows(f"SELECT * FROM dates {where}", [article_id]))
        article = Article(
            id=art["id"], text=art["text"], url=art["url"], source=art["source"],
            title=art["title"], published=art["published"], language=art["language"],
            author=art["author"], removed=removed)
        return Record(id=art["record_id"], article=article, actors=actors,
                      statements=statements, events=events, dates=dates)


def _when(row: dict[str, Any]) -> When | None:
    """Rebuild a When from date_* columns."""
    if row["date_text"] is None:
        return None
    return When(row["date_text"], row["date_value"], row["date_start"], row["date_end"])


def _place(row: dict[str, Any]) -> Place | None:
    """Rebuild a Place from location_* columns."""
    if row["location_name"] is None:
        return None
    return Place(row["location_name"], row["location_country"], row["location_lat"],
                 row["location_lon"], row["location_start"], row["location_end"])
