"""Export: every table of a store as CSV or Parquet files (pyarrow), one file per table.

Parquet columns get the types of the SQLite columns (TEXT -> string, INTEGER -> int64,
REAL -> float64), so an empty or all-null column keeps its type for pandas, R and DuckDB.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from newsledger.store import CHILD_TABLES, Store

#: The tables exported, parents first; the FTS shadow tables and migrations stay behind.
EXPORT_TABLES = ("articles", *reversed(CHILD_TABLES))

_ARROW_TYPES = {"TEXT": pa.string(), "INTEGER": pa.int64(), "REAL": pa.float64()}


def table_schema(store: Store, table: str) -> pa.Schema:
    """Return the Arrow schema of a store table from its declared SQLite column types."""
    columns = store.db.execute(f'PRAGMA table_info("{table}")').fetchall()
    return pa.schema([(c[1], _ARROW_TYPES.get(c[2].upper(), pa.string())) for c in columns])


def export_tables(store: Store, out_dir: Path, fmt: str) -> dict[Path, int]:
    """Write each table to out_dir as <table>.csv or <table>.parquet; return rows per file."""
    if fmt not in ("csv", "parquet"):
        raise ValueError(f"unknown export format {fmt!r}: use csv or parquet")
    out_dir.mkdir(parents=True, exist_ok=True)
    written: dict[Path, int] = {}
    for table in EXPORT_TABLES:
        schema = table_schema(store, table)
        rows: list[dict[str, Any]] = list(store.rows(f'SELECT * FROM "{table}" ORDER BY rowid'))
        path = out_dir / f"{table}.{fmt}"
        if fmt == "parquet":
            pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)
        else:
            with path.open("w", encoding="utf-8", newline="") as fh:
                writer = csv.DictWriter(fh, fieldnames=schema.names, lineterminator="\n")
                writer.writeheader()
                writer.writerows(rows)
        written[path] = len(rows)
    return written
