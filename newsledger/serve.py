"""Serve: browse a store with Datasette, on this machine only and read-only.

The store is opened *immutable* (Datasette never writes to it and skips locking), the server
binds 127.0.0.1 only, and every cell (article text included) goes through Datasette's HTML
escaping. Datasette is an optional dependency: ``pip install 'newsledger[serve]'``.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from newsledger.errors import StoreError
from newsledger.store import Store

#: Loopback only: the store holds copyrighted article text and nothing here authenticates users.
HOST = "127.0.0.1"

#: Datasette's usual port.
DEFAULT_PORT = 8001

#: Titles and descriptions shown by Datasette for the store's tables.
TABLE_DESCRIPTIONS = {
    "articles": "One row per article: metadata and the clean text every offset indexes.",
    "actors": "Per-article canonical actors: name, kind, ISO3 country, sector, role.",
    "mentions": "Every span of an article that refers to an actor.",
    "statements": "Who said what: speaker, cue, kind, content, addressee, venue and date.",
    "events": "PLOVER events: type, epistemic status, actor, recipient, place, date and "
              "confidence.",
    "dates": "Every time expression, normalised against the publication date.",
    "removed": "Boilerplate cleaning removed from each article, with the reason.",
}


#: Column descriptions Datasette shows under a table's headers, for columns whose meaning the
#: name does not give.
COLUMN_DESCRIPTIONS = {
    "events": {
        "confidence": "Probability (0 to 1) that the event is real and of the type shown; "
                      "empty for events stored before the confidence model existed.",
    },
}


class ServeUnavailable(RuntimeError):
    """Datasette is not installed."""


def metadata(db_name: str) -> dict[str, Any]:
    """Return Datasette metadata describing the store's tables."""
    return {
        "title": "newsledger",
        "description": "Who said what, and who did what to whom, when and where.",
        "databases": {db_name: {"tables": {
            name: {"description": text, **({"columns": COLUMN_DESCRIPTIONS[name]}
                                           if name in COLUMN_DESCRIPTIONS else {})}
            for name, text in TABLE_DESCRIPTIONS.items()}}},
    }


def datasette_for(db: Path) -> Any:
    """Return a Datasette instance serving the store immutable (raise ServeUnavailable)."""
    try:
        from datasette.app import Datasette
    except ImportError as exc:
        raise ServeUnavailable("Datasette is not installed: pip install 'newsledger[serve]'") \
            from exc
    if not db.is_file():
        raise StoreError(f"{db}: no such store; create it with `newsledger ingest`")
    # Immutable mode ignores the WAL, so fold any pending WAL pages into the file first.
    with Store.open(db) as store:
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return Datasette([], immutables=[str(db)], metadata=metadata(db.stem),
                     settings={"default_page_size": 50})


def serve(db: Path, port: int = DEFAULT_PORT) -> None:
    """Run Datasette on the store at http://127.0.0.1:port until interrupted."""
    import uvicorn

    ds = datasette_for(db)
    asyncio.run(ds.invoke_startup())
    uvicorn.run(ds.app(), host=HOST, port=port, log_level="warning", lifespan="on", workers=1)
