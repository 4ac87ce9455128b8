"""How much event extraction adds to the spaCy parse (issue 4 target: under 25%).

Parses N news articles from ``../shared/data/news`` (Reuters, CoNLL-2003 and BBC politics) with
the shared pipeline, builds the actor registry and statements (other stages, not counted), then
times ``extract_events_and_actors`` (what ``pipeline.analyse`` runs: events plus the actors
they complete) on the same docs. The places gazetteer lookup that events call is
included in the events time and also reported on its own.

    nice .venv/bin/python bench/events_speed.py [N]
"""

from __future__ import annotations

import json
import sys
import time

from newsledger import gazetteer
from newsledger.actors import build_actors
from newsledger.evaluate import DEFAULT_DATA_DIR
from newsledger.events import extract_events_and_actors
from newsledger.parse import load_pipeline
from newsledger.places import find_places
from newsledger.statements import extract_statements

FILES = ("reuters21578.jsonl", "conll2003_reuters.jsonl", "bbc_politics.jsonl")


def texts(limit: int) -> list[str]:
    """Return the first ``limit`` article texts of the news sets, taken in turn from each."""
    per_file = [
        [json.loads(line)["text"] for line in
         (DEFAULT_DATA_DIR / "news" / name).read_text("utf-8").splitlines() if line.strip()]
        for name in FILES
    ]
    out: list[str] = []
    for i in range(max(len(f) for f in per_file)):
        out.extend(f[i] for f in per_file if i < len(f))
    return out[:limit]


def main(limit: int) -> None:
    """Time parsing and event extraction and print the ratio."""
    nlp = load_pipeline()
    docs_text = texts(limit)
    t0 = time.perf_counter()
    find_places(nlp("Warm up the gazetteer in Paris, Texas."))  # one-off load: cities, states
    gazetteer.warm_up()  # the small-place index: built once per machine, then read from cache
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    docs = list(nlp.pipe(docs_text))
    parse_s = time.perf_counter() - t0
    prepared = []
    for doc in docs:
        actors = build_actors(doc)
        prepared.append((doc, actors, extract_statements(doc, actors, [])))
    t0 = time.perf_counter()
    n_events = sum(
        len(extract_events_and_actors(doc, actors, st, [])[1]) for doc, actors, st in prepared
    )
    events_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for doc in docs:
        find_places(doc)
    places_s = time.perf_counter() - t0
    chars = sum(len(t) for t in docs_text)
    print(f"{len(docs)} articles, {chars} characters, {n_events} events")
    print(f"parse:  {parse_s:7.2f} s")
    print(f"events: {events_s:7.2f} s  = {100 * events_s / parse_s:5.1f}% of parse time "
          f"(of which places lookup {places_s:.2f} s)")
    print(f"one-off gazetteer load before timing (places stage, not per article): {load_s:.1f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 150)
