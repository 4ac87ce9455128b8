"""Store and query timings on a synthetic store (hand-built records of tests/storedata.py).

Usage: .venv/bin/python bench/store.py [--articles 2000]

Clones the four hand-built test records under new article ids, then times: writing every
article (one transaction each), re-ingest checks of identical articles (Store.is_current), a
replaced article, and each query of newsledger.query.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from storedata import sample_records  # noqa: E402

from newsledger import query  # noqa: E402
from newsledger.query import Filters  # noqa: E402
from newsledger.record import Record  # noqa: E402
from newsledger.store import Store  # noqa: E402


def clones(n: int) -> list[Record]:
    base = sample_records()
    out = []
    for i in range(n):
        r = base[i % len(base)]
        aid = f"{r.article.id}-{i}"
        out.append(dataclasses.replace(r, id=aid, article=dataclasses.replace(r.article, id=aid)))
    return out


def timed(label: str, fn: Callable[[], Any], repeat: int = 5) -> Any:
    best = float("inf")
    result = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    rows = f"{len(result)} rows" if isinstance(result, list) else ""
    print(f"{label:<44} {best * 1000:9.1f} ms  {rows}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    records = clones(args.articles)
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "bench.db") as store:
        t0 = time.perf_counter()
        for r in records:
            store.write(r)
        dt = time.perf_counter() - t0
        label = "write (one transaction per article)"
        print(f"{label:<44} {dt / len(records) * 1000:9.2f} ms/article"
              f"  ({len(records) / dt:.0f} articles/s)")
        t0 = time.perf_counter()
        unchanged = sum(store.is_current(r.article) for r in records)
        dt = time.perf_counter() - t0
        print(f"{'re-ingest check (is_current)':<44} {dt / len(records) * 1000:9.3f} ms/article"
              f"  ({unchanged} unchanged)")
        timed("quotes --speaker Macron", lambda: query.quotes(store, Filters(name="Macron")))
        timed("quotes --since/--until", lambda: query.quotes(
            store, Filters(since="2019-10-10", until="2019-11-30")))
        timed("quotes --search ceasefire (FTS5)", lambda: query.quotes(
            store, Filters(text="ceasefire")))
        timed("events --type MOBILIZE --country TUR", lambda: query.events(
            store, Filters(type="MOBILIZE", country="TUR", status="asserted")))
        timed("timeline --since 2019-11-01 --until 2019-11-30", lambda: query.timeline(
            store, Filters(since="2019-11-01", until="2019-11-30")))
        timed("actors", lambda: query.actors(store), repeat=2)


if __name__ == "__main__":
    main()
